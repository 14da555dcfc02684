//! The auditor's screen: the audit log filtered and paged, a CSV download of the same selection, and a
//! verification of the hash chain.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

use super::staff_or_sign_in;
use crate::actions::VerifyAudit;
use crate::components::{error_view, CsrfField, Layout};
use crate::contract::ActorKind;
use crate::i18n::Arg;
use crate::staff::{AuditFilter, AuditLine, AuditPage};
use crate::{local_moment, services_or_error, t, use_flash, use_locale};

/// The flash that carries a verification's result to the page.
pub const VERIFY_FLASH: &str = "audit-verify";

fn query_string(filter: &AuditFilter) -> String {
    let pairs = [
        ("action", filter.action.clone()),
        ("actor_kind", filter.actor_kind.map(|k| k.key().to_owned())),
        ("actor_id", filter.actor_id.map(|i| i.to_string())),
        ("case_reference", filter.case_reference.clone()),
        ("from", filter.from.clone()),
        ("to", filter.to.clone()),
    ];
    let mut out = url::form_urlencoded::Serializer::new(String::new());
    for (key, value) in pairs {
        if let Some(value) = value {
            out.append_pair(key, &value);
        }
    }
    out.finish()
}

#[component]
pub fn AuditLogPage() -> impl IntoView {
    let Some(staff) = staff_or_sign_in() else { return ().into_any() };
    let query = use_query_map().get_untracked();
    let filter = AuditFilter::from_lookup(|name| query.get(name));
    let page: u32 = query.get("page").and_then(|p| p.parse().ok()).unwrap_or(1).max(1);
    let services = services_or_error();
    let shown = filter.clone();
    let content = Suspend::new(async move {
        match async { services?.audit.audit_log(staff.id, shown.clone(), page).await }.await {
            Ok(log) => view! { <AuditView log=log filter=shown/> }.into_any(),
            Err(error) => error_view(error),
        }
    });
    view! {
        <Layout title="audit-title">
            <VerificationResult/>
            <Suspense fallback=|| ()>{content}</Suspense>
        </Layout>
    }
    .into_any()
}

#[component]
fn VerificationResult() -> impl IntoView {
    let locale = use_locale();
    use_flash(VERIFY_FLASH).map(|flash| {
        let events: i64 = flash.values.get("events").and_then(|e| e.parse().ok()).unwrap_or(0);
        let breaks: Vec<(String, i64)> = flash
            .values
            .get("breaks")
            .map(|b| b.split(',').filter_map(|p| p.split_once(':')).filter_map(|(k, s)| Some((k.to_owned(), s.parse().ok()?))).collect())
            .unwrap_or_default();
        if breaks.is_empty() {
            view! { <p class="notice" role="status">{locale.text_with("audit-verify-ok", &[("events", Arg::Number(events))])}</p> }.into_any()
        } else {
            view! {
                <div class="error-summary" role="alert">
                    <h2>{locale.text_with("audit-verify-broken", &[("events", Arg::Number(events))])}</h2>
                    <ul>
                        {breaks.into_iter().map(|(kind, seq)| view! {
                            <li>{locale.text_with(&format!("audit-break-{kind}"), &[("seq", Arg::Number(seq))])}</li>
                        }).collect_view()}
                    </ul>
                </div>
            }
            .into_any()
        }
    })
}

#[component]
fn AuditView(log: AuditPage, filter: AuditFilter) -> impl IntoView {
    let query = query_string(&filter);
    let csv = format!("/staff/audit.csv?{query}");
    let page_link = |page: u32| format!("/staff/audit?{query}&page={page}");
    let value = |v: &Option<String>| v.clone().unwrap_or_default();
    view! {
        <form method="post" action={<VerifyAudit as ServerFn>::url()}>
            <CsrfField/>
            <button type="submit" class="button">{t("audit-verify")}</button>
        </form>
        <form method="get" action="/staff/audit" class="filters">
            <div class="field"><label for="action">{t("audit-action")}</label><input id="action" name="action" value=value(&filter.action)/></div>
            <div class="field">
                <label for="actor_kind">{t("audit-actor-kind")}</label>
                <select id="actor_kind" name="actor_kind">
                    <option value="">{t("queue-any")}</option>
                    {ActorKind::ALL.into_iter().map(|k| view! {
                        <option value=k.key() selected=filter.actor_kind == Some(k)>{t(&format!("audit-actor-{k}"))}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field"><label for="actor_id">{t("audit-actor-id")}</label><input id="actor_id" name="actor_id" inputmode="numeric" value=filter.actor_id.map(|i| i.to_string()).unwrap_or_default()/></div>
            <div class="field"><label for="case_reference">{t("case-case-reference")}</label><input id="case_reference" name="case_reference" value=value(&filter.case_reference)/></div>
            <div class="field"><label for="from">{t("audit-from")}</label><input id="from" name="from" type="date" value=value(&filter.from)/></div>
            <div class="field"><label for="to">{t("audit-to")}</label><input id="to" name="to" type="date" value=value(&filter.to)/></div>
            <button type="submit" class="button secondary">{t("queue-filter")}</button>
        </form>
        <p><a href=csv download>{t("audit-download-csv")}</a></p>
        {if log.lines.is_empty() {
            view! { <p>{t("audit-none")}</p> }.into_any()
        } else {
            view! {
                <div class="table-scroll">
                    <table class="audit">
                        <thead><tr>
                            <th>"#"</th><th>{t("audit-when")}</th><th>{t("audit-who")}</th><th>{t("audit-action")}</th>
                            <th>{t("audit-about")}</th><th>{t("access-fields")}</th><th>{t("access-reason")}</th>
                        </tr></thead>
                        <tbody>{log.lines.into_iter().map(|line| view! { <AuditRowView line=line/> }).collect_view()}</tbody>
                    </table>
                </div>
            }
            .into_any()
        }}
        <nav class="pager" aria-label=t("access-pages")>
            {(log.page > 1).then(|| view! { <a href=page_link(log.page - 1)>{t("access-newer")}</a> })}
            {log.has_more.then(|| view! { <a href=page_link(log.page + 1)>{t("access-older")}</a> })}
        </nav>
    }
}

#[component]
fn AuditRowView(line: AuditLine) -> impl IntoView {
    let who = [
        line.actor_kind.map(|k| k.key().to_owned()),
        line.actor_id.map(|i| format!("#{i}")),
        line.actor_role.clone(),
        line.actor_office.clone(),
        line.on_behalf_of.map(|p| format!("→ {p}")),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    let about = [line.person_id.map(|p| format!("person {p}")), line.object.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
    view! {
        <tr>
            <td>{line.seq}</td>
            <td><bdi>{local_moment(line.at)}</bdi></td>
            <td><bdi>{who}</bdi></td>
            <td><code>{line.action}</code></td>
            <td><bdi>{about}</bdi></td>
            <td><bdi>{line.fields.join(", ")}</bdi></td>
            <td>{line.reason.map(|r| t(&format!("access-reason-{r}")))}</td>
        </tr>
    }
}
