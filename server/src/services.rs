//! The services the UI calls (each implements one trait of the contract in `amana_app`) and the one the API calls
//! (`source_api`; `source_systems` registers the systems and their keys): each checks who may do what on every
//! call, and writes through `storage` in one transaction with its audit event.

pub mod admin_desk;
pub mod audit_desk;
pub mod breach_desk;
pub mod helper_desk;
pub mod mandate_desk;
pub mod migrant_portal;
pub mod migrant_rights;
pub mod public_reports;
pub mod recipient_register;
pub mod source_api;
pub mod source_systems;
pub mod staff_desk;
pub mod staff_sign_in;
