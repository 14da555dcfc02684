# Amana — Kiswahili (sw). Every string a person reads comes from here; other locales must define every key.

## The whole site
app-name = Amana
nav-skip = Ruka hadi kwenye maudhui
nav-label = Menyu kuu
nav-language = Lugha
nav-my-data = Taarifa zangu
nav-sign-out = Toka
nav-quick-exit = Toka haraka
footer-fictional = Amana ni toleo la maonyesho tu. Watu wote na kumbukumbu zote zilizomo ni za kubuni.
form-error-summary = Kuna tatizo

## Home
home-title = Taarifa zako, haki zako
home-choose-language = Chagua lugha yako
home-about-heading = Hii ni nini?
home-about = Hapa unaweza kuona taarifa binafsi ambazo mamlaka inazo kukuhusu, kwa nini inazihifadhi, na nani anapewa taarifa hizo. Unaweza kuomba zisahihishwe au zifutwe, na kuona nani aliziangalia.
home-rights-heading = Haki zako
right-access = Kuona taarifa zote zinazohifadhiwa kukuhusu, na kupata nakala yake.
right-correct = Kuomba taarifa zisizo sahihi zisahihishwe.
right-erase = Kuomba taarifa zifutwe.
right-restrict = Kuomba taarifa zako zisitumike tena.
right-consent = Kutoa ridhaa yako au kuiondoa, wakati wowote.
right-complain = Kulalamika kwa chombo huru cha usimamizi.
right-who-looked = Kuona nani aliangalia taarifa zako, na kwa nini.
home-rights-free = Kutumia haki zako ni bure. Utapata jibu ndani ya mwezi mmoja. Ikiwa ombi lako ni gumu, muda huu unaweza kuongezwa kwa miezi miwili zaidi, na utaambiwa sababu.
home-sign-in = Ingia
notice-signed-out = Umetoka. Ikiwa simu hii inatumiwa pia na watu wengine, funga kivinjari sasa.

## Not found
not-found-title = Ukurasa haukupatikana
not-found-home = Nenda kwenye ukurasa wa mwanzo

## Sign in
sign-in-title = Ingia
sign-in-intro = Andika namba ya kesi iliyochapishwa kwenye karatasi zako, na tarehe yako ya kuzaliwa. Tutakutumia msimbo wa kutumia mara moja tu, kwenye mawasiliano yako tuliyo nayo kwenye kumbukumbu zetu.
sign-in-case-reference = Namba ya kesi
sign-in-case-reference-hint = Kwa mfano DEMO-0001. Imechapishwa kwenye karatasi zako.
sign-in-date-of-birth = Tarehe ya kuzaliwa
sign-in-date-of-birth-hint = Kama ilivyo kwenye karatasi zako: mwaka-mwezi-siku (1990-01-31) au siku/mwezi/mwaka (31/01/1990). Kama zinaonyesha mwaka tu, au mwaka na mwezi tu, andika hivyo tu (1978 au 1978-11).
sign-in-send-code = Nitumie msimbo
sign-in-privacy = Hatumwambii mtu yeyote kama namba fulani ya kesi ipo au haipo.

code-title = Andika msimbo wako
code-intro = Ikiwa taarifa ulizoandika zinalingana na kumbukumbu zetu, tumetuma msimbo wa tarakimu 6 kwenye mawasiliano yako tuliyo nayo kwenye kumbukumbu zetu. Msimbo unafanya kazi kwa dakika 10.
code-label = Msimbo wa tarakimu 6
code-hint = Unaweza kuuandika ukiwa na nafasi kati ya tarakimu.
code-submit = Ingia
code-start-again = Hukupata msimbo? Anza upya

## My data
my-data-title = Taarifa zangu
my-data-reference = Namba ya kesi:
my-data-intro = Taarifa zote zinazohifadhiwa kukuhusu, zimepangwa kwa aina. Gusa jina la aina uone kila taarifa ilikotoka, kwa nini na hadi lini inahifadhiwa, nani anaipokea, na unachoweza kuomba.
my-data-sensitive = Nyeti
my-data-sensitive-explained = Hizi ni taarifa nyeti. Zina ulinzi wa ziada, na mfanyakazi lazima atoe sababu ili kuzifungua.
my-data-source = Ilikotoka
my-data-purpose = Kwa nini inahifadhiwa
my-data-legal-basis = Sheria inayoruhusu
my-data-kept-until = Itahifadhiwa hadi
my-data-shared-with = Inatolewa kwa
# How many items of data one kind holds, beside its heading ("Identity · 6 items").
my-data-field-count = { $count ->
    [one] taarifa { $count }
   *[other] taarifa { $count }
}
my-data-why = Kwa nini inahifadhiwa na nani anaipokea

category-identity = Utambulisho
category-contact = Mawasiliano
category-family = Familia
category-legal-status = Hali ya kisheria
category-health = Afya
category-biometrics = Alama za mwili (bayometriki)
category-education = Elimu
category-employment = Kazi
category-case-history = Historia ya kesi

field-given-name = Jina la kwanza
field-family-name = Jina la ukoo
field-date-of-birth = Tarehe ya kuzaliwa
field-place-of-birth = Mahali pa kuzaliwa
field-nationality = Uraia
field-sex = Jinsia
field-native-language = Lugha ya kwanza
field-document-number = Namba ya hati
field-email = Barua pepe
field-phone = Namba ya simu
field-address = Anwani ya makazi
field-municipality = Manispaa
field-marital-status = Hali ya ndoa
field-spouse-name = Jina la mume au mke
field-children-count = Idadi ya watoto
field-dependants = Wategemezi wengine
field-next-of-kin = Ndugu wa karibu
field-residence-status = Hali ya ukaazi
field-permit-type = Aina ya kibali
field-permit-expiry = Kibali ni halali hadi
field-asylum-claim-date = Tarehe ya kuomba hifadhi
field-appeal-status = Rufaa
field-screening-date = Tarehe ya uchunguzi wa afya
field-screening-result = Matokeo ya uchunguzi wa afya
field-vaccinations = Chanjo
field-disability-needs = Mahitaji ya msaada kwa ulemavu
field-medication-needs = Mahitaji ya dawa
field-fingerprint-record = Kumbukumbu ya alama za vidole
field-photo-record = Kumbukumbu ya picha
field-enrolment-date = Tarehe ya kuchukuliwa alama za mwili
field-enrolment-office = Ofisi iliyochukua alama za mwili
field-highest-education = Kiwango cha juu cha elimu
field-languages-spoken = Lugha zinazozungumzwa
field-school-enrolment = Usajili wa shule
field-work-permit = Kibali cha kazi
field-occupation = Kazi au taaluma
field-employer = Mwajiri
field-case-opened = Kesi ilifunguliwa
field-case-office = Ofisi ya kesi
field-interview-date = Tarehe ya mahojiano
field-last-decision = Uamuzi wa karibuni
field-decision-date = Tarehe ya uamuzi wa karibuni
field-resettlement-referral = Kupendekezwa kuhamishiwa nchi nyingine
field-statistics-cohort = Kundi la takwimu

purpose-case-management = Kushughulikia kesi yako
purpose-residence-permit = Kuamua kuhusu kibali chako cha ukaazi
purpose-health-screening = Uchunguzi wa afya unapowasili
purpose-family-reunification = Kukuunganisha na familia yako
purpose-biometric-identity = Kuthibitisha utambulisho wako
purpose-integration-support = Msaada wa shule, lugha na kazi
purpose-resettlement-referral = Kupendekezwa kuhamishiwa nchi nyingine
purpose-statistics = Takwimu zisizo na majina
purpose-service-updates = Habari kuhusu huduma

legal-basis-public-task = Kazi ya manufaa ya umma iliyowekwa na sheria
legal-basis-legal-obligation = Wajibu wa kisheria wa mamlaka
legal-basis-consent = Ridhaa yako, ambayo unaweza kuiondoa
legal-basis-vital-interests = Kulinda maisha ya mtu
legal-basis-contract = Mkataba kati yako na mamlaka
legal-basis-legitimate-interests = Maslahi halali, yaliyopimwa dhidi ya haki zako

recipient-none = Hakuna mtu nje ya mamlaka
recipient-border-agency = Idara ya mipaka
recipient-municipality = Manispaa yako
recipient-health-service = Huduma ya afya ya umma
recipient-unhcr = UNHCR
recipient-education-provider = Shule au mtoaji wa kozi za lugha
recipient-resettlement-country = Nchi unayohamishiwa
recipient-statistics-office = Ofisi ya takwimu (bila jina lako)

## Values from source systems that have a translation
value-single = Hana ndoa
value-married = Yuko kwenye ndoa
value-widowed = Mjane
value-asylum-seeker = Mtafuta hifadhi
value-refugee = Mkimbizi
value-subsidiary-protection = Ulinzi wa nyongeza
value-temporary-protection = Ulinzi wa muda
value-none = Hakuna
value-pending = Inasubiri
value-closed = Imefungwa
value-no-follow-up = Hakuna ufuatiliaji unaohitajika
value-follow-up-booked = Miadi ya ufuatiliaji imepangwa
value-complete = Kamili
value-partial = Sehemu tu
value-unknown = Haijulikani
value-mobility-support = Msaada wa kutembea
value-hearing-support = Msaada wa kusikia
value-regular-prescription = Dawa za kudumu (kwa maagizo ya daktari)
value-primary = Shule ya msingi
value-secondary = Shule ya sekondari
value-vocational = Mafunzo ya ufundi
value-university = Chuo kikuu
value-not-applicable = Haihusiki
value-enrolled = Ameandikishwa
value-waiting-list = Kwenye orodha ya kusubiri
value-yes = Ndiyo
value-no = Hapana
value-applied = Ombi limetumwa
value-nurse = Muuguzi
value-electrician = Fundi umeme
value-teacher = Mwalimu
value-cook = Mpishi
value-driver = Dereva
value-student = Mwanafunzi
value-interview-scheduled = Mahojiano yamepangwa
value-permit-granted = Kibali kimetolewa
value-under-review = Inakaguliwa
value-not-referred = Hajapendekezwa
value-referred = Amependekezwa
value-accepted = Amekubaliwa

## Errors (codes are stable; the text says what to do)
SI-001 = Andika namba yako ya kesi.
SI-002 = Namba ya kesi inaweza kuwa na herufi, tarakimu na vistari tu, kama ilivyochapishwa kwenye karatasi zako.
SI-003 = Andika tarehe yako ya kuzaliwa.
SI-004 = Andika tarehe yako ya kuzaliwa kama ilivyo kwenye karatasi zako, kwa mfano 1990-01-31 au 31/01/1990. Kama zinaonyesha mwaka tu, au mwaka na mwezi tu, andika 1978 au 1978-11 tu.
SI-005 = Andika msimbo ulio kwenye ujumbe tuliokutumia.
SI-006 = Msimbo una tarakimu 6. Angalia ujumbe na ujaribu tena.
SI-010 = Msimbo huo si sahihi, au muda wake umekwisha. Angalia ujumbe na ujaribu tena.
SI-011 = Muda wa kuingia huku umekwisha, au umejaribu mara nyingi mno. Tafadhali anza upya.
SI-012 = Umejaribu mara nyingi mno. Tafadhali subiri dakika chache, kisha ujaribu tena.
AU-001 = Muda wako wa kuingia umekwisha. Tafadhali ingia tena.
GEN-400 = Baadhi ya taarifa si sahihi. Angalia fomu na ujaribu tena.
GEN-403 = Muda wa fomu hii umekwisha. Rudi nyuma, pakia upya ukurasa na ujaribu tena.
GEN-404 = Ukurasa huu haupo, au huruhusiwi kuuona.
GEN-409 = Mtu mwingine alibadilisha hiki wakati huo huo, kwa hiyo hakuna kilichohifadhiwa. Pakia upya ukurasa na ujaribu tena.
GEN-500 = Kuna hitilafu upande wetu. Hakuna ulichotuma kilichopotea. Tafadhali jaribu tena baada ya dakika chache.

## E-mails (they never contain personal data)
mail-sign-in-subject = Msimbo wako wa kuingia Amana
mail-sign-in-body =
    Msimbo wako wa kuingia ni: { $code }

    Unafanya kazi kwa dakika { $minutes }. Uandike kwenye ukurasa ulipouomba.

    Ikiwa hukuomba msimbo, unaweza kupuuza ujumbe huu. Hakuna mtu anayeweza kuingia bila msimbo.

## Translation status
footer-draft-translation = Tafsiri hii ni rasimu ya kwanza. Ikiwa kitu hakieleweki, uliza wafanyakazi au msaidizi.

# What search engines show under the portal's name (start and sign-in pages only).
meta-description = Ona taarifa ambazo mamlaka ya uhamiaji inazo kukuhusu, na uombe kwa lugha yako zisahihishwe, zifutwe au zisitumike tena.
