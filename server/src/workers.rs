//! Work done in the background, outside any request: the outbox (mail and webhooks, queued in the same
//! transaction as the change and delivered with retries) and the deadline job (warnings and escalations).

pub mod deadlines;
pub mod outbox;
pub mod transparency;
