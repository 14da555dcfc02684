//! Mandates from the person's side: who may act for them, in what and until when; give a new one (and read its
//! code once) or revoke one at once.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

use crate::actions::{GrantMandate, RevokeMandate};
use crate::components::{error_view, CsrfField, ErrorSummary, Layout, Notice};
use crate::helpers::{MandateState, MandateView, Scope, MANDATE_DAYS};
use crate::pages::requests::person_or_sign_in;
use crate::{local_day, services_or_error, t, use_flash};

/// Form names, to match a flash to its form.
pub const MANDATE_FORM: &str = "mandate";
pub const CODE_FLASH: &str = "mandate-code";
pub const REDEEM_FORM: &str = "redeem";
pub const ASSISTED_FORM: &str = "assisted";
/// The flash that carries a code staff printed to the one page that shows it.
pub const PRINTED_FLASH: &str = "printed-code";

#[component]
pub fn MandatesPage() -> impl IntoView {
    let Some(person) = person_or_sign_in() else { return ().into_any() };
    let revoked = use_query_map().with_untracked(|q| q.get("revoked").is_some());
    let services = services_or_error();
    let content = Suspend::new(async move {
        match async { services?.mandates.mandates(person).await }.await {
            Ok(mandates) => view! { <MandateList mandates=mandates/> }.into_any(),
            Err(error) => error_view(error),
        }
    });
    view! {
        <Layout title="mandates-title">
            {revoked.then(|| view! { <Notice id="notice-mandate-revoked".to_owned()/> })}
            <p>{t("mandates-intro")}</p>
            <Suspense fallback=|| ()>{content}</Suspense>
            <GrantForm/>
        </Layout>
    }
    .into_any()
}

#[component]
fn MandateList(mandates: Vec<MandateView>) -> impl IntoView {
    if mandates.is_empty() {
        return view! { <p>{t("mandates-none")}</p> }.into_any();
    }
    view! {
        <ul class="requests">
            {mandates.into_iter().map(|m| {
                let open = matches!(m.state, MandateState::Waiting | MandateState::Active);
                let id = m.id.to_string();
                view! {
                    <li class="request-card" id=format!("mandate-{}", m.id)>
                        <h2>{m.helper.clone().map_or_else(|| t("mandate-no-helper-yet"), |(name, org)| format!("{name} · {org}"))}</h2>
                        <dl class="facts">
                            <dt>{t("request-status")}</dt><dd class="status">{t(&format!("mandate-state-{}", m.state))}</dd>
                            <dt>{t("helper-scope")}</dt>
                            <dd><ScopeList scope=m.scope.clone()/></dd>
                            <dt>{t("helper-until")}</dt><dd><bdi>{local_day(m.expires_on)}</bdi></dd>
                        </dl>
                        {open.then(|| view! {
                            <form method="post" action={<RevokeMandate as ServerFn>::url()}>
                                <CsrfField/>
                                <input type="hidden" name="mandate" value=id/>
                                <button type="submit" class="button danger">{t("mandate-revoke")}</button>
                            </form>
                        })}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

#[component]
fn GrantForm() -> impl IntoView {
    let flash = use_flash(MANDATE_FORM).unwrap_or_default();
    let errors = flash.errors.clone();
    view! {
        <h2 id="grant">{t("mandate-grant-title")}</h2>
        <ErrorSummary errors=errors/>
        <p>{t("mandate-grant-intro")}</p>
        <form method="post" action={<GrantMandate as ServerFn>::url()} novalidate>
            <CsrfField/>
            <MandateTerms flash=flash/>
            <button type="submit" class="button">{t("mandate-grant")}</button>
        </form>
    }
}

/// What a mandate allows, as a list (`mandate-scope-<key>` each; a list rather than a comma-joined text, which
/// would need each script's own comma).
#[component]
pub(crate) fn ScopeList(scope: Vec<Scope>) -> impl IntoView {
    view! { <ul class="scope">{scope.into_iter().map(|s| view! { <li>{t(&format!("mandate-scope-{s}"))}</li> }).collect_view()}</ul> }
}

/// What a mandate allows and for how long, as form fields (`scope[i]` checkboxes, `days` radios), keeping what
/// was chosen when the form comes back with an error.
#[component]
pub(crate) fn MandateTerms(flash: crate::env::Flash) -> impl IntoView {
    let chosen_days = flash.values.get("days").cloned().unwrap_or_else(|| "7".to_owned());
    view! {
        <fieldset id="scope">
            <legend>{t("mandate-grant-scope")}</legend>
            {Scope::ALL.iter().enumerate().map(|(i, s)| {
                let checked = flash.values.contains_key(&format!("scope-{s}"));
                view! {
                    <label class="choice"><input type="checkbox" name=format!("scope[{i}]") value=s.key() checked=checked/>
                        <span>{t(&format!("mandate-scope-{s}"))}</span></label>
                }
            }).collect_view()}
        </fieldset>
        <fieldset id="days">
            <legend>{t("mandate-grant-days")}</legend>
            {MANDATE_DAYS.iter().map(|d| {
                let value = d.to_string();
                let checked = chosen_days == value;
                view! {
                    <label class="choice"><input type="radio" name="days" value=value checked=checked/>
                        <span>{t(&format!("mandate-days-{d}"))}</span></label>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// The code for the helper, shown once.
#[component]
pub fn MandateCodePage() -> impl IntoView {
    if person_or_sign_in().is_none() {
        return ().into_any();
    }
    let code = use_flash(CODE_FLASH).and_then(|f| f.values.get("code").cloned());
    view! {
        <Layout title="mandate-code-title">
            {match code {
                Some(code) => view! {
                    <p>{t("mandate-code-intro")}</p>
                    <p class="receipt-code">{code}</p>
                    <p class="small">{t("mandate-code-warning")}</p>
                }.into_any(),
                None => view! { <p>{t("mandate-code-shown")}</p> }.into_any(),
            }}
            <p><a href="/mandates">{t("mandates-back")}</a></p>
        </Layout>
    }
    .into_any()
}
