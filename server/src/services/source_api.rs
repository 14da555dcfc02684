//! What a source system can do through the API, whatever carries the call (HTTP now, the demo seed, a
//! benchmark): who it is (its key), loading and removing people, imports, the change feed and its
//! acknowledgements, and reported accesses. Every call is an audit event naming the system and the key, with the
//! case reference as a keyed hash and never a value. Registering systems and their keys is `source_systems`.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use amana_app::contract::ActorKind;
use anyhow::Context as _;
use serde::{Deserialize, Serialize};
use subtle::ConstantTimeEq;
use utoipa::ToSchema;

use crate::domain::audit;
use crate::domain::intake::{self, CheckedPerson, Grant, PersonInput, Problem, PurposeRule};
use crate::infra::clock::{rfc3339, Clock};
use crate::infra::crypto::{self, places, MasterKey, PersonKey};
use crate::infra::webhook::Change;
use crate::storage::systems::{self as sql, json_list, IdTable, SealedField, SystemRow};
use crate::storage::{seed, NewAuditEvent, Storage, StorageError, WriteTx};

/// Most people in one `POST /people:batch`.
pub const MAX_BATCH: usize = 500;
/// Most entries in one `POST /access-events`.
pub const MAX_ACCESS_EVENTS: usize = 1000;
/// An idempotency key whose first call never answered (a crash) is free again after this long.
pub const ABANDONED_CALL_SECONDS: i64 = 15 * 60;

/// What a key may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, ToSchema)]
pub enum ApiScope {
    /// Load, replace and remove people, in single calls, batches and imports.
    #[serde(rename = "people:write")]
    PeopleWrite,
    /// Read the change feed.
    #[serde(rename = "changes:read")]
    ChangesRead,
    /// Acknowledge changes.
    #[serde(rename = "changes:ack")]
    ChangesAck,
    /// Report accesses.
    #[serde(rename = "access-events:write")]
    AccessEventsWrite,
}

impl ApiScope {
    pub const ALL: [ApiScope; 4] =
        [ApiScope::PeopleWrite, ApiScope::ChangesRead, ApiScope::ChangesAck, ApiScope::AccessEventsWrite];

    pub fn key(self) -> &'static str {
        match self {
            ApiScope::PeopleWrite => "people:write",
            ApiScope::ChangesRead => "changes:read",
            ApiScope::ChangesAck => "changes:ack",
            ApiScope::AccessEventsWrite => "access-events:write",
        }
    }

    pub fn from_key(key: &str) -> Option<ApiScope> {
        ApiScope::ALL.into_iter().find(|s| s.key() == key.trim())
    }
}

/// Why an API call was refused. `api::problem` turns each into its HTTP answer.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// No key, a malformed or unknown key, a wrong secret, or a key revoked or expired: one answer for all.
    #[error("unauthenticated")]
    Unauthenticated,
    #[error("missing scope {0:?}")]
    MissingScope(ApiScope),
    #[error("not found")]
    NotFound,
    /// The request's content breaks rules: each problem with its pointer.
    #[error("invalid: {0:?}")]
    Invalid(Vec<Problem>),
    /// The body is not what the operation takes (not JSON, wrong shape, too large).
    #[error("malformed body: {0}")]
    Malformed(&'static str),
    /// The state of things refuses the call: `code` says why.
    #[error("conflict: {0}")]
    Conflict(&'static str),
    #[error("idempotency key reused with another body")]
    IdempotencyKeyReused,
    #[error("the first call with this idempotency key is still running")]
    IdempotencyInProgress,
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<StorageError> for ApiError {
    fn from(error: StorageError) -> ApiError {
        match error {
            StorageError::NotFound(_) => ApiError::NotFound,
            StorageError::Conflict(what) => {
                tracing::info!(what, "an API write lost a race");
                ApiError::Conflict("concurrent-write")
            }
            StorageError::Unexpected(error) => ApiError::Internal(error),
        }
    }
}

/// The system and key behind a call.
#[derive(Clone, Debug)]
pub struct Caller {
    pub system: SystemRow,
    pub key_id: i64,
    pub key_public_id: String,
    pub scopes: BTreeSet<ApiScope>,
    pub expires_at: i64,
}

impl Caller {
    pub fn require(&self, scope: ApiScope) -> Result<(), ApiError> {
        if self.scopes.contains(&scope) {
            Ok(())
        } else {
            Err(ApiError::MissingScope(scope))
        }
    }
}

/// What loading one person did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Loaded {
    /// Whether Amana did not know the person before.
    pub created: bool,
    /// Fields this system now holds about the person.
    pub fields: usize,
}

/// One person of a batch or an import line: the person as `PUT /people/{case_reference}` takes them, with their
/// `case_reference` beside the other members.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct BatchItem {
    pub case_reference: String,
    #[serde(flatten)]
    pub person: PersonInput,
}

/// The document states one object (the person's members and `case_reference`, nothing else), not the `allOf` a
/// derive would write for `flatten`: that `allOf` joins a schema that refuses other members with one that adds
/// one, which no value can meet.
impl utoipa::PartialSchema for BatchItem {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};
        use utoipa::openapi::RefOr;
        let reference = ObjectBuilder::new()
            .schema_type(Type::String)
            .pattern(Some(intake::REFERENCE_PATTERN))
            .description(Some("The person's case reference in the source system"));
        match <PersonInput as utoipa::PartialSchema>::schema() {
            RefOr::T(Schema::Object(mut person)) => {
                person.properties.insert("case_reference".into(), reference.into());
                person.required.insert(0, "case_reference".into());
                person.description = Some("A person, with their case reference".into());
                RefOr::T(Schema::Object(person))
            }
            other => other,
        }
    }
}

impl ToSchema for BatchItem {
    fn schemas(schemas: &mut Vec<(String, utoipa::openapi::RefOr<utoipa::openapi::schema::Schema>)>) {
        <PersonInput as ToSchema>::schemas(schemas);
    }
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct BatchResult {
    pub case_reference: String,
    /// 200 (replaced), 201 (created), 409 or 422.
    pub status: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<bool>,
    /// Why it was refused: a conflict code, or `validation`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub errors: Vec<Problem>,
}

/// A change with the system's answer to it, as the feed shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct FeedChange {
    #[serde(flatten)]
    pub change: Change,
    /// What the system answered, once it did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acknowledgement: Option<Acknowledgement>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum AckOutcome {
    Applied,
    Rejected,
}

impl AckOutcome {
    pub fn key(self) -> &'static str {
        match self {
            AckOutcome::Applied => "applied",
            AckOutcome::Rejected => "rejected",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Acknowledgement {
    pub outcome: AckOutcome,
    /// Required when rejected: why the change could not be made (at most 500 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// One access by a system's own user.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AccessEventInput {
    /// The system's id of the look-up: a second report with the same id is ignored.
    #[schema(min_length = 1, max_length = 128)]
    pub query_id: String,
    #[schema(pattern = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    pub case_reference: String,
    /// RFC 3339.
    #[schema(example = "2026-11-30T09:15:00Z", format = DateTime)]
    pub at: String,
    #[schema(min_length = 1, max_length = 200)]
    pub office: String,
    #[schema(min_length = 1, max_length = 200)]
    pub role: String,
    /// Why they looked (a purpose key or the system's own words).
    #[schema(min_length = 1, max_length = 200)]
    pub purpose: String,
    #[schema(min_length = 1, max_length = 200)]
    pub legal_basis: String,
    /// Keys of the fields seen.
    #[serde(default)]
    #[schema(max_items = 200)]
    pub fields: Vec<String>,
    /// For a covert investigation: the person sees the entry only from this moment (RFC 3339).
    #[serde(default)]
    #[schema(format = DateTime)]
    pub hidden_until: Option<String>,
    /// Required with `hidden_until`: the legal reason it is hidden.
    #[serde(default)]
    #[schema(max_length = 500)]
    pub hidden_reason: Option<String>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize, ToSchema)]
pub struct AccessEventsResult {
    pub accepted: usize,
    /// Already reported (same `query_id`).
    pub duplicates: usize,
    /// Entries skipped because Amana holds no person with their case reference (`unknown-person`).
    pub errors: Vec<IndexedProblem>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct IndexedProblem {
    pub index: usize,
    pub pointer: String,
    pub code: String,
}

/// Counts of an import.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct ImportStatus {
    pub id: String,
    /// `running`, `done`, or `stopped` (the key was revoked or expired during the import).
    pub state: String,
    pub lines: i64,
    pub people: i64,
    pub fields: i64,
    pub failed: i64,
    pub created_at: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub finished_at: Option<String>,
}

/// One line's problem in an import.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct ImportProblem {
    pub line: i64,
    pub pointer: String,
    pub code: String,
}

/// One line of an import, read and parsed (or not).
pub type ImportLine = (i64, Result<(String, PersonInput), Problem>);

pub struct SourceApi {
    pub storage: Storage,
    pub master_key: MasterKey,
    pub clock: Arc<dyn Clock>,
}

fn parse_rfc3339(text: &str) -> Option<i64> {
    time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339).ok().map(|t| t.unix_timestamp())
}

/// What is wrong with one reported access (`index` in the list), checked at `now`: each problem with its pointer.
fn access_event_problems(index: usize, event: &AccessEventInput, now: i64) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut problem = |member: &str, code: &str| problems.push(Problem::new(format!("/events/{index}/{member}"), code));
    let text_ok = |text: &str, max: usize| {
        !text.trim().is_empty() && text.chars().count() <= max && !text.chars().any(char::is_control)
    };
    if !text_ok(&event.query_id, 128) {
        problem("query_id", "invalid-format");
    }
    if !intake::reference_is_valid(&event.case_reference) {
        problem("case_reference", "invalid-format");
    }
    match parse_rfc3339(&event.at) {
        None => problem("at", "invalid-date"),
        Some(at) if at > now + 300 => problem("at", "future-date"),
        Some(_) => {}
    }
    for (name, text) in [
        ("office", &event.office),
        ("role", &event.role),
        ("purpose", &event.purpose),
        ("legal_basis", &event.legal_basis),
    ] {
        if !text_ok(text, 200) {
            problem(name, "invalid-format");
        }
    }
    if event.fields.len() > 200 || event.fields.iter().any(|f| !text_ok(f, 64)) {
        problem("fields", "invalid-format");
    }
    let hidden_until = event.hidden_until.as_deref().map(parse_rfc3339);
    if matches!(hidden_until, Some(None)) {
        problem("hidden_until", "invalid-date");
    }
    let hidden_reason = event.hidden_reason.as_deref().map(str::trim).filter(|r| !r.is_empty());
    if hidden_until.is_some() && hidden_reason.is_none_or(|r| !text_ok(r, 500)) {
        problem("hidden_reason", "required");
    }
    problems
}

/// A page read with one row more than `limit`: the page, and whether that extra row (more to come) was there.
fn split_page<T>(mut rows: Vec<T>, limit: i64) -> (Vec<T>, bool) {
    let limit = usize::try_from(limit).unwrap_or(0);
    let more = rows.len() > limit;
    rows.truncate(limit);
    (rows, more)
}

/// The keyed hash of a case reference the audit log keeps instead of the reference.
pub fn reference_hash(master: &MasterKey, reference: &str) -> String {
    master.keyed_hash("api-case-reference", reference).chars().take(32).collect()
}

impl SourceApi {
    /// The caller behind `token`, if it names a live key and its secret matches (compared in constant time).
    pub async fn authenticate(&self, token: &str) -> Result<Caller, ApiError> {
        let (public_id, secret) = token
            .strip_prefix("amana_")
            .and_then(|rest| rest.split_once('_'))
            .filter(|(public_id, secret)| {
                public_id.len() <= 32 && secret.len() <= 64 && public_id.bytes().all(|b| b.is_ascii_alphanumeric())
            })
            .ok_or(ApiError::Unauthenticated)?;
        let key = self.storage.api_key(public_id).await?;
        // A hash is computed for an unknown key too, so the answer takes as long.
        let presented = self.master_key.keyed_hash("api-key", secret);
        let Some(key) = key else { return Err(ApiError::Unauthenticated) };
        let now = self.clock.now();
        let matches: bool = presented.as_bytes().ct_eq(key.secret_hash.as_bytes()).into();
        if !matches || key.revoked_at.is_some() || key.expires_at <= now {
            return Err(ApiError::Unauthenticated);
        }
        let system = self.storage.system(key.system_id).await?.ok_or(ApiError::Unauthenticated)?;
        self.storage.touch_api_key(key.id, now).await?;
        Ok(Caller {
            system,
            key_id: key.id,
            key_public_id: key.public_id.clone(),
            scopes: json_list(&key.scopes).iter().filter_map(|s| ApiScope::from_key(s)).collect(),
            expires_at: key.expires_at,
        })
    }

    /// What `caller`'s system may write.
    pub async fn grant(&self, caller: &Caller) -> Result<Grant, ApiError> {
        self.grant_for(&caller.system).await
    }

    /// What `system` may write.
    pub async fn grant_for(&self, system: &SystemRow) -> Result<Grant, ApiError> {
        let allowed: BTreeSet<String> = json_list(&system.purposes).into_iter().collect();
        let register = self.storage.purposes().await?;
        Ok(Grant {
            system_id: system.id,
            system: system.name.clone(),
            purposes: register
                .iter()
                .filter(|p| allowed.contains(&p.key))
                .map(|p| (p.key.clone(), PurposeRule { id: p.id, retention_days: p.retention_days }))
                .collect(),
            categories: json_list(&system.categories).into_iter().collect(),
            registered: register.into_iter().map(|p| p.key).collect(),
        })
    }

    /// An audit event for one API call by `caller`.
    fn call_event(&self, caller: &Caller, action: &str, person: Option<i64>, reference: Option<&str>) -> NewAuditEvent {
        NewAuditEvent {
            actor_kind: ActorKind::SourceSystem,
            actor_id: Some(caller.system.id),
            actor_office: Some(caller.system.name.clone()),
            action: action.to_owned(),
            person_id: person,
            object_type: Some("api-key".into()),
            object_id: Some(caller.key_id),
            field_names: "[]".into(),
            reason: reference.map(|r| format!("case-reference-hash {}", reference_hash(&self.master_key, r))),
            ..NewAuditEvent::default()
        }
    }

    /// Creates or replaces one person and this system's fields about them.
    pub async fn put_person(&self, caller: &Caller, reference: &str, input: PersonInput) -> Result<Loaded, ApiError> {
        caller.require(ApiScope::PeopleWrite)?;
        let grant = self.grant(caller).await?;
        let now = self.clock.now();
        let checked = intake::check(&grant, reference, input, now).map_err(ApiError::Invalid)?;
        let mut tx = self.storage.begin_write().await?;
        let (person, loaded) = load_person(&mut tx, &grant, &checked, now).await?;
        audit::append(&mut tx, now, self.call_event(caller, "api.person.put", Some(person), Some(reference))).await?;
        tx.commit().await?;
        tracing::info!(system_id = caller.system.id, person_id = person, created = loaded.created, "person loaded");
        Ok(loaded)
    }

    /// Loads many people in one transaction, each on its own: a refused one is reported and the others go on.
    pub async fn put_batch(&self, caller: &Caller, items: Vec<BatchItem>) -> Result<Vec<BatchResult>, ApiError> {
        caller.require(ApiScope::PeopleWrite)?;
        if items.is_empty() {
            return Err(ApiError::Invalid(vec![Problem::new("/people", "required")]));
        }
        if items.len() > MAX_BATCH {
            return Err(ApiError::Invalid(vec![Problem::new("/people", "too-many")]));
        }
        let grant = self.grant(caller).await?;
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        let mut results = Vec::with_capacity(items.len());
        let mut written = 0;
        for item in items {
            let reference = item.case_reference;
            let result = match intake::check(&grant, &reference, item.person, now) {
                Err(problems) => refused(reference, 422, "validation", problems),
                Ok(checked) => match load_person(&mut tx, &grant, &checked, now).await {
                    Ok((_, loaded)) => {
                        written += 1;
                        let status = if loaded.created { 201 } else { 200 };
                        BatchResult {
                            case_reference: reference,
                            status,
                            created: Some(loaded.created),
                            code: None,
                            errors: vec![],
                        }
                    }
                    Err(ApiError::Conflict(code)) => refused(reference, 409, code, vec![]),
                    Err(other) => return Err(other),
                },
            };
            results.push(result);
        }
        let event = NewAuditEvent {
            reason: Some(format!("{written} of {} people loaded", results.len())),
            ..self.call_event(caller, "api.people.batch", None, None)
        };
        audit::append(&mut tx, now, event).await?;
        tx.commit().await?;
        tracing::info!(system_id = caller.system.id, written, items = results.len(), "batch loaded");
        Ok(results)
    }

    /// This system no longer holds the person: its fields go; a person no system holds any more is forgotten
    /// (their key shredded).
    pub async fn delete_person(&self, caller: &Caller, reference: &str) -> Result<(), ApiError> {
        caller.require(ApiScope::PeopleWrite)?;
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        let Some((person, _, None, _)) = sql::person_for_intake(&mut tx, reference).await? else {
            return Err(ApiError::NotFound);
        };
        let held = sql::held_fields(&mut tx, person, &caller.system.name).await?;
        if held.is_empty() {
            return Err(ApiError::NotFound);
        }
        for field in &held {
            crate::storage::casework::erase_field(&mut tx, field.id, now).await?;
        }
        let forgotten = !sql::held_elsewhere(&mut tx, person, &caller.system.name).await?;
        if forgotten {
            sql::forget_person(&mut tx, person, now).await?;
        }
        audit::append(&mut tx, now, self.call_event(caller, "api.person.deleted", Some(person), Some(reference)))
            .await?;
        tx.commit().await?;
        tracing::info!(system_id = caller.system.id, person_id = person, forgotten, "person removed by a system");
        Ok(())
    }

    /// Starts an import; its lines come with [`SourceApi::import_batch`].
    pub async fn start_import(&self, caller: &Caller) -> Result<(i64, String), ApiError> {
        caller.require(ApiScope::PeopleWrite)?;
        let now = self.clock.now();
        let public_id = format!("imp_{}", crypto::random_unambiguous(16).to_lowercase());
        let mut tx = self.storage.begin_write().await?;
        let id = sql::insert_import(&mut tx, &public_id, caller.system.id, caller.key_id, now).await?;
        let event = NewAuditEvent {
            object_type: Some("import".into()),
            object_id: Some(id),
            ..self.call_event(caller, "api.import.started", None, None)
        };
        audit::append(&mut tx, now, event).await?;
        tx.commit().await?;
        Ok((id, public_id))
    }

    /// Writes one batch of an import's lines in one transaction: the good ones, and the problems of the others.
    /// Returns false, writing nothing, once the key is no longer live (the import is then stopped).
    pub async fn import_batch(
        &self,
        caller: &Caller,
        grant: &Grant,
        import: i64,
        lines: Vec<ImportLine>,
    ) -> Result<bool, ApiError> {
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        if !sql::key_is_live(&mut tx, caller.key_id, now).await? {
            sql::finish_import(&mut tx, import, "stopped", now).await?;
            let event = NewAuditEvent {
                object_type: Some("import".into()),
                object_id: Some(import),
                ..self.call_event(caller, "api.import.stopped", None, None)
            };
            audit::append(&mut tx, now, event).await?;
            tx.commit().await?;
            tracing::info!(
                system_id = caller.system.id,
                import_id = import,
                "import stopped: its key is no longer live"
            );
            return Ok(false);
        }
        let count = i64::try_from(lines.len()).unwrap_or(i64::MAX);
        let mut problems = Vec::new();
        let mut checked = Vec::with_capacity(lines.len());
        for (line, parsed) in lines {
            let person = parsed.and_then(|(reference, input)| {
                intake::check(grant, &reference, input, now).map_err(|mut all| all.remove(0))
            });
            match person {
                Ok(person) => checked.push((line, person)),
                Err(problem) => problems.push((line, problem.pointer, problem.code)),
            }
        }
        // People Amana does not know yet, each sent once in this batch, go in together; everyone else one at a
        // time, in the order sent (so a second line about a person replaces the first).
        let references: Vec<&str> = checked.iter().map(|(_, p)| p.reference.as_str()).collect();
        let known = sql::known_references(&mut tx, &references).await?;
        let mut times_sent: HashMap<&str, usize> = HashMap::new();
        for reference in &references {
            *times_sent.entry(reference).or_default() += 1;
        }
        let (new, others): (Vec<_>, Vec<_>) = checked
            .iter()
            .partition(|(_, p)| !known.contains(&p.reference) && times_sent.get(p.reference.as_str()) == Some(&1));
        let new: Vec<&CheckedPerson> = new.into_iter().map(|(_, p)| p).collect();
        load_new_people(&mut tx, grant, &new, now).await?;
        let mut people = i64::try_from(new.len()).unwrap_or(0);
        let mut fields = new.iter().map(|p| i64::try_from(p.fields.len()).unwrap_or(0)).sum::<i64>();
        for (line, person) in others {
            match load_person(&mut tx, grant, person, now).await {
                Ok((_, loaded)) => {
                    people += 1;
                    fields += i64::try_from(loaded.fields).unwrap_or(0);
                }
                Err(ApiError::Conflict(code)) => problems.push((*line, String::new(), code.to_owned())),
                Err(other) => return Err(other),
            }
        }
        let failed = i64::try_from(problems.len()).unwrap_or(0);
        problems.sort_by_key(|(line, ..)| *line);
        sql::record_import_batch(&mut tx, import, [count, people, fields, failed], &problems).await?;
        tx.commit().await?;
        Ok(true)
    }

    pub async fn finish_import(&self, caller: &Caller, import: i64) -> Result<(), ApiError> {
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        sql::finish_import(&mut tx, import, "done", now).await?;
        let event = NewAuditEvent {
            object_type: Some("import".into()),
            object_id: Some(import),
            ..self.call_event(caller, "api.import.finished", None, None)
        };
        audit::append(&mut tx, now, event).await?;
        tx.commit().await?;
        tracing::info!(system_id = caller.system.id, import_id = import, "import finished");
        Ok(())
    }

    pub async fn import_status(&self, caller: &Caller, public_id: &str) -> Result<(i64, ImportStatus), ApiError> {
        caller.require(ApiScope::PeopleWrite)?;
        let row = self.storage.import(caller.system.id, public_id).await?.ok_or(ApiError::NotFound)?;
        Ok((
            row.id,
            ImportStatus {
                id: row.public_id,
                state: row.state,
                lines: row.lines,
                people: row.people,
                fields: row.fields,
                failed: row.failed,
                created_at: rfc3339(row.created_at),
                finished_at: row.finished_at.map(rfc3339),
            },
        ))
    }

    /// A page of an import's problems after the cursor `after`; the cursor of the next page if there is one.
    pub async fn import_problems(
        &self,
        caller: &Caller,
        public_id: &str,
        after: i64,
        limit: i64,
    ) -> Result<(Vec<ImportProblem>, Option<i64>), ApiError> {
        let (id, _) = self.import_status(caller, public_id).await?;
        let (rows, more) = split_page(self.storage.import_errors(id, after, limit + 1).await?, limit);
        let next = more.then(|| rows.last().map(|r| r.id)).flatten();
        Ok((rows.into_iter().map(|r| ImportProblem { line: r.line, pointer: r.pointer, code: r.code }).collect(), next))
    }

    /// A page of the changes for `caller`'s system after the cursor `after`: the changes, the id of the last one
    /// (where to ask from next time) and whether more are waiting.
    pub async fn changes(
        &self,
        caller: &Caller,
        after: i64,
        limit: i64,
    ) -> Result<(Vec<FeedChange>, Option<i64>, bool), ApiError> {
        caller.require(ApiScope::ChangesRead)?;
        let (rows, more) = split_page(self.storage.changes_for(caller.system.id, after, limit + 1).await?, limit);
        let last = rows.last().map(|r| r.id);
        let changes = rows.iter().map(|row| self.open_change(row)).collect::<Result<Vec<_>, _>>()?;
        self.note_call(caller, "api.changes.read").await?;
        Ok((changes, last, more))
    }

    fn open_change(&self, row: &sql::ChangeRow) -> Result<FeedChange, ApiError> {
        let json = crate::storage::outbox::unseal(&self.master_key, &row.public_id, &row.payload)?;
        let change: Change = serde_json::from_slice(&json).context("reading a change")?;
        let acknowledgement = row.ack_outcome.as_deref().map(|outcome| Acknowledgement {
            outcome: if outcome == "applied" { AckOutcome::Applied } else { AckOutcome::Rejected },
            reason: row.ack_reason.clone(),
        });
        Ok(FeedChange { change, acknowledgement })
    }

    /// Records that the system carried out (or could not carry out) a change; the same answer again is accepted,
    /// a different one refused.
    pub async fn acknowledge(
        &self,
        caller: &Caller,
        public_id: &str,
        ack: Acknowledgement,
    ) -> Result<FeedChange, ApiError> {
        caller.require(ApiScope::ChangesAck)?;
        let reason = ack.reason.as_deref().map(str::trim).filter(|r| !r.is_empty());
        if ack.outcome == AckOutcome::Rejected && reason.is_none() {
            return Err(ApiError::Invalid(vec![Problem::new("/reason", "required")]));
        }
        if reason.is_some_and(|r| r.chars().count() > 500 || r.chars().any(char::is_control)) {
            return Err(ApiError::Invalid(vec![Problem::new("/reason", "too-long")]));
        }
        let row = self.storage.change(caller.system.id, public_id).await?.ok_or(ApiError::NotFound)?;
        if let Some(outcome) = &row.ack_outcome {
            return if outcome == ack.outcome.key() && row.ack_reason.as_deref() == reason {
                self.open_change(&row)
            } else {
                Err(ApiError::Conflict("already-acknowledged"))
            };
        }
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        if !sql::acknowledge_change(&mut tx, row.id, ack.outcome.key(), reason, now).await? {
            return Err(ApiError::Conflict("already-acknowledged"));
        }
        let event = NewAuditEvent {
            object_type: Some("request".into()),
            object_id: Some(row.request_id),
            reason: Some(format!("{} {}", row.event, ack.outcome.key())),
            ..self.call_event(caller, "api.change.acknowledged", None, None)
        };
        audit::append(&mut tx, now, event).await?;
        tx.commit().await?;
        tracing::info!(
            system_id = caller.system.id,
            request_id = row.request_id,
            outcome = ack.outcome.key(),
            "change acknowledged"
        );
        let mut change = self.open_change(&row)?;
        change.acknowledgement = Some(Acknowledgement { outcome: ack.outcome, reason: reason.map(str::to_owned) });
        Ok(change)
    }

    /// Stores reported accesses: each checked on its own, a repeated `query_id` counted as a duplicate.
    pub async fn report_accesses(
        &self,
        caller: &Caller,
        events: Vec<AccessEventInput>,
    ) -> Result<AccessEventsResult, ApiError> {
        caller.require(ApiScope::AccessEventsWrite)?;
        if events.is_empty() {
            return Err(ApiError::Invalid(vec![Problem::new("/events", "required")]));
        }
        if events.len() > MAX_ACCESS_EVENTS {
            return Err(ApiError::Invalid(vec![Problem::new("/events", "too-many")]));
        }
        let now = self.clock.now();
        let references: Vec<String> =
            events.iter().map(|e| e.case_reference.clone()).collect::<BTreeSet<_>>().into_iter().collect();
        let mut people: HashMap<String, i64> = HashMap::new();
        for chunk in references.chunks(500) {
            people.extend(self.storage.people_by_reference(chunk).await?);
        }
        // An entry that breaks the rules refuses the whole call, so nothing is half-reported; an entry about a
        // person Amana does not hold is skipped and named in the answer.
        let problems: Vec<Problem> =
            events.iter().enumerate().flat_map(|(index, event)| access_event_problems(index, event, now)).collect();
        if !problems.is_empty() {
            return Err(ApiError::Invalid(problems));
        }
        let mut result = AccessEventsResult::default();
        let mut tx = self.storage.begin_write().await?;
        for (index, event) in events.iter().enumerate() {
            let Some(person) = people.get(&event.case_reference).copied() else {
                let pointer = format!("/events/{index}/case_reference");
                result.errors.push(IndexedProblem { index, pointer, code: "unknown-person".into() });
                continue;
            };
            // Checked above: the dates are there and read.
            let Some(at) = parse_rfc3339(&event.at) else { continue };
            let hidden_until = event.hidden_until.as_deref().and_then(parse_rfc3339);
            let hidden_reason = event.hidden_reason.as_deref().map(str::trim).filter(|r| !r.is_empty());
            let stored = sql::insert_access_event(
                &mut tx,
                sql::NewAccessEvent {
                    system: caller.system.id,
                    person,
                    query_id: event.query_id.trim(),
                    at,
                    office: event.office.trim(),
                    role: event.role.trim(),
                    purpose: event.purpose.trim(),
                    legal_basis: event.legal_basis.trim(),
                    fields: serde_json::to_string(&event.fields).context("listing fields")?,
                    hidden_until,
                    hidden_reason,
                },
                now,
            )
            .await?;
            if stored {
                result.accepted += 1;
            } else {
                result.duplicates += 1;
            }
        }
        let event = NewAuditEvent {
            reason: Some(format!(
                "{} accesses reported, {} duplicates, {} about people not held",
                result.accepted,
                result.duplicates,
                result.errors.len()
            )),
            ..self.call_event(caller, "api.access-events.reported", None, None)
        };
        audit::append(&mut tx, now, event).await?;
        tx.commit().await?;
        Ok(result)
    }

    /// Notes a read-only call (who am I, the purposes) in the audit log.
    pub async fn note_call(&self, caller: &Caller, action: &str) -> Result<(), ApiError> {
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        audit::append(&mut tx, now, self.call_event(caller, action, None, None)).await?;
        tx.commit().await?;
        Ok(())
    }
}

fn refused(case_reference: String, status: u16, code: &str, errors: Vec<Problem>) -> BatchResult {
    BatchResult { case_reference, status, created: None, code: Some(code.to_owned()), errors }
}

/// Writes one checked person inside `tx`: creates them (with their own key) or updates them, then makes this
/// system's fields exactly the ones sent. Reads decide first, so a refused person leaves nothing written.
pub async fn load_person(
    tx: &mut WriteTx,
    grant: &Grant,
    person: &CheckedPerson,
    now: i64,
) -> Result<(i64, Loaded), ApiError> {
    let master = tx.keys()?.clone();
    let existing = sql::person_for_intake(tx, &person.reference).await?;
    let (id, key) = match existing {
        Some((_, _, Some(_), _)) => return Err(ApiError::Conflict("person-erased")),
        Some((id, date_of_birth, None, wrapped)) => {
            if date_of_birth != person.date_of_birth && sql::held_elsewhere(tx, id, &grant.system).await? {
                return Err(ApiError::Conflict("birth-date-differs"));
            }
            let wrapped = wrapped.context("a person without a key")?;
            let key = master.unwrap_person_key(id, &wrapped)?;
            sql::update_person(tx, id, &person.date_of_birth, person.locale.as_deref(), person.region.as_deref())
                .await?;
            (id, key)
        }
        // A new person goes in as a batch of new people does: there is one way to create a person.
        None => {
            let ids = load_new_people(tx, grant, &[person], now).await?;
            let id = ids.first().copied().context("a new person without an id")?;
            return Ok((id, Loaded { created: true, fields: person.fields.len() }));
        }
    };
    if person.contact_given {
        let email = person.email.as_deref().map(|e| key.encrypt(&places::contact_email(id), e)).transpose()?;
        let phone = person.phone.as_deref().map(|p| key.encrypt(&places::contact_phone(id), p)).transpose()?;
        seed::set_contact(tx, id, email, phone, person.prefers.map(|c| c.key())).await?;
    }
    write_fields(tx, &key, id, grant, person, now).await?;
    Ok((id, Loaded { created: false, fields: person.fields.len() }))
}

/// Makes `system`'s fields of the person the ones sent: a held field is replaced in place (so requests about it
/// keep pointing at it), a new one inserted, one no longer sent erased (a tombstone, like any erasure).
async fn write_fields(
    tx: &mut WriteTx,
    key: &PersonKey,
    person: i64,
    grant: &Grant,
    checked: &CheckedPerson,
    now: i64,
) -> Result<(), ApiError> {
    let held = sql::held_fields(tx, person, &grant.system).await?;
    let mut held: HashMap<(String, String), i64> =
        held.into_iter().map(|f| ((f.category, f.field_key), f.id)).collect();
    let mut new = Vec::new();
    for field in &checked.fields {
        match held.remove(&(field.category.clone(), field.key.clone())) {
            Some(id) => {
                let sealed = seal(key, person, id, field)?;
                sql::replace_field(tx, &sealed, now).await?;
            }
            None => new.push(field),
        }
    }
    for id in held.into_values() {
        crate::storage::casework::erase_field(tx, id, now).await?;
    }
    let ids = sql::allocate_ids(tx, IdTable::RecordFields, new.len()).await?;
    let sealed =
        ids.into_iter().zip(new).map(|(id, field)| seal(key, person, id, field)).collect::<Result<Vec<_>, _>>()?;
    sql::insert_sealed_fields(tx, &grant.system, &sealed, now).await?;
    Ok(())
}

/// What [`load_person`] does for a person Amana does not know yet, for many at once (a batch of an import): their
/// ids taken together, each one's key made and their contact and values sealed, then the people, their keys and
/// their fields written many rows to a statement.
async fn load_new_people(
    tx: &mut WriteTx,
    grant: &Grant,
    people: &[&CheckedPerson],
    now: i64,
) -> Result<Vec<i64>, ApiError> {
    if people.is_empty() {
        return Ok(Vec::new());
    }
    let master = tx.keys()?.clone();
    let ids = sql::allocate_ids(tx, IdTable::People, people.len()).await?;
    let field_count = people.iter().map(|p| p.fields.len()).sum();
    let mut field_ids = sql::allocate_ids(tx, IdTable::RecordFields, field_count).await?.into_iter();
    let mut rows = Vec::with_capacity(people.len());
    let mut fields = Vec::with_capacity(field_count);
    for (person, &id) in people.iter().zip(&ids) {
        let (key, wrapped_key) = master.new_person_key(id)?;
        for field in &person.fields {
            let field_id = field_ids.next().context("fewer field ids than fields")?;
            fields.push(seal(&key, id, field_id, field)?);
        }
        rows.push(sql::NewPersonRow {
            id,
            reference: &person.reference,
            date_of_birth: &person.date_of_birth,
            locale: person.locale.as_deref(),
            region: person.region.as_deref().unwrap_or(""),
            email_enc: person.email.as_deref().map(|e| key.encrypt(&places::contact_email(id), e)).transpose()?,
            phone_enc: person.phone.as_deref().map(|p| key.encrypt(&places::contact_phone(id), p)).transpose()?,
            contact_channel: person.prefers.map(|c| c.key()),
            wrapped_key,
        });
    }
    sql::insert_new_people(tx, &rows, now).await?;
    sql::insert_sealed_fields(tx, &grant.system, &fields, now).await?;
    Ok(ids)
}

fn seal(key: &PersonKey, person: i64, id: i64, field: &intake::CheckedField) -> Result<SealedField, ApiError> {
    Ok(SealedField {
        id,
        person,
        category: field.category.clone(),
        field_key: field.key.clone(),
        purpose_id: field.purpose_id,
        collected_at: field.collected_at,
        kept_until: field.kept_until.clone(),
        value_enc: key.encrypt(&places::field_value(id), &field.value)?,
    })
}
