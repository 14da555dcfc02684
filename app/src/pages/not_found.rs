//! The page for addresses that do not exist, and for things a person may not see (the same answer for both).

use crate::errors::ErrorCode;
use leptos::prelude::*;

use crate::components::Layout;
use crate::t;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    view! {
        <Layout title="not-found-title">
            <p>{t(ErrorCode::Gen404.as_str())}</p>
            <p><a href="/">{t("not-found-home")}</a></p>
        </Layout>
    }
}
