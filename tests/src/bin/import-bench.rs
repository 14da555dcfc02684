//! Measures a bulk load through the API and prints the figures: 100,000 people with 20 fields each, streamed as
//! one `application/x-ndjson` body to `POST /api/v1/imports`, as a source system would send its nightly export
//! (target ≥ 20,000 fields/s on a 2-core machine), with how much the process's peak memory grew while it ran.
//! Run it with `scripts/bench-import` (both backends); `AMANA_TEST_BACKEND` picks one, `AMANA_BENCH_PEOPLE`
//! another number of people. Bounded: one request of that many lines, on 127.0.0.1 only.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::process::ExitCode;
use std::time::Instant;

use amana_tests::api::ALL_SCOPES;
use amana_tests::{backend, spawn_app};
use futures_util::stream;

const DEFAULT_PEOPLE: usize = 100_000;
const FIELDS_PER_PERSON: usize = 20;
const TARGET_FIELDS_PER_SECOND: f64 = 20_000.0;
/// Lines generated per chunk of the request body.
const LINES_PER_CHUNK: usize = 500;
const CATEGORIES: [&str; 5] = ["identity", "contact", "family", "education", "employment"];

/// One person as an NDJSON line: fictional values, a different case reference each.
fn line(index: usize) -> String {
    let fields: Vec<serde_json::Value> = (0..FIELDS_PER_PERSON)
        .map(|f| {
            serde_json::json!({
                "category": CATEGORIES[f % CATEGORIES.len()],
                "key": format!("field-{f:02}"),
                "value": format!("Fictional value {f} of person {index}"),
                "purpose": "case-management",
                "collected_at": "2024-05-01",
            })
        })
        .collect();
    let person = serde_json::json!({
        "case_reference": format!("BENCH-{index:07}"),
        "date_of_birth": format!("19{:02}-0{}-1{}", 50 + index % 50, 1 + index % 9, index % 10),
        "locale": "en",
        "fields": fields,
    });
    format!("{person}\n")
}

/// The peak resident memory of this process so far, in MiB (Linux `VmHWM`).
fn peak_memory_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kib = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .unwrap_or(0.0);
    kib / 1024.0
}

#[tokio::main]
async fn main() -> ExitCode {
    let people: usize = std::env::var("AMANA_BENCH_PEOPLE").ok().and_then(|n| n.parse().ok()).unwrap_or(DEFAULT_PEOPLE);
    let app = spawn_app().await;
    let system = app.register_system("BenchSys", &["case-management"], &CATEGORIES).await;
    let client = app.api_client(system, &ALL_SCOPES).await;
    let before = peak_memory_mib();

    let chunks = (0..people.div_ceil(LINES_PER_CHUNK)).map(move |chunk| {
        let lines = (chunk * LINES_PER_CHUNK..((chunk + 1) * LINES_PER_CHUNK).min(people)).map(line);
        Ok::<_, std::io::Error>(lines.collect::<String>())
    });
    let started = Instant::now();
    let answer = client
        .http
        .post(format!("{}/api/v1/imports", client.base))
        .bearer_auth(&client.token)
        .header("content-type", "application/x-ndjson")
        .body(reqwest::Body::wrap_stream(stream::iter(chunks)))
        .send()
        .await
        .expect("the import answers");
    let elapsed = started.elapsed().as_secs_f64();
    let status = answer.status();
    let body: serde_json::Value = serde_json::from_str(&answer.text().await.unwrap_or_default()).unwrap_or_default();
    let (loaded, fields, failed) = (body["people"].as_u64(), body["fields"].as_u64(), body["failed"].as_u64());

    let fields_per_second = fields.unwrap_or(0) as f64 / elapsed;
    println!("import of {people} people × {FIELDS_PER_PERSON} fields on {:?}", backend());
    println!("  answer {status}: {loaded:?} people, {fields:?} fields, {failed:?} lines refused");
    println!("  {elapsed:.1} s: {:.0} people/s, {fields_per_second:.0} fields/s", people as f64 / elapsed);
    println!("  peak memory of the process: {before:.0} MiB before, {:.0} MiB after", peak_memory_mib());
    let complete = loaded == Some(people as u64) && fields == Some((people * FIELDS_PER_PERSON) as u64);
    if !complete {
        println!("  MISSED: not every person and field was loaded");
        return ExitCode::FAILURE;
    }
    if fields_per_second < TARGET_FIELDS_PER_SECOND {
        println!("  MISSED: target {TARGET_FIELDS_PER_SECOND:.0} fields/s");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
