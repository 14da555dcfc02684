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

/// Where a sealed value is kept. It is bound into the value's associated data, so a value copied to another
/// table, column or row (or sealed for another person) no longer opens.
#[derive(Clone, Copy, Debug)]
pub struct Place<'a> {
    pub table: &'static str,
    pub column: &'static str,
    /// What identifies the row: its id, or a key it is known by before it has one.
    pub row: &'a str,
}

/// One person's data key.
#[derive(Clone)]
pub struct PersonKey {
    person: i64,
    key: Key,
}

impl PersonKey {
    pub fn encrypt(&self, plaintext: &str) -> anyhow::Result<Vec<u8>> {
        seal(&self.key, plaintext.as_bytes(), &self.aad())
    }

    /// Encrypts a file's bytes.
    pub fn encrypt_bytes(&self, plaintext: &[u8]) -> anyhow::Result<Vec<u8>> {
        seal(&self.key, plaintext, &self.aad())
    }

    pub fn decrypt_bytes(&self, sealed: &[u8]) -> anyhow::Result<Vec<u8>> {
        open(&self.key, sealed, &self.aad())
    }

    pub fn decrypt(&self, sealed: &[u8]) -> anyhow::Result<String> {
        let bytes = open(&self.key, sealed, &self.aad())?;
        String::from_utf8(bytes).context("decrypted value is not UTF-8")
    }

    fn aad(&self) -> Vec<u8> {
        format!("amana:person:{}", self.person).into_bytes()
    }

    fn aad_at(&self, place: &Place<'_>) -> Vec<u8> {
        format!("amana:person:{}:{}.{}:{}", self.person, place.table, place.column, place.row).into_bytes()
    }

    /// Seals a value kept at `place`.
    pub fn encrypt_at(&self, place: &Place<'_>, plaintext: &str) -> anyhow::Result<Vec<u8>> {
        seal(&self.key, plaintext.as_bytes(), &self.aad_at(place))
    }

    /// Seals bytes kept at `place`.
    pub fn encrypt_bytes_at(&self, place: &Place<'_>, plaintext: &[u8]) -> anyhow::Result<Vec<u8>> {
        seal(&self.key, plaintext, &self.aad_at(place))
    }

    /// Opens a value read from `place`; a value sealed for any other place is refused.
    pub fn decrypt_at(&self, place: &Place<'_>, sealed: &[u8]) -> anyhow::Result<String> {
        String::from_utf8(open(&self.key, sealed, &self.aad_at(place))?).context("decrypted value is not UTF-8")
    }

    /// Opens bytes read from `place`.
    pub fn decrypt_bytes_at(&self, place: &Place<'_>, sealed: &[u8]) -> anyhow::Result<Vec<u8>> {
        open(&self.key, sealed, &self.aad_at(place))
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
        let sealed = alice.encrypt("Amira").unwrap();
        assert_eq!(master.unwrap_person_key(1, &wrapped).unwrap().decrypt(&sealed).unwrap(), "Amira");
        // The wrapped key is bound to its person: it cannot be moved to another row.
        assert!(master.unwrap_person_key(2, &wrapped).is_err());
        let (bob, _) = master.new_person_key(2).unwrap();
        assert!(bob.decrypt(&sealed).is_err());
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
        assert_eq!(MasterKey::from_bytes(&bytes).keyed_hash("c", "s"), MasterKey::from_bytes(&bytes).keyed_hash("c", "s"));
        assert_ne!(MasterKey::from_bytes(&[8u8; 32]).keyed_hash("c", "s"), MasterKey::from_bytes(&bytes).keyed_hash("c", "s"));
    }

    #[test]
    fn tampered_values_are_refused() {
        let (key, _) = MasterKey::random().new_person_key(7).unwrap();
        let mut sealed = key.encrypt("value").unwrap();
        let last = sealed.len() - 1;
        sealed[last] ^= 1;
        assert!(key.decrypt(&sealed).is_err());
    }
}
