# Galmee sarbama odeeffannoo (itti gaafatamaa eegumsa odeeffannoo) fi beeksisa namni tokko waa'ee sarbama odeeffannoo isaa dubbisu.
nav-breaches = Sarbama odeeffannoo
breaches-title = Galmee sarbama odeeffannoo
breaches-intro = Sarbamni odeeffannoo dhuunfaa hundi, gabaafamuu qabaatus baatus, asitti galmaa'a. Sarbamni sun nama kamiyyuu balaaf saaxiluun isaa kan hin eegamne yoo ta'e malee, qaamni to'annoo erga nuti beeknee sa'aatii 72 keessatti beeksifamuu qaba.
breaches-none = Hanga ammaatti sarbamni galmaa'e hin jiru.
breach-title = Sarbama odeeffannoo
breach-back = Gara galmee sarbama odeeffannootti deebi'aa
breach-reference = Lakkoofsa galmee
breach-clock-left =
    { $hours ->
        [one] Hanga { $due }tti qaama to'annootti himaa: sa'aatii { $hours } hafeera.
       *[other] Hanga { $due }tti qaama to'annootti himaa: sa'aatii { $hours } hafeera.
    }
breach-clock-late =
    { $hours ->
        [one] Qaamni to'annoo hanga { $due }tti beeksifamuu qaba ture: sa'aatii { $hours } turfameera. Sababa turtii ibsaa.
       *[other] Qaamni to'annoo hanga { $due }tti beeksifamuu qaba ture: sa'aatii { $hours } turfameera. Sababa turtii ibsaa.
    }
breach-clock-told =
    { $hours ->
        [one] Qaamni to'annoo guyyaa { $when } beeksifameera; kunis erga nuti beeknee sa'aatii { $hours } booda.
       *[other] Qaamni to'annoo guyyaa { $when } beeksifameera; kunis erga nuti beeknee sa'aatii { $hours } booda.
    }
breach-people-count = Namoota ilaallatu: { $people }. Beeksisa ergame: { $notified }.
breach-record-heading = Sarbama galmeessaa
breach-discovered-at = Sarbamni yoom akka argame
breach-aware-at = Odeeffannoon dhuunfaa akka tuqame yoom akka beekne
breach-aware-at-hint = Sa'aatiin 72 asii jalqaba. Guyyaa fi sa'aatii UTC'n.
breach-processor-reported-at = Dhaabbanni odeeffannoo nuuf hojjetu (processor) yoom akka nutti gabaase (yoo gabaase)
breach-moment-hint = Guyyaa fi sa'aatii UTC'n, fakkeenyaaf 2026-12-03 14:30.
breach-optional-moment-hint = Yoo dhaabbanni odeeffannoo nuuf hojjetu keessatti hin hirmaanne, duwwaa dhiisaa.
breach-not-given = Hin kennamne
breach-nature = Odeeffannoo irratti maaltu ta'e
breach-nature-confidentiality = Namni arguu hin qabne argee ta'uu danda'a (iccitii)
breach-nature-integrity = Dogoggoraan jijjiirame (sirrummaa)
breach-nature-availability = Bade ykn argachuun hin danda'amne (argamuu)
breach-description = Maaltu ta'e
breach-description-hint = Galmee qofaaf; namoota ilaallatuuf gonkumaa hin mul'atu. Asitti odeeffannoo dhuunfaa hin barreessinaa.
breach-categories = Gosoota odeeffannoo ilaallatu
breach-approx-people = Tilmaamaan namoota meeqa
breach-approx-records = Tilmaamaan galmeewwan meeqa
breach-consequences = Miidhaa namoota ilaallatu irra ga'uu danda'u
breach-consequence-others-may-read = Namni odeeffannoo keessan argachuu hin qabne dubbisuu danda'a.
breach-consequence-identity-misuse = Namni tokko akka waan isin ta'eetti of fakkeessuuf odeeffannoo keessanitti fayyadamuu danda'a.
breach-consequence-contact-by-strangers = Namoonni isin hin beekne isin qunnamuuf ykn bakka jiraattan beekuuf yaaluu danda'u.
breach-consequence-wrong-decision = Murteen waa'ee keessan odeeffannoo dogoggoraa irratti hundaa'uu danda'a.
breach-consequence-delay = Dhimmi keessan yeroo dheeraa fudhachuu danda'a.
breach-consequence-data-lost = Odeeffannoon keessan tokko tokko bade ta'uu danda'a.
breach-measures = Waan goone ykn goonu
breach-measure-access-closed = Karaa odeeffannoon itti bahe cufneerra.
breach-measure-data-recovered = Odeeffannoo sana deebifanneerra ykn bakka isaatti deebisneerra.
breach-measure-recipient-asked-to-delete = Nama odeeffannoo sana argate akka haqu gaafannee, akka haqe mirkaneeffanneerra.
breach-measure-police-informed = Poolisiif beeksisneerra.
breach-measure-accounts-secured = Jechoota icciitii jijjiirree akkaawuntiiwwan ilaallatan cufneerra.
breach-measure-staff-trained = Akka kun irra deebi'ee hin uumamneef, akkaataa hojjettoonni keenya itti hojjetan jijjiirreerra.
breach-advice = Namoonni ilaallatu maal gochuu danda'u
breach-advice-watch-for-contact = Bilbila, ergaa ykn daawwannaa osoo hin eegin waa'ee dhimma keessanii dhufu irraa of eeggadhaa.
breach-advice-do-not-answer-strangers = Nama ofii isaatii dursee isin qunnamuuf lakkoofsa dhimma keessanii ykn guyyaa dhaloota keessanii gonkumaa hin kenninaa.
breach-advice-check-my-data = Asuma Amana keessatti odeeffannoo keessan ilaalaa; wanti dogoggoraa yoo jiraate akka sirreessinu nu gaafadhaa.
breach-advice-tell-helper = Dhaabbanni isin gargaaru yoo jiraate, waa'ee beeksisa kanaa itti himaa.
breach-advice-ask-us = Gaaffii yoo qabaattan, ykn nageenya akka hin qabne yoo isinitti dhaga'ame, nu gaafadhaa.
breach-risk = Balaa namoota ilaallatu irra jiru
breach-risk-unlikely = Balaa tokkollee fiduun isaa hin eegamu (qaama to'annootti himuun hin barbaachisu; sababa isaa ibsaa)
breach-risk-risk = Balaan jira (qaama to'annootti himaa)
breach-risk-high = Balaa guddaatu jira (qaama to'annoo fi nama ilaallatu hundatti himaa)
breach-risk-reasoning = Balaan kun maaliif akkas jedhamee tilmaame
breach-risk-reasoning-hint = Sababni keessan galmee keessatti kuufama; qaama to'annoo ykn namoota ilaallatutti akka hin himne yoo murteessitanis.
breach-record = Sarbama galmeessaa
breach-recorded = Sarbamni galmaa'eera. Lakkaa'insi sa'aatii 72 jalqabeera.
breach-tell-heading = Qaama to'annootti himuu
breach-told-at = Qaamni to'annoo yoom akka beeksifame
breach-authority-reference = Lakkoofsa galmee qaama to'annoo
breach-delay-reason = Sababa turtii (yoo jiraate)
breach-delay-reason-hint = Qaamni to'annoo erga nuti beeknee sa'aatii 72 booda yoo beeksifame barbaachisa.
breach-tell = Qaamni to'annoo akka beeksifame galmeessaa
breach-authority-recorded = Galmaa'eera: qaamni to'annoo beeksifameera.
breach-updates-heading = Odeeffannoo booda kenname
breach-update = Odeeffannoo dabalataa qaama to'annootiif kenname
breach-update-hint = Wanta beeksisa jalqabaa booda baratanii fi qaama to'annootti himtan.
breach-add-update = Odeeffannoo kana dabalaa
breach-update-added = Odeeffannoon galmee keessatti dabalameera.
breach-people-heading = Namoota ilaallatu
breach-people = Lakkoofsa dhimmaa namoota ilaallatuu
breach-people-hint = Sarara tokkotti lakkoofsa dhimmaa tokko.
breach-add-people = Namoota kana dabalaa
breach-people-added = Namoonni dabalamaniiru. Yeroo qophooftan beeksisa isaaniif ergaa.
breach-notify-explained =
    { $people ->
        [one] Namni { $people } ammallee beeksisa hin arganne. Yeroo seenu ni dubbisa; oduun haaraan akka jirus ergaa ni argata.
       *[other] Namoonni { $people } ammallee beeksisa hin arganne. Yeroo seenan ni dubbisu; oduun haaraan akka jirus ergaa ni argatu.
    }
breach-notify = Beeksisa ergaa
breach-people-notified = Beeksisni ergameera.
breach-notice-heading = Rakkoo odeeffannoo keessan irratti uumame
breach-notice-intro = Guyyaa { $date } odeeffannoo keessan tokko tokko irratti rakkoon akka uumame beekne. Dhiifama isin gaafanna. Wanti ta'ee fi wanti isin gochuu dandeessan armaan gaditti jira.
breach-notice-data = Odeeffannoo ilaallatu: { $categories }
breach-notice-consequences = Maaltu ta'uu danda'a
breach-notice-measures = Waan nuti goone
breach-notice-advice = Waan isin gochuu dandeessan
breach-notice-contact = Gaaffii qabduu? Itti gaafatamaa eegumsa odeeffannoo keenyaatiif barreessaa: { $contact }
breach-notice-sent = Guyyaa { $date } beeksifame
BR-001 = Lakkoofsa guutuu barreessaa, 0 ykn isaa ol.
BR-002 = Yeroon kun kan gara fuulduraati.
BR-003 = Kun sarbamni argamuu isaa dura ta'uu hin danda'u.
BR-004 = Erga nuti beeknee sa'aatii 72 ol darbeera: sababa turtii ibsaa.
BR-005 = Sararoonni kun lakkoofsa dhimmaa kamiinuu wal hin simatan. Sirreessaa ykn haqaa; ammallee namni tokkollee hin dabalamne.
BR-006 = Guyyaa fi sa'aatii barreessaa, fakkeenyaaf 2026-12-03 14:30.
BR-007 = Beeksisni qaama to'annootiif godhame duraan galmaa'eera. Odeeffannoo booda dhufe armaan gaditti dabalaa.
mail-data-incident-subject = Ergaa barbaachisaa waa'ee odeeffannoo keessanii
mail-data-incident-body =
    Waa'ee odeeffannoo keessanii ergaan barbaachisaan jira. Dubbisuuf asitti seenaa: { $url }
sms-data-incident = Amana: waa'ee odeeffannoo keessanii ergaan barbaachisaan jira. Dubbisuuf asitti seenaa: { $url }
breach-nature-person-confidentiality = Namni arguu hin qabne odeeffannoo keessan tokko tokko argee ta'uu danda'a.
breach-nature-person-integrity = Odeeffannoon keessan tokko tokko dogoggoraan jijjiirame.
breach-nature-person-availability = Odeeffannoon keessan tokko tokko bade, ykn yeroo muraasaaf argamuu hin dandeenye.
breach-clocks-heading = Sarbama odeeffannoo: qaama to'annootti himuu
breach-people-list = Namoota ilaallatu, fi beeksisni tokkoo tokkoo isaaniitiif yoom akka ergame
breach-person-reference = Lakkoofsa dhimmaa
breach-person-notified = Beeksisni ergame
breach-person-not-notified = Ammallee hin ergamne
