//! The `amana` command: `amana serve` (the default) runs the portal; `amana verify-audit` checks the audit chain.

use std::process::ExitCode;
use std::sync::Arc;

use amana_server::infra::clock::SystemClock;
use amana_server::infra::config::Config;
use amana_server::infra::crypto::MasterKey;
use amana_server::startup::Application;
use amana_server::storage::Storage;

const USAGE: &str = "usage: amana [serve | verify-audit | help]\n\
    serve         run the portal (configured by AMANA_* environment variables; see README.md)\n\
    verify-audit  recompute the audit log's HMAC chain and check it against the signed checkpoints in the data
                  folder; exits 1 if any event was altered, removed, reordered or cut off";

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
