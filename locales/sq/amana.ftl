# Amana — shqip. Çdo tekst që lexon një person vjen nga këtu; çdo gjuhë duhet të ketë të gjithë çelësat.

## The whole site
app-name = Amana
nav-skip = Kalo te përmbajtja
nav-label = Kryesore
nav-language = Gjuha
nav-my-data = Të dhënat e mia
nav-sign-out = Dilni
nav-quick-exit = Dalje e shpejtë
footer-fictional = Amana është një demonstrim. Të gjithë personat dhe të dhënat këtu janë të sajuara.
form-error-summary = Ka një problem

## Home
home-title = Të dhënat tuaja, të drejtat tuaja
home-choose-language = Zgjidhni gjuhën tuaj
home-about-heading = Çfarë është kjo?
home-about = Këtu mund të shihni të dhënat personale që autoriteti mban për ju, pse i mban dhe me kë i ndan. Mund të kërkoni që ato të korrigjohen ose të fshihen, dhe të shihni kush i ka parë.
home-rights-heading = Të drejtat tuaja
right-access = Shihni të gjitha të dhënat që mbahen për ju dhe merrni një kopje.
right-correct = Kërkoni që të dhënat e gabuara të korrigjohen.
right-erase = Kërkoni që të dhënat të fshihen.
right-restrict = Kërkoni që të dhënat tuaja të mos përdoren më.
right-consent = Jepni ose tërhiqni pëlqimin tuaj, në çdo kohë.
right-complain = Ankohuni te një autoritet i pavarur.
right-who-looked = Shihni kush i ka parë të dhënat tuaja dhe pse.
home-rights-free = Përdorimi i të drejtave tuaja është falas. Do të merrni përgjigje brenda një muaji. Nëse kërkesa juaj është e ndërlikuar, ky afat mund të zgjatet edhe dy muaj të tjerë, dhe do t'ju thuhet pse.
home-sign-in = Hyni
notice-signed-out = Dolët nga llogaria. Nëse ky telefon përdoret edhe nga të tjerë, mbyllni shfletuesin tani.

## Not found
not-found-title = Faqja nuk u gjet
not-found-home = Shkoni në faqen e fillimit

## Sign in
sign-in-title = Hyni
sign-in-intro = Shkruani numrin e dosjes që është shtypur në dokumentet tuaja dhe datën e lindjes. Do t'ju dërgojmë një kod që vlen vetëm një herë, në kontaktin që kemi për ju.
sign-in-case-reference = Numri i dosjes
sign-in-case-reference-hint = Për shembull DEMO-0001. Është shtypur në dokumentet tuaja.
sign-in-date-of-birth = Data e lindjes
sign-in-date-of-birth-hint = Siç është në dokumentet tuaja: vit-muaj-ditë (1990-01-31) ose ditë/muaj/vit (31/01/1990). Nëse aty shkruhet vetëm viti, ose viti dhe muaji, shkruani vetëm këtë (1978 ose 1978-11).
sign-in-send-code = Më dërgoni një kod
sign-in-privacy = Ne nuk i tregojmë kurrë askujt nëse një numër dosjeje ekziston apo jo.

code-title = Shkruani kodin tuaj
code-intro = Nëse të dhënat që shkruat përputhen me regjistrat tanë, ju kemi dërguar një kod me 6 shifra në kontaktin që kemi për ju. Kodi vlen për 10 minuta.
code-label = Kodi me 6 shifra
code-hint = Mund ta shkruani edhe me hapësira.
code-submit = Hyni
code-start-again = Nuk ju erdhi kodi? Filloni nga e para

## My data
my-data-title = Të dhënat e mia
my-data-reference = Numri i dosjes:
my-data-intro = Gjithçka që mbahet për ju, sipas llojit. Prekni emrin e një lloji për të parë për çdo të dhënë nga erdhi, pse dhe deri kur mbahet, kush e merr dhe çfarë mund të kërkoni.
my-data-sensitive = E ndjeshme
my-data-sensitive-explained = Këto janë të dhëna të ndjeshme. Kanë mbrojtje shtesë, dhe punonjësit duhet të japin një arsye për t'i hapur.
my-data-source = Erdhi nga
my-data-purpose = Pse mbahet
my-data-legal-basis = Ligji që e lejon
my-data-kept-until = Mbahet deri më
my-data-shared-with = Ndahet me
# How many items of data one kind holds, beside its heading ("Identity · 6 items").
my-data-field-count = { $count ->
    [one] { $count } e dhënë
   *[other] { $count } të dhëna
}
my-data-why = Pse mbahet dhe kush e merr

category-identity = Identiteti
category-contact = Të dhënat e kontaktit
category-family = Familja
category-legal-status = Statusi ligjor
category-health = Shëndeti
category-biometrics = Të dhënat biometrike
category-education = Arsimi
category-employment = Puna
category-case-history = Historia e dosjes

field-given-name = Emri
field-family-name = Mbiemri
field-date-of-birth = Data e lindjes
field-place-of-birth = Vendi i lindjes
field-nationality = Shtetësia
field-sex = Gjinia
field-native-language = Gjuha e parë
field-document-number = Numri i dokumentit
field-email = Adresa e e-mailit
field-phone = Numri i telefonit
field-address = Adresa
field-municipality = Bashkia
field-marital-status = Gjendja civile
field-spouse-name = Emri i bashkëshortit ose bashkëshortes
field-children-count = Numri i fëmijëve
field-dependants = Persona të tjerë në ngarkim
field-next-of-kin = I afërmi më i ngushtë
field-residence-status = Statusi i qëndrimit
field-permit-type = Lloji i lejes
field-permit-expiry = Leja vlen deri më
field-asylum-claim-date = Data e kërkesës për azil
field-appeal-status = Ankimi
field-screening-date = Data e kontrollit shëndetësor
field-screening-result = Rezultati i kontrollit shëndetësor
field-vaccinations = Vaksinat
field-disability-needs = Nevoja për mbështetje për aftësinë e kufizuar
field-medication-needs = Nevoja për ilaçe
field-fingerprint-record = Regjistrimi i gjurmëve të gishtave
field-photo-record = Regjistrimi i fotografisë
field-enrolment-date = Data e regjistrimit biometrik
field-enrolment-office = Zyra e regjistrimit
field-highest-education = Shkolla më e lartë e kryer
field-languages-spoken = Gjuhët që flisni
field-school-enrolment = Regjistrimi në shkollë
field-work-permit = Leja e punës
field-occupation = Profesioni
field-employer = Punëdhënësi
field-case-opened = Dosja u hap
field-case-office = Zyra e dosjes
field-interview-date = Data e intervistës
field-last-decision = Vendimi i fundit
field-decision-date = Data e vendimit të fundit
field-resettlement-referral = Referimi për rivendosje në një vend tjetër
field-statistics-cohort = Grupi statistikor

purpose-case-management = Trajtimi i dosjes suaj
purpose-residence-permit = Vendimi për lejen tuaj të qëndrimit
purpose-health-screening = Kontrolli shëndetësor kur mbërritët
purpose-family-reunification = Bashkimi i familjes suaj
purpose-biometric-identity = Konfirmimi i identitetit tuaj
purpose-integration-support = Mbështetje për shkollën, gjuhën dhe punën
purpose-resettlement-referral = Referimi për rivendosje në një vend tjetër
purpose-statistics = Statistika anonime
purpose-service-updates = Lajme për shërbimet

legal-basis-public-task = Një detyrë në interes publik, e caktuar me ligj
legal-basis-legal-obligation = Një detyrim ligjor i autoritetit
legal-basis-consent = Pëlqimi juaj, të cilin mund ta tërhiqni
legal-basis-vital-interests = Për të mbrojtur jetën e dikujt
legal-basis-contract = Një kontratë me ju
legal-basis-legitimate-interests = Një interes i ligjshëm, i peshuar kundrejt të drejtave tuaja

recipient-none = Askush jashtë autoritetit
recipient-border-agency = Agjencia e kufirit
recipient-municipality = Bashkia juaj
recipient-health-service = Shërbimi shëndetësor publik
recipient-unhcr = UNHCR
recipient-education-provider = Shkolla ose ofruesi i kursit të gjuhës
recipient-resettlement-country = Vendi i rivendosjes
recipient-statistics-office = Zyra e statistikave (pa emrin tuaj)

## Values from source systems that have a translation
value-single = I/e pamartuar
value-married = I/e martuar
value-widowed = I/e ve
value-asylum-seeker = Azilkërkues
value-refugee = Refugjat
value-subsidiary-protection = Mbrojtje plotësuese
value-temporary-protection = Mbrojtje e përkohshme
value-none = Asnjë
value-pending = Në pritje
value-closed = Mbyllur
value-no-follow-up = Nuk nevojitet kontroll tjetër
value-follow-up-booked = U caktua një takim tjetër
value-complete = Plotësisht
value-partial = Pjesërisht
value-unknown = Nuk dihet
value-mobility-support = Mbështetje për lëvizjen
value-hearing-support = Mbështetje për dëgjimin
value-regular-prescription = Recetë e rregullt
value-primary = Shkolla fillore
value-secondary = Shkolla e mesme
value-vocational = Shkolla profesionale
value-university = Universiteti
value-not-applicable = Nuk vlen për këtë rast
value-enrolled = I/e regjistruar
value-waiting-list = Në listën e pritjes
value-yes = Po
value-no = Jo
value-applied = Ka aplikuar
value-nurse = Infermier/e
value-electrician = Elektricist/e
value-teacher = Mësues/e
value-cook = Kuzhinier/e
value-driver = Shofer
value-student = Student/e
value-interview-scheduled = Intervista u caktua
value-permit-granted = Leja u dha
value-under-review = Në shqyrtim
value-not-referred = Nuk është referuar
value-referred = U referua
value-accepted = U pranua

## Errors (codes are stable; the text says what to do)
SI-001 = Shkruani numrin e dosjes.
SI-002 = Numri i dosjes mund të ketë vetëm shkronja, numra dhe viza, ashtu siç është shtypur në dokumentet tuaja.
SI-003 = Shkruani datën e lindjes.
SI-004 = Shkruani datën e lindjes siç është në dokumentet tuaja, për shembull 1990-01-31 ose 31/01/1990. Nëse aty shkruhet vetëm viti, ose viti dhe muaji, shkruani vetëm këtë: 1978 ose 1978-11.
SI-005 = Shkruani kodin nga mesazhi që ju dërguam.
SI-006 = Kodi ka 6 shifra. Kontrolloni mesazhin dhe provoni përsëri.
SI-010 = Ky kod nuk është i saktë, ose ka skaduar. Kontrolloni mesazhin dhe provoni përsëri.
SI-011 = Kjo hyrje ka skaduar ose është provuar shumë herë. Ju lutemi filloni nga e para.
SI-012 = Shumë përpjekje. Ju lutemi prisni disa minuta dhe provoni përsëri.
AU-001 = Seanca juaj mbaroi. Ju lutemi hyni përsëri.
GEN-400 = Disa të dhëna nuk janë të sakta. Kontrolloni formularin dhe provoni përsëri.
GEN-403 = Ky formular ka skaduar. Kthehuni pas, ringarkoni faqen dhe provoni përsëri.
GEN-404 = Kjo faqe nuk ekziston, ose ju nuk keni leje ta shihni.
GEN-409 = Dikush tjetër e ndryshoi këtë në të njëjtin moment, prandaj asgjë nuk u ruajt. Ringarkoni faqen dhe provoni përsëri.
GEN-500 = Diçka shkoi keq nga ana jonë. Asgjë nga ato që dërguat nuk humbi. Ju lutemi provoni përsëri pas disa minutash.

## E-mails (they never contain personal data)
mail-sign-in-subject = Kodi juaj për të hyrë në Amana
mail-sign-in-body =
    Kodi juaj për të hyrë është: { $code }

    Kodi vlen për { $minutes } minuta. Shkruajeni në faqen ku e kërkuat.

    Nëse nuk kërkuat një kod, mund ta shpërfillni këtë mesazh. Askush nuk mund të hyjë pa kodin.

## Translation status
footer-draft-translation = Ky përkthim është një draft i parë. Nëse diçka nuk është e qartë, pyesni punonjësit ose një ndihmës.

# What search engines show under the portal's name (start and sign-in pages only).
meta-description = Shihni çfarë mban autoriteti i migracionit për ju dhe kërkoni, në gjuhën tuaj, që të korrigjohet, të fshihet ose të mos përdoret më.
