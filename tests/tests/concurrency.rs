//! Take-next under contention: several claimers on several server instances sharing one database take requests
//! until the queue is empty, and every request is claimed exactly once. On PostgreSQL three instances, on
//! SQLite (one writer by design) one.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;

use amana_app::contract::PersonId;
use amana_app::rights::{MigrantRights, NewRequest, RequestKind};
use amana_server::storage::Backend;
use amana_tests::{backend, spawn_app, Client, DEMO_1, DEMO_2};

/// Claims until the queue is empty; returns the references taken.
async fn claim_all(client: Client) -> Vec<String> {
    let mut taken = Vec::new();
    loop {
        let response = client.submit("/staff", "/api/staff/take-next", &[]).await;
        match response.location() {
            Some(location) if location.starts_with("/staff/requests/") => {
                taken.push(location.trim_start_matches("/staff/requests/").to_owned());
            }
            Some("/staff?empty") => return taken,
            other => panic!("unexpected answer to take-next: {other:?} {}", response.status),
        }
    }
}

#[tokio::test]
async fn several_claimers_on_several_instances_never_get_the_same_request() {
    let app = spawn_app().await;
    let rights = app.rights();
    // Twenty-odd requests for the general team: corrections of every non-sensitive field of two people.
    let mut filed = Vec::new();
    for (reference, _) in [DEMO_1, DEMO_2] {
        let person = app.storage.person_by_reference(reference).await.unwrap().unwrap();
        let data = amana_app::contract::MigrantPortal::my_data(app.portal().as_ref(), PersonId(person.id).into())
            .await
            .unwrap();
        for category in data.categories.iter().filter(|c| !c.category.is_sensitive()) {
            for field in &category.fields {
                let request = NewRequest {
                    kind: RequestKind::Correction,
                    field: Some(field.id),
                    proposed_value: Some(format!("{}-corrected", field.value)),
                    explanation: None,
                    locale: amana_app::i18n::Locale::default(),
                    evidence: None,
                };
                filed.push(rights.file_request(PersonId(person.id).into(), request).await.unwrap().reference);
            }
        }
    }
    assert!(filed.len() >= 20, "only {} requests", filed.len());

    // Four caseworkers of the general team, spread over the instances.
    for n in 2..=4 {
        app.execute(&format!(
            "INSERT INTO staff (email, display_name, role, office, password_hash, created_at) \
             SELECT 'caseworker{n}@amana.example', 'Caseworker {n}', role, office, password_hash, created_at \
             FROM staff WHERE email = 'caseworker@amana.example'"
        ))
        .await;
        app.execute(&format!(
            "INSERT INTO staff_teams (staff_id, team_id) SELECT s.id, t.team_id FROM staff s, staff_teams t \
             JOIN staff o ON o.id = t.staff_id WHERE s.email = 'caseworker{n}@amana.example' AND o.email = 'caseworker@amana.example'"
        ))
        .await;
    }
    let mut bases = vec![app.base.clone()];
    if backend() == Backend::Postgres {
        bases.push(app.another_instance().await);
        bases.push(app.another_instance().await);
    }
    let emails = [
        "caseworker@amana.example",
        "caseworker2@amana.example",
        "caseworker3@amana.example",
        "caseworker4@amana.example",
    ];
    let mut claimers = Vec::new();
    for (i, email) in emails.iter().enumerate() {
        let (client, _) = app.staff_on(&bases[i % bases.len()], email).await;
        claimers.push((email.to_string(), client));
    }

    let handles: Vec<_> = claimers
        .into_iter()
        .map(|(email, client)| tokio::spawn(async move { (email, claim_all(client).await) }))
        .collect();
    let mut claimed: BTreeMap<String, String> = BTreeMap::new();
    for handle in handles {
        let (email, taken) = handle.await.unwrap();
        for reference in taken {
            if let Some(other) = claimed.insert(reference.clone(), email.clone()) {
                panic!("{reference} was given to {other} and to {email}");
            }
        }
    }
    let mut expected = filed.clone();
    expected.sort();
    assert_eq!(claimed.keys().cloned().collect::<Vec<_>>(), expected, "every request claimed exactly once");
    let assignees = app
        .query_strings("SELECT r.reference || ' ' || s.email FROM requests r JOIN staff s ON s.id = r.assignee_id ORDER BY r.reference")
        .await;
    let stored: Vec<String> = claimed.iter().map(|(r, e)| format!("{r} {e}")).collect();
    assert_eq!(assignees, stored, "the database agrees with what each claimer was told");
}
