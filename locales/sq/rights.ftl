# Amana — shqip: ushtrimi i të drejtave (kërkesat për të dhënat tuaja). Çdo gjuhë ka të njëjtët çelësa.

nav-my-requests = Kërkesat e mia

## Actions beside each field on My data
action-correct = Kjo është gabim
action-erase = Fshije këtë
action-restrict = Mos e përdorni më këtë
my-data-erase-all = Kërko që të fshihen të gjitha të dhënat e mia

## Request forms
request-correct-title = Korrigjoni të dhënat tuaja
request-erase-title = Fshini të dhënat tuaja
request-restrict-title = Ndaloni përdorimin e të dhënave tuaja
request-erase-all-title = Fshini të gjitha të dhënat tuaja
request-proposed-value = Çfarë duhet të shkruajë
request-proposed-value-hint = Shkruani informacionin e saktë.
request-erase-explained = Ju po kërkoni që ky informacion të fshihet. Disa informacione duhet të mbahen sipas ligjit; nëse është kështu, do t'ju themi pse.
request-erase-all-explained = Ju po kërkoni që të fshihen të gjitha informacionet që mbahen për ju. Disa informacione duhet të mbahen sipas ligjit, për shembull ndërsa dosja juaj është e hapur; nëse është kështu, do t'ju themi cilat dhe pse.
request-restrict-choose = Çfarë dëshironi?
request-restriction-explained = Të mbahet informacioni, por të mos përdoret ndërsa kontrollohet (për shembull, sepse mendoni se është gabim).
request-objection-explained = Të mos përdoret më informacioni për këtë qëllim, për shkak të situatës suaj personale.
request-explanation = Çfarëdo që doni të shtoni (nuk është e detyrueshme)
request-explanation-hint = Për shembull pse, ose çfarë ndodhi. Mund të dërgoni dokumente edhe më vonë.
request-deadline-explained = Kërkesa është falas. Do të merrni përgjigje brenda një muaji. Nëse kërkesa juaj është e ndërlikuar, afati mund të zgjatet edhe dy muaj të tjerë, dhe do t'ju thuhet pse.
request-send = Dërgo kërkesën time
request-cancel = Kthehu pa e dërguar
request-whole-record = Të gjitha të dhënat e mia

## Kinds and states of requests
kind-access = Kopje e të dhënave të mia
kind-correction = Korrigjim
kind-erasure = Fshirje
kind-restriction = Pezullim i përdorimit
kind-objection = Kundërshtim i përdorimit
kind-complaint = Ankesë
status-submitted = U mor
status-in_review = Po kontrollohet
status-awaiting_information = Presim informacion nga ju
status-decided = U vendos
status-completed = U krye
status-withdrawn = U tërhoq

## My requests
requests-title = Kërkesat e mia
requests-intro = Këtu mund të ndiqni gjithçka që keni kërkuar, të shihni datën kur do të merrni përgjigje dhe të lexoni mesazhet.
requests-none = Ende nuk keni bërë asnjë kërkesë. Për të bërë një, shkoni te "Të dhënat e mia" dhe zgjidhni një informacion.
requests-back = Kthehu te kërkesat e mia
request-title = Kërkesa juaj
request-reference = Numri i kërkesës
request-kind = Kërkesa
request-about = Për
request-status = Gjendja
request-received = Marrë më
request-due = Përgjigje deri më
request-extended = Afati për përgjigje u zgjat. Arsyeja:
request-decision = Vendimi
request-timeline = Çfarë ndodhi
request-upstream = Në sistemet e vetë autoritetit
request-upstream-done = U krye në sistemin { $system } më { $date }.
request-upstream-waiting = Ende nuk është kryer në sistemin { $system }. Punonjësit po e ndjekin.
request-messages = Mesazhet
request-no-messages = Ende nuk ka mesazhe.
request-add-information = Shtoni informacion ose përgjigjuni
request-add-information-hint = Shkruani këtu nëse doni të shtoni diçka ose t'i përgjigjeni një pyetjeje.
request-send-information = Dërgo
request-withdraw = Tërhiq këtë kërkesë
notice-request-filed = Kërkesa juaj u mor. Ju kemi dërguar një konfirmim.
notice-request-sent = Mesazhi juaj u shtua te kërkesa.
notice-request-withdrawn = Kërkesa juaj u tërhoq. Nuk do të bëhet asgjë më me të.

actor-you = Ju
actor-system = Amana
actor-source = { $role } · { $office } (në sistemin { $system })
role-caseworker = Punonjës që ndjek dosjet
role-reviewer = Shqyrtues
role-dpo = Zyrtari për mbrojtjen e të dhënave
role-admin = Administrator
role-auditor = Auditues

timeline-submitted = Kërkesa u mor
timeline-in-review = Po kontrollohet
timeline-information-requested = U kërkua më shumë informacion
timeline-information-added = U shtua informacion
timeline-extended = Afati për përgjigje u zgjat
timeline-decided = U mor vendimi
timeline-completed = U krye
timeline-withdrawn = Kërkesa u tërhoq

reason-legal-obligation = Ligji na detyron ta mbajmë këtë informacion.
reason-still-needed-for-case = Informacioni nevojitet ende për dosjen tuaj të hapur.
reason-accuracy-confirmed = E kontrolluam informacionin dhe është i saktë.
reason-public-interest = Përdorimi nevojitet për një detyrë në interes publik, e cila peshon më shumë se situata juaj.

## Withdrawing
withdraw-title = Ta tërheqim kërkesën tuaj?
withdraw-explained = Nëse e tërhiqni, ne ndalojmë së punuari për këtë kërkesë. Mund të bëni një kërkesë të re në çdo kohë.
withdraw-confirm = Po, tërhiqe
withdraw-cancel = Jo, mbaje kërkesën time

## Errors
RQ-001 = Ju keni tashmë një kërkesë të hapur për këtë. Mund ta ndiqni te "Kërkesat e mia".
RQ-002 = Për këtë kërkesë është vendosur tashmë, ose është tërhequr, prandaj nuk mund të ndryshohet.
RQ-010 = Shkruani çfarë duhet të thotë informacioni.
RQ-011 = Teksti është shumë i gjatë. Ju lutemi shkurtojeni deri në 500 shenja.
RQ-012 = Teksti është shumë i gjatë. Ju lutemi shkurtojeni deri në 2000 shenja.
RQ-013 = Kjo është ajo që kemi tashmë. Shkruani çfarë duhet të thotë.
RQ-014 = Shkruani një mesazh para se ta dërgoni.
RQ-015 = Teksti është shumë i gjatë. Ju lutemi shkurtojeni deri në 2000 shenja.
RQ-016 = Zgjidhni një nga mundësitë.

## E-mails (they never contain personal data)
mail-request-received-subject = Morëm kërkesën tuaj
mail-request-received-body =
    Morëm kërkesën tuaj. Do të merrni përgjigje brenda një muaji.

    Hyni në llogari për ta ndjekur: { $url }
mail-request-news-subject = Ka lajme për kërkesën tuaj
mail-request-news-body =
    Ka lajme për kërkesën tuaj. Hyni në llogari për t'i lexuar: { $url }

## Documents
request-evidence = Një dokument (nuk është i detyrueshëm)
request-evidence-hint = Një PDF ose një fotografi (JPEG ose PNG), deri në 5 MB. Për shembull një certifikatë që tregon informacionin e saktë.
request-documents = Dokumentet që dërguat
request-document = Dokumenti
RQ-020 = Skedari është shumë i madh. Dërgoni një skedar deri në 5 MB.
RQ-021 = Ky lloj skedari nuk pranohet. Dërgoni një PDF ose një fotografi (JPEG ose PNG).
RQ-022 = Kjo kërkesë ka tashmë numrin më të madh të lejuar të dokumenteve (20 skedarë, 50 MB gjithsej). Shkruani një mesazh në vend të tyre, ose na pyesni si të dërgoni më shumë.
