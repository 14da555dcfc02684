//! Consent: every purpose that needs it, explained in plain words, with its state and one button to give or
//! withdraw it (withdrawing is as easy as giving), and the full history.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

use crate::actions::SetConsent;
use crate::components::error_view;
use crate::components::{CsrfField, Layout, Notice};
use crate::pages::requests::{acting_or_sign_in, actor_label};
use crate::rights::{ConsentOverview, ConsentState};
use crate::{local_moment, services_or_error, t};

#[component]
pub fn ConsentPage() -> impl IntoView {
    let Some(person) = acting_or_sign_in() else { return ().into_any() };
    let changed = use_query_map().with_untracked(|q| q.get("changed").is_some());
    let services = services_or_error();
    let content = Suspend::new(async move {
        let overview = async { services?.rights.consents(person).await }.await;
        match overview {
            Ok(overview) => view! { <ConsentView overview=overview/> }.into_any(),
            Err(error) => error_view(error),
        }
    });
    view! {
        <Layout title="consent-title">
            {changed.then(|| view! { <Notice id="notice-consent-changed".to_owned()/> })}
            <p>{t("consent-intro")}</p>
            <Suspense fallback=|| ()>{content}</Suspense>
        </Layout>
    }
    .into_any()
}

#[component]
fn ConsentView(overview: ConsentOverview) -> impl IntoView {
    view! {
        <ul class="consents">
            {overview.purposes.into_iter().map(|state| view! { <ConsentCard state=state/> }).collect_view()}
        </ul>
        <h2>{t("consent-history")}</h2>
        {if overview.history.is_empty() {
            view! { <p>{t("consent-history-none")}</p> }.into_any()
        } else {
            view! {
                <ol class="timeline consent-history">
                    {overview.history.into_iter().map(|change| {
                        let what = if change.given { "consent-history-given" } else { "consent-history-withdrawn" };
                        view! {
                            <li>
                                <bdi class="when">{local_moment(change.at)}</bdi> " "
                                <span>{t(what)}</span> ": " <span>{crate::purpose_name(&change.purpose)}</span>
                                " · " <span class="who">{actor_label(&change.by)}</span>
                                " · " <span class="small">{t("consent-version")} " " {change.text_version}</span>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            }
            .into_any()
        }}
    }
}

#[component]
fn ConsentCard(state: ConsentState) -> impl IntoView {
    let (status, button, action, class) = if state.given {
        ("consent-given", "consent-withdraw", "withdraw", "button danger")
    } else {
        ("consent-not-given", "consent-give", "give", "button")
    };
    view! {
        <li class="consent-card" id=format!("consent-{}", state.purpose)>
            <h2>{crate::purpose_name(&state.purpose)}</h2>
            <p>{crate::purpose_explanation(&state.purpose)}</p>
            <p class="consent-state" class:given=state.given>
                <strong>{t(status)}</strong>
                {state.since.map(|since| view! { " · " <bdi>{local_moment(since)}</bdi> })}
            </p>
            <form method="post" action={<SetConsent as ServerFn>::url()}>
                <CsrfField/>
                <input type="hidden" name="purpose" value=state.purpose.clone()/>
                <input type="hidden" name="action" value=action/>
                <button type="submit" class=class>{t(button)}</button>
            </form>
        </li>
    }
}
