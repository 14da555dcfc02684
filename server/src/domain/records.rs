//! Reading a person's record: their data key, and their fields as they see them (decrypted, with metadata).

use amana_app::contract::{Category, CategoryFields, HeldField};
use amana_app::when::Day;
use anyhow::Context;

use crate::domain::intake::ContactChannel;
use crate::infra::crypto::{places, MasterKey, PersonKey};
use crate::storage::{FieldRow, PersonRow, Storage};

/// The person's data key, unwrapped.
pub fn person_key(master: &MasterKey, person: &PersonRow) -> anyhow::Result<PersonKey> {
    let wrapped = person.wrapped_key.as_deref().context("person has no data key")?;
    master.unwrap_person_key(person.id, wrapped)
}

/// Where the person's codes and notices go, opened: the channel their source system said they prefer, else the
/// e-mail address when there is one, else the phone. `None`: no contact on file.
pub fn contact(key: &PersonKey, person: &PersonRow) -> anyhow::Result<Option<(ContactChannel, String)>> {
    let email = || person.email_enc.as_deref().map(|e| key.decrypt(&places::contact_email(person.id), e));
    let phone = || person.phone_enc.as_deref().map(|p| key.decrypt(&places::contact_phone(person.id), p));
    let found = match person.contact_channel.as_deref() {
        Some("sms") => {
            phone().map(|p| (ContactChannel::Sms, p)).or_else(|| email().map(|e| (ContactChannel::Email, e)))
        }
        _ => email().map(|e| (ContactChannel::Email, e)).or_else(|| phone().map(|p| (ContactChannel::Sms, p))),
    };
    found.map(|(channel, opened)| opened.map(|to| (channel, to))).transpose()
}

/// Purposes whose consent the person has taken back (the newest event for the purpose is a withdrawal).
pub async fn withdrawn_purposes(storage: &Storage, person: i64) -> anyhow::Result<Vec<String>> {
    let events = storage.consent_events_of(person).await?;
    let mut latest: Vec<(&str, &str)> = Vec::new();
    for event in &events {
        match latest.iter_mut().find(|(purpose, _)| *purpose == event.purpose_key) {
            Some(entry) => entry.1 = &event.action,
            None => latest.push((&event.purpose_key, &event.action)),
        }
    }
    Ok(latest.into_iter().filter(|(_, action)| *action == "withdrawn").map(|(p, _)| p.to_owned()).collect())
}

/// Everything held about the person on `today`, decrypted and grouped by category in display order, each field
/// with the recipients that receive it.
pub async fn record_of(
    storage: &Storage,
    master: &MasterKey,
    person: i64,
    today: Day,
) -> anyhow::Result<Option<(PersonRow, Vec<CategoryFields>)>> {
    let Some((row, key)) = person_with_key(storage, master, person).await? else { return Ok(None) };
    let withdrawn = withdrawn_purposes(storage, person).await?;
    let agreements: Vec<_> =
        storage.recipients().await?.into_iter().map(crate::domain::recipients::agreement_of).collect();
    let mut categories: Vec<CategoryFields> = Vec::new();
    for field in storage.fields_of(person).await? {
        let Some(category) = Category::from_key(&field.category) else {
            tracing::warn!(field_id = field.id, "field with an unknown category");
            continue;
        };
        let Some(mut held) = held_field(field, &key, &withdrawn)? else { continue };
        held.shared_with = crate::domain::recipients::shared_with(&agreements, &held.purpose, category.key(), today);
        match categories.iter_mut().find(|c| c.category == category) {
            Some(group) => group.fields.push(held),
            None => categories.push(CategoryFields { category, fields: vec![held] }),
        }
    }
    categories.sort_by_key(|c| c.category);
    Ok(Some((row, categories)))
}

/// The keys of every field in `categories` (for audit events: names, never values).
pub fn field_names(categories: &[CategoryFields]) -> Vec<String> {
    categories.iter().flat_map(|c| c.fields.iter().map(|f| f.key.clone())).collect()
}

/// The person (not erased) and their key.
pub async fn person_with_key(
    storage: &Storage,
    master: &MasterKey,
    person: i64,
) -> anyhow::Result<Option<(PersonRow, PersonKey)>> {
    let Some(row) = storage.person(person).await? else { return Ok(None) };
    let key = person_key(master, &row)?;
    Ok(Some((row, key)))
}

/// A person's full name and case reference, for the helper and staff screens that list people.
pub async fn name_and_reference(
    storage: &Storage,
    master: &MasterKey,
    person: i64,
) -> anyhow::Result<Option<(String, String)>> {
    let Some((row, key)) = person_with_key(storage, master, person).await? else { return Ok(None) };
    let fields = storage.fields_of(row.id).await?;
    let name = full_name(&key, fields.iter().map(|f| (f.field_key.as_str(), f.id, f.value_enc.as_deref())))?;
    Ok(Some((name, row.case_reference)))
}

/// A stored field as the person sees it; None for an erased value. `withdrawn_purposes` are the purposes whose
/// consent the person has taken back.
pub fn held_field(
    field: FieldRow,
    key: &PersonKey,
    withdrawn_purposes: &[String],
) -> anyhow::Result<Option<HeldField>> {
    let Some(sealed) = &field.value_enc else { return Ok(None) };
    Ok(Some(HeldField {
        id: field.id,
        value: key.decrypt(&places::field_value(field.id), sealed)?,
        consent_withdrawn: withdrawn_purposes.contains(&field.purpose_key),
        key: field.field_key,
        source_system: field.source_system,
        purpose: field.purpose_key,
        legal_basis: field.legal_basis,
        kept_until: Day::parse_iso(&field.kept_until).unwrap_or_else(|| {
            tracing::warn!(field = field.id, "stored retention date is not YYYY-MM-DD");
            Day::from_unix(0)
        }),
        recipients: crate::storage::json_list(&field.recipients),
        shared_with: Vec::new(),
    }))
}

/// The fields a person's name is made of, in the order it is written.
pub const NAME_FIELDS: [&str; 2] = ["given-name", "family-name"];

/// The person's name as staff and helpers see it, from their fields (`key`, row id, sealed value) and their data
/// key.
pub fn full_name<'a>(
    key: &PersonKey,
    fields: impl IntoIterator<Item = (&'a str, i64, Option<&'a [u8]>)>,
) -> anyhow::Result<String> {
    let fields: Vec<(&str, i64, Option<&[u8]>)> = fields.into_iter().collect();
    let mut parts = Vec::new();
    for wanted in NAME_FIELDS {
        if let Some((_, id, Some(sealed))) = fields.iter().find(|(k, ..)| *k == wanted) {
            parts.push(key.decrypt(&places::field_value(*id), sealed)?);
        }
    }
    Ok(parts.join(" "))
}
