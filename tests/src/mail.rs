//! Reading what Amana sent: `.eml` files from the mail folder, decoded, and `.sms` files from the SMS folder.

use std::path::Path;
use std::time::Duration;

/// One delivered mail, decoded.
#[derive(Clone, Debug)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub body: String,
    pub message_id: String,
}

impl Mail {
    pub fn parse(raw: &[u8]) -> Mail {
        let message = mail_parser::MessageParser::default().parse(raw).expect("a parsable mail");
        Mail {
            to: message.to().and_then(|a| a.first()).and_then(|a| a.address()).unwrap_or_default().to_owned(),
            subject: message.subject().unwrap_or_default().to_owned(),
            body: message.body_text(0).map(|b| b.into_owned()).unwrap_or_default(),
            message_id: message.message_id().unwrap_or_default().to_owned(),
        }
    }

    /// Whether this mail carries a sign-in code.
    pub fn has_sign_in_code(&self) -> bool {
        !self.codes().is_empty()
    }

    /// The six-digit code in a sign-in mail (ASCII or Eastern Arabic digits).
    pub fn sign_in_code(&self) -> String {
        self.codes().first().cloned().unwrap_or_else(|| panic!("no 6-digit code in the mail body: {:?}", self.body))
    }

    /// The path and query of the enrolment link in this mail, if it carries one.
    pub fn enrolment_path(&self) -> Option<String> {
        let word = self.body.split_whitespace().find(|w| w.contains("/welcome?token="))?;
        let start = word.find("/staff/welcome").or_else(|| word.find("/helper/welcome"))?;
        Some(word[start..].to_owned())
    }

    fn codes(&self) -> Vec<String> {
        self.body
            .split(|c: char| {
                !(c.is_ascii_digit()
                    || ('\u{0660}'..='\u{0669}').contains(&c)
                    || ('\u{06F0}'..='\u{06F9}').contains(&c))
            })
            .filter(|run| run.chars().count() == 6)
            .map(amana_app::input::ascii_digits)
            .collect()
    }
}

/// Every text message in `dir` (the SMS drop: `To:` and `Id:` lines, a blank line, the text), oldest first, as a
/// [`Mail`] without a subject.
pub fn read_sms_dir(dir: &Path) -> Vec<Mail> {
    let parse = |text: String| {
        let (head, body) = text.split_once("\n\n").unwrap_or((&text, ""));
        let header = |name: &str| head.lines().find_map(|l| l.strip_prefix(name)).unwrap_or_default().to_owned();
        Mail {
            to: header("To: "),
            subject: String::new(),
            body: body.trim_end_matches('\n').to_owned(),
            message_id: header("Id: "),
        }
    };
    files_oldest_first(dir, "sms")
        .into_iter()
        .filter_map(|path| std::fs::read_to_string(path).ok())
        .map(parse)
        .collect()
}

/// The files with extension `extension` in `dir`, oldest first.
fn files_oldest_first(dir: &Path, extension: &str) -> Vec<std::path::PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut files: Vec<_> = entries
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == extension))
        .map(|e| (e.metadata().and_then(|m| m.modified()).ok(), e.path()))
        .collect();
    files.sort();
    files.into_iter().map(|(_, path)| path).collect()
}

/// Every mail in `dir`, oldest first.
pub fn read_dir(dir: &Path) -> Vec<Mail> {
    files_oldest_first(dir, "eml")
        .into_iter()
        .filter_map(|path| std::fs::read(path).ok())
        .map(|raw| Mail::parse(&raw))
        .collect()
}

/// Waits until `dir` holds at least `count` mails and returns the newest.
pub async fn wait_for(dir: &Path, count: usize) -> Mail {
    for _ in 0..200 {
        let mails = read_dir(dir);
        if mails.len() >= count {
            return mails.last().cloned().expect("a mail");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("expected {count} mails in {}, found {}", dir.display(), read_dir(dir).len());
}
