# Amana — Somali (so). Every string a person reads comes from here; other locales must define every key.

## The whole site
app-name = Amana
nav-skip = U gudub qoraalka bogga
nav-label = Liiska ugu weyn
nav-language = Luqadda
nav-my-data = Xogtayda
nav-sign-out = Ka bax
nav-quick-exit = Degdeg uga bax
footer-fictional = Amana waa tusaale lagu bandhigo. Dhammaan dadka iyo diiwaannada ku jira waa kuwo la sameeyay, ma jiraan.
form-error-summary = Dhibaato ayaa jirta

## Home
home-title = Xogtaada, xuquuqdaada
home-choose-language = Dooro luqaddaada
home-about-heading = Waa maxay tani?
home-about = Halkan waxaad ku arki kartaa xogta shakhsiga ah ee hay'addu kaa hayso, sababta ay u hayso, iyo cidda lala wadaago. Waxaad codsan kartaa in la saxo ama la tirtiro. Waxaad sidoo kale arki kartaa cidda eegtay.
home-rights-heading = Xuquuqdaada
right-access = Arag dhammaan xogta lagaa hayo, oo hel nuqul.
right-correct = Codso in xogta khaldan la saxo.
right-erase = Codso in xog la tirtiro.
right-restrict = Codso in xogtaada aan mar dambe la isticmaalin.
right-consent = Bixi oggolaanshahaaga ama ka noqo, wakhti kasta.
right-complain = U gudbi cabasho hay'ad madax-bannaan.
right-who-looked = Arag cidda eegtay xogtaada, iyo sababta.
home-rights-free = Isticmaalka xuquuqdaada waa bilaash. Jawaab ayaad heli doontaa hal bil gudaheed. Haddii codsigaagu adag yahay, muddadan waxaa lagu kordhin karaa laba bilood oo kale, waxaana laguu sheegi doonaa sababta.
home-sign-in = Soo gal
notice-signed-out = Waad ka baxday. Haddii taleefankan dad kale la wadaagtaan, hadda xir browser-ka.

## Not found
not-found-title = Boggan lama helin
not-found-home = Tag bogga hore

## Sign in
sign-in-title = Soo gal
sign-in-intro = Geli lambarka kiiska ee ku qoran waraaqahaaga iyo taariikhda dhalashadaada. Waxaan koodh hal mar shaqeeya u diri doonnaa taleefanka ama iimaylka aan kaa hayno.
sign-in-case-reference = Lambarka kiiska
sign-in-case-reference-hint = Tusaale ahaan DEMO-0001. Wuxuu ku qoran yahay waraaqahaaga.
sign-in-date-of-birth = Taariikhda dhalashada
sign-in-date-of-birth-hint = Sida ay ugu qoran tahay waraaqahaaga: sanad-bil-maalin (1990-01-31) ama maalin/bil/sanad (31/01/1990). Haddii waraaqahaagu sheegaan sanadka oo keliya, ama sanadka iyo bisha oo keliya, qor intaas oo keliya (1978 ama 1978-11).
sign-in-send-code = Ii soo dir koodh
sign-in-privacy = Weligeen qofna uma sheegno in lambar kiis uu jiro iyo in kale.

code-title = Geli koodhkaaga
code-intro = Haddii macluumaadka aad gelisay ay la mid yihiin diiwaannadayada, waxaan koodh 6 lambar ah u dirnay taleefanka ama iimaylka aan kaa hayno. Koodhku wuxuu shaqaynayaa 10 daqiiqo.
code-label = Koodh 6 lambar ah
code-hint = Waxaad lambarrada dhexdooda ku dari kartaa meelo bannaan.
code-submit = Soo gal
code-start-again = Koodh ma helin? Dib u bilow

## My data
my-data-title = Xogtayda
my-data-reference = Lambarka kiiska:
my-data-intro = Dhammaan xogta lagaa hayo, nooc-nooc. Taabo magaca nooc si aad u aragto shay kasta meesha uu ka yimid, sababta iyo ilaa goorta la hayo, cidda hesha, iyo waxa aad codsan karto.
my-data-sensitive = Xasaasi
my-data-sensitive-explained = Tani waa xog xasaasi ah. Waxay leedahay ilaalin dheeraad ah. Shaqaaluhu waa inay sabab bixiyaan si ay u furaan.
my-data-source = Meesha ay ka timid
my-data-purpose = Sababta loo hayo
my-data-legal-basis = Sharciga oggolaanaya
my-data-kept-until = La hayn doonaa ilaa
my-data-shared-with = Lala wadaagay
# How many items of data one kind holds, beside its heading ("Identity · 6 items").
my-data-field-count = { $count ->
    [one] { $count } shay
   *[other] { $count } shay
}
my-data-why = Sababta loo hayo iyo cidda hesha

category-identity = Aqoonsiga
category-contact = Macluumaadka xiriirka
category-family = Qoyska
category-legal-status = Xaaladda sharciga
category-health = Caafimaadka
category-biometrics = Raadka faraha iyo sawirka (biometrics)
category-education = Waxbarashada
category-employment = Shaqada
category-case-history = Taariikhda kiiska

field-given-name = Magaca koowaad
field-family-name = Magaca qoyska
field-date-of-birth = Taariikhda dhalashada
field-place-of-birth = Goobta dhalashada
field-nationality = Jinsiyadda
field-sex = Jinsiga
field-native-language = Luqadda hooyo
field-document-number = Lambarka dukumentiga
field-email = Cinwaanka iimaylka
field-phone = Lambarka taleefanka
field-address = Cinwaanka
field-municipality = Degmada
field-marital-status = Xaaladda guurka
field-spouse-name = Magaca xaaska ama seyga
field-children-count = Tirada carruurta
field-dependants = Dad kale oo aad masuul ka tahay
field-next-of-kin = Qaraabada ugu dhow
field-residence-status = Xaaladda deganaanshaha
field-permit-type = Nooca ruqsadda
field-permit-expiry = Ruqsaddu way shaqaynaysaa ilaa
field-asylum-claim-date = Taariikhda codsiga magangalyada
field-appeal-status = Racfaanka
field-screening-date = Taariikhda baaritaanka caafimaadka
field-screening-result = Natiijada baaritaanka caafimaadka
field-vaccinations = Tallaalada
field-disability-needs = Taageerada naafonimada ee loo baahan yahay
field-medication-needs = Daawooyinka loo baahan yahay
field-fingerprint-record = Diiwaanka raadka faraha
field-photo-record = Diiwaanka sawirka
field-enrolment-date = Taariikhda la diiwaangeliyay faraha iyo sawirka
field-enrolment-office = Xafiiska lagu diiwaangeliyay
field-highest-education = Waxbarashada ugu sarreysa
field-languages-spoken = Luqadaha aad ku hadasho
field-school-enrolment = Diiwaangelinta dugsiga
field-work-permit = Ruqsadda shaqada
field-occupation = Xirfadda
field-employer = Loo-shaqeeyaha
field-case-opened = Kiiska la furay
field-case-office = Xafiiska kiiska
field-interview-date = Taariikhda wareysiga
field-last-decision = Go'aankii ugu dambeeyay
field-decision-date = Taariikhda go'aankii ugu dambeeyay
field-resettlement-referral = U gudbinta dib-u-dejinta
field-statistics-cohort = Kooxda tirakoobka

purpose-case-management = Wax ka qabashada kiiskaaga
purpose-residence-permit = Go'aan ka gaaridda ruqsaddaada deganaanshaha
purpose-health-screening = Baaritaanka caafimaadka marka aad timaaddo
purpose-family-reunification = Isu keenidda qoyskaaga
purpose-biometric-identity = Xaqiijinta aqoonsigaaga
purpose-integration-support = Taageero xagga dugsiga, luqadda iyo shaqada
purpose-resettlement-referral = U gudbinta dib-u-dejinta waddan kale
purpose-statistics = Tirakoob aan magac lahayn
purpose-service-updates = Warar ku saabsan adeegyada

legal-basis-public-task = Hawl dan guud ah oo sharcigu dhigay
legal-basis-legal-obligation = Waajib sharci ah oo saaran hay'adda
legal-basis-consent = Oggolaanshahaaga, oo aad ka noqon karto
legal-basis-vital-interests = Si loo ilaaliyo nolosha qof
legal-basis-contract = Heshiis adiga lala galay
legal-basis-legitimate-interests = Dan sharci ah, oo lagu miisaamay xuquuqdaada

recipient-none = Qofna oo ka baxsan hay'adda
recipient-border-agency = Hay'adda xuduudaha
recipient-municipality = Degmadaada (dowladda hoose)
recipient-health-service = Adeegga caafimaadka dadweynaha
recipient-unhcr = UNHCR
recipient-education-provider = Dugsiga ama cidda bixisa koorsada luqadda
recipient-resettlement-country = Waddanka dib-u-dejinta
recipient-statistics-office = Xafiiska tirakoobka (magacaaga la'aan)

## Values from source systems that have a translation
value-single = Aan guursan
value-married = Guursaday
value-widowed = Carmal
value-asylum-seeker = Magangalyo-doon
value-refugee = Qaxooti
value-subsidiary-protection = Ilaalin dheeraad ah (subsidiary protection)
value-temporary-protection = Ilaalin ku-meel-gaar ah
value-none = Midna
value-pending = Weli la sugayo
value-closed = La xiray
value-no-follow-up = Dabagal looma baahna
value-follow-up-booked = Ballan dabagal ah ayaa la qabtay
value-complete = Dhammaystiran
value-partial = Qayb ahaan
value-unknown = Lama yaqaan
value-mobility-support = Taageerada socodka
value-hearing-support = Taageerada maqalka
value-regular-prescription = Daawo joogto ah oo dhakhtar qoray
value-primary = Dugsiga hoose
value-secondary = Dugsiga sare
value-vocational = Tababar xirfadeed
value-university = Jaamacad
value-not-applicable = Ma khuseyso
value-enrolled = Waa la diiwaangeliyay
value-waiting-list = Wuxuu ku jiraa liiska sugitaanka
value-yes = Haa
value-no = Maya
value-applied = La codsaday
value-nurse = Kalkaaliye caafimaad
value-electrician = Farsamayaqaan koronto
value-teacher = Macallin
value-cook = Cunto-kariye
value-driver = Darawal
value-student = Arday
value-interview-scheduled = Wareysi ayaa la ballamiyay
value-permit-granted = Ruqsadda waa la bixiyay
value-under-review = Waa la eegayaa
value-not-referred = Lama gudbin
value-referred = Waa la gudbiyay
value-accepted = Waa la aqbalay

## Errors (codes are stable; the text says what to do)
SI-001 = Geli lambarka kiiskaaga.
SI-002 = Lambarka kiisku wuxuu yeelan karaa oo keliya xarfo, lambarro iyo xariiqyo (-), sida uu ugu qoran yahay waraaqahaaga.
SI-003 = Geli taariikhda dhalashadaada.
SI-004 = Geli taariikhda dhalashadaada sida ay ugu qoran tahay waraaqahaaga, tusaale ahaan 1990-01-31 ama 31/01/1990. Haddii waraaqahaagu sheegaan sanadka oo keliya, ama sanadka iyo bisha oo keliya, geli 1978 ama 1978-11 oo keliya.
SI-005 = Geli koodhka ku jira farriinta aan kuu dirnay.
SI-006 = Koodhku wuxuu leeyahay 6 lambar. Eeg farriinta oo isku day mar kale.
SI-010 = Koodhkaasi ma saxna, ama wakhtigiisii wuu dhacay. Eeg farriinta oo isku day mar kale.
SI-011 = Soo galitaankan wakhtigiisii wuu dhacay, ama isku day aad u badan ayaa la sameeyay. Fadlan dib u bilow.
SI-012 = Isku day aad u badan. Fadlan sug dhowr daqiiqo, kadibna isku day mar kale.
AU-001 = Galitaankaagii wuu dhammaaday. Fadlan mar kale soo gal.
GEN-400 = Qaar ka mid ah macluumaadka ma saxna. Eeg foomka oo isku day mar kale.
GEN-403 = Foomkan wakhtigiisii wuu dhacay. Dib u noqo, bogga cusboonaysii, oo isku day mar kale.
GEN-404 = Boggan ma jiro, ama adiga ma arki kartid.
GEN-409 = Qof kale ayaa isla wakhtigaas wax ka beddelay tan, sidaas darteed waxba lama kaydin. Bogga cusboonaysii oo isku day mar kale.
GEN-500 = Khalad ayaa dhinaceenna ka dhacay. Wixii aad soo dirtay waxba kama lumin. Fadlan isku day mar kale dhowr daqiiqo kadib.

## E-mails (they never contain personal data)
mail-sign-in-subject = Koodhkaaga soo galitaanka Amana
mail-sign-in-body =
    Koodhkaaga soo galitaanku waa: { $code }

    Wuxuu shaqaynayaa { $minutes } daqiiqo. Ku qor bogga aad ka codsatay.

    Haddii aadan codsan koodh, farriintan iska dhaaf. Qofna ma soo geli karo koodhka la'aantiis.

## Translation status
footer-draft-translation = Tarjumaaddan waa qabyo koowaad. Haddii wax aan caddayn jiraan, weydii shaqaalaha ama caawiye.

# What search engines show under the portal's name (start and sign-in pages only).
meta-description = Arag xogta hay'adda socdaalku kaa hayso, oo luqaddaada ku codso in la saxo, la tirtiro ama aan mar dambe la isticmaalin.
