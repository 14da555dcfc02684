//! The bytes over the wire (compressed, headers included) of the sign-in and My data pages with everything they
//! load, on a first visit: fails when a page is over the 50 KB budget. `scripts/page-weight` prints the figures.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use amana_tests::{spawn_app, Client, DEMO_1};

const BUDGET_BYTES: usize = 50 * 1024;

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

#[tokio::test]
async fn every_first_visit_is_within_the_page_weight_budget() {
    let app = spawn_app().await;
    let mut over = false;
    println!("Page weight (bytes over the wire, first visit, JavaScript not needed; budget {BUDGET_BYTES})");
    let anonymous = app.client();
    let signed_in = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    for (label, client, path) in [
        ("sign-in", &anonymous, "/sign-in"),
        ("sign-in (Arabic)", &anonymous, "/sign-in?lang=ar"),
        ("my data (DEMO-0001)", &signed_in, "/my-data"),
        ("my data (Persian)", &signed_in, "/my-data?lang=fa"),
    ] {
        let (total, parts) = weigh(client, path).await;
        let verdict = if total <= BUDGET_BYTES { "ok" } else { "OVER BUDGET" };
        over |= total > BUDGET_BYTES;
        println!("{label:<22} {total:>7} bytes  {verdict}");
        for (part, bytes) in parts {
            println!("    {part:<40} {bytes:>7}");
        }
    }
    assert!(!over, "a page is over the {BUDGET_BYTES}-byte budget (figures above, with --nocapture)");
}
