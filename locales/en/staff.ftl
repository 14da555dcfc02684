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
# A request's status as staff read it (the person reads status-<status>).
staff-status-submitted = New
staff-status-in_review = In review
staff-status-awaiting_information = Waiting for the person's information
staff-status-decided = Decided
staff-status-completed = Completed
staff-status-withdrawn = Withdrawn by the person
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
case-upstream = Source systems
case-upstream-applied = Applied in { $system } on { $date }.
case-upstream-rejected = Rejected by { $system } on { $date }: { $reason }
case-upstream-waiting = { $system } has not confirmed it yet.
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

## The auditor's screen
audit-title = Audit log
audit-verify = Check the chain of the whole log
audit-verify-ok = The audit log is intact: all { $events } events chain correctly.
audit-verify-broken = The audit log has been tampered with. { $events } events checked; problems found:
audit-break-altered = Event { $seq } was changed or moved after it was written.
audit-break-chain-broken = Event { $seq } does not follow from the event before it.
audit-break-missing = Events are missing after event { $seq }.
audit-break-truncated = The log no longer holds event { $seq } as a signed checkpoint recorded it: the newest events were removed or rewritten.
audit-break-checkpoint-forged = Line { $seq } of the checkpoint file has been changed.
audit-action = Action
audit-actor-kind = Done by
audit-actor-person = A person, for themselves
audit-actor-staff = Staff
audit-actor-helper = A helper
audit-actor-anonymous = Someone anonymous
audit-actor-system = Amana itself
audit-actor-source-system = A source system of the authority
audit-actor-id = Id of who did it
audit-from = From
audit-to = To
audit-download-csv = Download this selection as CSV
audit-none = No events match.
audit-when = When
audit-who = Who
audit-about = About

## Administration
admin-title = Administration
admin-sections = Sections
admin-staff = Staff accounts
admin-teams = Teams
admin-routing = Routing of new requests
admin-templates = Message templates
admin-default-team = receives requests no rule matches
admin-new-team = Add a team
admin-team-key = Short key
admin-key-hint = Lower-case letters, digits and dashes, as in north-office.
admin-team-name = Name
admin-add = Add
admin-save = Save
admin-delete = Delete
admin-saved = Saved.
admin-role = Role
admin-office = Office
admin-status = Status
admin-active = active
admin-inactive = deactivated
admin-enrolled = second step set up
admin-not-enrolled = second step not set up yet
admin-locked = locked after failed sign-ins
admin-activate = Activate
admin-deactivate = Deactivate
admin-reset-second-factor = Reset the second step
admin-change-teams = Change teams
admin-new-staff = Add a staff account
admin-name = Full name
admin-enrolment-link-hint = No password here: Amana e-mails the person a link to choose their own. The link works once, for 72 hours.
admin-send-enrolment-link = Send a new enrolment link
admin-routing-intro = Each new request goes to the team of the first rule that matches it. Complaints always go to the data protection officer.
admin-routing-default = A request no rule matches goes to the default team.
admin-category = Category
admin-sensitive = Sensitive
admin-yes = Yes
admin-no = No
admin-move-up = Move up
admin-move-down = Move down
admin-new-rule = Add a rule at the end
admin-templates-intro = Staff choose one of these when they write to a person, who reads it in their own language. A template needs a text in every language.
admin-new-template = Add a template
admin-template-key = Short key
AD-001 = Fill this in.
AD-002 = That is too long.
AD-003 = Choose teams from the list.
AD-004 = Write a whole e-mail address, like name@example.org.
AD-005 = Choose a role from the list.
AD-006 = The password must have at least 12 characters.
AD-007 = There is already an account with this e-mail address.
AD-008 = You cannot deactivate your own account.
AD-009 = Use 2 to 40 lower-case letters, digits and dashes.
AD-010 = There is already a team with this key.
AD-011 = Choose the rule's conditions from the lists.
AD-012 = Complaints always go to the data protection officer; no rule can change that.
AD-013 = Write the text in this language too.

## Administration: the purpose register
admin-purposes = Purpose register
admin-purposes-intro = Why data is kept, on what legal basis, for how long and who receives it. People read this on My data and on the consent page, in their own language.
admin-purpose-name = Name
admin-purpose-explanation = Explanation people read before they give consent
admin-purpose-version = Version of the consent text:
admin-legal-basis = Legal basis
admin-retention-days = Kept for (days)
admin-recipients = Recipients
AD-014 = Write a number of days from 1 to 36500.
AD-015 = Choose from the list.
ST-018 = A request about one piece of information is either granted or refused, not partly.
staff-new-password = Choose your own password
SA-003 = Choose a password that is not your e-mail address.

# Enrolment links for new accounts
SA-004 = This link has expired or was already used. Ask your administrator to send you a new one.
AD-016 = This account has set up its second step already. Reset the second step first if the person needs to start again.
welcome-title = Set up your account
welcome-intro = Choose the password for your account:
welcome-password-hint = At least 12 characters. Only you know it: nobody at Amana will ever ask you for it. Next you set up your authenticator app.
mail-enrolment-subject = Set up your Amana account
mail-enrolment-body =
    An Amana account was made for this address. Open this link to choose your password and set up your second sign-in step:

    { $url }

    The link works once, for { $hours } hours. If you did not expect this mail, you can ignore it.

## Administration: source systems, their API keys and webhooks
admin-source-systems = Source systems
admin-source-systems-intro = The authority's own systems that load people into Amana through the API. Each may write only the purposes and kinds of information ticked here, and only with its own keys.
admin-new-source-system = Register a source system
admin-source-system-contact = Who runs it
admin-source-system-contact-hint = A team or address to reach when its calls fail.
admin-source-system-purposes = Purposes it may write
admin-source-system-categories = Kinds of information it may write
admin-webhook = Webhook
admin-webhook-none = None: the system reads the change feed.
admin-webhook-url = Address Amana calls when a change concerns this system
admin-webhook-hint = Saving makes a new signing secret, shown once. The old secret stops working.
admin-webhook-save = Save the webhook
admin-webhook-stop = Stop the webhook
admin-api-keys = API keys
admin-new-key = Make a new key
admin-key-scopes = What the key may do
admin-key-days = Valid for (days)
admin-new-key-hint = The key is shown once, right after. A system can hold two working keys, so a new key can replace the old one without a pause.
admin-key-live = Works
admin-key-expired = Expired
admin-key-revoked = Revoked on
admin-key-created = Made
admin-key-expires = expires
admin-key-last-used = last used
admin-key-never-used = never
admin-key-revoke = Revoke
admin-new-key-shown = New API key for
admin-webhook-secret-shown = New webhook signing secret for
admin-shown-once-hint = Copy it now and give it to the system's operators by a safe route. Amana does not keep it and cannot show it again.
api-scope-people-write = Load and remove people
api-scope-changes-read = Read approved changes
api-scope-changes-ack = Confirm changes were made
api-scope-access-events-write = Report who looked at data
AD-017 = There is already a source system with this name.
AD-018 = Write a number of days from 1 to 1095.
AD-019 = This system has two keys that still work. Revoke one before you make another.
AD-020 = Choose at least one.
AD-021 = Write a whole web address, like https://cases.example.org/amana.

## Administration: languages
admin-locales = Languages
admin-locales-intro = Every language people can choose, and whether someone who speaks it has checked the translation.
admin-locale-source = Source language
admin-locale-draft = First draft, not checked yet
admin-locale-reviewed = Checked by { $reviewer } on { $date }
