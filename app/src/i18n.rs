//! Fluent catalogues for every locale and the choice of one per request: the only source of text a person reads.

use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use include_dir::{include_dir, Dir};
use unic_langid::LanguageIdentifier;

/// The `.ftl` files, compiled into the binary so a deployment cannot run with a missing or stale catalogue.
static LOCALE_FILES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../locales");

/// Writing direction of a locale, rendered as `<html dir>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// A locale Amana ships, with its name written in its own script for the language picker.
#[derive(Debug, PartialEq, Eq)]
pub struct LocaleInfo {
    pub code: &'static str,
    pub native_name: &'static str,
    pub direction: Direction,
}

/// Every supported locale; the first is the fallback. Their translation status is in `locales/<code>/status.txt`.
pub static LOCALES: [LocaleInfo; 24] = [
    LocaleInfo { code: "en", native_name: "English", direction: Direction::Ltr },
    LocaleInfo { code: "ar", native_name: "العربية", direction: Direction::Rtl },
    LocaleInfo { code: "fa", native_name: "فارسی", direction: Direction::Rtl },
    LocaleInfo { code: "fa-AF", native_name: "دری", direction: Direction::Rtl },
    LocaleInfo { code: "ps", native_name: "پښتو", direction: Direction::Rtl },
    LocaleInfo { code: "ur", native_name: "اردو", direction: Direction::Rtl },
    LocaleInfo { code: "ckb", native_name: "کوردیی ناوەندی", direction: Direction::Rtl },
    LocaleInfo { code: "ku", native_name: "Kurmancî", direction: Direction::Ltr },
    LocaleInfo { code: "ti", native_name: "ትግርኛ", direction: Direction::Ltr },
    LocaleInfo { code: "am", native_name: "አማርኛ", direction: Direction::Ltr },
    LocaleInfo { code: "om", native_name: "Afaan Oromoo", direction: Direction::Ltr },
    LocaleInfo { code: "so", native_name: "Soomaali", direction: Direction::Ltr },
    LocaleInfo { code: "uk", native_name: "Українська", direction: Direction::Ltr },
    LocaleInfo { code: "ru", native_name: "Русский", direction: Direction::Ltr },
    LocaleInfo { code: "tr", native_name: "Türkçe", direction: Direction::Ltr },
    LocaleInfo { code: "ka", native_name: "ქართული", direction: Direction::Ltr },
    LocaleInfo { code: "sq", native_name: "Shqip", direction: Direction::Ltr },
    LocaleInfo { code: "sw", native_name: "Kiswahili", direction: Direction::Ltr },
    LocaleInfo { code: "pt", native_name: "Português", direction: Direction::Ltr },
    LocaleInfo { code: "bn", native_name: "বাংলা", direction: Direction::Ltr },
    LocaleInfo { code: "vi", native_name: "Tiếng Việt", direction: Direction::Ltr },
    LocaleInfo { code: "zh-Hans", native_name: "简体中文", direction: Direction::Ltr },
    LocaleInfo { code: "fr", native_name: "Français", direction: Direction::Ltr },
    LocaleInfo { code: "es", native_name: "Español", direction: Direction::Ltr },
];

/// Other codes people's browsers and systems send for a locale Amana ships under another code: Dari is also
/// `prs`, Kurmanji also `kmr`, and simplified Chinese comes as `zh`, `zh-CN` or `zh-SG`.
const ALIASES: [(&str, &str); 5] =
    [("prs", "fa-AF"), ("kmr", "ku"), ("zh", "zh-Hans"), ("zh-CN", "zh-Hans"), ("zh-SG", "zh-Hans")];

/// Whether someone who speaks a locale has checked its translation, as `locales/<code>/status.txt` says in one
/// line: `source` (English, which the others are translated from), `draft <YYYY-MM-DD>`, or
/// `reviewed <YYYY-MM-DD> <who>`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TranslationStatus {
    Source,
    Draft { since: String },
    Reviewed { on: String, by: String },
}

impl TranslationStatus {
    /// The status a `status.txt` states, if it is well formed (`#` lines are comments).
    pub fn parse(text: &str) -> Option<TranslationStatus> {
        let line = text.lines().map(str::trim).find(|l| !l.is_empty() && !l.starts_with('#'))?;
        let is_date = |d: &str| {
            d.len() == 10
                && d.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() })
        };
        let mut parts = line.splitn(3, ' ');
        match (parts.next()?, parts.next(), parts.next().map(str::trim)) {
            ("source", None, None) => Some(TranslationStatus::Source),
            ("draft", Some(since), None) if is_date(since) => {
                Some(TranslationStatus::Draft { since: since.to_owned() })
            }
            ("reviewed", Some(on), Some(by)) if is_date(on) && !by.is_empty() => {
                Some(TranslationStatus::Reviewed { on: on.to_owned(), by: by.to_owned() })
            }
            _ => None,
        }
    }
}

/// One supported locale. Only constructible from [`LOCALES`], so it is always one Amana can render.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Locale(&'static LocaleInfo);

impl Default for Locale {
    fn default() -> Self {
        Locale(&LOCALES[0])
    }
}

impl Locale {
    /// The locale with this code (`"ar"`) or one of its aliases (`"prs"` is `fa-AF`), if Amana ships it.
    pub fn from_code(code: &str) -> Option<Locale> {
        let code = code.trim();
        let code = ALIASES.iter().find(|(alias, _)| alias.eq_ignore_ascii_case(code)).map_or(code, |(_, to)| to);
        LOCALES.iter().find(|l| l.code.eq_ignore_ascii_case(code)).map(Locale)
    }
    pub fn all() -> impl Iterator<Item = Locale> {
        LOCALES.iter().map(Locale)
    }
    pub fn code(self) -> &'static str {
        self.0.code
    }
    pub fn native_name(self) -> &'static str {
        self.0.native_name
    }
    pub fn direction(self) -> Direction {
        self.0.direction
    }

    /// What separates items of a list written as text ("a, b"): the languages written in Arabic script use the
    /// Arabic comma, Amharic and Tigrinya the Ethiopic one.
    pub fn list_separator(self) -> &'static str {
        match self.code() {
            "ar" | "fa" | "fa-AF" | "ps" | "ur" | "ckb" => "، ",
            "am" | "ti" => "፣ ",
            _ => ", ",
        }
    }

    /// The messages `<prefix>-<key>` of `keys`, written as one list in this language ("Identity, Contact details").
    pub fn list_of<K: AsRef<str>>(self, prefix: &str, keys: impl IntoIterator<Item = K>) -> String {
        let texts: Vec<String> = keys.into_iter().map(|key| self.text(&format!("{prefix}-{}", key.as_ref()))).collect();
        texts.join(self.list_separator())
    }

    /// Whether its translation was checked by someone who speaks it (`locales/<code>/status.txt`).
    pub fn translation_status(self) -> TranslationStatus {
        catalog().statuses.get(self.code()).cloned().unwrap_or(TranslationStatus::Draft { since: String::new() })
    }

    /// The text of message `id` in this locale.
    pub fn text(self, id: &str) -> String {
        catalog().format(self, id, None)
    }

    /// The text of message `id` with named arguments.
    pub fn text_with(self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(text) => fluent_args.set(*name, FluentValue::from(*text)),
                Arg::Number(number) => fluent_args.set(*name, FluentValue::from(*number)),
            }
        }
        catalog().format(self, id, Some(&fluent_args))
    }
}

/// An argument to a message: text is inserted as it is; a number also selects plural forms.
#[derive(Clone, Copy, Debug)]
pub enum Arg<'a> {
    Text(&'a str),
    Number(i64),
}

/// Picks the locale for a request: `?lang=`, then the cookie, then the signed-in person's stored preference,
/// then `Accept-Language`, then English. Unknown codes at any step are skipped, never an error.
pub fn negotiate(
    query: Option<&str>,
    cookie: Option<&str>,
    stored_preference: Option<&str>,
    accept_language: Option<&str>,
) -> Locale {
    [query, cookie, stored_preference]
        .into_iter()
        .flatten()
        .find_map(Locale::from_code)
        .or_else(|| accept_language.and_then(from_accept_language))
        .unwrap_or_default()
}

fn from_accept_language(header: &str) -> Option<Locale> {
    // Aliases first (`prs` is Dari), so the negotiation sees the codes Amana ships.
    let requested: Vec<fluent_langneg::LanguageIdentifier> = fluent_langneg::accepted_languages::parse(header)
        .into_iter()
        .map(|id| Locale::from_code(&id.to_string()).and_then(|l| l.code().parse().ok()).unwrap_or(id))
        .collect();
    let available = fluent_langneg::convert_vec_str_to_langids_lossy(LOCALES.iter().map(|l| l.code));
    let chosen =
        fluent_langneg::negotiate_languages(&requested, &available, None, fluent_langneg::NegotiationStrategy::Lookup);
    chosen.first().and_then(|id| Locale::from_code(&id.to_string()))
}

/// The parsed catalogues, one bundle per locale.
pub struct Catalog {
    bundles: HashMap<&'static str, FluentBundle<FluentResource>>,
    statuses: HashMap<&'static str, TranslationStatus>,
    problems: Vec<String>,
}

/// The catalogue, parsed once on first use.
pub fn catalog() -> &'static Catalog {
    static CATALOG: LazyLock<Catalog> = LazyLock::new(Catalog::load);
    &CATALOG
}

impl Catalog {
    fn load() -> Catalog {
        let mut bundles = HashMap::new();
        let mut statuses = HashMap::new();
        let mut problems = Vec::new();
        for info in LOCALES.iter() {
            let status = LOCALE_FILES
                .get_file(format!("{}/status.txt", info.code))
                .and_then(|f| f.contents_utf8())
                .and_then(TranslationStatus::parse);
            match status {
                Some(status) => {
                    statuses.insert(info.code, status);
                }
                None => problems.push(format!("locale {} has no well-formed status.txt", info.code)),
            }
            let lang: LanguageIdentifier = info.code.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![lang]);
            // Values are wrapped in <bdi> where markup needs it; isolation marks would leak into e-mails and forms.
            bundle.set_use_isolating(false);
            // Numbers in messages in the locale's own digits.
            bundle.set_formatter(Some(crate::local_format::fluent_number));
            let mut files: Vec<_> = LOCALE_FILES
                .get_dir(info.code)
                .map(|dir| dir.files().filter(|f| f.path().extension().is_some_and(|e| e == "ftl")).collect())
                .unwrap_or_default();
            files.sort_by_key(|f| f.path());
            if files.is_empty() {
                problems.push(format!("locale {} has no .ftl files", info.code));
            }
            for file in files {
                let source = file.contents_utf8().unwrap_or_default().to_owned();
                let resource = match FluentResource::try_new(source) {
                    Ok(resource) => resource,
                    Err((resource, errors)) => {
                        problems.push(format!("{}: {} syntax errors", file.path().display(), errors.len()));
                        resource
                    }
                };
                if let Err(errors) = bundle.add_resource(resource) {
                    problems.push(format!("{}: {} duplicate messages", file.path().display(), errors.len()));
                }
            }
            bundles.insert(info.code, bundle);
        }
        Catalog { bundles, statuses, problems }
    }

    /// Problems found while parsing the catalogue (syntax errors, duplicates). Start-up refuses to run with any.
    pub fn problems(&self) -> &[String] {
        &self.problems
    }

    /// Whether `locale` defines message `id` itself (no fallback).
    pub fn has_message(&self, locale: Locale, id: &str) -> bool {
        self.bundles.get(locale.code()).is_some_and(|b| b.has_message(id))
    }

    fn format(&self, locale: Locale, id: &str, args: Option<&FluentArgs>) -> String {
        let fallback = Locale::default();
        for candidate in [locale, fallback] {
            let Some(bundle) = self.bundles.get(candidate.code()) else { continue };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else { continue };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            if !errors.is_empty() {
                tracing::warn!(message_id = id, locale = candidate.code(), "fluent formatting problems");
            }
            return text.into_owned();
        }
        tracing::warn!(message_id = id, locale = locale.code(), "missing fluent message");
        id.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_beats_cookie_beats_preference_beats_header() {
        assert_eq!(negotiate(Some("fa"), Some("fr"), Some("uk"), Some("es")).code(), "fa");
        assert_eq!(negotiate(None, Some("fr"), Some("uk"), Some("es")).code(), "fr");
        assert_eq!(negotiate(None, None, Some("uk"), Some("es")).code(), "uk");
        assert_eq!(negotiate(None, None, None, Some("es-MX,es;q=0.9")).code(), "es");
        assert_eq!(negotiate(None, None, None, None).code(), "en");
    }

    #[test]
    fn unknown_codes_fall_through_to_the_next_source() {
        assert_eq!(negotiate(Some("xx"), Some("<script>"), None, Some("de-DE,ar;q=0.5")).code(), "ar");
        assert_eq!(negotiate(None, None, None, Some("de, ja;q=0.8")).code(), "en");
    }

    #[test]
    fn right_to_left_locales_say_so() {
        let rtl: Vec<_> = Locale::all().filter(|l| l.direction() == Direction::Rtl).map(|l| l.code()).collect();
        assert_eq!(rtl, ["ar", "fa", "fa-AF", "ps", "ur", "ckb"]);
    }

    #[test]
    fn a_status_file_says_source_draft_or_reviewed_and_anything_else_is_refused() {
        assert_eq!(TranslationStatus::parse("source\n"), Some(TranslationStatus::Source));
        assert_eq!(
            TranslationStatus::parse("# first pass\ndraft 2026-12-03"),
            Some(TranslationStatus::Draft { since: "2026-12-03".into() })
        );
        assert_eq!(
            TranslationStatus::parse("reviewed 2026-12-10 Fictional Reviewer"),
            Some(TranslationStatus::Reviewed { on: "2026-12-10".into(), by: "Fictional Reviewer".into() })
        );
        for bad in ["", "draft", "draft yesterday", "reviewed 2026-12-10", "approved 2026-12-10 X", "source now"] {
            assert_eq!(TranslationStatus::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn every_locale_has_a_translation_status_and_only_english_is_the_source() {
        assert!(catalog().problems().is_empty(), "{:?}", catalog().problems());
        let sources: Vec<_> =
            Locale::all().filter(|l| l.translation_status() == TranslationStatus::Source).map(|l| l.code()).collect();
        assert_eq!(sources, ["en"]);
    }

    #[test]
    fn dari_and_kurmanji_are_found_by_their_other_codes_and_by_region() {
        assert_eq!(negotiate(Some("prs"), None, None, None).code(), "fa-AF");
        assert_eq!(negotiate(Some("KMR"), None, None, None).code(), "ku");
        assert_eq!(negotiate(None, None, None, Some("prs")).code(), "fa-AF");
        assert_eq!(negotiate(None, None, None, Some("fa-AF,fa;q=0.8")).code(), "fa-AF");
        assert_eq!(negotiate(None, None, None, Some("fa-IR,en;q=0.5")).code(), "fa");
        assert_eq!(negotiate(None, None, None, Some("ps-AF")).code(), "ps");
        assert_eq!(negotiate(None, None, None, Some("zh-CN,zh;q=0.9")).code(), "zh-Hans");
    }
}
