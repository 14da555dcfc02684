//! The administration screen's source systems: the authority's own systems that load people through the API,
//! with what each may write, its API keys (made here and shown once, revoked here) and its webhook.

use leptos::prelude::*;

use super::admin::{choice_boxes, AdminForm};
use crate::components::TextField;
use crate::contract::Category;
use crate::env::Flash;
use crate::staff::{api_scope_label, ApiKeyEntry, PurposeEntry, ShownOnce, SourceSystemEntry, API_SCOPES};
use crate::{purpose_name, t};

/// Days a new key lives unless the administrator writes otherwise (the server's default too).
const DEFAULT_KEY_DAYS: &str = "365";

/// The secret an administrator just made, in a box to copy: it is not stored and cannot be shown again.
#[component]
pub fn ShownOnceBox(shown: ShownOnce) -> impl IntoView {
    view! {
        <div class="notice shown-once" role="status">
            <h2>{t(&shown.what)} " " <bdi>{shown.system}</bdi></h2>
            <p><code class="secret" dir="ltr">{shown.secret}</code></p>
            <p class="small">{t("admin-shown-once-hint")}</p>
        </div>
    }
}

/// The error shown at `field` when the flash is this form's, with `field` as its id for the error summary's link.
fn error_at(flash: &Flash, this_form: bool, field: &'static str) -> Option<AnyView> {
    let error = flash.errors.iter().find(|e| this_form && e.field == field)?;
    Some(view! { <p class="error" id=field>{t(error.code.as_str())}</p> }.into_any())
}

#[component]
pub fn SourceSystems(systems: Vec<SourceSystemEntry>, purposes: Vec<PurposeEntry>, flash: Flash) -> impl IntoView {
    // The registration form's own flash: the one whose values name a system.
    let register_flash = if flash.values.contains_key("system_name") { flash.clone() } else { Flash::default() };
    let listed = |typed: Option<&String>| -> Vec<String> {
        typed.map(|t| t.split(',').map(str::to_owned).collect()).unwrap_or_default()
    };
    let (ticked_purposes, ticked_categories) =
        (listed(register_flash.values.get("purposes")), listed(register_flash.values.get("categories")));
    let purpose_choices: Vec<(String, String)> =
        purposes.iter().map(|p| (p.key.clone(), purpose_name(&p.key))).collect();
    let category_choices: Vec<(String, String)> =
        Category::ALL.iter().map(|c| (c.key().to_owned(), t(&format!("category-{}", c.key())))).collect();
    let registering = !register_flash.errors.is_empty();
    view! {
        <section id="source-systems">
            <h2>{t("admin-source-systems")}</h2>
            <p class="small">{t("admin-source-systems-intro")}</p>
            <ul class="requests">
                {systems.into_iter().map(|system| view! { <SystemCard system=system flash=flash.clone()/> }).collect_view()}
            </ul>
            <h3>{t("admin-new-source-system")}</h3>
            <AdminForm action="register-source-system">
                <TextField name="system_name" label="admin-name" flash=register_flash.clone() autocomplete="off"/>
                <TextField name="system_contact" label="admin-source-system-contact" hint="admin-source-system-contact-hint" flash=register_flash.clone() autocomplete="off"/>
                <fieldset class="field" class:has-error=registering && register_flash.errors.iter().any(|e| e.field == "purposes")>
                    <legend>{t("admin-source-system-purposes")}</legend>
                    {error_at(&register_flash, true, "purposes")}
                    {choice_boxes("purposes", "purposes", "new-system", purpose_choices, &ticked_purposes)}
                </fieldset>
                <fieldset class="field" class:has-error=registering && register_flash.errors.iter().any(|e| e.field == "categories")>
                    <legend>{t("admin-source-system-categories")}</legend>
                    {error_at(&register_flash, true, "categories")}
                    {choice_boxes("categories", "categories", "new-system", category_choices, &ticked_categories)}
                </fieldset>
                <button type="submit" class="button">{t("admin-add")}</button>
            </AdminForm>
        </section>
    }
}

#[component]
fn SystemCard(system: SourceSystemEntry, flash: Flash) -> impl IntoView {
    let prefix = format!("system-{}", system.id);
    let this_form = flash.values.get("prefix") == Some(&prefix);
    let typed = |field: &str| this_form.then(|| flash.values.get(field).cloned()).flatten();
    let days = typed("days").unwrap_or_else(|| DEFAULT_KEY_DAYS.to_owned());
    let url = typed("webhook_url").or_else(|| system.webhook_url.clone()).unwrap_or_default();
    let purposes = system.purposes.iter().map(|p| purpose_name(p)).collect::<Vec<_>>().join(", ");
    let categories = system.categories.iter().map(|c| t(&format!("category-{c}"))).collect::<Vec<_>>().join(", ");
    let scope_choices: Vec<(String, String)> =
        API_SCOPES.iter().map(|s| ((*s).to_owned(), t(&api_scope_label(s)))).collect();
    let (days_id, url_id) = (format!("{prefix}-days"), format!("{prefix}-webhook-url"));
    let (days_for, url_for) = (days_id.clone(), url_id.clone());
    let id = system.id.to_string();
    let (id_key, id_hook, id_stop) = (id.clone(), id.clone(), id.clone());
    let keys = system.keys.into_iter().map(|key| view! { <KeyLine key=key system=system.id/> }).collect_view();
    let has_webhook = system.webhook_url.is_some();
    let (scopes_error, days_error, url_error) = (
        error_at(&flash, this_form, "scopes"),
        error_at(&flash, this_form, "days"),
        error_at(&flash, this_form, "webhook_url"),
    );
    let scope_boxes = choice_boxes("scopes", "scopes", &prefix, scope_choices, &[]);
    view! {
        <li class="request-card" id=prefix>
            <h3><bdi>{system.name}</bdi></h3>
            <dl class="facts">
                <dt>{t("admin-source-system-contact")}</dt><dd><bdi>{system.contact}</bdi></dd>
                <dt>{t("admin-source-system-purposes")}</dt><dd>{purposes}</dd>
                <dt>{t("admin-source-system-categories")}</dt><dd>{categories}</dd>
                <dt>{t("admin-webhook")}</dt>
                <dd>{match system.webhook_url {
                    Some(url) => view! { <code dir="ltr">{url}</code> }.into_any(),
                    None => t("admin-webhook-none").into_any(),
                }}</dd>
            </dl>
            <h4>{t("admin-api-keys")}</h4>
            <ul>{keys}</ul>
            <details class="action" open=this_form>
                <summary>{t("admin-new-key")}</summary>
                <AdminForm action="create-api-key">
                    <input type="hidden" name="system" value=id_key/>
                    <fieldset class="field">
                        <legend>{t("admin-key-scopes")}</legend>
                        {scopes_error}
                        {scope_boxes}
                    </fieldset>
                    <div class="field">
                        <label for=days_for>{t("admin-key-days")}</label>
                        {days_error}
                        <input id=days_id name="days" inputmode="numeric" value=days/>
                    </div>
                    <p class="hint">{t("admin-new-key-hint")}</p>
                    <button type="submit" class="button">{t("admin-new-key")}</button>
                </AdminForm>
            </details>
            <details class="action" open=this_form>
                <summary>{t("admin-webhook")}</summary>
                <AdminForm action="set-webhook">
                    <input type="hidden" name="system" value=id_hook/>
                    <div class="field">
                        <label for=url_for>{t("admin-webhook-url")}</label>
                        {url_error}
                        <input id=url_id name="webhook_url" type="url" dir="ltr" autocomplete="off" spellcheck="false" value=url/>
                    </div>
                    <p class="hint">{t("admin-webhook-hint")}</p>
                    <button type="submit" class="button">{t("admin-webhook-save")}</button>
                </AdminForm>
                {has_webhook.then(|| view! {
                    <AdminForm action="set-webhook">
                        <input type="hidden" name="system" value=id_stop/>
                        <input type="hidden" name="webhook_url" value=""/>
                        <button type="submit" class="button secondary">{t("admin-webhook-stop")}</button>
                    </AdminForm>
                })}
            </details>
        </li>
    }
}

#[component]
fn KeyLine(key: ApiKeyEntry, system: i64) -> impl IntoView {
    let scopes = key.scopes.iter().map(|s| t(&api_scope_label(s))).collect::<Vec<_>>().join(", ");
    let status = match (&key.revoked, key.live) {
        (Some(date), _) => format!("{} {date}", t("admin-key-revoked")),
        (None, true) => t("admin-key-live"),
        (None, false) => t("admin-key-expired"),
    };
    let last_used = key.last_used.unwrap_or_else(|| t("admin-key-never-used"));
    view! {
        <li>
            <code dir="ltr">{format!("amana_{}_…", key.public_id)}</code> " · " {status} " · " {scopes}
            <br/>
            <span class="small">
                {t("admin-key-created")} " " {key.created} " · " {t("admin-key-expires")} " " {key.expires} " · "
                {t("admin-key-last-used")} " " {last_used}
            </span>
            {key.live.then(|| view! {
                <AdminForm action="revoke-api-key">
                    <input type="hidden" name="system" value=system.to_string()/>
                    <input type="hidden" name="key" value=key.id.to_string()/>
                    <button type="submit" class="button danger">{t("admin-key-revoke")}</button>
                </AdminForm>
            })}
        </li>
    }
}
