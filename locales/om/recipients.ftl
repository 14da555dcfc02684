# Kanneen abbaa taayitaa ala odeeffannoo argatanii fi waliigaltee qooddii odeeffannoo isaanii: tarree uummataaf (/recipients),
# galmee bulchitootaa, fi maqaalee fuula “Odeeffannoo koo” irratti mul'atan.
nav-recipients = Kan argatan
footer-recipients = Eenyutu nurraa odeeffannoo argata
my-data-recipients = Dhaabbilee argatan
recipients-title = Eenyutu nurraa odeeffannoo argata
recipients-intro = Dhaabbileen kunneen odeeffannoo dhuunfaa tokko tokko nurraa argatu; tokkoon tokkoon isaanii waliigaltee barreeffamaan jiruun. Tokkoon tokkoon waliigaltee maal akka hayyamu armaan gaditti ilaalaa.
recipients-none = Yeroo ammaa dhaabbanni abbaa taayitaa ala jiru tokkollee nurraa odeeffannoo dhuunfaa hin argatu.
recipients-kind = Gosa dhaabbataa
recipients-country = Biyya
recipients-purpose = Kaayyoo kamiif
recipients-legal-basis = Bu'uura seeraa
recipients-categories = Gosoota odeeffannoo argatu
recipients-retention = Odeeffannoo yeroo hammamiif kuusuu danda'a
recipients-days =
    { $days ->
        [one] guyyaa { $days }
       *[other] guyyaa { $days }
    }
recipients-breach-notice = Yoo odeeffannoon sarbame, yeroo kana keessatti nutti himuu qaba
recipients-hours =
    { $hours ->
        [one] sa'aatii { $hours }
       *[other] sa'aatii { $hours }
    }
recipients-terms = Yeroo hunda
recipients-terms-fixed = Odeeffannoo sana nama biraa kamiifuu dabarsee kennuun isaaf hin hayyamamu; akkamitti akka odeeffannoo qabu nuti to'achuu dandeenya.
recipients-ends-on = Guyyaa waliigalteen itti dhumu
recipients-register-title = Kan argatanii fi waliigaltee isaanii
recipients-register-intro = Dhaabbata odeeffannoo dhuunfaa argatu hunda, waliigaltee qooddii odeeffannoo isaa waliin galmeessi. Abbaan taayitaa biyya namoonni irraa baqatan, odeeffannoo namni tokko koolugaltummaa ykn eegumsa akka gaafate, ykn eessa fi eenyu waliin akka jiraatu agarsiisu gonkumaa argachuu hin danda'u.
recipients-origin-authority = Abbaa taayitaa biyya ka'umsaa
recipients-origin-authority-choice = Abbaa taayitaa biyya namoonni irraa baqatan
recipients-add-heading = Dhaabbata odeeffannoo argatu dabali
recipients-name = Maqaa dhaabbataa
recipients-country-hint = Qubee lama, fakkeenyaaf DE ykn KE.
recipients-retention-days = Guyyaa odeeffannoo kuusuu danda'u (1 hanga 1095)
recipients-breach-notice-hours = Sarbamni yoo uumame, sa'aatii meeqa keessatti nutti himuu akka qabu (yoo baay'ate 24)
recipients-ends-on-hint = Guyyaa dhumaa waliigaltee, fakkeenyaaf 2027-12-31.
recipients-add = Dhaabbata kana dabali
recipients-added = Dhaabbanni argatu fi waliigalteen isaa galmaa'aniiru.
RC-001 = Abbaan taayitaa biyya namoonni irraa baqatan gosa odeeffannoo kanaa gonkumaa argachuu hin danda'u.
RC-002 = Biyya qubee lamaan barreessaa, fakkeenyaaf DE ykn KE.
RC-003 = Guyyaa dhumaa waliigaltee, kan har'a booda ta'e, barreessaa; fakkeenyaaf 2027-12-31.
RC-004 = Kan argatu sarbama sa'aatii 24 keessatti nutti himuu qaba: lakkoofsa 1 hanga 24 barreessaa.
RC-005 = Kan argatu maqaa kanaan duraan jira.
