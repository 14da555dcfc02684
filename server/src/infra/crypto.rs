//! Encryption at rest with a key per person: each person's data key is wrapped by a key derived from the master
//! key, so destroying one person's key makes every copy of their values (backups included) unreadable. The master
//! key is never used directly: HKDF-SHA-256 derives one sub-key per use (key wrapping, one-time codes, the audit
//! chain, values that belong to no person, rate-limit keys, CSRF tokens), so no use can be turned against another.

use std::path::Path;

use anyhow::{anyhow, Context};
use base64::Engine;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};
use hkdf::Hkdf;
use hmac::{Hmac, Mac};
use rand::RngCore;
use secrecy::{ExposeSecret, SecretString};
use sha2::Sha256;

const NONCE_LEN: usize = 24;

/// The sub-keys derived from the master key, one per use. Cheap to clone.
#[derive(Clone)]
pub struct MasterKey(std::sync::Arc<SubKeys>);

struct SubKeys {
    /// Wraps every person's data key.
    wrapping: Key,
    /// Encrypts values that belong to no person (anonymous complaints, second-factor secrets, outbox payloads).
    system: Key,
    /// Keys the one-way hashes of one-time codes, receipt codes and recovery codes.
    codes: [u8; 32],
    /// Keys the audit chain's HMAC and signs its checkpoints.
    audit: [u8; 32],
    /// Keys the hashes that name rate-limit counters.
    limits: [u8; 32],
    /// Keys CSRF tokens.
    csrf: [u8; 32],
}

/// HKDF-SHA-256 of the master key for one named use.
fn derive(master: &[u8], purpose: &str) -> [u8; 32] {
    let mut out = [0u8; 32];
    // 32 bytes is far below HKDF's limit of 255 × 32, so expand cannot fail.
    let _ = Hkdf::<Sha256>::new(Some(b"amana-master-key-v1"), master).expand(purpose.as_bytes(), &mut out);
    out
}

fn hmac_hex(key: &[u8], context: &str, message: &[u8]) -> String {
    let Ok(mut mac) = <Hmac<Sha256> as Mac>::new_from_slice(key) else {
        return String::new(); // HMAC takes keys of any length; this cannot happen
    };
    mac.update(context.as_bytes());
    mac.update(&[0]);
    mac.update(message);
    hex::encode(mac.finalize().into_bytes())
}

impl MasterKey {
    /// From `AMANA_MASTER_KEY` (base64 of 32 bytes) if given; otherwise from `master.key` in the data folder,
    /// created on first start with owner-only permissions.
    pub fn load(configured: Option<&SecretString>, data_dir: &Path) -> anyhow::Result<MasterKey> {
        let bytes = match configured {
            Some(secret) => base64::engine::general_purpose::STANDARD
                .decode(secret.expose_secret().trim())
                .context("AMANA_MASTER_KEY is not base64")?,
            None => {
                let path = data_dir.join("master.key");
                if !path.exists() {
                    let mut fresh = [0u8; 32];
                    rand::rngs::OsRng.fill_bytes(&mut fresh);
                    write_private(&path, base64::engine::general_purpose::STANDARD.encode(fresh).as_bytes())?;
                    tracing::info!("created a new master key file in the data folder");
                }
                let text = std::fs::read_to_string(&path).context("reading the master key file")?;
                base64::engine::general_purpose::STANDARD
                    .decode(text.trim())
                    .context("the master key file is not base64")?
            }
        };
        if bytes.len() != 32 {
            return Err(anyhow!("the master key must be 32 bytes, base64-encoded"));
        }
        Ok(MasterKey::from_bytes(&bytes))
    }

    fn from_bytes(master: &[u8]) -> MasterKey {
        MasterKey(std::sync::Arc::new(SubKeys {
            wrapping: *Key::from_slice(&derive(master, "key-wrapping")),
            system: *Key::from_slice(&derive(master, "system-data")),
            codes: derive(master, "codes"),
            audit: derive(master, "audit-chain"),
            limits: derive(master, "rate-limits"),
            csrf: derive(master, "csrf"),
        }))
    }

    /// A random key, for tests.
    pub fn random() -> MasterKey {
        let mut bytes = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut bytes);
        MasterKey::from_bytes(&bytes)
    }

    /// Makes a new data key for `person` and returns it with its wrapped form for storage.
    pub fn new_person_key(&self, person: i64) -> anyhow::Result<(PersonKey, Vec<u8>)> {
        let mut raw = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut raw);
        let wrapped = seal(&self.0.wrapping, &raw, &wrap_aad(person))?;
        Ok((PersonKey { person, key: *Key::from_slice(&raw) }, wrapped))
    }

    /// Unwraps a stored person key.
    pub fn unwrap_person_key(&self, person: i64, wrapped: &[u8]) -> anyhow::Result<PersonKey> {
        let raw = open(&self.0.wrapping, wrapped, &wrap_aad(person))?;
        if raw.len() != 32 {
            return Err(anyhow!("stored person key has the wrong length"));
        }
        Ok(PersonKey { person, key: *Key::from_slice(&raw) })
    }

    /// The key for values that belong to no person (an anonymous complaint, a second-factor secret).
    pub fn system_key(&self) -> PersonKey {
        PersonKey { person: 0, key: self.0.system }
    }

    /// A keyed one-way hash (HMAC-SHA-256, hex) of a secret such as a one-time code, bound to a context.
    pub fn keyed_hash(&self, context: &str, secret: &str) -> String {
        hmac_hex(&self.0.codes, context, secret.as_bytes())
    }

    /// The audit chain's HMAC of one event (`message`, chained from the previous event's hash).
    pub fn audit_mac(&self, message: &[u8]) -> String {
        hmac_hex(&self.0.audit, "audit-event", message)
    }

    /// The signature of an audit checkpoint (the chain's head at a moment).
    pub fn checkpoint_mac(&self, message: &[u8]) -> String {
        hmac_hex(&self.0.audit, "audit-checkpoint", message)
    }

    /// The name of a rate-limit counter: a keyed hash, so the table shows no address or reference.
    pub fn rate_limit_key(&self, limit: &str, key: &str) -> String {
        let mut hashed = hmac_hex(&self.0.limits, limit, key.as_bytes());
        hashed.truncate(40);
        hashed
    }

    /// A CSRF token bound to `binding` (the browser's CSRF cookie and the session's own secret).
    pub fn csrf_token(&self, binding: &str) -> String {
        let mut mac = hmac_hex(&self.0.csrf, "csrf", binding.as_bytes());
        mac.truncate(43);
        mac
    }
}

fn wrap_aad(person: i64) -> Vec<u8> {
    format!("amana:person-key:{person}").into_bytes()
}

/// Where a sealed value is kept: its table, column and row. It is bound into the value's associated data (with
/// the person), so a value copied to another row, column or table, or another person's, no longer opens; moving
/// one on purpose means opening and sealing it again. [`places`] names every such column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    table: &'static str,
    column: &'static str,
    /// What identifies the row: its id, or a key it is known by before it has one.
    row: String,
}

/// Every column that holds a sealed value, one constructor each.
pub mod places {
    use super::Place;

    fn at(table: &'static str, column: &'static str, row: impl std::fmt::Display) -> Place {
        Place { table, column, row: row.to_string() }
    }
    /// A person's e-mail address.
    pub fn contact_email(person: i64) -> Place {
        at("people", "email_enc", person)
    }
    /// A person's phone number.
    pub fn contact_phone(person: i64) -> Place {
        at("people", "phone_enc", person)
    }
    /// One field of a person's record.
    pub fn field_value(field: i64) -> Place {
        at("record_fields", "value_enc", field)
    }
    /// The new value a correction proposes for one field.
    pub fn proposed_value(request: i64, field: i64) -> Place {
        at("request_fields", "proposed_value_enc", format!("{request}/{field}"))
    }
    /// A field's value before a correction replaced it.
    pub fn previous_value(request: i64, field: i64) -> Place {
        at("request_fields", "previous_value_enc", format!("{request}/{field}"))
    }
    /// The person's explanation of a request (by its reference, known before the row exists).
    pub fn explanation(reference: &str) -> Place {
        at("requests", "explanation_enc", reference)
    }
    /// The note with a decision.
    pub fn decision_note(reference: &str) -> Place {
        at("requests", "decision_note_enc", reference)
    }
    /// A message on a request.
    pub fn message_body(message: i64) -> Place {
        at("request_messages", "body_enc", message)
    }
    /// An evidence file, by its stored name.
    pub fn evidence(storage_name: &str) -> Place {
        at("attachments", "file", storage_name)
    }
    /// A staff member's or helper's authenticator secret (`table`: `staff` or `helpers`).
    pub fn totp_secret(table: &'static str, account: i64) -> Place {
        at(table, "totp_secret_enc", account)
    }
    /// A queued message, by its idempotency key.
    pub fn outbox_payload(key: &str) -> Place {
        at("outbox", "payload", key)
    }
}

/// One person's data key.
#[derive(Clone)]
pub struct PersonKey {
    person: i64,
    key: Key,
}

impl PersonKey {
    fn aad(&self, place: &Place) -> Vec<u8> {
        format!("amana:person:{}:{}.{}:{}", self.person, place.table, place.column, place.row).into_bytes()
    }

    /// Seals a value kept at `place`.
    pub fn encrypt(&self, place: &Place, plaintext: &str) -> anyhow::Result<Vec<u8>> {
        seal(&self.key, plaintext.as_bytes(), &self.aad(place))
    }

    /// Seals bytes (a file, a secret) kept at `place`.
    pub fn encrypt_bytes(&self, place: &Place, plaintext: &[u8]) -> anyhow::Result<Vec<u8>> {
        seal(&self.key, plaintext, &self.aad(place))
    }

    /// Opens a value read from `place`; a value sealed for any other place (or person) is refused.
    pub fn decrypt(&self, place: &Place, sealed: &[u8]) -> anyhow::Result<String> {
        String::from_utf8(open(&self.key, sealed, &self.aad(place))?).context("decrypted value is not UTF-8")
    }

    /// Opens bytes read from `place`.
    pub fn decrypt_bytes(&self, place: &Place, sealed: &[u8]) -> anyhow::Result<Vec<u8>> {
        open(&self.key, sealed, &self.aad(place))
    }

    /// Opens the value at `from` and seals it again for `to`: the one way to move a sealed value.
    pub fn reseal(&self, from: &Place, to: &Place, sealed: &[u8]) -> anyhow::Result<Vec<u8>> {
        self.encrypt_bytes(to, &self.decrypt_bytes(from, sealed)?)
    }
}

fn seal(key: &Key, plaintext: &[u8], aad: &[u8]) -> anyhow::Result<Vec<u8>> {
    let mut nonce = [0u8; NONCE_LEN];
    rand::rngs::OsRng.fill_bytes(&mut nonce);
    let cipher = XChaCha20Poly1305::new(key);
    let sealed = cipher
        .encrypt(XNonce::from_slice(&nonce), Payload { msg: plaintext, aad })
        .map_err(|_| anyhow!("encryption failed"))?;
    Ok([nonce.as_slice(), sealed.as_slice()].concat())
}

fn open(key: &Key, sealed: &[u8], aad: &[u8]) -> anyhow::Result<Vec<u8>> {
    if sealed.len() < NONCE_LEN {
        return Err(anyhow!("sealed value too short"));
    }
    let (nonce, body) = sealed.split_at(NONCE_LEN);
    XChaCha20Poly1305::new(key)
        .decrypt(XNonce::from_slice(nonce), Payload { msg: body, aad })
        .map_err(|_| anyhow!("decryption failed: wrong key or tampered value"))
}

fn write_private(path: &Path, contents: &[u8]) -> anyhow::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path).with_context(|| format!("creating {}", path.display()))?;
    file.write_all(contents).context("writing the master key file")?;
    Ok(())
}

/// `n` random bytes as URL-safe base64 (no padding): session-independent tokens and ids.
pub fn random_token(bytes: usize) -> String {
    let mut buffer = vec![0u8; bytes];
    rand::rngs::OsRng.fill_bytes(&mut buffer);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(buffer)
}

/// A uniformly random decimal code of `digits` digits.
pub fn random_digits(digits: usize) -> String {
    use rand::Rng;
    let mut rng = rand::rngs::OsRng;
    (0..digits).map(|_| char::from(b'0' + rng.gen_range(0..10u8))).collect()
}

/// `len` random characters from 32 that cannot be mistaken for each other (no 0/O, 1/I): 5 bits each.
pub fn random_unambiguous(len: usize) -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    let mut rng = rand::rngs::OsRng;
    (0..len).map(|_| char::from(ALPHABET[rng.gen_range(0..ALPHABET.len())])).collect()
}

/// A request reference people can read aloud and type: `R-XXXX-XXXX` (40 bits).
pub fn random_reference() -> String {
    let code = random_unambiguous(8);
    format!("R-{}-{}", &code[..4], &code[4..])
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_person_key_opens_only_its_own_values() {
        let master = MasterKey::random();
        let (alice, wrapped) = master.new_person_key(1).unwrap();
        let place = places::field_value(10);
        let sealed = alice.encrypt(&place, "Amira").unwrap();
        assert_eq!(master.unwrap_person_key(1, &wrapped).unwrap().decrypt(&place, &sealed).unwrap(), "Amira");
        // The wrapped key is bound to its person: it cannot be moved to another row.
        assert!(master.unwrap_person_key(2, &wrapped).is_err());
        let (bob, _) = master.new_person_key(2).unwrap();
        assert!(bob.decrypt(&place, &sealed).is_err());
        // Another master key cannot unwrap it.
        assert!(MasterKey::random().unwrap_person_key(1, &wrapped).is_err());
    }

    #[test]
    fn each_use_has_its_own_sub_key() {
        let master = MasterKey::random();
        let code = master.keyed_hash("x", "secret");
        assert_ne!(code, master.audit_mac(b"x\0secret"));
        assert_ne!(code, master.rate_limit_key("x", "secret"));
        assert_ne!(master.audit_mac(b"m"), master.checkpoint_mac(b"m"));
        // The same master key derives the same sub-keys (a restart reads old hashes), another derives others.
        let bytes = [7u8; 32];
        assert_eq!(
            MasterKey::from_bytes(&bytes).keyed_hash("c", "s"),
            MasterKey::from_bytes(&bytes).keyed_hash("c", "s")
        );
        assert_ne!(
            MasterKey::from_bytes(&[8u8; 32]).keyed_hash("c", "s"),
            MasterKey::from_bytes(&bytes).keyed_hash("c", "s")
        );
    }

    #[test]
    fn tampered_values_are_refused() {
        let (key, _) = MasterKey::random().new_person_key(7).unwrap();
        let place = places::field_value(1);
        let mut sealed = key.encrypt(&place, "value").unwrap();
        let last = sealed.len() - 1;
        sealed[last] ^= 1;
        assert!(key.decrypt(&place, &sealed).is_err());
    }

    /// The attack: someone who can write the database copies a sealed value to another row, column or table of
    /// the same person (the decision note into the explanation, one field's value into another, a proposal into
    /// the record) and lets Amana show or apply it. Each place opens only its own values.
    #[test]
    fn a_sealed_value_opens_only_where_it_was_sealed() {
        let (key, _) = MasterKey::random().new_person_key(7).unwrap();
        let sealed = key.encrypt(&places::field_value(1), "value").unwrap();
        for elsewhere in [
            places::field_value(2),
            places::proposed_value(1, 1),
            places::contact_email(7),
            places::explanation("R-AAAA-AAAA"),
            places::decision_note("R-AAAA-AAAA"),
        ] {
            assert!(key.decrypt(&elsewhere, &sealed).is_err(), "opened at {elsewhere:?}");
        }
        let note = key.encrypt(&places::decision_note("R-AAAA-AAAA"), "note").unwrap();
        assert!(key.decrypt(&places::explanation("R-AAAA-AAAA"), &note).is_err());
        assert!(key.decrypt(&places::decision_note("R-BBBB-BBBB"), &note).is_err());
        // Moving a value on purpose is opening and sealing again.
        let moved = key
            .reseal(
                &places::proposed_value(3, 1),
                &places::field_value(1),
                &key.encrypt(&places::proposed_value(3, 1), "new").unwrap(),
            )
            .unwrap();
        assert_eq!(key.decrypt(&places::field_value(1), &moved).unwrap(), "new");
    }
}
