//! Encryption at rest with a key per person: each person's data key is wrapped by the master key, so destroying
//! one person's key makes every copy of their values (backups included) unreadable. Also one-way hashes for codes.

use std::path::Path;

use anyhow::{anyhow, Context};
use base64::Engine;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};
use hmac::{Hmac, Mac};
use rand::RngCore;
use secrecy::{ExposeSecret, SecretString};
use sha2::Sha256;

const NONCE_LEN: usize = 24;

/// The key that wraps every person's data key. Also keys the HMAC for one-time codes.
#[derive(Clone)]
pub struct MasterKey(Key);

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
        Ok(MasterKey(*Key::from_slice(&bytes)))
    }

    /// A random key, for tests.
    pub fn random() -> MasterKey {
        let mut bytes = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut bytes);
        MasterKey(*Key::from_slice(&bytes))
    }

    /// Makes a new data key for `person` and returns it with its wrapped form for storage.
    pub fn new_person_key(&self, person: i64) -> anyhow::Result<(PersonKey, Vec<u8>)> {
        let mut raw = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut raw);
        let wrapped = seal(&self.0, &raw, &wrap_aad(person))?;
        Ok((PersonKey { person, key: *Key::from_slice(&raw) }, wrapped))
    }

    /// Unwraps a stored person key.
    pub fn unwrap_person_key(&self, person: i64, wrapped: &[u8]) -> anyhow::Result<PersonKey> {
        let raw = open(&self.0, wrapped, &wrap_aad(person))?;
        if raw.len() != 32 {
            return Err(anyhow!("stored person key has the wrong length"));
        }
        Ok(PersonKey { person, key: *Key::from_slice(&raw) })
    }

    /// The key for values that belong to no person (an anonymous complaint), derived from the master key.
    pub fn system_key(&self) -> PersonKey {
        let derived = self.keyed_hash("system-key", "amana");
        let bytes = hex::decode(derived).unwrap_or_default();
        PersonKey { person: 0, key: *Key::from_slice(&bytes) }
    }

    /// A keyed one-way hash (HMAC-SHA-256, hex) of a secret such as a one-time code, bound to a context.
    pub fn keyed_hash(&self, context: &str, secret: &str) -> String {
        let mut mac = match <Hmac<Sha256> as Mac>::new_from_slice(self.0.as_slice()) {
            Ok(mac) => mac,
            Err(_) => return String::new(), // HMAC takes keys of any length; this cannot happen
        };
        mac.update(context.as_bytes());
        mac.update(&[0]);
        mac.update(secret.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }
}

fn wrap_aad(person: i64) -> Vec<u8> {
    format!("amana:person-key:{person}").into_bytes()
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
    fn tampered_values_are_refused() {
        let (key, _) = MasterKey::random().new_person_key(7).unwrap();
        let mut sealed = key.encrypt("value").unwrap();
        let last = sealed.len() - 1;
        sealed[last] ^= 1;
        assert!(key.decrypt(&sealed).is_err());
    }
}
