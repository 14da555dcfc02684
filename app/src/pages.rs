//! The migrant-facing pages, one component each.

mod consent;
mod home;
mod my_data;
mod not_found;
pub(crate) mod requests;
pub(crate) mod sign_in;

pub use consent::ConsentPage;
pub use home::HomePage;
pub use my_data::MyDataPage;
pub use not_found::NotFoundPage;
pub use requests::{EraseAllPage, FieldRequestPage, RequestPage, RequestsPage, WithdrawPage};
pub use sign_in::{CodePage, SignInPage};
