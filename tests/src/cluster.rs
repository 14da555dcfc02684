//! A PostgreSQL cluster of one test's own (initdb in a temporary folder, on a free port), so a fault test can stop
//! and start the database under a running server without touching the machine's shared PostgreSQL. Stopped with
//! `pg_ctl`, which signals only this cluster's own postmaster.

use std::path::{Path, PathBuf};
use std::process::Command;

pub struct OwnPostgres {
    bin: PathBuf,
    dir: tempfile::TempDir,
    pub port: u16,
    as_root: bool,
}

/// The newest PostgreSQL installed from Debian's packages.
fn postgres_bin() -> PathBuf {
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .expect("PostgreSQL is installed (/usr/lib/postgresql): fault tests start a cluster of their own")
        .filter_map(Result::ok)
        .map(|e| e.path().join("bin"))
        .filter(|bin| bin.join("initdb").exists())
        .collect();
    versions.sort();
    versions.pop().expect("an initdb under /usr/lib/postgresql/*/bin")
}

impl OwnPostgres {
    /// A new cluster, started, with a database `amana`.
    pub fn start() -> OwnPostgres {
        let as_root = Command::new("id").arg("-u").output().map(|o| o.stdout.starts_with(b"0\n")).unwrap_or(false);
        let dir = tempfile::tempdir().expect("a folder for the cluster");
        if as_root {
            // PostgreSQL refuses to run as root: the cluster belongs to the postgres user.
            run(Command::new("chown").args(["-R", "postgres:postgres"]).arg(dir.path()));
        }
        let cluster = OwnPostgres { bin: postgres_bin(), dir, port: crate::node::free_port(), as_root };
        cluster.pg(&cluster.bin.join("initdb"), &["-D", &cluster.data(), "-A", "trust", "-U", "postgres", "--no-sync"]);
        cluster.start_again();
        cluster.pg(
            &cluster.bin.join("createdb"),
            &["-h", "127.0.0.1", "-p", &cluster.port.to_string(), "-U", "postgres", "amana"],
        );
        cluster
    }

    pub fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/amana", self.port)
    }

    fn data(&self) -> String {
        self.dir.path().join("data").display().to_string()
    }

    /// `program` as the cluster's owner (the postgres user when the tests run as root).
    fn command(&self, program: &Path) -> Command {
        if self.as_root {
            let mut command = Command::new("runuser");
            command.args(["-u", "postgres", "--"]).arg(program);
            command
        } else {
            Command::new(program)
        }
    }

    fn pg(&self, program: &Path, args: &[&str]) {
        run(self.command(program).args(args));
    }

    /// Starts (or starts again) the cluster and waits until it accepts connections.
    pub fn start_again(&self) {
        let options =
            format!("-p {} -c listen_addresses=127.0.0.1 -k {} -c fsync=off", self.port, self.dir.path().display());
        let log = self.dir.path().join("postgres.log").display().to_string();
        self.pg(&self.bin.join("pg_ctl"), &["-D", &self.data(), "-o", &options, "-l", &log, "-w", "start"]);
    }

    /// Stops the cluster at once (`immediate`: as a crash would, no checkpoint), and waits until it is down.
    pub fn stop_immediately(&self) {
        self.pg(&self.bin.join("pg_ctl"), &["-D", &self.data(), "-m", "immediate", "-w", "stop"]);
    }
}

impl Drop for OwnPostgres {
    fn drop(&mut self) {
        let _ =
            self.command(&self.bin.join("pg_ctl")).args(["-D", &self.data(), "-m", "immediate", "-w", "stop"]).output();
    }
}

fn run(command: &mut Command) {
    let output = command.output().unwrap_or_else(|e| panic!("{command:?}: {e}"));
    assert!(output.status.success(), "{command:?} failed: {}", String::from_utf8_lossy(&output.stderr));
}
