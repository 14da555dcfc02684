//! Helper requests waiting for a person's code: staff who work cases print a code for someone without a contact
//! address, after checking who they are in person, and hand the paper to them (never to the helper).

use leptos::prelude::*;
use leptos::server_fn::ServerFn;

use super::staff_or_sign_in;
use crate::actions::PrintMandateCode;
use crate::components::{error_view, CsrfField, Layout};
use crate::helpers::{PendingMandate, ScopeSet};
use crate::i18n::Arg;
use crate::pages::mandates::{ScopeList, PRINTED_FLASH};
use crate::{local_moment, services_or_error, t, use_flash, use_locale};

/// `/staff/mandates` — the helper requests waiting for a code.
#[component]
pub fn StaffMandatesPage() -> impl IntoView {
    let Some(staff) = staff_or_sign_in() else { return ().into_any() };
    let services = services_or_error();
    let content = Suspend::new(async move {
        match async { services?.mandates.pending(staff.id).await }.await {
            Ok(pending) if pending.is_empty() => view! { <p>{t("staff-mandates-none")}</p> }.into_any(),
            Ok(pending) => view! {
                <ul class="requests">{pending.into_iter().map(|p| view! { <PendingCard pending=p/> }).collect_view()}</ul>
            }
            .into_any(),
            Err(error) => error_view(error),
        }
    });
    view! {
        <Layout title="staff-mandates-title">
            <p>{t("staff-mandates-intro")}</p>
            <Suspense fallback=|| ()>{content}</Suspense>
        </Layout>
    }
    .into_any()
}

#[component]
fn PendingCard(pending: PendingMandate) -> impl IntoView {
    view! {
        <li class="request-card">
            <h2><bdi>{pending.person_name}</bdi></h2>
            <dl class="facts">
                <dt>{t("case-case-reference")}</dt><dd><bdi>{pending.case_reference}</bdi></dd>
                <dt>{t("staff-mandates-requested")}</dt><dd><bdi>{local_moment(pending.requested_on)}</bdi></dd>
                <dt>{t("nav-helper-people")}</dt><dd><bdi>{pending.helper}</bdi> " · " <bdi>{pending.organisation}</bdi></dd>
                <dt>{t("helper-scope")}</dt>
                <dd><ScopeList scope=pending.scope/></dd>
            </dl>
            <form method="post" action={<PrintMandateCode as ServerFn>::url()}>
                <CsrfField/>
                <input type="hidden" name="mandate" value=pending.id.to_string()/>
                <button type="submit" class="button">{t("staff-mandates-print")}</button>
            </form>
        </li>
    }
}

/// `/staff/mandates/code` — the printed code, shown once, laid out to print.
#[component]
pub fn StaffMandateCodePage() -> impl IntoView {
    if staff_or_sign_in().is_none() {
        return ().into_any();
    }
    let printed = use_flash(PRINTED_FLASH).map(|f| f.values);
    let content = match printed {
        Some(values) => {
            let value = |key: &str| values.get(key).cloned().unwrap_or_default();
            let until = crate::when::Moment::parse_iso(&value("until")).map(local_moment).unwrap_or_default();
            let intro = use_locale().text_with("staff-mandate-code-intro", &[("until", Arg::Text(&until))]);
            let scope = ScopeSet::try_from(value("scope")).map(|s| s.0).unwrap_or_default();
            view! {
                <p class="receipt-code">{value("code")}</p>
                <p><bdi>{value("helper")}</bdi> " · " <bdi>{value("organisation")}</bdi></p>
                <ScopeList scope=scope/>
                <p>{intro}</p>
            }
            .into_any()
        }
        None => view! { <p>{t("staff-mandate-code-shown")}</p> }.into_any(),
    };
    view! {
        <Layout title="staff-mandate-code-title">
            {content}
            <p class="no-print"><a href="/staff/mandates">{t("staff-mandates-title")}</a></p>
        </Layout>
    }
    .into_any()
}
