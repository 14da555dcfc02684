//! Rate limits that every server instance shares and a restart does not forget: each limit is a GCRA counter
//! (a burst, then one more every so often) kept in the database, keyed by a keyed hash of what it counts (a
//! client's address or network, a case reference, a helper), so the table holds nothing readable.

use std::net::IpAddr;
use std::sync::Arc;

use crate::infra::clock::Clock;
use crate::infra::crypto::MasterKey;
use crate::storage::Storage;

/// One limit: `burst` at once, then one more every `every_seconds`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limit {
    /// Names the counter, so the same key under two limits counts separately.
    pub name: &'static str,
    pub burst: i64,
    pub every_seconds: i64,
}

/// Codes requested per case reference: five, then one every three minutes.
pub const SIGN_IN_PER_REFERENCE: Limit = Limit { name: "sign-in-reference", burst: 5, every_seconds: 180 };
/// Sign-ins started per client: twenty, then one every thirty seconds.
pub const SIGN_IN_PER_CLIENT: Limit = Limit { name: "sign-in-client", burst: 20, every_seconds: 30 };
/// Sign-in codes checked per client: thirty, then one every twenty seconds.
pub const CODES_PER_CLIENT: Limit = Limit { name: "sign-in-code-client", burst: 30, every_seconds: 20 };
/// Anonymous complaints per client: five, then one every twelve minutes.
pub const ANONYMOUS_COMPLAINTS: Limit = Limit { name: "anonymous-complaint", burst: 5, every_seconds: 720 };
/// Receipt-code look-ups per client: ten, then one every ninety seconds.
pub const RECEIPT_LOOKUPS: Limit = Limit { name: "receipt-lookup", burst: 10, every_seconds: 90 };
/// Password and second-factor steps per client at the staff door: twenty, then one every thirty seconds.
pub const STAFF_SIGN_IN: Limit = Limit { name: "staff-sign-in", burst: 20, every_seconds: 30 };
/// The same at the helper door.
pub const HELPER_SIGN_IN: Limit = Limit { name: "helper-sign-in", burst: 20, every_seconds: 30 };
/// Mandate-code guesses per client and per helper: five, then one every five minutes.
pub const MANDATE_GUESSES: Limit = Limit { name: "mandate-guess", burst: 5, every_seconds: 300 };
/// Assisted starts (each tries a case reference and birth date) per client and per helper.
pub const ASSISTED_STARTS: Limit = Limit { name: "assisted-start", burst: 5, every_seconds: 300 };
/// Sessions created for visitors who are not signed in (a form's error or a sign-in step), per client: twenty,
/// then one every thirty seconds, like sign-in itself.
pub const NEW_SESSIONS: Limit = Limit { name: "new-session", burst: 20, every_seconds: 30 };

/// Checks and counts limits against the shared table.
#[derive(Clone)]
pub struct Limiter {
    storage: Storage,
    master_key: MasterKey,
    clock: Arc<dyn Clock>,
}

impl Limiter {
    pub fn new(storage: Storage, master_key: MasterKey, clock: Arc<dyn Clock>) -> Limiter {
        Limiter { storage, master_key, clock }
    }

    /// Counts one event for `key` under `limit`; false when the limit is used up (nothing is counted then).
    pub async fn allows(&self, limit: Limit, key: &str) -> anyhow::Result<bool> {
        let hashed = self.master_key.rate_limit_key(limit.name, key);
        let tolerance = limit.every_seconds * (limit.burst - 1).max(0);
        Ok(self.storage.count_against_limit(&hashed, self.clock.now(), limit.every_seconds, tolerance).await?)
    }

    /// Counts against every `(limit, key)` pair and answers whether all of them allowed it. Each pair is counted
    /// even when an earlier one refused, so probing one key never spares another.
    pub async fn allows_all(&self, checks: &[(Limit, &str)]) -> anyhow::Result<bool> {
        let mut allowed = true;
        for (limit, key) in checks {
            allowed &= self.allows(*limit, key).await?;
        }
        Ok(allowed)
    }

    /// Forgets every counter that is back at full allowance.
    pub async fn prune(&self) -> anyhow::Result<u64> {
        Ok(self.storage.prune_limits(self.clock.now()).await?)
    }
}

/// The key a client is limited by: its IPv4 address, or its IPv6 /64 network (one subscriber's whole prefix, so
/// rotating addresses inside it buys nothing). Anything that is not an address is used as it is.
pub fn client_key(address: &str) -> String {
    match address.parse::<IpAddr>() {
        Ok(IpAddr::V6(v6)) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let segments = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", segments[0], segments[1], segments[2], segments[3])
            }
        },
        Ok(IpAddr::V4(v4)) => v4.to_string(),
        Err(_) => address.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv6_clients_are_limited_by_their_64_network() {
        assert_eq!(client_key("2001:db8:1:2:aaaa::1"), client_key("2001:db8:1:2:ffff:1:2:3"));
        assert_ne!(client_key("2001:db8:1:2::1"), client_key("2001:db8:1:3::1"));
        assert_eq!(client_key("203.0.113.7"), "203.0.113.7");
        assert_eq!(client_key("::ffff:203.0.113.7"), "203.0.113.7");
        assert_ne!(client_key("203.0.113.7"), client_key("203.0.113.8"));
    }
}
