//! The `amana` command: `amana serve` (the default) runs the portal; `amana verify-audit` checks the audit chain;
//! `amana source-system` and `amana api-key` register source systems and manage their keys.

use std::process::ExitCode;
use std::sync::Arc;

use amana_server::infra::clock::SystemClock;
use amana_server::infra::config::Config;
use amana_server::infra::crypto::MasterKey;
use amana_server::services::source_api::{ApiError, ApiScope};
use amana_server::services::source_systems::{Operator, SourceSystems, DEFAULT_KEY_DAYS};
use amana_server::startup::Application;
use amana_server::storage::Storage;

const USAGE: &str = "usage: amana [serve | verify-audit | source-system | api-key | help]\n\
    serve         run the portal (configured by AMANA_* environment variables; see README.md)\n\
    verify-audit  recompute the audit log's HMAC chain and check it against the signed checkpoints in the data
                  folder; exits 1 if any event was altered, removed, reordered or cut off\n\
    source-system add --name <name> --contact <who> --purposes <keys> --categories <keys>
                  register a source system and what it may write (comma lists)\n\
    source-system webhook --name <name> [--url <https url>]
                  send its approved changes to a webhook (prints the new whsec_ secret once); no --url stops it\n\
    api-key create --system <name> --scopes <comma list> [--days <n>]
                  create an API key (scopes: people:write, changes:read, changes:ack, access-events:write);
                  prints it alone on the last line, once\n\
    api-key revoke --system <name> --key <key id>
                  revoke a key at once";

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn,tower_sessions=warn")),
        )
        .init();
    let command = std::env::args().nth(1).unwrap_or_else(|| "serve".to_owned());
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(error) => {
            eprintln!("amana: configuration error: {error}");
            return ExitCode::from(2);
        }
    };
    let outcome = match command.as_str() {
        "serve" => serve(config).await,
        "verify-audit" => verify_audit(config).await,
        "source-system" | "api-key" => systems_command(config, &command).await,
        "help" | "--help" | "-h" => {
            println!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        other => {
            eprintln!("amana: unknown command {other:?}\n{USAGE}");
            Ok(ExitCode::from(2))
        }
    };
    outcome.unwrap_or_else(|error| {
        eprintln!("amana: {error:#}");
        ExitCode::FAILURE
    })
}

async fn serve(config: Config) -> anyhow::Result<ExitCode> {
    let app = Application::build(&config, Arc::new(SystemClock)).await?;
    println!("Amana is running at {}", config.public_url);
    app.serve(shutdown_signal()).await?;
    Ok(ExitCode::SUCCESS)
}

async fn verify_audit(config: Config) -> anyhow::Result<ExitCode> {
    let master_key = MasterKey::load(config.master_key.as_ref(), &config.data_dir)?;
    let storage = Storage::connect(&config.database).await?;
    let (events, breaks) = amana_server::domain::audit::verify_all(&storage, &master_key, &config.data_dir).await?;
    if breaks.is_empty() {
        println!("audit log intact: {events} events verified against the chain and its checkpoints");
        return Ok(ExitCode::SUCCESS);
    }
    for broken in &breaks {
        println!("BROKEN: {broken}");
    }
    println!("audit log NOT intact: {} problems in {events} events", breaks.len());
    Ok(ExitCode::FAILURE)
}

/// The value after `--name` in the command's arguments.
fn option(name: &str) -> Option<String> {
    let args: Vec<String> = std::env::args().collect();
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned()
}

fn list(text: Option<String>) -> Vec<String> {
    text.unwrap_or_default().split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect()
}

/// `amana source-system add` and `amana api-key create | revoke`.
async fn systems_command(config: Config, command: &str) -> anyhow::Result<ExitCode> {
    std::fs::create_dir_all(&config.data_dir)?;
    let master_key = MasterKey::load(config.master_key.as_ref(), &config.data_dir)?;
    let storage = Storage::connect(&config.database).await?.with_keys(master_key.clone());
    let systems = SourceSystems { storage: storage.clone(), master_key, clock: Arc::new(SystemClock) };
    let by = Operator::Command;
    let action = std::env::args().nth(2).unwrap_or_default();
    let refused = |error: ApiError| anyhow::anyhow!("refused: {error}");
    match (command, action.as_str()) {
        ("source-system", "add") => {
            let name = option("--name").unwrap_or_default();
            let contact = option("--contact").unwrap_or_default();
            let id = systems
                .register(by, &name, &contact, &list(option("--purposes")), &list(option("--categories")))
                .await
                .map_err(refused)?;
            println!("source system {name} registered (id {id})");
        }
        ("source-system", "webhook") => {
            let name = option("--name").unwrap_or_default();
            let system =
                storage.system_by_name(&name).await?.ok_or_else(|| anyhow::anyhow!("no source system {name:?}"))?;
            match systems.set_webhook(by, system.id, option("--url").as_deref()).await.map_err(refused)? {
                Some(secret) => println!("webhook of {name} set; its signing secret is shown once:\n{secret}"),
                None => println!("webhook of {name} removed"),
            }
        }
        ("api-key", "create" | "revoke") => {
            let name = option("--system").unwrap_or_default();
            let system =
                storage.system_by_name(&name).await?.ok_or_else(|| anyhow::anyhow!("no source system {name:?}"))?;
            if action == "revoke" {
                let key = option("--key").unwrap_or_default();
                let row = storage
                    .api_key(&key)
                    .await?
                    .filter(|k| k.system_id == system.id)
                    .ok_or_else(|| anyhow::anyhow!("no key {key:?} of {name}"))?;
                systems.revoke_key(by, system.id, row.id).await.map_err(refused)?;
                println!("key {key} of {name} revoked");
            } else {
                let mut scopes = Vec::new();
                for scope in list(option("--scopes")) {
                    scopes.push(ApiScope::from_key(&scope).ok_or_else(|| anyhow::anyhow!("unknown scope {scope:?}"))?);
                }
                let days = option("--days").map(|d| d.parse::<i64>()).transpose()?.unwrap_or(DEFAULT_KEY_DAYS);
                let key = systems.create_key(by, system.id, &scopes, days).await.map_err(refused)?;
                println!("API key for {name}; it is shown once, keep it secret:");
                println!("{}", key.token);
            }
        }
        _ => {
            eprintln!("amana: unknown {command} action {action:?}\n{USAGE}");
            return Ok(ExitCode::from(2));
        }
    }
    Ok(ExitCode::SUCCESS)
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}
