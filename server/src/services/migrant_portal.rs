//! The migrant portal's rules: passwordless sign-in that reveals nothing about who exists, rate limits, and
//! "My data" with an audit event for every view. Implements the UI's `MigrantPortal` contract.

use std::sync::Arc;

use amana_app::contract::{Acting, ActorKind, ChallengeId, MyData, PersonId, SignInRequest, SignedIn};
use amana_app::errors::PortalError;
use amana_app::helpers::Scope;
use amana_app::i18n::Locale;
use amana_app::input::{OneTimeCode, ONE_TIME_CODE_DIGITS};
use anyhow::Context;
use async_trait::async_trait;
use subtle::ConstantTimeEq;
use tokio::sync::Notify;

use crate::domain::audit;
use crate::domain::intake::ContactChannel;
use crate::domain::limits::{self, Limiter};
use crate::domain::policy::Attribution;
use crate::domain::records;
use crate::infra::clock::Clock;
use crate::infra::crypto::{places, random_digits, random_token, MasterKey};
use crate::storage::{self, NewAuditEvent, Storage};
use crate::workers::outbox::{self, OutboxMessage};

/// How long a sign-in code is valid.
pub const CODE_VALID_SECONDS: i64 = 10 * 60;
/// Guesses allowed per code; the next attempt is refused even with the right code.
pub const MAX_CODE_ATTEMPTS: i64 = 5;

pub struct MigrantPortal {
    pub storage: Storage,
    pub master_key: MasterKey,
    pub clock: Arc<dyn Clock>,
    pub outbox_wake: Arc<Notify>,
    /// Shared rate limits (per case reference and per client).
    pub limiter: Limiter,
    /// What an unknown case reference is checked against, so it takes the same work as a known one.
    pub decoy: Decoy,
}

/// A made-up person's wrapped key and sealed address, opened when a sign-in names nobody.
#[derive(Clone)]
pub struct Decoy {
    wrapped_key: Vec<u8>,
    email_enc: Vec<u8>,
}

impl Decoy {
    /// A fresh decoy under `master_key` (person 0, which no one is).
    pub fn new(master_key: &MasterKey) -> anyhow::Result<Decoy> {
        let (key, wrapped_key) = master_key.new_person_key(0)?;
        Ok(Decoy { wrapped_key, email_enc: key.encrypt(&places::contact_email(0), "nobody@example.invalid")? })
    }

    /// Unwraps the key and opens the address, as for a real person.
    fn open(&self, master_key: &MasterKey) -> anyhow::Result<String> {
        master_key.unwrap_person_key(0, &self.wrapped_key)?.decrypt(&places::contact_email(0), &self.email_enc)
    }
}

#[async_trait]
impl amana_app::contract::MigrantPortal for MigrantPortal {
    #[tracing::instrument(skip_all)]
    async fn start_sign_in(&self, request: SignInRequest) -> Result<ChallengeId, PortalError> {
        let allowed = self
            .limiter
            .allows_all(&[
                (limits::SIGN_IN_PER_REFERENCE, request.case_reference.as_str()),
                (limits::SIGN_IN_PER_CLIENT, &request.client),
            ])
            .await?;
        if !allowed {
            tracing::info!(outcome = "rate-limited", "sign-in refused");
            return Err(PortalError::RateLimited);
        }
        let now = self.clock.now();
        let person = self.storage.person_by_reference(request.case_reference.as_str()).await?;
        let matched = person.as_ref().filter(|p| request.date_of_birth.matches_record(&p.date_of_birth));

        // Everything below happens for a right and a wrong birth date (and an unknown reference) alike, so the
        // answer takes the same time: a key is unwrapped, an address opened, a message sealed, a challenge stored
        // and an audit event chained. Only a match queues the message and can ever accept a code.
        let challenge = random_token(32);
        let code = random_digits(ONE_TIME_CODE_DIGITS);
        let code_hash = self.master_key.keyed_hash(&challenge, &code);
        let contact = match &person {
            Some(person) => records::contact(&records::person_key(&self.master_key, person)?, person)?,
            None => Some((ContactChannel::Email, self.decoy.open(&self.master_key)?)),
        };
        let (channel, message) = match contact {
            Some((channel, to)) => {
                let locale = request.locale.code().to_owned();
                (channel, Some(OutboxMessage::SignInCode { to, locale, code, minutes: 10 }))
            }
            None => (ContactChannel::Email, None),
        };
        let mut tx = self.storage.begin_write().await?;
        storage::sign_in::insert_challenge(
            &mut tx,
            &challenge,
            matched.map(|p| p.id),
            matched.map(|_| code_hash.as_str()),
            now,
            now + CODE_VALID_SECONDS,
        )
        .await?;
        let key = format!("sign-in-{}", random_token(16));
        match (matched, message) {
            (Some(person), Some(message)) => {
                outbox::enqueue_via(&mut tx, channel, &key, &message, now).await?;
                audit::append(&mut tx, now, Attribution::Person(PersonId(person.id)).audit("sign-in.code-requested"))
                    .await?;
            }
            (matched, message) => {
                if let Some(message) = message {
                    outbox::enqueue_nothing(&mut tx, &key, &message, now).await?;
                }
                if let Some(person) = matched {
                    tracing::warn!(person_id = person.id, "no contact on file for a sign-in code");
                    audit::append(
                        &mut tx,
                        now,
                        Attribution::Person(PersonId(person.id)).audit("sign-in.code-requested"),
                    )
                    .await?;
                } else {
                    // Counted without naming anyone: nothing links a wrong guess to a person.
                    audit::append(
                        &mut tx,
                        now,
                        NewAuditEvent {
                            actor_kind: ActorKind::Anonymous,
                            action: "sign-in.refused".into(),
                            field_names: "[]".into(),
                            ..NewAuditEvent::default()
                        },
                    )
                    .await?;
                }
            }
        }
        tx.commit().await?;
        self.outbox_wake.notify_one();
        tracing::info!(matched = matched.is_some(), "sign-in started");
        Ok(ChallengeId(challenge))
    }

    #[tracing::instrument(skip_all)]
    async fn finish_sign_in(
        &self,
        challenge: &ChallengeId,
        code: &OneTimeCode,
        client: &str,
        chosen_locale: Option<Locale>,
    ) -> Result<SignedIn, PortalError> {
        if !self.limiter.allows(limits::CODES_PER_CLIENT, client).await? {
            return Err(PortalError::RateLimited);
        }
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        let Some(attempts) = storage::sign_in::count_attempt(&mut tx, &challenge.0).await? else {
            return Err(PortalError::SignInUsedUp);
        };
        let row = storage::sign_in::challenge_in(&mut tx, &challenge.0).await?.context("challenge vanished")?;
        let outcome = if attempts > MAX_CODE_ATTEMPTS || row.used_at.is_some() || now > row.expires_at {
            Err(PortalError::SignInUsedUp)
        } else {
            let presented = self.master_key.keyed_hash(&challenge.0, code.as_str());
            match (row.person_id, row.code_hash.as_deref()) {
                (Some(person), Some(expected)) if bool::from(expected.as_bytes().ct_eq(presented.as_bytes())) => {
                    Ok(person)
                }
                _ => Err(PortalError::CodeRejected),
            }
        };
        let person = match outcome {
            Ok(person) => person,
            Err(error) => {
                // Keep the counted attempt even though the answer is no.
                tx.commit().await?;
                tracing::info!(outcome = error.code().as_str(), attempts, "sign-in code refused");
                return Err(error);
            }
        };
        if !storage::sign_in::mark_used(&mut tx, &challenge.0, now).await? {
            return Err(PortalError::SignInUsedUp);
        }
        if let Some(locale) = chosen_locale {
            storage::people::set_preferred_locale(&mut tx, person, locale.code()).await?;
        }
        let stored_locale = match chosen_locale {
            Some(locale) => Some(locale),
            None => {
                self.storage.person(person).await?.and_then(|p| p.preferred_locale).and_then(|c| Locale::from_code(&c))
            }
        };
        let mandate_code_printed = storage::mandates::announce_printed_codes(&mut tx, person, now).await?;
        audit::append(&mut tx, now, Attribution::Person(PersonId(person)).audit("sign-in.completed")).await?;
        tx.commit().await?;
        tracing::info!(person_id = person, "signed in");
        Ok(SignedIn { person: PersonId(person), at: now, preferred_locale: stored_locale, mandate_code_printed })
    }

    #[tracing::instrument(skip_all, fields(person_id = who.person.0))]
    async fn my_data(&self, who: Acting) -> Result<MyData, PortalError> {
        let by = crate::domain::policy::acting(&self.storage, who, &[Scope::View], self.clock.now()).await?;
        let person = by.person();
        let (row, categories) = records::record_of(
            &self.storage,
            &self.master_key,
            person.0,
            amana_app::when::Day::from_unix(self.clock.now()),
        )
        .await?
        .ok_or(PortalError::NotFound)?;
        let field_names = records::field_names(&categories);
        let mut tx = self.storage.begin_write().await?;
        let event = NewAuditEvent {
            field_names: serde_json::to_string(&field_names).context("listing field names")?,
            object_type: Some("record".into()),
            object_id: Some(person.0),
            ..by.audit("record.viewed")
        };
        audit::append(&mut tx, self.clock.now(), event).await?;
        tx.commit().await?;
        let notices = crate::domain::breaches::notices_of(&self.storage, person.0).await?;
        Ok(MyData { case_reference: row.case_reference, categories, notices })
    }

    async fn signed_out(&self, person: PersonId) -> Result<(), PortalError> {
        let mut tx = self.storage.begin_write().await?;
        audit::append(&mut tx, self.clock.now(), Attribution::Person(person).audit("sign-out")).await?;
        tx.commit().await?;
        Ok(())
    }
}
