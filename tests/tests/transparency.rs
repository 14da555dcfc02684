//! The public transparency page: figures computed by the job into a snapshot, every cell suppressed by the one
//! rule (no 1–7 ever shown, no count recoverable by subtracting one published figure from another), charts and
//! tables without JavaScript in every language, a CSV of exactly what is shown, and the routing rules in words.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use amana_app::i18n::{Arg, Locale};
use amana_app::transparency::Month;
use amana_server::infra::clock::Clock;
use amana_tests::{spawn_app, TestApp};

const DAY: i64 = 86_400;

/// Noon on `day` of `month` (UTC).
fn at(month: Month, day: u8) -> i64 {
    month.start_unix() + i64::from(day - 1) * DAY + DAY / 2
}

fn month_now(app: &TestApp) -> Month {
    Month::of_unix(app.clock.now())
}

/// Stores `n` fictional requests of `kind` received on `received`, each answered `days` later (if at all) with
/// `outcome` and `reasons`. No person: the published figures never look at one.
#[allow(clippy::too_many_arguments)]
async fn requests(
    app: &TestApp,
    label: &str,
    n: usize,
    kind: &str,
    received: i64,
    answered_after_days: Option<i64>,
    outcome: &str,
    reasons: &str,
) {
    for i in 0..n {
        let reference = format!("T-{label}-{i}");
        let due = received + 30 * DAY;
        let (status, decided) = match answered_after_days {
            Some(_) => ("'decided'", format!("'{outcome}'")),
            None => ("'submitted'", "NULL".to_owned()),
        };
        let reasons = if answered_after_days.is_some() { format!("'{reasons}'") } else { "NULL".to_owned() };
        app.execute(&format!(
            "INSERT INTO requests (reference, kind, status, locale, received_at, due_at, submitted_by_kind, \
             decision_outcome, decision_reasons, created_at, updated_at) \
             VALUES ('{reference}', '{kind}', {status}, 'en', {received}, {due}, 'anonymous', {decided}, {reasons}, \
             {received}, {received})"
        ))
        .await;
        if let Some(days) = answered_after_days {
            app.execute(&format!(
                "INSERT INTO request_events (request_id, at, event, actor_kind) \
                 SELECT id, {}, 'decided', 'staff' FROM requests WHERE reference = '{reference}'",
                received + days * DAY
            ))
            .await;
        }
    }
}

/// The CSV rows of the table with `caption`, header first, without the caption column.
fn table(csv: &str, caption: &str) -> Vec<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(csv.as_bytes());
    reader
        .records()
        .map(|r| r.unwrap())
        .filter(|r| r.get(0) == Some(caption))
        .map(|r| r.iter().skip(1).map(str::to_owned).collect())
        .collect()
}

fn cell(rows: &[Vec<String>], row_label: &str, column: &str) -> String {
    let header = &rows[0];
    let column = header.iter().position(|h| h == column).unwrap_or_else(|| panic!("no column {column}: {header:?}"));
    let row = rows.iter().find(|r| r[0] == row_label).unwrap_or_else(|| panic!("no row {row_label}: {rows:?}"));
    row[column].clone()
}

#[tokio::test]
async fn published_figures_never_show_a_small_count_and_subtracting_periods_recovers_none() {
    let app = spawn_app().await;
    let en = Locale::default();
    // A quarter that is over: two of its months, 12 requests in the first, 3 (hidden) in the second.
    let quarter = month_now(&app).plus(-3).quarter_start();
    let (first, second) = (quarter, quarter.plus(1));
    requests(&app, "a", 12, "correction", at(first, 3), Some(10), "approved", r#"["request-granted"]"#).await;
    requests(&app, "b", 3, "correction", at(second, 3), Some(40), "refused", r#"["legal-obligation"]"#).await;
    // Last month: 30 copies of data answered, 24 within the month and 6 late but within their extended time, so
    // times and shares are shown (figures of answers count in the month of the answer).
    let last = month_now(&app).plus(-1);
    requests(&app, "c", 24, "access", at(last, 1), Some(9), "approved", r#"["request-granted"]"#).await;
    requests(&app, "d", 6, "access", at(last.plus(-1), 20), Some(35), "approved", r#"["request-granted"]"#).await;
    app.execute(&format!("UPDATE requests SET extended_due_at = due_at + {} WHERE reference LIKE 'T-d-%'", 30 * DAY))
        .await;
    app.execute(&format!(
        "INSERT INTO request_events (request_id, at, event, actor_kind) \
         SELECT id, received_at + {}, 'extended', 'staff' FROM requests WHERE reference LIKE 'T-d-%'",
        20 * DAY
    ))
    .await;

    // Two breaches the supervisory authority was told of last month: published as "fewer than 8".
    for (i, reference) in ["BR-TEST-0001", "BR-TEST-0002"].into_iter().enumerate() {
        app.execute(&format!(
            "INSERT INTO breaches (reference, discovered_at, aware_at, nature, description, categories, approx_people, \
             approx_records, consequences, measures, advice, risk, risk_reasoning, authority_notified_at, \
             authority_reference, recorded_by, recorded_at) SELECT '{reference}', {at}, {at}, 'availability', 'x', '[]', \
             1, 1, '[]', '[]', '[]', 'risk', 'x', {told}, 'SA-{i}', MIN(id), {at} FROM staff",
            at = at(last, 2),
            told = at(last, 3),
        ))
        .await;
    }
    app.transparency().compute_once().await.unwrap();
    let visitor = app.client();
    let csv = visitor.get("/transparency.csv").await;
    assert_eq!(csv.status.as_u16(), 200);
    assert!(csv.headers["content-type"].to_str().unwrap().starts_with("text/csv"));
    let months = table(&csv.body, &en.text("transparency-months-caption"));
    let received = en.text("transparency-received");
    assert_eq!(cell(&months, &en.month(first), &received), "10", "12 is published as about 10");
    assert_eq!(cell(&months, &en.month(second), &received), en.text("transparency-fewer-than-eight"));
    // The quarter's total comes from the raw 15 (12 + 3) and is published as 15: subtracting the first month's
    // published 10 gives 5, which is not the hidden 3; 5 to 10 are all consistent with what was published.
    let quarters = table(&csv.body, &en.text("transparency-quarters-caption"));
    let all_kinds = en.text("transparency-all-kinds");
    let quarter_rows: Vec<Vec<String>> = std::iter::once(quarters[0][1..].to_vec())
        .chain(quarters.iter().filter(|r| r[0] == en.quarter(quarter)).map(|r| r[1..].to_vec()))
        .collect();
    assert_eq!(cell(&quarter_rows, &all_kinds, &received), "15");
    assert_eq!(cell(&quarter_rows, &en.text("kind-correction"), &received), "15");
    // The three refusals, with their reason, are hidden too; rates on 15 answers are not shown.
    let refusals = en.text("transparency-refusals");
    assert_eq!(cell(&quarter_rows, &en.text("kind-correction"), &refusals), en.text("transparency-fewer-than-eight"));
    let reasons = table(&csv.body, &en.text("transparency-reasons-caption"));
    assert_eq!(
        cell(&reasons, &en.text("reason-legal-obligation"), &en.quarter(quarter)),
        en.text("transparency-fewer-than-eight")
    );
    let too_few = en.text("transparency-too-few");
    assert_eq!(cell(&quarter_rows, &en.text("kind-correction"), &en.text("transparency-median")), too_few);

    // Last month rests on 30 answers: the median (9 days) and the shares are shown, 24 of 30 within the month.
    assert_eq!(cell(&months, &en.month(last), &received), "25", "24 received, about 25");
    assert_eq!(cell(&months, &en.month(last), &en.text("transparency-closed")), "30");
    let breaches = en.text("transparency-breaches");
    assert_eq!(cell(&months, &en.month(last), &breaches), en.text("transparency-fewer-than-eight"));
    assert_eq!(cell(&months, &en.month(first), &breaches), "0");
    let extensions = en.text("transparency-extensions");
    assert_eq!(cell(&months, &en.month(last), &extensions), en.text("transparency-fewer-than-eight"));
    let percent = |n| en.text_with("transparency-percent", &[("percent", Arg::Number(n))]);
    let nine_days = en.text_with("transparency-days", &[("days", Arg::Number(9))]);
    assert_eq!(cell(&months, &en.month(last), &en.text("transparency-median")), nine_days);
    assert_eq!(cell(&months, &en.month(last), &en.text("transparency-within-month")), percent(80));
    assert_eq!(cell(&months, &en.month(last), &en.text("transparency-within-extended")), percent(100));

    // No count cell anywhere holds 1 to 7.
    let small = |text: &str| matches!(text.trim().parse::<u64>(), Ok(1..=7));
    for caption in ["transparency-months-caption", "transparency-quarters-caption", "transparency-reasons-caption"] {
        for row in table(&csv.body, &en.text(caption)).iter().skip(1) {
            assert!(!row.iter().any(|c| small(c)), "a small count is published in {caption}: {row:?}");
        }
    }

    // The page shows the same cells, without signing in and without a script.
    let page = visitor.get("/transparency").await;
    assert_eq!(page.status.as_u16(), 200);
    assert!(page.attr("script[src]", "src").is_none(), "no script to load");
    let shown: Vec<String> = page.texts("table.figures td");
    assert!(shown.contains(&percent(80)) && shown.contains(&en.text("transparency-fewer-than-eight")));
    assert!(!shown.iter().any(|c| small(c)));
    assert_eq!(page.texts("figure.chart svg title").len(), 2, "two charts, each with a title");
    assert!(page.body.contains(r#"href="/transparency.csv""#));
}

#[tokio::test]
async fn the_page_reads_right_to_left_with_local_digits_and_says_who_routes_and_who_decides() {
    let app = spawn_app().await;
    let last = month_now(&app).plus(-1);
    requests(&app, "r", 30, "access", at(last, 2), Some(5), "approved", r#"["request-granted"]"#).await;
    app.transparency().compute_once().await.unwrap();

    let arabic = Locale::from_code("ar").unwrap();
    let page = app.client_with_language("ar").get("/transparency").await;
    assert!(page.body.contains(r#"dir="rtl""#));
    assert!(page.texts("table.figures td").contains(&"٣٠".to_owned()), "counts in Arabic-Indic digits");
    assert!(page.texts("table.figures th").contains(&arabic.month(last)));
    // The routing rules in words, the team that gets the rest, and that a person decides.
    assert!(page.texts("p").contains(&arabic.text("transparency-routing-human")));
    let english = app.client().get("/transparency").await;
    let rest = english.texts("p").into_iter().filter(|p| p.starts_with("Every other request goes to")).count();
    assert_eq!(rest, 1, "the default team is named");
}
