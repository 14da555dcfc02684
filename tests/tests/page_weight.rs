//! The bytes over the wire (compressed, headers included) of every page a migrant reaches, with everything it loads,
//! on a first visit, in English and in the locale whose pages are heaviest: fails when one is over 14 KB, what
//! a server can send in its first round trip (TCP's initial window of ten segments), so a page on a slow phone
//! connection arrives whole after one round trip. `scripts/page-weight` prints the figures.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use amana_app::i18n::Locale;
use amana_tests::{spawn_app, Client, DEMO_1};

const BUDGET_BYTES: usize = 14 * 1024;

fn header_bytes(headers: &reqwest::header::HeaderMap) -> usize {
    // "Name: value\r\n" per header plus the status line and the blank line.
    headers.iter().map(|(k, v)| k.as_str().len() + v.len() + 4).sum::<usize>() + 17 + 2
}

/// Same-site subresources the page loads (stylesheets, scripts, images, icons).
fn subresources(html: &str) -> Vec<String> {
    let document = scraper::Html::parse_document(html);
    let selector = scraper::Selector::parse("link[href], script[src], img[src], source[src]").unwrap();
    document
        .select(&selector)
        .filter_map(|e| e.value().attr("href").or_else(|| e.value().attr("src")))
        .filter(|url| url.starts_with('/') && !url.starts_with("//"))
        .map(str::to_owned)
        .collect()
}

async fn weigh(client: &Client, path: &str) -> (usize, Vec<(String, usize)>) {
    let accept = [("accept-encoding", "br, gzip"), ("accept", "text/html")];
    let (status, headers, body) = client.get_raw(path, &accept).await;
    assert!(status.is_success(), "{path}: {status}");
    let html = {
        // Decompress only to find subresources; the weight counts the compressed bytes.
        let (_, _, plain) = client.get_raw(path, &[("accept-encoding", "identity"), ("accept", "text/html")]).await;
        String::from_utf8_lossy(&plain).into_owned()
    };
    let mut parts = vec![(
        format!(
            "{path} (document, {})",
            headers.get("content-encoding").map_or("identity", |v| v.to_str().unwrap_or("?"))
        ),
        header_bytes(&headers) + body.len(),
    )];
    for url in subresources(&html) {
        let (_, headers, body) = client.get_raw(&url, &accept).await;
        parts.push((url, header_bytes(&headers) + body.len()));
    }
    (parts.iter().map(|(_, n)| n).sum(), parts)
}

/// Every page a migrant can reach, signed in as the first demo person (a request of theirs and a field of theirs
/// where the path needs one).
async fn migrant_pages(app: &amana_tests::TestApp) -> Vec<String> {
    let (field, _) = app.field(DEMO_1.0, "family-name").await;
    let mut pages: Vec<String> = ["/", "/my-data", "/my-data/access", "/my-data/download", "/my-data/export"]
        .into_iter()
        .chain(["/requests", "/consent", "/mandates", "/complaints", "/complaints/lookup", "/my-data/erase"])
        .map(str::to_owned)
        .collect();
    pages.push(format!("/my-data/fields/{field}/correct"));
    pages
}

#[tokio::test]
async fn every_first_visit_is_within_the_page_weight_budget() {
    let app = spawn_app().await;
    let mut over = false;
    println!("Page weight (bytes over the wire, first visit, JavaScript not needed; budget {BUDGET_BYTES})");
    let signed_in = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let (_, reference) = app.person_files(DEMO_1, "erase", "given-name", None).await;
    // The heaviest locale: the one whose My data weighs most.
    let mut heaviest = (0, Locale::default());
    for locale in Locale::all() {
        let (total, _) = weigh(&signed_in, &format!("/my-data?lang={}", locale.code())).await;
        if total > heaviest.0 {
            heaviest = (total, locale);
        }
    }
    let mut pages = migrant_pages(&app).await;
    pages.push(format!("/requests/{reference}"));
    for locale in [Locale::default(), heaviest.1] {
        println!("in {}", locale.code());
        // Each page as the signed-in person sees it, in this locale; the sign-in pages before signing in.
        let anonymous = app.client();
        let visits = [("/sign-in", &anonymous)].into_iter().chain(pages.iter().map(|p| (p.as_str(), &signed_in)));
        for (path, client) in visits {
            let (total, parts) = weigh(client, &format!("{path}?lang={}", locale.code())).await;
            let verdict = if total <= BUDGET_BYTES { "ok" } else { "OVER BUDGET" };
            over |= total > BUDGET_BYTES;
            println!("  {path:<36} {total:>7} bytes  {verdict}");
            for (part, bytes) in parts.iter().skip(1) {
                println!("      {part:<34} {bytes:>7}");
            }
        }
    }
    assert!(!over, "a page is over the {BUDGET_BYTES}-byte budget (figures above, with --nocapture)");
}
