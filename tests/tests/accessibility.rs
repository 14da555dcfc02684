//! Accessibility, proven in a real browser: axe-core (WCAG 2.2 A and AA rules) on every page a migrant, a helper
//! and a staff member reaches, in English, Arabic, Pashto and Tigrinya, finds nothing; no page has a script, so a
//! browser with JavaScript off gets the very same page (axe itself needs JavaScript to run: a browser with it off
//! never finishes `axe.run`); and a migrant signs in, files a correction and gives and takes back consent with the
//! keyboard alone, JavaScript off.
//!
//! axe-core comes from npm (`scripts/test` installs it into `target/tools`; `AMANA_AXE` names another copy).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;

use amana_tests::browser::{Browser, JavaScript};
use amana_tests::{spawn_app, TestApp, DEMO_1};
use fantoccini::key::Key;
use fantoccini::{Client, Locator};

const LOCALES: [&str; 4] = ["en", "ar", "ps", "ti"];
const CASEWORKER: &str = "caseworker@amana.example";
const ADMIN: &str = "admin@amana.example";
const DPO: &str = "dpo@amana.example";
const HELPER: &str = "helper@legal-aid.example";

fn axe_source() -> String {
    let path = std::env::var_os("AMANA_AXE")
        .map(PathBuf::from)
        .unwrap_or_else(|| amana_tests::workspace_root().join("target/tools/node_modules/axe-core/axe.min.js"));
    std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "axe-core is missing at {}: run scripts/test (it installs it from npm), or set AMANA_AXE",
            path.display()
        )
    })
}

/// The WCAG 2.2 A and AA rules axe has, run on the page the browser shows; each violation as rule: targets.
async fn violations(b: &Client, axe: &str) -> Vec<String> {
    // Injected through WebDriver, which runs it whether or not the page may run scripts.
    b.execute(&format!("{axe}\n;window.axe = axe; return true;"), vec![]).await.unwrap();
    let script = "const done = arguments[arguments.length - 1];
        axe.run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } })
           .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))
           .catch(e => done(['axe failed: ' + e]));";
    let found = b.execute_async(script, vec![]).await.unwrap();
    found.as_array().unwrap().iter().map(|v| v.as_str().unwrap_or_default().to_owned()).collect()
}

/// Visits every path in every locale and collects what axe finds, by page, and any script a page carries.
async fn scan(b: &Client, app: &TestApp, paths: &[String], axe: &str, found: &mut Vec<String>) {
    for locale in LOCALES {
        for path in paths {
            let separator = if path.contains('?') { '&' } else { '?' };
            b.goto(&format!("{}{path}{separator}lang={locale}", app.base)).await.unwrap();
            // Leptos writes two inert lists for hydration (`__RESOLVED_RESOURCES=[];…`), which nothing reads without
            // the WebAssembly bundle Amana does not ship; anything more would make the page differ with JavaScript off.
            let script = "return [...document.scripts].filter(s => s.src || !/^(__[A-Z_]+=\\[\\];)+$/.test(s.text.trim())).length;";
            let scripts = b.execute(script, vec![]).await.unwrap();
            if scripts.as_u64() != Some(0) {
                found.push(format!(
                    "{path} ({locale}): {scripts} scripts that run: the page would differ without JavaScript"
                ));
            }
            for violation in violations(b, axe).await {
                found.push(format!("{path} ({locale}): {violation}"));
            }
        }
    }
}

async fn type_into(b: &Client, name: &str, text: &str) {
    b.find(Locator::Css(&format!("[name={name}]"))).await.unwrap().send_keys(text).await.unwrap();
}

async fn submit(b: &Client) {
    b.find(Locator::Css("main form button[type=submit]")).await.unwrap().click().await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
}

/// Signs `email` in at `door` (`staff` or `helper`) with the demo password and a code from `secret`.
async fn account_signs_in(b: &Client, app: &TestApp, door: &str, email: &str, secret: &str) {
    b.goto(&format!("{}/{door}/sign-in", app.base)).await.unwrap();
    type_into(b, "email", email).await;
    type_into(b, "password", amana_server::demo::DEMO_PASSWORD).await;
    submit(b).await;
    type_into(b, "code", &amana_tests::totp(secret, amana_server::infra::clock::Clock::now(&app.clock))).await;
    submit(b).await;
}

async fn migrant_signs_in(b: &Client, app: &TestApp) {
    b.goto(&format!("{}/sign-in?lang=en", app.base)).await.unwrap();
    let mails = app.mails().len();
    type_into(b, "case_reference", DEMO_1.0).await;
    type_into(b, "date_of_birth", DEMO_1.1).await;
    submit(b).await;
    let code = app.wait_for_code_mail(mails, "demo-0001@example.org").await.sign_in_code();
    type_into(b, "code", &code).await;
    submit(b).await;
}

#[tokio::test]
async fn every_page_passes_axe_in_four_languages_and_needs_no_script() {
    let javascript = JavaScript::On;
    let axe = axe_source();
    let app = spawn_app().await;
    let (_, staff_secret) = app.staff(CASEWORKER).await;
    let (_, admin_secret) = app.staff(ADMIN).await;
    let (_, dpo_secret) = app.staff(DPO).await;
    let (_, helper_secret) = app.helper(HELPER).await;
    let (_, reference) = app.person_files(DEMO_1, "correct", "family-name", Some("Example-Corrected")).await;
    let (field, _) = app.field(DEMO_1.0, "family-name").await;
    app.clock.advance(60); // authenticator codes are single use
    let mut found = Vec::new();

    let browser = Browser::start(javascript, 360).await;
    let b = &browser.client;
    // axe really runs: a form field without a label, planted on the start page, is found.
    b.goto(&app.base).await.unwrap();
    b.execute("document.querySelector('main').insertAdjacentHTML('beforeend', '<input type=text>'); return 1;", vec![])
        .await
        .unwrap();
    let planted = violations(b, &axe).await;
    assert!(planted.iter().any(|v| v.starts_with("label:")), "axe misses an unlabelled field: {planted:?}");
    let public: Vec<String> = [
        "/",
        "/sign-in",
        "/complaints",
        "/complaints/lookup",
        "/transparency",
        "/recipients",
        "/staff/sign-in",
        "/helper/sign-in",
    ]
    .into_iter()
    .map(str::to_owned)
    .collect();
    scan(b, &app, &public, &axe, &mut found).await;
    migrant_signs_in(b, &app).await;
    let migrant: Vec<String> = [
        "/my-data",
        "/my-data/access",
        "/my-data/download",
        "/my-data/export",
        "/my-data/erase",
        "/requests",
        "/consent",
        "/mandates",
    ]
    .into_iter()
    .map(str::to_owned)
    .chain([format!("/requests/{reference}"), format!("/my-data/fields/{field}/correct")])
    .collect();
    scan(b, &app, &migrant, &axe, &mut found).await;
    // An error on a form, as a person sees it after a mistake.
    b.goto(&format!("{}/my-data/fields/{field}/correct?lang=en", app.base)).await.unwrap();
    b.find(Locator::Css("[name=proposed_value]")).await.unwrap().clear().await.unwrap();
    submit(b).await;
    found.extend(violations(b, &axe).await.into_iter().map(|v| format!("correction form with an error: {v}")));
    browser.close().await;

    let browser = Browser::start(javascript, 360).await;
    let b = &browser.client;
    account_signs_in(b, &app, "helper", HELPER, &helper_secret).await;
    scan(b, &app, &["/helper".to_owned()], &axe, &mut found).await;
    browser.close().await;

    let browser = Browser::start(javascript, 1280).await;
    let b = &browser.client;
    account_signs_in(b, &app, "staff", CASEWORKER, &staff_secret).await;
    let staff = ["/staff".to_owned(), format!("/staff/requests/{reference}"), "/staff/mandates".to_owned()];
    scan(b, &app, &staff, &axe, &mut found).await;
    browser.close().await;

    let browser = Browser::start(javascript, 1280).await;
    let b = &browser.client;
    account_signs_in(b, &app, "staff", ADMIN, &admin_secret).await;
    let admin_pages = ["/staff/admin", "/staff/audit", "/staff/recipients"].map(str::to_owned);
    scan(b, &app, &admin_pages, &axe, &mut found).await;
    browser.close().await;

    let browser = Browser::start(javascript, 1280).await;
    let b = &browser.client;
    account_signs_in(b, &app, "staff", DPO, &dpo_secret).await;
    scan(b, &app, &["/staff/breaches".to_owned()], &axe, &mut found).await;
    browser.close().await;

    assert!(found.is_empty(), "{} accessibility violations:\n{}", found.len(), found.join("\n"));
}

/// Tab until the focused element matches `selector` (at most 80 presses), the way a keyboard user gets there.
async fn tab_to(b: &Client, selector: &str) {
    for _ in 0..80 {
        let here = b
            .execute(
                "return document.activeElement && document.activeElement.matches(arguments[0]);",
                vec![selector.into()],
            )
            .await
            .unwrap();
        if here.as_bool() == Some(true) {
            return;
        }
        keys(b, &Key::Tab.to_string()).await;
    }
    panic!("{selector} is not reachable with the Tab key");
}

/// Presses the keys of `text` one after the other, as a keyboard does, into whatever has the focus.
async fn keys(b: &Client, text: &str) {
    use fantoccini::actions::{InputSource, KeyAction, KeyActions};
    let mut typing = KeyActions::new("keyboard".to_owned());
    for key in text.chars() {
        typing = typing.then(KeyAction::Down { value: key }).then(KeyAction::Up { value: key });
    }
    b.perform_actions(typing).await.unwrap();
}

#[tokio::test]
async fn with_the_keyboard_alone_a_migrant_signs_in_files_a_correction_and_gives_and_takes_back_consent() {
    let app = spawn_app().await;
    let browser = Browser::start(JavaScript::Off, 360).await;
    let b = &browser.client;
    b.goto(&format!("{}/sign-in", app.base)).await.unwrap();
    let mails = app.mails().len();
    tab_to(b, "[name=case_reference]").await;
    keys(b, DEMO_1.0).await;
    tab_to(b, "[name=date_of_birth]").await;
    keys(b, &format!("{}{}", DEMO_1.1, Key::Enter)).await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let code = app.wait_for_code_mail(mails, "demo-0001@example.org").await.sign_in_code();
    tab_to(b, "[name=code]").await;
    keys(b, &format!("{code}{}", Key::Enter)).await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(b.current_url().await.unwrap().path(), "/my-data");

    // Open the kind that holds the family name (Enter on its heading), then its correction link.
    let (field, _) = app.field(DEMO_1.0, "family-name").await;
    tab_to(b, "#cat-identity summary").await;
    keys(b, &Key::Enter.to_string()).await;
    tab_to(b, &format!("a[href='/my-data/fields/{field}/correct']")).await;
    keys(b, &Key::Enter.to_string()).await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    tab_to(b, "[name=proposed_value]").await;
    keys(b, "-Corrected").await;
    tab_to(b, "main form button[type=submit]").await;
    keys(b, &Key::Enter.to_string()).await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let url = b.current_url().await.unwrap();
    assert!(url.path().starts_with("/requests/R-") && url.query() == Some("filed"), "filed: {url}");

    // Consent: give it, then take it back (or the other way round), with Tab and Enter only.
    b.goto(&format!("{}/consent", app.base)).await.unwrap();
    let id = b.find(Locator::Css(".consent-card")).await.unwrap().attr("id").await.unwrap().unwrap();
    let given = || async { b.find(Locator::Css(&format!("#{id} .consent-state.given"))).await.is_ok() };
    let mut before = given().await;
    for _ in 0..2 {
        tab_to(b, &format!("#{id} form button[type=submit]")).await;
        keys(b, &Key::Enter.to_string()).await;
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        let now = given().await;
        assert_ne!(now, before, "Enter on the consent button changes the consent");
        before = now;
    }
    browser.close().await;
}
