//! A real SMTP listener for tests: speaks enough SMTP for lettre to deliver, keeps what it received, and can be
//! switched "down" (answering 421) to test that the outbox retries.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

use crate::mail::Mail;

#[derive(Clone)]
pub struct SmtpSink {
    pub port: u16,
    received: Arc<Mutex<Vec<Mail>>>,
    down: Arc<AtomicBool>,
    /// Each connection's commands so far (a pooled connection stays open between mails).
    pub conversations: Arc<Mutex<Vec<String>>>,
    /// When each mail arrived, in the order of `received`.
    arrivals: Arc<Mutex<Vec<std::time::Instant>>>,
}

impl SmtpSink {
    pub async fn start() -> SmtpSink {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind SMTP sink");
        let sink = SmtpSink {
            port: listener.local_addr().expect("address").port(),
            received: Arc::default(),
            down: Arc::default(),
            conversations: Arc::default(),
            arrivals: Arc::default(),
        };
        let accepting = sink.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let sink = accepting.clone();
                tokio::spawn(async move { sink.converse(stream).await });
            }
        });
        sink
    }

    pub fn set_down(&self, down: bool) {
        self.down.store(down, Ordering::SeqCst);
    }

    pub fn received(&self) -> Vec<Mail> {
        self.received.lock().expect("lock").clone()
    }

    /// How many mails arrived so far.
    pub fn count(&self) -> usize {
        self.arrivals.lock().expect("lock").len()
    }

    /// When each mail arrived, oldest first.
    pub fn arrivals(&self) -> Vec<std::time::Instant> {
        self.arrivals.lock().expect("lock").clone()
    }

    /// Waits (up to 5 s) until at least `count` mails arrived, and returns all received.
    pub async fn wait_for(&self, count: usize) -> Vec<Mail> {
        for _ in 0..100 {
            if self.received().len() >= count {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        self.received()
    }

    async fn converse(&self, stream: tokio::net::TcpStream) {
        // As mail servers do: replies go out at once instead of waiting for the client's acknowledgement.
        let _ = stream.set_nodelay(true);
        let (read, mut write) = stream.into_split();
        let mut lines = BufReader::new(read);
        if self.down.load(Ordering::SeqCst) {
            let _ = write.write_all(b"421 sink.test Service not available\r\n").await;
            return;
        }
        let conversation = {
            let mut conversations = self.conversations.lock().expect("lock");
            conversations.push(String::new());
            conversations.len() - 1
        };
        let _ = write.write_all(b"220 sink.test ESMTP\r\n").await;
        let mut line = String::new();
        loop {
            line.clear();
            if lines.read_line(&mut line).await.unwrap_or(0) == 0 {
                break;
            }
            let command = line.trim_end().to_ascii_uppercase();
            if let Some(transcript) = self.conversations.lock().expect("lock").get_mut(conversation) {
                transcript.push_str(line.trim_end());
                transcript.push('\n');
            }
            let reply: &[u8] = if command.starts_with("EHLO") {
                b"250-sink.test\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n"
            } else if command.starts_with("HELO")
                || command.starts_with("MAIL FROM")
                || command.starts_with("RCPT TO")
                || command.starts_with("RSET")
                || command.starts_with("NOOP")
            {
                b"250 OK\r\n"
            } else if command.starts_with("DATA") {
                let _ = write.write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n").await;
                let mut data = Vec::new();
                loop {
                    line.clear();
                    if lines.read_line(&mut line).await.unwrap_or(0) == 0 {
                        return;
                    }
                    if line == ".\r\n" || line == ".\n" {
                        break;
                    }
                    let unstuffed = line.strip_prefix('.').unwrap_or(&line);
                    data.extend_from_slice(unstuffed.as_bytes());
                }
                let mail = Mail::parse(&data);
                let mut received = self.received.lock().expect("lock");
                received.push(mail);
                self.arrivals.lock().expect("lock").push(std::time::Instant::now());
                drop(received);
                b"250 OK queued\r\n"
            } else if command.starts_with("QUIT") {
                let _ = write.write_all(b"221 Bye\r\n").await;
                break;
            } else {
                b"502 Command not implemented\r\n"
            };
            if write.write_all(reply).await.is_err() {
                break;
            }
        }
    }
}
