# The breach register (data-protection officer) and the notice a person reads about a breach of their data.
nav-breaches = Breaches
breaches-title = Breach register
breaches-intro = Every breach of personal data is recorded here, whether or not it must be reported. The supervisory authority must be told within 72 hours of the moment we became aware, unless the breach is unlikely to put anyone at risk.
breaches-none = No breach has been recorded.
breach-title = Breach
breach-back = Back to the breach register
breach-reference = Reference
breach-clock-left =
    { $hours ->
        [one] Tell the supervisory authority by { $due }: { $hours } hour left.
       *[other] Tell the supervisory authority by { $due }: { $hours } hours left.
    }
breach-clock-late =
    { $hours ->
        [one] The supervisory authority should have been told by { $due }: { $hours } hour late. Give the reason for the delay.
       *[other] The supervisory authority should have been told by { $due }: { $hours } hours late. Give the reason for the delay.
    }
breach-clock-told =
    { $hours ->
        [one] The supervisory authority was told on { $when }, { $hours } hour after we became aware.
       *[other] The supervisory authority was told on { $when }, { $hours } hours after we became aware.
    }
breach-people-count = People concerned: { $people }. Notices sent: { $notified }.
breach-record-heading = Record a breach
breach-discovered-at = When the breach was discovered
breach-aware-at = When we became aware that personal data was affected
breach-aware-at-hint = The 72 hours start here. Date and time in UTC.
breach-processor-reported-at = When a processor reported it to us (if one did)
breach-moment-hint = Date and time in UTC, for example 2026-12-03 14:30.
breach-optional-moment-hint = Leave empty if no processor was involved.
breach-not-given = Not given
breach-nature = What happened to the data
breach-nature-confidentiality = Someone who should not have seen it may have seen it (confidentiality)
breach-nature-integrity = It was changed wrongly (integrity)
breach-nature-availability = It was lost or could not be reached (availability)
breach-description = What happened
breach-description-hint = For the register only, never shown to the people concerned. Do not write personal data here.
breach-categories = Kinds of data concerned
breach-approx-people = About how many people
breach-approx-records = About how many records
breach-consequences = Likely consequences for the people concerned
breach-consequence-others-may-read = Someone who should not have your information may read it.
breach-consequence-identity-misuse = Someone may use your details to pretend to be you.
breach-consequence-contact-by-strangers = Strangers may try to contact you or find where you live.
breach-consequence-wrong-decision = A decision about you could be based on wrong information.
breach-consequence-delay = Your case could take longer.
breach-consequence-data-lost = Some of your information may be lost.
breach-measures = What we did or will do
breach-measure-access-closed = We closed the way the information got out.
breach-measure-data-recovered = We got the information back or restored it.
breach-measure-recipient-asked-to-delete = We asked whoever received it to delete it, and checked that they did.
breach-measure-police-informed = We told the police.
breach-measure-accounts-secured = We changed passwords and locked the accounts concerned.
breach-measure-staff-trained = We changed how our staff work so that it does not happen again.
breach-advice = What the people concerned can do
breach-advice-watch-for-contact = Be careful with unexpected calls, messages or visits about your case.
breach-advice-do-not-answer-strangers = Never give your case number or date of birth to someone who contacts you first.
breach-advice-check-my-data = Check your data in this portal and ask us to correct anything wrong.
breach-advice-tell-helper = If a support organisation helps you, tell them about this notice.
breach-advice-ask-us = Ask us if you have questions, or if you feel unsafe.
breach-risk = Risk to the people concerned
breach-risk-unlikely = Unlikely to cause any risk (the authority need not be told; say why)
breach-risk-risk = A risk (tell the authority)
breach-risk-high = A high risk (tell the authority and every person concerned)
breach-risk-reasoning = Why this is the risk
breach-risk-reasoning-hint = Your reasoning is kept in the register, also when you decide not to tell the authority or the people concerned.
breach-record = Record the breach
breach-recorded = The breach is recorded. The 72-hour clock is running.
breach-tell-heading = Telling the supervisory authority
breach-told-at = When the authority was told
breach-authority-reference = The authority's reference
breach-delay-reason = Reason for any delay
breach-delay-reason-hint = Needed when the authority is told more than 72 hours after we became aware.
breach-tell = Record that the authority was told
breach-authority-recorded = Recorded: the supervisory authority was told.
breach-updates-heading = Information given later
breach-update = More information given to the authority
breach-update-hint = What you learnt and told the authority after the first notification.
breach-add-update = Add this information
breach-update-added = The information is added to the register.
breach-people-heading = People concerned
breach-people = Case references of people concerned
breach-people-hint = One case reference per line.
breach-add-people = Add these people
breach-people-added = The people are added. Send them the notice when you are ready.
breach-notify-explained =
    { $people ->
        [one] { $people } person has not been sent the notice yet. They will read it when they sign in, and get a message that there is news.
       *[other] { $people } people have not been sent the notice yet. They will read it when they sign in, and get a message that there is news.
    }
breach-notify = Send the notice
breach-people-notified = The notices are sent.
breach-notice-heading = A problem with your data
breach-notice-intro = On { $date } we found out that there was a problem with some of your information. We are sorry. This is what happened and what you can do.
breach-notice-data = Information concerned: { $categories }
breach-notice-consequences = What could happen
breach-notice-measures = What we did
breach-notice-advice = What you can do
breach-notice-contact = Questions? Write to our data protection officer: { $contact }
breach-notice-sent = Told on { $date }
BR-001 = Write a whole number, 0 or more.
BR-002 = This moment is in the future.
BR-003 = This cannot be before the breach was discovered.
BR-004 = More than 72 hours passed since we became aware: give the reason for the delay.
BR-005 = These lines match no case reference. Correct or remove them; nobody was added yet.
BR-006 = Write a date and time, for example 2026-12-03 14:30.
BR-007 = The authority's notification is recorded already. Add later information below.
mail-data-incident-subject = Important information about your data
mail-data-incident-body =
    There is important information about your data. Sign in to read it: { $url }
sms-data-incident = Amana: important information about your data. Sign in to read it: { $url }
breach-nature-person-confidentiality = Someone who should not have seen some of your information may have seen it.
breach-nature-person-integrity = Some of your information was changed wrongly.
breach-nature-person-availability = Some of your information was lost or could not be reached for a while.
breach-clocks-heading = Breaches: tell the supervisory authority
breach-people-list = Who is concerned, and when each was sent the notice
breach-person-reference = Case reference
breach-person-notified = Notice sent
breach-person-not-notified = Not yet
