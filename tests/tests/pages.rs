//! The site as a whole: languages and direction on every page, the picker, health check, not-found, headers.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use amana_app::i18n::Locale;
use amana_tests::{spawn_app, DEMO_1};

const PUBLIC_PAGES: [&str; 3] = ["/", "/sign-in", "/sign-in/code"];

#[tokio::test]
async fn every_page_in_every_language_has_lang_dir_picker_and_translated_title() {
    let app = spawn_app().await;
    let client = app.client();
    for locale in Locale::all() {
        for path in PUBLIC_PAGES {
            let page = client.get(&format!("{path}?lang={}", locale.code())).await;
            assert_eq!(page.status.as_u16(), 200, "{path}");
            assert_eq!(page.attr("html", "lang").as_deref(), Some(locale.code()));
            // The six right-to-left locales of issue 14 (those not served yet are simply not in the loop).
            let dir = if ["ar", "fa", "fa-AF", "ps", "ur", "ckb"].contains(&locale.code()) { "rtl" } else { "ltr" };
            assert_eq!(page.attr("html", "dir").as_deref(), Some(dir), "{path} in {}", locale.code());
            // The picker lists every language in its own script, keeping the person on this page.
            let names = page.texts("details.languages .language-list a");
            let expected: Vec<String> = Locale::all().map(|l| l.native_name().to_owned()).collect();
            assert_eq!(names, expected);
            assert_eq!(page.attr("details.languages a[hreflang=fa]", "href"), Some(format!("{path}?lang=fa")));
            let h1 = page.texts("h1");
            assert_eq!(h1.len(), 1);
            assert!(page.texts("title")[0].starts_with(&h1[0]));
            assert!(page.body.contains(&locale.text("footer-fictional")));
        }
    }
    // The first screen lists the languages openly, not only in the menu.
    let home = client.get("/").await;
    assert_eq!(home.texts(".choose-language .language-list a").len(), Locale::all().count());
}

#[tokio::test]
async fn search_engines_may_index_the_start_and_sign_in_pages_and_nothing_else() {
    let app = spawn_app().await;
    let robots = app.client().get("/robots.txt").await;
    assert_eq!(robots.status.as_u16(), 200);
    assert!(robots.header("content-type").is_some_and(|c| c.starts_with("text/plain")));
    // RFC 9309: the longest matching rule wins; `$` anchors the end of the path.
    let rules: Vec<(bool, String)> = robots
        .body
        .lines()
        .filter_map(|line| {
            let (field, value) = line.split_once(':')?;
            let allow = match field.trim().to_ascii_lowercase().as_str() {
                "allow" => true,
                "disallow" => false,
                _ => return None,
            };
            Some((allow, value.trim().to_owned()))
        })
        .collect();
    let allowed = |path: &str| {
        let matches = |rule: &str| match rule.strip_suffix('$') {
            Some(exact) => path == exact,
            None => path.starts_with(rule),
        };
        rules.iter().filter(|(_, rule)| matches(rule)).max_by_key(|(_, rule)| rule.len()).is_none_or(|(a, _)| *a)
    };
    for public in ["/", "/sign-in", "/transparency", "/recipients"] {
        assert!(allowed(public), "{public} may be indexed");
    }
    for private in
        ["/my-data", "/requests", "/requests/R-AAAA-AAAA", "/staff", "/helper", "/sign-in/code", "/api/v1/system"]
    {
        assert!(!allowed(private), "{private} is kept out of search engines");
    }
    // What a search engine shows under those two pages, in the language asked for; no other page describes itself.
    let client = app.client();
    for locale in Locale::all() {
        for public in ["/", "/sign-in"] {
            let page = client.get(&format!("{public}?lang={}", locale.code())).await;
            let description = page.attr("meta[name=description]", "content");
            assert_eq!(description, Some(locale.text("meta-description")), "{public} in {}", locale.code());
        }
    }
    let signed_in = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    for private in ["/my-data", "/requests", "/sign-in/code"] {
        assert_eq!(signed_in.get(private).await.attr("meta[name=description]", "content"), None, "{private}");
    }
}

#[tokio::test]
async fn the_language_is_kept_across_visits_and_follows_the_browser_otherwise() {
    let app = spawn_app().await;
    let client = app.client_with_language("es-MX,es;q=0.9,en;q=0.5");
    assert_eq!(client.get("/").await.attr("html", "lang").as_deref(), Some("es"));
    let chosen = client.get("/sign-in?lang=uk").await;
    assert!(chosen.header("set-cookie").unwrap().contains("Max-Age=31536000"), "the choice is remembered");
    assert_eq!(client.get("/").await.attr("html", "lang").as_deref(), Some("uk"), "the cookie beats the browser");
    let unknown = client.get("/?lang=xx").await;
    assert_eq!(unknown.attr("html", "lang").as_deref(), Some("uk"), "an unknown code changes nothing");
    assert_eq!(app.client().get("/").await.attr("html", "lang").as_deref(), Some("en"));
}

#[tokio::test]
async fn a_signed_in_person_without_a_language_cookie_gets_their_stored_language() {
    let app = spawn_app().await;
    // On one phone the person chooses Persian and signs in: Persian becomes their stored preference.
    let phone = app.client();
    phone.get("/?lang=fa").await;
    let before = app.mails().len();
    phone.submit("/sign-in", "/api/sign-in/start", &[("case_reference", DEMO_1.0), ("date_of_birth", DEMO_1.1)]).await;
    let code = app.wait_for_mail(before + 1).await.sign_in_code();
    phone.submit("/sign-in/code", "/api/sign-in/verify", &[("code", &code)]).await;
    let person = app.storage.person_by_reference(DEMO_1.0).await.unwrap().unwrap();
    assert_eq!(person.preferred_locale.as_deref(), Some("fa"));

    // On a borrowed phone set to English, with no choice made there, they get Persian once signed in.
    let borrowed = app.client_with_language("en-GB,en;q=0.9");
    assert_eq!(borrowed.get("/sign-in").await.attr("html", "lang").as_deref(), Some("en"));
    let before = app.mails().len();
    borrowed
        .submit("/sign-in", "/api/sign-in/start", &[("case_reference", DEMO_1.0), ("date_of_birth", DEMO_1.1)])
        .await;
    let code = app.wait_for_mail(before + 1).await.sign_in_code();
    borrowed.submit("/sign-in/code", "/api/sign-in/verify", &[("code", &code)]).await;
    let page = borrowed.get("/my-data").await;
    assert_eq!(page.attr("html", "lang").as_deref(), Some("fa"));
    assert_eq!(page.attr("html", "dir").as_deref(), Some("rtl"));
    // Choosing on this phone still wins.
    assert_eq!(borrowed.get("/my-data?lang=es").await.attr("html", "lang").as_deref(), Some("es"));
}

#[tokio::test]
async fn health_not_found_and_headers() {
    let app = spawn_app().await;
    let client = app.client();
    let health = client.get("/healthz").await;
    assert_eq!((health.status.as_u16(), health.body.as_str()), (200, "ok"));

    let missing = client.get("/no-such-page?lang=fr").await;
    assert_eq!(missing.status.as_u16(), 404);
    assert_eq!(missing.texts("main p")[0], Locale::from_code("fr").unwrap().text("GEN-404"));

    let page = client.get("/").await;
    let csp = page.header("content-security-policy").unwrap();
    let nonce = page.attr("style", "nonce").unwrap();
    assert!(csp.contains(&format!("'nonce-{nonce}'")) && csp.contains("default-src 'none'"), "{csp}");
    assert_eq!(page.header("x-content-type-options"), Some("nosniff"));
    assert_eq!(page.header("x-frame-options"), Some("DENY"));
    assert_eq!(page.header("cache-control"), Some("no-store"));
    // Nothing from another site: no external scripts, styles, fonts or images.
    for attr in ["src", "href"] {
        let selector = scraper::Selector::parse(&format!("[{attr}]")).unwrap();
        for element in page.html().select(&selector) {
            let url = element.value().attr(attr).unwrap();
            assert!(
                url.starts_with('/') || url.starts_with('#') || url.starts_with("?") || url.starts_with("data:"),
                "{url}"
            );
        }
    }
    // No scripts are needed: the only ones are Leptos's inline bookkeeping, under the nonce.
    let selector = scraper::Selector::parse("script[src]").unwrap();
    assert_eq!(page.html().select(&selector).count(), 0);
}

#[tokio::test]
async fn unknown_database_schemes_are_refused_at_start() {
    let error = amana_server::infra::config::DatabaseUrl::parse("mongodb://localhost/amana").unwrap_err();
    assert!(error.to_string().contains("unsupported scheme"));
}

#[tokio::test]
async fn quick_exit_on_every_page_ends_the_session_and_leaves_for_a_neutral_site() {
    let app = spawn_app().await;
    let client = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    for path in ["/", "/sign-in", "/my-data", "/no-such-page?lang=ar"] {
        let page = client.get(path).await;
        assert_eq!(page.attr("a.quick-exit", "href").as_deref(), Some("/exit"), "{path}");
    }
    let exit = client.get("/exit").await;
    assert_eq!(exit.status.as_u16(), 303);
    assert_eq!(exit.location(), Some(app.config.quick_exit_url.as_str()));
    assert!(!exit.location().unwrap().contains(&app.base), "it leaves the site");
    let cleared = exit.header("clear-site-data").unwrap();
    assert!(cleared.contains("cookies") && cleared.contains("cache") && cleared.contains("storage"), "{cleared}");
    assert_eq!(client.get("/my-data").await.location(), Some("/sign-in"), "the session is over");
}

#[tokio::test]
async fn a_language_nobody_has_checked_yet_says_so_in_its_footer_in_that_language() {
    let app = spawn_app().await;
    let client = app.client();
    let (pashto, english) = (Locale::from_code("ps").unwrap(), Locale::default());
    assert_ne!(pashto.text("footer-draft-translation"), english.text("footer-draft-translation"), "in Pashto");
    let page = client.get("/sign-in?lang=ps").await;
    assert_eq!(page.texts("footer .draft-translation"), [pashto.text("footer-draft-translation")]);
    let source = client.get("/sign-in?lang=en").await;
    assert!(source.texts("footer .draft-translation").is_empty(), "English is the source, not a draft");
}
