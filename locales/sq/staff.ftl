## Staff: sign-in
nav-queue = Radha
nav-audit = Regjistri i auditimit
nav-admin = Administrimi
staff-sign-in-title = Hyrja për punonjësit
staff-sign-in-intro = Për punonjësit e autoritetit. Hyni me adresën e e-mailit të punës dhe fjalëkalimin, pastaj me një kod nga aplikacioni juaj i vërtetimit.
staff-email = Adresa e e-mailit të punës
staff-password = Fjalëkalimi
staff-continue = Vazhdo
staff-enrol-title = Konfiguroni aplikacionin e vërtetimit
staff-enrol-intro = Llogaritë e punonjësve mbrohen me një hap të dytë. Konfigurojeni një herë, tani.
staff-enrol-step-app = Hapni një aplikacion vërtetimi në telefonin e punës.
staff-enrol-step-scan = Skanoni këtë kod, ose shkruani në aplikacion çelësin më poshtë.
staff-enrol-qr = Kodi QR për aplikacionin tuaj të vërtetimit
staff-enrol-secret = Çelësi:
staff-enrol-step-code = Shkruani kodin me gjashtë shifra që tregon aplikacioni.
staff-code = Kodi
staff-code-hint = Gjashtë shifra nga aplikacioni juaj i vërtetimit.
staff-enrol-confirm = Konfirmo dhe hyr
staff-code-title = Hapi i dytë
staff-code-intro = Shkruani kodin që tregon tani aplikacioni juaj i vërtetimit.
staff-code-recovery-hint = Gjashtë shifra nga aplikacioni. Keni humbur telefonin? Shkruani në vend të tyre një nga kodet tuaja të rikuperimit.
staff-recovery-title = Kodet tuaja të rikuperimit
staff-recovery-intro = Ruajini këto kode në një vend të sigurt, larg telefonit tuaj. Secili vlen një herë, nëse humbni aplikacionin e vërtetimit. Shfaqen vetëm tani.
staff-recovery-shown = Kodet tuaja të rikuperimit janë shfaqur tashmë. Nëse nuk i ruajtët, kërkojini një administratori të rivendosë hapin tuaj të dytë.
SA-001 = Adresa e e-mailit, fjalëkalimi ose kodi nuk është i saktë. Pas pesë provave të gabuara, llogaria bllokohet për 15 minuta.
SA-002 = Hyrja juaj zgjati shumë. Ju lutemi filloni nga e para.
ST-001 = Roli juaj nuk e lejon këtë.

## Staff: queues
queue-title = Kërkesa për t'u trajtuar
queue-take-next = Merr kërkesën e radhës
queue-nothing-to-take = Tani për tani nuk ka kërkesë të pamarrë në radhët tuaja.
queue-team = Ekipi
queue-any = Të gjitha
queue-kind = Kërkesa
queue-status = Gjendja
# Gjendja e një kërkese siç e lexojnë punonjësit (personi lexon status-<status>).
staff-status-submitted = E re
staff-status-in_review = Në shqyrtim
staff-status-awaiting_information = Në pritje të informacionit nga personi
staff-status-decided = U vendos
staff-status-completed = E përfunduar
staff-status-withdrawn = E tërhequr nga personi
queue-language = Gjuha
queue-filter = Shfaq
queue-empty = Asnjë kërkesë e hapur nuk përputhet.
queue-count = Kërkesa të hapura:
queue-overdue = Me afat të kaluar
queue-due-soon = Afati brenda 3 ditëve
team-general = Kërkesa të përgjithshme
team-sensitive-data = Të dhëna të ndjeshme
team-dpo = Zyrtari për mbrojtjen e të dhënave

## Staff: one request
case-title = Kërkesa
case-back = Kthehu te radha
case-person = Personi
case-anonymous = Ankues anonim
case-case-reference = Numri i dosjes
case-extended-because = U zgjat sepse
case-explanation = Shpjegimi i personit
case-concerned = Për çfarë është kërkesa
case-concerned-none = E gjithë dosja, ose informacion në një kategori të ndjeshme: hapeni më poshtë duke dhënë një arsye.
case-record = Informacione të tjera në dosje
case-record-intro = Hapni një kategori vetëm nëse ju nevojitet për këtë kërkesë. Arsyeja juaj regjistrohet dhe personi mund ta shohë.
case-upstream = Sistemet burimore
case-upstream-applied = U zbatua në sistemin { $system } më { $date }.
case-upstream-rejected = U refuzua nga sistemi { $system } më { $date }: { $reason }
case-upstream-waiting = Sistemi { $system } ende nuk e ka konfirmuar.
case-erased = (e fshirë)
case-proposed-value = Kërkohet:
case-restricted = Përdorimi është i kufizuar.
case-open-reason = Arsyeja
case-choose = Zgjidhni…
case-open = Hap
case-proposal = Vendim i propozuar, në pritje të një personi të dytë
case-awaiting-approval = në pritje të miratimit
case-assignee = E trajton
case-assignee-you = Ju
case-unassigned = Askush ende
case-template = Mesazhi
case-actions = Çfarë mund të bëni
case-no-actions = Tani për tani nuk mund të bëni asgjë me këtë kërkesë.
case-claim = Merre këtë kërkesë
case-approve-explained = Një koleg e propozoi këtë vendim. Kontrollojeni: asgjë nuk ndryshon derisa ta miratojë dikush tjetër, jo ai që e propozoi.
case-approve = Mirato vendimin
case-send-back = Ktheje për rishqyrtim
case-message = Dërgoji një mesazh personit
case-note = Fjalët tuaja (nuk është e detyrueshme)
case-note-hint = Shtohet poshtë mesazhit. Shkruani thjesht; personi mund ta lexojë me një mjet përkthimi.
case-send = Dërgo
case-ask-information = Kërkoji personit informacion
case-identity = Duhet ende të kontrollojmë identitetin e personit (afati ndalet derisa personi të përgjigjet)
case-resume = Vazhdo pa informacionin
case-extend = Zgjat afatin
case-extend-explained = Vetëm një herë, brenda muajit të parë, me një ose dy muaj. Personit i thuhet pse.
case-extend-months = Muaj
case-extend-reason = Arsyeja
case-decide = Vendos
case-outcome = Vendimi
case-reasons = Arsyet (të paktën një)
case-decision-note = Shënim për personin (nuk është i detyrueshëm)
case-second-person = Fshirja e të dhënave dhe korrigjimi i të dhënave të ndjeshme kanë nevojë për miratimin e një personi të dytë para se të ndryshojë diçka.
case-reassign = Jepja dikujt tjetër
case-reassign-to = Kolegu
staff-done-claim = Kërkesa tani është e juaja.
staff-done-reassign = Kërkesa iu dha kolegut tuaj.
staff-done-message = Mesazhi juaj u dërgua. Personi merr një e-mail që i thotë se ka lajme.
staff-done-ask-information = Pyetja juaj u dërgua. Personi merr një e-mail që i thotë se ka lajme.
staff-done-resume = Puna për kërkesën vazhdon.
staff-done-extend = Afati u zgjat dhe personit iu tha pse.
staff-done-decide = Vendimi u regjistrua. Nëse ka nevojë për një person të dytë, pret miratimin e tij.
staff-done-approve = Vendimi u miratua dhe u zbatua.
staff-done-send-back = Propozimi u kthye për rishqyrtim.
ST-010 = Zgjidhni pse ju duhet ta hapni këtë informacion.
ST-011 = Zgjidhni një arsye për zgjatjen.
ST-012 = Zgjidhni një vendim.
ST-013 = Zgjidhni të paktën një arsye.
ST-014 = Teksti është shumë i gjatë. Ju lutemi shkurtojeni deri në 2000 shenja.
ST-015 = Zgjidhni një koleg nga lista.
ST-016 = Zgjidhni një mesazh nga lista.
ST-017 = Ky veprim nuk ekziston.
ST-020 = Kjo nuk është e mundur në gjendjen aktuale të kërkesës.
ST-021 = Afati është zgjatur tashmë një herë.
ST-022 = Afati mund të zgjatet vetëm brenda muajit të parë.
ST-023 = Një zgjatje është një ose dy muaj.
ST-024 = Ju e propozuat këtë vendim, prandaj duhet ta miratojë dikush tjetër.
ST-025 = Këtë mund ta bëjë vetëm personi që e trajton këtë kërkesë. Merreni së pari kërkesën.
ST-026 = Ky vendim ka nevojë së pari për miratimin e një personi të dytë.
ST-027 = Dikush tjetër e ndryshoi këtë kërkesë në të njëjtën kohë. Shikojeni përsëri dhe provoni sërish.

## Decisions, as the person reads them
outcome-approved = Kërkesa juaj u pranua.
outcome-partly_approved = Kërkesa juaj u pranua pjesërisht.
outcome-refused = Kërkesa juaj u refuzua.
reason-request-granted = Bëmë atë që kërkuat.
reason-evidence-insufficient = Informacioni që dhatë nuk tregon se të dhënat tona janë gabim.
reason-identity-not-verified = Nuk mundëm të konfirmojmë se ju jeni personi për të cilin është informacioni.
reason-legal-claims = Na nevojitet informacioni për të vërtetuar, ushtruar ose mbrojtur të drejta para ligjit.
reason-manifestly-unfounded = Kërkesa përsërit një kërkesë të mëparshme, së cilës i jemi përgjigjur tashmë.
extension-reason-complexity = Kërkesa juaj është e ndërlikuar dhe kërkon më shumë kohë.
extension-reason-number-of-requests = Morëm shumë kërkesa dhe na duhet më shumë kohë për t'iu përgjigjur siç duhet kërkesës suaj.
timeline-message = Ju u dërgua një mesazh

## Message templates (staff choose one; the person reads it in their language)
template-information-needed-name = Na duhet më shumë informacion
template-information-needed = Për të trajtuar kërkesën tuaj, na duhet më shumë informacion nga ju. Ju lutemi hyni në llogari dhe përgjigjuni te kjo kërkesë.
template-identity-documents-name = Ju lutemi konfirmoni identitetin tuaj
template-identity-documents = Para se të vazhdojmë, duhet të konfirmojmë se ju jeni personi për të cilin është informacioni. Ju lutemi shtoni te kjo kërkesë një fotografi të një dokumenti identiteti.
template-progress-update-name = Po punojmë për kërkesën tuaj
template-progress-update = Po punojmë për kërkesën tuaj. Tani për tani nuk keni nevojë të bëni asgjë.
template-decision-made-name = U mor një vendim
template-decision-made = U mor një vendim për kërkesën tuaj. Mund ta lexoni, bashkë me arsyet, në faqen e kërkesës.

## Who looked at my data: staff actions
access-request-claimed = Filloi të trajtojë kërkesën tuaj
access-request-reassigned = Ia dha kërkesën tuaj një kolegu
access-request-messaged = Ju dërgoi një mesazh
access-request-information-requested = Ju kërkoi informacion
access-request-resumed = Vazhdoi punën për kërkesën tuaj
access-request-extended = Zgjati afatin për përgjigje
access-request-decision-proposed = Propozoi një vendim për kërkesën tuaj
access-request-decision-approved = Miratoi vendimin për kërkesën tuaj
access-request-decision-sent-back = Ktheu për rishqyrtim një vendim të propozuar
access-request-decided = Vendosi për kërkesën tuaj
access-field-restricted = Kufizoi përdorimin e të dhënave tuaja

## Deadline mails to staff (no personal data: a link to the request only)
staff-mail-due-soon-subject = Një kërkesë që trajtoni ka afat brenda një jave
staff-mail-due-soon-body =
    Një kërkese që ju është caktuar duhet t'i përgjigjeni brenda shtatë ditëve.

    Hapeni: { $url }
staff-mail-overdue-subject = Një kërkese të ekipit tuaj i ka kaluar afati
staff-mail-overdue-body =
    Një kërkese të ekipit tuaj i ka kaluar afati ligjor dhe ende nuk ka marrë përgjigje. Ju lutemi sigurohuni që të trajtohet sot.

    Hapeni: { $url }

## The auditor's screen
audit-title = Regjistri i auditimit
audit-verify = Kontrollo zinxhirin e të gjithë regjistrit
audit-verify-ok = Regjistri i auditimit është i paprekur: të gjitha ngjarjet ({ $events }) lidhen saktë në zinxhir.
audit-verify-broken = Regjistri i auditimit është manipuluar. Ngjarje të kontrolluara: { $events }. Probleme të gjetura:
audit-break-altered = Ngjarja { $seq } u ndryshua ose u zhvendos pasi u shkrua.
audit-break-chain-broken = Ngjarja { $seq } nuk vjen pas ngjarjes para saj.
audit-break-missing = Mungojnë ngjarje pas ngjarjes { $seq }.
audit-break-truncated = Regjistri nuk e mban më ngjarjen { $seq } ashtu siç e regjistroi një pikë kontrolli e nënshkruar: ngjarjet më të reja janë hequr ose rishkruar.
audit-break-checkpoint-forged = Rreshti { $seq } i skedarit të pikave të kontrollit është ndryshuar.
audit-action = Veprimi
audit-actor-kind = Bërë nga
audit-actor-person = Një person, për veten
audit-actor-staff = Punonjës
audit-actor-helper = Një ndihmës
audit-actor-anonymous = Dikush anonim
audit-actor-system = Vetë Amana
audit-actor-source-system = Një sistem burimor i autoritetit
audit-actor-id = Id-ja e atij që e bëri
audit-from = Nga
audit-to = Deri
audit-download-csv = Shkarko këtë përzgjedhje si CSV
audit-none = Asnjë ngjarje nuk përputhet.
audit-when = Kur
audit-who = Kush
audit-about = Për

## Administration
admin-title = Administrimi
admin-sections = Seksionet
admin-staff = Llogaritë e punonjësve
admin-teams = Ekipet
admin-routing = Shpërndarja e kërkesave të reja
admin-templates = Shabllonet e mesazheve
admin-default-team = merr kërkesat që nuk përputhen me asnjë rregull
admin-new-team = Shto një ekip
admin-team-key = Çelës i shkurtër
admin-key-hint = Shkronja të vogla, shifra dhe viza, si te north-office.
admin-team-name = Emri
admin-add = Shto
admin-save = Ruaj
admin-delete = Fshi
admin-saved = U ruajt.
admin-role = Roli
admin-office = Zyra
admin-status = Gjendja
admin-active = aktive
admin-inactive = e çaktivizuar
admin-enrolled = hapi i dytë është konfiguruar
admin-not-enrolled = hapi i dytë nuk është konfiguruar ende
admin-locked = e bllokuar pas hyrjeve të dështuara
admin-activate = Aktivizo
admin-deactivate = Çaktivizo
admin-reset-second-factor = Rivendos hapin e dytë
admin-change-teams = Ndrysho ekipet
admin-new-staff = Shto një llogari punonjësi
admin-name = Emri i plotë
admin-enrolment-link-hint = Këtu nuk ka fjalëkalim: Amana i dërgon personit me e-mail një lidhje që të zgjedhë vetë fjalëkalimin. Lidhja vlen një herë, për 72 orë.
admin-send-enrolment-link = Dërgo një lidhje të re regjistrimi
admin-routing-intro = Çdo kërkesë e re shkon te ekipi i rregullit të parë që përputhet me të. Ankesat shkojnë gjithmonë te zyrtari për mbrojtjen e të dhënave.
admin-routing-default = Një kërkesë që nuk përputhet me asnjë rregull shkon te ekipi i parazgjedhur.
admin-category = Kategoria
admin-sensitive = E ndjeshme
admin-yes = Po
admin-no = Jo
admin-move-up = Lëviz lart
admin-move-down = Lëviz poshtë
admin-new-rule = Shto një rregull në fund
admin-templates-intro = Punonjësit zgjedhin një nga këto kur i shkruajnë një personi, i cili e lexon në gjuhën e vet. Çdo shabllon duhet të ketë tekst në çdo gjuhë.
admin-new-template = Shto një shabllon
admin-template-key = Çelës i shkurtër
AD-001 = Plotësojeni këtë.
AD-002 = Teksti është shumë i gjatë.
AD-003 = Zgjidhni ekipet nga lista.
AD-004 = Shkruani një adresë të plotë e-maili, si name@example.org.
AD-005 = Zgjidhni një rol nga lista.
AD-006 = Fjalëkalimi duhet të ketë të paktën 12 shenja.
AD-007 = Ekziston tashmë një llogari me këtë adresë e-maili.
AD-008 = Nuk mund ta çaktivizoni llogarinë tuaj.
AD-009 = Përdorni nga 2 deri në 40 shkronja të vogla, shifra dhe viza.
AD-010 = Ekziston tashmë një ekip me këtë çelës.
AD-011 = Zgjidhni kushtet e rregullit nga listat.
AD-012 = Ankesat shkojnë gjithmonë te zyrtari për mbrojtjen e të dhënave; asnjë rregull nuk mund ta ndryshojë këtë.
AD-013 = Shkruani tekstin edhe në këtë gjuhë.

## Administration: the purpose register
admin-purposes = Regjistri i qëllimeve
admin-purposes-intro = Pse mbahen të dhënat, mbi çfarë baze ligjore, për sa kohë dhe kush i merr. Personat e lexojnë këtë te "Të dhënat e mia" dhe në faqen e pëlqimit, në gjuhën e tyre.
admin-purpose-name = Emri
admin-purpose-explanation = Shpjegimi që lexojnë personat para se të japin pëlqimin
admin-purpose-version = Versioni i tekstit të pëlqimit:
admin-legal-basis = Baza ligjore
admin-retention-days = Mbahet për (ditë)
admin-recipients = Marrësit
AD-014 = Shkruani një numër ditësh nga 1 deri në 36500.
AD-015 = Zgjidhni nga lista.
ST-018 = Një kërkesë për një informacion të vetëm ose pranohet ose refuzohet, jo pjesërisht.
staff-new-password = Zgjidhni fjalëkalimin tuaj
SA-003 = Zgjidhni një fjalëkalim që nuk është adresa juaj e e-mailit.

# Lidhjet e regjistrimit për llogaritë e reja
SA-004 = Kjo lidhje ka skaduar ose është përdorur tashmë. Kërkojini administratorit t'ju dërgojë një të re.
AD-016 = Kjo llogari e ka konfiguruar tashmë hapin e dytë. Rivendosni së pari hapin e dytë, nëse personi duhet të fillojë nga e para.
welcome-title = Konfiguroni llogarinë tuaj
welcome-intro = Zgjidhni fjalëkalimin për llogarinë tuaj:
welcome-password-hint = Të paktën 12 shenja. Vetëm ju e dini: askush nga Amana nuk do t'jua kërkojë kurrë. Pastaj do të konfiguroni aplikacionin e vërtetimit.
mail-enrolment-subject = Konfiguroni llogarinë tuaj në Amana
mail-enrolment-body =
    U krijua një llogari në Amana për këtë adresë. Hapni këtë lidhje për të zgjedhur fjalëkalimin dhe për të konfiguruar hapin e dytë të hyrjes:

    { $url }

    Lidhja vlen një herë, për { $hours } orë. Nëse nuk e prisnit këtë e-mail, mund ta shpërfillni.

## Administration: source systems, their API keys and webhooks
admin-source-systems = Sistemet burimore
admin-source-systems-intro = Sistemet e vetë autoritetit që ngarkojnë persona në Amana përmes API-së. Secili mund të shkruajë vetëm qëllimet dhe llojet e informacionit të shënuara këtu, dhe vetëm me çelësat e vet.
admin-new-source-system = Regjistro një sistem burimor
admin-source-system-contact = Kush e drejton
admin-source-system-contact-hint = Një ekip ose adresë për t'u kontaktuar kur thirrjet e tij dështojnë.
admin-source-system-purposes = Qëllimet që mund të shkruajë
admin-source-system-categories = Llojet e informacionit që mund të shkruajë
admin-webhook = Webhook
admin-webhook-none = Asnjë: sistemi lexon listën e ndryshimeve.
admin-webhook-url = Adresa që thërret Amana kur një ndryshim ka të bëjë me këtë sistem
admin-webhook-hint = Ruajtja krijon një sekret të ri nënshkrimi, që shfaqet vetëm një herë. Sekreti i vjetër nuk funksionon më.
admin-webhook-save = Ruaj webhook-un
admin-webhook-stop = Ndalo webhook-un
admin-api-keys = Çelësat API
admin-new-key = Krijo një çelës të ri
admin-key-scopes = Çfarë mund të bëjë çelësi
admin-key-days = I vlefshëm për (ditë)
admin-new-key-hint = Çelësi shfaqet vetëm një herë, menjëherë pas krijimit. Një sistem mund të ketë dy çelësa që funksionojnë, që një çelës i ri të zëvendësojë të vjetrin pa ndërprerje.
admin-key-live = Funksionon
admin-key-expired = I skaduar
admin-key-revoked = I revokuar më
admin-key-created = Krijuar
admin-key-expires = skadon
admin-key-last-used = përdorur së fundi
admin-key-never-used = asnjëherë
admin-key-revoke = Revoko
admin-new-key-shown = Çelës i ri API për
admin-webhook-secret-shown = Sekret i ri nënshkrimi i webhook-ut për
admin-shown-once-hint = Kopjojeni tani dhe jepjani operatorëve të sistemit në një mënyrë të sigurt. Amana nuk e ruan dhe nuk mund ta shfaqë përsëri.
api-scope-people-write = Ngarko dhe hiq persona
api-scope-changes-read = Lexo ndryshimet e miratuara
api-scope-changes-ack = Konfirmo që ndryshimet u bënë
api-scope-access-events-write = Raporto kush i pa të dhënat
AD-017 = Ekziston tashmë një sistem burimor me këtë emër.
AD-018 = Shkruani një numër ditësh nga 1 deri në 1095.
AD-019 = Ky sistem ka dy çelësa që funksionojnë ende. Revokoni njërin para se të krijoni një tjetër.
AD-020 = Zgjidhni të paktën një.
AD-021 = Shkruani një adresë të plotë interneti, si https://cases.example.org/amana.

## Administration: languages
admin-locales = Gjuhët
admin-locales-intro = Çdo gjuhë që mund të zgjedhin njerëzit, dhe nëse dikush që e flet e ka kontrolluar përkthimin.
admin-locale-source = Gjuha burimore
admin-locale-draft = Draft i parë, ende i pakontrolluar
admin-locale-reviewed = Kontrolluar nga { $reviewer } më { $date }
