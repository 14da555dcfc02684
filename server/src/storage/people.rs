//! People, their keys and the fields held about them.

use super::error::Context;

use super::{Storage, WriteTx};

#[derive(Debug, sqlx::FromRow)]
pub struct PersonRow {
    pub id: i64,
    pub case_reference: String,
    pub date_of_birth: String,
    pub preferred_locale: Option<String>,
    pub email_enc: Option<Vec<u8>>,
    pub phone_enc: Option<Vec<u8>>,
    /// `email` or `sms`, as the source system said the person prefers; `None`: e-mail if there is an address.
    pub contact_channel: Option<String>,
    pub wrapped_key: Option<Vec<u8>>,
}

#[derive(Debug, sqlx::FromRow)]
pub struct FieldRow {
    pub id: i64,
    pub category: String,
    pub field_key: String,
    pub value_enc: Option<Vec<u8>>,
    pub source_system: String,
    pub purpose_key: String,
    pub legal_basis: String,
    pub kept_until: String,
    pub recipients: String,
}

const PERSON_COLUMNS: &str = "p.id, p.case_reference, p.date_of_birth, p.preferred_locale, p.email_enc, \
     p.phone_enc, p.contact_channel, k.wrapped_key FROM people p LEFT JOIN person_keys k ON k.person_id = p.id";

impl Storage {
    /// The person with this case reference, unless erased.
    pub async fn person_by_reference(&self, reference: &str) -> super::Result<Option<PersonRow>> {
        sqlx::query_as::<_, PersonRow>(&format!(
            "SELECT {PERSON_COLUMNS} WHERE p.case_reference = $1 AND p.erased_at IS NULL"
        ))
        .bind(reference)
        .fetch_optional(&self.pool)
        .await
        .context("looking up a person by reference")
    }

    pub async fn person(&self, id: i64) -> super::Result<Option<PersonRow>> {
        sqlx::query_as::<_, PersonRow>(&format!("SELECT {PERSON_COLUMNS} WHERE p.id = $1 AND p.erased_at IS NULL"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .context("loading a person")
    }

    /// Every field held about a person that has not been erased, in a stable order.
    pub async fn fields_of(&self, person: i64) -> super::Result<Vec<FieldRow>> {
        sqlx::query_as::<_, FieldRow>(
            "SELECT f.id, f.category, f.field_key, f.value_enc, f.source_system, pu.key AS purpose_key, \
                    pu.legal_basis, f.kept_until, pu.recipients \
             FROM record_fields f JOIN purposes pu ON pu.id = f.purpose_id \
             WHERE f.person_id = $1 AND f.erased_at IS NULL ORDER BY f.id",
        )
        .bind(person)
        .fetch_all(&self.pool)
        .await
        .context("loading a person's fields")
    }
}

/// Stores the language a person chose, used for their e-mails.
pub async fn set_preferred_locale(tx: &mut WriteTx, person: i64, locale: &str) -> super::Result<()> {
    sqlx::query("UPDATE people SET preferred_locale = $1 WHERE id = $2")
        .bind(locale)
        .bind(person)
        .execute(tx.conn())
        .await
        .context("storing the preferred locale")?;
    Ok(())
}
