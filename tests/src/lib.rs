//! Amana's test harness: spawns the real server on port 0 with a fresh database (SQLite, or PostgreSQL when
//! `AMANA_TEST_BACKEND=postgres`), a mail folder, a controllable clock and the demo data, and gives tests an HTTP
//! client that behaves like a browser with JavaScript off (cookies kept, redirects shown, forms posted).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

pub mod api;
pub mod browser;
pub mod cluster;
pub mod mail;
pub mod node;
pub mod smtp;

use amana_app::contract::PersonId;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use amana_server::domain::limits::Limiter;
use amana_server::infra::clock::ManualClock;
use amana_server::infra::config::Config;
use amana_server::infra::crypto::MasterKey;
use amana_server::services::migrant_portal::MigrantPortal;
use amana_server::startup::Application;
use amana_server::storage::staff::AccountKind;
use amana_server::storage::{Backend, Storage};
use reqwest::header::{HeaderMap, LOCATION};
use reqwest::StatusCode;
use tempfile::TempDir;

pub use mail::Mail;

/// The backend this test run uses.
pub fn backend() -> Backend {
    match std::env::var("AMANA_TEST_BACKEND").as_deref() {
        Ok("postgres") => Backend::Postgres,
        Ok("sqlite") | Err(_) => Backend::Sqlite,
        Ok(other) => panic!("AMANA_TEST_BACKEND={other:?}: use sqlite or postgres"),
    }
}

fn postgres_admin_url() -> String {
    std::env::var("AMANA_TEST_POSTGRES").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_owned())
}

/// A running Amana for one test.
pub struct TestApp {
    pub base: String,
    pub data_dir: TempDir,
    pub storage: Storage,
    pub clock: ManualClock,
    pub config: Config,
    /// The running application's own services and limits, for rules tested below HTTP.
    portal: Arc<MigrantPortal>,
    rights: Arc<amana_server::services::migrant_rights::MigrantRights>,
    deadlines: amana_server::workers::deadlines::Deadlines,
    transparency: amana_server::workers::transparency::TransparencyJob,
    limiter: Limiter,
    /// Registers source systems and their keys, as an administrator's command would.
    pub source_systems: Arc<amana_server::services::source_systems::SourceSystems>,
    server: tokio::task::JoinHandle<()>,
    /// Kept for its `Drop`, which removes a PostgreSQL test database; declared last, so it goes after the server.
    _database: TestDatabase,
}

/// Starts Amana with demo data, mail into a folder, on the backend chosen for this run.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

/// Like [`spawn_app`], with a chance to change the configuration first.
pub async fn spawn_app_with(customise: impl FnOnce(&mut Config)) -> TestApp {
    let data_dir = tempfile::tempdir().expect("temporary data folder");
    let database = TestDatabase::create(data_dir.path()).await;
    let database_url = database.url.clone();
    let vars = [
        ("AMANA_LISTEN", "127.0.0.1:0".to_owned()),
        ("AMANA_DATA_DIR", data_dir.path().display().to_string()),
        ("AMANA_DATABASE_URL", database_url),
        ("AMANA_MAIL", format!("dir:{}", data_dir.path().join("mail").display())),
        ("AMANA_DEMO", "people".to_owned()),
        // Tests never leave the machine: a browser following "quick exit" must not reach the internet.
        ("AMANA_QUICK_EXIT_URL", "http://127.0.0.1:9/neutral".to_owned()),
    ];
    let mut config =
        Config::from_lookup(|name| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| v.clone())).expect("config");
    customise(&mut config);
    let clock = ManualClock::starting_now();
    let app = Application::build(&config, Arc::new(clock.clone())).await.expect("Amana starts");
    let base = format!("http://{}", app.address);
    let storage = app.storage.clone();
    let (portal, rights, deadlines, limiter) = (app.portal.clone(), app.rights.clone(), app.deadlines(), app.limiter());
    let source_systems = app.source_systems.clone();
    let transparency = app.transparency();
    let server = tokio::spawn(async move {
        app.serve(std::future::pending()).await.expect("Amana serves");
    });
    TestApp {
        base,
        data_dir,
        storage,
        clock,
        config,
        portal,
        rights,
        deadlines,
        transparency,
        limiter,
        source_systems,
        server,
        _database: database,
    }
}

/// A database of its own for one test, on the backend of this run: a file in `data_dir` on SQLite, a fresh
/// database on PostgreSQL (dropped again when this is dropped).
pub struct TestDatabase {
    pub url: String,
    postgres_name: Option<String>,
}

impl TestDatabase {
    pub async fn create(data_dir: &Path) -> TestDatabase {
        match backend() {
            Backend::Sqlite => {
                TestDatabase { url: format!("sqlite://{}", data_dir.join("amana.db").display()), postgres_name: None }
            }
            Backend::Postgres => {
                let name = format!("amana_test_{}", hex_id());
                create_postgres_database(&name).await;
                let url = postgres_admin_url();
                let base = url.rsplit_once('/').map(|(b, _)| b.to_owned()).unwrap_or(url);
                TestDatabase { url: format!("{base}/{name}"), postgres_name: Some(name) }
            }
        }
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        if let Some(name) = self.postgres_name.take() {
            // Drop the per-test database on a thread of its own: Drop cannot await.
            let url = postgres_admin_url();
            let _ = std::thread::spawn(move || {
                let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().ok()?;
                runtime.block_on(async move {
                    use sqlx::Connection;
                    let mut conn = sqlx::PgConnection::connect(&url).await.ok()?;
                    sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&mut conn).await.ok()
                })
            })
            .join();
        }
    }
}

fn hex_id() -> String {
    use rand::Rng;
    format!("{:016x}", rand::thread_rng().gen::<u64>())
}

async fn create_postgres_database(name: &str) {
    use sqlx::Connection;
    let url = postgres_admin_url();
    let mut conn = sqlx::PgConnection::connect(&url).await.unwrap_or_else(|e| {
        panic!(
            "PostgreSQL tests need a server at {url} ({e}). Start it with \
             `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`."
        )
    });
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut conn).await.expect("create test database");
    // A test database need not survive a crash of the machine, so commits do not wait for the disk (a tenth off
    // the PostgreSQL half of the suite). The fault tests that crash PostgreSQL run a cluster of their own.
    sqlx::query(&format!("ALTER DATABASE {name} SET synchronous_commit = off"))
        .execute(&mut conn)
        .await
        .expect("set up the test database");
}

impl Drop for TestApp {
    fn drop(&mut self) {
        // The server first: the database is dropped after it (the field `_database` goes last).
        self.server.abort();
    }
}

impl TestApp {
    pub fn mail_dir(&self) -> PathBuf {
        self.data_dir.path().join("mail")
    }

    /// A fresh client: its own cookies, like another phone.
    pub fn client(&self) -> Client {
        Client::new(&self.base, None)
    }

    /// A client whose browser asks for `accept_language`.
    pub fn client_with_language(&self, accept_language: &str) -> Client {
        Client::new(&self.base, Some(accept_language))
    }

    /// The master key of this server, as a tool with access to the data folder reads it.
    pub fn master_key(&self) -> MasterKey {
        MasterKey::load(None, self.data_dir.path()).expect("master key")
    }

    /// The shared rate limits of the running server.
    pub fn limiter(&self) -> Limiter {
        self.limiter.clone()
    }

    /// One round of the server's housekeeping, at the test clock's time.
    pub async fn housekeep(&self) {
        amana_server::startup::housekeep_once(
            &self.storage,
            &self.limiter(),
            amana_server::infra::clock::Clock::now(&self.clock),
        )
        .await;
    }

    /// The running server's portal service, for rules tested below HTTP.
    pub fn portal(&self) -> Arc<MigrantPortal> {
        self.portal.clone()
    }

    /// The running server's rights service, for filing many requests quickly.
    pub fn rights(&self) -> Arc<amana_server::services::migrant_rights::MigrantRights> {
        self.rights.clone()
    }

    /// The running server's deadline job, for tests that move time and run a pass.
    pub fn deadlines(&self) -> amana_server::workers::deadlines::Deadlines {
        self.deadlines.clone()
    }

    /// The running server's transparency job, for tests that compute the published figures at a moved time.
    pub fn transparency(&self) -> amana_server::workers::transparency::TransparencyJob {
        self.transparency.clone()
    }

    /// Starts another server instance on the same database, data folder and clock (as a second machine behind
    /// a load balancer would be); returns its base address. It stops when the test ends.
    pub async fn another_instance(&self) -> String {
        let mut config = self.config.clone();
        config.listen = "127.0.0.1:0".parse().unwrap();
        config.demo = amana_server::infra::config::DemoData::None;
        let app = Application::build(&config, Arc::new(self.clock.clone())).await.expect("another instance starts");
        let base = format!("http://{}", app.address);
        tokio::spawn(async move {
            app.serve(std::future::pending()).await.expect("the other instance serves");
        });
        base
    }

    /// A fresh client of the instance at `base`.
    pub fn client_of(&self, base: &str) -> Client {
        Client::new(base, None)
    }

    /// Mail delivered so far, oldest first.
    pub fn mails(&self) -> Vec<Mail> {
        mail::read_dir(&self.mail_dir())
    }

    /// Text messages delivered so far (the SMS drop folder), oldest first.
    pub fn texts(&self) -> Vec<Mail> {
        mail::read_sms_dir(&self.data_dir.path().join("sms"))
    }

    /// Waits (up to 10 s) until `count` mails were delivered and returns the newest.
    pub async fn wait_for_mail(&self, count: usize) -> Mail {
        mail::wait_for(&self.mail_dir(), count).await
    }

    /// Waits for a sign-in code mail to `to` among the mails after the first `skip`.
    pub async fn wait_for_code_mail(&self, skip: usize, to: &str) -> Mail {
        self.wait_for_code(skip, to, Self::mails).await
    }

    /// Waits for a sign-in code text message to the phone number `to` among those after the first `skip`.
    pub async fn wait_for_code_text(&self, skip: usize, to: &str) -> Mail {
        self.wait_for_code(skip, to, Self::texts).await
    }

    async fn wait_for_code(&self, skip: usize, to: &str, delivered: fn(&Self) -> Vec<Mail>) -> Mail {
        for _ in 0..200 {
            let found = delivered(self).into_iter().skip(skip).find(|m| m.to == to && m.has_sign_in_code());
            if let Some(mail) = found {
                return mail;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("no sign-in code mail to {to}");
    }

    /// Signs in through the forms and returns the client, now on My data.
    pub async fn signed_in(&self, reference: &str, birth_date: &str) -> Client {
        self.signed_in_with(self.client(), reference, birth_date).await
    }

    /// Like [`TestApp::signed_in`], on a client that has already visited the site.
    pub async fn signed_in_with(&self, client: Client, reference: &str, birth_date: &str) -> Client {
        let (mails, texts) = (self.mails().len(), self.texts().len());
        let response = client
            .submit("/sign-in", "/api/sign-in/start", &[("case_reference", reference), ("date_of_birth", birth_date)])
            .await;
        assert_eq!(response.location(), Some("/sign-in/code"), "sign-in start should continue to the code page");
        // A demo person with a phone and no e-mail address gets the code by SMS.
        let index =
            reference.strip_prefix("DEMO-").and_then(|n| n.parse::<usize>().ok()).and_then(|n| n.checked_sub(1));
        let code = match index.filter(|i| amana_server::demo::has_phone_only(*i)) {
            Some(index) => self.wait_for_code_text(texts, &amana_server::demo::demo_phone(index)).await,
            None => self.wait_for_code_mail(mails, &format!("{}@example.org", reference.to_lowercase())).await,
        }
        .sign_in_code();
        let response = client.submit("/sign-in/code", "/api/sign-in/verify", &[("code", &code)]).await;
        assert_eq!(response.location(), Some("/my-data"), "a correct code should land on My data");
        client
    }

    /// The id and value of field `key` of the person with case reference `reference`.
    pub async fn field(&self, reference: &str, key: &str) -> (i64, String) {
        use amana_app::contract::MigrantPortal as _;
        let person = self.storage.person_by_reference(reference).await.unwrap().unwrap();
        let data = self.portal().my_data(PersonId(person.id).into()).await.unwrap();
        let field = data.categories.iter().flat_map(|c| &c.fields).find(|f| f.key == key).unwrap();
        (field.id, field.value.clone())
    }

    /// Signs in as demo person `who`, files a request of `kind` (`correct`, `erase`, `restrict`) about field
    /// `key` (with `proposed` for a correction) and returns the person's client and the request reference.
    pub async fn person_files(
        &self,
        who: (&str, &str),
        form: &str,
        key: &str,
        proposed: Option<&str>,
    ) -> (Client, String) {
        let client = self.signed_in(who.0, who.1).await;
        let (id, _) = self.field(who.0, key).await;
        let kind = match form {
            "correct" => "correction",
            "erase" => "erasure",
            _ => "restriction",
        };
        let mut fields = vec![("kind", kind)];
        if let Some(value) = proposed {
            fields.push(("proposed_value", value));
        }
        let response = client.file_request(form, Some(id), &fields).await;
        let location = response.location().expect("filing answers with a redirect").to_owned();
        assert!(location.starts_with("/requests/R-"), "filing failed: {location}");
        (client, reference_from(&location))
    }

    /// Signs in as demo staff member `email` for the first time: password, then enrolment of the authenticator
    /// with a code computed from the key on the page. Returns the client (signed in) and the TOTP key.
    pub async fn staff(&self, email: &str) -> (Client, String) {
        self.staff_on(&self.base, email).await
    }

    /// Like [`TestApp::staff`], on the instance at `base`.
    pub async fn staff_on(&self, base: &str, email: &str) -> (Client, String) {
        self.enrol(self.client_of(base), email, amana_server::demo::DEMO_PASSWORD).await
    }

    /// Signs in as demo helper `email` for the first time, through the helper door.
    pub async fn helper(&self, email: &str) -> (Client, String) {
        self.enrol_at("helper", self.client(), email, amana_server::demo::DEMO_PASSWORD).await
    }

    /// Signs an already enrolled demo helper in again (password and current code, on the test clock).
    pub async fn helper_again(&self, email: &str) -> (Client, ()) {
        (self.signed_in_again("helper", email, amana_server::demo::DEMO_PASSWORD).await, ())
    }

    /// Signs an enrolled account in again at the `door` (`staff` or `helper`): password and the current code of
    /// its authenticator, on the test clock.
    pub async fn signed_in_again(&self, door: &str, email: &str, password: &str) -> Client {
        let client = self.client();
        let response = client
            .submit(
                &format!("/{door}/sign-in"),
                &format!("/api/{door}/sign-in"),
                &[("email", email), ("password", password)],
            )
            .await;
        let code_path = format!("/{door}/sign-in/code");
        assert_eq!(response.location(), Some(code_path.as_str()));
        let kind = if door == "staff" { AccountKind::Staff } else { AccountKind::Helper };
        let secret = self.account_secret(kind, email).await;
        let code = totp(&secret, amana_server::infra::clock::Clock::now(&self.clock));
        let response = client.submit(&code_path, &format!("/api/{door}/code"), &[("code", &code)]).await;
        assert!(
            response.location().is_some_and(|l| l.starts_with(&format!("/{door}"))),
            "signed in again at the {door} door"
        );
        client
    }

    /// The TOTP key of an enrolled account, read as the authenticator app holds it.
    async fn account_secret(&self, kind: AccountKind, email: &str) -> String {
        let row = self.storage.account_by_email(kind, email).await.unwrap().unwrap();
        let master = MasterKey::load(None, self.data_dir.path()).expect("master key");
        let place = amana_server::infra::crypto::places::totp_secret(kind.table(), row.id);
        let bytes = master.system_key().decrypt_bytes(&place, row.totp_secret_enc.as_deref().unwrap()).unwrap();
        totp_rs::Secret::Raw(bytes).to_encoded().to_string()
    }

    /// `person` gives the helper on `helper` a mandate with `scopes` for `days`, and the helper redeems the code
    /// the person is shown (a refused redemption fails the test); returns the mandate's id.
    pub async fn give_mandate(&self, person: &Client, helper: &Client, scopes: &[&str], days: &str) -> String {
        let names: Vec<String> = (0..scopes.len()).map(|i| format!("scope[{i}]")).collect();
        let mut fields: Vec<(&str, &str)> = names.iter().map(String::as_str).zip(scopes.iter().copied()).collect();
        fields.push(("days", days));
        assert_eq!(person.submit("/mandates", "/api/mandates/grant", &fields).await.location(), Some("/mandates/code"));
        let code = person.get("/mandates/code").await.texts(".receipt-code").remove(0);
        let redeemed = helper.submit("/helper", "/api/helper/redeem", &[("code", &code)]).await;
        let refusal = redeemed.header(amana_app::actions::ERROR_CODES_HEADER);
        assert!(
            redeemed.location() == Some("/helper") && refusal.is_none(),
            "the helper redeems the code ({scopes:?}): {refusal:?}"
        );
        self.query_strings("SELECT CAST(MAX(id) AS TEXT) FROM mandates").await.remove(0)
    }

    /// A second helper, of another organisation, registered by the administrator and signed in through the
    /// enrolment link mailed to them. Signs the administrator in to do it.
    pub async fn another_helper(&self) -> Client {
        let (admin, _) = self.staff("admin@amana.example").await;
        let act = |fields: Vec<(&'static str, String)>| {
            let admin = &admin;
            async move {
                let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
                admin.administer(&fields).await
            }
        };
        act(vec![
            ("action", "create-organisation".into()),
            ("organisation_name", "Fictional Neighbours".into()),
            ("organisation_kind", "community-group".into()),
            ("contact", "+000 555 0199".into()),
        ])
        .await;
        let organisation = self
            .query_strings("SELECT CAST(id AS TEXT) FROM organisations WHERE name = 'Fictional Neighbours'")
            .await
            .remove(0);
        act(vec![
            ("action", "create-helper".into()),
            ("organisation", organisation.clone()),
            ("prefix", format!("organisation-{organisation}")),
            ("helper_email", "neighbour@neighbours.example".into()),
            ("helper_name", "Nia Neighbour".into()),
        ])
        .await;
        self.accept_enrolment_link("helper", "neighbour@neighbours.example", "chosen-by-the-helper").await.0
    }

    async fn enrol(&self, client: Client, email: &str, password: &str) -> (Client, String) {
        self.enrol_at("staff", client, email, password).await
    }

    /// The path (with its token) of the newest enrolment link mailed to `to`, waiting for it up to 10 s.
    pub async fn enrolment_link_to(&self, to: &str) -> String {
        for _ in 0..200 {
            let link = self.mails().into_iter().rev().find(|m| m.to == to).and_then(|m| m.enrolment_path());
            if let Some(link) = link {
                return link;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("no enrolment link mailed to {to}");
    }

    /// A new account's holder opens the enrolment link mailed to `email` at the `door`, chooses `password` and
    /// enrols the authenticator; returns the signed-in client and the TOTP key.
    pub async fn accept_enrolment_link(&self, door: &str, email: &str, password: &str) -> (Client, String) {
        let client = self.client();
        let link = self.enrolment_link_to(email).await;
        let page = client.get(&link).await;
        let token = page.attr("input[name=token]", "value").expect("the enrolment link's page has its form");
        let response =
            client.submit(&link, &format!("/api/{door}/welcome"), &[("token", &token), ("password", password)]).await;
        let enrol_path = format!("/{door}/sign-in/enrol");
        assert_eq!(response.location(), Some(enrol_path.as_str()), "a chosen password leads on to the authenticator");
        self.enrol_pending(door, client, &enrol_path).await
    }

    /// First sign-in at the `door` (`staff` or `helper`): password, then enrolment of the authenticator.
    async fn enrol_at(&self, door: &str, client: Client, email: &str, password: &str) -> (Client, String) {
        let response = client
            .submit(
                &format!("/{door}/sign-in"),
                &format!("/api/{door}/sign-in"),
                &[("email", email), ("password", password)],
            )
            .await;
        let enrol_path = format!("/{door}/sign-in/enrol");
        assert_eq!(response.location(), Some(enrol_path.as_str()), "a first sign-in enrols the authenticator");
        self.enrol_pending(door, client, &enrol_path).await
    }

    /// Enrols the authenticator of the sign-in pending on `client`, with a code computed from the key on the page.
    async fn enrol_pending(&self, door: &str, client: Client, enrol_path: &str) -> (Client, String) {
        let page = client.get(enrol_path).await;
        let secret: String = page.texts("code.secret").concat().split_whitespace().collect();
        assert!(!secret.is_empty(), "the enrolment page shows the key");
        let code = totp(&secret, amana_server::infra::clock::Clock::now(&self.clock));
        let response = client.submit(enrol_path, &format!("/api/{door}/enrol"), &[("code", code.as_str())]).await;
        let recovery = format!("/{door}/recovery-codes");
        assert_eq!(response.location(), Some(recovery.as_str()), "a right code completes enrolment");
        (client, secret)
    }

    /// A direct connection to the test database, as an attacker with database access would have.
    async fn connect(&self) -> sqlx::AnyConnection {
        use secrecy::ExposeSecret;
        use sqlx::Connection;
        sqlx::any::install_default_drivers();
        let url = match &self.config.database {
            amana_server::infra::config::DatabaseUrl::Sqlite(url) => url.clone(),
            amana_server::infra::config::DatabaseUrl::Postgres(url) => url.expose_secret().to_owned(),
        };
        sqlx::AnyConnection::connect(&url).await.expect("connect to the test database")
    }

    /// Runs a statement against the test database directly, as an attacker with database access could.
    pub async fn execute(&self, sql: &str) {
        let mut conn = self.connect().await;
        sqlx::query(sql).execute(&mut conn).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
    }

    /// Like [`TestApp::execute`], returning the database's refusal instead of failing the test.
    pub async fn try_execute(&self, sql: &str) -> Result<(), sqlx::Error> {
        let mut conn = self.connect().await;
        sqlx::query(sql).execute(&mut conn).await.map(|_| ())
    }

    /// Removes the triggers that keep the audit log append-only, as someone with the database owner's rights
    /// could, before tampering with it.
    pub async fn lift_audit_guard(&self) {
        match backend() {
            Backend::Sqlite => {
                self.execute("DROP TRIGGER audit_events_no_update").await;
                self.execute("DROP TRIGGER audit_events_no_delete").await;
            }
            Backend::Postgres => self.execute("ALTER TABLE audit_events DISABLE TRIGGER USER").await,
        }
    }

    /// Rows of a query of one text column, read directly from the database.
    pub async fn query_strings(&self, sql: &str) -> Vec<String> {
        let mut conn = self.connect().await;
        sqlx::query_as::<_, (String,)>(sql)
            .fetch_all(&mut conn)
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"))
            .into_iter()
            .map(|(s,)| s)
            .collect()
    }

    /// The first row of a query of one text column; the query must find one.
    pub async fn query_one(&self, sql: &str) -> String {
        self.query_strings(sql).await.into_iter().next().unwrap_or_else(|| panic!("no row: {sql}"))
    }
}

/// What came back from one request.
pub struct Page {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Page {
    pub fn location(&self) -> Option<&str> {
        self.headers.get(LOCATION).and_then(|v| v.to_str().ok())
    }
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
    /// The codes a refused post names (`ST-001`), empty when it was not refused: what tells a refusal for the
    /// reason under test from a post that failed for any other.
    pub fn refusal_codes(&self) -> Vec<&str> {
        self.header(amana_app::actions::ERROR_CODES_HEADER).map(|c| c.split(',').collect()).unwrap_or_default()
    }
    pub fn html(&self) -> scraper::Html {
        scraper::Html::parse_document(&self.body)
    }
    /// Texts of every element matching `selector`.
    pub fn texts(&self, selector: &str) -> Vec<String> {
        let selector = scraper::Selector::parse(selector).expect("selector");
        self.html().select(&selector).map(|e| e.text().collect::<String>().trim().to_owned()).collect()
    }
    /// The value of attribute `attr` on the first element matching `selector`.
    pub fn attr(&self, selector: &str, attr: &str) -> Option<String> {
        let selector = scraper::Selector::parse(selector).expect("selector");
        self.html().select(&selector).next().and_then(|e| e.value().attr(attr).map(str::to_owned))
    }
    /// Texts on the page that are message ids of the English catalogue: a string shown untranslated.
    pub fn untranslated(&self) -> Vec<String> {
        static IDS: std::sync::OnceLock<std::collections::BTreeSet<String>> = std::sync::OnceLock::new();
        let ids = IDS.get_or_init(english_message_ids);
        self.html()
            .root_element()
            .descendants()
            .filter_map(|node| node.value().as_text().map(|t| t.trim().to_owned()))
            .filter(|text| ids.contains(text))
            .collect()
    }
}

/// Every message id of the English catalogue.
fn english_message_ids() -> std::collections::BTreeSet<String> {
    let mut ids = std::collections::BTreeSet::new();
    for entry in std::fs::read_dir(workspace_root().join("locales/en")).expect("the English catalogue") {
        let text = std::fs::read_to_string(entry.expect("a catalogue file").path()).expect("a readable catalogue file");
        for line in text.lines() {
            if let Some((id, _)) = line.split_once(" =") {
                if !id.starts_with([' ', '#']) && !id.is_empty() {
                    ids.insert(id.to_owned());
                }
            }
        }
    }
    ids
}

/// A cookie-keeping client that does not follow redirects, so tests see them.
pub struct Client {
    base: String,
    http: reqwest::Client,
    cookies: Arc<reqwest::cookie::Jar>,
    /// Sent as `X-Forwarded-For` on every request, for a server that reads the client's address from it.
    address: Option<String>,
}

impl Client {
    /// A fresh client of the server at `base` (a test's own `amana` process, say).
    pub fn of(base: &str) -> Client {
        Client::new(base, None)
    }

    fn new(base: &str, accept_language: Option<&str>) -> Client {
        let mut headers = HeaderMap::new();
        headers.insert(reqwest::header::ACCEPT, "text/html".parse().unwrap());
        if let Some(lang) = accept_language {
            headers.insert(reqwest::header::ACCEPT_LANGUAGE, lang.parse().unwrap());
        }
        let cookies = Arc::new(reqwest::cookie::Jar::default());
        let http = reqwest::Client::builder()
            .cookie_provider(cookies.clone())
            .redirect(reqwest::redirect::Policy::none())
            .default_headers(headers)
            .timeout(Duration::from_secs(30))
            .build()
            .unwrap();
        Client { base: base.to_owned(), http, cookies, address: None }
    }

    /// The same client (cookies and all), from now on coming from `address` as a proxy reports it in
    /// `X-Forwarded-For` (for a server configured with `AMANA_CLIENT_IP_SOURCE=RightmostXForwardedFor`).
    pub fn from_address(mut self, address: &str) -> Client {
        self.address = Some(address.to_owned());
        self
    }

    fn request(&self, method: reqwest::Method, url: String) -> reqwest::RequestBuilder {
        let request = self.http.request(method, url);
        match &self.address {
            Some(address) => request.header("x-forwarded-for", address),
            None => request,
        }
    }

    /// The `Cookie` header this client sends to `base` (`name=value; …`).
    pub fn cookie_header(&self, base: &str) -> String {
        use reqwest::cookie::CookieStore;
        let url = url::Url::parse(base).expect("base URL");
        self.cookies.cookies(&url).and_then(|v| v.to_str().ok().map(str::to_owned)).unwrap_or_default()
    }

    async fn page(response: reqwest::Response) -> Page {
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.text().await.unwrap_or_default();
        Page { status, headers, body }
    }

    pub async fn get(&self, path: &str) -> Page {
        Client::page(self.request(reqwest::Method::GET, format!("{}{path}", self.base)).send().await.expect("GET"))
            .await
    }

    /// GET with extra headers, returning the body's bytes exactly as they came over the wire (this client does
    /// not decompress), for measuring page weight.
    pub async fn get_raw(&self, path: &str, extra: &[(&str, &str)]) -> (StatusCode, HeaderMap, Vec<u8>) {
        let mut request = self.request(reqwest::Method::GET, format!("{}{path}", self.base));
        for (name, value) in extra {
            request = request.header(*name, *value);
        }
        let response = request.send().await.expect("GET");
        let status = response.status();
        let headers = response.headers().clone();
        (status, headers, response.bytes().await.map(|b| b.to_vec()).unwrap_or_default())
    }

    /// GET, following redirects within the site (as a browser would), returning the final page and its path.
    pub async fn follow(&self, path: &str) -> (String, Page) {
        let mut path = path.to_owned();
        for _ in 0..5 {
            let page = self.get(&path).await;
            match page.location() {
                Some(next) if page.status.is_redirection() => path = next.to_owned(),
                _ => return (path, page),
            }
        }
        panic!("too many redirects from {path}");
    }

    /// POSTs raw form fields (nothing added).
    pub async fn post_raw(&self, action: &str, fields: &[(&str, &str)], extra: &[(&str, &str)]) -> Page {
        let mut request = self.request(reqwest::Method::POST, format!("{}{action}", self.base)).form(fields);
        for (name, value) in extra {
            request = request.header(*name, *value);
        }
        Client::page(request.send().await.expect("POST")).await
    }

    /// Posts an administration form from the administration screen: `fields` name the form in `action`
    /// (`create-staff`), which is where it goes (`/api/staff/admin/create-staff`).
    pub async fn administer(&self, fields: &[(&str, &str)]) -> Page {
        let form = fields.iter().find(|(k, _)| *k == "action").map(|(_, v)| *v).expect("the form's name as `action`");
        let fields: Vec<(&str, &str)> = fields.iter().copied().filter(|(k, _)| *k != "action").collect();
        self.submit("/staff/admin", &amana_app::actions::admin_form_url(form), &fields).await
    }

    /// Posts one of the action forms of a request's case page at `page_path`: `fields` name the form in `action`
    /// (`claim`), which is where it goes (`/api/staff/case/claim`).
    pub async fn act_on_case(&self, page_path: &str, fields: &[(&str, &str)]) -> Page {
        let form = fields.iter().find(|(k, _)| *k == "action").map(|(_, v)| *v).expect("the form's name as `action`");
        let fields: Vec<(&str, &str)> = fields.iter().copied().filter(|(k, _)| *k != "action").collect();
        self.submit(page_path, &amana_app::actions::case_action_url(form), &fields).await
    }

    /// Loads `page_path`, takes its CSRF token, and posts `fields` to `action` as the form would.
    pub async fn submit(&self, page_path: &str, action: &str, fields: &[(&str, &str)]) -> Page {
        let page = self.get(page_path).await;
        let token = page.attr("input[name=csrf]", "value").expect("the page has a CSRF field");
        let mut all = vec![("csrf", token.as_str())];
        all.extend_from_slice(fields);
        let referer = format!("{}{page_path}", self.base);
        self.post_raw(action, &all, &[("referer", &referer)]).await
    }
}

impl Client {
    /// Like [`Client::submit`], as a multipart form (the request forms, which can carry a document): the CSRF
    /// token goes in the action's query string, and `file` is sent as the `evidence` part.
    pub async fn submit_multipart(
        &self,
        page_path: &str,
        action: &str,
        fields: &[(&str, &str)],
        file: Option<Vec<u8>>,
    ) -> Page {
        self.try_submit_multipart(page_path, action, fields, file).await.expect("POST")
    }

    /// Like [`Client::submit_multipart`], returning the failure (a server that went away) instead of panicking.
    pub async fn try_submit_multipart(
        &self,
        page_path: &str,
        action: &str,
        fields: &[(&str, &str)],
        file: Option<Vec<u8>>,
    ) -> Result<Page, reqwest::Error> {
        let response = self.request(reqwest::Method::GET, format!("{}{page_path}", self.base)).send().await?;
        let page = Client::page(response).await;
        let token = page.attr("input[name=csrf]", "value").or_else(|| {
            page.attr("form[action*='csrf=']", "action").and_then(|a| a.split("csrf=").nth(1).map(str::to_owned))
        });
        let token = token.unwrap_or_default();
        let mut form = reqwest::multipart::Form::new();
        for (name, value) in fields {
            form = form.text(name.to_string(), value.to_string());
        }
        if let Some(bytes) = file {
            form = form.part("evidence", reqwest::multipart::Part::bytes(bytes).file_name("document"));
        }
        let response = self
            .request(reqwest::Method::POST, format!("{}{action}?csrf={token}", self.base))
            .header("referer", format!("{}{page_path}", self.base))
            .multipart(form)
            .send()
            .await?;
        Ok(Client::page(response).await)
    }
}

/// The TOTP code for `secret` (base32) at Unix time `at`, as an authenticator app computes it.
pub fn totp(secret: &str, at: i64) -> String {
    let bytes = totp_rs::Secret::Encoded(secret.to_owned()).to_bytes().expect("base32 key");
    let totp = totp_rs::TOTP::new(totp_rs::Algorithm::SHA1, 6, 1, 30, bytes, None, "test".to_owned()).expect("totp");
    totp.generate(u64::try_from(at).unwrap())
}

/// The request reference in a redirect to a request page.
pub fn reference_from(location: &str) -> String {
    location.trim_start_matches("/requests/").split(['?', '#']).next().unwrap_or_default().to_owned()
}

impl Client {
    /// Files a request from the form `form` (`correct`, `erase`, `restrict`, or `erase-all` with no field).
    pub async fn file_request(&self, form: &str, field: Option<i64>, fields: &[(&str, &str)]) -> Page {
        let page = match field {
            Some(id) => format!("/my-data/fields/{id}/{form}"),
            None => "/my-data/erase".to_owned(),
        };
        let id = field.map(|i| i.to_string()).unwrap_or_default();
        let mut all = vec![("form", form)];
        if field.is_some() {
            all.push(("field", id.as_str()));
        }
        all.extend_from_slice(fields);
        self.submit_multipart(&page, "/api/requests/file", &all, None).await
    }

    /// Like [`Client::file_request`], returning the failure (a server that went away) instead of panicking.
    pub async fn try_file_request(
        &self,
        form: &str,
        field: i64,
        fields: &[(&str, &str)],
    ) -> Result<Page, reqwest::Error> {
        let id = field.to_string();
        let mut all = vec![("form", form), ("field", id.as_str())];
        all.extend_from_slice(fields);
        self.try_submit_multipart(&format!("/my-data/fields/{id}/{form}"), "/api/requests/file", &all, None).await
    }
}

/// A demo person's reference and date of birth, as listed in the README.
pub const DEMO_1: (&str, &str) = ("DEMO-0001", "1990-01-01");
pub const DEMO_2: (&str, &str) = ("DEMO-0002", "1985-06-15");

/// The workspace root (for tests that read source or locale files).
pub fn workspace_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("workspace root")
}
