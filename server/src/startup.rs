//! Wiring: from a validated configuration to a listening server with its background workers.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use amana_app::{Services, SiteInfo};
use anyhow::Context;
use tokio::net::TcpListener;
use tokio::sync::Notify;

use crate::domain::limits::Limiter;
use crate::infra::clock::Clock;
use crate::infra::config::{Config, DemoData};
use crate::infra::crypto::MasterKey;
use crate::infra::mail::Mailer;
use crate::infra::sms::SmsSender;
use crate::services::admin_desk::AdminDesk;
use crate::services::audit_desk::AuditDesk;
use crate::services::breach_desk::BreachDesk;
use crate::services::helper_desk::HelperDesk;
use crate::services::mandate_desk::MandateDesk;
use crate::services::migrant_portal::MigrantPortal;
use crate::services::migrant_rights::MigrantRights;
use crate::services::public_reports::PublicReports;
use crate::services::recipient_register::RecipientRegister;
use crate::services::source_api::SourceApi;
use crate::services::source_systems::SourceSystems;
use crate::services::staff_desk::StaffDesk;
use crate::services::staff_sign_in::StaffSignIn;
use crate::storage::staff::AccountKind;
use crate::storage::{SqlSessionStore, Storage};
use crate::web::{self, WebConfig};
use crate::workers::deadlines::Deadlines;
use crate::workers::outbox::OutboxWorker;
use crate::workers::transparency::TransparencyJob;

/// A built server, bound to its address but not yet serving.
pub struct Application {
    pub address: SocketAddr,
    pub storage: Storage,
    listener: TcpListener,
    router: axum::Router,
    outbox: OutboxWorker,
    limiter: Limiter,
    master_key: MasterKey,
    data_dir: std::path::PathBuf,
    clock: Arc<dyn Clock>,
    deadlines: Deadlines,
    transparency: TransparencyJob,
    /// The services the pages call, for tools and tests that work below HTTP on the same instance.
    pub portal: Arc<MigrantPortal>,
    pub rights: Arc<MigrantRights>,
    /// Registers source systems and their keys, for the tests (as `amana source-system` and `amana api-key` do).
    pub source_systems: Arc<SourceSystems>,
}

impl Application {
    /// Checks the catalogue, opens the database (migrating it), seeds demo data if asked, and binds the socket.
    pub async fn build(config: &Config, clock: Arc<dyn Clock>) -> anyhow::Result<Application> {
        let problems = amana_app::i18n::catalog().problems();
        if !problems.is_empty() {
            anyhow::bail!("the translation catalogue has problems: {}", problems.join("; "));
        }
        std::fs::create_dir_all(&config.data_dir)
            .with_context(|| format!("creating the data folder {}", config.data_dir.display()))?;
        let master_key = MasterKey::load(config.master_key.as_ref(), &config.data_dir)?;
        let storage = Storage::connect(&config.database).await?.with_keys(master_key.clone());
        let demo_seeded =
            config.demo != DemoData::None && crate::demo::seed_if_empty(&storage, &master_key, clock.as_ref()).await?;
        let mailer = Mailer::from_config(&config.mail, &config.mail_from)?;
        let wake = Arc::new(Notify::new());
        let limiter = Limiter::new(storage.clone(), master_key.clone(), clock.clone());
        let decoy = crate::services::migrant_portal::Decoy::new(&master_key)?;
        let portal = Arc::new(MigrantPortal {
            storage: storage.clone(),
            master_key,
            clock: clock.clone(),
            outbox_wake: wake.clone(),
            limiter: limiter.clone(),
            decoy,
        });
        let rights = Arc::new(MigrantRights {
            storage: storage.clone(),
            master_key: portal.master_key.clone(),
            clock: clock.clone(),
            outbox_wake: wake.clone(),
            limiter: limiter.clone(),
            evidence_dir: config.data_dir.join("evidence"),
        });
        crate::services::staff_desk::ensure_default_templates(&storage, clock.now()).await?;
        crate::services::admin_desk::ensure_purpose_texts(&storage, clock.now()).await?;
        if demo_seeded && config.demo == DemoData::PeopleAndWork {
            let evidence_dir = config.data_dir.join("evidence");
            crate::demo::work::seed(&storage, &portal.master_key, wake.clone(), evidence_dir, clock.now()).await?;
        }
        let staff_sign_in = Arc::new(StaffSignIn::new(
            AccountKind::Staff,
            storage.clone(),
            portal.master_key.clone(),
            clock.clone(),
            limiter.clone(),
        )?);
        let helper_sign_in = Arc::new(StaffSignIn::new(
            AccountKind::Helper,
            storage.clone(),
            portal.master_key.clone(),
            clock.clone(),
            limiter.clone(),
        )?);
        let desk = Arc::new(StaffDesk { rights: rights.clone() });
        let site = SiteInfo {
            oversight_name: config.oversight_name.clone(),
            oversight_contact: config.oversight_contact.clone(),
            dpo_contact: config.dpo_contact.clone(),
        };
        let audit = Arc::new(AuditDesk {
            storage: storage.clone(),
            clock: clock.clone(),
            master_key: portal.master_key.clone(),
            data_dir: config.data_dir.clone(),
        });
        let source_systems = Arc::new(SourceSystems {
            storage: storage.clone(),
            master_key: portal.master_key.clone(),
            clock: clock.clone(),
        });
        let admin = Arc::new(AdminDesk {
            storage: storage.clone(),
            master_key: portal.master_key.clone(),
            clock: clock.clone(),
            outbox_wake: wake.clone(),
            systems: source_systems.clone(),
        });
        let helper_desk = Arc::new(HelperDesk {
            storage: storage.clone(),
            master_key: portal.master_key.clone(),
            clock: clock.clone(),
        });
        let mandates = Arc::new(MandateDesk::new(
            storage.clone(),
            portal.master_key.clone(),
            clock.clone(),
            wake.clone(),
            limiter.clone(),
        ));
        let services = Services {
            portal: portal.clone(),
            rights: rights.clone(),
            staff_sign_in,
            helper_sign_in,
            helper_desk,
            mandates: mandates.clone(),
            desk,
            audit,
            admin,
            reports: Arc::new(PublicReports { storage: storage.clone(), clock: clock.clone() }),
            recipients: Arc::new(RecipientRegister { storage: storage.clone(), clock: clock.clone() }),
            breaches: Arc::new(BreachDesk { rights: rights.clone() }),
            site,
        };
        let source_api = Arc::new(SourceApi {
            storage: storage.clone(),
            master_key: portal.master_key.clone(),
            clock: clock.clone(),
        });
        let router = web::router(
            storage.clone(),
            services,
            WebConfig {
                secure_cookies: config.secure_cookies,
                cookies: web::CookieNames::for_transport(config.secure_cookies),
                master_key: portal.master_key.clone(),
                limiter: limiter.clone(),
                quick_exit_url: config.quick_exit_url.clone(),
                clock: clock.clone(),
                storage: storage.clone(),
                client_ip_source: config.client_ip_source.clone(),
            },
            crate::api::router(source_api.clone()),
        );
        let listener =
            TcpListener::bind(config.listen).await.with_context(|| format!("listening on {}", config.listen))?;
        let address = listener.local_addr()?;
        let domain = url::Url::parse(&config.public_url)
            .ok()
            .and_then(|u| u.host_str().map(str::to_owned))
            .unwrap_or_else(|| "amana.invalid".to_owned());
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .context("building the webhook and SMS gateway client")?;
        let outbox = OutboxWorker {
            storage: storage.clone(),
            mailer,
            sms: SmsSender::from_config(&config.sms, http.clone())?,
            clock: clock.clone(),
            wake,
            domain,
            public_url: config.public_url.clone(),
            master_key: portal.master_key.clone(),
            lease_seconds: config.outbox_lease_seconds,
            http,
        };
        let deadlines = Deadlines { storage: storage.clone(), clock: clock.clone(), outbox_wake: outbox.wake.clone() };
        let transparency = TransparencyJob { storage: storage.clone(), clock: clock.clone() };
        let master_key = portal.master_key.clone();
        let data_dir = config.data_dir.clone();
        Ok(Application {
            address,
            storage,
            listener,
            router,
            outbox,
            limiter,
            master_key,
            data_dir,
            clock,
            deadlines,
            transparency,
            portal,
            rights,
            source_systems,
        })
    }

    /// The shared rate limits this instance checks.
    pub fn limiter(&self) -> Limiter {
        self.limiter.clone()
    }

    /// The deadline job of this instance (it runs beside the server; tests run a pass by hand).
    pub fn deadlines(&self) -> Deadlines {
        self.deadlines.clone()
    }

    /// The job that computes the transparency figures (it runs beside the server; tests run it by hand).
    pub fn transparency(&self) -> TransparencyJob {
        self.transparency.clone()
    }

    /// Serves until `shutdown` completes, with the outbox, deadline and housekeeping workers running beside.
    pub async fn serve(self, shutdown: impl std::future::Future<Output = ()> + Send + 'static) -> anyhow::Result<()> {
        // Woken at once by this instance's commits; the poll catches what another instance queued.
        let outbox = tokio::spawn(self.outbox.run(OUTBOX_POLL));
        let deadlines = tokio::spawn(self.deadlines.run(Duration::from_secs(300)));
        let transparency = tokio::spawn(self.transparency.run(TRANSPARENCY_EVERY));
        let housekeeping = tokio::spawn(housekeeping(self.storage.clone(), self.limiter.clone(), self.clock.clone()));
        let checkpoints = tokio::spawn(audit_checkpoints(
            self.storage.clone(),
            self.master_key.clone(),
            self.data_dir.clone(),
            self.clock.clone(),
        ));
        tracing::info!(address = %self.address, backend = ?self.storage.backend(), "Amana is listening");
        let served = axum::serve(self.listener, self.router.into_make_service_with_connect_info::<SocketAddr>())
            .with_graceful_shutdown(shutdown)
            .await;
        outbox.abort();
        deadlines.abort();
        housekeeping.abort();
        transparency.abort();
        checkpoints.abort();
        served.context("serving HTTP")
    }
}

/// How often the outbox looks for messages another instance queued (its own commits wake it at once).
const OUTBOX_POLL: Duration = Duration::from_secs(1);

/// How often the published figures are computed again (and once at start).
const TRANSPARENCY_EVERY: Duration = Duration::from_secs(6 * 3600);

/// How often the audit chain's head is checkpointed (when it moved): well within the ten minutes promised.
const CHECKPOINT_EVERY: Duration = Duration::from_secs(300);

/// Writes a signed checkpoint of the audit chain's head at start and then every few minutes when it moved.
async fn audit_checkpoints(
    storage: Storage,
    master_key: MasterKey,
    data_dir: std::path::PathBuf,
    clock: Arc<dyn Clock>,
) {
    let mut tick = tokio::time::interval(CHECKPOINT_EVERY);
    let mut last = None;
    loop {
        tick.tick().await;
        match crate::domain::audit::write_checkpoint(&storage, &master_key, &data_dir, clock.now(), last).await {
            Ok(written) => last = written,
            Err(error) => tracing::warn!(error = %error, "could not write an audit checkpoint"),
        }
    }
}

/// Runs [`housekeep_once`] every ten minutes.
async fn housekeeping(storage: Storage, limiter: Limiter, clock: Arc<dyn Clock>) {
    let mut tick = tokio::time::interval(Duration::from_secs(600));
    loop {
        tick.tick().await;
        housekeep_once(&storage, &limiter, clock.now()).await;
    }
}

/// Drops expired sessions, sign-in attempts that ended a day ago and rate-limit counters back at full allowance,
/// and clears the payloads of messages parked longer than the retention period. Failures are logged and retried
/// on the next round.
pub async fn housekeep_once(storage: &Storage, limiter: &Limiter, now: i64) {
    let sessions = SqlSessionStore::new(storage.clone());
    if let Err(error) = sessions.delete_expired(time::OffsetDateTime::now_utc().unix_timestamp()).await {
        tracing::warn!(error = %error, "could not delete expired sessions");
    }
    if let Err(error) = storage.purge_challenges(now - 86_400).await {
        tracing::warn!(error = %error, "could not purge old sign-in attempts");
    }
    if let Err(error) = limiter.prune().await {
        tracing::warn!(error = %error, "could not prune rate limits");
    }
    match storage.clear_parked_outbox(now - crate::workers::outbox::PARKED_RETENTION_SECONDS).await {
        Ok(0) => {}
        Ok(cleared) => tracing::info!(cleared, "cleared the payloads of long-parked outbox messages"),
        Err(error) => tracing::warn!(error = %error, "could not clear parked outbox payloads"),
    }
}
