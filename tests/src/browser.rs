//! Headless Chromium through chromedriver (both from Debian) for browser tests. Missing browsers fail the test
//! loudly with how to install them; nothing is skipped silently.

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder};
use serde_json::json;

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// A running chromedriver with one browser session; both are ended when this is dropped.
pub struct Browser {
    pub client: Client,
    driver: Child,
    profile: tempfile::TempDir,
}

/// Whether pages may run JavaScript.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum JavaScript {
    On,
    Off,
}

impl Browser {
    /// Starts Chromium with a phone-sized window (`width` × 800 CSS pixels).
    pub async fn start(javascript: JavaScript, width: u32) -> Browser {
        for binary in [CHROMIUM, CHROMEDRIVER] {
            assert!(
                std::path::Path::new(binary).exists(),
                "{binary} is missing: browser tests need Debian's chromium and chromium-driver \
                 (apt-get install -y chromium chromium-driver; scripts/test installs them)"
            );
        }
        // lettre and fantoccini both bring rustls; pick its crypto once for the process.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let port = free_port();
        let mut command = Command::new(CHROMEDRIVER);
        command.arg(format!("--port={port}")).stdout(Stdio::null()).stderr(Stdio::null());
        let driver = command.spawn().expect("start chromedriver");
        let profile = tempfile::tempdir().expect("browser profile folder");
        let mut prefs = json!({});
        if javascript == JavaScript::Off {
            prefs = json!({ "profile.managed_default_content_settings.javascript": 2 });
        }
        let capabilities = json!({
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": CHROMIUM,
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic",
                    format!("--user-data-dir={}", profile.path().display()),
                    format!("--window-size={width},800"),
                ],
                "prefs": prefs,
            }
        });
        let capabilities = capabilities.as_object().cloned().expect("object");
        let url = format!("http://127.0.0.1:{port}");
        let mut last_error = String::new();
        for _ in 0..50 {
            match ClientBuilder::rustls().expect("tls").capabilities(capabilities.clone()).connect(&url).await {
                Ok(client) => return Browser { client, driver, profile },
                Err(error) => last_error = error.to_string(),
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        panic!("could not start a Chromium session through chromedriver: {last_error}");
    }

    pub async fn close(self) {
        let _ = self.client.clone().close().await;
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // End chromedriver, then any Chromium process of this browser's own profile folder (found by its unique
        // path on the command line). Only positive, checked pids are signalled: never a process group, never -1.
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        let profile = self.profile.path().display().to_string();
        let own = std::process::id();
        for pid in processes_mentioning(&profile) {
            if pid > 1 && pid != own {
                let _ = Command::new("kill").arg("-KILL").arg("--").arg(pid.to_string()).status();
            }
        }
    }
}

/// Pids of processes whose command line contains `needle`.
fn processes_mentioning(needle: &str) -> Vec<u32> {
    let Ok(entries) = std::fs::read_dir("/proc") else { return Vec::new() };
    entries
        .filter_map(Result::ok)
        .filter_map(|entry| entry.file_name().to_str().and_then(|name| name.parse::<u32>().ok()))
        .filter(|pid| {
            std::fs::read(format!("/proc/{pid}/cmdline"))
                .map(|cmdline| String::from_utf8_lossy(&cmdline).contains(needle))
                .unwrap_or(false)
        })
        .collect()
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}
