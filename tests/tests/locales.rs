//! Every string comes from Fluent, in every locale: no missing or extra keys, no syntax errors, the same
//! variables everywhere, and every message id the code uses exists.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use amana_app::i18n::{catalog, Locale};
use amana_tests::workspace_root;
use fluent_syntax::ast;

/// message id → set of variable names, for one locale folder.
fn messages(locale: &str) -> BTreeMap<String, BTreeSet<String>> {
    let dir = workspace_root().join("locales").join(locale);
    let mut all = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|_| panic!("no folder {}", dir.display())) {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: syntax errors {errors:?}", path.display()));
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let mut variables = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    collect_variables(pattern, &mut variables);
                }
                assert!(
                    all.insert(message.id.name.to_owned(), variables).is_none(),
                    "{}: duplicate message {}",
                    path.display(),
                    message.id.name
                );
            }
        }
    }
    all
}

fn collect_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression(expression, out);
        }
    }
}

fn collect_expression(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, out);
            for variant in variants {
                collect_variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => collect_inline(inline, out),
    }
}

fn collect_inline(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => collect_expression(expression, out),
        _ => {}
    }
}

#[test]
fn every_locale_has_exactly_the_english_keys_with_the_same_variables() {
    let english = messages("en");
    assert!(english.len() > 100, "the English catalogue looks incomplete");
    for locale in Locale::all() {
        let translated = messages(locale.code());
        let missing: Vec<_> = english.keys().filter(|k| !translated.contains_key(*k)).collect();
        let extra: Vec<_> = translated.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{}: missing {missing:?}", locale.code());
        assert!(extra.is_empty(), "{}: keys English does not have {extra:?}", locale.code());
        for (id, variables) in &english {
            assert_eq!(&translated[id], variables, "{}: {id} uses other variables", locale.code());
        }
    }
}

#[test]
fn the_compiled_catalogue_loads_without_problems() {
    assert!(catalog().problems().is_empty(), "{:?}", catalog().problems());
}

#[test]
fn translations_are_translated() {
    let english = messages("en");
    let en = Locale::default();
    for locale in Locale::all().filter(|l| l.code() != "en") {
        let same = english.keys().filter(|id| locale.text(id) == en.text(id)).count();
        // Names (Amana, UNHCR), codes and examples may stay the same; most text must not.
        assert!(
            same * 10 < english.len(),
            "{}: {same} of {} messages are identical to English",
            locale.code(),
            english.len()
        );
    }
}

/// Every literal message id passed to `t(...)`, `.text(...)` or `.text_with(...)` in the source, and every
/// `format!` prefix used to build ids, must exist in English (and so, by the test above, everywhere).
#[test]
fn every_message_id_used_in_the_code_exists() {
    let english = messages("en");
    let mut used = BTreeSet::new();
    let mut prefixes = BTreeSet::new();
    for folder in ["app/src", "server/src"] {
        scan(&workspace_root().join(folder), &mut used, &mut prefixes);
    }
    assert!(used.len() > 30, "the scan found too few ids: {used:?}");
    let missing: Vec<_> = used.iter().filter(|id| !english.contains_key(*id)).collect();
    assert!(missing.is_empty(), "ids used in code but missing from locales/en: {missing:?}");
    for prefix in prefixes {
        assert!(english.keys().any(|k| k.starts_with(&prefix)), "no message starts with {prefix}");
    }
}

fn scan(dir: &Path, used: &mut BTreeSet<String>, prefixes: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            scan(&path, used, prefixes);
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        // A call's string may start on the next line (where rustfmt breaks a long call): whitespace is skipped.
        for marker in ["t(", ".text(", ".text_with(", "title=\"", "label=\"", "hint=\"", "Notice id=\""] {
            for (index, _) in source.match_indices(marker) {
                // `t(` must be the function `t`, not the end of `get(` or `encrypt(`.
                let before = source[..index].chars().next_back().unwrap_or(' ');
                if marker == "t(" && (before.is_alphanumeric() || before == '_' || before == '.') {
                    continue;
                }
                let mut rest = &source[index + marker.len()..];
                if marker.ends_with('(') {
                    let Some(quoted) = rest.trim_start().strip_prefix('"') else { continue };
                    rest = quoted;
                }
                if let Some(end) = rest.find('"') {
                    let id = &rest[..end];
                    if !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                        used.insert(id.to_owned());
                    }
                }
            }
        }
        for (index, _) in source.match_indices("t(&format!(\"") {
            let rest = &source[index + 12..];
            if let Some(end) = rest.find('{') {
                let prefix = &rest[..end];
                if prefix.ends_with('-') && prefix.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
                    prefixes.insert(prefix.to_owned());
                }
            }
        }
    }
}

#[test]
fn every_error_code_has_a_message_in_every_locale_and_every_message_code_is_a_variant() {
    use amana_app::errors::ErrorCode;
    for locale in Locale::all() {
        let translated = messages(locale.code());
        let missing: Vec<&str> =
            ErrorCode::ALL.iter().map(|c| c.as_str()).filter(|id| !translated.contains_key(*id)).collect();
        assert!(missing.is_empty(), "{}: error codes without a message: {missing:?}", locale.code());
    }
    // The closed set is the whole set: a code with a message but no variant could never be shown.
    let is_code = |id: &str| {
        id.split_once('-').is_some_and(|(area, number)| {
            area.chars().all(|c| c.is_ascii_uppercase())
                && number.len() == 3
                && number.chars().all(|c| c.is_ascii_digit())
        })
    };
    let english = messages("en");
    let without_variant: Vec<&String> =
        english.keys().filter(|id| is_code(id) && ErrorCode::parse(id).is_none()).collect();
    assert!(without_variant.is_empty(), "messages of codes that are no variant: {without_variant:?}");
    // A variant's name is its code without the hyphen.
    for code in ErrorCode::ALL {
        assert_eq!(format!("{code:?}").to_uppercase(), code.as_str().replace('-', ""));
    }
}

/// Codes the backend stores and the pages turn into Fluent ids: each has its message.
#[test]
fn every_code_staff_and_people_can_be_shown_has_a_message() {
    use amana_app::errors::PortalError;
    use amana_app::staff::{ACCESS_REASONS, DECISION_REASONS, DEFAULT_TEMPLATES, EXTENSION_REASONS};
    use amana_server::domain::lifecycle::{Outcome, Refusal};
    use amana_server::services::migrant_rights::HELPER_AUDIT_ACTIONS;
    use amana_server::services::staff_desk::STAFF_AUDIT_ACTIONS;
    let english = messages("en");
    let mut wanted: Vec<String> = Vec::new();
    wanted.extend(DECISION_REASONS.iter().map(|c| format!("reason-{c}")));
    wanted.extend(EXTENSION_REASONS.iter().map(|c| format!("extension-reason-{c}")));
    wanted.extend(ACCESS_REASONS.iter().map(|c| format!("access-reason-{c}")));
    wanted.extend(DEFAULT_TEMPLATES.iter().flat_map(|c| [format!("template-{c}"), format!("template-{c}-name")]));
    wanted.extend(Outcome::ALL.iter().map(|o| format!("outcome-{}", o.key())));
    wanted.extend(
        STAFF_AUDIT_ACTIONS.iter().chain(&HELPER_AUDIT_ACTIONS).map(|a| format!("access-{}", a.replace('.', "-"))),
    );
    let refusals = [
        Refusal::NotNow,
        Refusal::AlreadyExtended,
        Refusal::ExtensionTooLate,
        Refusal::ExtensionLength,
        Refusal::OwnProposal,
        Refusal::NotAssigned,
        Refusal::NeedsApproval,
    ];
    wanted.extend(refusals.iter().map(|r| r.code().as_str().to_owned()));
    let errors = [
        PortalError::StaffSignInFailed,
        PortalError::StaffSignInExpired,
        PortalError::Forbidden,
        PortalError::OutsideMandate,
        PortalError::Refused(amana_app::errors::ErrorCode::St027),
    ];
    wanted.extend(errors.iter().map(|e| e.code().as_str().to_owned()));
    let missing: Vec<_> = wanted.iter().filter(|id| !english.contains_key(*id)).collect();
    assert!(missing.is_empty(), "codes without a message: {missing:?}");
}

/// The variants of the select expression in message `id` of `locale`: its key, its text with `{ $count }` as `#`,
/// and whether it is the default. A message without a selector is one default `other` variant.
fn plural_variants(locale: &str, id: &str) -> Vec<(String, String, bool)> {
    let path = workspace_root().join("locales").join(locale).join("amana.ftl");
    let source = std::fs::read_to_string(&path).unwrap();
    let resource = fluent_syntax::parser::parse(source.as_str()).unwrap_or_else(|(_, e)| panic!("{e:?}"));
    let message = resource
        .body
        .iter()
        .find_map(|entry| match entry {
            ast::Entry::Message(message) if message.id.name == id => Some(message),
            _ => None,
        })
        .unwrap_or_else(|| panic!("{locale}: no {id}"));
    let pattern = message.value.as_ref().unwrap();
    let text = |pattern: &ast::Pattern<&str>| -> String {
        pattern
            .elements
            .iter()
            .map(|e| match e {
                ast::PatternElement::TextElement { value } => value.to_string(),
                ast::PatternElement::Placeable { .. } => "#".to_owned(),
            })
            .collect::<String>()
            .trim()
            .to_owned()
    };
    let select = pattern.elements.iter().find_map(|e| match e {
        ast::PatternElement::Placeable { expression: ast::Expression::Select { variants, .. } } => Some(variants),
        _ => None,
    });
    match select {
        None => vec![("other".to_owned(), text(pattern), true)],
        Some(variants) => variants
            .iter()
            .map(|v| {
                let key = match &v.key {
                    ast::VariantKey::Identifier { name } => name.to_string(),
                    ast::VariantKey::NumberLiteral { value } => value.to_string(),
                };
                (key, text(&v.value), v.default)
            })
            .collect(),
    }
}

/// The plural category (CLDR cardinal rules, `plurals.xml`) of 0, 1, 2, 5, 11 and 100 in each locale's language.
fn cldr_categories(locale: &str) -> [&'static str; 6] {
    match locale {
        // one: n = 1 (Urdu and Swahili: i = 1 and v = 0, the same for whole numbers).
        "en" | "ku" | "om" | "so" | "sw" | "tr" | "ka" | "sq" | "ur" | "ckb" | "ps" | "es" => {
            ["other", "one", "other", "other", "other", "other"]
        }
        // one: i = 0 or n = 1 (Persian, Dari, Bengali, Amharic); n = 0..1 (Tigrinya); i = 0,1 (French);
        // i = 0..1 (Portuguese).
        "fa" | "fa-AF" | "bn" | "am" | "ti" | "fr" | "pt" => ["one", "one", "other", "other", "other", "other"],
        // one: i % 10 = 1 and i % 100 != 11; few: i % 10 = 2..4 and i % 100 != 12..14; many: the rest of integers.
        "ru" | "uk" => ["many", "one", "few", "many", "many", "many"],
        // zero, one, two; few: n % 100 = 3..10; many: n % 100 = 11..99.
        "ar" => ["zero", "one", "two", "few", "many", "other"],
        "vi" | "zh-Hans" => ["other"; 6],
        other => panic!("no CLDR plural rules written down for {other}: add them here"),
    }
}

/// Every locale's plural message takes the form its own language uses for each count, with the count in the
/// locale's own digits. Fluent falls back to English rules for a language it does not know, which would give Persian
/// or Dari "0" in the wrong form, or Arabic two forms where it has six.
#[test]
fn the_plural_message_takes_each_language_s_own_form_for_0_1_2_5_11_and_100() {
    use amana_app::i18n::Arg;
    for locale in Locale::all() {
        let variants = plural_variants(locale.code(), "my-data-field-count");
        for (count, category) in [0, 1, 2, 5, 11, 100].into_iter().zip(cldr_categories(locale.code())) {
            let (_, form, _) = variants.iter().find(|(key, _, _)| key == category).unwrap_or_else(|| {
                panic!("{}: {count} is '{category}' in this language and needs its own variant", locale.code())
            });
            let number = locale.number(count);
            let text = locale.text_with("my-data-field-count", &[("count", Arg::Number(count))]);
            assert_eq!(text.trim(), form.replace('#', &number), "{}: {count} is [{category}]", locale.code());
        }
    }
}
