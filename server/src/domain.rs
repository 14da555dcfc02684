//! The rules of the portal, free of HTTP: a request's lifecycle and how it is applied to stored requests, who
//! may do what, routing, what a record holds, the audit chain, the shared rate limits,
//! what a source system may load, and what may be published about small groups of people.

pub mod audit;
pub mod breaches;
pub mod disclosure;
pub mod intake;
pub mod lifecycle;
pub mod limits;
pub mod policy;
pub mod recipients;
pub mod records;
pub mod request_steps;
pub mod routing;
