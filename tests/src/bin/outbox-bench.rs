//! Measures the outbox against a local SMTP sink and prints the figures: how long a burst of 2,000 queued
//! notices takes to reach the sink (target ≤ 10 s) with each notice's wait (p95 target ≤ 5 s), and how long one
//! notice queued on an idle system takes (target ≤ 1 s). Also times sign-in starts with a right and a wrong birth
//! date, which must not tell the two apart. Bounded: it stops after its own requests, on 127.0.0.1 only.
//! Run it with `scripts/bench-outbox` (backend from `AMANA_TEST_BACKEND`, SQLite by default).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::HashMap;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use amana_server::infra::clock::Clock;
use amana_server::infra::config::MailConfig;
use amana_server::workers::outbox::{self, Notice, OutboxMessage};
use amana_tests::smtp::SmtpSink;
use amana_tests::{backend, spawn_app_with, TestApp, DEMO_2};

const BURST: usize = 2_000;
const IDLE_SAMPLES: usize = 20;
const TIMING_SAMPLES: usize = 60;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

/// Queues `BURST` notices in transactions of 100, as a burst of filings would, and returns when each committed.
async fn queue_burst(app: &TestApp) -> HashMap<String, Instant> {
    let mut committed = HashMap::new();
    let now = app.clock.now();
    for batch in 0..BURST / 100 {
        let mut tx = app.storage.begin_write().await.unwrap();
        let mut keys = Vec::new();
        for i in 0..100 {
            let key = format!("bench-{batch}-{i}");
            let message = OutboxMessage::Notice {
                to: format!("bench-{batch}-{i}@example.org"),
                locale: "en".into(),
                notice: Notice::RequestNews,
            };
            outbox::enqueue(&mut tx, &key, &message, now).await.unwrap();
            keys.push(key);
        }
        tx.commit().await.unwrap();
        let at = Instant::now();
        committed.extend(keys.into_iter().map(|k| (k, at)));
    }
    committed
}

async fn wait_until(sink: &SmtpSink, count: usize, limit: Duration) -> bool {
    let started = Instant::now();
    while sink.count() < count {
        if started.elapsed() > limit {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    true
}

#[tokio::main]
async fn main() -> ExitCode {
    let sink = SmtpSink::start().await;
    let app =
        spawn_app_with(|config| config.mail = MailConfig::parse(&format!("smtp://127.0.0.1:{}", sink.port)).unwrap())
            .await;
    println!(
        "outbox benchmark on {:?}, {} deliveries at once, batches of {}",
        backend(),
        outbox::CONCURRENCY,
        outbox::BATCH
    );
    let mut ok = true;

    // One notice at a time on an idle system: a sign-in code, from the answer to the form until it is at the sink.
    let client = app.client();
    let mut idle = Vec::new();
    for sample in 0..IDLE_SAMPLES {
        app.clock.advance(3600); // a fresh sign-in allowance each time
        let before = sink.count();
        let started = Instant::now();
        client
            .submit("/sign-in", "/api/sign-in/start", &[("case_reference", DEMO_2.0), ("date_of_birth", DEMO_2.1)])
            .await;
        if !wait_until(&sink, before + 1, Duration::from_secs(10)).await {
            println!("idle sample {sample}: no mail within 10 s");
            return ExitCode::FAILURE;
        }
        idle.push(started.elapsed());
    }
    idle.sort();
    let idle_p95 = percentile(&idle, 0.95);
    println!(
        "idle: one notice reaches the sink in p50 {:?}, p95 {:?}, max {:?} (target ≤ 1 s)",
        percentile(&idle, 0.5),
        idle_p95,
        idle.last().unwrap()
    );
    ok &= idle_p95 <= Duration::from_secs(1);

    // A burst: 2,000 notices committed, then delivered.
    let already = sink.count();
    let started = Instant::now();
    let committed = queue_burst(&app).await;
    let queued_in = started.elapsed();
    let delivered = wait_until(&sink, already + BURST, Duration::from_secs(120)).await;
    let total = started.elapsed();
    if !delivered {
        println!("burst: only {} of {BURST} delivered within 120 s", sink.count() - already);
        return ExitCode::FAILURE;
    }
    let arrivals = sink.arrivals();
    let mut waits: Vec<Duration> = sink
        .received()
        .iter()
        .zip(arrivals)
        .filter_map(|(mail, arrived)| {
            let key = mail.message_id.split('@').next()?.trim_start_matches('<').to_owned();
            committed.get(&key).map(|at| arrived.saturating_duration_since(*at))
        })
        .collect();
    waits.sort();
    println!(
        "burst: {BURST} notices queued in {queued_in:?}, all at the sink after {total:?} (target ≤ 10 s); each waited p50 {:?}, p95 {:?} (target ≤ 5 s)",
        percentile(&waits, 0.5),
        percentile(&waits, 0.95)
    );
    println!("burst: {} SMTP connections opened in all", sink.conversations.lock().unwrap().len());
    ok &= total <= Duration::from_secs(10) && percentile(&waits, 0.95) <= Duration::from_secs(5);
    let duplicates = waits.len() != BURST;
    if duplicates {
        println!("burst: {} mails matched {BURST} notices: some were sent twice or lost", waits.len());
        ok = false;
    }

    // A right and a wrong birth date: the same work on both paths, so the same time.
    let mut right = Vec::new();
    let mut wrong = Vec::new();
    for sample in 0..TIMING_SAMPLES {
        app.clock.advance(3600);
        let birth_date = if sample % 2 == 0 { DEMO_2.1 } else { "1901-01-01" };
        let page = client.get("/sign-in").await;
        let token = page.attr("input[name=csrf]", "value").unwrap();
        let started = Instant::now();
        client
            .post_raw(
                "/api/sign-in/start",
                &[("csrf", &token), ("case_reference", DEMO_2.0), ("date_of_birth", birth_date)],
                &[],
            )
            .await;
        let took = started.elapsed();
        if sample % 2 == 0 {
            right.push(took)
        } else {
            wrong.push(took)
        }
    }
    right.sort();
    wrong.sort();
    println!(
        "sign-in start: right birth date p50 {:?}, wrong birth date p50 {:?} (they should not differ beyond noise)",
        percentile(&right, 0.5),
        percentile(&wrong, 0.5)
    );
    if ok {
        ExitCode::SUCCESS
    } else {
        println!("a target was missed");
        ExitCode::FAILURE
    }
}
