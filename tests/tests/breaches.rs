//! The breach register: the DPO records a breach and watches the 72-hour clock (on a moved clock), tells the
//! authority (a late notification needs its reason), names the people concerned (an unknown reference adds
//! nobody and stays in the box), and sends the notices: each person is told through the outbox in their own
//! language and by their own channel, reads the notice on My data, and so does their helper.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use amana_app::actions::ERROR_CODES_HEADER;
use amana_app::i18n::{Arg, Locale};
use amana_app::when::Moment;
use amana_server::infra::clock::Clock;
use amana_tests::{spawn_app, Client, TestApp, DEMO_1, DEMO_2};

const HOUR: i64 = 3_600;
const DPO: &str = "dpo@amana.example";

/// A moment as a `datetime-local` field sends it.
fn field(at: i64) -> String {
    Moment::from_unix(at).iso().replacen(' ', "T", 1)
}

async fn record(app: &TestApp, dpo: &Client, aware_at: i64) -> String {
    let (discovered, aware) = (field(aware_at - HOUR), field(aware_at));
    let posted = dpo
        .submit(
            "/staff/breaches",
            "/api/staff/breaches/record",
            &[
                ("discovered_at", &discovered),
                ("aware_at", &aware),
                ("nature", "confidentiality"),
                ("description", "A fictional list of addresses was e-mailed to the wrong office."),
                ("categories[0]", "contact"),
                ("categories[1]", "family"),
                ("approx_people", "2"),
                ("approx_records", "2"),
                ("consequences[0]", "contact-by-strangers"),
                ("measures[0]", "recipient-asked-to-delete"),
                ("advice[0]", "do-not-answer-strangers"),
                ("risk", "high"),
                ("risk_reasoning", "Home addresses of people who fled persecution."),
            ],
        )
        .await;
    let location = posted.location().unwrap_or_else(|| panic!("recorded: {:?}", posted.header(ERROR_CODES_HEADER)));
    let reference = location.strip_prefix("/staff/breaches/").expect("the breach's page").to_owned();

    assert!(app.query_one("SELECT COUNT(*) || '' FROM breaches").await == "1");
    reference
}

/// Owned form fields as the client takes them.
fn as_refs(fields: &[(String, String)]) -> Vec<(&str, &str)> {
    fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
}

/// The clock's words on the DPO's list, read by the DPO signing in again (a staff session ends within a day, and
/// these tests move the clock by days).
/// The clock moves on half a minute first, so that the sign-in code is a new one.
async fn clock_on_list(app: &TestApp) -> String {
    app.clock.advance(31);
    let dpo = app.signed_in_again("staff", DPO, amana_server::demo::DEMO_PASSWORD).await;
    let page = dpo.get("/staff/breaches").await;
    page.texts(".breaches .badge")
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no clock: {} {:?}", page.status, page.location()))
}

#[tokio::test]
async fn the_72_hour_clock_runs_from_awareness_and_a_late_notification_needs_its_reason() {
    let app = spawn_app().await;
    let en = Locale::default();
    let (dpo, _) = app.staff(DPO).await;
    // A form with nothing right keeps what was typed and says what is wrong, field by field.
    let refused = dpo
        .submit("/staff/breaches", "/api/staff/breaches/record", &[("aware_at", "yesterday"), ("description", "Kept")])
        .await;
    let codes = refused.header(ERROR_CODES_HEADER).unwrap();
    assert!(codes.contains("BR-006") && codes.contains("BR-001") && codes.contains("AD-015"), "{codes}");
    let form = dpo.get("/staff/breaches").await;
    assert_eq!(form.texts("textarea#description"), ["Kept"]);
    assert_eq!(app.query_one("SELECT COUNT(*) || '' FROM breaches").await, "0", "nothing half-written");

    let now = app.clock.now();
    let aware = now - now.rem_euclid(60) - HOUR;
    let reference = record(&app, &dpo, aware).await;
    let due = Moment::from_unix(aware + 72 * HOUR);
    // The clock stands on top of the DPO's queue too, and nobody else's.
    assert_eq!(dpo.get("/staff").await.texts(".breach-clocks li").len(), 1);
    let (caseworker, _) = app.staff("caseworker@amana.example").await;
    assert!(caseworker.get("/staff").await.texts(".breach-clocks").is_empty());
    let left = |hours: i64| {
        en.text_with("breach-clock-left", &[("hours", Arg::Number(hours)), ("due", Arg::Text(&en.moment(due)))])
    };
    let late = |hours: i64| {
        en.text_with("breach-clock-late", &[("hours", Arg::Number(hours)), ("due", Arg::Text(&en.moment(due)))])
    };
    assert_eq!(clock_on_list(&app).await, left((aware + 72 * HOUR - app.clock.now()).div_euclid(HOUR)));
    app.clock.advance(70 * HOUR);
    assert_eq!(clock_on_list(&app).await, left((aware + 72 * HOUR - app.clock.now()).div_euclid(HOUR)));
    app.clock.advance(5 * HOUR);
    let shown = clock_on_list(&app).await;
    let hours_late = -(aware + 72 * HOUR - app.clock.now()).div_euclid(HOUR);
    assert!(hours_late >= 3);
    assert_eq!(shown, late(hours_late));

    app.clock.advance(31);
    let dpo = app.signed_in_again("staff", DPO, amana_server::demo::DEMO_PASSWORD).await;
    // Told now, more than 72 hours on: refused without the reason for the delay, and what was typed is kept.
    let page = format!("/staff/breaches/{reference}");
    let told_at = field(app.clock.now());
    let tell = |reason: &'static str| {
        let told_at = told_at.clone();
        let fields = vec![
            ("breach".to_owned(), reference.clone()),
            ("told_at".to_owned(), told_at),
            ("authority_reference".to_owned(), "SA-2026-0042".to_owned()),
            ("delay_reason".to_owned(), reason.to_owned()),
        ];
        fields
    };
    let without = tell("");
    let refused = dpo.submit(&page, "/api/staff/breaches/tell-authority", &as_refs(&without)).await;
    assert_eq!(refused.header(ERROR_CODES_HEADER), Some("BR-004"));
    assert_eq!(dpo.get(&page).await.attr("input#authority_reference", "value").as_deref(), Some("SA-2026-0042"));
    let with = tell("The processor reported it to us only on the third day.");
    let told = dpo.submit(&page, "/api/staff/breaches/tell-authority", &as_refs(&with)).await;
    assert_eq!(told.location(), Some(page.as_str()), "{:?}", told.header(ERROR_CODES_HEADER));
    let hours_after = (Moment::parse_iso(&told_at.replacen('T', " ", 1)).unwrap().unix() - aware) / HOUR;
    let expected = en.text_with(
        "breach-clock-told",
        &[
            ("hours", Arg::Number(hours_after)),
            ("when", Arg::Text(&en.moment(Moment::parse_iso(&told_at.replacen('T', " ", 1)).unwrap()))),
        ],
    );
    assert_eq!(clock_on_list(&app).await, expected);
    // The first notification is never overwritten; later information is added beside it.
    let again = dpo.submit(&page, "/api/staff/breaches/tell-authority", &as_refs(&with)).await;
    assert_eq!(again.header(ERROR_CODES_HEADER), Some("BR-007"));
    let update = [("breach", reference.as_str()), ("update", "The wrong office confirmed it deleted the list.")];
    dpo.submit(&page, "/api/staff/breaches/add-update", &update).await;
    assert!(dpo.get(&page).await.body.contains("confirmed it deleted the list"));
    let actions = app.query_strings("SELECT action FROM audit_events WHERE object_type = 'breach' ORDER BY seq").await;
    assert_eq!(actions, ["breach.recorded", "breach.authority-told", "breach.updated"]);
}

#[tokio::test]
async fn each_person_concerned_is_told_in_their_language_by_their_channel_and_their_helper_sees_it_too() {
    let app = spawn_app().await;
    let (dpo, _) = app.staff(DPO).await;
    let now = app.clock.now();
    let reference = record(&app, &dpo, now - now.rem_euclid(60) - HOUR).await;
    let page = format!("/staff/breaches/{reference}");
    let people = |lines: &str| [("breach".to_owned(), reference.clone()), ("people".to_owned(), lines.to_owned())];

    // One unknown line adds nobody; it alone stays in the box.
    let unknown = dpo.submit(&page, "/api/staff/breaches/add-people", &as_refs(&people("DEMO-0002\nDEMO-9999"))).await;
    assert_eq!(unknown.header(ERROR_CODES_HEADER), Some("BR-005"));
    assert_eq!(dpo.get(&page).await.texts("textarea#people"), ["DEMO-9999"]);
    assert_eq!(app.query_one("SELECT COUNT(*) || '' FROM breach_people").await, "0");

    // DEMO-0002 reads Arabic and has e-mail; DEMO-0003 reads Persian and has only a phone.
    let added = dpo.submit(&page, "/api/staff/breaches/add-people", &as_refs(&people("DEMO-0002\ndemo-0003\n"))).await;
    assert_eq!(added.location(), Some(page.as_str()), "{:?}", added.header(ERROR_CODES_HEADER));
    let not_yet = Locale::default().text("breach-person-not-notified");
    assert_eq!(dpo.get(&page).await.texts("table.breach-people tbody td"), [not_yet.clone(), not_yet]);
    let before = (app.mails().len(), app.texts().len());
    let sent = dpo.submit(&page, "/api/staff/breaches/notify-people", &[("breach", &reference)]).await;
    assert_eq!(sent.location(), Some(page.as_str()));
    let (ar, fa) = (Locale::from_code("ar").unwrap(), Locale::from_code("fa").unwrap());
    let mail = app.wait_for_mail(before.0 + 1).await;
    assert_eq!(
        (mail.to.as_str(), mail.subject.clone()),
        ("demo-0002@example.org", ar.text("mail-data-incident-subject"))
    );
    assert!(
        !mail.body.contains("addresses") && !mail.body.contains("DEMO"),
        "the message says only that there is news"
    );
    let phone = amana_server::demo::demo_phone(2);
    let mut text = None;
    for _ in 0..200 {
        text = app.texts().into_iter().skip(before.1).find(|t| t.to == phone);
        if text.is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let url = format!("{}/sign-in?lang=fa", app.config.public_url);
    assert_eq!(text.expect("an SMS to DEMO-0003").body, fa.text_with("sms-data-incident", &[("url", Arg::Text(&url))]));
    assert_eq!(app.query_one("SELECT COUNT(*) || '' FROM breach_people WHERE notified_at IS NOT NULL").await, "2");
    // The register shows who was told and when.
    let register = dpo.get(&page).await;
    assert_eq!(register.texts("table.breach-people tbody th"), ["DEMO-0002", "DEMO-0003"]);
    let sent_at = Locale::default().moment(Moment::from_unix(app.clock.now()));
    assert_eq!(register.texts("table.breach-people tbody td"), [sent_at.clone(), sent_at]);
    // Pressing again sends nothing twice.
    dpo.submit(&page, "/api/staff/breaches/notify-people", &[("breach", &reference)]).await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(app.mails().len(), before.0 + 1);

    // The person reads the notice first thing on My data, in Arabic.
    let person = app.signed_in(DEMO_2.0, DEMO_2.1).await;
    let my_data = person.get("/my-data?lang=ar").await;
    assert_eq!(my_data.texts("section.breach-notice h2"), [ar.text("breach-notice-heading")]);
    let items = my_data.texts("section.breach-notice li");
    assert!(items.contains(&ar.text("breach-consequence-contact-by-strangers")));
    assert!(items.contains(&ar.text("breach-advice-do-not-answer-strangers")));
    assert!(!my_data.body.contains("fled persecution"), "the register's reasoning stays in the register");
    // Someone the breach does not concern sees no notice.
    let other = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    assert!(other.get("/my-data").await.texts("section.breach-notice").is_empty());

    // A helper acting for DEMO-0002 under an active mandate reads it too.
    let (helper, _) = app.helper("helper@legal-aid.example").await;
    let mandate = app.give_mandate(&person, &helper, &["view"], "30").await;
    let acting = helper.submit("/helper", "/api/helper/act", &[("mandate", &mandate)]).await;
    assert!(acting.location().is_some());
    let seen = helper.get("/my-data").await;
    assert_eq!(seen.texts("section.breach-notice h2").len(), 1, "the helper sees the notice");
}
