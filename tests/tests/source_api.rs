//! The source-system API as an integrator (and an attacker with or without a key) meets it: loading people who
//! then sign in, refusals that name the problem and never the value, keys scoped to their own system, rotation
//! and revocation, batches and idempotent replays, streamed imports, the change feed and its acknowledgements,
//! reported accesses, and the OpenAPI document kept in step with the code.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use amana_app::i18n::{Arg, Locale};
use amana_app::when::Day;
use amana_server::infra::clock::Clock as _;
use amana_server::services::source_api::ApiScope;
use amana_server::services::source_systems::Operator;
use amana_tests::api::{ApiClient, ALL_SCOPES};
use amana_tests::{spawn_app, Client, TestApp, DEMO_1};
use serde_json::{json, Value};

const SHELTER: &str = "ShelterSys";
const CLINIC: &str = "ClinicSys";

/// Two systems of the authority's own: a shelter register (identity and contact) and a clinic (health).
async fn two_systems(app: &TestApp) -> (ApiClient, ApiClient) {
    let shelter = app.register_system(SHELTER, &["case-management"], &["identity", "contact"]).await;
    let clinic = app.register_system(CLINIC, &["health-screening"], &["health"]).await;
    (app.api_client(shelter, &ALL_SCOPES).await, app.api_client(clinic, &ALL_SCOPES).await)
}

fn person(date_of_birth: &str, fields: Value) -> Value {
    json!({"date_of_birth": date_of_birth, "locale": "ps", "contact": {"email": "api-0001@example.org", "phone": "+15550100"}, "fields": fields})
}

fn field(category: &str, key: &str, value: &str, purpose: &str) -> Value {
    json!({"category": category, "key": key, "value": value, "purpose": purpose, "collected_at": "2024-05-01"})
}

/// Live fields of a person by system, as stored.
async fn live_fields(app: &TestApp, reference: &str) -> Vec<String> {
    app.query_strings(&format!(
        "SELECT f.source_system || ':' || f.field_key FROM record_fields f JOIN people p ON p.id = f.person_id \
         WHERE p.case_reference = '{reference}' AND f.erased_at IS NULL ORDER BY f.source_system, f.field_key"
    ))
    .await
}

#[tokio::test]
async fn a_person_loaded_by_two_systems_signs_in_and_sees_each_field_with_its_system() {
    let app = spawn_app().await;
    let (shelter, clinic) = two_systems(&app).await;
    let path = "/api/v1/people/API-0001";
    let created = shelter
        .put(
            path,
            &person(
                "1992-03-04",
                json!([
                    field("identity", "given-name", "Zarlasht", "case-management"),
                    field("identity", "family-name", "Example", "case-management")
                ]),
            ),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    assert_eq!(created.body, json!({"created": true, "fields": 2}));
    let again = clinic.put(path, &json!({"date_of_birth": "1992-03-04", "fields": [field("health", "screening-result", "no-follow-up", "health-screening")]})).await;
    assert_eq!(again.status, 200, "{}", again.text);
    assert_eq!(again.body["created"], false);

    // The code goes to the contact the system gave; the person sees each field with the system that sent it.
    let person_client = app.signed_in("API-0001", "1992-03-04").await;
    let page = person_client.get("/my-data").await;
    assert!(page.body.contains("Zarlasht"), "the loaded value is shown");
    assert!(page.body.contains(SHELTER) && page.body.contains(CLINIC), "each field names its source system");

    // A replacement is exactly what was sent: the shelter drops the family name, the clinic's field stays.
    let replaced = shelter
        .put(path, &person("1992-03-04", json!([field("identity", "given-name", "Zarlasht", "case-management")])))
        .await;
    assert_eq!(replaced.status, 200);
    assert_eq!(live_fields(&app, "API-0001").await, ["ClinicSys:screening-result", "ShelterSys:given-name"]);

    // The shelter lets go of the person: its fields go, the clinic still holds them, so they stay.
    assert_eq!(shelter.delete(path).await.status, 204);
    assert_eq!(live_fields(&app, "API-0001").await, ["ClinicSys:screening-result"]);
    assert_eq!(shelter.delete(path).await.status, 404, "the shelter holds nothing of them any more");
    // The last system lets go: the person is forgotten and their key shredded.
    assert_eq!(clinic.delete(path).await.status, 204);
    assert_eq!(app.query_strings("SELECT CAST(COUNT(*) AS TEXT) FROM person_keys k JOIN people p ON p.id = k.person_id WHERE p.case_reference = 'API-0001'").await, ["0"]);
    assert_eq!(
        shelter.put(path, &person("1992-03-04", json!([]))).await.body["type"],
        "urn:amana:problem:person-erased"
    );

    // Every call is audited by system and key, with the reference hashed and no value anywhere.
    let audited = app.query_strings("SELECT action || ' ' || COALESCE(reason, '') || ' ' || field_names FROM audit_events WHERE actor_kind = 'source-system'").await;
    assert!(audited.iter().filter(|a| a.starts_with("api.person.put")).count() >= 3, "{audited:?}");
    assert!(audited.iter().all(|a| !a.contains("API-0001") && !a.contains("Zarlasht")), "{audited:?}");
}

#[tokio::test]
async fn refusals_name_the_problem_and_never_echo_a_value() {
    let app = spawn_app().await;
    let (shelter, clinic) = two_systems(&app).await;
    let path = "/api/v1/people/API-0002";

    for token in ["", "amana_nope", "amana_abc_def", "Basic abc", &format!("{}x", shelter.token)] {
        let answer = shelter.with_token(token).get("/api/v1/system").await;
        assert_eq!(answer.status, 401, "token {token:?}");
        assert_eq!(answer.header("content-type"), Some("application/problem+json"));
        assert!(answer.header("www-authenticate").is_some_and(|v| v.starts_with("Bearer")));
        assert_eq!(answer.body["type"], "urn:amana:problem:unauthenticated");
    }

    // Another system's category, an unknown purpose, a bad date: each named by pointer and code only.
    let secret = "Secret-Diagnosis-Value";
    let refused = shelter
        .put(path, &json!({"date_of_birth": "1992-02-30", "fields": [field("health", "diagnosis", secret, "health-screening"), field("identity", "given-name", "A", "no-such-purpose")]}))
        .await;
    assert_eq!(refused.status, 422);
    assert_eq!(
        refused.problems(),
        [
            ("/date_of_birth".to_owned(), "invalid-date".to_owned()),
            ("/fields/0/category".to_owned(), "category-not-allowed".to_owned()),
            ("/fields/0/purpose".to_owned(), "purpose-not-allowed".to_owned()),
            ("/fields/1/purpose".to_owned(), "unknown-purpose".to_owned()),
        ]
    );
    assert!(!refused.text.contains(secret) && !refused.text.contains("1992-02-30"));
    assert!(live_fields(&app, "API-0002").await.is_empty(), "nothing of a refused person is written");

    let not_json = shelter.send("PUT", path, Some(("application/json", b"{\"date_of_birth\": ".to_vec())), &[]).await;
    assert_eq!((not_json.status.as_u16(), not_json.body["type"].as_str()), (400, Some("urn:amana:problem:malformed")));
    let unknown_member = shelter.put(path, &json!({"date_of_birth": "1990-01-01", "nickname": "x"})).await;
    assert_eq!(unknown_member.status, 400, "an unknown member is refused, not dropped");
    // serde would fill a struct from an array by position: where the contract says an object, an array is refused.
    for shaped_wrong in [
        json!(["1990-01-01", null, null, null, []]),
        json!({"date_of_birth": "1990-01-01", "contact": ["someone@example.org", null]}),
        json!({"date_of_birth": "1990-01-01", "fields": [["identity", "given-name", "A", "case-management", "2024-01-01", null]]}),
    ] {
        let answer = shelter.put(path, &shaped_wrong).await;
        assert_eq!(answer.status, 400, "{shaped_wrong}");
    }
    assert!(live_fields(&app, "API-0002").await.is_empty(), "nothing of a refused person is written");
    let text = shelter.send("PUT", path, Some(("text/plain", b"hello".to_vec())), &[]).await;
    assert_eq!(text.status, 415);

    // A key without the scope, and a system touching what it does not hold.
    let reader = app.api_client(app.system_id(SHELTER).await, &[ApiScope::ChangesRead]).await;
    let forbidden = reader.put(path, &person("1992-03-04", json!([]))).await;
    assert_eq!(
        (forbidden.status.as_u16(), forbidden.body["type"].as_str()),
        (403, Some("urn:amana:problem:missing-scope"))
    );
    let before = live_fields(&app, DEMO_1.0).await;
    assert_eq!(
        clinic.delete(&format!("/api/v1/people/{}", DEMO_1.0)).await.status,
        404,
        "the clinic never sent DEMO-0001"
    );
    assert_eq!(live_fields(&app, DEMO_1.0).await, before, "another system's fields are untouched");

    // A person another system holds cannot be given another birth date.
    assert_eq!(
        shelter
            .put(path, &person("1992-03-04", json!([field("identity", "given-name", "A", "case-management")])))
            .await
            .status,
        201
    );
    let conflict = clinic.put(path, &json!({"date_of_birth": "1980-01-01", "fields": []})).await;
    assert_eq!(
        (conflict.status.as_u16(), conflict.body["type"].as_str()),
        (409, Some("urn:amana:problem:birth-date-differs"))
    );
}

#[tokio::test]
async fn two_keys_overlap_for_rotation_and_revocation_and_expiry_are_immediate() {
    let app = spawn_app().await;
    let system = app.register_system(SHELTER, &["case-management"], &["identity"]).await;
    let old = app.api_client(system, &ALL_SCOPES).await;
    let new = app.api_client(system, &[ApiScope::PeopleWrite]).await;
    assert!(
        app.source_systems.create_key(Operator::Command, system, &ALL_SCOPES, 30).await.is_err(),
        "a third live key is refused"
    );
    let about = new.get("/api/v1/system").await;
    assert_eq!(about.status, 200);
    assert_eq!(about.body["system"], SHELTER);
    assert_eq!(about.body["scopes"], json!(["people:write"]));
    assert_eq!(old.get("/api/v1/system").await.status, 200);

    let old_id = app.query_strings("SELECT CAST(MIN(id) AS TEXT) FROM api_keys").await[0].parse::<i64>().unwrap();
    app.source_systems.revoke_key(Operator::Command, system, old_id).await.unwrap();
    assert_eq!(old.get("/api/v1/system").await.status, 401, "revoked at once");
    assert_eq!(new.get("/api/v1/system").await.status, 200, "the other key goes on");
    let third = app.api_client(system, &ALL_SCOPES).await;
    assert_eq!(third.get("/api/v1/purposes").await.body["purposes"][0]["key"], "case-management");

    app.clock.advance(31 * 86_400);
    assert_eq!(new.get("/api/v1/system").await.status, 401, "expired");
    let last_used =
        app.query_strings("SELECT CAST(COUNT(*) AS TEXT) FROM api_keys WHERE last_used_at IS NOT NULL").await;
    assert_eq!(last_used, ["3"], "each key's last use is kept");
}

#[tokio::test]
async fn a_batch_answers_per_person_and_a_replay_returns_the_first_answer_without_writing() {
    let app = spawn_app().await;
    let (shelter, _) = two_systems(&app).await;
    let item = |reference: &str, date_of_birth: &str| {
        let mut p = person(date_of_birth, json!([field("identity", "given-name", "B", "case-management")]));
        p["case_reference"] = json!(reference);
        p
    };
    let batch = json!({"people": [item("B-1", "1990-01-01"), item("B-2", "not-a-date"), item("B-3", "1991-01-01")]});
    let first = shelter.post("/api/v1/people:batch", &batch, Some("batch-1")).await;
    assert_eq!(first.status, 200, "{}", first.text);
    let statuses: Vec<u64> =
        first.body["results"].as_array().unwrap().iter().map(|r| r["status"].as_u64().unwrap()).collect();
    assert_eq!(statuses, [201, 422, 201]);
    assert_eq!(first.body["results"][1]["errors"][0]["pointer"], "/date_of_birth");

    let events =
        || app.query_strings("SELECT CAST(COUNT(*) AS TEXT) FROM audit_events WHERE action = 'api.people.batch'");
    let before = events().await;
    let replay = shelter.post("/api/v1/people:batch", &batch, Some("batch-1")).await;
    assert_eq!((replay.status, &replay.body), (first.status, &first.body), "the first answer again");
    assert_eq!(replay.header("idempotent-replayed"), Some("true"));
    assert_eq!(events().await, before, "a replay writes nothing");

    let other = json!({"people": [item("B-4", "1990-01-01")]});
    let reused = shelter.post("/api/v1/people:batch", &other, Some("batch-1")).await;
    assert_eq!(
        (reused.status.as_u16(), reused.body["type"].as_str()),
        (422, Some("urn:amana:problem:idempotency-key-reused"))
    );
    assert!(live_fields(&app, "B-4").await.is_empty());

    let too_many: Vec<Value> = (0..501).map(|i| item(&format!("M-{i}"), "1990-01-01")).collect();
    assert_eq!(shelter.post("/api/v1/people:batch", &json!({"people": too_many}), None).await.status, 422);
}

#[tokio::test]
async fn an_import_streams_good_and_bad_lines_and_reports_each_problem_by_line() {
    let app = spawn_app().await;
    let (shelter, _) = two_systems(&app).await;
    let named = |reference: &str, date_of_birth: &str, key: &str| {
        let mut p = person(date_of_birth, json!([field("identity", key, "Imported", "case-management")]));
        p["case_reference"] = json!(reference);
        p.to_string()
    };
    let line = |reference: &str, date_of_birth: &str| named(reference, date_of_birth, "given-name");
    let mut reachable: Value = serde_json::from_str(&line("I-6", "1990-01-06")).unwrap();
    reachable["contact"] = json!({"email": "i-6@example.org"});
    let body = [
        line("I-1", "1990-01-01"),
        "{not json".to_owned(),
        line("I-3", "1990-13-01"),
        line("I-4", "1990-01-04"),
        String::new(),
        reachable.to_string(),
        // A person Amana holds already (another system sent them), and a second line about I-4, which replaces
        // the first: both go in after the new people, in the order sent.
        line(DEMO_1.0, DEMO_1.1),
        named("I-4", "1990-01-04", "family-name"),
    ]
    .join("\n");
    let answer = shelter.send("POST", "/api/v1/imports", Some(("application/x-ndjson", body.into_bytes())), &[]).await;
    assert_eq!(answer.status, 202, "{}", answer.text);
    let location = answer.header("location").unwrap().to_owned();
    assert_eq!(
        (answer.body["state"].as_str(), answer.body["people"].as_i64(), answer.body["failed"].as_i64()),
        (Some("done"), Some(5), Some(2))
    );
    assert_eq!(shelter.get(&location).await.body["fields"], 5);
    assert_eq!(live_fields(&app, "I-3").await, Vec::<String>::new(), "a bad line writes nothing");
    assert_eq!(live_fields(&app, "I-6").await, ["ShelterSys:given-name"]);
    assert_eq!(live_fields(&app, "I-4").await, ["ShelterSys:family-name"], "the later line about I-4 won");
    assert!(live_fields(&app, DEMO_1.0).await.contains(&"ShelterSys:given-name".to_owned()));
    // Everyone imported signs in and reads what was sent, whichever way they went in.
    let imported = app.signed_in("I-6", "1990-01-06").await;
    assert!(imported.get("/my-data").await.body.contains("Imported"));

    let first = shelter.get(&format!("{location}/errors?limit=1")).await;
    assert_eq!(first.body["errors"][0]["line"], 2);
    assert_eq!(first.body["errors"][0]["code"], "invalid-json");
    let next = first.header("link").unwrap().split(['<', '>']).nth(1).unwrap().to_owned();
    let second = shelter.get(&next).await;
    assert_eq!(
        (second.body["errors"][0]["line"].as_i64(), second.body["errors"][0]["pointer"].as_str()),
        (Some(3), Some("/date_of_birth"))
    );
    assert!(second.header("link").is_none(), "no page after the last");

    let wrong_type = shelter.send("POST", "/api/v1/imports", Some(("application/json", b"{}".to_vec())), &[]).await;
    assert_eq!(wrong_type.status, 415);
    let clinic_key = app.api_client(app.system_id(CLINIC).await, &ALL_SCOPES).await;
    assert_eq!(clinic_key.get(&location).await.status, 404, "another system cannot read this import");
}

#[tokio::test]
async fn revoking_a_key_stops_its_import_between_batches() {
    let app = spawn_app().await;
    let (shelter, _) = two_systems(&app).await;
    let (sender, receiver) = tokio::sync::mpsc::channel::<Result<Vec<u8>, std::io::Error>>(4);
    let stream = tokio_stream_from(receiver);
    let request = shelter
        .http
        .post(format!("{}/api/v1/imports", shelter.base))
        .bearer_auth(&shelter.token)
        .header("content-type", "application/x-ndjson")
        .body(reqwest::Body::wrap_stream(stream))
        .send();
    let call = tokio::spawn(request);
    let line = |i: usize| {
        let mut p = person("1990-01-01", json!([field("identity", "given-name", "R", "case-management")]));
        p["case_reference"] = json!(format!("R-{i}"));
        format!("{p}\n").into_bytes()
    };
    let first_batch: Vec<u8> = (0..500).flat_map(line).collect();
    sender.send(Ok(first_batch)).await.unwrap();
    // The first batch is written while the body is still open.
    for _ in 0..100 {
        if app.query_strings("SELECT CAST(people AS TEXT) FROM imports").await == ["500"] {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(app.query_strings("SELECT CAST(people AS TEXT) FROM imports").await, ["500"]);
    let key = app.query_strings("SELECT CAST(key_id AS TEXT) FROM imports").await[0].parse::<i64>().unwrap();
    app.source_systems.revoke_key(Operator::Command, app.system_id(SHELTER).await, key).await.unwrap();
    sender.send(Ok((500..520).flat_map(line).collect())).await.unwrap();
    drop(sender);
    let response = call.await.unwrap().unwrap();
    assert_eq!(response.status(), 401, "the import ends with the key");
    assert_eq!(app.query_strings("SELECT state || ' ' || CAST(people AS TEXT) FROM imports").await, ["stopped 500"]);
    assert!(live_fields(&app, "R-510").await.is_empty(), "nothing after the revocation is written");
}

/// A byte stream from a channel, for a request body sent piece by piece.
fn tokio_stream_from(
    mut receiver: tokio::sync::mpsc::Receiver<Result<Vec<u8>, std::io::Error>>,
) -> impl futures_util::Stream<Item = Result<Vec<u8>, std::io::Error>> {
    futures_util::stream::poll_fn(move |cx| receiver.poll_recv(cx))
}

#[tokio::test]
async fn the_change_feed_carries_an_approved_correction_until_its_system_acknowledges_it() {
    let app = spawn_app().await;
    let case_track = app.api_client(app.system_id("CaseTrack").await, &ALL_SCOPES).await;
    let (shelter, _) = two_systems(&app).await;
    let (person, reference, staff) = approved_correction(&app).await;
    let (case_page, request_page) = (format!("/staff/requests/{reference}"), format!("/requests/{reference}"));
    let en = Locale::default();
    let system = || ("system", Arg::Text("CaseTrack"));
    assert_eq!(
        staff.get(&case_page).await.texts(".upstream li"),
        [en.text_with("case-upstream-waiting", &[system()])],
        "staff see that the system has not answered"
    );
    assert_eq!(
        person.get(&request_page).await.texts(".upstream li"),
        [en.text_with("request-upstream-waiting", &[system()])]
    );

    let feed = case_track.get("/api/v1/changes").await;
    assert_eq!(feed.status, 200, "{}", feed.text);
    let change = &feed.body["changes"][0];
    assert_eq!(change["event"], "field.corrected");
    assert_eq!(change["request"], reference.as_str());
    assert_eq!(change["case_reference"], DEMO_1.0);
    assert_eq!(change["fields"][0]["value"], "Fed-Name");
    let id = change["id"].as_str().unwrap().to_owned();
    let next = feed.body["next"].as_str().unwrap();
    assert_eq!(case_track.get(&format!("/api/v1/changes?after={next}")).await.body["changes"], json!([]));
    assert_eq!(shelter.get("/api/v1/changes").await.body["changes"], json!([]), "another system sees none of it");
    assert_eq!(case_track.get("/api/v1/changes?after=garbage!").await.status, 400);

    let ack = format!("/api/v1/changes/{id}/ack");
    assert_eq!(shelter.post(&ack, &json!({"outcome": "applied"}), None).await.status, 404);
    assert_eq!(
        case_track.post(&ack, &json!({"outcome": "rejected"}), None).await.status,
        422,
        "a rejection needs a reason"
    );
    let applied = case_track.post(&ack, &json!({"outcome": "applied"}), None).await;
    assert_eq!(applied.status, 200, "{}", applied.text);
    assert_eq!(applied.body["acknowledgement"]["outcome"], "applied");
    assert_eq!(case_track.post(&ack, &json!({"outcome": "applied"}), None).await.status, 200, "the same answer again");
    let changed = case_track.post(&ack, &json!({"outcome": "rejected", "reason": "no"}), None).await;
    assert_eq!(
        (changed.status.as_u16(), changed.body["type"].as_str()),
        (409, Some("urn:amana:problem:already-acknowledged"))
    );
    assert_eq!(case_track.get("/api/v1/changes").await.body["changes"][0]["acknowledgement"]["outcome"], "applied");

    // The acknowledgement is the proof, shown to staff on the case and to the person as "done in <system>".
    let today = Locale::default().day(Day::from_unix(app.clock.now()));
    let date = || ("date", Arg::Text(&today));
    assert_eq!(
        staff.get(&case_page).await.texts(".upstream li"),
        [en.text_with("case-upstream-applied", &[system(), date()])]
    );
    assert_eq!(
        person.get(&request_page).await.texts(".upstream li"),
        [en.text_with("request-upstream-done", &[system(), date()])]
    );
}

/// DEMO_1 asks to correct their family name (a CaseTrack field) and a caseworker approves it: the person's
/// client, the request's reference and the caseworker's client.
async fn approved_correction(app: &TestApp) -> (Client, String, Client) {
    let (person, reference) = app.person_files(DEMO_1, "correct", "family-name", Some("Fed-Name")).await;
    let (staff, _) = app.staff("caseworker@amana.example").await;
    staff.submit("/staff", "/api/staff/take-next", &[]).await;
    let decision = [
        ("reference", reference.as_str()),
        ("action", "decide"),
        ("outcome", "approved"),
        ("reasons[0]", "request-granted"),
    ];
    staff.act_on_case(&format!("/staff/requests/{reference}"), &decision).await;
    (person, reference, staff)
}

#[tokio::test]
async fn a_system_that_rejects_a_change_gives_staff_its_reason_and_the_person_reads_it_is_not_done() {
    let app = spawn_app().await;
    let case_track = app.api_client(app.system_id("CaseTrack").await, &ALL_SCOPES).await;
    let (person, reference, staff) = approved_correction(&app).await;
    let id = case_track.get("/api/v1/changes").await.body["changes"][0]["id"].as_str().unwrap().to_owned();
    let reason = "Record frozen by an open appeal";
    let (ack, body) = (format!("/api/v1/changes/{id}/ack"), json!({"outcome": "rejected", "reason": reason}));
    assert_eq!(case_track.post(&ack, &body, None).await.status, 200);

    let en = Locale::default();
    let today = Locale::default().day(Day::from_unix(app.clock.now()));
    let args = [("system", Arg::Text("CaseTrack")), ("date", Arg::Text(&today)), ("reason", Arg::Text(reason))];
    let case = staff.get(&format!("/staff/requests/{reference}")).await;
    assert_eq!(case.texts(".upstream li.rejected"), [en.text_with("case-upstream-rejected", &args)]);
    let seen = person.get(&format!("/requests/{reference}")).await;
    assert_eq!(seen.texts(".upstream li"), [en.text_with("request-upstream-waiting", &args[..1])]);
    assert!(!seen.body.contains(reason), "the system's own words are for staff");
}

#[tokio::test]
async fn reported_accesses_reach_the_person_once_and_only_after_their_hidden_date() {
    let app = spawn_app().await;
    let (shelter, _) = two_systems(&app).await;
    let now = time::OffsetDateTime::from_unix_timestamp(app.clock.now()).unwrap();
    let rfc = |t: time::OffsetDateTime| t.format(&time::format_description::well_known::Rfc3339).unwrap();
    let event = |query: &str, office: &str| {
        json!({"query_id": query, "case_reference": DEMO_1.0, "at": rfc(now - time::Duration::hours(1)), "office": office,
               "role": "registry clerk", "purpose": "case-management", "legal_basis": "public-task", "fields": ["given-name"]})
    };
    let mut hidden = event("q-2", "Covert Unit Office");
    hidden["hidden_until"] = json!(rfc(now + time::Duration::days(10)));
    hidden["hidden_reason"] = json!("ongoing investigation under a court order");
    let mut unknown = event("q-3", "Elsewhere");
    unknown["case_reference"] = json!("NO-SUCH-PERSON");
    let mut no_reason = event("q-4", "Elsewhere");
    no_reason["hidden_until"] = json!(rfc(now + time::Duration::days(1)));
    // An entry that breaks a rule refuses the whole call: nothing of it is stored.
    let events = json!({"events": [event("q-1", "Harbour Registry Desk"), hidden.clone(), unknown.clone(), no_reason]});
    let refused = shelter.post("/api/v1/access-events", &events, None).await;
    assert_eq!(refused.status, 422, "{}", refused.text);
    assert_eq!(refused.problems(), [("/events/3/hidden_reason".to_owned(), "required".to_owned())]);
    assert_eq!(app.query_one("SELECT CAST(COUNT(*) AS TEXT) FROM access_events").await, "0", "nothing half-reported");
    // An entry about nobody Amana holds is skipped and named; the others are kept.
    let events = json!({"events": [event("q-1", "Harbour Registry Desk"), hidden, unknown]});
    let answer = shelter.post("/api/v1/access-events", &events, None).await;
    assert_eq!(answer.status, 200, "{}", answer.text);
    assert_eq!((answer.body["accepted"].as_u64(), answer.body["duplicates"].as_u64()), (Some(2), Some(0)));
    let codes: Vec<&str> =
        answer.body["errors"].as_array().unwrap().iter().map(|e| e["code"].as_str().unwrap()).collect();
    assert_eq!(codes, ["unknown-person"]);
    let repeat =
        shelter.post("/api/v1/access-events", &json!({"events": [event("q-1", "Harbour Registry Desk")]}), None).await;
    assert_eq!((repeat.body["accepted"].as_u64(), repeat.body["duplicates"].as_u64()), (Some(0), Some(1)));

    let person = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let log = person.get("/my-data/access").await;
    assert_eq!(log.body.matches("Harbour Registry Desk").count(), 1, "shown once");
    assert!(log.body.contains(SHELTER) && log.body.contains("registry clerk"));
    assert!(!log.body.contains("Covert Unit Office"), "hidden until its date");

    app.clock.advance(11 * 86_400);
    let person = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    assert!(person.get("/my-data/access").await.body.contains("Covert Unit Office"), "shown once the date has passed");
}

#[tokio::test]
async fn the_api_makes_no_sessions_and_its_document_matches_the_checked_in_copy() {
    let app = spawn_app().await;
    let (shelter, _) = two_systems(&app).await;
    let sessions = || app.query_strings("SELECT CAST(COUNT(*) AS TEXT) FROM sessions");
    let before = sessions().await;
    for _ in 0..40 {
        let answer = shelter.get("/api/v1/system").await;
        assert_eq!(answer.status, 200, "the new-session limit does not apply to a key");
        assert!(answer.header("set-cookie").is_none());
    }
    assert_eq!(sessions().await, before);

    let served = shelter.with_token("").get("/api/v1/openapi.json").await;
    assert_eq!(served.status, 200, "the document is public");
    assert_eq!(served.body["openapi"], "3.1.0");
    let path = amana_tests::workspace_root().join("docs/api/openapi.json");
    if std::env::var_os("AMANA_WRITE_OPENAPI").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, format!("{}\n", served.text.trim_end())).unwrap();
    }
    let kept = std::fs::read_to_string(&path).unwrap_or_default();
    if kept.trim_end() != served.text.trim_end() {
        let first = kept.lines().zip(served.text.lines()).position(|(a, b)| a != b).unwrap_or(0);
        let show = |text: &str| text.lines().skip(first.saturating_sub(2)).take(5).collect::<Vec<_>>().join("\n");
        panic!(
            "docs/api/openapi.json is stale (run `AMANA_WRITE_OPENAPI=1 cargo test -p amana-tests --test e2e -- \
             source_api::the_api_makes_no_sessions`); first difference at line {}:\n--- kept\n{}\n--- served\n{}",
            first + 1,
            show(&kept),
            show(&served.text)
        );
    }
    for (route, item) in served.body["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let secured = operation.get("security").is_some();
            assert_eq!(
                secured,
                route != "/api/v1/openapi.json",
                "{method} {route}: only the document itself is public"
            );
        }
    }
}
