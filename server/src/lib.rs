//! Amana's backend: configuration, storage, the rules of the portal, mail and workers, and the HTTP wiring.
//! The `amana` binary (main.rs) and the test harness both start it through [`startup::Application`].
//!
//! The folders are the tiers, each using only those below it: `services` (what the UI calls, one per contract
//! trait) → `domain` (the rules: lifecycle, policy, routing, audit chain, limits) and `workers` (the outbox and
//! the deadline job) → `storage` (all SQL) → `infra` (crypto, mail, webhooks, configuration, clock).
//! `startup` wires them, `web` serves the pages, `api` the source-system API, `demo` fills an empty database with
//! fictional data (through the same intake as the API).

pub mod api;
pub mod demo;
pub mod domain;
pub mod infra;
pub mod services;
pub mod startup;
pub mod storage;
pub mod web;
pub mod workers;
