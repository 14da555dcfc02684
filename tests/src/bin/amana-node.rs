//! `amana serve` as a separate process for the fault tests (which kill it with SIGKILL and start it again):
//! configured by the same `AMANA_*` variables, on the system clock, until it is stopped.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::sync::Arc;

use amana_server::infra::clock::SystemClock;
use amana_server::infra::config::Config;
use amana_server::startup::Application;

#[tokio::main]
async fn main() {
    let config = Config::from_env().expect("configuration");
    let app = Application::build(&config, Arc::new(SystemClock)).await.expect("Amana starts");
    app.serve(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await
    .expect("Amana serves");
}
