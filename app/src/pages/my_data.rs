//! My data: every field held about the signed-in person, grouped by category, with source, purpose, legal basis,
//! retention and recipients. Sensitive categories are marked.

use leptos::prelude::*;

use crate::components::{error_view, Layout, Notice};
use crate::contract::{CategoryFields, HeldField, MyData};
use crate::helpers::Scope;
use crate::i18n::Locale;
use crate::{services_or_error, t, use_env};

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
pub(crate) fn MyDataView(data: MyData, actions: bool) -> impl IntoView {
    let reference = data.case_reference;
    view! {
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
        <nav class="toc" aria-label=t("my-data-categories")>
            <ul>
                {data.categories.iter().map(|group| {
                    let key = group.category.key();
                    view! { <li><a href=format!("#cat-{key}")>{t(&format!("category-{key}"))}</a></li> }
                }).collect_view()}
            </ul>
        </nav>
        {data.categories.into_iter().map(|group| view! { <CategorySection group=group actions=actions/> }).collect_view()}
        {actions.then(|| view! { <p class="erase-all"><a href="/my-data/erase">{t("my-data-erase-all")}</a></p> })}
    }
}

#[component]
fn CategorySection(group: CategoryFields, actions: bool) -> impl IntoView {
    let key = group.category.key();
    let sensitive = group.category.is_sensitive();
    view! {
        <section class="category" class:sensitive=sensitive id=format!("cat-{key}")>
            <h2>
                {t(&format!("category-{key}"))}
                {sensitive.then(|| view! { " " <span class="badge">{t("my-data-sensitive")}</span> })}
            </h2>
            {sensitive.then(|| view! { <p class="small">{t("my-data-sensitive-explained")}</p> })}
            <ul class="fields">
                {group.fields.into_iter().map(|field| view! { <FieldCard field=field actions=actions/> }).collect_view()}
            </ul>
        </section>
    }
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

#[component]
fn FieldCard(field: HeldField, actions: bool) -> impl IntoView {
    let recipients = if field.recipients.is_empty() {
        t("recipient-none")
    } else {
        field.recipients.iter().map(|r| t(&format!("recipient-{r}"))).collect::<Vec<_>>().join(", ")
    };
    view! {
        <li class="field-card" id=format!("field-{}", field.id)>
            <h3>{t(&format!("field-{}", field.key))}</h3>
            <p class="value"><bdi>{translated_value(&field.value)}</bdi></p>
            {field.consent_withdrawn.then(|| view! { <p class="notice">{t("my-data-consent-withdrawn")}</p> })}
            <dl>
                <dt>{t("my-data-source")}</dt>
                <dd><bdi>{field.source_system}</bdi></dd>
                <dt>{t("my-data-purpose")}</dt>
                <dd>{crate::purpose_name(&field.purpose)}</dd>
                <dt>{t("my-data-legal-basis")}</dt>
                <dd>{t(&format!("legal-basis-{}", field.legal_basis))}</dd>
                <dt>{t("my-data-kept-until")}</dt>
                <dd><bdi>{field.kept_until}</bdi></dd>
                <dt>{t("my-data-shared-with")}</dt>
                <dd>{recipients}</dd>
            </dl>
            {actions.then(|| view! {
                <p class="field-actions">
                    {["correct", "erase", "restrict"].into_iter().map(|action| view! {
                        <a href=format!("/my-data/fields/{}/{action}", field.id)>{t(&format!("action-{action}"))}</a>
                    }).collect_view()}
                </p>
            })}
        </li>
    }
}
