//! Hostile input, as a corpus: every form field of every post (the person's, a helper's, staff and the
//! administrator's, and the anonymous ones) gets each of a set of hostile values — oversize, empty, scripts and
//! HTML, SQL fragments, path traversal, NUL and control characters, bidi overrides and zero-width characters,
//! numbers that are not numbers, template syntax — with every other field valid. Each answer is a clear,
//! translated error (or the answer for "not found"), never a server error; a refused post leaves the database as
//! it was; an accepted one is whole (every request has its timeline, every queued message its payload, the
//! audit chain verifies), what was typed is shown back as text and never as markup, and no uploaded name reaches
//! the disk. Replayed CSRF tokens and sessions that ended are refused too.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use amana_app::actions::ERROR_CODES_HEADER;
use amana_app::i18n::{catalog, Locale};
use amana_tests::{spawn_app_with, Client, Page, TestApp, DEMO_1};

/// The values tried in every field.
fn hostile_values() -> Vec<(&'static str, String)> {
    vec![
        ("empty", String::new()),
        ("blank", "   \t  ".to_owned()),
        ("oversize", "A".repeat(100_000)),
        ("just-over-a-text", "B".repeat(amana_app::rights::MAX_TEXT_CHARS + 1)),
        ("script", "<script>alert('amana')</script>".to_owned()),
        ("html-attribute", "\"><img src=x onerror=alert(1)>".to_owned()),
        ("sql-quote", "' OR '1'='1".to_owned()),
        ("sql-drop", "x'); DROP TABLE requests; --".to_owned()),
        ("path-traversal", "../../../../etc/passwd".to_owned()),
        ("windows-traversal", "..\\..\\..\\boot.ini".to_owned()),
        ("encoded-traversal", "%2e%2e%2f%2e%2e%2fetc%2fpasswd%00".to_owned()),
        ("nul", "before\u{0}after".to_owned()),
        ("control", "\u{7}\u{1b}[2J\u{8}\r\n".to_owned()),
        ("bidi-override", "\u{202E}gnp.exe\u{202C}".to_owned()),
        ("zero-width", "ze\u{200B}ro\u{200D}wi\u{FEFF}dth".to_owned()),
        ("negative", "-1".to_owned()),
        ("huge-number", "99999999999999999999999999".to_owned()),
        ("float", "1e309".to_owned()),
        ("native-digits", "٣٤٥٦٧٨".to_owned()),
        ("emoji", "😀🇸🇾 Ω ﷽".to_owned()),
        ("template", "{{7*7}} ${7*7} {$name}".to_owned()),
    ]
}

/// Who posts a form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Who {
    Anonymous,
    Person,
    Caseworker,
    Admin,
    Helper,
}

/// One form: who posts it, where, its valid fields, the fields to attack, and whether it goes as multipart.
struct Form {
    who: Who,
    action: &'static str,
    valid: Vec<(&'static str, String)>,
    attacked: Vec<&'static str>,
    multipart: bool,
}

fn form(who: Who, action: &'static str, valid: &[(&'static str, &str)], attacked: &[&'static str]) -> Form {
    Form {
        who,
        action,
        valid: valid.iter().map(|(k, v)| (*k, (*v).to_owned())).collect(),
        attacked: attacked.to_vec(),
        multipart: false,
    }
}

/// How many rows every table holds, in one query.
async fn snapshot(app: &TestApp) -> Vec<String> {
    let tables = [
        "people",
        "person_keys",
        "record_fields",
        "consent_events",
        "teams",
        "staff",
        "staff_teams",
        "routing_rules",
        "organisations",
        "helpers",
        "mandates",
        "requests",
        "request_fields",
        "request_events",
        "request_messages",
        "attachments",
        "outbox",
        "message_templates",
        "purposes",
        "purpose_texts",
        "enrolment_links",
    ];
    let sql = tables
        .iter()
        .map(|t| format!("SELECT '{t}:' || CAST(COUNT(*) AS TEXT) FROM {t}"))
        .collect::<Vec<_>>()
        .join(" UNION ALL ");
    let mut counts = app.query_strings(&sql).await;
    counts.sort();
    counts
}

/// What holds after each form's cases, refused or accepted: nothing is half-written.
async fn assert_whole(app: &TestApp, what: &str) {
    for (check, sql) in [
        ("a request without its timeline", "SELECT r.reference FROM requests r WHERE NOT EXISTS (SELECT 1 FROM request_events e WHERE e.request_id = r.id)"),
        ("a queued message without a payload", "SELECT idempotency_key FROM outbox WHERE delivered_at IS NULL AND payload IS NULL AND parked_at IS NULL"),
        ("an uploaded name on disk", "SELECT storage_name FROM attachments WHERE storage_name LIKE '%/%' OR storage_name LIKE '%..%' OR storage_name LIKE '%\\%'"),
        ("a correction without its proposal", "SELECT CAST(rf.request_id AS TEXT) FROM request_fields rf JOIN requests r ON r.id = rf.request_id WHERE r.kind = 'correction' AND rf.proposed_value_enc IS NULL"),
    ] {
        let found = app.query_strings(sql).await;
        assert!(found.is_empty(), "{what}: {check}: {found:?}");
    }
}

async fn post(client: &Client, form: &Form, fields: &[(&str, &str)]) -> Page {
    if form.multipart {
        client.submit_multipart("/complaints", form.action, fields, None).await
    } else {
        client.submit("/complaints", form.action, fields).await
    }
}

/// Runs the corpus against the forms that `who` posts, on a server of its own: the forms are split by who posts
/// them so the groups run side by side.
async fn attack_the_forms_of(who: &[Who]) {
    let app =
        spawn_app_with(|config| config.client_ip_source = axum_client_ip::ClientIpSource::RightmostXForwardedFor).await;
    let person = app.signed_in(DEMO_1.0, DEMO_1.1).await.from_address("10.1.0.1");
    let (field, _) = app.field(DEMO_1.0, "family-name").await;
    let field = field.to_string();
    let filed = person
        .submit_multipart(
            &format!("/my-data/fields/{field}/correct"),
            "/api/requests/file",
            &[("form", "correct"), ("field", &field), ("kind", "correction"), ("proposed_value", "Hostile-Base")],
            None,
        )
        .await;
    let reference = amana_tests::reference_from(filed.location().unwrap());
    let caseworker = app.staff("caseworker@amana.example").await.0.from_address("10.1.0.2");
    caseworker.act_on_case("/staff", &[("reference", &reference), ("action", "claim")]).await;
    let admin = app.staff("admin@amana.example").await.0.from_address("10.1.0.3");
    let helper = app.helper("helper@legal-aid.example").await.0.from_address("10.1.0.4");
    let template = app.query_strings("SELECT key FROM message_templates ORDER BY key LIMIT 1").await.remove(0);
    let (other_field, _) = app.field(DEMO_1.0, "given-name").await;
    let other_field = other_field.to_string();

    let forms: Vec<Form> = vec![
        form(
            Who::Anonymous,
            "/api/sign-in/start",
            &[("case_reference", "DEMO-0001"), ("date_of_birth", "1990-01-01")],
            &["case_reference", "date_of_birth"],
        ),
        form(Who::Anonymous, "/api/sign-in/verify", &[("code", "123456")], &["code"]),
        form(
            Who::Anonymous,
            "/api/complaints/file",
            &[("complaint", "A fictional complaint"), ("related", "")],
            &["complaint", "related", "staff_member"],
        ),
        form(Who::Anonymous, "/api/complaints/lookup", &[("receipt_code", "ABCD-EFGH-JKLM")], &["receipt_code"]),
        form(
            Who::Anonymous,
            "/api/staff/sign-in",
            &[("email", "caseworker@amana.example"), ("password", "not-it")],
            &["email", "password"],
        ),
        form(
            Who::Anonymous,
            "/api/staff/welcome",
            &[("token", "AAAA"), ("password", "a-long-enough-password")],
            &["token", "password"],
        ),
        form(
            Who::Person,
            "/api/consent",
            &[("purpose", "service-updates"), ("action", "withdraw")],
            &["purpose", "action"],
        ),
        form(Who::Person, "/api/mandates/grant", &[("scope[0]", "view"), ("days", "7")], &["scope[0]", "days"]),
        Form {
            multipart: true,
            ..form(
                Who::Person,
                "/api/requests/file",
                &[
                    ("form", "correct"),
                    ("field", &other_field),
                    ("kind", "correction"),
                    ("proposed_value", "Kept"),
                    ("explanation", ""),
                ],
                &["form", "field", "kind", "proposed_value", "explanation"],
            )
        },
        Form {
            multipart: true,
            ..form(
                Who::Person,
                "/api/requests/information",
                &[("reference", &reference), ("message", "More")],
                &["reference", "message"],
            )
        },
        form(Who::Person, "/api/requests/withdraw", &[("reference", "R-ZZZZ-ZZZZ")], &["reference"]),
        form(
            Who::Caseworker,
            "/api/staff/case/message",
            &[("reference", &reference), ("template", &template), ("note", "A note"), ("recipient", "person")],
            &["reference", "template", "note", "recipient"],
        ),
        form(
            Who::Caseworker,
            "/api/staff/case/extend",
            &[("reference", &reference), ("months", "1"), ("reason", "complexity")],
            &["months", "reason"],
        ),
        form(
            Who::Caseworker,
            "/api/staff/case/decide",
            &[("reference", &reference), ("outcome", "refused"), ("reasons[0]", "legal-obligation")],
            &["outcome", "reasons[0]"],
        ),
        form(Who::Caseworker, "/api/staff/case/approve", &[("reference", &reference), ("version", "1")], &["version"]),
        form(Who::Caseworker, "/api/staff/case/reassign", &[("reference", &reference), ("to", "1")], &["to"]),
        form(
            Who::Caseworker,
            "/api/staff/open-category",
            &[("reference", &reference), ("category", "identity"), ("reason", "verify-identity")],
            &["reference", "category", "reason"],
        ),
        form(Who::Caseworker, "/api/staff/take-next", &[("team", "1")], &["team"]),
        form(
            Who::Admin,
            "/api/staff/admin/create-team",
            &[("team_key", "valid-key"), ("team_name", "A team")],
            &["team_key", "team_name"],
        ),
        form(
            Who::Admin,
            "/api/staff/admin/create-staff",
            &[("email", "fresh@amana.example"), ("name", "Fresh"), ("role", "caseworker"), ("office", "Office")],
            &["email", "name", "role", "office", "teams[0]"],
        ),
        form(
            Who::Admin,
            "/api/staff/admin/create-organisation",
            &[("organisation_name", "An organisation"), ("organisation_kind", "ngo"), ("contact", "contact")],
            &["organisation_name", "organisation_kind", "contact"],
        ),
        form(Who::Admin, "/api/staff/admin/set-active", &[("staff", "1"), ("active", "1")], &["staff", "active"]),
        form(Who::Helper, "/api/helper/redeem", &[("code", "AAAAA-BBBBB")], &["code"]),
        form(Who::Helper, "/api/helper/act", &[("mandate", "1")], &["mandate"]),
    ]
    .into_iter()
    .filter(|form| who.contains(&form.who))
    .collect();

    let en = Locale::default();
    let (mut cases, mut accepted, mut refused) = (0, 0, 0);
    for (n, form) in forms.iter().enumerate() {
        for target in &form.attacked {
            for (i, (name, value)) in hostile_values().into_iter().enumerate() {
                let what = format!("{} {target}={name}", form.action);
                let mut fields: Vec<(&str, String)> = form.valid.iter().filter(|(k, _)| k != target).cloned().collect();
                fields.push((target, value.clone()));
                let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
                let anonymous;
                let client = match form.who {
                    Who::Anonymous => {
                        // A visitor of their own each time: a limit on one address proves nothing about the input.
                        anonymous = app.client().from_address(&format!("10.2.{n}.{i}"));
                        &anonymous
                    }
                    Who::Person => &person,
                    Who::Caseworker => &caseworker,
                    Who::Admin => &admin,
                    Who::Helper => &helper,
                };
                let before = snapshot(&app).await;
                let page = post(client, form, &fields).await;
                let after = snapshot(&app).await;
                cases += 1;
                let status = page.status.as_u16();
                assert!(status < 500, "{what}: a server error {status}");
                assert!(page.header("serverfnerror").is_none(), "{what}: the post did not even decode");
                let codes: Vec<String> = page
                    .header(ERROR_CODES_HEADER)
                    .map(|c| c.split(',').map(str::to_owned).collect())
                    .unwrap_or_default();
                for code in &codes {
                    assert!(catalog().has_message(en, code), "{what}: the error {code} has no text");
                }
                if codes.is_empty() {
                    accepted += 1;
                } else {
                    refused += 1;
                    assert_eq!(before, after, "{what}: refused ({codes:?}) but the database changed");
                }
            }
        }
        assert_whole(&app, form.action).await;
    }

    // What was accepted is shown back as text: no page of the person's carries the markup they typed.
    for reference in app.query_strings("SELECT reference FROM requests WHERE person_id IS NOT NULL").await {
        let page = person.get(&format!("/requests/{reference}")).await;
        assert!(
            !page.body.contains("<script>alert('amana')") && !page.body.contains("<img src=x onerror"),
            "{reference} shows typed markup as markup"
        );
    }
    let (events, breaks) =
        amana_server::domain::audit::verify_all(&app.storage, &app.master_key(), app.data_dir.path()).await.unwrap();
    assert!(breaks.is_empty(), "the audit chain holds after the corpus: {breaks:?} in {events} events");
    println!(
        "hostile input from {who:?}: {cases} cases, {refused} refused with a translated error, {accepted} taken whole"
    );
    let attacked: usize = forms.iter().map(|form| form.attacked.len()).sum();
    assert_eq!(cases, attacked * hostile_values().len(), "every value in every field");
    assert!(cases >= 200, "{cases} cases");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn anonymous_forms_turn_hostile_input_into_a_clear_error_or_store_it_whole() {
    attack_the_forms_of(&[Who::Anonymous]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_persons_forms_turn_hostile_input_into_a_clear_error_or_store_it_whole() {
    attack_the_forms_of(&[Who::Person]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn casework_forms_turn_hostile_input_into_a_clear_error_or_store_it_whole() {
    attack_the_forms_of(&[Who::Caseworker]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn administration_and_helper_forms_turn_hostile_input_into_a_clear_error_or_store_it_whole() {
    attack_the_forms_of(&[Who::Admin, Who::Helper]).await;
}

/// A form token read before signing in, replayed after; a session that ended, used again: both refused, and the
/// database unchanged.
#[tokio::test]
async fn replayed_tokens_and_ended_sessions_are_refused_and_change_nothing() {
    let app = spawn_app_with(|_| {}).await;
    let person = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let cookie = person.cookie_header(&app.base);
    let token = person.get("/complaints").await.attr("input[name=csrf]", "value").unwrap();
    let before = snapshot(&app).await;
    person.submit("/my-data", "/api/sign-out", &[]).await;
    // The old session cookie and the old token, sent again by hand, as a thief who copied them would.
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    for (action, fields) in [
        ("/api/consent", vec![("purpose", "service-updates"), ("action", "withdraw")]),
        ("/api/mandates/grant", vec![("scope[0]", "view"), ("days", "7")]),
        ("/api/requests/withdraw", vec![("reference", "R-ZZZZ-ZZZZ")]),
    ] {
        let mut form = fields.clone();
        form.push(("csrf", token.as_str()));
        let response = http
            .post(format!("{}{action}", app.base))
            .header("cookie", &cookie)
            .header("origin", &app.base)
            .form(&form)
            .send()
            .await
            .unwrap();
        let refused = response.status().as_u16() == 403
            || response.headers().get(ERROR_CODES_HEADER).is_some_and(|c| c == "AU-001");
        assert!(refused, "{action}: an ended session with its old token is refused ({})", response.status());
    }
    assert_eq!(snapshot(&app).await, before, "nothing changed");
}
