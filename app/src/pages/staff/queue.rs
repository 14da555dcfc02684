//! The queue: open requests of the staff member's teams, most urgent first, with overdue and due-soon flagged,
//! filters (a plain GET form) and "take next".

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

use super::{case_path, staff_or_sign_in};
use crate::actions::TakeNext;
use crate::components::{error_view, CsrfField, Layout, Notice};
use crate::i18n::Locale;
use crate::rights::{RequestKind, RequestStatus};
use crate::staff::{team_label, QueueFilter, QueueItem, QueueView, Urgency};
use crate::{local_deadline, services_or_error, t, use_locale};

#[component]
pub fn QueuePage() -> impl IntoView {
    let Some(staff) = staff_or_sign_in() else { return ().into_any() };
    let query = use_query_map().get_untracked();
    let filter = QueueFilter {
        team: query.get("team").and_then(|t| t.parse().ok()),
        kind: query.get("kind").as_deref().and_then(RequestKind::from_key),
        status: query.get("status").as_deref().and_then(RequestStatus::from_key),
        locale: query.get("language").filter(|l| Locale::from_code(l).is_some()),
    };
    let empty = query.get("empty").is_some();
    let services = services_or_error();
    let shown = filter.clone();
    let content = Suspend::new(async move {
        let services = match services {
            Ok(services) => services,
            Err(error) => return error_view(error),
        };
        // A data-protection officer sees first every breach whose 72-hour clock still runs.
        let clocks = match staff.role == crate::staff::Role::Dpo {
            true => super::breaches::running_clocks(&services, staff.id).await,
            false => None,
        };
        match services.desk.queue(staff.id, shown.clone()).await {
            Ok(queue) => view! { {clocks} <QueueList queue=queue filter=shown/> }.into_any(),
            Err(error) => error_view(error),
        }
    });
    view! {
        <Layout title="queue-title">
            {empty.then(|| view! { <Notice id="queue-nothing-to-take".to_owned()/> })}
            <Suspense fallback=|| ()>{content}</Suspense>
        </Layout>
    }
    .into_any()
}

fn option(value: String, label: String, selected: bool) -> impl IntoView {
    view! { <option value=value selected=selected>{label}</option> }
}

#[component]
fn QueueList(queue: QueueView, filter: QueueFilter) -> impl IntoView {
    let team_value = filter.team.map(|t| t.to_string()).unwrap_or_default();
    view! {
        <form method="post" action={<TakeNext as ServerFn>::url()} class="take-next">
            <CsrfField/>
            <input type="hidden" name="team" value=team_value/>
            <button type="submit" class="button">{t("queue-take-next")}</button>
        </form>
        <form method="get" action="/staff" class="filters">
            <div class="field">
                <label for="team">{t("queue-team")}</label>
                <select id="team" name="team">
                    {option(String::new(), t("queue-any"), filter.team.is_none())}
                    {queue.teams.iter().map(|team| option(team.id.to_string(), team_label(use_locale(), &team.key, team.name.as_deref()), filter.team == Some(team.id))).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="kind">{t("queue-kind")}</label>
                <select id="kind" name="kind">
                    {option(String::new(), t("queue-any"), filter.kind.is_none())}
                    {RequestKind::ALL.into_iter().map(|kind| option(kind.key().to_owned(), t(&format!("kind-{}", kind.key())), filter.kind == Some(kind))).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="status">{t("queue-status")}</label>
                <select id="status" name="status">
                    {option(String::new(), t("queue-any"), filter.status.is_none())}
                    {RequestStatus::OPEN.into_iter().map(|status| option(status.key().to_owned(), t(&format!("staff-status-{}", status.key())), filter.status == Some(status))).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="language">{t("queue-language")}</label>
                <select id="language" name="language">
                    {option(String::new(), t("queue-any"), filter.locale.is_none())}
                    {Locale::all().map(|l| option(l.code().to_owned(), l.native_name().to_owned(), filter.locale.as_deref() == Some(l.code()))).collect_view()}
                </select>
            </div>
            <button type="submit" class="button secondary">{t("queue-filter")}</button>
        </form>
        {if queue.items.is_empty() {
            view! { <p>{t("queue-empty")}</p> }.into_any()
        } else {
            view! {
                <p class="small">{t("queue-count")} " " {queue.items.len()}</p>
                <ul class="requests queue">
                    {queue.items.into_iter().map(|item| view! { <QueueRow item=item/> }).collect_view()}
                </ul>
            }
            .into_any()
        }}
    }
}

#[component]
fn QueueRow(item: QueueItem) -> impl IntoView {
    let (flag, class) = match item.urgency {
        Urgency::Overdue => (Some("queue-overdue"), "request-card overdue"),
        Urgency::DueSoon => (Some("queue-due-soon"), "request-card due-soon"),
        Urgency::OnTime => (None, "request-card"),
    };
    view! {
        <li class=class>
            <h2>
                <a href=case_path(&item.reference)><bdi>{item.reference.clone()}</bdi></a>
                " · " {t(&format!("kind-{}", item.kind.key()))}
                {flag.map(|f| view! { " " <span class="badge urgent">{t(f)}</span> })}
            </h2>
            <dl class="facts">
                <dt>{t("request-status")}</dt>
                <dd class=format!("status status-{}", item.status.key())>
                    {t(&format!("staff-status-{}", item.status.key()))}
                    {item.awaiting_approval.then(|| view! { " · " {t("case-awaiting-approval")} })}
                </dd>
                <dt>{t("request-due")}</dt><dd><bdi>{local_deadline(item.due_on)}</bdi></dd>
                <dt>{t("queue-language")}</dt>
                <dd>{Locale::from_code(&item.locale).map_or(item.locale.clone(), |l| l.native_name().to_owned())}</dd>
                <dt>{t("case-assignee")}</dt>
                <dd>{if item.mine { t("case-assignee-you") } else { item.assignee.unwrap_or_else(|| t("case-unassigned")) }}</dd>
            </dl>
        </li>
    }
}
