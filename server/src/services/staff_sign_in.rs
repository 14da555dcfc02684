//! Sign-in for staff and for helpers: e-mail and an Argon2id password, then a mandatory TOTP second factor
//! (enrolled on first sign-in, with one-time recovery codes). Failures count towards a lockout and a per-client
//! rate limit; an unknown e-mail, a wrong password and a locked or suspended account answer alike. One
//! implementation of the UI's `StaffSignIn` per kind of account. A new account has no password until its holder
//! opens the one-time enrolment link mailed to their own address and chooses one.

use std::sync::Arc;

use amana_app::errors::{ErrorCode, PortalError};
use amana_app::staff::{Enrolment, PendingStaff, SecondFactor, SignedInStaff, StaffId};
use anyhow::Context;
use argon2::password_hash::{PasswordHash, PasswordVerifier};
use argon2::Argon2;
use async_trait::async_trait;
use subtle::ConstantTimeEq;
use totp_rs::{Algorithm, TOTP};

use crate::domain::audit;
use crate::domain::limits::{self, Limit, Limiter};
use crate::infra::clock::Clock;
use crate::infra::crypto::{places, random_token, random_unambiguous, MasterKey};
use crate::storage::staff::{self as sql, AccountKind, StaffRow};
use crate::storage::{NewAuditEvent, Storage, WriteTx};
use crate::workers::outbox::{self, OutboxMessage};

/// Failures (password or code) before an account locks.
pub const LOCK_AFTER_FAILURES: i64 = 5;
/// How long a lock lasts.
pub const LOCK_SECONDS: i64 = 15 * 60;
/// Time allowed between the password and the second factor.
pub const PENDING_SECONDS: i64 = 5 * 60;
/// TOTP time step.
pub const TOTP_STEP: i64 = 30;
/// Recovery codes handed out at enrolment.
pub const RECOVERY_CODES: usize = 10;
/// How long an enrolment link stays valid.
pub const ENROLMENT_LINK_HOURS: i64 = 72;
const ISSUER: &str = "Amana";

/// The stored form of an enrolment link's token: a keyed hash, so the table cannot be used to enrol.
fn link_hash(master_key: &MasterKey, token: &str) -> String {
    master_key.keyed_hash("enrolment-link", token)
}

/// Makes a new enrolment link for an account (earlier ones stop working) and queues it, inside `tx`, to the
/// account's own address in `locale`. Only whoever reads that mailbox can choose the password.
pub async fn send_enrolment_link(
    tx: &mut WriteTx,
    master_key: &MasterKey,
    kind: AccountKind,
    account: (StaffId, &str),
    locale: &str,
    now: i64,
) -> anyhow::Result<()> {
    let (id, email) = account;
    let token = random_token(32);
    sql::issue_enrolment_link(tx, kind, id.0, &link_hash(master_key, &token), now, now + ENROLMENT_LINK_HOURS * 3600)
        .await?;
    let door = match kind {
        AccountKind::Staff => amana_app::env::Door::Staff,
        AccountKind::Helper => amana_app::env::Door::Helper,
    };
    let message = OutboxMessage::EnrolmentLink {
        to: email.to_owned(),
        locale: locale.to_owned(),
        path: door.welcome_path(&token),
        hours: ENROLMENT_LINK_HOURS,
    };
    outbox::enqueue(tx, &format!("enrolment-{}", random_token(16)), &message, now).await
}

pub struct StaffSignIn {
    /// Staff or helpers: the same rules over different tables.
    pub kind: AccountKind,
    pub storage: Storage,
    pub master_key: MasterKey,
    pub clock: Arc<dyn Clock>,
    /// Shared rate limits: sign-in steps per client at this door.
    limiter: Limiter,
    per_client: Limit,
    /// A hash to verify against when the e-mail is unknown, so both take the same time.
    decoy_hash: String,
}

impl StaffSignIn {
    pub fn new(
        kind: AccountKind,
        storage: Storage,
        master_key: MasterKey,
        clock: Arc<dyn Clock>,
        limiter: Limiter,
    ) -> anyhow::Result<StaffSignIn> {
        use argon2::password_hash::{rand_core::OsRng, PasswordHasher, SaltString};
        let decoy_hash = Argon2::default()
            .hash_password(crate::infra::crypto::random_token(16).as_bytes(), &SaltString::generate(&mut OsRng))
            .map_err(|e| anyhow::anyhow!("hashing the decoy password: {e}"))?
            .to_string();
        Ok(StaffSignIn {
            kind,
            storage,
            master_key,
            clock,
            limiter,
            per_client: match kind {
                AccountKind::Staff => limits::STAFF_SIGN_IN,
                AccountKind::Helper => limits::HELPER_SIGN_IN,
            },
            decoy_hash,
        })
    }

    fn totp(&self, secret: Vec<u8>, account: &str) -> anyhow::Result<TOTP> {
        TOTP::new(Algorithm::SHA1, 6, 1, 30, secret, Some(ISSUER.to_owned()), account.to_owned())
            .map_err(|e| anyhow::anyhow!("building a TOTP: {e}"))
    }

    fn secret_of(&self, row: &StaffRow) -> anyhow::Result<Option<Vec<u8>>> {
        let place = places::totp_secret(self.kind.table(), row.id);
        row.totp_secret_enc
            .as_deref()
            .map(|sealed| self.master_key.system_key().decrypt_bytes(&place, sealed))
            .transpose()
    }

    /// The staff member behind a pending sign-in, if it is still valid and the account usable.
    async fn pending_row(&self, pending: &PendingStaff) -> Result<StaffRow, PortalError> {
        if self.clock.now() > pending.until {
            return Err(PortalError::StaffSignInExpired);
        }
        let row =
            self.storage.account_by_id(self.kind, pending.staff.0).await?.ok_or(PortalError::StaffSignInExpired)?;
        if !row.active.0 || self.locked(&row) {
            return Err(PortalError::StaffSignInFailed);
        }
        Ok(row)
    }

    fn locked(&self, row: &StaffRow) -> bool {
        row.locked_until.is_some_and(|until| until > self.clock.now())
    }

    /// Counts an attempt before it is judged; false when the account is locked or out of attempts.
    async fn count_attempt(&self, staff: StaffId) -> Result<bool, PortalError> {
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        let allowed =
            sql::count_attempt(&mut tx, self.kind, staff.0, now, LOCK_AFTER_FAILURES, now + LOCK_SECONDS).await?;
        tx.commit().await?;
        Ok(allowed)
    }

    /// Records a failed step in the audit log, off the response path so a failure takes no longer to answer.
    fn record_failure(&self, staff: StaffId, what: &'static str) {
        let storage = self.storage.clone();
        let now = self.clock.now();
        let event = account_event(self.kind, staff, what);
        tokio::spawn(async move {
            let outcome = async {
                let mut tx = storage.begin_write().await?;
                audit::append(&mut tx, now, event).await?;
                tx.commit().await
            }
            .await;
            if let Err(error) = outcome {
                tracing::warn!(error = %error, "could not record a failed staff sign-in step");
            }
        });
        tracing::info!(account_id = staff.0, kind = self.kind.actor().key(), what, "sign-in step failed");
    }

    /// The usable account an unused, unexpired enrolment link belongs to.
    async fn link_account(&self, token: &str) -> Result<StaffRow, PortalError> {
        let account = self
            .storage
            .enrolment_link_account(self.kind, &link_hash(&self.master_key, token), self.clock.now())
            .await?;
        let row = match account {
            Some(id) => self.storage.account_by_id(self.kind, id).await?,
            None => None,
        };
        row.filter(|r| r.active.0).ok_or(PortalError::EnrolmentLinkInvalid)
    }

    /// The TOTP step `code` belongs to (now, or one step either side), if it matches.
    fn matching_step(&self, secret: &[u8], account: &str, code: &str) -> anyhow::Result<Option<i64>> {
        let totp = self.totp(secret.to_vec(), account)?;
        let now = self.clock.now();
        let code = code.trim().replace(' ', "");
        for offset in [-1, 0, 1] {
            let at = now + offset * TOTP_STEP;
            let expected = totp.generate(u64::try_from(at).unwrap_or(0));
            if bool::from(expected.as_bytes().ct_eq(code.as_bytes())) {
                return Ok(Some(at / TOTP_STEP));
            }
        }
        Ok(None)
    }

    async fn signed_in(&self, row: &StaffRow, mut tx: crate::storage::WriteTx) -> Result<SignedInStaff, PortalError> {
        let now = self.clock.now();
        sql::clear_failures(&mut tx, self.kind, row.id).await?;
        let mut event = account_event(self.kind, StaffId(row.id), "signed-in");
        event.actor_role = Some(row.role.key().to_owned());
        event.actor_office = Some(row.office.clone());
        audit::append(&mut tx, now, event).await?;
        tx.commit().await?;
        tracing::info!(account_id = row.id, kind = self.kind.actor().key(), "signed in");
        Ok(SignedInStaff {
            id: StaffId(row.id),
            at: now,
            role: row.role,
            preferred_locale: row.preferred_locale.clone(),
        })
    }
}

/// A sign-in event: `<kind>.<what>` (`staff.signed-in`, `helper.code-failed`).
fn account_event(kind: AccountKind, account: StaffId, what: &str) -> NewAuditEvent {
    NewAuditEvent {
        actor_kind: kind.actor(),
        actor_id: Some(account.0),
        action: format!("{}.{what}", kind.actor()),
        object_type: Some(kind.actor().key().into()),
        object_id: Some(account.0),
        field_names: "[]".into(),
        ..NewAuditEvent::default()
    }
}

/// Argon2 hashes running at once. Each takes about 19 MiB and a core's worth of work, so a flood of password posts
/// queues here instead of exhausting memory.
pub const ARGON2_AT_ONCE: usize = 4;
/// How long a password step waits for a free slot before it answers "try again".
const ARGON2_WAIT: std::time::Duration = std::time::Duration::from_secs(3);
static ARGON2_SLOTS: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(ARGON2_AT_ONCE);

/// Runs an Argon2 computation on a blocking thread once one of the few slots is free (or refuses as busy).
async fn with_argon2_slot<T: Send + 'static>(
    work: impl FnOnce() -> anyhow::Result<T> + Send + 'static,
) -> Result<T, PortalError> {
    let Ok(Ok(_slot)) = tokio::time::timeout(ARGON2_WAIT, ARGON2_SLOTS.acquire()).await else {
        tracing::warn!("every Argon2 slot is busy: a password step was turned away");
        return Err(PortalError::RateLimited);
    };
    tokio::task::spawn_blocking(work).await.context("running Argon2")?.map_err(PortalError::from)
}

/// Checks a password against an Argon2id hash on a blocking thread, so a burst of sign-ins does not stall other
/// requests.
pub async fn verify_password(hash: String, password: String) -> Result<bool, PortalError> {
    with_argon2_slot(move || {
        let parsed = PasswordHash::new(&hash).map_err(|e| anyhow::anyhow!("stored password hash unreadable: {e}"))?;
        Ok(Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
    })
    .await
}

/// Hashes a new password with Argon2id on a blocking thread.
pub async fn hash_password(password: String) -> Result<String, PortalError> {
    use argon2::password_hash::{rand_core::OsRng, PasswordHasher, SaltString};
    with_argon2_slot(move || {
        Argon2::default()
            .hash_password(password.as_bytes(), &SaltString::generate(&mut OsRng))
            .map(|h| h.to_string())
            .map_err(|e| anyhow::anyhow!("hashing a password: {e}"))
    })
    .await
}

/// A recovery code as typed: upper case, without spaces or dashes.
fn normalise_recovery(code: &str) -> String {
    code.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_uppercase()).collect()
}

#[async_trait]
impl amana_app::staff::StaffSignIn for StaffSignIn {
    async fn check_password(
        &self,
        email: &str,
        password: &str,
        client: &str,
    ) -> Result<(PendingStaff, SecondFactor), PortalError> {
        if !self.limiter.allows(self.per_client, client).await? {
            return Err(PortalError::RateLimited);
        }
        let row = self.storage.account_by_email(self.kind, email.trim()).await?.filter(|r| r.active.0);
        // Every attempt on an account is counted before it is judged; an unknown address does the same work.
        let allowed = match &row {
            Some(row) => self.count_attempt(StaffId(row.id)).await?,
            None => {
                let mut tx = self.storage.begin_write().await?;
                sql::count_nothing(&mut tx, self.clock.now()).await?;
                tx.commit().await?;
                false
            }
        };
        // An account still waiting for its enrolment link has no password: it is checked against the decoy (the
        // same work) and refused.
        let has_password = row.as_ref().is_some_and(|r| !r.password_hash.is_empty());
        let hash = match &row {
            Some(row) if has_password => row.password_hash.clone(),
            _ => self.decoy_hash.clone(),
        };
        let password_ok = verify_password(hash, password.to_owned()).await? && has_password;
        let Some(row) = row else { return Err(PortalError::StaffSignInFailed) };
        if !allowed {
            return Err(PortalError::StaffSignInFailed);
        }
        if !password_ok {
            self.record_failure(StaffId(row.id), "password-failed");
            return Err(PortalError::StaffSignInFailed);
        }
        let mut tx = self.storage.begin_write().await?;
        sql::refund_attempt(&mut tx, self.kind, row.id).await?;
        tx.commit().await?;
        let step = if row.totp_enrolled_at.is_some() { SecondFactor::Code } else { SecondFactor::Enrol };
        Ok((PendingStaff { staff: StaffId(row.id), until: self.clock.now() + PENDING_SECONDS }, step))
    }

    async fn enrolment(&self, pending: &PendingStaff) -> Result<Enrolment, PortalError> {
        let row = self.pending_row(pending).await?;
        if row.totp_enrolled_at.is_some() {
            return Err(PortalError::NotFound);
        }
        let secret = match self.secret_of(&row)? {
            Some(secret) => secret,
            None => {
                let mut secret = vec![0_u8; 20];
                rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut secret);
                let mut tx = self.storage.begin_write().await?;
                sql::set_totp_secret(
                    &mut tx,
                    self.kind,
                    row.id,
                    &self
                        .master_key
                        .system_key()
                        .encrypt_bytes(&places::totp_secret(self.kind.table(), row.id), &secret)?,
                )
                .await?;
                tx.commit().await?;
                // Another tab may have stored one first: use whatever is stored.
                let stored =
                    self.storage.account_by_id(self.kind, row.id).await?.ok_or(PortalError::StaffSignInExpired)?;
                self.secret_of(&stored)?.context("TOTP secret missing after storing it")?
            }
        };
        let totp = self.totp(secret, &row.email)?;
        let qr_svg = qrcode::QrCode::new(totp.get_url().as_bytes())
            .context("drawing the QR code")?
            .render::<qrcode::render::svg::Color>()
            .min_dimensions(200, 200)
            .build();
        let base32 = totp.get_secret_base32();
        let grouped =
            base32.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join(" ");
        Ok(Enrolment { secret: grouped, qr_svg })
    }

    async fn confirm_enrolment(
        &self,
        pending: &PendingStaff,
        code: &str,
    ) -> Result<(SignedInStaff, Vec<String>), PortalError> {
        let row = self.pending_row(pending).await?;
        let secret = self.secret_of(&row)?.ok_or(PortalError::StaffSignInExpired)?;
        if row.totp_enrolled_at.is_some() {
            return Err(PortalError::StaffSignInExpired);
        }
        if !self.count_attempt(StaffId(row.id)).await? {
            return Err(PortalError::StaffSignInFailed);
        }
        let Some(step) = self.matching_step(&secret, &row.email, code)? else {
            self.record_failure(StaffId(row.id), "code-failed");
            return Err(PortalError::StaffSignInFailed);
        };
        let codes: Vec<String> = (0..RECOVERY_CODES)
            .map(|_| {
                let code = random_unambiguous(10);
                format!("{}-{}", &code[..5], &code[5..])
            })
            .collect();
        let hashes: Vec<String> =
            codes.iter().map(|c| self.master_key.keyed_hash("staff-recovery", &normalise_recovery(c))).collect();
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        if !sql::confirm_enrolment(&mut tx, self.kind, row.id, now, &hashes).await?
            || !sql::use_totp_step(&mut tx, self.kind, row.id, step).await?
        {
            return Err(PortalError::StaffSignInExpired);
        }
        audit::append(&mut tx, now, account_event(self.kind, StaffId(row.id), "authenticator-enrolled")).await?;
        let signed_in = self.signed_in(&row, tx).await?;
        Ok((signed_in, codes))
    }

    async fn check_code(&self, pending: &PendingStaff, code: &str, client: &str) -> Result<SignedInStaff, PortalError> {
        if !self.limiter.allows(self.per_client, client).await? {
            return Err(PortalError::RateLimited);
        }
        let row = self.pending_row(pending).await?;
        let secret = self.secret_of(&row)?.ok_or(PortalError::StaffSignInExpired)?;
        if row.totp_enrolled_at.is_none() {
            return Err(PortalError::StaffSignInExpired);
        }
        if !self.count_attempt(StaffId(row.id)).await? {
            return Err(PortalError::StaffSignInFailed);
        }
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        let accepted = match self.matching_step(&secret, &row.email, code)? {
            // A code is accepted once: replaying it (or an older one) fails.
            Some(step) => sql::use_totp_step(&mut tx, self.kind, row.id, step).await?,
            None => {
                let hash = self.master_key.keyed_hash("staff-recovery", &normalise_recovery(code));
                let used = sql::use_recovery_code(&mut tx, self.kind, row.id, &hash, now).await?;
                if used {
                    audit::append(&mut tx, now, account_event(self.kind, StaffId(row.id), "recovery-code-used"))
                        .await?;
                }
                used
            }
        };
        if !accepted {
            drop(tx);
            self.record_failure(StaffId(row.id), "code-failed");
            return Err(PortalError::StaffSignInFailed);
        }
        self.signed_in(&row, tx).await
    }

    async fn enrolment_link(&self, token: &str) -> Result<String, PortalError> {
        Ok(self.link_account(token).await?.email)
    }

    async fn use_enrolment_link(
        &self,
        token: &str,
        password: &str,
        client: &str,
    ) -> Result<(PendingStaff, SecondFactor), PortalError> {
        if !self.limiter.allows(self.per_client, client).await? {
            return Err(PortalError::RateLimited);
        }
        let row = self.link_account(token).await?;
        let email = row.email.clone();
        if password.chars().count() < amana_app::staff::MIN_PASSWORD_CHARS {
            return Err(PortalError::field("password", ErrorCode::Ad006));
        }
        if password.chars().count() > amana_app::staff::MAX_PASSWORD_CHARS {
            return Err(PortalError::field("password", ErrorCode::Ad002));
        }
        if password.trim().eq_ignore_ascii_case(email.trim()) {
            return Err(PortalError::field("password", ErrorCode::Sa003));
        }
        let hash = hash_password(password.to_owned()).await?;
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        // Used inside the transaction that sets the password: of two tabs posting at once, one wins.
        let Some(account) =
            sql::use_enrolment_link(&mut tx, self.kind, &link_hash(&self.master_key, token), now).await?
        else {
            return Err(PortalError::EnrolmentLinkInvalid);
        };
        sql::set_own_password(&mut tx, self.kind, account, &hash).await?;
        audit::append(&mut tx, now, account_event(self.kind, StaffId(account), "enrolment-link-used")).await?;
        tx.commit().await?;
        tracing::info!(
            account_id = account,
            kind = self.kind.actor().key(),
            "password chosen through an enrolment link"
        );
        let step = if row.totp_enrolled_at.is_some() { SecondFactor::Code } else { SecondFactor::Enrol };
        Ok((PendingStaff { staff: StaffId(account), until: now + PENDING_SECONDS }, step))
    }

    async fn signed_out(&self, staff: StaffId) {
        let now = self.clock.now();
        let outcome = async {
            let mut tx = self.storage.begin_write().await?;
            audit::append(&mut tx, now, account_event(self.kind, staff, "signed-out")).await?;
            tx.commit().await
        }
        .await;
        if let Err(error) = outcome {
            tracing::warn!(error = %error, "could not record a staff sign-out");
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    use std::time::Duration;

    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_flood_of_password_steps_never_runs_more_than_four_argon2_hashes_at_once() {
        let (running, most) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
        let flood: Vec<_> = (0..16)
            .map(|_| {
                let (running, most) = (running.clone(), most.clone());
                tokio::spawn(with_argon2_slot(move || {
                    let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                    most.fetch_max(now, Ordering::SeqCst);
                    std::thread::sleep(Duration::from_millis(200));
                    running.fetch_sub(1, Ordering::SeqCst);
                    Ok(())
                }))
            })
            .collect();
        for step in flood {
            // 16 × 200 ms over 4 slots is 800 ms: well inside the wait, so every step gets its turn.
            assert!(step.await.unwrap().is_ok());
        }
        assert_eq!(most.load(Ordering::SeqCst), ARGON2_AT_ONCE);

        // With every slot held for longer than the wait, the next step is turned away instead of queueing forever.
        let held: Vec<_> = (0..ARGON2_AT_ONCE)
            .map(|_| {
                tokio::spawn(with_argon2_slot(|| {
                    std::thread::sleep(ARGON2_WAIT + Duration::from_secs(1));
                    Ok(())
                }))
            })
            .collect();
        tokio::time::sleep(Duration::from_millis(200)).await;
        assert!(matches!(with_argon2_slot(|| Ok(())).await, Err(PortalError::RateLimited)));
        for step in held {
            assert!(step.await.unwrap().is_ok());
        }
    }
}
