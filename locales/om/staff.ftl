## Hojjettoota: seenuu
nav-queue = Tarree
nav-audit = Galmee odiitii
nav-admin = Bulchiinsa
staff-sign-in-title = Seensa hojjettootaa
staff-sign-in-intro = Hojjettoota abbaa taayitaaf. Teessoo imeelii hojii fi jecha icciitii keessaniin seenaa; achiis koodii appii mirkaneessaa (authenticator) keessanii irraa galchaa.
staff-email = Teessoo imeelii hojii
staff-password = Jecha icciitii
staff-continue = Itti fufi
staff-enrol-title = Appii mirkaneessaa keessan qopheessaa
staff-enrol-intro = Akkaawuntiin hojjettootaa tarkaanfii lammaffaan eegama. Amma, al tokko qofa qopheessaa.
staff-enrol-step-app = Bilbila hojii keessan irratti appii mirkaneessaa (authenticator) banaa.
staff-enrol-step-scan = Koodii kana iskaan godhaa, ykn furtuu armaan gadii appii keessatti barreessaa.
staff-enrol-qr = Koodii QR appii mirkaneessaa keessaniif
staff-enrol-secret = Furtuu:
staff-enrol-step-code = Koodii lakkoofsa jaha appiin agarsiisu barreessaa.
staff-code = Koodii
staff-code-hint = Lakkoofsa jaha appii mirkaneessaa keessan irraa.
staff-enrol-confirm = Mirkaneessii seeni
staff-code-title = Tarkaanfii lammaffaa
staff-code-intro = Koodii appiin mirkaneessaa keessanii amma agarsiisu barreessaa.
staff-code-recovery-hint = Lakkoofsa jaha appii irraa. Bilbilli keessan badee? Kanaa mannaa koodiiwwan deebisuu (recovery) keessan keessaa tokko barreessaa.
staff-recovery-title = Koodiiwwan deebisuu keessan
staff-recovery-intro = Koodiiwwan kana bakka nagaa, bilbila keessan irraa adda baasaa qabadhaa. Yoo appii mirkaneessaa dhabdan, tokkoon tokkoon isaanii al tokko hojjeta. Kan mul'atan amma qofa.
staff-recovery-shown = Koodiiwwan deebisuu keessan duraan mul'ataniiru. Yoo hin qabanne ta'e, akka tarkaanfii lammaffaa keessan haaromsu bulchaa sirnaa gaafadhaa.
SA-001 = Teessoon imeelii, jechi icciitii ykn koodiin sirrii miti. Yaalii dogoggoraa shan booda akkaawuntiin daqiiqaa 15f cufama.
SA-002 = Seenuun keessan yeroo dheeraa fudhate. Maaloo irra deebi'aa jalqabaa.
ST-001 = Gaheen keessan kana hin hayyamu.

## Hojjettoota: tarreewwan
queue-title = Gaaffiiwwan hojjetamuu qaban
queue-take-next = Gaaffii itti aanu fudhadhu
queue-nothing-to-take = Amma tarreewwan keessan keessa gaaffiin namni hin fudhanne hin jiru.
queue-team = Garee
queue-any = Kamiyyuu
queue-kind = Gaaffii
queue-status = Haala
# Haala gaaffii akka hojjettoonni dubbisan (namni sun status-<status> dubbisa).
staff-status-submitted = Haaraa
staff-status-in_review = Gamaaggamaa jira
staff-status-awaiting_information = Odeeffannoo nama sanaa eegaa jira
staff-status-decided = Murtaa'eera
staff-status-completed = Xumurameera
staff-status-withdrawn = Nama sanaan deebifameera
queue-language = Afaan
queue-filter = Agarsiisi
queue-empty = Gaaffiin banaa wal simu hin jiru.
queue-count = Gaaffiiwwan banaa:
queue-overdue = Yeroon darbe
queue-due-soon = Guyyaa 3 keessatti kan ga'u
team-general = Gaaffiiwwan waliigalaa
team-sensitive-data = Odeeffannoo iccitii addaa
team-dpo = Itti gaafatamaa eegumsa odeeffannoo

## Hojjettoota: gaaffii tokko
case-title = Gaaffii
case-back = Gara tarreetti deebi'i
case-person = Nama
case-anonymous = Komii dhiyeessaa maqaan isaa hin beekamne
case-case-reference = Lakkoofsa dhimmaa
case-extended-because = Sababa dheereffameef
case-explanation = Ibsa nama sanaa
case-concerned = Gaaffiin waa'ee maalii
case-concerned-none = Galmee guutuu, ykn odeeffannoo gosa iccitii addaa keessa jiru: armaan gaditti sababa waliin banaa.
case-record = Odeeffannoo biroo galmee keessa jiru
case-record-intro = Gosa tokko kan bantan yoo gaaffii kanaaf isin barbaachise qofa. Sababni keessan galmaa'a, namni sun ni arga.
case-upstream = Sirnoota maddaa
case-upstream-applied = { $system } keessatti, guyyaa { $date } hojiirra oole.
case-upstream-rejected = { $system } keessatti, guyyaa { $date } didame: { $reason }
case-upstream-waiting = { $system } hanga ammaatti hin mirkaneessine.
case-erased = (haqameera)
case-proposed-value = Kan gaafatame:
case-restricted = Itti fayyadamni daangeffameera.
case-open-reason = Sababa
case-choose = Filadhu…
case-open = Bani
case-proposal = Murtee yaadame, nama lammaffaa eegaa jira
case-awaiting-approval = raggaasisa eegaa jira
case-assignee = Kan hojjetu
case-assignee-you = Isin
case-unassigned = Ammaaf namni hin jiru
case-template = Ergaa
case-actions = Wanta gochuu dandeessan
case-no-actions = Amma gaaffii kana irratti wanti gochuu dandeessan hin jiru.
case-claim = Gaaffii kana fudhadhu
case-approve-explained = Hojjetaan biraa murtee kana yaadeera. Ilaalaa: hanga namni yaadaa sanaa ala ta'e tokko raggaasisutti homtuu hin jijjiiramu.
case-approve = Murtee raggaasisi
case-send-back = Irra deebi'anii ilaaluuf deebisi
case-message = Nama sanaaf ergaa ergi
case-note = Jecha mataa keessanii (dirqama miti)
case-note-hint = Ergaa jalatti dabalama. Salphaatti barreessaa; namni sun meeshaa hiikkaatiin dubbisuu danda'a.
case-send = Ergi
case-ask-information = Nama sana odeeffannoo gaafadhu
case-identity = Ammallee eenyummaa nama sanaa mirkaneessuu qabna (hanga inni deebisutti lakkaawwiin yeroo murtaa'ee ni dhaabbata)
case-resume = Odeeffannoo malee itti fufi
case-extend = Yeroo murtaa'e dheereessi
case-extend-explained = Al tokko qofa, ji'a jalqabaa keessatti, ji'a tokko ykn lamaan. Sababni nama sanaaf ni himama.
case-extend-months = Ji'oota
case-extend-reason = Sababa
case-decide = Murteessi
case-outcome = Murtee
case-reasons = Sababoota (yoo xiqqaate tokko)
case-decision-note = Yaadannoo nama sanaaf (dirqama miti)
case-second-person = Odeeffannoo haquun, fi odeeffannoo iccitii addaa sirreessuun, osoo homtuu hin jijjiiramin dura raggaasisa nama lammaffaa barbaada.
case-reassign = Nama biraaf kenni
case-reassign-to = Hojjetaa biraa
staff-done-claim = Gaaffiin amma kan keessan ta'eera.
staff-done-reassign = Gaaffiin hojjetaa biraaf kennameera.
staff-done-message = Ergaan keessan ergameera. Namni sun oduun haaraan akka jiru imeeliin argata.
staff-done-ask-information = Gaaffiin keessan ergameera. Namni sun oduun haaraan akka jiru imeeliin argata.
staff-done-resume = Hojiin gaaffii kanaa itti fufa.
staff-done-extend = Yeroon murtaa'e dheereffameera; sababni isaas nama sanaaf himameera.
staff-done-decide = Murteen galmaa'eera. Yoo nama lammaffaa barbaade, raggaasisa isaa eega.
staff-done-approve = Murteen raggaasifamee hojiirra ooleera.
staff-done-send-back = Murteen yaadame irra deebi'amee akka ilaalamuuf deebi'eera.
ST-010 = Odeeffannoo kana banuuf maaliif akka isin barbaachise filadhaa.
ST-011 = Dheereffamaaf sababa filadhaa.
ST-012 = Murtee filadhaa.
ST-013 = Yoo xiqqaate sababa tokko filadhaa.
ST-014 = Kun baay'ee dheeraa dha. Maaloo mallattoo 2000 akka hin caalle gabaabsaa.
ST-015 = Tarree keessaa hojjetaa biraa filadhaa.
ST-016 = Tarree keessaa ergaa filadhaa.
ST-017 = Tarkaanfiin sun hin jiru.
ST-020 = Haala gaaffiin amma keessa jirutti kun hin danda'amu.
ST-021 = Yeroon murtaa'e duraan al tokko dheereffameera.
ST-022 = Yeroon murtaa'e kan dheereffamu ji'a jalqabaa keessatti qofa.
ST-023 = Dheereffamni ji'a tokko ykn ji'a lama.
ST-024 = Murtee kana kan yaaddan isin, kanaaf namni biraa raggaasisuu qaba.
ST-025 = Kana kan gochuu danda'u nama gaaffii kana hojjetu qofa. Jalqaba gaaffii kana fudhadhaa.
ST-026 = Murteen kun jalqaba raggaasisa nama lammaffaa barbaada.
ST-027 = Yeroo wal fakkaatutti namni biraa gaaffii kana jijjiireera. Irra deebi'aa ilaalaatii yaalaa.

## Murteewwan, akka namni sun dubbisu
outcome-approved = Gaaffiin keessan fudhatameera.
outcome-partly_approved = Gaaffiin keessan gartokkeen fudhatameera.
outcome-refused = Gaaffiin keessan didameera.
reason-request-granted = Wanta gaafattan raawwanneerra.
reason-evidence-insufficient = Odeeffannoon isin kennitan galmeen keenya dogoggora ta'uu isaa hin agarsiisu.
reason-identity-not-verified = Isin nama odeeffannoon kun waa'ee isaa ta'e ta'uu keessan mirkaneessuu hin dandeenye.
reason-legal-claims = Himannaa seeraa dhiyeessuuf, gaggeessuuf ykn of irraa ittisuuf odeeffannoon kun nu barbaachisa.
reason-manifestly-unfounded = Gaaffiin kun gaaffii duraan deebii argate irra deebi'a.
extension-reason-complexity = Gaaffiin keessan walxaxaa dha, yeroo dabalataa barbaada.
extension-reason-number-of-requests = Gaaffiiwwan baay'een nu ga'aniiru; gaaffii keessan sirnaan deebisuuf yeroo dabalataa nu barbaachisa.
timeline-message = Ergaan isiniif ergame

## Unkaalee ergaa (hojjettoonni tokko filatu; namni sun afaan isaatiin dubbisa)
template-information-needed-name = Odeeffannoo dabalataa nu barbaachisa
template-information-needed = Gaaffii keessan hojjechuuf odeeffannoo dabalataa isin irraa nu barbaachisa. Maaloo seenaatii gaaffii kana jalatti deebii kennaa.
template-identity-documents-name = Maaloo eenyummaa keessan mirkaneessaa
template-identity-documents = Osoo itti hin fufin dura, isin nama odeeffannoon kun waa'ee isaa ta'e ta'uu keessan mirkaneessuu qabna. Maaloo suuraa sanada eenyummaa gaaffii kanatti dabalaa.
template-progress-update-name = Gaaffii keessan irratti hojjechaa jirra
template-progress-update = Gaaffii keessan irratti hojjechaa jirra. Amma wanti isin gochuu qabdan hin jiru.
template-decision-made-name = Murteen kenname
template-decision-made = Gaaffii keessan irratti murteen kennameera. Fuula gaaffichaa irratti, sababoota isaa waliin dubbisuu dandeessu.

## Eenyu odeeffannoo koo ilaale: tarkaanfiiwwan hojjettootaa
access-request-claimed = Gaaffii keessan hojjechuu jalqabe
access-request-reassigned = Gaaffii keessan hojjetaa biraaf kenne
access-request-messaged = Ergaa isiniif erge
access-request-information-requested = Odeeffannoo isin gaafate
access-request-resumed = Gaaffii keessan irratti hojii itti fufe
access-request-extended = Yeroo deebii itti kennamu dheereesse
access-request-decision-proposed = Gaaffii keessan irratti murtee yaade
access-request-decision-approved = Murtee gaaffii keessanii raggaasise
access-request-decision-sent-back = Murtee yaadame akka irra deebi'amee ilaalamuuf deebise
access-request-decided = Gaaffii keessan irratti murteesse
access-field-restricted = Itti fayyadama odeeffannoo keessanii daangesse

## Imeelii yeroo murtaa'ee hojjettootaaf (odeeffannoo dhuunfaa hin qabu: liinkii gaaffichaa qofa)
staff-mail-due-soon-subject = Gaaffiin isin hojjettan torban tokko keessatti deebii barbaada
staff-mail-due-soon-body =
    Gaaffiin isiniif kenname guyyaa torba keessatti deebii argachuu qaba.

    Banaa: { $url }
staff-mail-overdue-subject = Gaaffiin garee keessanii yeroon isaa darbeera
staff-mail-overdue-body =
    Gaaffiin garee keessanii tokko yeroo seeraan murtaa'e darbeera, ammallee deebii hin arganne. Maaloo har'a akka hojjetamu mirkaneessaa.

    Banaa: { $url }

## Fuula odiitaraa
audit-title = Galmee odiitii
audit-verify = Walitti hidhamiinsa galmee guutuu mirkaneessi
audit-verify-ok = Galmeen odiitii hin tuqamne: taateewwan { $events } hundi sirriitti walitti hidhamu.
audit-verify-broken = Galmeen odiitii seeraan ala jijjiirameera. Taateewwan { $events } ilaalamaniiru; rakkooleen argaman:
audit-break-altered = Taateen { $seq } erga barreeffamee booda jijjiirameera ykn bakka isaa irraa socho'eera.
audit-break-chain-broken = Taateen { $seq } taatee isa dura jiru irraa hin hordofu.
audit-break-missing = Taatee { $seq } booda taateewwan tokko tokko hin jiran.
audit-break-truncated = Galmeen taatee { $seq } akka checkpoint mallatteeffame tokko galmeesseetti kana booda hin qabu: taateewwan haaraan haqamaniiru ykn irra deebi'amanii barreeffamaniiru.
audit-break-checkpoint-forged = Sararri { $seq } faayila checkpoint keessaa jijjiirameera.
audit-action = Tarkaanfii
audit-actor-kind = Kan raawwate
audit-actor-person = Nama, ofii isaatiif
audit-actor-staff = Hojjetaa
audit-actor-helper = Gargaaraa
audit-actor-anonymous = Nama maqaan isaa hin beekamne
audit-actor-system = Amana ofii isaa
audit-actor-source-system = Sirna maddaa abbaa taayitaa
audit-actor-id = Id nama raawwatee
audit-from = Irraa
audit-to = Hanga
audit-download-csv = Filannoo kana akka CSV tti buusi
audit-none = Taateen wal simu hin jiru.
audit-when = Yoom
audit-who = Eenyu
audit-about = Waa'ee

## Bulchiinsa
admin-title = Bulchiinsa
admin-sections = Kutaalee
admin-staff = Akkaawuntii hojjettootaa
admin-teams = Gareewwan
admin-routing = Gaaffiiwwan haaraa qajeelchuu
admin-templates = Unkaalee ergaa
admin-default-team = gaaffiiwwan seerri tokkollee wal hin simne ni fudhata
admin-new-team = Garee dabali
admin-team-key = Furtuu gabaabaa
admin-key-hint = Qubee xiqqaa, lakkoofsa fi sarara (-), fakkeenyaaf north-office.
admin-team-name = Maqaa
admin-add = Dabali
admin-save = Olkaa'i
admin-delete = Haqi
admin-saved = Olkaa'ameera.
admin-role = Gahee
admin-office = Waajjira
admin-status = Haala
admin-active = hojiirra jira
admin-inactive = hojii ala godhameera
admin-enrolled = tarkaanfiin lammaffaa qophaa'eera
admin-not-enrolled = tarkaanfiin lammaffaa ammallee hin qophoofne
admin-locked = seensa dogoggoraa booda cufameera
admin-activate = Hojiirra oolchi
admin-deactivate = Hojii ala godhi
admin-reset-second-factor = Tarkaanfii lammaffaa haaromsi
admin-change-teams = Gareewwan jijjiiri
admin-new-staff = Akkaawuntii hojjetaa dabali
admin-name = Maqaa guutuu
admin-enrolment-link-hint = Asitti jechi icciitii hin galchamu: Amana nama sanaaf liinkii jecha icciitii mataa isaa itti filatu imeeliin erga. Liinkiin al tokko qofa, sa'aatii 72 keessatti hojjeta.
admin-send-enrolment-link = Liinkii galmee haaraa ergi
admin-routing-intro = Gaaffiin haaraa hundi gara garee seera jalqabaa isa wal simuu deema. Komiin yeroo hunda gara itti gaafatamaa eegumsa odeeffannoo deema.
admin-routing-default = Gaaffiin seerri tokkollee wal hin simne gara garee durtii (default) deema.
admin-category = Gosa
admin-sensitive = Iccitii addaa
admin-yes = Eeyyee
admin-no = Lakki
admin-move-up = Ol kaasi
admin-move-down = Gadi buusi
admin-new-rule = Dhuma irratti seera dabali
admin-templates-intro = Hojjettoonni yeroo nama tokkoof barreessan unkaalee kana keessaa tokko filatu; namni sun afaan mataa isaatiin dubbisa. Unki tokko afaan hundaan barreeffama qabaachuu qaba.
admin-new-template = Unka dabali
admin-template-key = Furtuu gabaabaa
AD-001 = Kana guutaa.
AD-002 = Kun baay'ee dheeraa dha.
AD-003 = Tarree keessaa gareewwan filadhaa.
AD-004 = Teessoo imeelii guutuu barreessaa, fakkeenyaaf name@example.org.
AD-005 = Tarree keessaa gahee filadhaa.
AD-006 = Jechi icciitii yoo xiqqaate mallattoo 12 qabaachuu qaba.
AD-007 = Teessoo imeelii kanaan akkaawuntiin duraan jira.
AD-008 = Akkaawuntii mataa keessanii hojii ala gochuu hin dandeessan.
AD-009 = Qubee xiqqaa, lakkoofsa fi sarara (-) 2 hanga 40 fayyadamaa.
AD-010 = Garee furtuu kana qabu duraan jira.
AD-011 = Haalota seerichaa tarree keessaa filadhaa.
AD-012 = Komiin yeroo hunda gara itti gaafatamaa eegumsa odeeffannoo deema; seerri tokkollee kana jijjiiruu hin danda'u.
AD-013 = Afaan kanaanis barreeffama barreessaa.

## Bulchiinsa: galmee kaayyoowwanii
admin-purposes = Galmee kaayyoowwanii
admin-purposes-intro = Odeeffannoon maaliif akka kuufamu, bu'uura seeraa kamiin, hamma yoomiitti fi eenyutu akka argatu. Namoonni kana fuula “Odeeffannoo koo” fi fuula hayyamaa irratti, afaan mataa isaaniitiin dubbisu.
admin-purpose-name = Maqaa
admin-purpose-explanation = Ibsa namoonni osoo hayyama hin kennin dura dubbisan
admin-purpose-version = Gulaallii barreeffama hayyamaa:
admin-legal-basis = Bu'uura seeraa
admin-retention-days = Yeroo kuufamu (guyyaa)
admin-recipients = Kan argatan
AD-014 = Lakkoofsa guyyaa 1 hanga 36500 barreessaa.
AD-015 = Tarree keessaa filadhaa.
ST-018 = Gaaffiin waa'ee odeeffannoo tokkoo ni fudhatama ykn ni didama; gartokkeen fudhatamuu hin danda'u.
staff-new-password = Jecha icciitii mataa keessanii filadhaa
SA-003 = Jecha icciitii teessoo imeelii keessan hin taane filadhaa.

# Liinkiiwwan galmee akkaawuntii haaraaf
SA-004 = Liinkiin kun yeroon isaa darbeera ykn duraan itti fayyadamameera. Akka liinkii haaraa isiniif ergu bulchaa sirnaa keessan gaafadhaa.
AD-016 = Akkaawuntiin kun duraan tarkaanfii lammaffaa isaa qopheesseera. Yoo namni sun irra deebi'ee jalqabuu barbaade, jalqaba tarkaanfii lammaffaa haaromsaa.
welcome-title = Akkaawuntii keessan qopheessaa
welcome-intro = Jecha icciitii akkaawuntii keessaniif filadhaa:
welcome-password-hint = Yoo xiqqaate mallattoo 12. Isin qofatu beeka: namni Amana keessaa tokkollee gonkumaa isin hin gaafatu. Itti aansee appii mirkaneessaa keessan qopheessitu.
mail-enrolment-subject = Akkaawuntii Amana keessan qopheessaa
mail-enrolment-body =
    Teessoo kanaaf akkaawuntiin Amana uumameera. Jecha icciitii keessan filachuu fi tarkaanfii seensa lammaffaa qopheessuuf liinkii kana banaa:

    { $url }

    Liinkiin al tokko qofa, sa'aatii { $hours } keessatti hojjeta. Yoo imeelii kana hin eegne ta'e, dhiisuu dandeessu.

## Bulchiinsa: sirnoota maddaa, furtuuwwan API fi webhook isaanii
admin-source-systems = Sirnoota maddaa
admin-source-systems-intro = Sirnoota abbaa taayitaa mataa isaa kanneen API tiin namoota Amana keessa galchan. Tokkoon tokkoon isaanii kaayyoowwanii fi gosoota odeeffannoo asitti mallattoo godhaman qofa, furtuu mataa isaatiin qofa barreessuu danda'a.
admin-new-source-system = Sirna maddaa galmeessi
admin-source-system-contact = Kan gaggeessu
admin-source-system-contact-hint = Garee ykn teessoo yeroo waamichi (call) isaa kufu qunnamamu.
admin-source-system-purposes = Kaayyoowwan barreessuu danda'u
admin-source-system-categories = Gosoota odeeffannoo barreessuu danda'u
admin-webhook = Webhook
admin-webhook-none = Hin jiru: sirnichi tarree jijjiiramaa (change feed) dubbisa.
admin-webhook-url = Teessoo Amana itti waamu yeroo jijjiiramni sirna kana ilaallatu
admin-webhook-hint = Olkaa'uun iccitii mallattoo (signing secret) haaraa uuma; al tokko qofa mul'ata. Iccitiin duraanii hojii dhaaba.
admin-webhook-save = Webhook olkaa'i
admin-webhook-stop = Webhook dhaabi
admin-api-keys = Furtuuwwan API
admin-new-key = Furtuu haaraa uumi
admin-key-scopes = Furtuun maal gochuu danda'a
admin-key-days = Kan hojjetu (guyyaa)
admin-new-key-hint = Furtuun erga uumamee booda al tokko qofa mul'ata. Sirni tokko furtuu hojjetan lama qabaachuu danda'a; kanaaf furtuun haaraan osoo hojiin hin addaan citin kan duraa bakka bu'uu danda'a.
admin-key-live = Ni hojjeta
admin-key-expired = Yeroon isaa darbeera
admin-key-revoked = Guyyaa haqame
admin-key-created = Guyyaa uumame
admin-key-expires = yeroon isaa kan darbu
admin-key-last-used = yeroo dhumaaf kan itti fayyadamame
admin-key-never-used = gonkumaa
admin-key-revoke = Haqi
admin-new-key-shown = Furtuu API haaraa kan
admin-webhook-secret-shown = Iccitii mallattoo webhook haaraa kan
admin-shown-once-hint = Amma garagalchaatii karaa nageenya qabuun hojjettoota sirna sanaa kennaa. Amana hin kuufatu, irra deebi'ees agarsiisuu hin danda'u.
api-scope-people-write = Namoota galchuu fi baasuu
api-scope-changes-read = Jijjiiramoota raggaasifaman dubbisuu
api-scope-changes-ack = Jijjiiramoonni raawwatamuu isaanii mirkaneessuu
api-scope-access-events-write = Eenyu akka odeeffannoo ilaale gabaasuu
AD-017 = Sirni maddaa maqaa kanaan duraan jira.
AD-018 = Lakkoofsa guyyaa 1 hanga 1095 barreessaa.
AD-019 = Sirni kun furtuuwwan ammallee hojjetan lama qaba. Kan biraa osoo hin uumin dura tokko haqaa.
AD-020 = Yoo xiqqaate tokko filadhaa.
AD-021 = Teessoo weebii guutuu barreessaa, fakkeenyaaf https://cases.example.org/amana.

## Administration: languages
admin-locales = Afaanota
admin-locales-intro = Afaanota namoonni filachuu danda'an hunda, akkasumas namni afaan sana dubbatu hiika isaa mirkaneesseera moo hin mirkaneessine.
admin-locale-source = Afaan madda
admin-locale-draft = Wixinee jalqabaa, ammallee hin mirkanoofne
admin-locale-reviewed = Kan mirkaneesse: { $reviewer }, guyyaa { $date }
