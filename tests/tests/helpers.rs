//! Helpers of civil-society organisations: their own door with password and second factor, a session that is
//! neither a person's nor staff's, registration by administrators, and suspension that ends access at once.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use amana_app::i18n::Locale;
use amana_server::demo::DEMO_PASSWORD;
use amana_server::infra::clock::Clock;
use amana_tests::{spawn_app, totp, Client, Page};

const HELPER: &str = "helper@legal-aid.example";

async fn admin_act(client: &Client, fields: &[(&str, &str)]) -> Page {
    client.administer(fields).await
}

#[tokio::test]
async fn a_helper_signs_in_at_their_own_door_and_sees_only_helper_pages() {
    let app = spawn_app().await;
    let en = Locale::default();
    let (helper, secret) = app.helper(HELPER).await;
    let codes = helper.get("/helper/recovery-codes").await.texts(".recovery-codes code");
    assert_eq!(codes.len(), 10);
    let home = helper.get("/helper").await;
    assert_eq!(home.status.as_u16(), 200);
    assert!(home.body.contains("Fictional Legal Aid Collective"));
    assert!(home.texts("main p").contains(&en.text("helper-people-none")));
    // A helper is not staff and not a person.
    for path in ["/staff", "/staff/audit", "/staff/admin"] {
        assert_eq!(helper.get(path).await.location(), Some("/staff/sign-in"), "{path}");
    }
    // Not a person either: a helper acting for nobody is sent back to their list.
    assert_eq!(helper.get("/my-data").await.location(), Some("/helper"));
    // Staff credentials do not open the helper door, nor the other way round.
    let wrong_door = app.client();
    let response = wrong_door
        .submit(
            "/helper/sign-in",
            "/api/helper/sign-in",
            &[("email", "caseworker@amana.example"), ("password", DEMO_PASSWORD)],
        )
        .await;
    assert_eq!(response.location(), Some("/helper/sign-in"));
    let response = wrong_door
        .submit("/staff/sign-in", "/api/staff/sign-in", &[("email", HELPER), ("password", DEMO_PASSWORD)])
        .await;
    assert_eq!(response.location(), Some("/staff/sign-in"));

    // Signing out and in again asks for the code.
    let response = helper.submit("/helper", "/api/sign-out", &[]).await;
    assert_eq!(response.location(), Some("/helper/sign-in?signed-out"));
    app.clock.advance(30);
    let again = app.client();
    let response =
        again.submit("/helper/sign-in", "/api/helper/sign-in", &[("email", HELPER), ("password", DEMO_PASSWORD)]).await;
    assert_eq!(response.location(), Some("/helper/sign-in/code"));
    let response =
        again.submit("/helper/sign-in/code", "/api/helper/code", &[("code", &totp(&secret, app.clock.now()))]).await;
    assert_eq!(response.location(), Some("/helper"));
    let events = app.query_strings("SELECT action FROM audit_events WHERE actor_kind = 'helper'").await;
    assert!(
        events.contains(&"helper.signed-in".to_owned()) && events.contains(&"helper.authenticator-enrolled".to_owned())
    );
}

#[tokio::test]
async fn suspending_an_organisation_ends_its_helpers_access_at_once() {
    let app = spawn_app().await;
    let en = Locale::default();
    let (helper, _) = app.helper(HELPER).await;
    let (admin, _) = app.staff("admin@amana.example").await;
    let organisation = app.query_strings("SELECT CAST(id AS TEXT) FROM organisations").await.remove(0);

    admin_act(&admin, &[("action", "set-suspended"), ("organisation", &organisation), ("suspended", "1")]).await;
    assert_eq!(helper.get("/helper").await.status.as_u16(), 401, "the very next page is refused");
    let fresh = app.client();
    fresh.submit("/helper/sign-in", "/api/helper/sign-in", &[("email", HELPER), ("password", DEMO_PASSWORD)]).await;
    assert_eq!(fresh.get("/helper/sign-in").await.texts(".error-summary li"), [en.text("SA-001")]);

    admin_act(&admin, &[("action", "set-suspended"), ("organisation", &organisation), ("suspended", "0")]).await;
    assert_eq!(helper.get("/helper").await.status.as_u16(), 200);
    let audit = app.query_strings("SELECT action FROM audit_events WHERE action LIKE 'admin.organisation-%'").await;
    assert_eq!(audit, ["admin.organisation-suspended", "admin.organisation-reinstated"]);
}

#[tokio::test]
async fn administrators_register_organisations_and_helpers_who_choose_their_own_password_through_a_mailed_link() {
    let app = spawn_app().await;
    let (admin, _) = app.staff("admin@amana.example").await;
    admin_act(
        &admin,
        &[
            ("action", "create-organisation"),
            ("organisation_name", "Fictional Neighbours"),
            ("organisation_kind", "community-group"),
            ("contact", "+000 555 0199"),
        ],
    )
    .await;
    let organisation = app
        .query_strings("SELECT CAST(id AS TEXT) FROM organisations WHERE name = 'Fictional Neighbours'")
        .await
        .remove(0);
    admin_act(
        &admin,
        &[
            ("action", "create-helper"),
            ("organisation", &organisation),
            ("prefix", &format!("organisation-{organisation}")),
            ("helper_email", "neighbour@neighbours.example"),
            ("helper_name", "Nia Neighbour"),
        ],
    )
    .await;
    // Before the link is used the account has no password at all: nothing the administrator could guess works.
    let early = app.client();
    early
        .submit(
            "/helper/sign-in",
            "/api/helper/sign-in",
            &[("email", "neighbour@neighbours.example"), ("password", "")],
        )
        .await;
    assert_eq!(early.get("/helper/sign-in").await.texts(".error-summary li").len(), 1);
    let (helper, _) = app.accept_enrolment_link("helper", "neighbour@neighbours.example", "chosen-by-the-helper").await;
    assert!(helper.get("/helper").await.body.contains("Fictional Neighbours"));
    app.clock.advance(30);
    let again = app.signed_in_again("helper", "neighbour@neighbours.example", "chosen-by-the-helper").await;
    assert_eq!(
        again.get("/helper").await.status.as_u16(),
        200,
        "the password the helper chose is theirs to sign in with"
    );

    // Only administrators register organisations.
    let (caseworker, _) = app.staff("caseworker@amana.example").await;
    admin_act(
        &caseworker,
        &[
            ("action", "create-organisation"),
            ("organisation_name", "Intruders"),
            ("organisation_kind", "ngo"),
            ("contact", "x"),
        ],
    )
    .await;
    assert!(app.query_strings("SELECT name FROM organisations WHERE name = 'Intruders'").await.is_empty());
}
