//! One request as staff see it: the person's name and reference, only the fields the request concerns, other
//! categories behind a stated reason, the history, and the actions the viewer may take now.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

use super::{staff_or_sign_in, CASE_FORM};
use crate::actions::{case_action_url, OpenCategory};
use crate::components::{error_view, CsrfField, ErrorSummary, Layout, Notice, TextArea};
use crate::env::{session_keys, Flash};
use crate::i18n::{Arg, Locale};
use crate::pages::requests::{valid_reference, Messages, Timeline, Upstream};
use crate::rights::{Outcome, MAX_TEXT_CHARS};
use crate::staff::{CaseCategory, CaseField, CaseView, Urgency, ACCESS_REASONS, DECISION_REASONS, EXTENSION_REASONS};
use crate::{local_day, local_deadline, local_moment, services_or_error, t, use_env, use_flash};

/// Categories opened in this session for `reference`.
async fn opened_categories(reference: &str) -> Vec<String> {
    let Ok(session) = leptos_axum::extract::<tower_sessions::Session>().await else { return Vec::new() };
    let opened: Option<std::collections::BTreeMap<String, Vec<String>>> =
        session.get(session_keys::STAFF_OPENED).await.ok().flatten();
    opened.and_then(|mut map| map.remove(reference)).unwrap_or_default()
}

#[component]
pub fn CasePage() -> impl IntoView {
    let Some(staff) = staff_or_sign_in() else { return ().into_any() };
    let reference = use_params_map().with_untracked(|p| p.get("reference")).unwrap_or_default();
    if !valid_reference(&reference) {
        return view! { <crate::pages::NotFoundPage/> }.into_any();
    }
    let notice = use_env().flash.and_then(|f| f.notice);
    let services = services_or_error();
    let content = Suspend::new(async move {
        let opened = opened_categories(&reference).await;
        match async { services?.desk.case(staff.id, &reference, &opened).await }.await {
            Ok(case) => view! { <CaseDetail case=case/> }.into_any(),
            Err(error) => error_view(error),
        }
    });
    view! {
        <Layout title="case-title">
            {notice.map(|id| view! { <Notice id=id/> })}
            <Suspense fallback=|| ()>{content}</Suspense>
            <p><a href="/staff">{t("case-back")}</a></p>
        </Layout>
    }
    .into_any()
}

#[component]
fn CaseDetail(case: CaseView) -> impl IntoView {
    let flash = use_flash(CASE_FORM);
    let errors = flash.as_ref().map(|f| f.errors.clone()).unwrap_or_default();
    let urgency = match case.urgency {
        Urgency::Overdue => Some("queue-overdue"),
        Urgency::DueSoon => Some("queue-due-soon"),
        Urgency::OnTime => None,
    };
    let language = Locale::from_code(&case.locale).map_or(case.locale.clone(), |l| l.native_name().to_owned());
    view! {
        <ErrorSummary errors=errors/>
        <dl class="facts">
            <dt>{t("request-reference")}</dt><dd><bdi>{case.reference.clone()}</bdi></dd>
            <dt>{t("case-person")}</dt>
            <dd>{case.person_name.clone().unwrap_or_else(|| t("case-anonymous"))}</dd>
            {case.case_reference.clone().map(|r| view! { <dt>{t("case-case-reference")}</dt><dd><bdi>{r}</bdi></dd> })}
            {case.helper.clone().map(|(helper, organisation)| {
                let person = case.person_name.clone().unwrap_or_default();
                let submitted = crate::use_locale().text_with("case-submitted-by-helper", &[
                    ("helper", Arg::Text(&helper)),
                    ("organisation", Arg::Text(&organisation)),
                    ("person", Arg::Text(&person)),
                ]);
                view! { <dt>{t("case-submitted-by")}</dt><dd class="via-helper">{submitted}</dd> }
            })}
            <dt>{t("request-kind")}</dt><dd>{t(&format!("kind-{}", case.kind.key()))}</dd>
            <dt>{t("request-status")}</dt>
            <dd class=format!("status status-{}", case.status.key())>
                {t(&format!("staff-status-{}", case.status.key()))}
                {case.awaiting_approval.then(|| view! { " · " {t("case-awaiting-approval")} })}
            </dd>
            <dt>{t("queue-language")}</dt><dd>{language}</dd>
            <dt>{t("request-received")}</dt><dd><bdi>{local_day(case.received_on)}</bdi></dd>
            <dt>{t("request-due")}</dt>
            <dd>
                <bdi>{local_deadline(case.extended_due_on.unwrap_or(case.due_on))}</bdi>
                {urgency.map(|u| view! { " " <span class="badge urgent">{t(u)}</span> })}
            </dd>
            {case.extension_reason.clone().map(|reason| view! {
                <dt>{t("case-extended-because")}</dt><dd>{t(&format!("extension-reason-{reason}"))}</dd>
            })}
            <dt>{t("case-assignee")}</dt><dd>{case.assignee.clone().unwrap_or_else(|| t("case-unassigned"))}</dd>
        </dl>
        {case.explanation.clone().map(|text| view! {
            <h2>{t("case-explanation")}</h2>
            <p class="prewrap"><bdi>{text}</bdi></p>
        })}
        <h2>{t("case-concerned")}</h2>
        {if case.concerned.is_empty() {
            view! { <p class="small">{t("case-concerned-none")}</p> }.into_any()
        } else {
            view! { <FieldList fields=case.concerned.clone()/> }.into_any()
        }}
        {(!case.attachments.is_empty()).then(|| view! {
            <h2>{t("request-documents")}</h2>
            <ul>
                {case.attachments.iter().map(|a| view! {
                    <li><a href=format!("/staff/requests/{}/files/{}", case.reference, a.id)>{t("request-document")} " " {a.id}</a>
                    " · " <bdi>{local_moment(a.uploaded_at)}</bdi></li>
                }).collect_view()}
            </ul>
        })}
        <h2>{t("case-record")}</h2>
        <p class="small">{t("case-record-intro")}</p>
        {case.categories.iter().cloned().map(|category| view! { <CategoryBlock reference=case.reference.clone() category=category/> }).collect_view()}
        <Decision case=case.clone()/>
        <Upstream changes=case.upstream.clone() for_staff=true/>
        <Actions case=case.clone() flash=flash.unwrap_or_default()/>
        <Timeline entries=case.timeline.clone()/>
        <Messages messages=case.messages.clone()/>
    }
}

#[component]
fn FieldList(fields: Vec<CaseField>) -> impl IntoView {
    view! {
        <ul class="fields">
            {fields.into_iter().map(|f| view! {
                <li class="field-card">
                    <p class="small">{t(&format!("field-{}", f.key))}</p>
                    <p class="value"><bdi>{f.value.unwrap_or_else(|| t("case-erased"))}</bdi></p>
                    {f.proposed_value.map(|v| view! { <p>{t("case-proposed-value")} " " <strong><bdi>{v}</bdi></strong></p> })}
                    {f.restricted.then(|| view! { <p class="small">{t("case-restricted")}</p> })}
                </li>
            }).collect_view()}
        </ul>
    }
}

#[component]
fn CategoryBlock(reference: String, category: CaseCategory) -> impl IntoView {
    let id = format!("category-{}", category.key);
    let select_id = format!("reason-{}", category.key);
    view! {
        <section class="category" class:sensitive=category.sensitive id=id>
            <h3>
                {t(&format!("category-{}", category.key))}
                {category.sensitive.then(|| view! { " " <span class="badge">{t("my-data-sensitive")}</span> })}
            </h3>
            {match category.fields {
                Some(fields) => view! { <FieldList fields=fields/> }.into_any(),
                None => view! {
                    <form method="post" action={<OpenCategory as ServerFn>::url()} class="inline-form">
                        <CsrfField/>
                        <input type="hidden" name="reference" value=reference/>
                        <input type="hidden" name="category" value=category.key.clone()/>
                        <label for=select_id.clone()>{t("case-open-reason")}</label>
                        <select id=select_id name="reason" required>
                            <option value="">{t("case-choose")}</option>
                            {ACCESS_REASONS.iter().map(|r| view! { <option value=*r>{t(&format!("access-reason-{r}"))}</option> }).collect_view()}
                        </select>
                        <button type="submit" class="button secondary">{t("case-open")}</button>
                    </form>
                }
                .into_any(),
            }}
        </section>
    }
}

#[component]
fn Decision(case: CaseView) -> impl IntoView {
    case.outcome.map(|outcome| {
        view! {
            <h2>{if case.awaiting_approval { t("case-proposal") } else { t("request-decision") }}</h2>
            <p class="status">{t(&format!("outcome-{}", outcome.key()))}</p>
            <ul>{case.reasons.iter().map(|r| view! { <li>{t(&format!("reason-{r}"))}</li> }).collect_view()}</ul>
            {case.decision_note.clone().map(|n| view! { <p class="prewrap"><bdi>{n}</bdi></p> })}
        }
    })
}

/// A form posting one action on the request.
#[component]
fn ActionForm(reference: String, action: &'static str, children: Children) -> impl IntoView {
    view! {
        <form method="post" action=case_action_url(action) class="action-form" id=format!("action-{action}")>
            <CsrfField/>
            <input type="hidden" name="reference" value=reference/>
            {children()}
        </form>
    }
}

/// A template picker for messages.
fn template_select(id: &'static str, templates: &[String], chosen: Option<&str>) -> AnyView {
    view! {
        <div class="field">
            <label for=id>{t("case-template")}</label>
            <select id=id name="template" required>
                {templates.iter().map(|key| view! {
                    <option value=key.clone() selected=chosen == Some(key.as_str())>{t(&format!("template-{key}-name"))}</option>
                }).collect_view()}
            </select>
        </div>
    }
    .into_any()
}

#[component]
fn Actions(case: CaseView, flash: Flash) -> impl IntoView {
    let reference = case.reference.clone();
    let chosen = flash.values.get("template").cloned();
    let typed_action = flash.values.get("action").cloned().unwrap_or_default();
    let note_flash = |action: &str| if typed_action == action { flash.clone() } else { Flash::default() };
    let reopen = |action: &str| typed_action == action;
    let may = case.may;
    let (message_template, ask_template) = (
        template_select("message-template", &case.templates, chosen.as_deref()),
        template_select("ask-template", &case.templates, chosen.as_deref()),
    );
    let (message_note, ask_note, decide_note) =
        (note_flash("message"), note_flash("ask-information"), note_flash("decide"));
    let helper = case.helper.clone().filter(|_| case.helper_reachable);
    let to_helper = flash.values.get("recipient").is_some_and(|r| r == "helper");
    let message = may.message.then(|| view! {
        <details class="action" open=reopen("message")>
            <summary>{t("case-message")}</summary>
            <ActionForm reference=reference.clone() action="message">
                {helper.map(|(name, organisation)| view! {
                    <fieldset class="choices">
                        <legend>{t("case-message-to")}</legend>
                        <label class="choice"><input type="radio" name="recipient" value="person" checked=!to_helper/> <span>{t("case-message-to-person")}</span></label>
                        <label class="choice"><input type="radio" name="recipient" value="helper" checked=to_helper/> <span><bdi>{name}</bdi> " · " <bdi>{organisation}</bdi></span></label>
                    </fieldset>
                })}
                {message_template}
                <TextArea name="note" label="case-note" hint="case-note-hint" flash=message_note max_chars=MAX_TEXT_CHARS/>
                <button type="submit" class="button">{t("case-send")}</button>
            </ActionForm>
        </details>
    });
    let ask = may.ask_information.then(|| view! {
        <details class="action" open=reopen("ask-information")>
            <summary>{t("case-ask-information")}</summary>
            <ActionForm reference=reference.clone() action="ask-information">
                {ask_template}
                <TextArea name="note" label="case-note" hint="case-note-hint" flash=ask_note max_chars=MAX_TEXT_CHARS/>
                <label class="choice"><input type="checkbox" name="identity" value="1"/> <span>{t("case-identity")}</span></label>
                <button type="submit" class="button">{t("case-send")}</button>
            </ActionForm>
        </details>
    });
    let resume = may.resume.then(|| {
        view! {
            <ActionForm reference=reference.clone() action="resume">
                <button type="submit" class="button secondary">{t("case-resume")}</button>
            </ActionForm>
        }
    });
    let extend = may.extend.then(|| view! {
        <details class="action" open=reopen("extend")>
            <summary>{t("case-extend")}</summary>
            <ActionForm reference=reference.clone() action="extend">
                <p class="small">{t("case-extend-explained")}</p>
                <div class="field">
                    <label for="months">{t("case-extend-months")}</label>
                    <select id="months" name="months">
                        <option value="1">"1"</option>
                        <option value="2">"2"</option>
                    </select>
                </div>
                <div class="field">
                    <label for="extend-reason">{t("case-extend-reason")}</label>
                    <select id="extend-reason" name="reason" required>
                        {EXTENSION_REASONS.iter().map(|r| view! { <option value=*r>{t(&format!("extension-reason-{r}"))}</option> }).collect_view()}
                    </select>
                </div>
                <button type="submit" class="button">{t("case-extend")}</button>
            </ActionForm>
        </details>
    });
    let outcomes: Vec<&str> = Outcome::ALL
        .into_iter()
        .filter(|o| *o != Outcome::PartlyApproved || case.partly_possible)
        .map(Outcome::key)
        .collect();
    let decide = may.decide.then(|| view! {
        <details class="action" open=reopen("decide")>
            <summary>{t("case-decide")}</summary>
            <ActionForm reference=reference.clone() action="decide">
                <fieldset id="outcome">
                    <legend>{t("case-outcome")}</legend>
                    {outcomes.into_iter().map(|o| view! {
                        <label class="choice"><input type="radio" name="outcome" value=o required/> <span>{t(&format!("outcome-{o}"))}</span></label>
                    }).collect_view()}
                </fieldset>
                <fieldset id="reasons">
                    <legend>{t("case-reasons")}</legend>
                    {DECISION_REASONS.iter().enumerate().map(|(i, r)| view! {
                        <label class="choice"><input type="checkbox" name=format!("reasons[{i}]") value=*r/> <span>{t(&format!("reason-{r}"))}</span></label>
                    }).collect_view()}
                </fieldset>
                <TextArea name="note" label="case-decision-note" hint="case-note-hint" flash=decide_note max_chars=MAX_TEXT_CHARS/>
                <p class="small">{t("case-second-person")}</p>
                <button type="submit" class="button">{t("case-decide")}</button>
            </ActionForm>
        </details>
    });
    let colleagues = case.colleagues.clone();
    let reassign = may.reassign.then(|| view! {
        <details class="action" open=reopen("reassign")>
            <summary>{t("case-reassign")}</summary>
            <ActionForm reference=reference.clone() action="reassign">
                <div class="field">
                    <label for="to">{t("case-reassign-to")}</label>
                    <select id="to" name="to">
                        {colleagues.into_iter().map(|(id, name)| view! { <option value=id.to_string()>{name}</option> }).collect_view()}
                    </select>
                </div>
                <button type="submit" class="button secondary">{t("case-reassign")}</button>
            </ActionForm>
        </details>
    });
    let claim = may.claim.then(|| {
        view! {
            <ActionForm reference=reference.clone() action="claim">
                <button type="submit" class="button">{t("case-claim")}</button>
            </ActionForm>
        }
    });
    let (version_approve, version_send_back) = (case.version.to_string(), case.version.to_string());
    let approve = may.approve.then(|| {
        view! {
            <div class="approval">
                <p>{t("case-approve-explained")}</p>
                <ActionForm reference=reference.clone() action="approve">
                    <input type="hidden" name="version" value=version_approve/>
                    <button type="submit" class="button">{t("case-approve")}</button>
                </ActionForm>
                <ActionForm reference=reference.clone() action="send-back">
                    <input type="hidden" name="version" value=version_send_back/>
                    <button type="submit" class="button secondary">{t("case-send-back")}</button>
                </ActionForm>
            </div>
        }
    });
    let nothing = (!may.any()).then(|| view! { <p class="small">{t("case-no-actions")}</p> });
    view! {
        <h2>{t("case-actions")}</h2>
        {nothing}
        {claim}
        {approve}
        {message}
        {ask}
        {resume}
        {extend}
        {decide}
        {reassign}
    }
}
