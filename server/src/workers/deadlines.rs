//! The deadline job: a week before a request is due its assignee is warned, and once it is overdue the team's
//! reviewers are told. It reads the controllable clock, so tests move time instead of sleeping; a request whose
//! clock is stopped (identity not yet verified) is left alone. Each warning is sent once, even with several
//! server instances, because marking it sent is a conditional update in the same transaction as the mail.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Notify;

use crate::domain::audit;
use crate::infra::clock::Clock;
use crate::infra::crypto::random_token;
use crate::storage::casework::{mark_escalated, mark_warned, DeadlineRow};
use crate::storage::{NewAuditEvent, Storage};
use crate::workers::outbox::{self, OutboxMessage, StaffNotice};

/// How long before the due date the assignee is warned.
pub const WARN_BEFORE_SECONDS: i64 = 7 * 86_400;

#[derive(Clone)]
pub struct Deadlines {
    pub storage: Storage,
    pub clock: Arc<dyn Clock>,
    pub outbox_wake: Arc<Notify>,
}

/// What one pass did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Pass {
    pub warned: usize,
    pub escalated: usize,
}

fn system_event(action: &str, row: &DeadlineRow) -> NewAuditEvent {
    NewAuditEvent {
        person_id: row.person_id,
        object_type: Some("request".into()),
        object_id: Some(row.id),
        ..audit::by_system(action)
    }
}

impl Deadlines {
    /// Sends every warning and escalation due now.
    pub async fn check_once(&self) -> anyhow::Result<Pass> {
        let now = self.clock.now();
        let mut pass = Pass::default();
        for row in self.storage.due_soon_unwarned(now, WARN_BEFORE_SECONDS).await? {
            let Some(to) = row.assignee_email.clone() else { continue };
            let mut tx = self.storage.begin_write().await?;
            if !mark_warned(&mut tx, row.id, now).await? {
                continue;
            }
            let locale = row.assignee_locale.clone().unwrap_or_else(|| "en".to_owned());
            let message = OutboxMessage::StaffNotice {
                to,
                locale,
                notice: StaffNotice::DueSoon,
                reference: row.reference.clone(),
            };
            outbox::enqueue(&mut tx, &format!("deadline-{}", random_token(16)), &message, now).await?;
            audit::append(&mut tx, now, system_event("request.deadline-warned", &row)).await?;
            tx.commit().await?;
            pass.warned += 1;
        }
        for row in self.storage.overdue_unescalated(now).await? {
            let supervisors = match row.team_id {
                Some(team) => self.storage.supervisors_of(team, row.concerns_staff_id).await?,
                None => Vec::new(),
            };
            let mut tx = self.storage.begin_write().await?;
            if !mark_escalated(&mut tx, row.id, now).await? {
                continue;
            }
            for (to, locale) in supervisors {
                let locale = locale.unwrap_or_else(|| "en".to_owned());
                let message = OutboxMessage::StaffNotice {
                    to,
                    locale,
                    notice: StaffNotice::Overdue,
                    reference: row.reference.clone(),
                };
                outbox::enqueue(&mut tx, &format!("escalation-{}", random_token(16)), &message, now).await?;
            }
            audit::append(&mut tx, now, system_event("request.escalated", &row)).await?;
            tx.commit().await?;
            pass.escalated += 1;
        }
        if pass != Pass::default() {
            self.outbox_wake.notify_one();
            tracing::info!(warned = pass.warned, escalated = pass.escalated, "deadline pass");
        }
        Ok(pass)
    }

    /// Runs a pass every `every` until the process ends.
    pub async fn run(self, every: Duration) {
        let mut tick = tokio::time::interval(every);
        loop {
            tick.tick().await;
            if let Err(error) = self.check_once().await {
                tracing::error!(error = %error, "deadline pass failed");
            }
        }
    }
}
