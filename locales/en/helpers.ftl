## Helpers of civil-society organisations
helper-sign-in-title = Helper sign-in
helper-sign-in-intro = For helpers of organisations registered with the authority. Sign in with your e-mail address and password, then a code from your authenticator app.
helper-home-title = People you help
helper-people = People who gave you a mandate
helper-people-none = Nobody has given you a mandate yet, or all mandates have ended. A person gives you one from their own account, with a short code.
helper-scope = You may
helper-until = Until
nav-helper-people = People you help
mandate-scope-view = see their data
mandate-scope-request = make requests for them
mandate-scope-consent = manage their consent
mandate-scope-complain = complain for them

## Administration: organisations and their helpers
admin-organisations = Helper organisations
admin-organisations-intro = Civil-society organisations whose helpers may act for people who give them a mandate. Suspending an organisation ends its helpers' access at once.
admin-new-organisation = Register an organisation
admin-organisation-kind = Kind
admin-organisation-contact = Contact
organisation-kind-ngo = Non-governmental organisation
organisation-kind-legal-aid = Legal aid
organisation-kind-community-group = Community group
admin-suspended = suspended
admin-suspend = Suspend
admin-reinstate = Reinstate
admin-helpers = Helpers
admin-new-helper = Add a helper
admin-helper-organisation = Organisation

## Mandates: the person gives a helper permission to act for them
nav-mandates = Helpers
mandates-title = People who may help you
mandates-intro = You can let a helper from an organisation you trust act for you: see your data, make requests, manage consent or complain. You choose what and for how long, and you can stop it at any time.
mandates-none = You have not given anyone permission yet.
mandates-back = Back to the people who may help you
mandate-no-helper-yet = Waiting for the helper to enter the code
mandate-state-waiting = waiting for the code
mandate-state-active = active
mandate-state-revoked = stopped by you
mandate-state-ended = ended
mandate-revoke = Stop this permission now
mandate-grant-title = Give a helper permission
mandate-grant-intro = You will get a short code. Give it to your helper yourself, in person or by phone. It works once, for 30 minutes.
mandate-grant-scope = What may the helper do?
mandate-grant-days = For how long?
mandate-days-1 = One day
mandate-days-7 = One week
mandate-days-30 = One month
mandate-days-90 = Three months
mandate-days-182 = Six months
mandate-grant = Get the code
mandate-code-title = The code for your helper
mandate-code-intro = Give this code to your helper. It works once, within 30 minutes.
mandate-code-warning = Only give it to the person you want to help you. Nobody from the authority will ask you for it.
mandate-code-shown = The code was shown once. If you did not give it to your helper, stop that permission and make a new one.
notice-mandate-revoked = The permission was stopped. The helper can no longer act for you.
MD-001 = Choose at least one thing the helper may do.
MD-002 = Choose for how long.
MD-003 = This code does not work. It may be mistyped, used already or too old.
MD-004 = Your permission from this person does not cover this, or it has ended.
MD-005 = Enter the person's case reference.
MD-006 = The case reference can only have letters, numbers and dashes, as printed on the person's papers.
MD-007 = Enter the person's date of birth.
MD-008 = Enter the date of birth as on the papers, for example 1990-01-31 or 31/01/1990, or just 1978 or 1978-11 if they give no more.
access-mandate-activated = Started helping you with your permission

## The helper enters a code
helper-redeem-title = Enter a code from a person
helper-redeem-intro = The person gives you a code from their own account. Type it here to start helping them.
helper-redeem-code = Code
helper-redeem = Start helping
helper-mandate-taken-up = You may now help this person, within what they allowed.

## A helper acting for a person
helper-act-for = Act for this person
helper-acting-label = Acting for someone
helper-acting-for = You are acting for { $name }
helper-nav-data = Their data
helper-nav-requests = Their requests
helper-nav-consent = Their consent
helper-nav-complain = Complain for them
helper-stop-acting = Stop acting for this person
helper-mandate-ended = Your permission to act for that person has ended: it expired, the person stopped it, or your organisation was suspended.
actor-helper = { $helper } of { $organisation } (helper)
actor-helper-for = { $helper } of { $organisation } on behalf of { $person }
actor-helper-for-you = { $helper } of { $organisation } on your behalf
message-to-helper = to the helper
access-requests-listed = Looked at the list of your requests
access-consent-viewed = Looked at your consent
access-request-filed = Made a request for you
access-request-withdrawn = Withdrew one of your requests
access-request-information-added = Added information to one of your requests
access-consent-given = Gave consent for you
access-consent-withdrawn = Withdrew consent for you
access-complaint-filed = Made a complaint for you
case-submitted-by = Submitted by
case-submitted-by-helper = { $helper } of { $organisation } on behalf of { $person }
case-message-to = Send to
case-message-to-person = The person
ST-028 = There is no helper to write to: this request did not come through a helper, or the helper's permission has ended.
mail-helper-news-subject = A message about a request you made for someone
mail-helper-news-body =
    There is a message for you about a request you made for someone. Sign in to read it: { $url }

## Assisted start: the helper asks, the person confirms with a code
helper-assisted-title = Start with someone who is with you
helper-assisted-intro = If the person is with you, type their case reference and date of birth and choose what they want you to do. They get a code at their own contact address; if they have none, the authority's office prints one for them. Your permission starts only when you type that code in "Enter a code from a person".
helper-assisted-send = Ask the person for a code
helper-assisted-sent = If these details match a record, the person got a code at their contact address. If they have no contact address, they can ask the authority's office for a printed code.
mail-mandate-request-subject = A helper asks to act for you
mail-mandate-request-body =
    { $organisation } asks to help you with your data at the authority. They would be allowed to: { $scope }.

    If you are with them and you agree, give them this code: { $code }

    It works once, for 30 minutes. If you did not ask for help, ignore this message: nothing happens without the code.
access-mandate-requested = Asked to act for you (nothing happens until you give your code)
access-mandate-code-printed = Printed a code for you to confirm a helper
nav-staff-mandates = Helper requests
staff-mandates-title = Helper requests waiting for a code
staff-mandates-intro = A helper started these for someone who may have no contact address. Check the person's identity in person first. Then print a code and give it to the person, not to the helper: it works once, for three days, and only for that helper.
staff-mandates-none = No helper request is waiting.
staff-mandates-requested = Asked on
staff-mandates-print = Print a code for the person
staff-mandate-code-title = Code for the person
staff-mandate-code-intro = Give this paper to the person. If they agree, they give the code to their helper, who types it in. Only this helper can use it, once, until { $until }.
staff-mandate-code-shown = The code was shown once. If the paper was lost, print a new code: the old one stops working.
access-mandate-request-viewed = Looked at a helper's request to act for you
notice-mandate-code-printed = Staff printed a code on paper so that a helper can act for you. If you did not ask for this, stop it under Helpers.
