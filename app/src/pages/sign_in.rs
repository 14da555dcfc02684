//! Passwordless sign-in in two steps: case reference and date of birth, then the one-time code from the e-mail.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;

use crate::actions::{StartSignIn, VerifySignInCode};
use crate::components::{CsrfField, ErrorSummary, Layout, SearchDescription, TextField};
use crate::{t, use_flash};

/// Form names, used to match a flash to its form.
pub const SIGN_IN_FORM: &str = "sign-in";
pub const CODE_FORM: &str = "sign-in-code";

#[component]
pub fn SignInPage() -> impl IntoView {
    let flash = use_flash(SIGN_IN_FORM);
    let errors = flash.as_ref().map(|f| f.errors.clone()).unwrap_or_default();
    view! {
        <Layout title="sign-in-title">
            <SearchDescription/>
            <ErrorSummary errors=errors/>
            <p>{t("sign-in-intro")}</p>
            <form method="post" action={<StartSignIn as ServerFn>::url()} novalidate>
                <CsrfField/>
                <TextField
                    name="case_reference"
                    label="sign-in-case-reference"
                    hint="sign-in-case-reference-hint"
                    flash=flash.clone().unwrap_or_default()
                    autocomplete="off"
                />
                <TextField
                    name="date_of_birth"
                    label="sign-in-date-of-birth"
                    hint="sign-in-date-of-birth-hint"
                    flash=flash.unwrap_or_default()
                    autocomplete="bday"
                />
                <button type="submit" class="button">{t("sign-in-send-code")}</button>
            </form>
            <p class="small">{t("sign-in-privacy")}</p>
        </Layout>
    }
}

#[component]
pub fn CodePage() -> impl IntoView {
    let flash = use_flash(CODE_FORM);
    let errors = flash.as_ref().map(|f| f.errors.clone()).unwrap_or_default();
    view! {
        <Layout title="code-title">
            <ErrorSummary errors=errors/>
            <p>{t("code-intro")}</p>
            <form method="post" action={<VerifySignInCode as ServerFn>::url()} novalidate>
                <CsrfField/>
                <TextField
                    name="code"
                    label="code-label"
                    hint="code-hint"
                    flash=flash.unwrap_or_default()
                    autocomplete="one-time-code"
                    inputmode="numeric"
                />
                <button type="submit" class="button">{t("code-submit")}</button>
            </form>
            <p><a href="/sign-in">{t("code-start-again")}</a></p>
        </Layout>
    }
}
