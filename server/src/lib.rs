//! Amana's backend: configuration, storage, the rules of the portal, mail and workers, and the HTTP wiring.
//! The `amana` binary (main.rs) and the test harness both start it through [`startup::Application`].

pub mod administration;
pub mod audit;
pub mod casework;
pub mod clock;
pub mod config;
pub mod crypto;
pub mod deadlines;
pub mod demo;
pub mod helping;
pub mod lifecycle;
pub mod limits;
pub mod mail;
pub mod mandates;
pub mod outbox;
pub mod oversight;
pub mod policy;
pub mod portal;
pub mod records;
pub mod request_steps;
pub mod rights;
pub mod routing;
pub mod staff_auth;
pub mod startup;
pub mod storage;
pub mod web;
pub mod webhook;
