//! My data: every field held about the signed-in person, grouped by category, as short as a phone screen allows:
//! values at a glance, each opening (a `<details>`, no JavaScript) to its source, purpose, legal basis, retention,
//! recipients and requests. Sensitive categories are marked. The printable export shows the same, all open.

use leptos::prelude::*;

use crate::components::{error_view, Layout, Notice};
use crate::contract::{CategoryFields, HeldField, MyData};
use crate::helpers::Scope;
use crate::i18n::{Arg, Locale};
use crate::{local_deadline, services_or_error, t, use_env, use_locale};

#[component]
pub fn MyDataPage() -> impl IntoView {
    let Some(person) = crate::pages::requests::acting_or_sign_in() else { return ().into_any() };
    let services = services_or_error();
    // A notice from sign-in (staff printed a code for a helper to act for this person).
    let notice = use_env().flash.and_then(|f| f.notice);
    let data = Suspend::new(async move {
        match async { services?.portal.my_data(person).await }.await {
            // Request links for whoever may file requests (a helper needs the `request` scope).
            Ok(data) => view! { <MyDataView data=data actions=use_env().may(Scope::Request)/> }.into_any(),
            Err(error) => error_view(error),
        }
    });
    view! {
        <Layout title="my-data-title">
            {notice.map(|id| view! { <Notice id=id/> })}
            <Suspense fallback=|| ()>{data}</Suspense>
        </Layout>
    }
    .into_any()
}

/// The record, grouped by category. With `actions`, each field offers its requests (on My data; not in the
/// printable export).
#[component]
pub(crate) fn MyDataView(
    data: MyData,
    actions: bool,
    /// Everything open, for the printable export.
    #[prop(optional)]
    printable: bool,
) -> impl IntoView {
    let reference = data.case_reference;
    let notices = data.notices;
    view! {
        {notices.into_iter().map(|notice| view! { <BreachNoticeView notice=notice/> }).collect_view()}
        <p class="reference">
            {t("my-data-reference")} " " <bdi class="value">{reference}</bdi>
        </p>
        <p>{t("my-data-intro")}</p>
        {(actions && !use_env().helper_acting()).then(|| view! {
            <ul class="record-links">
                <li><a href="/my-data/download">{t("download-title")}</a></li>
                <li><a href="/my-data/access">{t("access-title")}</a></li>
            </ul>
        })}
        {data.categories.into_iter().map(|group| view! { <CategorySection group=group actions=actions printable=printable/> }).collect_view()}
        {actions.then(|| view! { <p class="erase-all"><a href="/my-data/erase">{t("my-data-erase-all")}</a></p> })}
    }
}

/// One kind of data: its values at a glance, in a compact list. Its heading opens (a `<details>`, no JavaScript)
/// to every item's details — where it came from, why and on what legal basis it is kept, until when, who
/// receives it — and the requests the person can make about it.
#[component]
fn CategorySection(group: CategoryFields, actions: bool, printable: bool) -> impl IntoView {
    let key = group.category.key();
    let sensitive = group.category.is_sensitive();
    let count = use_locale().text_with("my-data-field-count", &[("count", Arg::Number(group.fields.len() as i64))]);
    let details =
        group.fields.iter().map(|field| view! { <FieldDetails field=field.clone() actions=actions/> }).collect_view();
    view! {
        <section class="category" class:sensitive=sensitive id=format!("cat-{key}")>
            <details class="category-details" open=printable>
                <summary>
                    <h2>
                        {t(&format!("category-{key}"))}
                        " " <span class="count">{count}</span>
                        {sensitive.then(|| view! { " " <span class="badge">{t("my-data-sensitive")}</span> })}
                    </h2>
                </summary>
                <p class="small">{t("my-data-why")}</p>
                {sensitive.then(|| view! { <p class="small">{t("my-data-sensitive-explained")}</p> })}
                {details}
            </details>
            <dl class="values">
                {group.fields.into_iter().map(|field| view! {
                    <div class="field-card" class:withdrawn=field.consent_withdrawn id=format!("field-{}", field.id)>
                        <dt>{t(&format!("field-{}", field.key))}</dt>
                        <dd>
                            <bdi class="value">{translated_value(&field.value)}</bdi>
                            {field.consent_withdrawn.then(|| view! { " " <span class="notice">{t("my-data-consent-withdrawn")}</span> })}
                        </dd>
                    </div>
                }).collect_view()}
            </dl>
        </section>
    }
}

/// Who receives a field, as a list in the reader's language.
fn recipients(field: &HeldField) -> String {
    if field.recipients.is_empty() {
        return t("recipient-none");
    }
    use_locale().list_of("recipient", &field.recipients)
}

/// Source systems send some values as codes (`married`); those with a Fluent `value-<code>` are translated.
fn translated_value(value: &str) -> String {
    let id = format!("value-{value}");
    if crate::i18n::catalog().has_message(Locale::default(), &id) {
        t(&id)
    } else {
        value.to_owned()
    }
}

/// One field's details: where it came from, why and on what legal basis it is kept, until when, who receives it,
/// and the requests the person can make about it.
#[component]
fn FieldDetails(field: HeldField, actions: bool) -> impl IntoView {
    let shared_with = recipients(&field);
    let named = field.shared_with.clone();
    view! {
        <div class="field-details" id=format!("field-{}-details", field.id)>
            <h3>{t(&format!("field-{}", field.key))}</h3>
            <dl>
                <dt>{t("my-data-source")}</dt>
                <dd><bdi>{field.source_system}</bdi></dd>
                <dt>{t("my-data-purpose")}</dt>
                <dd>{crate::purpose_name(&field.purpose)}</dd>
                <dt>{t("my-data-legal-basis")}</dt>
                <dd>{t(&format!("legal-basis-{}", field.legal_basis))}</dd>
                <dt>{t("my-data-kept-until")}</dt>
                <dd><bdi>{local_deadline(field.kept_until)}</bdi></dd>
                <dt>{t("my-data-shared-with")}</dt>
                <dd>{shared_with}</dd>
                {(!named.is_empty()).then(|| view! {
                    <dt>{t("my-data-recipients")}</dt>
                    <dd class="recipients">
                        {named.into_iter().enumerate().map(|(i, r)| view! {
                            {(i > 0).then(|| use_locale().list_separator())}
                            <a href=format!("/recipients#recipient-{}", r.key)><bdi>{r.name}</bdi></a>
                        }).collect_view()}
                    </dd>
                })}
            </dl>
            {actions.then(|| view! {
                <p class="field-actions">
                    {["correct", "erase", "restrict"].into_iter().map(|action| view! {
                        <a href=format!("/my-data/fields/{}/{action}", field.id)>{t(&format!("action-{action}"))}</a>
                    }).collect_view()}
                </p>
            })}
        </div>
    }
}

/// A breach that concerns the person, in their language: what happened, what could follow, what was done, what
/// they can do, and whom to ask (GDPR Art. 34). Above everything else on My data, for them and for their helper.
#[component]
fn BreachNoticeView(notice: crate::breaches::BreachNotice) -> impl IntoView {
    let locale = use_locale();
    let contact = crate::services().map(|s| s.site.dpo_contact).unwrap_or_default();
    let categories = locale.list_of("category", &notice.categories);
    let list = |heading: &'static str, prefix: &'static str, items: Vec<String>| {
        (!items.is_empty()).then(|| {
            view! {
                <h3>{t(heading)}</h3>
                <ul>{items.into_iter().map(|key| view! { <li>{locale.text(&format!("{prefix}-{key}"))}</li> }).collect_view()}</ul>
            }
        })
    };
    view! {
        <section class="notice breach-notice" aria-labelledby="breach-notice-heading">
            <h2 id="breach-notice-heading">{t("breach-notice-heading")}</h2>
            <p>{locale.text_with("breach-notice-intro", &[("date", Arg::Text(&locale.day(notice.aware_on)))])}</p>
            <p><strong>{locale.text(&format!("breach-nature-person-{}", notice.nature.key()))}</strong></p>
            <p>{locale.text_with("breach-notice-data", &[("categories", Arg::Text(&categories))])}</p>
            {list("breach-notice-consequences", "breach-consequence", notice.consequences)}
            {list("breach-notice-measures", "breach-measure", notice.measures)}
            {list("breach-notice-advice", "breach-advice", notice.advice)}
            <p>{locale.text_with("breach-notice-contact", &[("contact", Arg::Text(&contact))])}</p>
            <p class="small">{locale.text_with("breach-notice-sent", &[("date", Arg::Text(&locale.day(notice.notified_on)))])}</p>
        </section>
    }
}
