//! `/staff/recipients` (administrators): the register of recipients with their agreements, and the form that adds
//! one. The register refuses asylum-linked data for an authority of a country of origin.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;

use super::admin::boxes;
use super::staff_or_sign_in;
use crate::actions::AddRecipient;
use crate::components::{error_view, CsrfField, ErrorSummary, Layout, Notice, TextField};
use crate::contract::Category;
use crate::env::Flash;
use crate::pages::recipients::agreement_facts;
use crate::recipients::Agreement;
use crate::staff::{LEGAL_BASES, RECIPIENTS};
use crate::{services_or_error, t, use_env, use_flash, use_locale};

/// The flash of the register's form.
pub const RECIPIENT_FORM: &str = "recipient";
pub const RECIPIENTS_PATH: &str = "/staff/recipients";

#[component]
pub fn RecipientRegisterPage() -> impl IntoView {
    let Some(staff) = staff_or_sign_in() else { return ().into_any() };
    let notice = use_env().flash.and_then(|f| f.notice);
    let flash = use_flash(RECIPIENT_FORM).unwrap_or_default();
    let services = services_or_error();
    let content = Suspend::new(async move {
        let services = match services {
            Ok(services) => services,
            Err(error) => return error_view(error),
        };
        let purposes: Vec<String> = use_env().purposes.keys().cloned().collect();
        match services.recipients.agreements(staff.id).await {
            Ok(list) => view! { <RecipientList list=list/> <AddForm flash=flash purposes=purposes/> }.into_any(),
            Err(error) => error_view(error),
        }
    });
    view! {
        <Layout title="recipients-register-title">
            {notice.map(|id| view! { <Notice id=id/> })}
            <p>{t("recipients-register-intro")}</p>
            <Suspense fallback=|| ()>{content}</Suspense>
        </Layout>
    }
    .into_any()
}

#[component]
fn RecipientList(list: Vec<Agreement>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <ul class="requests recipients-register">
            {list.into_iter().map(|a| {
                let facts = agreement_facts(locale, &a);
                view! {
                    <li class="request-card">
                        <h2><bdi>{a.name.clone()}</bdi></h2>
                        {a.origin_authority.then(|| view! { <p class="badge urgent">{t("recipients-origin-authority")}</p> })}
                        <dl class="facts">
                            {facts.into_iter().map(|(label, value)| view! { <dt>{t(label)}</dt> <dd>{value}</dd> }).collect_view()}
                        </dl>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

fn select(name: &'static str, label: &'static str, options: Vec<(String, String)>, flash: &Flash) -> impl IntoView {
    let chosen = flash.values.get(name).cloned().unwrap_or_default();
    let error = flash.errors.iter().find(|e| e.field == name).map(|e| t(e.code.as_str()));
    let has_error = error.is_some();
    view! {
        <div class="field" class:has-error=has_error>
            <label for=name>{t(label)}</label>
            {error.map(|e| view! { <p class="error">{e}</p> })}
            <select id=name name=name>
                {options.into_iter().map(|(value, text)| {
                    let selected = value == chosen;
                    view! { <option value=value selected=selected>{text}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

#[component]
fn AddForm(flash: Flash, purposes: Vec<String>) -> impl IntoView {
    let categories = Category::ALL.iter().map(|c| (c.key().to_owned(), t(&format!("category-{}", c.key())))).collect();
    let origin = flash.values.get("origin_authority").is_some_and(|v| v == "1");
    let kinds = RECIPIENTS.iter().map(|k| ((*k).to_owned(), t(&format!("recipient-{k}")))).collect();
    let bases = LEGAL_BASES.iter().map(|b| ((*b).to_owned(), t(&format!("legal-basis-{b}")))).collect();
    let purposes = purposes.into_iter().map(|p| (p.clone(), crate::purpose_name(&p))).collect();
    view! {
        <h2>{t("recipients-add-heading")}</h2>
        <ErrorSummary errors=flash.errors.clone()/>
        <form method="post" action={<AddRecipient as ServerFn>::url()} novalidate>
            <CsrfField/>
            <TextField name="recipient_name" label="recipients-name" flash=flash.clone()/>
            {select("recipient_kind", "recipients-kind", kinds, &flash)}
            <TextField name="country" label="recipients-country" hint="recipients-country-hint" flash=flash.clone()/>
            <label class="choice" for="origin_authority">
                <input type="checkbox" id="origin_authority" name="origin_authority" value="1" checked=origin/>
                <span>{t("recipients-origin-authority-choice")}</span>
            </label>
            {select("agreement_purpose", "recipients-purpose", purposes, &flash)}
            {select("agreement_legal_basis", "recipients-legal-basis", bases, &flash)}
            {boxes("agreement_categories", "recipients-categories", "recipient", categories, &flash)}
            <TextField name="agreement_retention_days" label="recipients-retention-days" flash=flash.clone() inputmode="numeric"/>
            <TextField name="breach_notice_hours" label="recipients-breach-notice-hours" flash=flash.clone() inputmode="numeric"/>
            <TextField name="ends_on" label="recipients-ends-on" hint="recipients-ends-on-hint" flash=flash.clone() input_type="date"/>
            <p class="hint">{t("recipients-terms-fixed")}</p>
            <button type="submit" class="button">{t("recipients-add")}</button>
        </form>
    }
}
