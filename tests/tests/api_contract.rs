//! The source-system API against its own OpenAPI document, by schemathesis (from PyPI; scripts/test installs it
//! under target/tools): every operation, with generated valid and invalid requests, on a fresh Amana on
//! 127.0.0.1 with a key of its own. It fails on a 5xx, on an answer the document does not describe, on bad input
//! accepted and on valid input refused for its shape (tests/contract/schemathesis.toml says what else counts).
//! Bounded: a fixed number of examples per operation, a fixed seed, and a time limit after which the run is
//! stopped (only the process this test started).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use amana_tests::api::ALL_SCOPES;
use amana_tests::spawn_app;

/// Generated requests per operation and phase.
const EXAMPLES_PER_OPERATION: &str = "40";
/// The longest a run may take before it counts as failed.
const TIME_LIMIT: Duration = Duration::from_secs(300);

fn contract_folder() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("contract")
}

/// The schemathesis command: `AMANA_SCHEMATHESIS`, or the one scripts/test installs. Missing, the test fails and
/// says how to get it, rather than passing without having run.
fn schemathesis() -> PathBuf {
    let installed = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/tools/bin/st");
    let command = std::env::var_os("AMANA_SCHEMATHESIS").map_or(installed, PathBuf::from);
    assert!(
        command.exists(),
        "schemathesis is not installed at {}: run scripts/test (it installs it from PyPI), or set AMANA_SCHEMATHESIS",
        command.display()
    );
    command
}

#[tokio::test]
async fn schemathesis_finds_no_fault_in_any_operation() {
    let command = schemathesis();
    let app = spawn_app().await;
    let document = app.api_client_for("").get("/api/v1/openapi.json").await.body;
    // Every operation but the document's own address, which schemathesis reads rather than tests.
    let paths = document["paths"].as_object().unwrap();
    let operations: usize = paths
        .iter()
        .filter(|(path, _)| !path.ends_with("/openapi.json"))
        .map(|(_, item)| item.as_object().unwrap().len())
        .sum();
    let key = app.api_client(app.system_id("CaseTrack").await, &ALL_SCOPES).await.token;
    let folder = contract_folder();
    let mut run = tokio::process::Command::new(command);
    run.arg("--config-file")
        .arg(folder.join("schemathesis.toml"))
        .arg("run")
        .arg(format!("{}/api/v1/openapi.json", app.base))
        .args(["--max-examples", EXAMPLES_PER_OPERATION, "--seed", "20261203", "--workers", "2", "--no-color"])
        .env("AMANA_CONTRACT_KEY", key)
        .env("SCHEMATHESIS_HOOKS", "hooks")
        .env("PYTHONPATH", &folder)
        .stdin(Stdio::null())
        .kill_on_drop(true);
    let output = tokio::time::timeout(TIME_LIMIT, run.output())
        .await
        .unwrap_or_else(|_| panic!("schemathesis ran over {TIME_LIMIT:?} and was stopped"))
        .expect("schemathesis runs");
    let report = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "schemathesis found faults:\n{report}");
    // A run that tested nothing also exits 0: it must have reached every operation the document has.
    assert!(
        report.contains(&format!("Tested: {operations}\n")),
        "not every one of {operations} operations tested:\n{report}"
    );
}
