# Amana — Afaan Oromoo. Barreeffamni namni dubbisu hundi asii dhufa; afaan hundi furtuuwwan hunda qabaachuu qaba.

## Marsariitii guutuu
app-name = Amana
nav-skip = Gara qabiyyeetti darbi
nav-label = Filannoo ijoo
nav-language = Afaan
nav-my-data = Odeeffannoo koo
nav-sign-out = Ba'uu
nav-quick-exit = Dafii ba'i
footer-fictional = Amana fakkeenya qofa. Namoonnii fi galmeewwan asii keessa jiran hundi kan uumaman (dhugaa miti).
form-error-summary = Rakkoon jira

## Fuula jalqabaa
home-title = Odeeffannoo keessan, mirga keessan
home-choose-language = Afaan keessan filadhaa
home-about-heading = Kun maali?
home-about = Asitti odeeffannoo dhuunfaa abbaan taayitaa waa'ee keessan qabu, maaliif akka qabu, fi eenyu waliin akka qoodu ilaaluu dandeessu. Akka sirreeffamu ykn haqamu gaafachuu, akkasumas eenyu akka ilaale arguu dandeessu.
home-rights-heading = Mirgoota keessan
right-access = Odeeffannoo waa'ee keessan qabame hunda ilaaluu fi garagalcha isaa argachuu.
right-correct = Odeeffannoon dogoggoraa akka sirreeffamu gaafachuu.
right-erase = Odeeffannoon akka haqamu gaafachuu.
right-restrict = Odeeffannoon keessan kana booda akka itti hin fayyadamamne gaafachuu.
right-consent = Yeroo kamiyyuu hayyama keessan kennuu ykn deebifachuu.
right-complain = Qaama walabaa ta'eef komii dhiyeessuu.
right-who-looked = Eenyu akka odeeffannoo keessan ilaale fi maaliif akka ilaale arguu.
home-rights-free = Mirgoota keessan fayyadamuun kaffaltii hin qabu. Ji'a tokko keessatti deebii ni argattu. Yoo gaaffiin keessan walxaxaa ta'e, yeroon kun ji'a lama dabalataan dheerachuu danda'a; sababni isaas isinitti ni himama.
home-sign-in = Seenuu
notice-signed-out = Baatanii jirtu. Yoo bilbila kana namoota biroo waliin fayyadamtan ta'e, amma brawuzarii (browser) cufaa.

## Fuulli hin argamne
not-found-title = Fuulli hin argamne
not-found-home = Gara fuula jalqabaatti deemi

## Seenuu
sign-in-title = Seenuu
sign-in-intro = Lakkoofsa dhimmaa waraqaa keessan irratti maxxanfame fi guyyaa dhaloota keessanii galchaa. Teessoo qunnamtii keessan kan galmee keenya keessa jirutti koodii al tokko qofa hojjetu isiniif ergina.
sign-in-case-reference = Lakkoofsa dhimmaa
sign-in-case-reference-hint = Fakkeenyaaf DEMO-0001. Waraqaa keessan irratti maxxanfameera.
sign-in-date-of-birth = Guyyaa dhalootaa
sign-in-date-of-birth-hint = Akkuma waraqaa keessan irratti jiru, Akka Lakkoobsa Awurooppaatti (ALA, kan Itoophiyaa miti): waggaa-ji'a-guyyaa (1990-01-31) ykn guyyaa/ji'a/waggaa (31/01/1990). Yoo waraqaan keessan waggaa qofa, ykn waggaa fi ji'a qofa qabaate, sana qofa galchaa (1978 ykn 1978-11).
sign-in-send-code = Koodii naaf ergi
sign-in-privacy = Lakkoofsi dhimmaa tokko jiraachuu ykn dhiisuu isaa nama kamiifuu gonkumaa hin himnu.

code-title = Koodii keessan galchaa
code-intro = Yoo odeeffannoon isin galchitan galmee keenya waliin wal simate, teessoo qunnamtii keessan kan nu bira jirutti koodii lakkoofsa 6 qabu isiniif ergineerra. Koodiin kun daqiiqaa 10 qofa hojjeta.
code-label = Koodii lakkoofsa 6
code-hint = Iddoo duwwaa (space) waliin barreessuu dandeessu.
code-submit = Seenuu
code-start-again = Koodiin isin hin geenyee? Irra deebi'aa jalqabaa

## Odeeffannoo koo
my-data-title = Odeeffannoo koo
my-data-reference = Lakkoofsa dhimmaa:
my-data-intro = Odeeffannoo waa'ee keessan qabame hunda, gosa gosaan. Maqaa gosa tokkoo tuqaa: tokkoon tokkoon odeeffannoo eessaa akka dhufe, maaliif fi hamma yoomiitti akka kuufamu, eenyuuf akka kennamu fi maal gaafachuu akka dandeessan ni argitu.
my-data-sensitive = Iccitii addaa
my-data-sensitive-explained = Kun odeeffannoo iccitii addaa ti. Eegumsa dabalataa qaba; hojjettoonni osoo hin banin dura sababa ibsuu qabu.
my-data-source = Eessaa dhufe
my-data-purpose = Maaliif kuufame
my-data-legal-basis = Seera kan hayyamu
my-data-kept-until = Hanga yoomiitti kuufama
my-data-shared-with = Eenyu waliin qoodame
# How many items of data one kind holds, beside its heading ("Identity · 6 items").
my-data-field-count = { $count ->
    [one] odeeffannoo { $count }
   *[other] odeeffannoo { $count }
}
my-data-why = Maaliif kuufame fi eenyuuf kennama

category-identity = Eenyummaa
category-contact = Teessoo qunnamtii
category-family = Maatii
category-legal-status = Haala seeraa
category-health = Fayyaa
category-biometrics = Baayoomeetrikii (ashaaraa quba, suuraa)
category-education = Barnoota
category-employment = Hojii
category-case-history = Seenaa dhimmaa

field-given-name = Maqaa
field-family-name = Maqaa maatii
field-date-of-birth = Guyyaa dhalootaa
field-place-of-birth = Bakka dhalootaa
field-nationality = Lammummaa
field-sex = Saala
field-native-language = Afaan dhalootaa
field-document-number = Lakkoofsa sanadaa
field-email = Teessoo imeelii
field-phone = Lakkoofsa bilbilaa
field-address = Teessoo
field-municipality = Bulchiinsa magaalaa
field-marital-status = Haala gaa'elaa
field-spouse-name = Maqaa abbaa manaa ykn haadha manaa
field-children-count = Baay'ina ijoollee
field-dependants = Namoota biroo isin irratti hirkatan
field-next-of-kin = Fira dhihoo
field-residence-status = Haala jiraattummaa
field-permit-type = Gosa hayyamaa
field-permit-expiry = Hayyamni hanga yoomiitti hojjeta
field-asylum-claim-date = Guyyaa koolugaltummaa gaafattan
field-appeal-status = Oliiyyannoo
field-screening-date = Guyyaa qorannoo fayyaa
field-screening-result = Bu'aa qorannoo fayyaa
field-vaccinations = Talaallii
field-disability-needs = Deeggarsa qaama miidhamummaaf barbaachisu
field-medication-needs = Qoricha barbaachisu
field-fingerprint-record = Galmee ashaaraa quba
field-photo-record = Galmee suuraa
field-enrolment-date = Guyyaa galmee baayoomeetrikii
field-enrolment-office = Waajjira galmee
field-highest-education = Sadarkaa barnootaa olaanaa
field-languages-spoken = Afaanota dubbattan
field-school-enrolment = Galmee mana barumsaa
field-work-permit = Hayyama hojii
field-occupation = Ogummaa
field-employer = Hojjechiisaa
field-case-opened = Guyyaa dhimmi banname
field-case-office = Waajjira dhimmichaa
field-interview-date = Guyyaa af-gaaffii
field-last-decision = Murtee dhumaa
field-decision-date = Guyyaa murtee dhumaa
field-resettlement-referral = Biyya biraatti qubachuuf erguu
field-statistics-cohort = Garee istaatistiksii

purpose-case-management = Dhimma keessan hojjechuu
purpose-residence-permit = Hayyama jireenyaa keessan irratti murteessuu
purpose-health-screening = Qorannoo fayyaa yeroo dhuftan
purpose-family-reunification = Maatii keessan walitti fiduu
purpose-biometric-identity = Eenyummaa keessan mirkaneessuu
purpose-integration-support = Deeggarsa barnootaa, afaanii fi hojii
purpose-resettlement-referral = Biyya biraatti akka qubattaniif erguu
purpose-statistics = Istaatistiksii maqaa malee
purpose-service-updates = Oduu tajaajilaa

legal-basis-public-task = Hojii faayidaa ummataaf seeraan kenname
legal-basis-legal-obligation = Dirqama seeraa abbaa taayitaa
legal-basis-consent = Hayyama keessan; yeroo kamiyyuu deebifachuu dandeessu
legal-basis-vital-interests = Lubbuu nama tokkoo oolchuuf
legal-basis-contract = Waliigaltee (kontiraata) isin waliin
legal-basis-legitimate-interests = Faayidaa seera qabeessa, kan mirga keessan waliin madaalame

recipient-none = Abbaa taayitaa ala eenyuufuu hin kennamu
recipient-border-agency = Dhaabbata to'annoo daangaa
recipient-municipality = Bulchiinsa magaalaa keessanii
recipient-health-service = Tajaajila fayyaa mootummaa
recipient-unhcr = UNHCR
recipient-education-provider = Mana barumsaa ykn kan koorsii afaanii kennu
recipient-resettlement-country = Biyya isin itti qubattan
recipient-statistics-office = Waajjira istaatistiksii (maqaa keessan malee)

## Gatiiwwan sirnoota maddaa irraa dhufan kanneen hiikkaa qaban
value-single = Gaa'ela hin qabu
value-married = Gaa'ela qaba
value-widowed = Haati manaa ykn abbaan manaa irraa du'e
value-asylum-seeker = Gaafataa koolugaltummaa
value-refugee = Baqataa
value-subsidiary-protection = Eegumsa dabalataa
value-temporary-protection = Eegumsa yeroof
value-none = Hin jiru
value-pending = Eegaa jira
value-closed = Cufameera
value-no-follow-up = Hordoffiin hin barbaachisu
value-follow-up-booked = Beellamni hordoffii qabameera
value-complete = Guutuu
value-partial = Walakkaa
value-unknown = Hin beekamu
value-mobility-support = Deeggarsa sochii
value-hearing-support = Deeggarsa dhaga'uu
value-regular-prescription = Qoricha yeroo hunda fudhatamu
value-primary = Mana barumsaa sadarkaa 1ffaa
value-secondary = Mana barumsaa sadarkaa 2ffaa
value-vocational = Leenjii ogummaa
value-university = Yuunivarsiitii
value-not-applicable = Hin ilaallatu
value-enrolled = Galmaa'eera
value-waiting-list = Tarree eegumsaa irra jira
value-yes = Eeyyee
value-no = Lakki
value-applied = Gaafatameera
value-nurse = Narsii
value-electrician = Ogeessa elektirikii
value-teacher = Barsiisaa
value-cook = Nyaata qopheessaa
value-driver = Konkolaachisaa
value-student = Barataa
value-interview-scheduled = Af-gaaffiin beellamameera
value-permit-granted = Hayyamni kennameera
value-under-review = Ilaalamaa jira
value-not-referred = Hin ergamne
value-referred = Ergameera
value-accepted = Fudhatameera

## Dogoggoroota (koodiin hin jijjiiramu; barreeffamni maal akka gootan himu)
SI-001 = Lakkoofsa dhimmaa keessan galchaa.
SI-002 = Lakkoofsi dhimmaa qubee, lakkoofsa fi sarara (-) qofa qabaachuu danda'a, akkuma waraqaa keessan irratti maxxanfame.
SI-003 = Guyyaa dhaloota keessanii galchaa.
SI-004 = Guyyaa dhaloota keessanii akkuma waraqaa keessan irratti jiru, Akka Lakkoobsa Awurooppaatti (ALA) galchaa; fakkeenyaaf 1990-01-31 ykn 31/01/1990. Yoo waraqaan keessan waggaa qofa, ykn waggaa fi ji'a qofa qabaate, 1978 ykn 1978-11 qofa galchaa.
SI-005 = Koodii ergaa isiniif erginee keessa jiru galchaa.
SI-006 = Koodiin lakkoofsa 6 qaba. Ergaa ilaalaatii irra deebi'aa yaalaa.
SI-010 = Koodiin sun sirrii miti, ykn yeroon isaa darbeera. Ergaa ilaalaatii irra deebi'aa yaalaa.
SI-011 = Seenuun kun yeroon isaa darbeera, ykn yeroo baay'ee yaalameera. Maaloo irra deebi'aa jalqabaa.
SI-012 = Yaaliin baay'ee ta'eera. Maaloo daqiiqaa muraasa eegaatii irra deebi'aa yaalaa.
AU-001 = Yeroon seenuu keessanii xumurameera. Maaloo irra deebi'aa seenaa.
GEN-400 = Odeeffannoon tokko tokko sirrii miti. Unka ilaalaatii irra deebi'aa yaalaa.
GEN-403 = Unki kun yeroon isaa darbeera. Duubatti deebi'aa, fuula haaromsaa (reload), irra deebi'aa yaalaa.
GEN-404 = Fuulli kun hin jiru, ykn isin arguu hin dandeessan.
GEN-409 = Yeroo wal fakkaatutti namni biraan kana jijjiire, kanaaf homtuu hin olkaa'amne. Fuula haaromsaatii irra deebi'aa yaalaa.
GEN-500 = Gama keenyaan rakkoon uumameera. Wanti isin ergitan tokkollee hin badne. Maaloo daqiiqaa muraasa booda irra deebi'aa yaalaa.

## Imeelii (odeeffannoo dhuunfaa gonkumaa hin qabatan)
mail-sign-in-subject = Koodii seensa Amana keessanii
mail-sign-in-body =
    Koodiin seensa keessanii: { $code }

    Koodiin kun daqiiqaa { $minutes } qofa hojjeta. Fuula itti gaafattan irratti barreessaa.

    Yoo koodii hin gaafanne ta'e, ergaa kana dhiisuu dandeessu. Namni tokkollee koodii malee seenuu hin danda'u.

## Translation status
footer-draft-translation = Hiikni kun wixinee jalqabaa ti. Wanti ifa hin taane yoo jiraate, hojjettoota ykn gargaaraa gaafadhaa.

# What search engines show under the portal's name (start and sign-in pages only).
meta-description = Abbaan taayitaa godaansaa waa'ee keessan maal akka qabu ilaalaa; akka sirreeffamu, haqamu ykn kana booda itti hin fayyadamamne afaan keessaniin gaafadhaa.
