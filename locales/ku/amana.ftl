# Amana — Kurmancî (tîpên latînî). Hemû nivîsên ku mirov dixwîne ji vir tên.

## The whole site
app-name = Amana
nav-skip = Here naverokê
nav-label = Sereke
nav-language = Ziman
nav-my-data = Agahiyên min
nav-sign-out = Derkeve
nav-quick-exit = Zû derkeve
footer-fictional = Amana tenê ji bo nîşandanê ye. Hemû kes û tomarên tê de ne rast in, hatine çêkirin.
form-error-summary = Pirsgirêkek heye

## Home
home-title = Agahiyên te, mafên te
home-choose-language = Zimanê xwe hilbijêre
home-about-heading = Ev çi ye?
home-about = Li vir tu dikarî bibînî ka dezgeh kîjan agahiyên te yên kesane digire, çima digire û bi kê re parve dike. Tu dikarî bixwazî ku ew bên rastkirin an jêbirin, û tu dikarî bibînî ka kê li wan nêrî.
home-rights-heading = Mafên te
right-access = Hemû agahiyên ku li ser te hene bibîne, û kopiyekê bistîne.
right-correct = Bixwaze ku agahiyên şaş bên rastkirin.
right-erase = Bixwaze ku agahî bên jêbirin.
right-restrict = Bixwaze ku agahiyên te êdî neyên bikaranîn.
right-consent = Kengî bixwazî, razîbûna xwe bide an paşde bigire.
right-complain = Ji dezgeheke serbixwe re gilî bike.
right-who-looked = Bibîne kê li agahiyên te nêrî, û çima.
home-rights-free = Bikaranîna mafên te belaş e. Tu yê di nav mehekê de bersivê bistînî. Ger daxwaza te tevlihev be, ev dem dikare du mehên din dirêj bibe, û em ê sedema wê ji te re bibêjin.
home-sign-in = Têkeve
notice-signed-out = Tu ji hesabê xwe derketî. Ger kesên din jî vê telefonê bi kar tînin, niha gerokê (browser) bigire.

## Not found
not-found-title = Rûpel nehat dîtin
not-found-home = Here rûpela destpêkê

## Sign in
sign-in-title = Têkeve
sign-in-intro = Hejmara dosyayê ya ku li ser kaxezên te nivîsandî ye û dîroka jidayikbûna xwe binivîse. Em ê kodeke yekcarî bişînin wê navnîşana têkiliyê ya te ku li cem me tomar e.
sign-in-case-reference = Hejmara dosyayê
sign-in-case-reference-hint = Wek mînak DEMO-0001. Li ser kaxezên te nivîsandî ye.
sign-in-date-of-birth = Dîroka jidayikbûnê
sign-in-date-of-birth-hint = Wek li ser kaxezên te nivîsandî ye: sal-meh-roj (1990-01-31) an roj/meh/sal (31/01/1990). Ger li ser wan tenê sal, an tenê sal û meh hebe, tenê ewqasî binivîse (1978 an 1978-11).
sign-in-send-code = Kodekê ji min re bişîne
sign-in-privacy = Em qet ji tu kesî re nabêjin ka hejmareke dosyayê heye an na.

code-title = Koda xwe binivîse
code-intro = Ger agahiyên ku te nivîsandin bi tomarên me re li hev bên, me kodeke 6 reqemî şand navnîşana têkiliyê ya te ku li cem me tomar e. Kod 10 deqîqeyan dixebite.
code-label = Koda 6 reqemî
code-hint = Tu dikarî bi valahiyan (space) jî binivîsî.
code-submit = Têkeve
code-start-again = Kod nehat? Ji nû ve dest pê bike

## My data
my-data-title = Agahiyên min
my-data-reference = Hejmara dosyayê:
my-data-intro = Hemû agahiyên ku li ser te hene, li gorî cureyan. Li ser navê cureyekê bitikîne da ku bibînî her agahî ji ku hatiye, çima û heta kengê tê hilanîn, kî wê distîne û tu dikarî çi bixwazî.
my-data-sensitive = Hesas
my-data-sensitive-explained = Ev agahiyên hesas in. Parastina wan zêdetir e, û divê karmend sedemekê bidin berî ku wan vekin.
my-data-source = Ji ku hat
my-data-purpose = Çima tê hilanîn
my-data-legal-basis = Qanûna ku destûrê dide
my-data-kept-until = Tê hilanîn heta
my-data-shared-with = Kî distîne
# How many items of data one kind holds, beside its heading ("Identity · 6 items").
my-data-field-count = { $count ->
    [one] { $count } agahî
   *[other] { $count } agahî
}
my-data-why = Çima tê hilanîn û kî wê distîne

category-identity = Nasname
category-contact = Agahiyên têkiliyê
category-family = Malbat
category-legal-status = Rewşa qanûnî
category-health = Tenduristî
category-biometrics = Biyometrî (şopa tiliyan, wêne)
category-education = Perwerde
category-employment = Kar
category-case-history = Dîroka dosyayê

field-given-name = Nav
field-family-name = Paşnav
field-date-of-birth = Dîroka jidayikbûnê
field-place-of-birth = Cihê jidayikbûnê
field-nationality = Hemwelatî
field-sex = Zayend
field-native-language = Zimanê yekem
field-document-number = Hejmara belgeyê
field-email = Navnîşana e-nameyê
field-phone = Hejmara telefonê
field-address = Navnîşan
field-municipality = Şaredarî
field-marital-status = Rewşa zewacê
field-spouse-name = Navê hevjînê te
field-children-count = Hejmara zarokan
field-dependants = Kesên din ên ku bi te ve girêdayî ne
field-next-of-kin = Xizmê herî nêzîk
field-residence-status = Rewşa rûniştinê
field-permit-type = Cureyê destûra rûniştinê
field-permit-expiry = Destûr derbasdar e heta
field-asylum-claim-date = Dîroka daxwaza penaberiyê
field-appeal-status = Îtiraz li dijî biryarê
field-screening-date = Dîroka kontrola tenduristiyê
field-screening-result = Encama kontrola tenduristiyê
field-vaccinations = Vaksîn
field-disability-needs = Pêdiviyên alîkariyê ji ber astengdariyê
field-medication-needs = Pêdiviyên dermanan
field-fingerprint-record = Tomara şopa tiliyan
field-photo-record = Tomara wêneyan
field-enrolment-date = Dîroka tomarkirina biyometrîk
field-enrolment-office = Nivîsgeha tomarkirinê
field-highest-education = Asta perwerdeyê ya herî bilind
field-languages-spoken = Zimanên ku tu diaxivî
field-school-enrolment = Tomarkirina li dibistanê
field-work-permit = Destûra kar
field-occupation = Pîşe
field-employer = Kardêr
field-case-opened = Dosya vebû
field-case-office = Nivîsgeha dosyayê
field-interview-date = Dîroka hevpeyvînê
field-last-decision = Biryara dawî
field-decision-date = Dîroka biryara dawî
field-resettlement-referral = Şandin ji bo bicihbûna li welatekî din
field-statistics-cohort = Koma statîstîkê

purpose-case-management = Birêvebirina dosyaya te
purpose-residence-permit = Biryardana li ser destûra rûniştina te
purpose-health-screening = Kontrola tenduristiyê dema hatinê
purpose-family-reunification = Gihandina malbata te ba hev
purpose-biometric-identity = Piştrastkirina nasnameya te
purpose-integration-support = Alîkarî ji bo dibistan, ziman û kar
purpose-resettlement-referral = Şandin ji bo bicihbûna li welatekî din
purpose-statistics = Statîstîkên bênav
purpose-service-updates = Nûçeyên li ser xizmetan

legal-basis-public-task = Karekî ji bo berjewendiya giştî, ku qanûn diyar dike
legal-basis-legal-obligation = Erkeke qanûnî ya dezgehê
legal-basis-consent = Razîbûna te, ku tu dikarî paşde bigirî
legal-basis-vital-interests = Ji bo parastina jiyana kesekî
legal-basis-contract = Peymanek bi te re
legal-basis-legitimate-interests = Berjewendiyeke rewa, ku li hember mafên te hatiye pîvan

recipient-none = Tu kes li derveyî dezgehê
recipient-border-agency = Dezgeha sînoran
recipient-municipality = Şaredariya te
recipient-health-service = Xizmeta tenduristiyê ya giştî
recipient-unhcr = UNHCR (Ajansa Penaberan a Neteweyên Yekbûyî)
recipient-education-provider = Dibistan an cihê qursa ziman
recipient-resettlement-country = Welatê ku tu ê lê bi cih bibî
recipient-statistics-office = Nivîsgeha statîstîkê (bêyî navê te)

## Values from source systems that have a translation
value-single = Nezewicî
value-married = Zewicî
value-widowed = Hevjîn miriye (jinebî / bî)
value-asylum-seeker = Daxwazkarê penaberiyê
value-refugee = Penaber
value-subsidiary-protection = Parastina pêvek
value-temporary-protection = Parastina demkî
value-none = Tune
value-pending = Li bendê ye
value-closed = Girtî ye
value-no-follow-up = Kontroleke din ne pêwîst e
value-follow-up-booked = Jivana kontrola din hatiye girtin
value-complete = Temam
value-partial = Ne temam
value-unknown = Nayê zanîn
value-mobility-support = Alîkariya ji bo tevgerê
value-hearing-support = Alîkariya ji bo bihîstinê
value-regular-prescription = Dermanên birêkûpêk (bi reçeteyê)
value-primary = Dibistana seretayî
value-secondary = Dibistana navîn
value-vocational = Perwerdeya pîşeyî
value-university = Zanîngeh
value-not-applicable = Ne têkildar e
value-enrolled = Tomarkirî ye
value-waiting-list = Di lîsteya bendemanê de ye
value-yes = Erê
value-no = Na
value-applied = Daxwaz hatiye kirin
value-nurse = Hemşîre
value-electrician = Elektrîkvan
value-teacher = Mamoste
value-cook = Aşpêj
value-driver = Ajovan
value-student = Xwendekar
value-interview-scheduled = Dema hevpeyvînê hatiye diyarkirin
value-permit-granted = Destûr hatiye dayîn
value-under-review = Tê kontrolkirin
value-not-referred = Nehatiye şandin
value-referred = Hatiye şandin
value-accepted = Hatiye qebûlkirin

## Errors (codes are stable; the text says what to do)
SI-001 = Hejmara dosyaya xwe binivîse.
SI-002 = Hejmara dosyayê tenê tîp, hejmar û xêzik (-) tê de hene, wek ku li ser kaxezên te nivîsandî ye.
SI-003 = Dîroka jidayikbûna xwe binivîse.
SI-004 = Dîroka jidayikbûna xwe wek ku li ser kaxezên te nivîsandî ye binivîse, wek mînak 1990-01-31 an 31/01/1990. Ger li ser wan ji vê zêdetir tune be, tenê 1978 an 1978-11 binivîse.
SI-005 = Koda ku me di peyamê de ji te re şand binivîse.
SI-006 = Kod 6 reqem e. Li peyamê binêre û dîsa biceribîne.
SI-010 = Ev kod ne rast e, an dema wê derbas bûye. Li peyamê binêre û dîsa biceribîne.
SI-011 = Dema vê têketinê derbas bûye, an gelek caran hatiye ceribandin. Ji kerema xwe ji nû ve dest pê bike.
SI-012 = Pir caran hat ceribandin. Ji kerema xwe çend deqîqeyan bisekine û dîsa biceribîne.
AU-001 = Têketina te bi dawî bû. Ji kerema xwe dîsa têkeve.
GEN-400 = Hin agahî ne rast in. Li formê binêre û dîsa biceribîne.
GEN-403 = Dema vê formê derbas bûye. Vegere, rûpelê nû bike û dîsa biceribîne.
GEN-404 = Ev rûpel tune ye, an tu nikarî wê bibînî.
GEN-409 = Kesekî din di heman demê de ev guhert, ji ber vê yekê tiştek nehat tomarkirin. Rûpelê nû bike û dîsa biceribîne.
GEN-500 = Li aliyê me tiştek xera bû. Tiştê ku te şand winda nebû. Ji kerema xwe piştî çend deqîqeyan dîsa biceribîne.

## E-mails (they never contain personal data)
mail-sign-in-subject = Koda te ya têketinê ji bo Amana
mail-sign-in-body =
    Koda te ya têketinê ev e: { $code }

    Ew { $minutes } deqîqeyan dixebite. Wê li wê rûpelê binivîse ku te kod lê xwest.

    Ger te kod nexwestibe, tu dikarî guh nedî vê peyamê. Bêyî kodê tu kes nikare têkeve.

## Translation status
footer-draft-translation = Ev werger pêşnûsa yekem e. Ger tiştek ne zelal be, ji karmendan an ji alîkarekî bipirse.

# What search engines show under the portal's name (start and sign-in pages only).
meta-description = Bibîne dezgeha koçberiyê çi agahî li ser te digire, û bi zimanê xwe bixwaze ku ew bên rastkirin, jêbirin an êdî neyên bikaranîn.
