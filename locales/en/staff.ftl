## Staff: sign-in
nav-queue = Queue
nav-audit = Audit log
nav-admin = Administration
staff-sign-in-title = Staff sign-in
staff-sign-in-intro = For staff of the authority. Sign in with your work e-mail address and password, then a code from your authenticator app.
staff-email = Work e-mail address
staff-password = Password
staff-continue = Continue
staff-enrol-title = Set up your authenticator
staff-enrol-intro = Staff accounts are protected by a second step. Set it up once, now.
staff-enrol-step-app = Open an authenticator app on your work phone.
staff-enrol-step-scan = Scan this code, or type the key below into the app.
staff-enrol-qr = QR code for your authenticator app
staff-enrol-secret = Key:
staff-enrol-step-code = Type the six-digit code the app shows.
staff-code = Code
staff-code-hint = Six digits from your authenticator app.
staff-enrol-confirm = Confirm and sign in
staff-code-title = Second step
staff-code-intro = Type the code your authenticator app shows now.
staff-code-recovery-hint = Six digits from the app. Lost your phone? Type one of your recovery codes instead.
staff-recovery-title = Your recovery codes
staff-recovery-intro = Keep these codes somewhere safe, away from your phone. Each one works once, if you lose your authenticator. They are shown only now.
staff-recovery-shown = Your recovery codes were already shown. If you did not keep them, ask an administrator to reset your second step.
SA-001 = The e-mail address, password or code is not right. After five wrong tries the account is locked for 15 minutes.
SA-002 = Your sign-in took too long. Please start again.
ST-001 = Your role does not allow this.

## Staff: queues
queue-title = Requests to handle
queue-take-next = Take the next request
queue-nothing-to-take = There is no unclaimed request in your queues right now.
queue-team = Team
queue-any = Any
queue-kind = Request
queue-status = Status
queue-language = Language
queue-filter = Show
queue-empty = No open requests match.
queue-count = Open requests:
queue-overdue = Overdue
queue-due-soon = Due within 3 days
team-general = General requests
team-sensitive-data = Sensitive data
team-dpo = Data protection officer

## Staff: one request
case-title = Request
case-back = Back to the queue
case-person = Person
case-anonymous = Anonymous complainant
case-case-reference = Case reference
case-extended-because = Extended because
case-explanation = The person's explanation
case-concerned = What the request is about
case-concerned-none = The whole record, or information in a sensitive category: open it below with a reason.
case-record = Other information in the record
case-record-intro = Open a category only if you need it for this request. Your reason is recorded and the person can see it.
case-erased = (deleted)
case-proposed-value = Asked for:
case-restricted = Use is restricted.
case-open-reason = Reason
case-choose = Choose…
case-open = Open
case-proposal = Proposed decision, waiting for a second person
case-awaiting-approval = waiting for approval
case-assignee = Handled by
case-assignee-you = You
case-unassigned = Nobody yet
case-template = Message
case-actions = What you can do
case-no-actions = There is nothing you can do with this request now.
case-claim = Take this request
case-approve-explained = A colleague proposed this decision. Check it: nothing changes until someone other than the proposer approves it.
case-approve = Approve the decision
case-send-back = Send back for review
case-message = Send a message to the person
case-note = Your own words (optional)
case-note-hint = Added under the message. Write plainly; the person may read it with a translation tool.
case-send = Send
case-ask-information = Ask the person for information
case-identity = We still need to check the person's identity (the deadline stops until they answer)
case-resume = Continue without the information
case-extend = Extend the deadline
case-extend-explained = Only once, within the first month, by one or two months. The person is told why.
case-extend-months = Months
case-extend-reason = Reason
case-decide = Decide
case-outcome = Decision
case-reasons = Reasons (at least one)
case-decision-note = Note to the person (optional)
case-second-person = Deleting data, and correcting sensitive data, needs a second person's approval before anything changes.
case-reassign = Give to someone else
case-reassign-to = Colleague
staff-done-claim = The request is yours now.
staff-done-reassign = The request was given to your colleague.
staff-done-message = Your message was sent. The person gets an e-mail saying there is news.
staff-done-ask-information = Your question was sent. The person gets an e-mail saying there is news.
staff-done-resume = Work on the request continues.
staff-done-extend = The deadline was extended and the person was told why.
staff-done-decide = The decision was recorded. If it needs a second person, it waits for their approval.
staff-done-approve = The decision was approved and carried out.
staff-done-send-back = The proposal was sent back for review.
ST-010 = Choose why you need to open this information.
ST-011 = Choose a reason for the extension.
ST-012 = Choose a decision.
ST-013 = Choose at least one reason.
ST-014 = That is too long. Please shorten it to 2000 characters.
ST-015 = Choose a colleague from the list.
ST-016 = Choose a message from the list.
ST-017 = That action does not exist.
ST-020 = This is not possible while the request is in its current state.
ST-021 = The deadline has already been extended once.
ST-022 = The deadline can only be extended within the first month.
ST-023 = An extension is one or two months.
ST-024 = You proposed this decision, so someone else must approve it.
ST-025 = Only the person handling this request can do this. Take it first.
ST-026 = This decision needs a second person's approval first.
ST-027 = Someone else changed this request at the same time. Look at it again and retry.

## Decisions, as the person reads them
outcome-approved = Your request was granted.
outcome-partly_approved = Your request was partly granted.
outcome-refused = Your request was refused.
reason-request-granted = We did what you asked.
reason-evidence-insufficient = The information you gave does not show that our record is wrong.
reason-identity-not-verified = We could not confirm that you are the person the information is about.
reason-legal-claims = We need the information to establish, exercise or defend legal claims.
reason-manifestly-unfounded = The request repeats an earlier one that was already answered.
extension-reason-complexity = Your request is complex and needs more time.
extension-reason-number-of-requests = We received many requests and need more time to answer yours properly.
timeline-message = A message was sent to you

## Message templates (staff choose one; the person reads it in their language)
template-information-needed-name = We need more information
template-information-needed = To handle your request we need more information from you. Please sign in and answer under this request.
template-identity-documents-name = Please confirm your identity
template-identity-documents = Before we can continue, we need to confirm that you are the person the information is about. Please add a photo of an identity document to this request.
template-progress-update-name = We are working on your request
template-progress-update = We are working on your request. You do not need to do anything now.
template-decision-made-name = A decision was made
template-decision-made = A decision was made about your request. You can read it, with the reasons, on the page of the request.

## Who looked at my data: staff actions
access-request-claimed = Started handling your request
access-request-reassigned = Gave your request to a colleague
access-request-messaged = Sent you a message
access-request-information-requested = Asked you for information
access-request-resumed = Continued work on your request
access-request-extended = Extended the time to answer
access-request-decision-proposed = Proposed a decision on your request
access-request-decision-approved = Approved the decision on your request
access-request-decision-sent-back = Sent a proposed decision back for review
access-request-decided = Decided your request
access-field-restricted = Restricted the use of your data

## Deadline mails to staff (no personal data: a link to the request only)
staff-mail-due-soon-subject = A request you handle is due in a week
staff-mail-due-soon-body =
    A request assigned to you must be answered within seven days.

    Open it: { $url }
staff-mail-overdue-subject = A request of your team is overdue
staff-mail-overdue-body =
    A request of your team has passed its legal deadline and is not answered yet. Please see that it is handled today.

    Open it: { $url }
