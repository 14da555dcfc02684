# Recipients outside the authority and their data-sharing agreements: the public list (/recipients), the
# administrators' register, and the names on My data.
nav-recipients = Recipients
footer-recipients = Who receives data from us
my-data-recipients = Received by
recipients-title = Who receives data from us
recipients-intro = These organisations receive some personal data from us, each under a written agreement. This is what each agreement allows.
recipients-none = No organisation outside the authority receives personal data from us at the moment.
recipients-kind = Kind of organisation
recipients-country = Country
recipients-purpose = For what
recipients-legal-basis = Legal basis
recipients-categories = Kinds of data it receives
recipients-retention = How long it may keep the data
recipients-days =
    { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
recipients-breach-notice = Must tell us of a breach of the data within
recipients-hours =
    { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }
recipients-terms = Always
recipients-terms-fixed = It may not pass the data on to anyone else, and we may check how it handles the data.
recipients-ends-on = The agreement ends on
recipients-register-title = Recipients and agreements
recipients-register-intro = Register each organisation that receives personal data, with its data-sharing agreement. An authority of a country people flee from can never receive data that shows someone sought protection, or where and with whom they live.
recipients-origin-authority = Authority of a country of origin
recipients-origin-authority-choice = This is an authority of a country people flee from
recipients-add-heading = Add a recipient
recipients-name = Name of the organisation
recipients-country-hint = Two letters, for example DE or KE.
recipients-retention-days = Days it may keep the data (1 to 1095)
recipients-breach-notice-hours = Hours within which it must tell us of a breach (at most 24)
recipients-ends-on-hint = The last day of the agreement, for example 2027-12-31.
recipients-add = Add the recipient
recipients-added = The recipient and its agreement are registered.
RC-001 = An authority of a country people flee from can never receive this kind of data.
RC-002 = Write the country as two letters, like DE or KE.
RC-003 = Write the last day of the agreement, after today, like 2027-12-31.
RC-004 = A recipient must tell us of a breach within 24 hours: write a number from 1 to 24.
RC-005 = There is already a recipient with this name.
