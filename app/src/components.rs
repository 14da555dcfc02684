//! Pieces every page shares: the page frame (header, language picker, sign-out, quick links) and form helpers.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::env::{Flash, PageEnv, CSRF_FIELD};
use crate::errors::{FieldError, PortalError};
use crate::i18n::Locale;
use crate::staff::Role;
use crate::{t, use_env};

/// The frame of every page: skip link, header with language picker and sign-out, the page's content.
/// What search engines show under the portal's name, on the only pages they may index (`/robots.txt`): the start
/// and sign-in pages.
#[component]
pub fn SearchDescription() -> impl IntoView {
    view! { <Meta name="description" content=t("meta-description")/> }
}

#[component]
pub fn Layout(
    /// Fluent id of the page title.
    title: &'static str,
    children: Children,
) -> impl IntoView {
    let env = use_env();
    let heading = t(title);
    let page_title = format!("{heading} · {}", t("app-name"));
    view! {
        <Title text=page_title/>
        <a class="skip" href="#main">{t("nav-skip")}</a>
        <header class="site">
            <a class="brand" href="/">{t("app-name")}</a>
            {(env.staff.is_none() && env.helper.is_none()).then(|| view! { <a class="quick-exit" href="/exit" rel="noreferrer">{t("nav-quick-exit")}</a> })}
            <nav class="site-nav" aria-label=t("nav-label")>
                <LanguagePicker env=env.clone()/>
                {env.staff.clone().map(|staff| view! { <StaffNav role=staff.role csrf=env.csrf_token.clone()/> })}
                {env.helper.map(|_| view! { <a href="/helper">{t("nav-helper-people")}</a> <SignOutButton csrf=env.csrf_token.clone()/> })}
                {env.viewer.is_some().then(|| view! {
                    <a href="/my-data">{t("nav-my-data")}</a>
                    <a href="/requests">{t("nav-my-requests")}</a>
                    <a href="/consent">{t("nav-consent")}</a>
                    <a href="/mandates">{t("nav-mandates")}</a>
                    <SignOutButton csrf=env.csrf_token.clone()/>
                })}
            </nav>
        </header>
        <main id="main">
            {env.helper_acting().then(|| env.acting_for.clone()).flatten().map(|acting| view! { <ActingBanner acting=acting csrf=env.csrf_token.clone()/> })}
            <h1>{heading}</h1>
            {children()}
        </main>
        <footer class="site">
            <Oversight/>
            <p><a href="/complaints">{t("footer-complain")}</a></p>
            <p><a href="/transparency">{t("footer-transparency")}</a> " · " <a href="/recipients">{t("footer-recipients")}</a></p>
            <p>{t("footer-fictional")}</p>
            {matches!(crate::use_locale().translation_status(), crate::i18n::TranslationStatus::Draft { .. })
                .then(|| view! { <p class="small draft-translation">{t("footer-draft-translation")}</p> })}
        </footer>
    }
}

/// The independent oversight body and how to reach it: on every page.
#[component]
pub fn Oversight() -> impl IntoView {
    let site = crate::services().map(|s| s.site).unwrap_or_default();
    view! {
        <p class="oversight">
            {t("footer-oversight")} " " <bdi><strong>{site.oversight_name}</strong></bdi> " · " <bdi>{site.oversight_contact}</bdi>
        </p>
    }
}

/// Links to every language, each written in its own script, keeping the person on the same page.
/// A `<details>` disclosure opens without JavaScript.
#[component]
fn LanguagePicker(env: PageEnv) -> impl IntoView {
    let current = env.locale;
    view! {
        <details class="languages">
            <summary>
                <span>{t("nav-language")}</span>
                " · "
                <span lang=current.code()>{current.native_name()}</span>
            </summary>
            <LanguageList path=env.path current=current/>
        </details>
    }
}

/// The list of languages as links; on the first screen it stands open.
#[component]
pub fn LanguageList(path: String, current: Locale) -> impl IntoView {
    view! {
        <ul class="language-list">
            {Locale::all()
                .map(|locale| {
                    let href = format!("{path}?lang={}", locale.code());
                    let is_current = locale == current;
                    view! {
                        <li>
                            <a
                                href=href
                                lang=locale.code()
                                hreflang=locale.code()
                                dir=locale.direction().as_str()
                                aria-current=is_current.then_some("true")
                            >
                                {locale.native_name()}
                            </a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// The staff menu: what the role works with.
#[component]
fn StaffNav(role: Role, csrf: String) -> impl IntoView {
    view! {
        {role.works_queues().then(|| view! {
            <a href="/staff">{t("nav-queue")}</a>
            <a href="/staff/mandates">{t("nav-staff-mandates")}</a>
        })}
        {(role == Role::Auditor).then(|| view! { <a href="/staff/audit">{t("nav-audit")}</a> })}
        {(role == Role::Admin).then(|| view! { <a href="/staff/admin">{t("nav-admin")}</a> <a href="/staff/recipients">{t("nav-recipients")}</a> })}
        {(role == Role::Dpo).then(|| view! { <a href="/staff/breaches">{t("nav-breaches")}</a> })}
        <SignOutButton csrf=csrf/>
    }
}

#[component]
fn SignOutButton(csrf: String) -> impl IntoView {
    view! {
        <form class="sign-out" method="post" action={<crate::actions::SignOut as leptos::server_fn::ServerFn>::url()}>
            <input type="hidden" name=CSRF_FIELD value=csrf/>
            <button type="submit" class="link-button">{t("nav-sign-out")}</button>
        </form>
    }
}

/// On every page a helper sees while acting for someone: whose data this is, where the mandate lets them go, and
/// how to stop.
#[component]
fn ActingBanner(acting: crate::helpers::ActingFor, csrf: String) -> impl IntoView {
    use crate::helpers::Scope;
    let locale = crate::use_locale();
    let heading = locale.text_with("helper-acting-for", &[("name", crate::i18n::Arg::Text(&acting.name))]);
    let links: Vec<(&str, &str)> = [
        (acting.allows(Scope::View), "/my-data", "helper-nav-data"),
        (
            [Scope::View, Scope::Request, Scope::Complain].into_iter().any(|s| acting.allows(s)),
            "/requests",
            "helper-nav-requests",
        ),
        (acting.allows(Scope::Consent), "/consent", "helper-nav-consent"),
        (acting.allows(Scope::Complain), "/complaints", "helper-nav-complain"),
    ]
    .into_iter()
    .filter(|(allowed, _, _)| *allowed)
    .map(|(_, href, label)| (href, label))
    .collect();
    view! {
        <section class="acting" aria-label=t("helper-acting-label")>
            <p><strong>{heading}</strong></p>
            <ul class="acting-links">
                {links.into_iter().map(|(href, label)| view! { <li><a href=href>{t(label)}</a></li> }).collect_view()}
            </ul>
            <form method="post" action={<crate::actions::StopActing as leptos::server_fn::ServerFn>::url()}>
                <input type="hidden" name=CSRF_FIELD value=csrf/>
                <button type="submit" class="link-button">{t("helper-stop-acting")}</button>
            </form>
        </section>
    }
}

/// The CSRF token as a hidden field; every form carries one.
#[component]
pub fn CsrfField() -> impl IntoView {
    view! { <input type="hidden" name=CSRF_FIELD value=use_env().csrf_token/> }
}

/// A notice from the last action ("you have signed out").
#[component]
pub fn Notice(id: String) -> impl IntoView {
    view! { <p class="notice" role="status">{t(&id)}</p> }
}

/// The error summary at the top of a form: what is wrong, each linking to its field.
#[component]
pub fn ErrorSummary(errors: Vec<FieldError>) -> impl IntoView {
    (!errors.is_empty()).then(|| {
        view! {
            <div class="error-summary" role="alert" tabindex="-1">
                <h2>{t("form-error-summary")}</h2>
                <ul>
                    {errors
                        .into_iter()
                        .map(|e| view! { <li><a href=format!("#{}", e.field)>{t(e.code.as_str())}</a></li> })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}

/// What a field shows: the value typed last time, its error, and the ids that describe it.
struct FieldState {
    value: String,
    error: Option<FieldError>,
    hint_id: String,
    error_id: String,
    described_by: Option<String>,
}

fn field_state(name: &str, hint: Option<&str>, flash: Option<&Flash>) -> FieldState {
    let value = flash.and_then(|f| f.values.get(name).cloned()).unwrap_or_default();
    let error = flash.and_then(|f| f.errors.iter().find(|e| e.field == name).cloned());
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let described_by = [hint.map(|_| hint_id.clone()), error.as_ref().map(|_| error_id.clone())]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    FieldState { value, error, hint_id, error_id, described_by: (!described_by.is_empty()).then_some(described_by) }
}

/// The label, hint and error above a field's control.
fn field_chrome(
    name: &'static str,
    label: &'static str,
    hint: Option<&'static str>,
    state: &FieldState,
) -> impl IntoView {
    let hint_id = state.hint_id.clone();
    let error_id = state.error_id.clone();
    view! {
        <label for=name>{t(label)}</label>
        {hint.map(|h| view! { <p class="hint" id=hint_id>{t(h)}</p> })}
        {state.error.as_ref().map(|e| view! { <p class="error" id=error_id>{t(e.code.as_str())}</p> })}
    }
}

/// A labelled text input that shows its error and keeps what the person typed.
#[component]
pub fn TextField(
    name: &'static str,
    /// Fluent id of the label.
    label: &'static str,
    /// Fluent id of the hint under the label.
    #[prop(optional)]
    hint: Option<&'static str>,
    #[prop(optional)] flash: Option<Flash>,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] inputmode: Option<&'static str>,
    /// Shown when nothing was typed yet (a correction starts from the current value).
    #[prop(optional)]
    initial: Option<String>,
) -> impl IntoView {
    let state = field_state(name, hint, flash.as_ref());
    let typed = flash.as_ref().is_some_and(|f| f.values.contains_key(name));
    let value = if typed { state.value.clone() } else { initial.unwrap_or_default() };
    view! {
        <div class="field" class:has-error=state.error.is_some()>
            {field_chrome(name, label, hint, &state)}
            <input
                id=name
                name=name
                type=input_type
                value=value
                autocomplete=autocomplete
                inputmode=inputmode
                spellcheck="false"
                aria-invalid=state.error.is_some().then_some("true")
                aria-describedby=state.described_by.clone()
            />
        </div>
    }
}

/// A labelled multi-line text box that shows its error and keeps what the person typed.
#[component]
pub fn TextArea(
    name: &'static str,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] flash: Option<Flash>,
    /// Longest text accepted, in characters.
    max_chars: usize,
) -> impl IntoView {
    let state = field_state(name, hint, flash.as_ref());
    view! {
        <div class="field" class:has-error=state.error.is_some()>
            {field_chrome(name, label, hint, &state)}
            <textarea
                id=name
                name=name
                rows="4"
                maxlength=max_chars.to_string()
                aria-invalid=state.error.is_some().then_some("true")
                aria-describedby=state.described_by.clone()
            >
                {state.value.clone()}
            </textarea>
        </div>
    }
}

/// Sets the status for an error and shows its message.
pub fn error_view(error: PortalError) -> AnyView {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(error.status());
    }
    if let PortalError::Unexpected(e) = &error {
        tracing::error!(error = %e, "page failed");
    }
    view! { <p class="error" role="alert">{t(error.code().as_str())}</p> }.into_any()
}
