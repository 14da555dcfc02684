//! A real Amana process for fault tests: started from a binary of this package with `AMANA_*` variables, killed
//! with SIGKILL (its own pid, never a group), and started again on the same database, data folder and port.

use std::process::{Child, Command, Stdio};
use std::time::Duration;

pub struct Node {
    exe: String,
    env: Vec<(String, String)>,
    child: Option<Child>,
    pub base: String,
}

/// A port nobody listens on now (the listener is closed again), for a node that must come back on the same one.
pub fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
    listener.local_addr().expect("address").port()
}

impl Node {
    /// Starts `exe` with `env` (plus `AMANA_LISTEN` on `port`) and waits until `/healthz` answers 200.
    pub async fn start(exe: &str, port: u16, env: &[(&str, String)]) -> Node {
        let mut env: Vec<(String, String)> = env.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect();
        env.push(("AMANA_LISTEN".to_owned(), format!("127.0.0.1:{port}")));
        env.push(("RUST_LOG".to_owned(), "warn".to_owned()));
        let mut node = Node { exe: exe.to_owned(), env, child: None, base: format!("http://127.0.0.1:{port}") };
        node.restart().await;
        node
    }

    /// Starts the process again (after [`Node::kill`]) and waits until it is healthy.
    pub async fn restart(&mut self) {
        let child = Command::new(&self.exe)
            .envs(self.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start the amana process");
        self.child = Some(child);
        assert!(self.wait_healthy(Duration::from_secs(60)).await, "the amana process did not become healthy");
    }

    /// Kills the process at once (SIGKILL to its own pid): no shutdown, no flush, as a power cut would.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// The status `/healthz` answers now, or None when nothing answers.
    pub async fn health(&self) -> Option<u16> {
        let client = reqwest::Client::builder().timeout(Duration::from_secs(3)).build().ok()?;
        client.get(format!("{}/healthz", self.base)).send().await.ok().map(|r| r.status().as_u16())
    }

    /// Waits up to `limit` for `/healthz` to answer 200.
    pub async fn wait_healthy(&self, limit: Duration) -> bool {
        let started = std::time::Instant::now();
        while started.elapsed() < limit {
            if self.health().await == Some(200) {
                return true;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        false
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        self.kill();
    }
}
