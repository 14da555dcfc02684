//! Property-based fuzzing of what turns outside bytes into Amana's values: form decoding (the server functions'
//! own argument types), upload sniffing, case references, birth dates and one-time codes typed with native digits,
//! receipt codes as people copy them, and the webhook signature. Each property holds for every input generated:
//! nothing panics, everything accepted is well-formed, and the ways people really type a value all mean the same.
//! CI runs proptest's default number of cases; `scripts/fuzz` runs many more.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use amana_app::input::{ascii_digits, kept_for_redisplay, max_kept_chars, BirthDate, CaseReference, OneTimeCode};
use amana_app::rights::Evidence;
use amana_server::infra::webhook::signature;
use amana_server::services::migrant_rights::normalise_receipt;
use proptest::prelude::*;

/// The zero of each script a person may type digits in: ASCII, Arabic-Indic, Persian, Devanagari, Bengali,
/// Myanmar, full-width.
const ZEROS: [u32; 7] = [0x30, 0x0660, 0x06F0, 0x0966, 0x09E6, 0x1040, 0xFF10];

/// A digit as a person may type it, in one of those scripts.
fn native_digit(d: u32, script: u8) -> char {
    char::from_u32(ZEROS[usize::from(script) % ZEROS.len()] + d).unwrap()
}

fn in_script(ascii: &str, script: u8) -> String {
    ascii.chars().map(|c| c.to_digit(10).map_or(c, |d| native_digit(d, script))).collect()
}

/// Decodes `body` as the urlencoded form of server function `T`, as the server does for every post.
fn decode_form<T>(body: Vec<u8>) -> Result<T, leptos::prelude::ServerFnError>
where
    T: leptos::server_fn::codec::FromReq<
        leptos::server_fn::codec::PostUrl,
        axum::http::Request<axum::body::Body>,
        leptos::prelude::ServerFnError,
    >,
{
    let request = axum::http::Request::builder()
        .method("POST")
        .uri("/api/fuzz")
        .header("content-type", "application/x-www-form-urlencoded")
        .body(axum::body::Body::from(body))
        .unwrap();
    tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(T::from_req(request))
}

/// Form bodies: random bytes, and urlencoded pairs with keys the forms use, nested and repeated.
fn form_body() -> impl Strategy<Value = Vec<u8>> {
    let key = prop_oneof![
        Just("email".to_owned()),
        Just("office".to_owned()),
        Just("teams[0]".to_owned()),
        Just("teams[]".to_owned()),
        Just("bodies[1]".to_owned()),
        Just("teams[0][x]".to_owned()),
        "[a-z_\\[\\]0-9]{0,12}",
    ];
    let pair = (key, ".{0,40}")
        .prop_map(|(k, v)| format!("{}={}", k, url::form_urlencoded::byte_serialize(v.as_bytes()).collect::<String>()));
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..400),
        proptest::collection::vec(pair, 0..12).prop_map(|p| p.join("&").into_bytes())
    ]
}

proptest! {
    #[test]
    fn form_decoding_never_panics_and_keeps_what_it_accepts(body in form_body()) {
        // A form with a list (a new staff account's teams) and a small one (a person's sign-in).
        if let Ok(decoded) = decode_form::<amana_app::actions::AdminCreateStaff>(body.clone()) {
            prop_assert!(decoded.email.len() + decoded.office.len() <= body.len());
        }
        let _ = decode_form::<amana_app::actions::StartSignIn>(body);
    }

    #[test]
    fn native_digits_become_ascii_marks_vanish_and_nothing_else_changes(text in "[\u{200E}\u{200F}\u{00A0}\u{2066}-\u{2069}]?\\PC{0,40}") {
        let converted = ascii_digits(&text);
        let visible: Vec<char> = text.chars().filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{00A0}' | '\u{2066}'..='\u{2069}' | '\u{200B}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2007}' | '\u{202F}' | '\u{2060}' | '\u{FEFF}')).collect();
        prop_assert_eq!(converted.chars().count(), visible.len());
        for (before, after) in visible.into_iter().zip(converted.chars()) {
            let native = ZEROS.iter().any(|zero| (*zero..*zero + 10).contains(&u32::from(before)));
            if native { prop_assert!(after.is_ascii_digit()) } else if !before.is_numeric() { prop_assert_eq!(before, after) }
        }
    }

    #[test]
    fn a_case_reference_is_read_alike_however_it_is_typed(prefix in "[A-Za-z]{2,6}", number in "[0-9]{1,8}", script in 0u8..7, spaced in any::<bool>()) {
        let canonical = CaseReference::parse(&format!("{prefix}-{number}")).unwrap();
        let typed = format!("{}{}-{}{}", if spaced { "  " } else { "" }, prefix.to_lowercase(), in_script(&number, script), if spaced { " " } else { "" });
        prop_assert_eq!(CaseReference::parse(&typed).unwrap(), canonical.clone());
        prop_assert_eq!(CaseReference::parse(canonical.as_str()).unwrap(), canonical);
    }

    #[test]
    fn whatever_is_typed_as_a_case_reference_is_refused_or_well_formed(text in "\\PC{0,60}") {
        if let Ok(reference) = CaseReference::parse(&text) {
            let s = reference.as_str();
            prop_assert!((3..=32).contains(&s.len()));
            prop_assert!(s.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-' || c == '/'));
        }
    }

    #[test]
    fn a_birth_date_means_the_same_day_in_every_way_it_is_written(year in 1900i32..=2100, month in 1u8..=12, day in 1u8..=28, script in 0u8..7, form in 0u8..3) {
        let iso = format!("{year:04}-{month:02}-{day:02}");
        let written = match form {
            0 => iso.clone(),
            1 => format!("{day:02}/{month:02}/{year:04}"),
            _ => format!("{day}.{month}.{year}"),
        };
        prop_assert_eq!(BirthDate::parse(&in_script(&written, script)).unwrap().iso(), iso);
    }

    #[test]
    fn whatever_is_typed_as_a_birth_date_is_refused_or_a_real_day(text in "[0-9٠-٩۰-۹./\\- ]{0,16}|\\PC{0,20}") {
        if let Ok(date) = BirthDate::parse(&text) {
            let iso = date.iso();
            prop_assert_eq!(BirthDate::parse(&iso).unwrap(), date);
            let year: i32 = iso[..4].parse().unwrap();
            prop_assert!((1900..=2100).contains(&year));
        }
    }

    #[test]
    fn a_one_time_code_is_six_digits_however_it_is_copied(code in "[0-9]{6}", script in 0u8..7, separator in prop_oneof![Just(""), Just(" "), Just("-"), Just(" - ")]) {
        let typed = format!("{}{separator}{}", in_script(&code[..3], script), in_script(&code[3..], script));
        let parsed = OneTimeCode::parse(&typed).unwrap();
        prop_assert_eq!(parsed.as_str(), code.as_str());
    }

    #[test]
    fn whatever_is_typed_as_a_code_is_refused_or_six_ascii_digits(text in "\\PC{0,20}") {
        if let Ok(code) = OneTimeCode::parse(&text) {
            prop_assert!(code.as_str().len() == 6 && code.as_str().chars().all(|c| c.is_ascii_digit()));
        }
    }

    #[test]
    fn typed_values_are_kept_for_redisplay_only_up_to_their_fields_maximum(field in prop_oneof![Just("case_reference"), Just("email"), Just("proposed_value"), Just("explanation")], text in "\\PC{0,300}") {
        let kept = kept_for_redisplay(field, &text);
        prop_assert!(kept.chars().count() <= max_kept_chars(field));
        prop_assert!(text.starts_with(&kept));
    }

    #[test]
    fn an_upload_is_typed_by_its_content_alone(bytes in proptest::collection::vec(any::<u8>(), 0..64), magic in 0usize..4) {
        let prefixes: [&[u8]; 3] = [b"%PDF-", &[0xFF, 0xD8, 0xFF], &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]];
        let expected = ["application/pdf", "image/jpeg", "image/png"];
        match prefixes.get(magic) {
            Some(prefix) => {
                let evidence = Evidence { bytes: [prefix.to_vec(), bytes].concat() };
                prop_assert_eq!(evidence.content_type(), Some(expected[magic]));
            }
            None => {
                let sniffed = Evidence { bytes: bytes.clone() }.content_type();
                let starts_with_magic = prefixes.iter().any(|p| bytes.starts_with(p));
                prop_assert_eq!(sniffed.is_some(), starts_with_magic);
            }
        }
    }

    #[test]
    fn a_receipt_code_matches_however_it_is_copied(code in "[A-Z2-9]{12}", lower in any::<bool>(), separator in prop_oneof![Just(""), Just(" "), Just("-"), Just("\u{00A0}")], script in 0u8..7) {
        let typed = code.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join(separator);
        let typed = in_script(&if lower { typed.to_lowercase() } else { typed }, script);
        prop_assert_eq!(normalise_receipt(&typed), code.clone());
        prop_assert_eq!(normalise_receipt(&normalise_receipt(&typed)), code);
    }

    #[test]
    fn whatever_is_typed_as_a_receipt_normalises_to_upper_case_letters_and_digits(text in "\\PC{0,40}") {
        let normalised = normalise_receipt(&text);
        prop_assert!(normalised.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()));
        prop_assert_eq!(normalise_receipt(&normalised), normalised);
    }

    #[test]
    fn a_webhook_signature_holds_only_for_its_own_secret_id_time_and_body(key in proptest::collection::vec(any::<u8>(), 24..40), id in "msg_[a-zA-Z0-9]{1,20}", timestamp in 0i64..4_000_000_000, body in proptest::collection::vec(any::<u8>(), 0..200), flip in any::<usize>()) {
        use base64::Engine;
        let secret = format!("whsec_{}", base64::engine::general_purpose::STANDARD.encode(&key));
        let signed = signature(&secret, &id, timestamp, &body);
        prop_assert!(signed.starts_with("v1,"));
        prop_assert_eq!(&signed, &signature(&secret, &id, timestamp, &body));
        let mut other_key = key.clone();
        other_key[0] ^= 1;
        let other = format!("whsec_{}", base64::engine::general_purpose::STANDARD.encode(&other_key));
        prop_assert_ne!(&signed, &signature(&other, &id, timestamp, &body));
        prop_assert_ne!(&signed, &signature(&secret, &format!("{id}x"), timestamp, &body));
        prop_assert_ne!(&signed, &signature(&secret, &id, timestamp + 1, &body));
        if !body.is_empty() {
            let mut tampered = body.clone();
            let at = flip % tampered.len();
            tampered[at] ^= 1;
            prop_assert_ne!(&signed, &signature(&secret, &id, timestamp, &tampered));
        }
    }
}
