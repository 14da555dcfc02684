//! Sign-in at the staff door and the helper door: e-mail and password, then the authenticator (enrolled on
//! first sign-in, with recovery codes shown once) or a recovery code. A new account starts at its enrolment
//! link's page, where its holder chooses the password.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

use super::{STAFF_CODE_FORM, STAFF_ENROL_FORM, STAFF_SIGN_IN_FORM, STAFF_WELCOME_FORM};
use crate::actions::{
    staff_home, HelperCode, HelperEnrol, HelperPassword, HelperWelcome, StaffCode, StaffEnrol, StaffPassword,
    StaffWelcome,
};
use crate::components::{error_view, CsrfField, ErrorSummary, Layout, Notice, TextField};
use crate::env::Door;
use crate::errors::{ErrorCode, PortalError};
use crate::staff::PendingStaff;
use crate::{services_or_error, t, use_flash};

/// The form actions of a door's three steps.
fn actions(door: Door) -> (&'static str, &'static str, &'static str) {
    match door {
        Door::Staff => {
            (<StaffPassword as ServerFn>::url(), <StaffEnrol as ServerFn>::url(), <StaffCode as ServerFn>::url())
        }
        Door::Helper => {
            (<HelperPassword as ServerFn>::url(), <HelperEnrol as ServerFn>::url(), <HelperCode as ServerFn>::url())
        }
    }
}

#[component]
pub fn StaffSignInPage() -> impl IntoView {
    view! { <SignInStep door=Door::Staff/> }
}

#[component]
pub fn HelperSignInPage() -> impl IntoView {
    view! { <SignInStep door=Door::Helper/> }
}

#[component]
pub fn StaffEnrolPage() -> impl IntoView {
    view! { <EnrolStep door=Door::Staff/> }
}

#[component]
pub fn HelperEnrolPage() -> impl IntoView {
    view! { <EnrolStep door=Door::Helper/> }
}

#[component]
pub fn StaffWelcomePage() -> impl IntoView {
    view! { <WelcomeStep door=Door::Staff/> }
}

#[component]
pub fn HelperWelcomePage() -> impl IntoView {
    view! { <WelcomeStep door=Door::Helper/> }
}

#[component]
pub fn StaffCodePage() -> impl IntoView {
    view! { <CodeStep door=Door::Staff/> }
}

#[component]
pub fn HelperCodePage() -> impl IntoView {
    view! { <CodeStep door=Door::Helper/> }
}

#[component]
pub fn RecoveryCodesPage() -> impl IntoView {
    view! { <RecoveryCodes door=Door::Staff/> }
}

#[component]
pub fn HelperRecoveryCodesPage() -> impl IntoView {
    view! { <RecoveryCodes door=Door::Helper/> }
}

#[component]
fn SignInStep(door: Door) -> impl IntoView {
    let flash = use_flash(STAFF_SIGN_IN_FORM);
    let errors = flash.as_ref().map(|f| f.errors.clone()).unwrap_or_default();
    let signed_out = use_query_map().with_untracked(|q| q.get("signed-out").is_some());
    view! {
        <Layout title=if door == Door::Staff { "staff-sign-in-title" } else { "helper-sign-in-title" }>
            {signed_out.then(|| view! { <Notice id="notice-signed-out".to_owned()/> })}
            <ErrorSummary errors=errors/>
            <p>{t(if door == Door::Staff { "staff-sign-in-intro" } else { "helper-sign-in-intro" })}</p>
            <form method="post" action=actions(door).0 novalidate>
                <CsrfField/>
                <TextField name="email" label="staff-email" flash=flash.clone().unwrap_or_default() input_type="email" autocomplete="username"/>
                <div class="field">
                    <label for="password">{t("staff-password")}</label>
                    <input id="password" name="password" type="password" autocomplete="current-password"/>
                </div>
                <button type="submit" class="button">{t("staff-continue")}</button>
            </form>
        </Layout>
    }
}

/// The pending sign-in at `door` from the session.
async fn pending(door: Door) -> Result<PendingStaff, PortalError> {
    let session = leptos_axum::extract::<tower_sessions::Session>().await.map_err(|e| anyhow::anyhow!("{e}"))?;
    let pending: Option<PendingStaff> = session.get(door.pending_key()).await.map_err(|e| anyhow::anyhow!("{e}"))?;
    pending.ok_or(PortalError::StaffSignInExpired)
}

/// First sign-in: the secret as text and QR code, and a code to confirm it.
#[component]
fn EnrolStep(door: Door) -> impl IntoView {
    let flash = use_flash(STAFF_ENROL_FORM);
    let errors = flash.as_ref().map(|f| f.errors.clone()).unwrap_or_default();
    let services = services_or_error();
    let content = Suspend::new(async move {
        let enrolment = async {
            let services = services?;
            let sign_in = if door == Door::Staff { services.staff_sign_in } else { services.helper_sign_in };
            sign_in.enrolment(&pending(door).await?).await
        }
        .await;
        match enrolment {
            Ok(enrolment) => view! {
                <ol class="steps">
                    <li>{t("staff-enrol-step-app")}</li>
                    <li>
                        {t("staff-enrol-step-scan")}
                        <div class="qr" role="img" aria-label=t("staff-enrol-qr") inner_html=enrolment.qr_svg></div>
                        <p>{t("staff-enrol-secret")} " " <code class="secret" dir="ltr">{enrolment.secret}</code></p>
                    </li>
                    <li>{t("staff-enrol-step-code")}</li>
                </ol>
            }
            .into_any(),
            Err(PortalError::StaffSignInExpired) => {
                view! { <p><a href=door.sign_in_path()>{t(ErrorCode::Sa002.as_str())}</a></p> }.into_any()
            }
            Err(error) => error_view(error),
        }
    });
    view! {
        <Layout title="staff-enrol-title">
            <ErrorSummary errors=errors/>
            <p>{t("staff-enrol-intro")}</p>
            <Suspense fallback=|| ()>{content}</Suspense>
            <form method="post" action=actions(door).1 id="enrol-form" novalidate>
                <CsrfField/>
                <TextField name="code" label="staff-code" hint="staff-code-hint" flash=flash.unwrap_or_default() autocomplete="one-time-code" inputmode="numeric"/>
                <button type="submit" class="button">{t("staff-enrol-confirm")}</button>
            </form>
        </Layout>
    }
}

/// An enrolment link: the account's address, and the password its holder chooses. Looking does not use the link
/// (a mail scanner may open it first); choosing the password does.
#[component]
fn WelcomeStep(door: Door) -> impl IntoView {
    let flash = use_flash(STAFF_WELCOME_FORM);
    let errors = flash.as_ref().map(|f| f.errors.clone()).unwrap_or_default();
    let password_error = errors.iter().find(|e| e.field == "password").map(|e| t(e.code.as_str()));
    let token = use_query_map().with_untracked(|q| q.get("token")).unwrap_or_default();
    let action = match door {
        Door::Staff => <StaffWelcome as ServerFn>::url(),
        Door::Helper => <HelperWelcome as ServerFn>::url(),
    };
    let services = services_or_error();
    let content = Suspend::new(async move {
        let address = async {
            let services = services?;
            let sign_in = if door == Door::Staff { services.staff_sign_in } else { services.helper_sign_in };
            sign_in.enrolment_link(&token).await
        }
        .await;
        match address {
            Ok(address) => view! {
                <p>{t("welcome-intro")} " " <bdi dir="ltr">{address}</bdi></p>
                <form method="post" action=action novalidate>
                    <CsrfField/>
                    <input type="hidden" name="token" value=token/>
                    <div class="field" class:has-error=password_error.is_some()>
                        <label for="password">{t("staff-new-password")}</label>
                        <p class="hint" id="password-hint">{t("welcome-password-hint")}</p>
                        {password_error.clone().map(|e| view! { <p class="error" id="password-error">{e}</p> })}
                        <input id="password" name="password" type="password" autocomplete="new-password" aria-describedby="password-hint"/>
                    </div>
                    <button type="submit" class="button">{t("staff-continue")}</button>
                </form>
            }
            .into_any(),
            Err(PortalError::EnrolmentLinkInvalid) => view! { <p class="error">{t(ErrorCode::Sa004.as_str())}</p> }.into_any(),
            Err(error) => error_view(error),
        }
    });
    view! {
        <Layout title="welcome-title">
            <ErrorSummary errors=errors/>
            <Suspense fallback=|| ()>{content}</Suspense>
        </Layout>
    }
}

#[component]
fn CodeStep(door: Door) -> impl IntoView {
    let flash = use_flash(STAFF_CODE_FORM);
    let errors = flash.as_ref().map(|f| f.errors.clone()).unwrap_or_default();
    view! {
        <Layout title="staff-code-title">
            <ErrorSummary errors=errors/>
            <p>{t("staff-code-intro")}</p>
            <form method="post" action=actions(door).2 novalidate>
                <CsrfField/>
                <TextField name="code" label="staff-code" hint="staff-code-recovery-hint" flash=flash.unwrap_or_default() autocomplete="one-time-code"/>
                <button type="submit" class="button">{t("staff-continue")}</button>
            </form>
            <p><a href=door.sign_in_path()>{t("code-start-again")}</a></p>
        </Layout>
    }
}

/// The recovery codes, shown once right after enrolment.
#[component]
fn RecoveryCodes(door: Door) -> impl IntoView {
    let env = crate::use_env();
    let home = match door {
        Door::Staff => env.staff.as_ref().map(|s| staff_home(s.role)),
        Door::Helper => env.helper.map(|_| staff_home(crate::staff::Role::Helper)),
    };
    let Some(home) = home else {
        crate::redirect_to(&door.sign_in_path());
        return ().into_any();
    };
    let content = Suspend::new(async move {
        let codes = async {
            let session =
                leptos_axum::extract::<tower_sessions::Session>().await.map_err(|e| anyhow::anyhow!("{e}"))?;
            let codes: Option<Vec<String>> =
                session.remove(door.recovery_codes_key()).await.map_err(|e| anyhow::anyhow!("{e}"))?;
            Ok::<_, PortalError>(codes.unwrap_or_default())
        }
        .await;
        match codes {
            Ok(codes) if !codes.is_empty() => view! {
                <p>{t("staff-recovery-intro")}</p>
                <ul class="recovery-codes" dir="ltr">{codes.into_iter().map(|c| view! { <li><code>{c}</code></li> }).collect_view()}</ul>
            }
            .into_any(),
            Ok(_) => view! { <p>{t("staff-recovery-shown")}</p> }.into_any(),
            Err(error) => error_view(error),
        }
    });
    view! {
        <Layout title="staff-recovery-title">
            <Suspense fallback=|| ()>{content}</Suspense>
            <p><a class="button" href=home>{t("staff-continue")}</a></p>
        </Layout>
    }
    .into_any()
}
