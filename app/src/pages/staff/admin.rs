//! The administration screen: staff accounts, teams, the ordered routing rules, the message templates, the
//! purpose register, the helpers' organisations and the source systems. Plain forms, each posting one change.

use leptos::prelude::*;

use super::source_systems::{ShownOnceBox, SourceSystems};
use super::staff_or_sign_in;
use crate::actions::admin_form_url;
use crate::components::{error_view, CsrfField, ErrorSummary, Layout, Notice, TextField};
use crate::contract::Category;
use crate::env::Flash;
use crate::i18n::{Locale, TranslationStatus};
use crate::rights::RequestKind;
use crate::staff::{
    team_label, AdminOverview, OrganisationEntry, PurposeEntry, Role, RoutingRuleView, ShownOnce, StaffAccount,
    TeamEntry, TemplateEntry, LEGAL_BASES, ORGANISATION_KINDS, RECIPIENTS,
};
use crate::{services_or_error, t, use_env, use_flash, use_locale};

/// The flash of the administration forms.
pub const ADMIN_FORM: &str = "admin";

#[component]
pub fn AdminPage() -> impl IntoView {
    let Some(staff) = staff_or_sign_in() else { return ().into_any() };
    let notice = use_env().flash.and_then(|f| f.notice);
    let services = services_or_error();
    let content = Suspend::new(async move {
        let shown = shown_once().await;
        match async { services?.admin.overview(staff.id).await }.await {
            Ok(overview) => view! {
                {shown.map(|shown| view! { <ShownOnceBox shown=shown/> })}
                <Administration overview=overview/>
            }
            .into_any(),
            Err(error) => error_view(error),
        }
    });
    view! {
        <Layout title="admin-title">
            {notice.map(|id| view! { <Notice id=id/> })}
            <Suspense fallback=|| ()>{content}</Suspense>
        </Layout>
    }
    .into_any()
}

/// The secret made by the last post, taken out of the session so that it is shown this once.
async fn shown_once() -> Option<ShownOnce> {
    let session = leptos_axum::extract::<tower_sessions::Session>().await.ok()?;
    session.remove(crate::env::session_keys::ADMIN_SHOWN_ONCE).await.ok().flatten()
}

fn team_name(teams: &[TeamEntry], id: i64) -> String {
    teams
        .iter()
        .find(|t| t.id == id)
        .map_or_else(|| id.to_string(), |t| team_label(use_locale(), &t.key, t.name.as_deref()))
}

/// A form posting one administration change.
#[component]
pub(super) fn AdminForm(
    action: &'static str,
    #[prop(optional)] class: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        <form method="post" action=admin_form_url(action) class=class>
            <CsrfField/>
            {children()}
        </form>
    }
}

/// A group of choices with its legend and error (the error summary links to it by `name`).
pub(crate) fn choice_group(name: &'static str, legend: &'static str, flash: &Flash, choices: AnyView) -> impl IntoView {
    let error = flash.errors.iter().find(|e| e.field == name).map(|e| t(e.code.as_str()));
    let has_error = error.is_some();
    view! {
        <fieldset class="field" id=name class:has-error=has_error>
            <legend>{t(legend)}</legend>
            {error.map(|e| view! { <p class="error">{e}</p> })}
            {choices}
        </fieldset>
    }
}

/// Checkboxes for `choices` under a legend, keeping what was ticked (the flash holds them comma-separated); each
/// box's id is `<prefix>-<name>-<value>`.
pub(crate) fn boxes(
    name: &'static str,
    legend: &'static str,
    prefix: &str,
    choices: Vec<(String, String)>,
    flash: &Flash,
) -> impl IntoView {
    let ticked: Vec<String> =
        flash.values.get(name).map(|v| v.split(',').map(str::to_owned).collect()).unwrap_or_default();
    choice_group(name, legend, flash, choice_boxes(name, name, prefix, choices, &ticked))
}

/// Checkboxes named `name[i]` (so that any number can be sent) for `choices` (value, label), those in `checked`
/// ticked; each box's id is `<prefix>-<id_stem>-<value>`, a colon in the value written as a dash.
pub(crate) fn choice_boxes(
    name: &'static str,
    id_stem: &str,
    prefix: &str,
    choices: Vec<(String, String)>,
    checked: &[String],
) -> AnyView {
    choices
        .into_iter()
        .enumerate()
        .map(|(i, (value, label))| {
            let box_id = format!("{prefix}-{id_stem}-{value}").replace(':', "-");
            let label_for = box_id.clone();
            let ticked = checked.contains(&value);
            view! {
                <label class="choice" for=label_for>
                    <input type="checkbox" id=box_id name=format!("{name}[{i}]") value=value checked=ticked/>
                    <span>{label}</span>
                </label>
            }
        })
        .collect_view()
        .into_any()
}

/// Checkboxes for the teams.
fn team_boxes(teams: &[TeamEntry], chosen: &[i64], prefix: &str) -> AnyView {
    let choices = teams
        .iter()
        .map(|team| (team.id.to_string(), team_label(use_locale(), &team.key, team.name.as_deref())))
        .collect();
    let chosen: Vec<String> = chosen.iter().map(i64::to_string).collect();
    choice_boxes("teams", "team", prefix, choices, &chosen)
}

#[component]
fn Administration(overview: AdminOverview) -> impl IntoView {
    let flash = use_flash(ADMIN_FORM).unwrap_or_default();
    let errors = flash.errors.clone();
    let teams = overview.teams.clone();
    let (team_flash, account_flash, template_flash) = (flash.clone(), flash.clone(), flash);
    view! {
        <ErrorSummary errors=errors/>
        <nav class="toc" aria-label=t("admin-sections")>
            <ul>
                <li><a href="#staff">{t("admin-staff")}</a></li>
                <li><a href="#team-list">{t("admin-teams")}</a></li>
                <li><a href="#routing">{t("admin-routing")}</a></li>
                <li><a href="#templates">{t("admin-templates")}</a></li>
                <li><a href="#purposes">{t("admin-purposes")}</a></li>
                <li><a href="#organisations">{t("admin-organisations")}</a></li>
                <li><a href="#source-systems">{t("admin-source-systems")}</a></li>
                <li><a href="#locales">{t("admin-locales")}</a></li>
            </ul>
        </nav>
        <section id="staff">
            <h2>{t("admin-staff")}</h2>
            <ul class="requests">
                {overview.staff.into_iter().map(|account| view! { <AccountCard account=account teams=teams.clone()/> }).collect_view()}
            </ul>
            <NewAccount teams=overview.teams.clone() flash=account_flash/>
        </section>
        <section id="team-list">
            <h2>{t("admin-teams")}</h2>
            <ul>
                {overview.teams.iter().map(|team| view! {
                    <li>{team_label(use_locale(), &team.key, team.name.as_deref())} " " <code>{team.key.clone()}</code>
                        {team.is_default.then(|| view! { " · " {t("admin-default-team")} })}</li>
                }).collect_view()}
            </ul>
            <h3>{t("admin-new-team")}</h3>
            <AdminForm action="create-team">
                <TextField name="team_key" label="admin-team-key" hint="admin-key-hint" flash=team_flash.clone() autocomplete="off"/>
                <TextField name="team_name" label="admin-team-name" flash=team_flash autocomplete="off"/>
                <button type="submit" class="button">{t("admin-add")}</button>
            </AdminForm>
        </section>
        <Routing rules=overview.rules teams=overview.teams.clone()/>
        <Templates templates=overview.templates flash=template_flash.clone()/>
        <Purposes purposes=overview.purposes.clone() flash=template_flash.clone()/>
        <Organisations organisations=overview.organisations flash=template_flash.clone()/>
        <SourceSystems systems=overview.source_systems purposes=overview.purposes flash=template_flash/>
        <Locales/>
    }
}

#[component]
fn AccountCard(account: StaffAccount, teams: Vec<TeamEntry>) -> impl IntoView {
    let status = [
        Some(if account.active { t("admin-active") } else { t("admin-inactive") }),
        Some(if account.enrolled { t("admin-enrolled") } else { t("admin-not-enrolled") }),
        account.locked.then(|| t("admin-locked")),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    let member_of = account.teams.iter().map(|id| team_name(&teams, *id)).collect::<Vec<_>>().join(", ");
    let (id_active, id_reset, id_teams) = (account.id.to_string(), account.id.to_string(), account.id.to_string());
    let boxes = team_boxes(&teams, &account.teams, &format!("account-{}", account.id));
    view! {
        <li class="request-card" id=format!("account-{}", account.id)>
            <h3><bdi>{account.name.clone()}</bdi></h3>
            <dl class="facts">
                <dt>{t("staff-email")}</dt><dd><bdi>{account.email.clone()}</bdi></dd>
                <dt>{t("admin-role")}</dt><dd>{t(&format!("role-{}", account.role.key()))}</dd>
                <dt>{t("admin-office")}</dt><dd><bdi>{account.office.clone()}</bdi></dd>
                <dt>{t("admin-teams")}</dt><dd>{member_of}</dd>
                <dt>{t("admin-status")}</dt><dd>{status}</dd>
            </dl>
            <div class="approval">
                <AdminForm action="set-active">
                    <input type="hidden" name="staff" value=id_active/>
                    <input type="hidden" name="active" value=if account.active { "0" } else { "1" }/>
                    <button type="submit" class=if account.active { "button danger" } else { "button" }>
                        {if account.active { t("admin-deactivate") } else { t("admin-activate") }}
                    </button>
                </AdminForm>
                <AdminForm action="reset-second-factor">
                    <input type="hidden" name="staff" value=id_reset/>
                    <button type="submit" class="button secondary">{t("admin-reset-second-factor")}</button>
                </AdminForm>
                {(!account.enrolled).then(|| view! { <NewEnrolmentLink action="send-enrolment-link" field="staff" id=account.id.0/> })}
            </div>
            <details class="action">
                <summary>{t("admin-change-teams")}</summary>
                <AdminForm action="set-teams">
                    <input type="hidden" name="staff" value=id_teams/>
                    <fieldset><legend>{t("admin-teams")}</legend>{boxes}</fieldset>
                    <button type="submit" class="button">{t("admin-save")}</button>
                </AdminForm>
            </details>
        </li>
    }
}

#[component]
fn NewAccount(teams: Vec<TeamEntry>, flash: Flash) -> impl IntoView {
    let chosen_role = flash.values.get("role").cloned();
    let boxes = team_boxes(&teams, &[], "new");
    view! {
        <h3>{t("admin-new-staff")}</h3>
        <AdminForm action="create-staff">
            <TextField name="email" label="staff-email" flash=flash.clone() input_type="email" autocomplete="off"/>
            <TextField name="name" label="admin-name" flash=flash.clone() autocomplete="off"/>
            <div class="field">
                <label for="role">{t("admin-role")}</label>
                <select id="role" name="role">
                    {Role::STAFF.into_iter().map(|r| view! { <option value=r.key() selected=chosen_role.as_deref() == Some(r.key())>{t(&format!("role-{}", r.key()))}</option> }).collect_view()}
                </select>
            </div>
            <TextField name="office" label="admin-office" flash=flash.clone() autocomplete="off"/>
            <fieldset id="teams"><legend>{t("admin-teams")}</legend>{boxes}</fieldset>
            <p class="hint">{t("admin-enrolment-link-hint")}</p>
            <button type="submit" class="button">{t("admin-add")}</button>
        </AdminForm>
    }
}

/// Sends a new enrolment link to an account that has not finished enrolling (its earlier link stops working).
#[component]
fn NewEnrolmentLink(action: &'static str, field: &'static str, id: i64) -> impl IntoView {
    view! {
        <AdminForm action=action>
            <input type="hidden" name=field value=id.to_string()/>
            <button type="submit" class="button secondary">{t("admin-send-enrolment-link")}</button>
        </AdminForm>
    }
}

fn any_or(value: Option<String>) -> String {
    value.unwrap_or_else(|| t("queue-any"))
}

#[component]
fn Routing(rules: Vec<RoutingRuleView>, teams: Vec<TeamEntry>) -> impl IntoView {
    let count = rules.len();
    view! {
        <section id="routing">
            <h2>{t("admin-routing")}</h2>
            <p class="small">{t("admin-routing-intro")}</p>
            <ol class="rules">
                {rules.into_iter().enumerate().map(|(index, rule)| {
                    let (id_up, id_down, id_delete) = (rule.id.to_string(), rule.id.to_string(), rule.id.to_string());
                    let summary = format!(
                        "{}: {} · {}: {} · {}: {} · {}: {}",
                        t("queue-kind"), any_or(rule.kind.map(|k| t(&format!("kind-{}", k.key())))),
                        t("admin-category"), any_or(rule.category.map(|c| t(&format!("category-{c}")))),
                        t("queue-language"), any_or(rule.locale.and_then(|l| Locale::from_code(&l)).map(|l| l.native_name().to_owned())),
                        t("admin-sensitive"), any_or(rule.sensitive.map(|s| if s { t("admin-yes") } else { t("admin-no") })),
                    );
                    view! {
                        <li class="rule">
                            <p>{summary} " → " <strong>{team_name(&teams, rule.team)}</strong></p>
                            <div class="approval">
                                {(index > 0).then(|| view! {
                                    <AdminForm action="move-rule">
                                        <input type="hidden" name="rule" value=id_up/>
                                        <input type="hidden" name="up" value="1"/>
                                        <button type="submit" class="button secondary">{t("admin-move-up")}</button>
                                    </AdminForm>
                                })}
                                {(index + 1 < count).then(|| view! {
                                    <AdminForm action="move-rule">
                                        <input type="hidden" name="rule" value=id_down/>
                                        <button type="submit" class="button secondary">{t("admin-move-down")}</button>
                                    </AdminForm>
                                })}
                                <AdminForm action="delete-rule">
                                    <input type="hidden" name="rule" value=id_delete/>
                                    <button type="submit" class="button danger">{t("admin-delete")}</button>
                                </AdminForm>
                            </div>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <p class="small">{t("admin-routing-default")}</p>
            <h3>{t("admin-new-rule")}</h3>
            <AdminForm action="add-rule" class="filters">
                <div class="field">
                    <label for="rule-kind">{t("queue-kind")}</label>
                    <select id="rule-kind" name="kind">
                        <option value="">{t("queue-any")}</option>
                        {RequestKind::ALL.into_iter().filter(|k| *k != RequestKind::Complaint).map(|k| view! { <option value=k.key()>{t(&format!("kind-{}", k.key()))}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="rule-category">{t("admin-category")}</label>
                    <select id="rule-category" name="category">
                        <option value="">{t("queue-any")}</option>
                        {Category::ALL.into_iter().map(|c| view! { <option value=c.key()>{t(&format!("category-{}", c.key()))}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="rule-locale">{t("queue-language")}</label>
                    <select id="rule-locale" name="locale">
                        <option value="">{t("queue-any")}</option>
                        {Locale::all().map(|l| view! { <option value=l.code()>{l.native_name()}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="rule-sensitive">{t("admin-sensitive")}</label>
                    <select id="rule-sensitive" name="sensitive">
                        <option value="">{t("queue-any")}</option>
                        <option value="1">{t("admin-yes")}</option>
                        <option value="0">{t("admin-no")}</option>
                    </select>
                </div>
                <div class="field">
                    <label for="rule-team">{t("queue-team")}</label>
                    <select id="rule-team" name="team">
                        {teams.iter().map(|team| view! { <option value=team.id.to_string()>{team_label(use_locale(), &team.key, team.name.as_deref())}</option> }).collect_view()}
                    </select>
                </div>
                <button type="submit" class="button">{t("admin-add")}</button>
            </AdminForm>
        </section>
    }
}

/// Every language people can choose, with whether someone who speaks it has checked the translation.
#[component]
fn Locales() -> impl IntoView {
    let admin = use_locale();
    let rows = Locale::all()
        .map(|locale| {
            let status = match locale.translation_status() {
                TranslationStatus::Source => t("admin-locale-source"),
                TranslationStatus::Draft { .. } => t("admin-locale-draft"),
                TranslationStatus::Reviewed { on, by } => admin.text_with(
                    "admin-locale-reviewed",
                    &[("reviewer", crate::i18n::Arg::Text(&by)), ("date", crate::i18n::Arg::Text(&on))],
                ),
            };
            view! {
                <li>
                    <span lang=locale.code() dir=locale.direction().as_str()>{locale.native_name()}</span>
                    " " <code>{locale.code()}</code> " · " <span class="locale-status">{status}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section id="locales">
            <h2>{t("admin-locales")}</h2>
            <p class="small">{t("admin-locales-intro")}</p>
            <ul class="locales">{rows}</ul>
        </section>
    }
}

/// Text areas for a template in every locale, `bodies[i]` in the catalogue's locale order.
fn template_fields(entry: Option<&TemplateEntry>, flash: &Flash, prefix: &str) -> AnyView {
    Locale::all()
        .enumerate()
        .map(|(i, locale)| {
            let id = format!("body-{}", locale.code());
            let dom_id = format!("{prefix}-{id}");
            let typed = flash.values.get(&format!("{prefix}:{id}")).cloned();
            let prefix_field = (i == 0).then(|| view! { <input type="hidden" name="prefix" value=prefix.to_owned()/> });
            let stored = entry.and_then(|e| e.bodies.iter().find(|(code, _)| code == locale.code()).map(|(_, b)| b.clone()));
            let this_form = flash.values.get("prefix").map(String::as_str) == Some(prefix);
            let error = flash.errors.iter().find(|e| e.field == id && this_form).map(|e| t(e.code.as_str()));
            let has_error = error.is_some();
            view! {
                {prefix_field}
                <div class="field" class:has-error=has_error>
                    <label for=dom_id.clone() lang=locale.code()>{locale.native_name()}</label>
                    {error.map(|e| view! { <p class="error">{e}</p> })}
                    <textarea id=dom_id name=format!("bodies[{i}]") rows="3" lang=locale.code() dir=locale.direction().as_str()>
                        {typed.or(stored).unwrap_or_default()}
                    </textarea>
                </div>
            }
        })
        .collect_view()
        .into_any()
}

#[component]
fn Templates(templates: Vec<TemplateEntry>, flash: Flash) -> impl IntoView {
    let new_fields = template_fields(None, &flash, "new");
    view! {
        <section id="templates">
            <h2>{t("admin-templates")}</h2>
            <p class="small">{t("admin-templates-intro")}</p>
            {templates.into_iter().map(|entry| {
                let fields = template_fields(Some(&entry), &flash, &entry.key);
                let (anchor, title, key) = (format!("template-{}", entry.key), entry.key.clone(), entry.key);
                view! {
                    <details class="action" id=anchor>
                        <summary><code>{title}</code></summary>
                        <AdminForm action="save-template">
                            <input type="hidden" name="key" value=key/>
                            {fields}
                            <button type="submit" class="button">{t("admin-save")}</button>
                        </AdminForm>
                    </details>
                }
            }).collect_view()}
            <h3>{t("admin-new-template")}</h3>
            <AdminForm action="save-template">
                <TextField name="key" label="admin-template-key" hint="admin-key-hint" flash=flash.clone() autocomplete="off"/>
                {new_fields}
                <button type="submit" class="button">{t("admin-add")}</button>
            </AdminForm>
        </section>
    }
}

#[component]
fn Purposes(purposes: Vec<PurposeEntry>, flash: Flash) -> impl IntoView {
    view! {
        <section id="purposes">
            <h2>{t("admin-purposes")}</h2>
            <p class="small">{t("admin-purposes-intro")}</p>
            {purposes.into_iter().map(|purpose| view! { <PurposeForm purpose=purpose flash=flash.clone()/> }).collect_view()}
        </section>
    }
}

#[component]
fn PurposeForm(purpose: PurposeEntry, flash: Flash) -> impl IntoView {
    let prefix = format!("purpose-{}", purpose.id);
    let this_form = flash.values.get("prefix") == Some(&prefix);
    let typed = |field: &str| this_form.then(|| flash.values.get(field).cloned()).flatten();
    let days = typed("retention_days").unwrap_or_else(|| purpose.retention_days.to_string());
    let basis = typed("legal_basis").unwrap_or_else(|| purpose.legal_basis.clone());
    let errors: Vec<crate::errors::FieldError> = if this_form { flash.errors.clone() } else { Vec::new() };
    let error_for = |field: &str| errors.iter().find(|e| e.field == field).map(|e| t(e.code.as_str()));
    let id = purpose.id;
    let texts = Locale::all()
        .enumerate()
        .map(|(i, locale)| {
            let stored = purpose.texts.iter().find(|(code, ..)| code == locale.code());
            let name = typed(&format!("{prefix}:name-{}", locale.code()))
                .or_else(|| stored.map(|(_, n, _)| n.clone()))
                .unwrap_or_default();
            let explanation = typed(&format!("{prefix}:explanation-{}", locale.code()))
                .or_else(|| stored.map(|(.., e)| e.clone()))
                .unwrap_or_default();
            let error = error_for(&format!("purpose-text-{}", locale.code()));
            let (name_id, explanation_id) =
                (format!("{prefix}-name-{}", locale.code()), format!("{prefix}-explanation-{}", locale.code()));
            let (name_for, explanation_for) = (name_id.clone(), explanation_id.clone());
            let has_error = error.is_some();
            view! {
                <fieldset class="field" class:has-error=has_error lang=locale.code() dir=locale.direction().as_str()>
                    <legend>{locale.native_name()}</legend>
                    {error.map(|e| view! { <p class="error">{e}</p> })}
                    <label for=name_for>{t("admin-purpose-name")}</label>
                    <input id=name_id name=format!("names[{i}]") value=name/>
                    {purpose.consent_required.then(|| view! {
                        <label for=explanation_for>{t("admin-purpose-explanation")}</label>
                        <textarea id=explanation_id name=format!("explanations[{i}]") rows="3">{explanation}</textarea>
                    })}
                </fieldset>
            }
        })
        .collect_view();
    let recipient_choices =
        RECIPIENTS.iter().map(|code| ((*code).to_owned(), t(&format!("recipient-{code}")))).collect();
    let recipients = choice_boxes("recipients", "recipient", &prefix, recipient_choices, &purpose.recipients);
    let (basis_id, days_id) = (format!("{prefix}-legal-basis"), format!("{prefix}-retention"));
    let (basis_for, days_for) = (basis_id.clone(), days_id.clone());
    let days_error = error_for("retention_days");
    let version = purpose.consent_required.then(|| {
        view! { <p class="small">{t("admin-purpose-version")} " " {purpose.text_version}</p> }
    });
    let (anchor, prefix_value) = (prefix.clone(), prefix);
    view! {
        <details class="action" id=anchor open=this_form>
            <summary>{crate::purpose_name(&purpose.key)} " " <code>{purpose.key.clone()}</code></summary>
            <AdminForm action="save-purpose">
                <input type="hidden" name="purpose" value=id.to_string()/>
                <input type="hidden" name="prefix" value=prefix_value/>
                <div class="field">
                    <label for=basis_for>{t("admin-legal-basis")}</label>
                    <select id=basis_id name="legal_basis">
                        {LEGAL_BASES.iter().map(|code| view! {
                            <option value=*code selected=basis == *code>{t(&format!("legal-basis-{code}"))}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field" class:has-error=days_error.is_some()>
                    <label for=days_for>{t("admin-retention-days")}</label>
                    {days_error.clone().map(|e| view! { <p class="error">{e}</p> })}
                    <input id=days_id name="retention_days" inputmode="numeric" value=days/>
                </div>
                <fieldset><legend>{t("admin-recipients")}</legend>{recipients}</fieldset>
                {version}
                {texts}
                <button type="submit" class="button">{t("admin-save")}</button>
            </AdminForm>
        </details>
    }
}

#[component]
fn Organisations(organisations: Vec<OrganisationEntry>, flash: Flash) -> impl IntoView {
    let chosen_kind = flash.values.get("organisation_kind").cloned();
    // One "add a helper" form for all organisations (not one per card, which would repeat its field ids).
    let helper_flash = if flash.values.contains_key("helper_email") { flash.clone() } else { Flash::default() };
    let chosen_organisation = helper_flash.values.get("organisation").cloned();
    let choices: Vec<(String, String)> =
        organisations.iter().filter(|o| !o.suspended).map(|o| (o.id.to_string(), o.name.clone())).collect();
    view! {
        <section id="organisations">
            <h2>{t("admin-organisations")}</h2>
            <p class="small">{t("admin-organisations-intro")}</p>
            <ul class="requests">
                {organisations.into_iter().map(|o| view! { <OrganisationCard organisation=o/> }).collect_view()}
            </ul>
            <h3 id="new-helper">{t("admin-new-helper")}</h3>
            <AdminForm action="create-helper">
                <div class="field">
                    <label for="organisation">{t("admin-helper-organisation")}</label>
                    <select id="organisation" name="organisation">
                        {choices.into_iter().map(|(id, name)| {
                            let selected = chosen_organisation.as_deref() == Some(id.as_str());
                            view! { <option value=id selected=selected>{name}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <TextField name="helper_email" label="staff-email" flash=helper_flash.clone() input_type="email" autocomplete="off"/>
                <TextField name="helper_name" label="admin-name" flash=helper_flash autocomplete="off"/>
                <p class="hint">{t("admin-enrolment-link-hint")}</p>
                <button type="submit" class="button">{t("admin-add")}</button>
            </AdminForm>
            <h3>{t("admin-new-organisation")}</h3>
            <AdminForm action="create-organisation">
                <TextField name="organisation_name" label="admin-name" flash=flash.clone() autocomplete="off"/>
                <div class="field">
                    <label for="organisation_kind">{t("admin-organisation-kind")}</label>
                    <select id="organisation_kind" name="organisation_kind">
                        {ORGANISATION_KINDS.into_iter().map(|k| view! {
                            <option value=k selected=chosen_kind.as_deref() == Some(k)>{t(&format!("organisation-kind-{k}"))}</option>
                        }).collect_view()}
                    </select>
                </div>
                <TextField name="contact" label="admin-organisation-contact" flash=flash.clone() autocomplete="off"/>
                <button type="submit" class="button">{t("admin-add")}</button>
            </AdminForm>
        </section>
    }
}

#[component]
fn OrganisationCard(organisation: OrganisationEntry) -> impl IntoView {
    let id_suspend = organisation.id.to_string();
    let suspended = organisation.suspended;
    let helpers = organisation
        .helpers
        .into_iter()
        .map(|h| {
            let (id_active, id_reset) = (h.id.to_string(), h.id.to_string());
            let status = [
                if h.active { t("admin-active") } else { t("admin-inactive") },
                if h.enrolled { t("admin-enrolled") } else { t("admin-not-enrolled") },
            ]
            .join(" · ");
            view! {
                <li>
                    <bdi>{h.name}</bdi> " · " <bdi>{h.email}</bdi> " · " {status}
                    <div class="approval">
                        <AdminForm action="set-helper-active">
                            <input type="hidden" name="helper" value=id_active/>
                            <input type="hidden" name="active" value=if h.active { "0" } else { "1" }/>
                            <button type="submit" class="button secondary">{if h.active { t("admin-deactivate") } else { t("admin-activate") }}</button>
                        </AdminForm>
                        <AdminForm action="reset-helper-second-factor">
                            <input type="hidden" name="helper" value=id_reset/>
                            <button type="submit" class="button secondary">{t("admin-reset-second-factor")}</button>
                        </AdminForm>
                        {(!h.enrolled).then(|| view! { <NewEnrolmentLink action="send-helper-enrolment-link" field="helper" id=h.id.0/> })}
                    </div>
                </li>
            }
        })
        .collect_view();
    view! {
        <li class="request-card" id=format!("organisation-{}", organisation.id)>
            <h3><bdi>{organisation.name}</bdi></h3>
            <dl class="facts">
                <dt>{t("admin-organisation-kind")}</dt><dd>{t(&format!("organisation-kind-{}", organisation.kind))}</dd>
                <dt>{t("admin-organisation-contact")}</dt><dd><bdi>{organisation.contact}</bdi></dd>
                <dt>{t("admin-status")}</dt><dd>{if suspended { t("admin-suspended") } else { t("admin-active") }}</dd>
            </dl>
            <AdminForm action="set-suspended">
                <input type="hidden" name="organisation" value=id_suspend/>
                <input type="hidden" name="suspended" value=if suspended { "0" } else { "1" }/>
                <button type="submit" class=if suspended { "button" } else { "button danger" }>
                    {if suspended { t("admin-reinstate") } else { t("admin-suspend") }}
                </button>
            </AdminForm>
            <h4>{t("admin-helpers")}</h4>
            <ul>{helpers}</ul>
        </li>
    }
}
