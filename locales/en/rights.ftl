# Amana — English: exercising rights (requests about one's data). Every locale has the same keys.

nav-my-requests = My requests

## Actions beside each field on My data
action-correct = This is wrong
action-erase = Delete this
action-restrict = Stop using this
my-data-erase-all = Ask for all my data to be deleted

## Request forms
request-correct-title = Correct your data
request-erase-title = Delete your data
request-restrict-title = Stop the use of your data
request-erase-all-title = Delete all your data
request-proposed-value = What it should say
request-proposed-value-hint = Write the correct information.
request-erase-explained = You are asking for this information to be deleted. Some information must be kept by law; if so, we will tell you why.
request-erase-all-explained = You are asking for all the information held about you to be deleted. Some information must be kept by law, for example while your case is open; if so, we will tell you what and why.
request-restrict-choose = What do you want?
request-restriction-explained = Keep the information, but do not use it while it is checked (for example, because you think it is wrong).
request-objection-explained = Stop using the information for this purpose, because of your own situation.
request-explanation = Anything you want to add (optional)
request-explanation-hint = For example why, or what happened. You can also send documents later.
request-deadline-explained = Asking is free. You will get an answer within one month. If your request is complicated, the time can be extended by two more months, and you will be told why.
request-send = Send my request
request-cancel = Go back without sending
request-whole-record = All my data

## Kinds and states of requests
kind-access = Copy of my data
kind-correction = Correction
kind-erasure = Deletion
kind-restriction = Pause the use
kind-objection = Objection to the use
kind-complaint = Complaint
status-submitted = Received
status-in_review = Being checked
status-awaiting_information = Waiting for information from you
status-decided = Decided
status-completed = Done
status-withdrawn = Withdrawn

## My requests
requests-title = My requests
requests-intro = Here you can follow everything you asked for, see the date you will get an answer, and read messages.
requests-none = You have not made any requests yet. To make one, go to My data and choose a piece of information.
requests-back = Back to my requests
request-title = Your request
request-reference = Reference
request-kind = Request
request-about = About
request-status = Status
request-received = Received on
request-due = Answer by
request-extended = The time to answer was extended. Reason:
request-decision = The decision
request-timeline = What happened
request-upstream = In the authority's own systems
request-upstream-done = Done in { $system } on { $date }.
request-upstream-waiting = Not yet done in { $system }. Staff are following it up.
request-messages = Messages
request-no-messages = No messages yet.
request-add-information = Add information or reply
request-add-information-hint = Write here if you want to add something or answer a question.
request-send-information = Send
request-withdraw = Withdraw this request
notice-request-filed = Your request was received. We have sent you a confirmation.
notice-request-sent = Your message was added to the request.
notice-request-withdrawn = Your request was withdrawn. Nothing more will happen with it.

actor-you = You
actor-system = Amana
actor-source = { $role } · { $office } (in { $system })
role-caseworker = Caseworker
role-reviewer = Reviewer
role-dpo = Data protection officer
role-admin = Administrator
role-auditor = Auditor

timeline-submitted = Request received
timeline-in-review = Being checked
timeline-information-requested = More information was asked for
timeline-information-added = Information added
timeline-extended = Time to answer extended
timeline-decided = Decision made
timeline-completed = Done
timeline-withdrawn = Request withdrawn

reason-legal-obligation = The law requires us to keep this information.
reason-still-needed-for-case = The information is still needed for your open case.
reason-accuracy-confirmed = We checked the information and it is correct.
reason-public-interest = The use is needed for a task in the public interest that outweighs your situation.

## Withdrawing
withdraw-title = Withdraw your request?
withdraw-explained = If you withdraw, we stop working on this request. You can make a new request at any time.
withdraw-confirm = Yes, withdraw it
withdraw-cancel = No, keep my request

## Errors
RQ-001 = You already have an open request about this. You can follow it under My requests.
RQ-002 = This request has already been decided or withdrawn, so it cannot be changed.
RQ-010 = Write what the information should say.
RQ-011 = That is too long. Please shorten it to 500 characters.
RQ-012 = That is too long. Please shorten it to 2000 characters.
RQ-013 = That is what we already have. Write what it should say instead.
RQ-014 = Write a message before sending.
RQ-015 = That is too long. Please shorten it to 2000 characters.
RQ-016 = Choose one of the options.

## E-mails (they never contain personal data)
mail-request-received-subject = We received your request
mail-request-received-body =
    We received your request. You will get an answer within one month.

    Sign in to follow it: { $url }
mail-request-news-subject = There is news about your request
mail-request-news-body =
    There is news about your request. Sign in to read it: { $url }

## Documents
request-evidence = A document (optional)
request-evidence-hint = A PDF or a photo (JPEG or PNG), up to 5 MB. For example a certificate that shows the correct information.
request-documents = Documents you sent
request-document = Document
RQ-020 = The file is too big. Send a file of up to 5 MB.
RQ-021 = This kind of file cannot be accepted. Send a PDF or a photo (JPEG or PNG).
RQ-022 = This request already holds as many documents as it can (20 files, 50 MB in all). Write a message instead, or ask us how to send more.
