//! Complaints about how data was handled: the form (signed in or anonymous), the receipt code shown once, and
//! following an anonymous complaint with that code. The oversight body is always named.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;

use crate::actions::{FileComplaint, LookUpComplaint};
use crate::components::error_view;
use crate::components::{CsrfField, ErrorSummary, Layout, Oversight, TextArea, TextField};
use crate::errors::PortalError;
use crate::pages::requests::{RequestFacts, RequestHistory};
use crate::rights::{RequestSummary, MAX_TEXT_CHARS};
use crate::{services, services_or_error, t, use_env, use_flash};

pub const COMPLAINT_FORM: &str = "complaint";
pub const LOOKUP_FORM: &str = "complaint-lookup";
/// The flash that carries a new receipt code to the one page that shows it.
pub const RECEIPT_FLASH: &str = "complaint-receipt";

/// `/complaints` — complain, signed in or not.
#[component]
pub fn ComplaintPage() -> impl IntoView {
    let env = use_env();
    let flash = use_flash(COMPLAINT_FORM);
    let errors = flash.as_ref().map(|f| f.errors.clone()).unwrap_or_default();
    let chosen = flash.as_ref().and_then(|f| f.values.get("related").cloned()).unwrap_or_default();
    let person = env.acting();
    let rights = services().map(|s| s.rights);
    let related = Suspend::new(async move {
        let requests: Vec<RequestSummary> = match (person, rights) {
            (Some(person), Some(rights)) => rights.requests(person).await.unwrap_or_default(),
            _ => Vec::new(),
        };
        (!requests.is_empty()).then(|| {
            view! {
                <div class="field">
                    <label for="related">{t("complaint-related")}</label>
                    <select id="related" name="related">
                        <option value="">{t("complaint-related-none")}</option>
                        {requests.into_iter().map(|r| {
                            let selected = r.reference == chosen;
                            let label = format!("{} · {}", r.reference, t(&format!("kind-{}", r.kind.key())));
                            view! { <option value=r.reference selected=selected>{label}</option> }
                        }).collect_view()}
                    </select>
                </div>
            }
        })
    });
    view! {
        <Layout title="complaint-title">
            <ErrorSummary errors=errors/>
            <p>{t("complaint-intro")}</p>
            <div class="notice"><Oversight/><p>{t("complaint-oversight-explained")}</p></div>
            <p>{t(if person.is_some() { "complaint-signed-in" } else { "complaint-anonymous" })}</p>
            <form method="post" action={<FileComplaint as ServerFn>::url()} novalidate>
                <CsrfField/>
                <TextArea name="complaint" label="complaint-text" hint="complaint-text-hint" flash=flash.clone().unwrap_or_default() max_chars=MAX_TEXT_CHARS/>
                <Suspense fallback=|| ()>{related}</Suspense>
                <TextField name="staff_member" label="complaint-staff-member" hint="complaint-staff-member-hint" flash=flash.clone().unwrap_or_default() autocomplete="off"/>
                <button type="submit" class="button">{t("complaint-send")}</button>
            </form>
            <p><a href="/complaints/lookup">{t("complaint-follow-link")}</a></p>
        </Layout>
    }
}

/// `/complaints/receipt` — the receipt code of an anonymous complaint, shown this once.
#[component]
pub fn ReceiptPage() -> impl IntoView {
    let code = use_flash(RECEIPT_FLASH).and_then(|f| f.values.get("code").cloned());
    view! {
        <Layout title="receipt-title">
            {match code {
                Some(code) => view! {
                    <p>{t("receipt-intro")}</p>
                    <p class="receipt-code"><bdi>{code}</bdi></p>
                    <p><strong>{t("receipt-keep-safe")}</strong></p>
                    <p><a href="/complaints/status">{t("receipt-follow")}</a></p>
                }
                .into_any(),
                None => view! {
                    <p>{t("receipt-gone")}</p>
                    <p><a href="/complaints/lookup">{t("complaint-follow-link")}</a></p>
                }
                .into_any(),
            }}
        </Layout>
    }
}

/// `/complaints/lookup` — give a receipt code to follow an anonymous complaint.
#[component]
pub fn LookupPage() -> impl IntoView {
    let flash = use_flash(LOOKUP_FORM);
    let errors = flash.as_ref().map(|f| f.errors.clone()).unwrap_or_default();
    view! {
        <Layout title="lookup-title">
            <ErrorSummary errors=errors/>
            <p>{t("lookup-intro")}</p>
            <form method="post" action={<LookUpComplaint as ServerFn>::url()} novalidate>
                <CsrfField/>
                <TextField name="receipt_code" label="lookup-code" hint="lookup-code-hint" flash=flash.unwrap_or_default() autocomplete="off"/>
                <button type="submit" class="button">{t("lookup-submit")}</button>
            </form>
        </Layout>
    }
}

/// `/complaints/status` — the anonymous complaint this session gave the code of.
#[component]
pub fn ComplaintStatusPage() -> impl IntoView {
    let followed = use_env().followed_complaint;
    let services = services_or_error();
    let content = Suspend::new(async move {
        let detail = match followed {
            Some(reference) => async { services?.rights.anonymous_complaint(&reference).await }.await,
            None => Err(PortalError::NotFound),
        };
        match detail {
            Ok(detail) => view! {
                <RequestFacts summary=detail.summary.clone()/>
                <RequestHistory detail=detail/>
            }
            .into_any(),
            Err(PortalError::NotFound) => view! {
                <p>{t("status-no-complaint")}</p>
                <p><a href="/complaints/lookup">{t("complaint-follow-link")}</a></p>
            }
            .into_any(),
            Err(error) => error_view(error),
        }
    });
    view! { <Layout title="complaint-status-title"><Suspense fallback=|| ()>{content}</Suspense></Layout> }
}
