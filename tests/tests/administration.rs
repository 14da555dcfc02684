//! The administration screen over HTTP: staff accounts created, deactivated (effective at once) and reset,
//! routing rules that really route, templates that must exist in every locale, and nobody but admins allowed.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use amana_app::i18n::Locale;
use amana_tests::{spawn_app, Client, Page, TestApp, DEMO_1};

async fn admin_act(client: &Client, fields: &[(&str, &str)]) -> Page {
    client.administer(fields).await
}

async fn errors(client: &Client) -> Vec<String> {
    client.get("/staff/admin").await.texts(".error-summary li")
}

async fn id_of(app: &TestApp, table: &str, column: &str, value: &str) -> String {
    app.query_strings(&format!("SELECT CAST(id AS TEXT) FROM {table} WHERE {column} = '{value}'")).await.remove(0)
}

#[tokio::test]
async fn an_admin_creates_deactivates_and_resets_staff_accounts() {
    let app = spawn_app().await;
    let en = Locale::default();
    let (admin, _) = app.staff("admin@amana.example").await;
    let general = id_of(&app, "teams", "key", "general").await;

    admin_act(
        &admin,
        &[
            ("action", "create-staff"),
            ("email", "CASEWORKER@amana.example"),
            ("name", "Copy"),
            ("role", "caseworker"),
            ("office", "X"),
        ],
    )
    .await;
    let page = admin.get("/staff/admin").await;
    assert_eq!(page.texts(".error-summary li"), [en.text("AD-007")]);
    assert_eq!(page.attr("#email", "value").as_deref(), Some("CASEWORKER@amana.example"), "what was typed is kept");

    admin_act(
        &admin,
        &[
            ("action", "create-staff"),
            ("email", "new.worker@amana.example"),
            ("name", "Nova Worker"),
            ("role", "caseworker"),
            ("office", "Harbour Office"),
            ("teams[0]", &general),
        ],
    )
    .await;
    assert_eq!(admin.get("/staff/admin").await.texts(".notice"), [en.text("admin-saved")]);
    let (worker, _) = app.accept_enrolment_link("staff", "new.worker@amana.example", "a-long-enough-password").await;
    assert_eq!(worker.get("/staff").await.status.as_u16(), 200);

    // Deactivation ends the account's sessions at once, and the account can no longer sign in.
    let id = id_of(&app, "staff", "email", "new.worker@amana.example").await;
    admin_act(&admin, &[("action", "set-active"), ("staff", &id), ("active", "0")]).await;
    assert_eq!(
        worker.get("/staff").await.location(),
        Some("/staff/sign-in"),
        "the session ended with the deactivation"
    );
    let again = app.client();
    again
        .submit(
            "/staff/sign-in",
            "/api/staff/sign-in",
            &[("email", "new.worker@amana.example"), ("password", "a-long-enough-password")],
        )
        .await;
    assert_eq!(again.get("/staff/sign-in").await.texts(".error-summary li"), [en.text("SA-001")]);

    // Resetting the second step makes the next sign-in enrol again; an admin cannot lock themselves out.
    admin_act(&admin, &[("action", "set-active"), ("staff", &id), ("active", "1")]).await;
    admin_act(&admin, &[("action", "reset-second-factor"), ("staff", &id)]).await;
    let fresh = app.client();
    let response = fresh
        .submit(
            "/staff/sign-in",
            "/api/staff/sign-in",
            &[("email", "new.worker@amana.example"), ("password", "a-long-enough-password")],
        )
        .await;
    assert_eq!(response.location(), Some("/staff/sign-in/enrol"));
    let own = id_of(&app, "staff", "email", "admin@amana.example").await;
    admin_act(&admin, &[("action", "set-active"), ("staff", &own), ("active", "0")]).await;
    assert_eq!(errors(&admin).await, [en.text("AD-008")]);
    let audit = app
        .query_strings("SELECT action FROM audit_events WHERE action LIKE 'admin.%' OR action LIKE 'staff.enrolment%'")
        .await;
    for action in [
        "admin.staff-created",
        "staff.enrolment-link-used",
        "admin.staff-deactivated",
        "admin.staff-activated",
        "admin.second-factor-reset",
    ] {
        assert!(audit.iter().any(|a| a == action), "{action} missing from {audit:?}");
    }
}

/// The attack: an administrator (or whoever reads over their shoulder) sets a new account's first password and
/// uses it before the person does, enrolling an authenticator of their own. Now there is no first password: only
/// the holder of the address, through a link that works once and for 72 hours, chooses one.
#[tokio::test]
async fn a_new_account_is_taken_over_only_through_its_own_mailbox_once_and_within_72_hours() {
    let app = spawn_app().await;
    let en = Locale::default();
    let (admin, _) = app.staff("admin@amana.example").await;
    admin_act(
        &admin,
        &[
            ("action", "create-staff"),
            ("email", "nova@amana.example"),
            ("name", "Nova Worker"),
            ("role", "caseworker"),
            ("office", "Harbour Office"),
        ],
    )
    .await;
    for guess in ["", "a-long-enough-password", amana_server::demo::DEMO_PASSWORD] {
        let thief = app.client();
        thief
            .submit("/staff/sign-in", "/api/staff/sign-in", &[("email", "nova@amana.example"), ("password", guess)])
            .await;
        assert_eq!(
            thief.get("/staff/sign-in").await.texts(".error-summary li"),
            [en.text("SA-001")],
            "no password works before the link: {guess:?}"
        );
    }
    let link = app.enrolment_link_to("nova@amana.example").await;
    let stored = app.query_strings("SELECT token_hash FROM enrolment_links").await;
    let token = link.split("token=").nth(1).unwrap().split('&').next().unwrap().to_owned();
    assert!(stored.iter().all(|hash| !hash.contains(&token)), "the table holds no usable token");

    // Looking does not use the link (a mail scanner may open it first); a forged token finds nothing.
    let person = app.client();
    assert!(person.get(&link).await.body.contains("nova@amana.example"));
    let forged = person.get("/staff/welcome?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").await;
    assert_eq!(forged.texts(".error"), [en.text("SA-004")]);
    assert!(forged.attr("input[name=password]", "name").is_none());
    let refused = person.submit(&link, "/api/staff/welcome", &[("token", &token), ("password", "short")]).await;
    assert_eq!(refused.location(), Some(format!("/staff/welcome?token={token}").as_str()));
    assert_eq!(person.get(&link).await.texts(".error-summary li"), [en.text("AD-006")]);
    person.submit(&link, "/api/staff/welcome", &[("token", &token), ("password", "nova@amana.example")]).await;
    assert_eq!(person.get(&link).await.texts(".error-summary li"), [en.text("SA-003")]);
    let (_worker, _) = app.accept_enrolment_link("staff", "nova@amana.example", "chosen-by-nova-alone").await;

    // Used once: the same link does nothing more, neither to look at nor to post.
    let late = app.client();
    assert_eq!(late.get(&link).await.texts(".error"), [en.text("SA-004")]);
    late.submit("/staff/sign-in", "/api/staff/welcome", &[("token", &token), ("password", "taken-over-by-another")])
        .await;
    assert_eq!(late.get(&link).await.texts(".error-summary li"), [en.text("SA-004")]);
    app.clock.advance(30);
    let thief = app.client();
    thief
        .submit(
            "/staff/sign-in",
            "/api/staff/sign-in",
            &[("email", "nova@amana.example"), ("password", "taken-over-by-another")],
        )
        .await;
    assert_eq!(thief.get("/staff/sign-in").await.texts(".error-summary li"), [en.text("SA-001")]);

    // A link not used within 72 hours has expired; the administrator sends a new one, and only that one works.
    admin_act(
        &admin,
        &[
            ("action", "create-staff"),
            ("email", "slow@amana.example"),
            ("name", "Slow Reader"),
            ("role", "reviewer"),
            ("office", "Harbour Office"),
        ],
    )
    .await;
    let first = app.enrolment_link_to("slow@amana.example").await;
    app.clock.advance(72 * 3600 + 1);
    assert_eq!(app.client().get(&first).await.texts(".error"), [en.text("SA-004")]);
    let admin = app.signed_in_again("staff", "admin@amana.example", amana_server::demo::DEMO_PASSWORD).await;
    let slow = id_of(&app, "staff", "email", "slow@amana.example").await;
    let before = app.mails().len();
    admin_act(&admin, &[("action", "send-enrolment-link"), ("staff", &slow)]).await;
    app.wait_for_mail(before + 1).await;
    let second = app.enrolment_link_to("slow@amana.example").await;
    assert_ne!(first, second);
    app.accept_enrolment_link("staff", "slow@amana.example", "chosen-by-slow-alone").await;
    // Once enrolled, no new link can be sent: that would hand the account to whoever reads the mail next.
    admin_act(&admin, &[("action", "send-enrolment-link"), ("staff", &slow)]).await;
    assert_eq!(errors(&admin).await, [en.text("AD-016")]);
}

/// The attack: a staff member's laptop is stolen while signed in; the administrator resets their second step, but
/// the thief's session goes on working. Now a reset ends every session of that account at once.
#[tokio::test]
async fn resetting_a_second_factor_ends_the_accounts_sessions_at_once() {
    let app = spawn_app().await;
    let (admin, _) = app.staff("admin@amana.example").await;
    let (stolen, _) = app.staff("caseworker@amana.example").await;
    let (helper, _) = app.helper("helper@legal-aid.example").await;
    assert_eq!(stolen.get("/staff").await.status.as_u16(), 200);
    let caseworker = id_of(&app, "staff", "email", "caseworker@amana.example").await;
    admin_act(&admin, &[("action", "reset-second-factor"), ("staff", &caseworker)]).await;
    assert_ne!(stolen.get("/staff").await.status.as_u16(), 200, "the stolen session ended with the reset");
    let left = app.query_strings(&format!("SELECT id FROM sessions WHERE staff_id = {caseworker}")).await;
    assert!(left.is_empty(), "no session row of the account is left");
    assert_eq!(admin.get("/staff/admin").await.status.as_u16(), 200, "other accounts' sessions go on");

    let helper_id = id_of(&app, "helpers", "email", "helper@legal-aid.example").await;
    admin_act(&admin, &[("action", "reset-helper-second-factor"), ("helper", &helper_id)]).await;
    assert_ne!(helper.get("/helper").await.status.as_u16(), 200);
}

#[tokio::test]
async fn routing_rules_edited_by_an_admin_route_the_next_request() {
    let app = spawn_app().await;
    let en = Locale::default();
    let (admin, _) = app.staff("admin@amana.example").await;
    let dpo = id_of(&app, "teams", "key", "dpo").await;
    admin_act(&admin, &[("action", "add-rule"), ("kind", "complaint"), ("team", &dpo)]).await;
    assert_eq!(errors(&admin).await, [en.text("AD-012")]);

    admin_act(&admin, &[("action", "add-rule"), ("kind", "correction"), ("category", "identity"), ("team", &dpo)])
        .await;
    let rule = app.query_strings("SELECT CAST(id AS TEXT) FROM routing_rules ORDER BY position DESC").await.remove(0);
    let before = app.query_strings("SELECT CAST(id AS TEXT) FROM routing_rules ORDER BY position").await;
    admin_act(&admin, &[("action", "move-rule"), ("rule", &rule), ("up", "1")]).await;
    let after = app.query_strings("SELECT CAST(id AS TEXT) FROM routing_rules ORDER BY position").await;
    assert_eq!(after[after.len() - 2], rule, "moved up one place: {before:?} → {after:?}");

    let (_, reference) = app.person_files(DEMO_1, "correct", "family-name", Some("Routed")).await;
    let team = app
        .query_strings(&format!(
            "SELECT t.key FROM requests r JOIN teams t ON t.id = r.team_id WHERE r.reference = '{reference}'"
        ))
        .await;
    assert_eq!(team, ["dpo"], "the new rule routed the correction");

    admin_act(&admin, &[("action", "delete-rule"), ("rule", &rule)]).await;
    assert!(!app.query_strings("SELECT CAST(id AS TEXT) FROM routing_rules").await.contains(&rule));
}

#[tokio::test]
async fn a_template_needs_every_language_and_then_reaches_the_person_in_theirs() {
    let app = spawn_app().await;
    let en = Locale::default();
    let (admin, _) = app.staff("admin@amana.example").await;
    let texts: Vec<String> = Locale::all().map(|l| format!("Please call us ({}).", l.code())).collect();
    let mut fields: Vec<(String, String)> = vec![
        ("action".into(), "save-template".into()),
        ("key".into(), "call-us".into()),
        ("prefix".into(), "new".into()),
    ];
    for (i, text) in texts.iter().enumerate().take(texts.len() - 1) {
        fields.push((format!("bodies[{i}]"), text.clone()));
    }
    let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    admin_act(&admin, &borrowed).await;
    let page = admin.get("/staff/admin").await;
    assert_eq!(page.texts(".error-summary li"), [en.text("AD-013")], "the last language is missing");
    assert_eq!(page.texts("#new-body-en").concat(), texts[0], "what was typed is kept");
    assert!(
        app.query_strings("SELECT key FROM message_templates WHERE key = 'call-us'").await.is_empty(),
        "nothing half-saved"
    );

    let last = texts.len() - 1;
    fields.push((format!("bodies[{last}]"), texts[last].clone()));
    let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    admin_act(&admin, &borrowed).await;
    assert_eq!(
        app.query_strings("SELECT locale FROM message_templates WHERE key = 'call-us'").await.len(),
        Locale::all().count()
    );

    // A caseworker sends it to a person who reads Arabic.
    let (person, reference) = app.person_files(amana_tests::DEMO_2, "correct", "family-name", Some("Templated")).await;
    let (staff, _) = app.staff("caseworker@amana.example").await;
    staff.submit("/staff", "/api/staff/take-next", &[]).await;
    staff
        .act_on_case(
            &format!("/staff/requests/{reference}"),
            &[("reference", &reference), ("action", "message"), ("template", "call-us")],
        )
        .await;
    let seen = person.get(&format!("/requests/{reference}")).await;
    assert!(seen.texts(".message .prewrap").contains(&"Please call us (ar).".to_owned()));

    // Editing the template later does not rewrite what the person was sent.
    let edited: Vec<(String, String)> = fields
        .iter()
        .map(|(k, v)| (k.clone(), if k.starts_with("bodies[") { format!("{v} Edited.") } else { v.clone() }))
        .collect();
    let borrowed: Vec<(&str, &str)> = edited.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    admin_act(&admin, &borrowed).await;
    let seen = person.get(&format!("/requests/{reference}")).await;
    assert!(seen.texts(".message .prewrap").contains(&"Please call us (ar).".to_owned()), "the message stays as sent");
}

#[tokio::test]
async fn only_admins_administer() {
    let app = spawn_app().await;
    for email in ["caseworker@amana.example", "reviewer@amana.example", "dpo@amana.example", "auditor@amana.example"] {
        let (staff, _) = app.staff(email).await;
        assert_eq!(staff.get("/staff/admin").await.status.as_u16(), 403, "{email}");
        let general = id_of(&app, "teams", "key", "general").await;
        let refused = admin_act(
            &staff,
            &[
                ("action", "create-staff"),
                ("email", "intruder@amana.example"),
                ("name", "Intruder"),
                ("role", "admin"),
                ("office", "X"),
                ("teams[0]", &general),
            ],
        )
        .await;
        assert_eq!(refused.status.as_u16(), 303, "{email}");
        assert_eq!(refused.refusal_codes(), ["ST-001"], "{email} is refused for their role");
        assert!(
            app.query_strings("SELECT email FROM staff WHERE email = 'intruder@amana.example'").await.is_empty(),
            "{email}"
        );
    }
    let person = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    assert_eq!(person.get("/staff/admin").await.location(), Some("/staff/sign-in"));
}

#[tokio::test]
async fn the_purpose_register_is_edited_in_every_language_and_people_see_it_at_once() {
    let app = spawn_app().await;
    let en = Locale::default();
    let (admin, _) = app.staff("admin@amana.example").await;
    let purpose = id_of(&app, "purposes", "key", "service-updates").await;
    let version_before = app
        .query_strings("SELECT CAST(consent_text_version AS TEXT) FROM purposes WHERE key = 'service-updates'")
        .await;
    let prefix = format!("purpose-{purpose}");
    let mut fields: Vec<(String, String)> = vec![
        ("action".into(), "save-purpose".into()),
        ("purpose".into(), purpose.clone()),
        ("prefix".into(), prefix.clone()),
        ("legal_basis".into(), "consent".into()),
        // Typed with Persian digits, as an administrator working in Persian would.
        ("retention_days".into(), "۳۶۵".into()),
        ("recipients[1]".into(), "municipality".into()),
    ];
    for (i, locale) in Locale::all().enumerate() {
        fields.push((format!("names[{i}]"), format!("News by text message ({})", locale.code())));
        if locale.code() != "fr" {
            fields.push((format!("explanations[{i}]"), format!("We send short news ({}).", locale.code())));
        }
    }
    let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    admin_act(&admin, &borrowed).await;
    let page = admin.get("/staff/admin").await;
    assert_eq!(page.texts(".error-summary li"), [en.text("AD-013")], "the French explanation is missing");
    assert_eq!(
        page.attr(&format!("#{prefix}-name-ar"), "value").as_deref(),
        Some("News by text message (ar)"),
        "typed text is kept"
    );

    let index = Locale::all().position(|l| l.code() == "fr").unwrap();
    fields.push((format!("explanations[{index}]"), "Nous envoyons de courtes nouvelles.".into()));
    let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    admin_act(&admin, &borrowed).await;
    assert_eq!(admin.get("/staff/admin").await.texts(".notice"), [en.text("admin-saved")]);
    let version_after = app
        .query_strings("SELECT CAST(consent_text_version AS TEXT) FROM purposes WHERE key = 'service-updates'")
        .await;
    assert_ne!(version_before, version_after, "a new explanation is a new consent text version");
    let days =
        app.query_strings("SELECT CAST(retention_days AS TEXT) FROM purposes WHERE key = 'service-updates'").await;
    assert_eq!(days, ["365"]);

    let person = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let consent = person.get("/consent?lang=fr").await;
    assert!(consent.texts("#consent-service-updates h2").contains(&"News by text message (fr)".to_owned()));
    assert!(consent.texts("#consent-service-updates p").contains(&"Nous envoyons de courtes nouvelles.".to_owned()));

    admin_act(
        &admin,
        &[
            ("action", "save-purpose"),
            ("purpose", &purpose),
            ("prefix", &prefix),
            ("legal_basis", "because"),
            ("retention_days", "0"),
        ],
    )
    .await;
    let errors = errors(&admin).await;
    assert!(errors.contains(&en.text("AD-015")) && errors.contains(&en.text("AD-014")), "{errors:?}");
}

#[tokio::test]
async fn the_admin_page_keeps_helper_input_and_gives_every_control_its_own_id() {
    let app = spawn_app().await;
    let (admin, _) = app.staff("admin@amana.example").await;
    let organisation = [
        ("action", "create-organisation"),
        ("organisation_name", "Fictional Neighbours"),
        ("organisation_kind", "ngo"),
        ("contact", "x"),
    ];
    admin_act(&admin, &organisation).await;
    let neighbours = id_of(&app, "organisations", "name", "Fictional Neighbours").await;

    // A helper without a name: the error is shown and what was typed, organisation included, is kept.
    let fields = [
        ("action", "create-helper"),
        ("organisation", neighbours.as_str()),
        ("helper_email", "nia@neighbours.example"),
        ("helper_name", ""),
    ];
    admin_act(&admin, &fields).await;
    let page = admin.get("/staff/admin").await;
    assert_eq!(page.texts(".error-summary li").len(), 1);
    assert_eq!(page.attr("#helper_email", "value").as_deref(), Some("nia@neighbours.example"));
    assert_eq!(page.attr("#organisation option[selected]", "value").as_deref(), Some(neighbours.as_str()));

    // With two organisations on the page, no id repeats (labels and error links point at one control each).
    let html = page.html();
    let selector = scraper::Selector::parse("[id]").unwrap();
    let ids: Vec<&str> = html.select(&selector).filter_map(|e| e.value().attr("id")).collect();
    let mut seen = std::collections::BTreeSet::new();
    let repeated: Vec<&&str> = ids.iter().filter(|id| !seen.insert(**id)).collect();
    assert!(repeated.is_empty(), "repeated ids on the admin page: {repeated:?}");
}

/// The secret shown once on the administration screen, if the page shows one.
fn shown_secret(page: &Page) -> Option<String> {
    page.texts(".shown-once code.secret").into_iter().next()
}

/// How many stored sessions hold `text`.
async fn sessions_holding(app: &TestApp, text: &str) -> usize {
    app.query_strings("SELECT data FROM sessions").await.iter().filter(|data| data.contains(text)).count()
}

#[tokio::test]
async fn an_admin_registers_a_source_system_and_makes_rotates_and_revokes_its_keys() {
    let app = spawn_app().await;
    let en = Locale::default();
    let (admin, _) = app.staff("admin@amana.example").await;

    // Nothing ticked: each list says so, and what was typed is kept.
    let unticked = [("action", "register-source-system"), ("system_name", "ShelterBook"), ("system_contact", "ops@x")];
    admin_act(&admin, &unticked).await;
    let page = admin.get("/staff/admin").await;
    assert_eq!(page.texts(".error-summary li"), [en.text("AD-020"), en.text("AD-020")]);
    assert_eq!(page.attr("#system_name", "value").as_deref(), Some("ShelterBook"));
    // A name another system has is refused; the demo registers CaseTrack.
    let taken = [
        ("action", "register-source-system"),
        ("system_name", "CaseTrack"),
        ("system_contact", "ops@x"),
        ("purposes[0]", "case-management"),
        ("categories[0]", "identity"),
    ];
    admin_act(&admin, &taken).await;
    assert_eq!(errors(&admin).await, [en.text("AD-017")]);
    // A purpose outside the register is refused, never stored.
    let unknown = [
        ("action", "register-source-system"),
        ("system_name", "ShelterBook"),
        ("system_contact", "ops@x"),
        ("purposes[0]", "selling-data"),
        ("categories[0]", "identity"),
    ];
    admin_act(&admin, &unknown).await;
    let page = admin.get("/staff/admin").await;
    assert_eq!(page.texts(".error-summary li"), [en.text("AD-015")]);
    assert_eq!(page.attr("#new-system-categories-identity", "checked").as_deref(), Some(""), "ticks are kept");
    let good = [
        ("action", "register-source-system"),
        ("system_name", "ShelterBook"),
        ("system_contact", "shelter-ops@systems.example"),
        ("purposes[0]", "case-management"),
        ("categories[0]", "identity"),
        ("categories[1]", "contact"),
    ];
    admin_act(&admin, &good).await;
    assert_eq!(admin.get("/staff/admin").await.texts(".notice"), [en.text("admin-saved")]);
    let system = app.system_id("ShelterBook").await.to_string();
    let card = format!("#system-{system}");
    assert_eq!(admin.get("/staff/admin").await.texts(&format!("{card} h3")), ["ShelterBook"]);

    // A key needs a scope and a lifetime within three years.
    let key_form = |scope: &'static str, days: &'static str| {
        [("action", "create-api-key"), ("system", system.as_str()), ("scopes[0]", scope), ("days", days)]
    };
    admin_act(&admin, &[("action", "create-api-key"), ("system", &system), ("days", "30")]).await;
    assert_eq!(errors(&admin).await, [en.text("AD-020")]);
    admin_act(&admin, &key_form("people:write", "5000")).await;
    let page = admin.get("/staff/admin").await;
    assert_eq!(page.texts(".error-summary li"), [en.text("AD-018")]);
    assert_eq!(page.attr(&format!("#system-{system}-days"), "value").as_deref(), Some("5000"), "typed days kept");

    // The key is shown once, right after; the page after that no longer has it, nor does any stored session.
    admin_act(&admin, &key_form("people:write", "30")).await;
    let first = app.query_one(&format!("SELECT public_id FROM api_keys WHERE system_id = {system}")).await;
    let secret_part = |token: &str| token.rsplit('_').next().unwrap().to_owned();
    let page = admin.get("/staff/admin").await;
    let token = shown_secret(&page).expect("the new key is shown");
    assert!(token.starts_with(&format!("amana_{first}_")), "the key names its public id");
    assert!(shown_secret(&admin.get("/staff/admin").await).is_none(), "shown once only");
    assert_eq!(sessions_holding(&app, &secret_part(&token)).await, 0, "the session no longer holds the key");
    let stored = app.query_strings("SELECT secret_hash || scopes || public_id FROM api_keys").await.join(" ");
    assert!(!stored.contains(&secret_part(&token)), "the key's secret is not stored");

    // It works at once, with the scope chosen and no other.
    let client = app.api_client_for(&token);
    let me = client.get("/api/v1/system").await;
    assert_eq!(me.status.as_u16(), 200);
    assert_eq!(me.body["system"], "ShelterBook");
    assert_eq!(me.body["scopes"], serde_json::json!(["people:write"]));
    assert_eq!(client.get("/api/v1/changes").await.status.as_u16(), 403, "a scope not given is refused");

    // Rotation: a second key works beside the first; a third is refused until one is revoked.
    admin_act(&admin, &key_form("changes:read", "30")).await;
    let second = shown_secret(&admin.get("/staff/admin").await).expect("the second key is shown");
    admin_act(&admin, &key_form("changes:read", "30")).await;
    assert_eq!(errors(&admin).await, [en.text("AD-019")]);
    assert_eq!(app.api_client_for(&second).get("/api/v1/system").await.status.as_u16(), 200);
    let first_id = app.query_one(&format!("SELECT CAST(id AS TEXT) FROM api_keys WHERE public_id = '{first}'")).await;
    admin_act(&admin, &[("action", "revoke-api-key"), ("system", &system), ("key", &first_id)]).await;
    assert_eq!(client.get("/api/v1/system").await.status.as_u16(), 401, "revoked at once");
    assert_eq!(app.api_client_for(&second).get("/api/v1/system").await.status.as_u16(), 200);
    let listed = admin.get("/staff/admin").await.texts(&format!("{card} li"));
    assert!(listed.iter().any(|line| line.contains(&first) && line.contains(&en.text("admin-key-revoked"))));

    // A key of one system cannot be revoked through another system's form.
    let other = app.system_id("CaseTrack").await.to_string();
    let second_id = app.query_one("SELECT CAST(id AS TEXT) FROM api_keys WHERE revoked_at IS NULL").await;
    admin_act(&admin, &[("action", "revoke-api-key"), ("system", &other), ("key", &second_id)]).await;
    assert_eq!(app.api_client_for(&second).get("/api/v1/system").await.status.as_u16(), 200, "still works");

    // Each change is the administrator's audit event.
    let actions = app
        .query_strings(
            "SELECT action FROM audit_events WHERE actor_kind = 'staff' AND (action LIKE 'api-key.%' \
             OR action LIKE 'source-system.%') ORDER BY seq",
        )
        .await;
    assert_eq!(actions, ["source-system.registered", "api-key.created", "api-key.created", "api-key.revoked"]);
}

#[tokio::test]
async fn a_webhook_secret_is_shown_once_and_a_bad_address_is_refused() {
    let app = spawn_app().await;
    let en = Locale::default();
    let (admin, _) = app.staff("admin@amana.example").await;
    let system = app.system_id("HealthScreen").await.to_string();

    let form = |url: &'static str| [("action", "set-webhook"), ("system", system.as_str()), ("webhook_url", url)];
    for bad in ["cases.example.org/hook", "ftp://cases.example.org/hook", "javascript:alert(1)"] {
        admin_act(&admin, &form(bad)).await;
        let page = admin.get("/staff/admin").await;
        assert_eq!(page.texts(".error-summary li"), [en.text("AD-021")], "{bad}");
        assert_eq!(page.attr(&format!("#system-{system}-webhook-url"), "value").as_deref(), Some(bad), "kept");
    }
    assert_eq!(
        app.query_strings("SELECT webhook_url FROM source_systems WHERE webhook_url IS NOT NULL").await.len(),
        0
    );

    admin_act(&admin, &form("https://health.example.org/amana-hook")).await;
    assert!(sessions_holding(&app, "whsec_").await > 0, "the secret waits in the session until it is shown");
    let secret = shown_secret(&admin.get("/staff/admin").await).expect("the signing secret is shown");
    assert!(secret.starts_with("whsec_"));
    assert!(shown_secret(&admin.get("/staff/admin").await).is_none(), "shown once only");
    assert_eq!(sessions_holding(&app, "whsec_").await, 0);
    let stored = app.query_one(&format!("SELECT webhook_secret_enc FROM source_systems WHERE id = {system}")).await;
    assert!(!stored.contains(secret.trim_start_matches("whsec_")), "the secret is stored sealed");

    // Stopping the webhook keeps the system and its feed.
    admin_act(&admin, &form("")).await;
    let url = format!("SELECT COALESCE(webhook_url, 'none') FROM source_systems WHERE id = {system}");
    assert_eq!(app.query_one(&url).await, "none", "no webhook any more");
}

#[tokio::test]
async fn only_admins_manage_source_systems_and_keys() {
    let app = spawn_app().await;
    let system = app.system_id("CaseTrack").await.to_string();
    for email in ["caseworker@amana.example", "dpo@amana.example", "auditor@amana.example"] {
        let (staff, _) = app.staff(email).await;
        let attempts: [&[(&str, &str)]; 3] = [
            &[("action", "create-api-key"), ("system", &system), ("scopes[0]", "people:write"), ("days", "30")],
            &[("action", "set-webhook"), ("system", &system), ("webhook_url", "https://attacker.example/hook")],
            &[
                ("action", "register-source-system"),
                ("system_name", "Rogue"),
                ("system_contact", "x"),
                ("purposes[0]", "case-management"),
                ("categories[0]", "health"),
            ],
        ];
        for attempt in attempts {
            let refused = admin_act(&staff, attempt).await;
            assert_eq!(refused.refusal_codes(), ["ST-001"], "{email}: {attempt:?}");
        }
    }
    assert_eq!(app.query_one("SELECT CAST(COUNT(*) AS TEXT) FROM api_keys").await, "0");
    assert!(app.query_strings("SELECT webhook_url FROM source_systems WHERE webhook_url IS NOT NULL").await.is_empty());
    assert!(app.query_strings("SELECT name FROM source_systems WHERE name = 'Rogue'").await.is_empty());
}

#[tokio::test]
async fn administrators_see_every_language_and_whether_someone_checked_it() {
    use amana_app::i18n::TranslationStatus;
    let app = spawn_app().await;
    let (admin, _) = app.staff("admin@amana.example").await;
    let lines = admin.get("/staff/admin").await.texts("#locales li");
    assert_eq!(lines.len(), Locale::all().count(), "every language is listed");
    let en = Locale::default();
    for (line, locale) in lines.iter().zip(Locale::all()) {
        let status = match locale.translation_status() {
            TranslationStatus::Source => en.text("admin-locale-source"),
            TranslationStatus::Draft { .. } => en.text("admin-locale-draft"),
            TranslationStatus::Reviewed { on, by } => en.text_with(
                "admin-locale-reviewed",
                &[("reviewer", amana_app::i18n::Arg::Text(&by)), ("date", amana_app::i18n::Arg::Text(&on))],
            ),
        };
        assert!(line.starts_with(locale.native_name()) && line.contains(locale.code()), "{line}");
        assert!(line.ends_with(&status), "{line} should say {status}");
    }
}
