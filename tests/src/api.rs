//! A source system calling Amana's API in tests: a key of its own, and JSON in and out.

use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use serde_json::Value;

use amana_server::services::source_api::ApiScope;
use amana_server::services::source_systems::Operator;

use crate::TestApp;

/// Every scope a key can have.
pub const ALL_SCOPES: [ApiScope; 4] = ApiScope::ALL;

/// One answer: status, headers and the body as JSON (`Null` when empty or not JSON).
#[derive(Debug)]
pub struct ApiAnswer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Value,
    pub text: String,
}

impl ApiAnswer {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The codes of a problem document's `errors`, with their pointers.
    pub fn problems(&self) -> Vec<(String, String)> {
        self.body["errors"]
            .as_array()
            .map(|errors| {
                errors
                    .iter()
                    .map(|e| {
                        (e["pointer"].as_str().unwrap_or("").to_owned(), e["code"].as_str().unwrap_or("").to_owned())
                    })
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// A client holding one API key.
#[derive(Clone)]
pub struct ApiClient {
    pub base: String,
    pub token: String,
    pub http: reqwest::Client,
}

impl ApiClient {
    pub fn with_token(&self, token: &str) -> ApiClient {
        ApiClient { token: token.to_owned(), ..self.clone() }
    }

    pub async fn send(
        &self,
        method: &str,
        path: &str,
        body: Option<(&str, Vec<u8>)>,
        extra: &[(&str, &str)],
    ) -> ApiAnswer {
        let method = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
        let mut request = self.http.request(method, format!("{}{path}", self.base));
        if !self.token.is_empty() {
            request = request.bearer_auth(&self.token);
        }
        for (name, value) in extra {
            request = request.header(*name, *value);
        }
        if let Some((content_type, bytes)) = body {
            request = request.header("content-type", content_type).body(bytes);
        }
        let response = request.send().await.expect("the API answers");
        let (status, headers) = (response.status(), response.headers().clone());
        let text = response.text().await.unwrap_or_default();
        ApiAnswer { status, headers, body: serde_json::from_str(&text).unwrap_or(Value::Null), text }
    }

    pub async fn get(&self, path: &str) -> ApiAnswer {
        self.send("GET", path, None, &[]).await
    }

    pub async fn put(&self, path: &str, json: &Value) -> ApiAnswer {
        self.send("PUT", path, Some(("application/json", serde_json::to_vec(json).expect("json"))), &[]).await
    }

    pub async fn post(&self, path: &str, json: &Value, idempotency_key: Option<&str>) -> ApiAnswer {
        let extra: Vec<(&str, &str)> = idempotency_key.map(|k| ("idempotency-key", k)).into_iter().collect();
        self.send("POST", path, Some(("application/json", serde_json::to_vec(json).expect("json"))), &extra).await
    }

    pub async fn delete(&self, path: &str) -> ApiAnswer {
        self.send("DELETE", path, None, &[]).await
    }
}

impl TestApp {
    /// Registers a source system that may write `purposes` and `categories`; returns its id.
    pub async fn register_system(&self, name: &str, purposes: &[&str], categories: &[&str]) -> i64 {
        let list = |items: &[&str]| items.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        self.source_systems
            .register(Operator::Command, name, "integrations@example.org", &list(purposes), &list(categories))
            .await
            .expect("system registered")
    }

    /// The id of a registered system.
    pub async fn system_id(&self, name: &str) -> i64 {
        self.storage.system_by_name(name).await.expect("lookup").expect("system exists").id
    }

    /// A client presenting `token`.
    pub fn api_client_for(&self, token: &str) -> ApiClient {
        ApiClient { base: self.base.clone(), token: token.to_owned(), http: reqwest::Client::new() }
    }

    /// A client with a new key of `system` holding `scopes`.
    pub async fn api_client(&self, system: i64, scopes: &[ApiScope]) -> ApiClient {
        let key = self.source_systems.create_key(Operator::Command, system, scopes, 30).await.expect("key created");
        self.api_client_for(&key.token)
    }
}
