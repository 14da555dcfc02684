//! Faults, mounted against real `amana` processes (this package's `amana-node`, the same server as `amana
//! serve`): killed with SIGKILL in the middle of a load of filings, and several instances sharing one database.
//! Nothing acknowledged may be lost or doubled, the audit chain must stay intact, and every notice must leave
//! once the service is back. Each test signals only the processes it started.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use amana_server::infra::config::Config;
use amana_server::infra::crypto::MasterKey;
use amana_server::storage::Storage;
use amana_tests::cluster::OwnPostgres;
use amana_tests::node::{free_port, Node};
use amana_tests::{mail, Client, TestDatabase};

const NODE: &str = env!("CARGO_BIN_EXE_amana-node");

fn node_env(data: &Path, database_url: &str) -> Vec<(&'static str, String)> {
    vec![
        ("AMANA_DATA_DIR", data.display().to_string()),
        ("AMANA_DATABASE_URL", database_url.to_owned()),
        ("AMANA_MAIL", format!("dir:{}", data.join("mail").display())),
        ("AMANA_DEMO", "people".to_owned()),
        ("AMANA_QUICK_EXIT_URL", "http://127.0.0.1:9/neutral".to_owned()),
        // A dead process's messages go again after five seconds, not a minute: the test waits for that.
        ("AMANA_OUTBOX_LEASE_SECONDS", LEASE_SECONDS.to_string()),
    ]
}

const LEASE_SECONDS: u64 = 5;

/// The configuration the nodes run with, to open their database and keys from the test.
fn config_of(env: &[(&'static str, String)]) -> Config {
    Config::from_lookup(|name| env.iter().find(|(k, _)| *k == name).map(|(_, v)| v.clone())).unwrap()
}

async fn rows(storage_url: &str, sql: &str) -> Vec<String> {
    use sqlx::{Connection, Row};
    sqlx::any::install_default_drivers();
    let mut conn = sqlx::AnyConnection::connect(storage_url).await.unwrap();
    sqlx::query(sql).fetch_all(&mut conn).await.unwrap().iter().map(|r| r.get::<String, _>(0)).collect()
}

/// Signs a demo person in through `base` with the code from the mail folder.
async fn sign_in(base: &str, mail_dir: &Path, reference: &str, birth_date: &str) -> Client {
    let client = Client::of(base);
    let to = format!("{}@example.org", reference.to_lowercase());
    let before = mail::read_dir(mail_dir).iter().filter(|m| m.to == to).count();
    let started = client
        .submit("/sign-in", "/api/sign-in/start", &[("case_reference", reference), ("date_of_birth", birth_date)])
        .await;
    assert_eq!(started.location(), Some("/sign-in/code"), "{reference} starts signing in");
    let deadline = Instant::now() + Duration::from_secs(20);
    let code = loop {
        let mails: Vec<_> =
            mail::read_dir(mail_dir).into_iter().filter(|m| m.to == to && m.has_sign_in_code()).collect();
        if mails.len() > before {
            break mails.last().unwrap().sign_in_code();
        }
        assert!(Instant::now() < deadline, "no code mail to {to}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let verified = client.submit("/sign-in/code", "/api/sign-in/verify", &[("code", &code)]).await;
    assert_eq!(verified.location(), Some("/my-data"), "{reference} signs in");
    client
}

/// Waits until every queued message has left (or `limit` passes); returns how many are still waiting.
async fn wait_for_outbox(url: &str, limit: Duration) -> usize {
    let started = Instant::now();
    loop {
        let waiting = rows(url, "SELECT CAST(COUNT(*) AS TEXT) FROM outbox WHERE delivered_at IS NULL").await[0]
            .parse::<usize>()
            .unwrap();
        if waiting == 0 || started.elapsed() > limit {
            return waiting;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Every queued message has arrived (by its Message-ID, the idempotency key), none under two ids.
fn assert_every_message_arrived(url_rows: &[String], mail_dir: &Path) {
    let arrived: BTreeSet<String> = mail::read_dir(mail_dir)
        .iter()
        .filter_map(|m| m.message_id.trim_matches(['<', '>']).split('@').next().map(str::to_owned))
        .collect();
    let missing: Vec<&String> = url_rows.iter().filter(|key| !arrived.contains(*key)).collect();
    assert!(missing.is_empty(), "queued but never delivered: {missing:?}");
}

/// The attack of nature: the server dies (kill -9) in the middle of a load of filings. Every filing it
/// acknowledged is there exactly once afterwards, the audit chain and its checkpoints still verify, and every
/// notice it had queued is delivered once it is back.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_kill_in_the_middle_of_a_load_of_filings_loses_no_acknowledged_filing_and_no_notice() {
    let data = tempfile::tempdir().unwrap();
    let database = TestDatabase::create(data.path()).await;
    let env = node_env(data.path(), &database.url);
    let mail_dir = data.path().join("mail");
    let mut node = Node::start(NODE, free_port(), &env).await;

    let mut clients = Vec::new();
    for (reference, birth_date) in demo_people(&database.url, 10).await {
        let fields = fields_of(&database.url, &reference).await;
        clients.push((sign_in(&node.base, &mail_dir, &reference, &birth_date).await, fields));
    }

    // Each person files corrections, one field after another, until the server dies under them.
    let acknowledged = Arc::new(Mutex::new(Vec::<String>::new()));
    let mut load = Vec::new();
    for (n, (client, fields)) in clients.into_iter().enumerate() {
        let acknowledged = acknowledged.clone();
        load.push(tokio::spawn(async move {
            for field in fields {
                // Stops at the first answer that is not an acknowledgement: the server went away mid-request.
                let Some(reference) = file_correction(&client, field, &format!("Fault-{n}-{field}")).await else {
                    return;
                };
                acknowledged.lock().unwrap().push(reference);
            }
        }));
    }
    let started = Instant::now();
    while acknowledged.lock().unwrap().len() < 25 && started.elapsed() < Duration::from_secs(30) {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    node.kill();
    for task in load {
        task.await.unwrap();
    }
    let acknowledged = acknowledged.lock().unwrap().clone();
    assert!(acknowledged.len() >= 25, "the load ran before the kill: {} filings", acknowledged.len());

    node.restart().await;
    for reference in &acknowledged {
        let found = rows(
            &database.url,
            &format!("SELECT CAST(COUNT(*) AS TEXT) FROM requests WHERE reference = '{reference}'"),
        )
        .await;
        assert_eq!(found, ["1"], "acknowledged filing {reference} is there exactly once");
    }
    let filed = rows(&database.url, "SELECT CAST(COUNT(*) AS TEXT) FROM requests").await[0].parse::<usize>().unwrap();
    assert!(filed >= acknowledged.len());

    let config = config_of(&env);
    let storage = Storage::connect(&config.database).await.unwrap();
    let key = MasterKey::load(None, data.path()).unwrap();
    let (events, breaks) = amana_server::domain::audit::verify_all(&storage, &key, data.path()).await.unwrap();
    assert!(breaks.is_empty(), "the audit chain survived the kill: {breaks:?} in {events} events");

    // Messages the dead process had leased wait for their lease to run out, then the restarted one sends them.
    let waiting = wait_for_outbox(&database.url, Duration::from_secs(LEASE_SECONDS + 30)).await;
    assert_eq!(waiting, 0, "every queued notice left after the restart");
    let keys = rows(&database.url, "SELECT idempotency_key FROM outbox").await;
    assert!(keys.len() > acknowledged.len(), "a notice for every filing (and the sign-in codes)");
    assert_every_message_arrived(&keys, &mail_dir);
    drop(storage);
}

/// People of the demo data with an e-mail address (their codes and notices land in the mail folder), with their
/// birth dates.
async fn demo_people(url: &str, count: usize) -> Vec<(String, String)> {
    let sql = format!(
        "SELECT case_reference || '|' || date_of_birth FROM people WHERE email_enc IS NOT NULL ORDER BY id LIMIT {count}"
    );
    rows(url, &sql)
        .await
        .into_iter()
        .map(|r| {
            let (reference, birth_date) = r.split_once('|').unwrap();
            (reference.to_owned(), birth_date.to_owned())
        })
        .collect()
}

/// The ids of a person's fields that hold a value.
async fn fields_of(url: &str, reference: &str) -> Vec<i64> {
    rows(
        url,
        &format!(
            "SELECT CAST(f.id AS TEXT) FROM record_fields f JOIN people p ON p.id = f.person_id \
             WHERE p.case_reference = '{reference}' AND f.value_enc IS NOT NULL ORDER BY f.id"
        ),
    )
    .await
    .into_iter()
    .map(|id| id.parse().unwrap())
    .collect()
}

/// Files a correction of `field`; the request's reference if the server acknowledged it, None if it answered
/// otherwise or went away.
async fn file_correction(client: &Client, field: i64, value: &str) -> Option<String> {
    let page =
        client.try_file_request("correct", field, &[("kind", "correction"), ("proposed_value", value)]).await.ok()?;
    let reference = page.location()?.strip_prefix("/requests/")?;
    Some(reference.split('?').next().unwrap_or(reference).to_owned())
}

/// The attack of nature: PostgreSQL crashes and comes back while people are filing. `/healthz` answers 503 while
/// it is down (a balancer takes the instance out) and 200 once it is back, without restarting Amana; nothing it
/// acknowledged is lost, and filing works again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_restart_under_load_shows_in_healthz_and_loses_no_acknowledged_filing() {
    let cluster = OwnPostgres::start();
    let data = tempfile::tempdir().unwrap();
    let env = node_env(data.path(), &cluster.url());
    let node = Node::start(NODE, free_port(), &env).await;
    let mail_dir = data.path().join("mail");
    let mut load = Vec::new();
    let acknowledged = Arc::new(Mutex::new(Vec::<String>::new()));
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    for (n, (reference, birth_date)) in demo_people(&cluster.url(), 4).await.into_iter().enumerate() {
        let fields = fields_of(&cluster.url(), &reference).await;
        let client = sign_in(&node.base, &mail_dir, &reference, &birth_date).await;
        let (acknowledged, stop) = (acknowledged.clone(), stop.clone());
        load.push(tokio::spawn(async move {
            // Each field once it is acknowledged; a field refused while the database was down is tried again.
            let mut pending: std::collections::VecDeque<i64> = fields.into();
            while let Some(field) = pending.pop_front() {
                if stop.load(std::sync::atomic::Ordering::SeqCst) {
                    return;
                }
                match file_correction(&client, field, &format!("Restart-{n}-{field}")).await {
                    Some(reference) => acknowledged.lock().unwrap().push(reference),
                    None => {
                        pending.push_back(field);
                        tokio::time::sleep(Duration::from_millis(100)).await;
                    }
                }
            }
        }));
    }
    let count = || acknowledged.lock().unwrap().len();
    let started = Instant::now();
    while count() < 6 && started.elapsed() < Duration::from_secs(20) {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let before = count();
    assert!(before >= 6, "the load ran before the database went down");

    cluster.stop_immediately();
    let down = Instant::now();
    let mut saw_unavailable = false;
    let mut seen = Vec::new();
    while down.elapsed() < Duration::from_secs(15) {
        let health = node.health().await;
        seen.push(health);
        if health == Some(503) {
            saw_unavailable = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(saw_unavailable, "/healthz answered 503 while the database was down: {seen:?}");
    tokio::time::sleep(Duration::from_millis(500)).await;
    cluster.start_again();
    assert!(node.wait_healthy(Duration::from_secs(30)).await, "/healthz answered 200 again once the database was back");
    let back = count();
    let started = Instant::now();
    while count() < back + 4 && started.elapsed() < Duration::from_secs(30) {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(count() >= back + 4, "filing works again without restarting Amana");
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    for task in load {
        task.await.unwrap();
    }
    let acknowledged = acknowledged.lock().unwrap().clone();
    for reference in &acknowledged {
        let found = rows(
            &cluster.url(),
            &format!("SELECT CAST(COUNT(*) AS TEXT) FROM requests WHERE reference = '{reference}'"),
        )
        .await;
        assert_eq!(found, ["1"], "acknowledged filing {reference} is there exactly once");
    }
}

/// Three instances behind a balancer on one database: a burst of notices queued through all three goes out
/// exactly once each (no instance claims another's message), and the sign-in limit is one limit, not three.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_instances_share_the_limits_and_never_send_a_message_twice() {
    let data = tempfile::tempdir().unwrap();
    let database = TestDatabase::create(data.path()).await;
    let env = node_env(data.path(), &database.url);
    let mail_dir = data.path().join("mail");
    let first = Node::start(NODE, free_port(), &env).await;
    let second = Node::start(NODE, free_port(), &env).await;
    let third = Node::start(NODE, free_port(), &env).await;
    let nodes = [&first, &second, &third];

    // Queued straight into the shared table, as filings on any instance would: all three workers race for them.
    let config = config_of(&env);
    let storage =
        Storage::connect(&config.database).await.unwrap().with_keys(MasterKey::load(None, data.path()).unwrap());
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    for batch in 0..6 {
        let mut tx = storage.begin_write().await.unwrap();
        for i in 0..50 {
            let message = amana_server::workers::outbox::OutboxMessage::Notice {
                to: format!("burst-{batch}-{i}@example.org"),
                locale: "en".to_owned(),
                notice: amana_server::workers::outbox::Notice::RequestNews,
            };
            amana_server::workers::outbox::enqueue(&mut tx, &format!("burst-{batch}-{i}"), &message, now)
                .await
                .unwrap();
        }
        tx.commit().await.unwrap();
    }
    assert_eq!(
        wait_for_outbox(&database.url, Duration::from_secs(30)).await,
        0,
        "the three instances drained the burst"
    );
    let mut sent: BTreeMap<String, usize> = BTreeMap::new();
    for mail in mail::read_dir(&mail_dir).iter().filter(|m| m.to.starts_with("burst-")) {
        *sent.entry(mail.message_id.clone()).or_default() += 1;
    }
    assert_eq!(sent.len(), 300, "every message arrived");
    let doubled: Vec<_> = sent.iter().filter(|(_, n)| **n > 1).collect();
    assert!(doubled.is_empty(), "no message was claimed by two instances: {doubled:?}");

    // Sign-in starts for one reference, spread over the three: the shared limit (5, then one every three minutes)
    // refuses the sixth wherever it lands.
    let mut refused = 0;
    for attempt in 0..8 {
        let node = nodes[attempt % 3];
        let client = Client::of(&node.base);
        let page = client
            .submit(
                "/sign-in",
                "/api/sign-in/start",
                &[("case_reference", "DEMO-0001"), ("date_of_birth", "1990-01-01")],
            )
            .await;
        if page.location() != Some("/sign-in/code") {
            refused += 1;
        }
    }
    assert_eq!(refused, 3, "five starts for one reference across three instances, then refused");
}
