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
