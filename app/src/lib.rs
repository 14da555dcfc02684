//! Amana's web UI: the Leptos application, its pages and server functions, and the contract with the backend.

pub mod actions;
pub mod breaches;
pub mod components;
pub mod contract;
pub mod env;
pub mod errors;
pub mod helpers;
pub mod i18n;
pub mod input;
pub mod local_format;
pub mod pages;
pub mod recipients;
pub mod rights;
pub mod staff;
pub mod transparency;
pub mod vocabulary;
pub mod when;

use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

use crate::contract::MigrantPortal;
use crate::env::PageEnv;
use crate::i18n::Locale;
use crate::pages::{
    AccessLogPage, AdminPage, AuditLogPage, BreachPage, BreachesPage, CasePage, CodePage, ComplaintPage,
    ComplaintStatusPage, ConsentPage, DownloadPage, EraseAllPage, ExportPage, FieldRequestPage, HelperCodePage,
    HelperEnrolPage, HelperHomePage, HelperRecoveryCodesPage, HelperSignInPage, HelperWelcomePage, HomePage,
    LookupPage, MandateCodePage, MandatesPage, MyDataPage, NotFoundPage, QueuePage, ReceiptPage, RecipientRegisterPage,
    RecipientsPage, RecoveryCodesPage, RequestPage, RequestsPage, SignInPage, StaffCodePage, StaffEnrolPage,
    StaffMandateCodePage, StaffMandatesPage, StaffSignInPage, StaffWelcomePage, TransparencyPage, WithdrawPage,
};

/// The stylesheet, inlined into every page so the first screen arrives in one round trip.
pub const STYLESHEET: &str = include_str!("../../style/amana.css");

/// The backend services the UI calls, provided by the server binary (or a test) through Leptos context.
#[derive(Clone)]
pub struct Services {
    pub portal: Arc<dyn MigrantPortal>,
    pub rights: Arc<dyn rights::MigrantRights>,
    pub staff_sign_in: Arc<dyn staff::StaffSignIn>,
    /// The same sign-in, for helpers of civil-society organisations.
    pub helper_sign_in: Arc<dyn staff::StaffSignIn>,
    pub helper_desk: Arc<dyn helpers::HelperDesk>,
    pub mandates: Arc<dyn helpers::MandateDesk>,
    pub desk: Arc<dyn staff::StaffDesk>,
    pub audit: Arc<dyn staff::AuditDesk>,
    pub admin: Arc<dyn staff::AdminDesk>,
    pub reports: Arc<dyn transparency::PublicReports>,
    pub breaches: Arc<dyn breaches::BreachDesk>,
    pub recipients: Arc<dyn recipients::RecipientRegister>,
    pub site: SiteInfo,
}

/// Facts about this deployment that pages show.
#[derive(Clone, Debug, Default)]
pub struct SiteInfo {
    /// The independent oversight body people can complain to, and how to reach it.
    pub oversight_name: String,
    pub oversight_contact: String,
    /// How people reach the authority's data-protection officer (named in breach notices).
    pub dpo_contact: String,
}

/// The services in context, if the server provided them.
pub fn services() -> Option<Services> {
    use_context::<Services>()
}

/// The services, or the error a page shows when the server did not provide them.
pub fn services_or_error() -> Result<Services, errors::PortalError> {
    services().ok_or_else(|| errors::PortalError::Unexpected(anyhow::anyhow!("services missing from context")))
}

/// The flash of the last post of `form`, if that form was the last one posted.
pub fn use_flash(form: &str) -> Option<env::Flash> {
    use_env().flash_for(form).cloned()
}

/// Puts the request's [`PageEnv`] (built by the server's middleware) into Leptos context, with its CSP nonce.
/// The server calls this for every page render and server-function call.
pub fn provide_page_env() {
    let env = use_context::<axum::http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<PageEnv>().cloned())
        .unwrap_or_default();
    provide_context(leptos::nonce::Nonce::from_value(env.nonce.clone()));
    provide_context(env.locale);
    provide_context(env);
}

/// The request's environment (language, viewer, CSRF token, flash).
pub fn use_env() -> PageEnv {
    use_context::<PageEnv>().unwrap_or_default()
}

/// The request's language.
pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or_default()
}

/// Ends this request with `303 See Other` to `path`: after a form post (Post/Redirect/Get) or when a page needs
/// a signed-in person. Unlike `leptos_axum::redirect`, it does not depend on the client's `Accept` header.
pub fn redirect_to(path: &str) {
    if let (Some(response), Ok(location)) =
        (use_context::<leptos_axum::ResponseOptions>(), axum::http::HeaderValue::from_str(path))
    {
        response.set_status(axum::http::StatusCode::SEE_OTHER);
        response.insert_header(axum::http::header::LOCATION, location);
    }
}

/// What a purpose is called, in the request's language, as the register says it.
pub fn purpose_name(key: &str) -> String {
    use_env().purposes.get(key).map(|(name, _)| name.clone()).unwrap_or_else(|| t(&format!("purpose-{key}")))
}

/// How a purpose that needs consent is explained, in the request's language, as the register says it.
pub fn purpose_explanation(key: &str) -> String {
    use_env()
        .purposes
        .get(key)
        .map(|(_, explanation)| explanation.clone())
        .filter(|e| !e.is_empty())
        .unwrap_or_else(|| t(&format!("purpose-{key}-explained")))
}

/// A day in the request's language, calendar and digits.
pub fn local_day(day: when::Day) -> String {
    use_locale().day(day)
}

/// A legal deadline in the request's language (with the Gregorian day beside a Solar Hijri one).
pub fn local_deadline(day: when::Day) -> String {
    use_locale().deadline(day)
}

/// A moment in the request's language, calendar and digits.
pub fn local_moment(moment: when::Moment) -> String {
    use_locale().moment(moment)
}

/// The text of Fluent message `id` in the request's language.
pub fn t(id: &str) -> String {
    use_locale().text(id)
}

/// The HTML document around every page: `<html lang dir>`, the inlined stylesheet, no scripts.
pub fn shell() -> impl IntoView {
    let locale = use_locale();
    let nonce = use_env().nonce;
    view! {
        <!DOCTYPE html>
        <html lang=locale.code() dir=locale.direction().as_str()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="referrer" content="same-origin"/>
                <link rel="icon" href="data:,"/>
                <style nonce=nonce inner_html=STYLESHEET></style>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The router: every page renders completely on the server before it is sent (no placeholders without JS).
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Router>
            <Routes fallback=|| view! { <NotFoundPage/> }>
                <Route path=path!("/") view=HomePage ssr=SsrMode::Async/>
                <Route path=path!("/sign-in") view=SignInPage ssr=SsrMode::Async/>
                <Route path=path!("/sign-in/code") view=CodePage ssr=SsrMode::Async/>
                <Route path=path!("/my-data") view=MyDataPage ssr=SsrMode::Async/>
                <Route path=path!("/my-data/erase") view=EraseAllPage ssr=SsrMode::Async/>
                <Route path=path!("/my-data/access") view=AccessLogPage ssr=SsrMode::Async/>
                <Route path=path!("/my-data/download") view=DownloadPage ssr=SsrMode::Async/>
                <Route path=path!("/my-data/export") view=ExportPage ssr=SsrMode::Async/>
                <Route path=path!("/my-data/fields/:id/:action") view=FieldRequestPage ssr=SsrMode::Async/>
                <Route path=path!("/requests") view=RequestsPage ssr=SsrMode::Async/>
                <Route path=path!("/consent") view=ConsentPage ssr=SsrMode::Async/>
                <Route path=path!("/mandates") view=MandatesPage ssr=SsrMode::Async/>
                <Route path=path!("/mandates/code") view=MandateCodePage ssr=SsrMode::Async/>
                <Route path=path!("/complaints") view=ComplaintPage ssr=SsrMode::Async/>
                <Route path=path!("/complaints/receipt") view=ReceiptPage ssr=SsrMode::Async/>
                <Route path=path!("/complaints/lookup") view=LookupPage ssr=SsrMode::Async/>
                <Route path=path!("/complaints/status") view=ComplaintStatusPage ssr=SsrMode::Async/>
                <Route path=path!("/requests/:reference") view=RequestPage ssr=SsrMode::Async/>
                <Route path=path!("/requests/:reference/withdraw") view=WithdrawPage ssr=SsrMode::Async/>
                <Route path=path!("/transparency") view=TransparencyPage ssr=SsrMode::Async/>
                <Route path=path!("/recipients") view=RecipientsPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/recipients") view=RecipientRegisterPage ssr=SsrMode::Async/>
                <Route path=path!("/staff") view=QueuePage ssr=SsrMode::Async/>
                <Route path=path!("/staff/sign-in") view=StaffSignInPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/sign-in/enrol") view=StaffEnrolPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/welcome") view=StaffWelcomePage ssr=SsrMode::Async/>
                <Route path=path!("/staff/sign-in/code") view=StaffCodePage ssr=SsrMode::Async/>
                <Route path=path!("/staff/recovery-codes") view=RecoveryCodesPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/requests/:reference") view=CasePage ssr=SsrMode::Async/>
                <Route path=path!("/staff/audit") view=AuditLogPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/mandates") view=StaffMandatesPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/mandates/code") view=StaffMandateCodePage ssr=SsrMode::Async/>
                <Route path=path!("/staff/admin") view=AdminPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/breaches") view=BreachesPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/breaches/:reference") view=BreachPage ssr=SsrMode::Async/>
                <Route path=path!("/helper") view=HelperHomePage ssr=SsrMode::Async/>
                <Route path=path!("/helper/sign-in") view=HelperSignInPage ssr=SsrMode::Async/>
                <Route path=path!("/helper/sign-in/enrol") view=HelperEnrolPage ssr=SsrMode::Async/>
                <Route path=path!("/helper/welcome") view=HelperWelcomePage ssr=SsrMode::Async/>
                <Route path=path!("/helper/sign-in/code") view=HelperCodePage ssr=SsrMode::Async/>
                <Route path=path!("/helper/recovery-codes") view=HelperRecoveryCodesPage ssr=SsrMode::Async/>
            </Routes>
        </Router>
    }
}
