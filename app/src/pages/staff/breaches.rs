//! The breach register for the data-protection officer: `/staff/breaches` (every breach with its 72-hour clock, and
//! the form that records one) and `/staff/breaches/<reference>` (the record, telling the authority, what was added
//! later, the people concerned and their notices). Plain forms, no script.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

use super::admin::{boxes, choice_group};
use super::staff_or_sign_in;
use crate::actions::{AddBreachPeople, AddBreachUpdate, NotifyBreachPeople, RecordBreach, TellAuthority};
use crate::breaches::{
    AuthorityClock, BreachDetail, BreachNature, BreachRisk, BreachSummary, ADVICE, CONSEQUENCES, MEASURES,
};
use crate::components::{error_view, CsrfField, ErrorSummary, Layout, Notice, TextArea, TextField};
use crate::contract::Category;
use crate::env::Flash;
use crate::i18n::{Arg, Locale};
use crate::{services_or_error, t, use_env, use_flash, use_locale};

/// The flash of the register's forms.
pub const BREACH_FORM: &str = "breach";
pub const BREACHES_PATH: &str = "/staff/breaches";

/// A breach's page; the register itself for anything that is not a reference (a post names the breach in a field
/// anyone can change, and the answer redirects there).
pub fn breach_path(reference: &str) -> String {
    let plain = !reference.is_empty() && reference.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    match plain {
        true => format!("{BREACHES_PATH}/{reference}"),
        false => BREACHES_PATH.to_owned(),
    }
}

/// Where the clock stands, in words: hours left, hours late, or when the authority was told.
pub fn clock_text(locale: Locale, clock: AuthorityClock) -> String {
    match clock {
        AuthorityClock::Running { due, hours_left } if hours_left >= 0 => locale.text_with(
            "breach-clock-left",
            &[("hours", Arg::Number(hours_left)), ("due", Arg::Text(&locale.moment(due)))],
        ),
        AuthorityClock::Running { due, hours_left } => locale.text_with(
            "breach-clock-late",
            &[("hours", Arg::Number(-hours_left)), ("due", Arg::Text(&locale.moment(due)))],
        ),
        AuthorityClock::Told { at, hours_after } => locale.text_with(
            "breach-clock-told",
            &[("hours", Arg::Number(hours_after)), ("when", Arg::Text(&locale.moment(at)))],
        ),
    }
}

fn clock_class(clock: AuthorityClock) -> &'static str {
    match clock {
        AuthorityClock::Running { hours_left, .. } if hours_left < 0 => "badge urgent",
        AuthorityClock::Running { hours_left, .. } if hours_left < 24 => "badge due-soon",
        AuthorityClock::Running { .. } => "badge",
        AuthorityClock::Told { .. } => "badge done",
    }
}

#[component]
pub fn BreachesPage() -> impl IntoView {
    let Some(staff) = staff_or_sign_in() else { return ().into_any() };
    let notice = use_env().flash.and_then(|f| f.notice);
    let flash = use_flash(BREACH_FORM);
    let services = services_or_error();
    let content = Suspend::new(async move {
        match async { services?.breaches.breaches(staff.id).await }.await {
            Ok(list) => view! { <BreachList list=list/> <RecordForm flash=flash/> }.into_any(),
            Err(error) => error_view(error),
        }
    });
    view! {
        <Layout title="breaches-title">
            {notice.map(|id| view! { <Notice id=id/> })}
            <p>{t("breaches-intro")}</p>
            <Suspense fallback=|| ()>{content}</Suspense>
        </Layout>
    }
    .into_any()
}

#[component]
fn BreachList(list: Vec<BreachSummary>) -> impl IntoView {
    let locale = use_locale();
    if list.is_empty() {
        return view! { <p>{t("breaches-none")}</p> }.into_any();
    }
    view! {
        <ul class="requests breaches">
            {list.into_iter().map(|b| {
                let people = locale.text_with(
                    "breach-people-count",
                    &[("people", Arg::Number(b.people)), ("notified", Arg::Number(b.notified))],
                );
                view! {
                    <li class="request-card">
                        <h2><a href=breach_path(&b.reference)><bdi>{b.reference.clone()}</bdi></a></h2>
                        <p><span class=clock_class(b.clock)>{clock_text(locale, b.clock)}</span></p>
                        <p>{t(&format!("breach-nature-{}", b.nature.key()))} " · " {t(&format!("breach-risk-{}", b.risk.key()))}</p>
                        <p class="small">{people}</p>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// Radio buttons for a closed vocabulary (`<label_prefix>-<key>` each), keeping what was chosen.
fn radios<T: Copy + 'static>(
    name: &'static str,
    legend: &'static str,
    values: &[T],
    key: fn(T) -> &'static str,
    label_prefix: &'static str,
    flash: &Flash,
) -> impl IntoView {
    let chosen = flash.values.get(name).cloned().unwrap_or_default();
    let buttons = values
        .iter()
        .map(|value| {
            let value = key(*value);
            let id = format!("{name}-{value}");
            let label_for = id.clone();
            view! {
                <label class="choice" for=label_for>
                    <input type="radio" id=id name=name value=value checked=chosen == value/>
                    <span>{t(&format!("{label_prefix}-{value}"))}</span>
                </label>
            }
        })
        .collect_view()
        .into_any();
    choice_group(name, legend, flash, buttons)
}

fn listed(list: &[&str], prefix: &str) -> Vec<(String, String)> {
    list.iter().map(|key| ((*key).to_owned(), t(&format!("{prefix}-{key}")))).collect()
}

#[component]
fn RecordForm(flash: Option<Flash>) -> impl IntoView {
    let flash = flash.unwrap_or_default();
    let categories = Category::ALL.iter().map(|c| (c.key().to_owned(), t(&format!("category-{}", c.key())))).collect();
    view! {
        <h2 id="record">{t("breach-record-heading")}</h2>
        <ErrorSummary errors=flash.errors.clone()/>
        <form method="post" action={<RecordBreach as ServerFn>::url()} novalidate>
            <CsrfField/>
            <TextField name="discovered_at" label="breach-discovered-at" hint="breach-moment-hint" flash=flash.clone() input_type="datetime-local"/>
            <TextField name="aware_at" label="breach-aware-at" hint="breach-aware-at-hint" flash=flash.clone() input_type="datetime-local"/>
            <TextField name="processor_reported_at" label="breach-processor-reported-at" hint="breach-optional-moment-hint" flash=flash.clone() input_type="datetime-local"/>
            {radios("nature", "breach-nature", &BreachNature::ALL, BreachNature::key, "breach-nature", &flash)}
            <TextArea name="description" label="breach-description" hint="breach-description-hint" flash=flash.clone() max_chars=4000/>
            {boxes("categories", "breach-categories", "breach", categories, &flash)}
            <TextField name="approx_people" label="breach-approx-people" flash=flash.clone() inputmode="numeric"/>
            <TextField name="approx_records" label="breach-approx-records" flash=flash.clone() inputmode="numeric"/>
            {boxes("consequences", "breach-consequences", "breach", listed(&CONSEQUENCES, "breach-consequence"), &flash)}
            {boxes("measures", "breach-measures", "breach", listed(&MEASURES, "breach-measure"), &flash)}
            {boxes("advice", "breach-advice", "breach", listed(&ADVICE, "breach-advice"), &flash)}
            {radios("risk", "breach-risk", &BreachRisk::ALL, BreachRisk::key, "breach-risk", &flash)}
            <TextArea name="risk_reasoning" label="breach-risk-reasoning" hint="breach-risk-reasoning-hint" flash=flash.clone() max_chars=4000/>
            <button type="submit" class="button">{t("breach-record")}</button>
        </form>
    }
}

#[component]
pub fn BreachPage() -> impl IntoView {
    let Some(staff) = staff_or_sign_in() else { return ().into_any() };
    let reference = use_params_map().with_untracked(|p| p.get("reference")).unwrap_or_default();
    let notice = use_env().flash.and_then(|f| f.notice);
    let flash = use_flash(BREACH_FORM).unwrap_or_default();
    let services = services_or_error();
    let content = Suspend::new(async move {
        match async { services?.breaches.breach(staff.id, &reference).await }.await {
            Ok(detail) => view! { <BreachView detail=detail flash=flash/> }.into_any(),
            Err(error) => error_view(error),
        }
    });
    view! {
        <Layout title="breach-title">
            {notice.map(|id| view! { <Notice id=id/> })}
            <p><a href=BREACHES_PATH>{t("breach-back")}</a></p>
            <Suspense fallback=|| ()>{content}</Suspense>
        </Layout>
    }
    .into_any()
}

/// Hidden field naming the breach a form is about.
fn breach_field(reference: &str) -> impl IntoView {
    view! { <input type="hidden" name="breach" value=reference.to_owned()/> }
}

#[component]
fn BreachView(detail: BreachDetail, flash: Flash) -> impl IntoView {
    let locale = use_locale();
    let BreachDetail { summary, record, authority_reference, delay_reason, updates, people: concerned } = detail;
    let reference = summary.reference.clone();
    let names = |list: &[String], prefix: &str| locale.list_of(prefix, list);
    let rows: Vec<(&str, String)> = vec![
        ("breach-reference", reference.clone()),
        ("breach-discovered-at", locale.moment(record.discovered_at)),
        ("breach-aware-at", locale.moment(record.aware_at)),
        (
            "breach-processor-reported-at",
            record.processor_reported_at.map(|m| locale.moment(m)).unwrap_or_else(|| t("breach-not-given")),
        ),
        ("breach-nature", t(&format!("breach-nature-{}", record.nature.key()))),
        ("breach-description", record.description.clone()),
        ("breach-categories", names(&record.categories, "category")),
        ("breach-approx-people", locale.number(record.approx_people)),
        ("breach-approx-records", locale.number(record.approx_records)),
        ("breach-consequences", names(&record.consequences, "breach-consequence")),
        ("breach-measures", names(&record.measures, "breach-measure")),
        ("breach-advice", names(&record.advice, "breach-advice")),
        ("breach-risk", t(&format!("breach-risk-{}", record.risk.key()))),
        ("breach-risk-reasoning", record.risk_reasoning.clone()),
    ];
    let told = matches!(summary.clock, AuthorityClock::Told { .. });
    let people = locale.text_with(
        "breach-people-count",
        &[("people", Arg::Number(summary.people)), ("notified", Arg::Number(summary.notified))],
    );
    let waiting = summary.people - summary.notified;
    view! {
        <ErrorSummary errors=flash.errors.clone()/>
        <p><span class=clock_class(summary.clock)>{clock_text(locale, summary.clock)}</span></p>
        <dl class="facts">
            {rows.into_iter().map(|(label, value)| view! { <dt>{t(label)}</dt> <dd>{value}</dd> }).collect_view()}
            {authority_reference.map(|r| view! { <dt>{t("breach-authority-reference")}</dt> <dd><bdi>{r}</bdi></dd> })}
            {delay_reason.map(|r| view! { <dt>{t("breach-delay-reason")}</dt> <dd>{r}</dd> })}
        </dl>
        {(!told).then(|| view! {
            <h2>{t("breach-tell-heading")}</h2>
            <form method="post" action={<TellAuthority as ServerFn>::url()} novalidate>
                <CsrfField/>
                {breach_field(&reference)}
                <TextField name="told_at" label="breach-told-at" hint="breach-moment-hint" flash=flash.clone() input_type="datetime-local"/>
                <TextField name="authority_reference" label="breach-authority-reference" flash=flash.clone()/>
                <TextArea name="delay_reason" label="breach-delay-reason" hint="breach-delay-reason-hint" flash=flash.clone() max_chars=4000/>
                <button type="submit" class="button">{t("breach-tell")}</button>
            </form>
        })}
        <h2>{t("breach-updates-heading")}</h2>
        {(!updates.is_empty()).then(|| view! {
            <ul>{updates.into_iter().map(|u| view! { <li><span class="small">{locale.moment(u.at)}</span> " " {u.text}</li> }).collect_view()}</ul>
        })}
        <form method="post" action={<AddBreachUpdate as ServerFn>::url()} novalidate>
            <CsrfField/>
            {breach_field(&reference)}
            <TextArea name="update" label="breach-update" hint="breach-update-hint" flash=flash.clone() max_chars=4000/>
            <button type="submit" class="button secondary">{t("breach-add-update")}</button>
        </form>
        <h2>{t("breach-people-heading")}</h2>
        <p>{people}</p>
        {(!concerned.is_empty()).then(|| view! {
            <div class="table-scroll" role="region" aria-label=t("breach-people-list") tabindex="0">
                <table class="figures breach-people">
                    <caption>{t("breach-people-list")}</caption>
                    <thead><tr>
                        <th scope="col">{t("breach-person-reference")}</th>
                        <th scope="col">{t("breach-person-notified")}</th>
                    </tr></thead>
                    <tbody>
                        {concerned.into_iter().map(|(case, at)| view! {
                            <tr>
                                <th scope="row"><bdi>{case}</bdi></th>
                                <td>{at.map_or_else(|| t("breach-person-not-notified"), |at| locale.moment(at))}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        })}
        <form method="post" action={<AddBreachPeople as ServerFn>::url()} novalidate>
            <CsrfField/>
            {breach_field(&reference)}
            <TextArea name="people" label="breach-people" hint="breach-people-hint" flash=flash.clone() max_chars=100_000/>
            <button type="submit" class="button secondary">{t("breach-add-people")}</button>
        </form>
        {(waiting > 0).then(|| view! {
            <form method="post" action={<NotifyBreachPeople as ServerFn>::url()}>
                <CsrfField/>
                {breach_field(&reference)}
                <p>{locale.text_with("breach-notify-explained", &[("people", Arg::Number(waiting))])}</p>
                <button type="submit" class="button">{t("breach-notify")}</button>
            </form>
        })}
    }
}

/// The breaches whose 72-hour clock still runs, most urgent first, for the top of the DPO's queue; nothing when
/// there are none.
pub(crate) async fn running_clocks(services: &crate::Services, staff: crate::staff::StaffId) -> Option<AnyView> {
    let locale = use_locale();
    let mut running: Vec<BreachSummary> = services
        .breaches
        .breaches(staff)
        .await
        .ok()?
        .into_iter()
        .filter(|b| matches!(b.clock, AuthorityClock::Running { .. }))
        .collect();
    running.sort_by_key(|b| match b.clock {
        AuthorityClock::Running { hours_left, .. } => hours_left,
        AuthorityClock::Told { .. } => i64::MAX,
    });
    (!running.is_empty()).then(|| {
        view! {
            <section class="notice breach-clocks" aria-labelledby="breach-clocks-heading">
                <h2 id="breach-clocks-heading">{t("breach-clocks-heading")}</h2>
                <ul>
                    {running.into_iter().map(|b| view! {
                        <li>
                            <a href=breach_path(&b.reference)><bdi>{b.reference.clone()}</bdi></a> " "
                            <span class=clock_class(b.clock)>{clock_text(locale, b.clock)}</span>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        }
        .into_any()
    })
}
