//! The migrant-facing pages, one component each.

pub(crate) mod complaints;
mod consent;
pub(crate) mod helper;
mod home;
pub(crate) mod mandates;
pub(crate) mod my_data;
mod not_found;
pub(crate) mod recipients;
mod records;
pub(crate) mod requests;
pub(crate) mod sign_in;
pub(crate) mod staff;
pub mod transparency;

pub use complaints::{ComplaintPage, ComplaintStatusPage, LookupPage, ReceiptPage};
pub use consent::ConsentPage;
pub use helper::HelperHomePage;
pub use home::HomePage;
pub use mandates::{MandateCodePage, MandatesPage};
pub use my_data::MyDataPage;
pub use not_found::NotFoundPage;
pub use recipients::RecipientsPage;
pub use records::{AccessLogPage, DownloadPage, ExportPage};
pub use requests::{EraseAllPage, FieldRequestPage, RequestPage, RequestsPage, WithdrawPage};
pub use sign_in::{CodePage, SignInPage};
pub use staff::{
    AdminPage, AuditLogPage, BreachPage, BreachesPage, CasePage, HelperCodePage, HelperEnrolPage,
    HelperRecoveryCodesPage, HelperSignInPage, HelperWelcomePage, QueuePage, RecipientRegisterPage, RecoveryCodesPage,
    StaffCodePage, StaffEnrolPage, StaffMandateCodePage, StaffMandatesPage, StaffSignInPage, StaffWelcomePage,
};
pub use transparency::TransparencyPage;
