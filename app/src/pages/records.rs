//! Pages about the whole record: who looked at it (paginated), and downloading it (JSON or printable).

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::error_view;
use crate::components::Layout;
use crate::pages::my_data::MyDataView;
use crate::pages::requests::{actor_label, person_or_sign_in};
use crate::rights::{AccessEntry, AccessPage, MyExport};
use crate::{local_deadline, local_moment, services_or_error, t};

/// `/my-data/access?page=N` — every access by staff or helpers, newest first.
#[component]
pub fn AccessLogPage() -> impl IntoView {
    let Some(person) = person_or_sign_in() else { return ().into_any() };
    let page = use_query_map().with_untracked(|q| q.get("page")).and_then(|p| p.parse::<u32>().ok()).unwrap_or(1);
    let services = services_or_error();
    let content = Suspend::new(async move {
        let log = async { services?.rights.access_log(person, page).await }.await;
        match log {
            Ok(log) => view! { <AccessLogView log=log/> }.into_any(),
            Err(error) => error_view(error),
        }
    });
    view! {
        <Layout title="access-title">
            <p>{t("access-intro")}</p>
            <Suspense fallback=|| ()>{content}</Suspense>
        </Layout>
    }
    .into_any()
}

#[component]
fn AccessLogView(log: AccessPage) -> impl IntoView {
    let page = log.page;
    view! {
        {if log.entries.is_empty() {
            view! { <p>{t(if page == 1 { "access-none" } else { "access-no-more" })}</p> }.into_any()
        } else {
            view! { <AccessList entries=log.entries/> }.into_any()
        }}
        <nav class="pager" aria-label=t("access-pages")>
            {(page > 1).then(|| view! { <a href=format!("/my-data/access?page={}", page - 1)>{t("access-newer")}</a> })}
            {log.has_more.then(|| view! { <a href=format!("/my-data/access?page={}", page + 1)>{t("access-older")}</a> })}
        </nav>
    }
}

#[component]
fn AccessList(entries: Vec<AccessEntry>) -> impl IntoView {
    view! {
        <ol class="access-log">
            {entries.into_iter().map(|entry| {
                let fields = entry.fields.iter().map(|k| t(&format!("field-{k}"))).collect::<Vec<_>>().join(", ");
                view! {
                    <li class="access-entry">
                        <p><bdi class="when">{local_moment(entry.at)}</bdi> " · " <strong class="who">{actor_label(&entry.by)}</strong></p>
                        <p>{t(&format!("access-{}", entry.action))}</p>
                        {(!fields.is_empty()).then(|| view! { <p class="small">{t("access-fields")} " " {fields}</p> })}
                        {entry.reason.map(|reason| view! {
                            <p class="small">{t("access-reason")} " " {t(&format!("access-reason-{reason}"))}</p>
                        })}
                        {entry.stated.map(|(purpose, basis)| view! {
                            <p class="small">{t("access-purpose")} " " <bdi>{purpose}</bdi></p>
                            <p class="small">{t("access-legal-basis")} " " <bdi>{basis}</bdi></p>
                        })}
                    </li>
                }
            }).collect_view()}
        </ol>
    }
}

/// `/my-data/download` — the two ways to take a copy.
#[component]
pub fn DownloadPage() -> impl IntoView {
    if person_or_sign_in().is_none() {
        return ().into_any();
    }
    view! {
        <Layout title="download-title">
            <p>{t("download-intro")}</p>
            <ul class="downloads">
                <li>
                    <a class="button" href="/my-data/export">{t("download-printable")}</a>
                    <p class="small">{t("download-printable-explained")}</p>
                </li>
                <li>
                    <a class="button" href="/my-data/export.json" download="amana-my-data.json">{t("download-json")}</a>
                    <p class="small">{t("download-json-explained")}</p>
                </li>
            </ul>
        </Layout>
    }
    .into_any()
}

/// `/my-data/export` — everything, readable and printable, in the person's language.
#[component]
pub fn ExportPage() -> impl IntoView {
    let Some(person) = person_or_sign_in() else { return ().into_any() };
    let services = services_or_error();
    let content = Suspend::new(async move {
        let export = async { services?.rights.export(person).await }.await;
        match export {
            Ok(export) => view! { <ExportView export=export/> }.into_any(),
            Err(error) => error_view(error),
        }
    });
    view! {
        <Layout title="export-title">
            <p class="no-print">{t("export-print-hint")}</p>
            <Suspense fallback=|| ()>{content}</Suspense>
        </Layout>
    }
    .into_any()
}

#[component]
fn ExportView(export: MyExport) -> impl IntoView {
    let data = crate::contract::MyData {
        case_reference: export.case_reference.clone(),
        categories: export.data,
        notices: Vec::new(),
    };
    view! {
        <p class="small">{t("export-generated")} " " <bdi>{local_moment(export.generated_at)}</bdi></p>
        <MyDataView data=data actions=false printable=true/>
        <h2>{t("requests-title")}</h2>
        {if export.requests.is_empty() {
            view! { <p>{t("requests-none")}</p> }.into_any()
        } else {
            view! {
                <ul class="requests">
                    {export.requests.into_iter().map(|r| view! {
                        <li class="request-card">
                            <h3>{t(&format!("kind-{}", r.summary.kind.key()))} " " <bdi>{r.summary.reference.clone()}</bdi></h3>
                            <p>{t(&format!("status-{}", r.summary.status.key()))} " · " {t("request-due")} " " <bdi>{local_deadline(r.summary.extended_due_on.unwrap_or(r.summary.due_on))}</bdi></p>
                        </li>
                    }).collect_view()}
                </ul>
            }
            .into_any()
        }}
        <h2>{t("consent-title")}</h2>
        <ul>
            {export.consent.purposes.into_iter().map(|c| view! {
                <li>{crate::purpose_name(&c.purpose)} ": " {t(if c.given { "consent-given" } else { "consent-not-given" })}</li>
            }).collect_view()}
        </ul>
        <h2>{t("access-title")}</h2>
        {if export.access_log.is_empty() {
            view! { <p>{t("access-none")}</p> }.into_any()
        } else {
            view! { <AccessList entries=export.access_log/> }.into_any()
        }}
    }
}
