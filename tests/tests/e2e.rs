//! The end-to-end, browser, security and cross-cutting tests, linked into one test binary: each file below is a
//! group of its own, but one binary links once instead of 27 times and runs every group side by side.

mod accessibility;
mod administration;
mod api_contract;
mod architecture;
mod audit_chain;
mod auditing;
mod authorisation_matrix;
mod browser;
mod casework;
mod complaints;
mod concurrency;
mod consent;
mod deadlines;
mod demo_work;
mod faults;
mod fuzz;
mod hardening;
mod helper_acting;
mod helpers;
mod hostile_input;
mod locales;
mod mandates;
mod migrations;
mod my_data;
mod page_weight;
mod pages;
mod records;
mod requests;
mod sign_in;
mod sms;
mod smtp;
mod source_api;
mod staff_access;
mod staff_sign_in;
mod webhook;
