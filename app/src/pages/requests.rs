//! The rights pages: ask for a field to be corrected, deleted or no longer used (or for everything to be
//! deleted), the list of the person's requests, one request with its timeline and messages, and withdrawing.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::actions::{AddInformation, FileRequest, WithdrawRequest};
use crate::components::error_view;
use crate::components::{CsrfField, ErrorSummary, Layout, Notice, TextArea, TextField};
use crate::contract::{Acting, HeldField, PersonId};
use crate::env::{Flash, Viewer};
use crate::errors::PortalError;
use crate::i18n::Arg;
use crate::rights::{
    Actor, Recipient, RequestDetail, RequestMessage, RequestSummary, TimelineEntry, UpstreamChange, UpstreamState,
    MAX_TEXT_CHARS,
};
use crate::{local_day, local_deadline, local_moment, services_or_error, t, use_env, use_flash};

/// Form names, to match a flash to its form.
pub const REQUEST_FORM: &str = "request";
pub const INFORMATION_FORM: &str = "request-information";

/// The page of one request.
pub fn request_path(reference: &str) -> String {
    format!("/requests/{reference}")
}

/// Request references are `R-XXXX-XXXX`; anything else is refused before it reaches a URL or a query.
pub fn valid_reference(reference: &str) -> bool {
    (1..=20).contains(&reference.len())
        && reference.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
}

/// The page a request form lives on, from the form's name and field.
pub fn request_form_path(form: &str, field: Option<i64>) -> Option<String> {
    match (form, field) {
        ("correct" | "erase" | "restrict", Some(id)) => Some(format!("/my-data/fields/{id}/{form}")),
        ("erase-all", None) => Some("/my-data/erase".to_owned()),
        _ => None,
    }
}

/// Who acts on this page: the signed-in person, or a helper acting for someone under an active mandate.
/// Otherwise a redirect: a helper (whose mandate may just have ended) back to their list, anyone else to sign in.
pub(crate) fn acting_or_sign_in() -> Option<Acting> {
    let env = use_env();
    match env.acting() {
        Some(who) => Some(who),
        None => {
            crate::redirect_to(if env.helper.is_some() { "/helper" } else { "/sign-in" });
            None
        }
    }
}

/// The signed-in person, or a redirect to sign in: for what only the person may do (never a helper).
pub(crate) fn person_or_sign_in() -> Option<PersonId> {
    match use_env().viewer() {
        Viewer::Person(person) => Some(person),
        Viewer::Anonymous => {
            crate::redirect_to("/sign-in");
            None
        }
    }
}

/// `/my-data/fields/:id/:action` — correct, erase or restrict one field.
#[component]
pub fn FieldRequestPage() -> impl IntoView {
    let Some(person) = acting_or_sign_in() else { return ().into_any() };
    let params = use_params_map();
    let action = params.with_untracked(|p| p.get("action")).unwrap_or_default();
    let field_id = params.with_untracked(|p| p.get("id")).and_then(|id| id.parse::<i64>().ok());
    let title = match action.as_str() {
        "correct" => "request-correct-title",
        "erase" => "request-erase-title",
        "restrict" => "request-restrict-title",
        _ => "not-found-title",
    };
    let services = services_or_error();
    let content = Suspend::new(async move {
        let held = match (field_id, services, title) {
            (_, _, "not-found-title") | (None, _, _) => Err(PortalError::NotFound),
            (Some(id), services, _) => async { services?.rights.held_field(person, id).await }.await,
        };
        match held {
            Ok(field) => view! { <FieldRequestForm action=action.clone() field=field/> }.into_any(),
            Err(error) => error_view(error),
        }
    });
    view! { <Layout title=title><Suspense fallback=|| ()>{content}</Suspense></Layout> }.into_any()
}

#[component]
fn FieldRequestForm(action: String, field: HeldField) -> impl IntoView {
    let flash = use_flash(REQUEST_FORM);
    let errors = flash.as_ref().map(|f| f.errors.clone()).unwrap_or_default();
    let label = t(&format!("field-{}", field.key));
    let chosen_kind = flash.as_ref().and_then(|f| f.values.get("kind").cloned()).unwrap_or_default();
    let fields = match action.as_str() {
        "correct" => view! {
            <input type="hidden" name="kind" value="correction"/>
            <TextField
                name="proposed_value"
                label="request-proposed-value"
                hint="request-proposed-value-hint"
                flash=flash.clone().unwrap_or_default()
                initial=field.value.clone()
            />
        }
        .into_any(),
        "erase" => view! {
            <input type="hidden" name="kind" value="erasure"/>
            <p>{t("request-erase-explained")}</p>
        }
        .into_any(),
        _ => view! { <KindChoice chosen=chosen_kind/> }.into_any(),
    };
    view! {
        <ErrorSummary errors=errors/>
        <div class="field-card">
            <h2>{label}</h2>
            <p class="value"><bdi>{field.value.clone()}</bdi></p>
        </div>
        <form id="request-form" method="post" action=file_request_action() enctype="multipart/form-data" novalidate>
            <input type="hidden" name="form" value=action.clone()/>
            <input type="hidden" name="field" value=field.id.to_string()/>
            {fields}
            <TextArea
                name="explanation"
                label="request-explanation"
                hint="request-explanation-hint"
                flash=flash.clone().unwrap_or_default()
                max_chars=MAX_TEXT_CHARS
            />
            <EvidenceField flash=flash.unwrap_or_default()/>
            <p class="small">{t("request-deadline-explained")}</p>
            <button type="submit" class="button">{t("request-send")}</button>
        </form>
        <p><a href="/my-data">{t("request-cancel")}</a></p>
    }
}

/// Where a form that can carry a file posts: multipart, so the CSRF token travels in the query string.
fn upload_action(url: &str) -> String {
    format!("{url}?{}={}", crate::env::CSRF_FIELD, use_env().csrf_token)
}

fn file_request_action() -> String {
    upload_action(<FileRequest as ServerFn>::url())
}

/// An optional document: PDF, JPEG or PNG, up to 5 MB.
#[component]
fn EvidenceField(flash: Flash) -> impl IntoView {
    let error = flash.errors.iter().find(|e| e.field == "evidence").cloned();
    let has_error = error.is_some();
    view! {
        <div class="field" class:has-error=has_error>
            <label for="evidence">{t("request-evidence")}</label>
            <p class="hint" id="evidence-hint">{t("request-evidence-hint")}</p>
            {error.map(|e| view! { <p class="error" id="evidence-error">{t(e.code.as_str())}</p> })}
            <input id="evidence" name="evidence" type="file" accept="application/pdf,image/jpeg,image/png" aria-describedby="evidence-hint"/>
        </div>
    }
}

/// Restriction or objection: two ways to ask that data no longer be used.
#[component]
fn KindChoice(chosen: String) -> impl IntoView {
    let flash_error =
        use_env().flash_for(REQUEST_FORM).and_then(|f| f.errors.iter().find(|e| e.field == "kind").cloned());
    let has_error = flash_error.is_some();
    view! {
        <fieldset id="kind" class="choices" class:has-error=has_error>
            <legend>{t("request-restrict-choose")}</legend>
            {flash_error.map(|e| view! { <p class="error">{t(e.code.as_str())}</p> })}
            {["restriction", "objection"].into_iter().map(|kind| view! {
                <label class="choice">
                    <input type="radio" name="kind" value=kind checked=chosen == kind/>
                    <span>
                        <strong>{t(&format!("kind-{kind}"))}</strong>
                        <span class="hint">{t(&format!("request-{kind}-explained"))}</span>
                    </span>
                </label>
            }).collect_view()}
        </fieldset>
    }
}

/// `/my-data/erase` — ask for everything to be deleted.
#[component]
pub fn EraseAllPage() -> impl IntoView {
    if acting_or_sign_in().is_none() {
        return ().into_any();
    }
    let flash = use_flash(REQUEST_FORM);
    let errors = flash.as_ref().map(|f| f.errors.clone()).unwrap_or_default();
    view! {
        <Layout title="request-erase-all-title">
            <ErrorSummary errors=errors/>
            <p>{t("request-erase-all-explained")}</p>
            <form id="request-form" method="post" action=file_request_action() enctype="multipart/form-data" novalidate>
                <input type="hidden" name="form" value="erase-all"/>
                <input type="hidden" name="kind" value="erasure"/>
                <TextArea
                    name="explanation"
                    label="request-explanation"
                    hint="request-explanation-hint"
                    flash=flash.unwrap_or_default()
                    max_chars=MAX_TEXT_CHARS
                />
                <p class="small">{t("request-deadline-explained")}</p>
                <button type="submit" class="button">{t("request-send")}</button>
            </form>
            <p><a href="/my-data">{t("request-cancel")}</a></p>
        </Layout>
    }
    .into_any()
}

/// The label of the fields a request concerns ("Family name", or "All my data").
fn concerns(summary: &RequestSummary) -> String {
    if summary.field_keys.is_empty() {
        t("request-whole-record")
    } else {
        summary.field_keys.iter().map(|k| t(&format!("field-{k}"))).collect::<Vec<_>>().join(", ")
    }
}

/// Status, dates and what a request is about.
#[component]
pub(crate) fn RequestFacts(summary: RequestSummary) -> impl IntoView {
    view! {
        <dl class="facts">
            <dt>{t("request-reference")}</dt>
            <dd><bdi class="reference-code">{summary.reference.clone()}</bdi></dd>
            <dt>{t("request-kind")}</dt>
            <dd>{t(&format!("kind-{}", summary.kind.key()))}</dd>
            <dt>{t("request-about")}</dt>
            <dd>{concerns(&summary)}</dd>
            <dt>{t("request-status")}</dt>
            <dd><span class=format!("status status-{}", summary.status.key())>{t(&format!("status-{}", summary.status.key()))}</span></dd>
            <dt>{t("request-received")}</dt>
            <dd><bdi>{local_day(summary.received_on)}</bdi></dd>
            <dt>{t("request-due")}</dt>
            <dd>
                {match summary.extended_due_on {
                    Some(day) => view! { <s><bdi>{local_deadline(summary.due_on)}</bdi></s> " " <bdi>{local_deadline(day)}</bdi> }.into_any(),
                    None => view! { <bdi>{local_deadline(summary.due_on)}</bdi> }.into_any(),
                }}
            </dd>
        </dl>
    }
}

/// `/requests` — every request of the person, newest first.
#[component]
pub fn RequestsPage() -> impl IntoView {
    let Some(person) = acting_or_sign_in() else { return ().into_any() };
    let services = services_or_error();
    let content = Suspend::new(async move {
        let list = async { services?.rights.requests(person).await }.await;
        match list {
            Ok(list) if list.is_empty() => view! { <p>{t("requests-none")}</p> }.into_any(),
            Ok(list) => view! {
                <ul class="requests">
                    {list.into_iter().map(|summary| {
                        let href = request_path(&summary.reference);
                        view! {
                            <li class="request-card">
                                <h2><a href=href>{t(&format!("kind-{}", summary.kind.key()))}</a></h2>
                                <RequestFacts summary=summary/>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
            .into_any(),
            Err(error) => error_view(error),
        }
    });
    view! {
        <Layout title="requests-title">
            <p>{t("requests-intro")}</p>
            <Suspense fallback=|| ()>{content}</Suspense>
        </Layout>
    }
    .into_any()
}

pub(crate) fn actor_label(actor: &Actor) -> String {
    match actor {
        // A helper acting for someone reads the person's own acts under the person's name.
        Actor::You => match use_env().acting_for.filter(|_| use_env().helper_acting()) {
            Some(acting) => acting.name,
            None => t("actor-you"),
        },
        Actor::Staff { role, office } => format!("{} · {office}", t(&format!("role-{}", role.key()))),
        // "submitted by <helper> of <organisation> on behalf of <person>": the person reads "on your behalf",
        // a helper acting for them reads the person's name.
        Actor::Helper { name, organisation } => {
            let env = use_env();
            let args = [("helper", Arg::Text(name)), ("organisation", Arg::Text(organisation))];
            match env.acting_for.as_ref().filter(|_| env.helper_acting()) {
                Some(acting) => {
                    let mut args = args.to_vec();
                    args.push(("person", Arg::Text(&acting.name)));
                    env.locale.text_with("actor-helper-for", &args)
                }
                None if env.viewer.is_some() => env.locale.text_with("actor-helper-for-you", &args),
                // Staff: the case names the person once, above.
                None => env.locale.text_with("actor-helper", &args),
            }
        }
        Actor::System => t("actor-system"),
        Actor::Source { system, role, office } => use_env().locale.text_with(
            "actor-source",
            &[("role", Arg::Text(role)), ("office", Arg::Text(office)), ("system", Arg::Text(system))],
        ),
    }
}

/// `/requests/:reference` — one request in full.
#[component]
pub fn RequestPage() -> impl IntoView {
    let Some(person) = acting_or_sign_in() else { return ().into_any() };
    let reference = use_params_map().with_untracked(|p| p.get("reference")).unwrap_or_default();
    let query = use_query_map();
    let notice = ["filed", "sent", "withdrawn"]
        .into_iter()
        .find(|key| query.with_untracked(|q| q.get(key).is_some()))
        .map(|key| format!("notice-request-{key}"));
    let services = services_or_error();
    let content = Suspend::new(async move {
        let detail = match valid_reference(&reference) {
            false => Err(PortalError::NotFound),
            true => async { services?.rights.request(person, &reference).await }.await,
        };
        match detail {
            Ok(detail) => view! { <RequestView detail=detail/> }.into_any(),
            Err(error) => error_view(error),
        }
    });
    view! {
        <Layout title="request-title">
            {notice.map(|id| view! { <Notice id=id/> })}
            <Suspense fallback=|| ()>{content}</Suspense>
        </Layout>
    }
    .into_any()
}

#[component]
fn RequestView(detail: RequestDetail) -> impl IntoView {
    let open = detail.summary.status.is_open();
    let reference = detail.summary.reference.clone();
    let flash = use_flash(INFORMATION_FORM);
    let errors = flash.as_ref().map(|f| f.errors.clone()).unwrap_or_default();
    view! {
        <ErrorSummary errors=errors/>
        <RequestFacts summary=detail.summary.clone()/>
        {detail.extension_reason.clone().map(|reason| view! {
            <p class="notice"><strong>{t("request-extended")}</strong> " " {t(&format!("extension-reason-{reason}"))}</p>
        })}
        {detail.proposed_value.clone().map(|value| view! {
            <h2>{t("request-proposed-value")}</h2>
            <p class="value"><bdi>{value}</bdi></p>
        })}
        {detail.explanation.clone().map(|text| view! {
            <h2>{t("request-explanation")}</h2>
            <p class="prewrap"><bdi>{text}</bdi></p>
        })}
        {(!detail.attachments.is_empty()).then(|| view! {
            <h2>{t("request-documents")}</h2>
            <ul class="documents">
                {detail.attachments.iter().map(|a| {
                    let href = format!("{}/files/{}", request_path(&reference), a.id);
                    let kind = if a.content_type == "application/pdf" { "PDF" } else if a.content_type == "image/png" { "PNG" } else { "JPEG" };
                    let size = format!("{} KB", (a.size_bytes + 1023) / 1024);
                    view! { <li><a href=href>{t("request-document")} " " {kind} " · " {size}</a> " · " <bdi>{local_moment(a.uploaded_at)}</bdi></li> }
                }).collect_view()}
            </ul>
        })}
        <RequestHistory detail=detail.clone()/>
        {open.then(|| view! {
            <form id="information-form" method="post" action=upload_action(<AddInformation as ServerFn>::url()) enctype="multipart/form-data" novalidate>
                <input type="hidden" name="reference" value=reference.clone()/>
                <TextArea
                    name="message"
                    label="request-add-information"
                    hint="request-add-information-hint"
                    flash=flash.clone().unwrap_or_default()
                    max_chars=MAX_TEXT_CHARS
                />
                <EvidenceField flash=flash.clone().unwrap_or_default()/>
                <button type="submit" class="button">{t("request-send-information")}</button>
            </form>
            <p><a class="danger-link" href=format!("{}/withdraw", request_path(&reference))>{t("request-withdraw")}</a></p>
        })}
        <p><a href="/requests">{t("requests-back")}</a></p>
    }
}

/// The decision's reasons, the timeline and the messages of a request.
#[component]
pub(crate) fn RequestHistory(detail: RequestDetail) -> impl IntoView {
    view! {
        {detail.decision_outcome.map(|outcome| view! {
            <h2>{t("request-decision")}</h2>
            <p class="status">{t(&format!("outcome-{}", outcome.key()))}</p>
            <ul>{detail.decision_reasons.iter().map(|code| view! { <li>{t(&format!("reason-{code}"))}</li> }).collect_view()}</ul>
            {detail.decision_note.clone().map(|note| view! { <p class="prewrap"><bdi>{note}</bdi></p> })}
        })}
        <Upstream changes=detail.upstream for_staff=false/>
        <Timeline entries=detail.timeline/>
        <Messages messages=detail.messages/>
    }
}

/// Where the authority's own systems stand with the change a decision asked of them. Staff read each system's
/// answer, with its reason when it refused; the person reads "done" with the day, or "not yet" (a refusal is for
/// staff to resolve, in the system's own words, which are not the person's language).
#[component]
pub(crate) fn Upstream(changes: Vec<UpstreamChange>, for_staff: bool) -> impl IntoView {
    let locale = use_env().locale;
    (!changes.is_empty()).then(|| {
        let lines = changes
            .into_iter()
            .map(|change| {
                let system = ("system", Arg::Text(&change.system));
                let on = match &change.state {
                    UpstreamState::Applied { on } | UpstreamState::Rejected { on, .. } => locale.day(*on),
                    UpstreamState::Waiting => String::new(),
                };
                let (class, id, args) = match (&change.state, for_staff) {
                    (UpstreamState::Applied { .. }, staff) => {
                        let id = if staff { "case-upstream-applied" } else { "request-upstream-done" };
                        ("applied", id, vec![system, ("date", Arg::Text(&on))])
                    }
                    (UpstreamState::Rejected { reason, .. }, true) => (
                        "rejected",
                        "case-upstream-rejected",
                        vec![system, ("date", Arg::Text(&on)), ("reason", Arg::Text(reason))],
                    ),
                    (UpstreamState::Waiting, true) => ("waiting", "case-upstream-waiting", vec![system]),
                    (_, false) => ("waiting", "request-upstream-waiting", vec![system]),
                };
                view! { <li class=class>{locale.text_with(id, &args)}</li> }
            })
            .collect_view();
        view! {
            <h2>{t(if for_staff { "case-upstream" } else { "request-upstream" })}</h2>
            <ul class="upstream">{lines}</ul>
        }
    })
}

/// What happened to a request, and who did it.
#[component]
pub(crate) fn Timeline(entries: Vec<TimelineEntry>) -> impl IntoView {
    view! {
        <h2>{t("request-timeline")}</h2>
        <ol class="timeline">
            {entries.iter().map(|entry| view! {
                <li>
                    <bdi class="when">{local_moment(entry.at)}</bdi>
                    " " <span>{t(&format!("timeline-{}", entry.event))}</span>
                    " · " <span class="who">{actor_label(&entry.by)}</span>
                </li>
            }).collect_view()}
        </ol>
    }
}

/// The messages on a request.
#[component]
pub(crate) fn Messages(messages: Vec<RequestMessage>) -> impl IntoView {
    view! {
        <h2>{t("request-messages")}</h2>
        {if messages.is_empty() {
            view! { <p>{t("request-no-messages")}</p> }.into_any()
        } else {
            view! {
                <ul class="messages">
                    {messages.iter().map(|m| view! {
                        <li class="message">
                            <p class="small">
                                <span class="who">{actor_label(&m.by)}</span> " · " <bdi>{local_moment(m.at)}</bdi>
                                {(m.to == Recipient::Helper).then(|| view! { " · " <span class="to-helper">{t("message-to-helper")}</span> })}
                            </p>
                            <p class="prewrap"><bdi>{m.text.clone()}</bdi></p>
                        </li>
                    }).collect_view()}
                </ul>
            }
            .into_any()
        }}
    }
}

/// `/requests/:reference/withdraw` — confirm before withdrawing.
#[component]
pub fn WithdrawPage() -> impl IntoView {
    if acting_or_sign_in().is_none() {
        return ().into_any();
    }
    let reference = use_params_map().with_untracked(|p| p.get("reference")).unwrap_or_default();
    if !valid_reference(&reference) {
        return view! { <crate::pages::NotFoundPage/> }.into_any();
    }
    view! {
        <Layout title="withdraw-title">
            <p>{t("withdraw-explained")}</p>
            <form method="post" action={<WithdrawRequest as ServerFn>::url()}>
                <CsrfField/>
                <input type="hidden" name="reference" value=reference.clone()/>
                <button type="submit" class="button danger">{t("withdraw-confirm")}</button>
            </form>
            <p><a href=request_path(&reference)>{t("withdraw-cancel")}</a></p>
        </Layout>
    }
    .into_any()
}
