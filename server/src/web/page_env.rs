//! Builds the [`PageEnv`] for each request (language, viewer, CSRF token, flash, CSP nonce) and sets the cookies
//! and headers that follow from it: language cookie, CSRF cookie, CSP, and `no-store` on every page. It also keeps
//! sessions cheap and bounded: a signed-in session's idle expiry moves on at most once a minute (the row is written
//! only when something changed), the CSRF secret is renewed whenever the signed-in identity changes, and a client
//! that is not signed in gets only so many new sessions (each form error or sign-in step needs one).

use amana_app::errors::ErrorCode;
use amana_app::staff::StaffId;
use std::sync::Arc;

use amana_app::contract::PersonId;
use amana_app::env::{session_keys, Door, Flash, PageEnv, StaffViewer};
use amana_app::helpers::{ActingFor, HelperDesk, HelperId};
use amana_app::i18n::{self, Locale};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use tower_sessions::Session;

use super::{WebConfig, SESSION_ABSOLUTE_SECONDS, STAFF_SESSION_ABSOLUTE_SECONDS};
use crate::domain::limits;
use crate::infra::crypto::random_token;

/// How often at most a signed-in session's idle expiry is pushed on (each push rewrites its row).
const TOUCH_EVERY_SECONDS: i64 = 60;

fn cookie_value<'a>(request: &'a Request, name: &str) -> Option<&'a str> {
    request
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

fn query_lang(request: &Request) -> Option<Locale> {
    let query = request.uri().query()?;
    url::form_urlencoded::parse(query.as_bytes())
        .find(|(key, _)| key == "lang")
        .and_then(|(_, value)| Locale::from_code(&value))
}

fn well_formed_token(token: &str) -> bool {
    token.len() == 43 && token.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The signed-in person, if the session holds one that is within the absolute limit.
async fn viewer(session: &Session, now: i64) -> Option<(i64, Option<String>)> {
    let person: i64 = session.get(session_keys::PERSON).await.ok().flatten()?;
    let signed_in_at: i64 = session.get(session_keys::SIGNED_IN_AT).await.ok().flatten()?;
    if now - signed_in_at > SESSION_ABSOLUTE_SECONDS {
        if let Err(error) = session.flush().await {
            tracing::warn!(error = %error, "could not end an expired session");
        }
        return None;
    }
    let locale = session.get(session_keys::PERSON_LOCALE).await.ok().flatten();
    Some((person, locale))
}

/// The account signed in at `door`, if the session holds one within the absolute limit of a working day.
async fn signed_in_at_door(session: &Session, door: Door, now: i64) -> Option<i64> {
    let id: i64 = session.get(door.id_key()).await.ok().flatten()?;
    let signed_in_at: i64 = session.get(door.signed_in_at_key()).await.ok().flatten()?;
    if now - signed_in_at > STAFF_SESSION_ABSOLUTE_SECONDS {
        if let Err(error) = session.flush().await {
            tracing::warn!(error = %error, door = door.base(), "could not end an expired session");
        }
        return None;
    }
    Some(id)
}

/// The signed-in staff member, with the role the menu shows.
async fn staff_viewer(session: &Session, now: i64) -> Option<StaffViewer> {
    let id = signed_in_at_door(session, Door::Staff, now).await?;
    let role = session.get(session_keys::STAFF_ROLE).await.ok().flatten()?;
    Some(StaffViewer { id: StaffId(id), role })
}

/// Who the session says is signed in, at each door: compared before and after a request to notice a sign-in or
/// a sign-out.
async fn identity(session: &Session) -> [Option<i64>; 3] {
    let mut ids = [None; 3];
    for (slot, key) in ids.iter_mut().zip([session_keys::PERSON, session_keys::STAFF, session_keys::HELPER]) {
        *slot = session.get::<i64>(key).await.ok().flatten();
    }
    ids
}

/// What the page environment is built from.
pub struct EnvState {
    pub web: Arc<WebConfig>,
    /// Checks, on every request, the mandate a helper is acting under.
    pub helper_desk: Arc<dyn HelperDesk>,
}

/// The person the signed-in helper acts for, if the session names a mandate that is still active. A mandate
/// that has ended (expired, revoked, organisation suspended) is dropped from the session with a notice.
async fn acting_for(state: &EnvState, session: &Session, helper: Option<i64>) -> Option<ActingFor> {
    let mandate: i64 = session.get(session_keys::HELPER_ACTING).await.ok().flatten()?;
    let checked = match helper {
        Some(helper) => state.helper_desk.acting_for(HelperId(helper), mandate).await,
        None => Ok(None),
    };
    match checked {
        Ok(Some(acting)) => Some(acting),
        Ok(None) => {
            tracing::info!(mandate_id = mandate, "a helper's mandate has ended during their session");
            let _ = session.remove::<i64>(session_keys::HELPER_ACTING).await;
            let _ = session.insert(session_keys::FLASH, Flash::notice("helper-mandate-ended")).await;
            None
        }
        Err(error) => {
            // Fail closed: without a checked mandate the helper acts for nobody on this request.
            tracing::warn!(error = %error, "could not check a mandate");
            None
        }
    }
}

/// The request's path as a link back to this site: `//evil.example/x` (or `/\\evil…`, which browsers read alike)
/// would otherwise make the language links point off-site.
fn local_path(path: &str) -> String {
    format!("/{}", path.trim_start_matches(['/', '\\']))
}

/// The flash of the last post, removed once read. Only a session that holds one is changed (a removal always
/// marks the session for saving).
async fn take_flash(session: &Session) -> Option<Flash> {
    let flash = session.get::<Flash>(session_keys::FLASH).await.ok().flatten()?;
    let _ = session.remove_value(session_keys::FLASH).await;
    Some(flash)
}

/// Pushes a signed-in session's idle expiry on, at most once a minute: marking it changed makes the session layer
/// save it (with a fresh expiry); otherwise a page view writes nothing.
async fn touch(session: &Session) {
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let touched: i64 = session.get(session_keys::TOUCHED_AT).await.ok().flatten().unwrap_or(0);
    if now - touched >= TOUCH_EVERY_SECONDS {
        if let Err(error) = session.insert(session_keys::TOUCHED_AT, now).await {
            tracing::warn!(error = %error, "could not push a session's expiry on");
        }
    }
}

/// The client's key for per-client limits: its address from the configured source (an IPv6 client's /64 network);
/// "unknown" (one shared key) if the source gives none.
async fn client_address(request: Request) -> (Request, String) {
    use axum::extract::FromRequestParts;
    let (mut parts, body) = request.into_parts();
    let client = match axum_client_ip::ClientIp::from_request_parts(&mut parts, &()).await {
        // Keyed as limits count it (IPv6 by its /64), once for every limiter of the request.
        Ok(axum_client_ip::ClientIp(ip)) => limits::client_key(&ip.to_string()),
        Err(_) => {
            tracing::warn!("no client address from the configured source (AMANA_CLIENT_IP_SOURCE)");
            "unknown".to_owned()
        }
    };
    (Request::from_parts(parts, body), client)
}

pub async fn build(State(state): State<Arc<EnvState>>, request: Request, next: Next) -> Response {
    let web = state.web.clone();
    let (mut request, client) = client_address(request).await;
    let session = request.extensions().get::<Session>().cloned();
    let signed_in = match &session {
        Some(session) => viewer(session, web.clock.now()).await,
        None => None,
    };
    let staff = match &session {
        Some(session) => staff_viewer(session, web.clock.now()).await,
        None => None,
    };
    let helper = match &session {
        Some(session) => signed_in_at_door(session, Door::Helper, web.clock.now()).await,
        None => None,
    };
    let chosen = query_lang(&request);
    let accept_language = request.headers().get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    let chosen_locale = chosen.or_else(|| cookie_value(&request, web.cookies.lang).and_then(Locale::from_code));
    let locale = i18n::negotiate(
        chosen.map(Locale::code),
        cookie_value(&request, web.cookies.lang),
        signed_in.as_ref().and_then(|(_, l)| l.as_deref()),
        accept_language,
    );
    let cookies = web.cookies;
    let existing_seed = cookie_value(&request, cookies.csrf).filter(|t| well_formed_token(t)).map(str::to_owned);
    let mut new_seed = existing_seed.is_none().then(|| random_token(32));
    let seed = existing_seed.or_else(|| new_seed.clone()).unwrap_or_default();
    let identity_before = match &session {
        Some(session) => identity(session).await,
        None => [None; 3],
    };
    let signed_in_somewhere = identity_before.iter().any(Option::is_some);
    let csrf_secret = match &session {
        Some(session) if signed_in_somewhere => session.get::<String>(session_keys::CSRF_SECRET).await.ok().flatten(),
        _ => None,
    };
    let csrf_token = web.master_key.csrf_token(&format!("{seed}|{}", csrf_secret.unwrap_or_default()));
    if let Some(session) = session.as_ref().filter(|_| signed_in_somewhere) {
        touch(session).await;
    }
    let is_page = request.method() == Method::GET && !request.uri().path().starts_with("/api/");
    let flash = match (&session, is_page) {
        (Some(session), true) => take_flash(session).await,
        _ => None,
    };
    // After the flash is read, so a notice that the mandate has ended reaches the next page.
    let acting_for = match &session {
        Some(session) => acting_for(&state, session, helper).await,
        None => None,
    };
    let followed_complaint = match &session {
        Some(session) => session.get::<String>(session_keys::COMPLAINT).await.ok().flatten(),
        None => None,
    };
    // Pages show purposes by the register's names: one small query per page, so edits show at once everywhere.
    let purposes = if is_page {
        match web.storage.purpose_texts_in(locale.code()).await {
            Ok(rows) => rows.into_iter().map(|(key, name, explanation)| (key, (name, explanation))).collect(),
            Err(error) => {
                tracing::warn!(error = %error, "could not load purpose texts");
                Default::default()
            }
        }
    } else {
        Default::default()
    };
    let nonce = random_token(16);
    let path = local_path(request.uri().path());
    request.extensions_mut().insert(PageEnv {
        locale,
        chosen_locale,
        viewer: signed_in.map(|(person, _)| PersonId(person)),
        staff,
        helper: helper.map(HelperId),
        acting_for,
        csrf_token,
        client: client.clone(),
        nonce: nonce.clone(),
        path,
        flash,
        followed_complaint,
        purposes: std::sync::Arc::new(purposes),
    });

    // A post from a visitor without a session makes one (for the form's error, a sign-in step or a receipt).
    // Counted before anything runs, so a flood from one client stores nothing once its allowance is used up.
    let creates_session = request.method() == Method::POST && session.as_ref().is_none_or(|s| s.id().is_none());
    if creates_session {
        let allowed = web.limiter.allows(limits::NEW_SESSIONS, &client).await;
        if !allowed.unwrap_or(false) {
            tracing::info!(outcome = "rate-limited", "post without a session refused");
            return super::short_page(StatusCode::TOO_MANY_REQUESTS, locale, ErrorCode::Si012);
        }
    }
    let mut response = next.run(request).await;
    if let Some(session) = &session {
        let identity_after = identity(session).await;
        if identity_after != identity_before {
            // Signed in or out: tokens from before are refused from now on.
            new_seed = Some(random_token(32));
            if identity_after.iter().any(Option::is_some) {
                if let Err(error) = session.insert(session_keys::CSRF_SECRET, random_token(32)).await {
                    tracing::warn!(error = %error, "could not renew the CSRF secret");
                }
            }
        }
    }
    let secure = if web.secure_cookies { "; Secure" } else { "" };
    let headers = response.headers_mut();
    if let Some(locale) = chosen {
        let cookie =
            format!("{}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly{secure}", cookies.lang, locale.code());
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            headers.append(header::SET_COOKIE, value);
        }
    }
    if let Some(seed) = new_seed {
        let cookie = format!("{}={seed}; Path=/; SameSite=Lax; HttpOnly{secure}", cookies.csrf);
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            headers.append(header::SET_COOKIE, value);
        }
    }
    let csp = format!(
        "default-src 'none'; script-src 'nonce-{nonce}' 'strict-dynamic'; style-src 'nonce-{nonce}'; img-src 'self' data:; \
         form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    );
    if let Ok(value) = HeaderValue::from_str(&csp) {
        headers.insert(header::CONTENT_SECURITY_POLICY, value);
    }
    // Pages can show personal data and are never cached, by the browser or anything between.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
