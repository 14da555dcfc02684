//! The first screen: choose a language, read what Amana is for and what your rights are, then sign in.

use crate::errors::ErrorCode;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::{LanguageList, Layout, Notice, SearchDescription};
use crate::{t, use_env};

/// The rights a person has, in the order the home page explains them; each is `right-<key>` in Fluent.
const RIGHTS: [&str; 7] = ["access", "correct", "erase", "restrict", "consent", "complain", "who-looked"];

#[component]
pub fn HomePage() -> impl IntoView {
    let env = use_env();
    let signed_out = use_query_map().with_untracked(|q| q.get("signed-out").is_some());
    let expired = use_query_map().with_untracked(|q| q.get("expired").is_some());
    view! {
        <Layout title="home-title">
            <SearchDescription/>
            {signed_out.then(|| view! { <Notice id="notice-signed-out".to_owned()/> })}
            {expired.then(|| view! { <Notice id=ErrorCode::Au001.as_str().to_owned()/> })}
            <section class="choose-language" aria-labelledby="choose-language">
                <h2 id="choose-language">{t("home-choose-language")}</h2>
                <LanguageList path="/".to_owned() current=env.locale/>
            </section>
            <section aria-labelledby="about">
                <h2 id="about">{t("home-about-heading")}</h2>
                <p>{t("home-about")}</p>
            </section>
            <section aria-labelledby="rights">
                <h2 id="rights">{t("home-rights-heading")}</h2>
                <ul class="rights">
                    {RIGHTS.iter().map(|r| view! { <li>{t(&format!("right-{r}"))}</li> }).collect_view()}
                </ul>
                <p>{t("home-rights-free")}</p>
            </section>
            <p class="actions">
                {if env.viewer.is_some() {
                    view! { <a class="button" href="/my-data">{t("nav-my-data")}</a> }.into_any()
                } else {
                    view! { <a class="button" href="/sign-in">{t("home-sign-in")}</a> }.into_any()
                }}
            </p>
        </Layout>
    }
}
