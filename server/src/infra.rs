//! What Amana stands on and could swap: the master key and sealing, mail, SMS, signed webhooks, the `AMANA_…`
//! configuration and the clock.

pub mod clock;
pub mod config;
pub mod crypto;
pub mod mail;
pub mod sms;
pub mod webhook;
