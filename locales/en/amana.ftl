# Amana — English. Every string a person reads comes from here; other locales must define every key.

## The whole site
app-name = Amana
nav-skip = Skip to content
nav-label = Main
nav-language = Language
nav-my-data = My data
nav-sign-out = Sign out
nav-quick-exit = Quick exit
footer-fictional = Amana is a demonstration. All people and records in it are invented.
form-error-summary = There is a problem

## Home
home-title = Your data, your rights
home-choose-language = Choose your language
home-about-heading = What is this?
home-about = This is where you can see the personal data the authority holds about you, why it holds it, and who it is shared with. You can ask for it to be corrected or deleted, and see who looked at it.
home-rights-heading = Your rights
right-access = See all the data held about you, and get a copy.
right-correct = Ask for wrong data to be corrected.
right-erase = Ask for data to be deleted.
right-restrict = Ask for your data to no longer be used.
right-consent = Give or take back your consent, at any time.
right-complain = Complain to an independent authority.
right-who-looked = See who looked at your data, and why.
home-rights-free = Using your rights is free. You will get an answer within one month. If your request is complicated, this can be extended by two more months, and you will be told why.
home-sign-in = Sign in
notice-signed-out = You have signed out. If this is a shared phone, close the browser now.

## Not found
not-found-title = Page not found
not-found-home = Go to the start page

## Sign in
sign-in-title = Sign in
sign-in-intro = Enter the case reference printed on your papers and your date of birth. We will send a one-time code to the contact we have on file for you.
sign-in-case-reference = Case reference
sign-in-case-reference-hint = For example DEMO-0001. It is printed on your papers.
sign-in-date-of-birth = Date of birth
sign-in-date-of-birth-hint = As on your papers: year-month-day (1990-01-31) or day/month/year (31/01/1990). If they give only the year, or the year and month, type just that (1978 or 1978-11).
sign-in-send-code = Send me a code
sign-in-privacy = We never tell anyone whether a case reference exists.

code-title = Enter your code
code-intro = If the details you entered match our records, we have sent a 6-digit code to the contact we have on file for you. The code works for 10 minutes.
code-label = 6-digit code
code-hint = You can type it with spaces.
code-submit = Sign in
code-start-again = No code? Start again

## My data
my-data-title = My data
my-data-reference = Case reference:
my-data-intro = Everything held about you, by kind. Tap the name of a kind to see where each item came from, why and until when it is kept, who receives it, and what you can ask for.
my-data-sensitive = Sensitive
my-data-sensitive-explained = This is sensitive data. It has extra protection, and staff must give a reason to open it.
my-data-source = Came from
my-data-purpose = Why it is kept
my-data-legal-basis = Law that allows it
my-data-kept-until = Kept until
my-data-shared-with = Shared with
# How many items of data one kind holds, beside its heading ("Identity · 6 items").
my-data-field-count = { $count ->
    [one] { $count } item
   *[other] { $count } items
}
my-data-why = Why it is kept and who receives it

category-identity = Identity
category-contact = Contact details
category-family = Family
category-legal-status = Legal status
category-health = Health
category-biometrics = Biometrics
category-education = Education
category-employment = Work
category-case-history = Case history

field-given-name = Given name
field-family-name = Family name
field-date-of-birth = Date of birth
field-place-of-birth = Place of birth
field-nationality = Nationality
field-sex = Sex
field-native-language = First language
field-document-number = Document number
field-email = Email address
field-phone = Phone number
field-address = Address
field-municipality = Municipality
field-marital-status = Marital status
field-spouse-name = Spouse's name
field-children-count = Number of children
field-dependants = Other dependants
field-next-of-kin = Next of kin
field-residence-status = Residence status
field-permit-type = Permit type
field-permit-expiry = Permit valid until
field-asylum-claim-date = Date of asylum claim
field-appeal-status = Appeal
field-screening-date = Health screening date
field-screening-result = Health screening outcome
field-vaccinations = Vaccinations
field-disability-needs = Disability support needs
field-medication-needs = Medication needs
field-fingerprint-record = Fingerprint record
field-photo-record = Photo record
field-enrolment-date = Biometric enrolment date
field-enrolment-office = Enrolment office
field-highest-education = Highest education
field-languages-spoken = Languages spoken
field-school-enrolment = School enrolment
field-work-permit = Work permit
field-occupation = Occupation
field-employer = Employer
field-case-opened = Case opened
field-case-office = Case office
field-interview-date = Interview date
field-last-decision = Latest decision
field-decision-date = Date of latest decision
field-resettlement-referral = Resettlement referral
field-statistics-cohort = Statistics group

purpose-case-management = Handling your case
purpose-residence-permit = Deciding on your residence permit
purpose-health-screening = Health screening on arrival
purpose-family-reunification = Reuniting your family
purpose-biometric-identity = Confirming your identity
purpose-integration-support = Support with school, language and work
purpose-resettlement-referral = Referral for resettlement to another country
purpose-statistics = Anonymous statistics
purpose-service-updates = News about services

legal-basis-public-task = A task in the public interest set by law
legal-basis-legal-obligation = A legal obligation of the authority
legal-basis-consent = Your consent, which you can take back
legal-basis-vital-interests = To protect someone's life
legal-basis-contract = A contract with you
legal-basis-legitimate-interests = A legitimate interest, weighed against your rights

recipient-none = Nobody outside the authority
recipient-border-agency = Border agency
recipient-municipality = Your municipality
recipient-health-service = Public health service
recipient-unhcr = UNHCR
recipient-education-provider = School or language course provider
recipient-resettlement-country = The resettlement country
recipient-statistics-office = Statistics office (without your name)

## Values from source systems that have a translation
value-single = Single
value-married = Married
value-widowed = Widowed
value-asylum-seeker = Asylum seeker
value-refugee = Refugee
value-subsidiary-protection = Subsidiary protection
value-temporary-protection = Temporary protection
value-none = None
value-pending = Pending
value-closed = Closed
value-no-follow-up = No follow-up needed
value-follow-up-booked = Follow-up appointment booked
value-complete = Complete
value-partial = Partial
value-unknown = Unknown
value-mobility-support = Mobility support
value-hearing-support = Hearing support
value-regular-prescription = Regular prescription
value-primary = Primary school
value-secondary = Secondary school
value-vocational = Vocational training
value-university = University
value-not-applicable = Not applicable
value-enrolled = Enrolled
value-waiting-list = On the waiting list
value-yes = Yes
value-no = No
value-applied = Applied for
value-nurse = Nurse
value-electrician = Electrician
value-teacher = Teacher
value-cook = Cook
value-driver = Driver
value-student = Student
value-interview-scheduled = Interview scheduled
value-permit-granted = Permit granted
value-under-review = Under review
value-not-referred = Not referred
value-referred = Referred
value-accepted = Accepted

## Errors (codes are stable; the text says what to do)
SI-001 = Enter your case reference.
SI-002 = The case reference can only have letters, numbers and dashes, as printed on your papers.
SI-003 = Enter your date of birth.
SI-004 = Enter your date of birth as on your papers, for example 1990-01-31 or 31/01/1990, or just 1978 or 1978-11 if they give no more.
SI-005 = Enter the code from the message we sent you.
SI-006 = The code has 6 digits. Check the message and try again.
SI-010 = That code is not right, or it has expired. Check the message and try again.
SI-011 = This sign-in has expired or was tried too many times. Please start again.
SI-012 = Too many attempts. Please wait a few minutes and try again.
AU-001 = Your session has ended. Please sign in again.
GEN-400 = Some of the information is not right. Check the form and try again.
GEN-403 = This form has expired. Go back, reload the page and try again.
GEN-404 = This page does not exist, or you cannot see it.
GEN-409 = Someone else changed this at the same moment, so nothing was saved. Reload the page and try again.
GEN-500 = Something went wrong on our side. Nothing you sent was lost. Please try again in a few minutes.

## E-mails (they never contain personal data)
mail-sign-in-subject = Your Amana sign-in code
mail-sign-in-body =
    Your sign-in code is: { $code }

    It works for { $minutes } minutes. Type it on the page where you asked for it.

    If you did not ask for a code, you can ignore this message. Nobody can sign in without the code.

## Translation status
footer-draft-translation = This translation is a first draft. If something is unclear, ask staff or a helper.

# What search engines show under the portal's name (start and sign-in pages only).
meta-description = See what the migration authority holds about you, and ask for it to be corrected, deleted or no longer used, in your own language.
