//! `/recipients`: every recipient outside the authority with the summary of its data-sharing agreement, for
//! anyone, without signing in. My data links each field's recipients here.

use leptos::prelude::*;

use crate::components::{error_view, Layout};
use crate::i18n::{Arg, Locale};
use crate::recipients::Agreement;
use crate::{services_or_error, t, use_locale};

#[component]
pub fn RecipientsPage() -> impl IntoView {
    let services = services_or_error();
    let content = Suspend::new(async move {
        match async { services?.reports.agreements().await }.await {
            Ok(list) if list.is_empty() => view! { <p>{t("recipients-none")}</p> }.into_any(),
            Ok(list) => list.into_iter().map(|a| view! { <AgreementSummary agreement=a/> }).collect_view().into_any(),
            Err(error) => error_view(error),
        }
    });
    view! {
        <Layout title="recipients-title">
            <p>{t("recipients-intro")}</p>
            <Suspense fallback=|| ()>{content}</Suspense>
        </Layout>
    }
}

/// The terms of one agreement, as a list of facts.
pub(crate) fn agreement_facts(locale: Locale, a: &Agreement) -> Vec<(&'static str, String)> {
    let categories = locale.list_of("category", &a.categories);
    vec![
        ("recipients-kind", locale.text(&format!("recipient-{}", a.kind))),
        ("recipients-country", a.country.clone()),
        ("recipients-purpose", crate::purpose_name(&a.purpose)),
        ("recipients-legal-basis", locale.text(&format!("legal-basis-{}", a.legal_basis))),
        ("recipients-categories", categories),
        ("recipients-retention", locale.text_with("recipients-days", &[("days", Arg::Number(a.retention_days))])),
        (
            "recipients-breach-notice",
            locale.text_with("recipients-hours", &[("hours", Arg::Number(a.breach_notice_hours))]),
        ),
        ("recipients-terms", locale.text("recipients-terms-fixed")),
        ("recipients-ends-on", locale.day(a.ends_on)),
    ]
}

#[component]
fn AgreementSummary(agreement: Agreement) -> impl IntoView {
    let locale = use_locale();
    let facts = agreement_facts(locale, &agreement);
    view! {
        <section class="request-card" id=format!("recipient-{}", agreement.key)>
            <h2><bdi>{agreement.name}</bdi></h2>
            <dl class="facts">
                {facts.into_iter().map(|(label, value)| view! { <dt>{t(label)}</dt> <dd>{value}</dd> }).collect_view()}
            </dl>
        </section>
    }
}
