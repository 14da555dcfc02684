//! The helper's start page: who they may act for, within which scope, until when.

use leptos::prelude::*;

use leptos::server_fn::ServerFn;

use crate::actions::{ActFor, RedeemMandate, StartAssisted};
use crate::components::{error_view, CsrfField, ErrorSummary, Layout, Notice, TextField};
use crate::helpers::{ActingFor, HelperHome, Scope};
use crate::pages::mandates::{MandateTerms, ScopeList, ASSISTED_FORM, REDEEM_FORM};
use crate::{local_day, services_or_error, t, use_env};

#[component]
pub fn HelperHomePage() -> impl IntoView {
    let Some(helper) = use_env().helper else {
        crate::redirect_to("/helper/sign-in");
        return ().into_any();
    };
    let services = services_or_error();
    let content = Suspend::new(async move {
        match async { services?.helper_desk.home(helper).await }.await {
            Ok(home) => view! { <HomeView home=home/> }.into_any(),
            Err(error) => error_view(error),
        }
    });
    let notice = use_env().flash.and_then(|f| f.notice);
    let flash = crate::use_flash(REDEEM_FORM).unwrap_or_default();
    let errors = flash.errors.clone();
    let assisted = crate::use_flash(ASSISTED_FORM).unwrap_or_default();
    let assisted_errors = assisted.errors.clone();
    view! {
        <Layout title="helper-home-title">
            {notice.map(|id| view! { <Notice id=id/> })}
            <Suspense fallback=|| ()>{content}</Suspense>
            <h2>{t("helper-redeem-title")}</h2>
            <ErrorSummary errors=errors/>
            <p>{t("helper-redeem-intro")}</p>
            <form method="post" action={<RedeemMandate as ServerFn>::url()} novalidate>
                <CsrfField/>
                <TextField name="code" label="helper-redeem-code" flash=flash autocomplete="off"/>
                <button type="submit" class="button">{t("helper-redeem")}</button>
            </form>
            <h2 id="assisted">{t("helper-assisted-title")}</h2>
            <ErrorSummary errors=assisted_errors/>
            <p>{t("helper-assisted-intro")}</p>
            <form method="post" action={<StartAssisted as ServerFn>::url()} novalidate>
                <CsrfField/>
                <TextField name="case_reference" label="sign-in-case-reference" flash=assisted.clone() autocomplete="off"/>
                <TextField name="date_of_birth" label="sign-in-date-of-birth" hint="sign-in-date-of-birth-hint" flash=assisted.clone() autocomplete="off"/>
                <MandateTerms flash=assisted/>
                <button type="submit" class="button">{t("helper-assisted-send")}</button>
            </form>
        </Layout>
    }
    .into_any()
}

#[component]
fn HomeView(home: HelperHome) -> impl IntoView {
    view! {
        <p><bdi>{home.name}</bdi> " · " <bdi>{home.organisation}</bdi></p>
        <h2>{t("helper-people")}</h2>
        {if home.people.is_empty() {
            view! { <p>{t("helper-people-none")}</p> }.into_any()
        } else {
            view! {
                <ul class="requests">
                    {home.people.into_iter().map(|person| view! {
                        <li class="request-card">
                            <h3><bdi>{person.name}</bdi></h3>
                            <dl class="facts">
                                <dt>{t("case-case-reference")}</dt><dd><bdi>{person.case_reference}</bdi></dd>
                                <dt>{t("helper-scope")}</dt>
                                <dd><ScopeList scope=person.scope.clone()/></dd>
                                <dt>{t("helper-until")}</dt><dd><bdi>{local_day(person.expires_on)}</bdi></dd>
                            </dl>
                            <form method="post" action={<ActFor as ServerFn>::url()}>
                                <CsrfField/>
                                <input type="hidden" name="mandate" value=person.mandate.to_string()/>
                                <button type="submit" class="button">{t("helper-act-for")}</button>
                            </form>
                        </li>
                    }).collect_view()}
                </ul>
            }
            .into_any()
        }}
    }
}

/// Where acting for someone starts: their data if the mandate lets the helper see it, else the first thing it
/// allows.
pub fn first_page_for(acting: &ActingFor) -> &'static str {
    if acting.allows(Scope::View) || acting.allows(Scope::Request) {
        if acting.allows(Scope::View) {
            "/my-data"
        } else {
            "/requests"
        }
    } else if acting.allows(Scope::Consent) {
        "/consent"
    } else {
        "/complaints"
    }
}
