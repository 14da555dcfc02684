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
MD-003 = This code does not work. It may be mistyped, used already or older than 30 minutes.
access-mandate-activated = Started helping you with your permission

## The helper enters a code
helper-redeem-title = Enter a code from a person
helper-redeem-intro = The person gives you a code from their own account. Type it here to start helping them.
helper-redeem-code = Code
helper-redeem = Start helping
helper-mandate-taken-up = You may now help this person, within what they allowed.
