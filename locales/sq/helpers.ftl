## Helpers of civil-society organisations
helper-sign-in-title = Hyrja për ndihmësit
helper-sign-in-intro = Për ndihmësit e organizatave të regjistruara pranë autoritetit. Hyni me adresën e e-mailit dhe fjalëkalimin, pastaj me një kod nga aplikacioni juaj i vërtetimit.
helper-home-title = Personat që ndihmoni
helper-people = Personat që ju kanë dhënë autorizim
helper-people-none = Askush nuk ju ka dhënë ende autorizim, ose të gjitha autorizimet kanë mbaruar. Një person jua jep autorizimin nga llogaria e vet, me një kod të shkurtër.
helper-scope = Lejohet
helper-until = Deri më
nav-helper-people = Personat që ndihmoni
mandate-scope-view = shikimi i të dhënave
mandate-scope-request = bërja e kërkesave
mandate-scope-consent = menaxhimi i pëlqimit
mandate-scope-complain = bërja e ankesave

## Administration: organisations and their helpers
admin-organisations = Organizatat e ndihmësve
admin-organisations-intro = Organizata të shoqërisë civile, ndihmësit e të cilave mund të veprojnë për personat që u japin autorizim. Pezullimi i një organizate ua ndërpret menjëherë aksesin ndihmësve të saj.
admin-new-organisation = Regjistro një organizatë
admin-organisation-kind = Lloji
admin-organisation-contact = Kontakti
organisation-kind-ngo = Organizatë joqeveritare
organisation-kind-legal-aid = Ndihmë juridike
organisation-kind-community-group = Grup i komunitetit
admin-suspended = e pezulluar
admin-suspend = Pezullo
admin-reinstate = Rikthe
admin-helpers = Ndihmësit
admin-new-helper = Shto një ndihmës
admin-helper-organisation = Organizata

## Mandates: the person gives a helper permission to act for them
nav-mandates = Ndihmësit
mandates-title = Personat që mund t'ju ndihmojnë
mandates-intro = Mund të lejoni një ndihmës nga një organizatë që i besoni të veprojë për ju: të shohë të dhënat tuaja, të bëjë kërkesa, të menaxhojë pëlqimin ose të ankohet. Ju zgjidhni çfarë dhe për sa kohë, dhe mund ta ndaloni në çdo kohë.
mandates-none = Ende nuk i keni dhënë leje askujt.
mandates-back = Kthehu te personat që mund t'ju ndihmojnë
mandate-no-helper-yet = Në pritje që ndihmësi të shkruajë kodin
mandate-state-waiting = në pritje të kodit
mandate-state-active = aktive
mandate-state-revoked = e ndaluar nga ju
mandate-state-ended = ka mbaruar
mandate-revoke = Ndalo këtë leje tani
mandate-grant-title = Jepini leje një ndihmësi
mandate-grant-intro = Do të merrni një kod të shkurtër. Jepjani vetë ndihmësit tuaj, personalisht ose me telefon. Kodi vlen një herë, për 30 minuta.
mandate-grant-scope = Çfarë mund të bëjë ndihmësi?
mandate-grant-days = Për sa kohë?
mandate-days-1 = Një ditë
mandate-days-7 = Një javë
mandate-days-30 = Një muaj
mandate-days-90 = Tre muaj
mandate-days-182 = Gjashtë muaj
mandate-grant = Merr kodin
mandate-code-title = Kodi për ndihmësin tuaj
mandate-code-intro = Jepjani këtë kod ndihmësit tuaj. Vlen një herë, brenda 30 minutave.
mandate-code-warning = Jepjani vetëm personit që doni t'ju ndihmojë. Askush nga autoriteti nuk do t'jua kërkojë.
mandate-code-shown = Kodi u shfaq vetëm një herë. Nëse nuk ia dhatë ndihmësit tuaj, ndaloni atë leje dhe bëni një të re.
notice-mandate-revoked = Leja u ndal. Ndihmësi nuk mund të veprojë më për ju.
MD-001 = Zgjidhni të paktën një gjë që mund të bëjë ndihmësi.
MD-002 = Zgjidhni për sa kohë.
MD-003 = Ky kod nuk funksionon. Mund të jetë shkruar gabim, të jetë përdorur tashmë ose të ketë skaduar.
MD-004 = Leja që ju ka dhënë ky person nuk e përfshin këtë, ose ka mbaruar.
MD-005 = Shkruani numrin e dosjes së personit.
MD-006 = Numri i dosjes mund të ketë vetëm shkronja, numra dhe viza, ashtu siç është shtypur në dokumentet e personit.
MD-007 = Shkruani datën e lindjes së personit.
MD-008 = Shkruani datën e lindjes siç është në dokumentet e personit, për shembull 1990-01-31 ose 31/01/1990. Nëse aty shkruhet vetëm viti, ose viti dhe muaji, shkruani vetëm këtë: 1978 ose 1978-11.
access-mandate-activated = Filloi t'ju ndihmojë me lejen tuaj

## The helper enters a code
helper-redeem-title = Shkruani kodin që ju dha një person
helper-redeem-intro = Personi ju jep një kod nga llogaria e vet. Shkruajeni këtu që të filloni ta ndihmoni.
helper-redeem-code = Kodi
helper-redeem = Fillo të ndihmosh
helper-mandate-taken-up = Tani mund ta ndihmoni këtë person, brenda asaj që ai ka lejuar.

## A helper acting for a person
helper-act-for = Vepro për këtë person
helper-acting-label = Po veproni për dikë
helper-acting-for = Po veproni për: { $name }
helper-nav-data = Të dhënat e personit
helper-nav-requests = Kërkesat e personit
helper-nav-consent = Pëlqimi i personit
helper-nav-complain = Ankohu për personin
helper-stop-acting = Mos vepro më për këtë person
helper-mandate-ended = Leja juaj për të vepruar për atë person ka mbaruar: ka skaduar, personi e ka ndaluar, ose organizata juaj është pezulluar.
actor-helper = { $helper }, nga organizata { $organisation } (ndihmës)
actor-helper-for = { $helper }, nga organizata { $organisation }, në emër të: { $person }
actor-helper-for-you = { $helper }, nga organizata { $organisation }, në emrin tuaj
message-to-helper = për ndihmësin
access-requests-listed = Pa listën e kërkesave tuaja
access-consent-viewed = Pa pëlqimin tuaj
access-request-filed = Bëri një kërkesë për ju
access-request-withdrawn = Tërhoqi një nga kërkesat tuaja
access-request-information-added = Shtoi informacion te një nga kërkesat tuaja
access-consent-given = Dha pëlqimin për ju
access-consent-withdrawn = Tërhoqi pëlqimin për ju
access-complaint-filed = Bëri një ankesë për ju
case-submitted-by = Dërguar nga
case-submitted-by-helper = { $helper }, nga organizata { $organisation }, në emër të: { $person }
case-message-to = Dërgo te
case-message-to-person = Personi
ST-028 = Nuk ka ndihmës të cilit t'i shkruani: kjo kërkesë nuk erdhi përmes një ndihmësi, ose leja e ndihmësit ka mbaruar.
mail-helper-news-subject = Një mesazh për një kërkesë që bëtë për dikë
mail-helper-news-body =
    Keni një mesazh për një kërkesë që bëtë për dikë. Hyni në llogari për ta lexuar: { $url }

## Assisted start: the helper asks, the person confirms with a code
helper-assisted-title = Filloni me dikë që është me ju
helper-assisted-intro = Nëse personi është me ju, shkruani numrin e dosjes dhe datën e lindjes së tij, dhe zgjidhni çfarë dëshiron personi që të bëni për të. Personi merr një kod në adresën e vet të kontaktit; nëse nuk ka, zyra e autoritetit ia printon një. Leja juaj fillon vetëm kur ju e shkruani atë kod te "Shkruani kodin që ju dha një person".
helper-assisted-send = Kërkoji personit një kod
helper-assisted-sent = Nëse këto të dhëna përputhen me një dosje, personi mori një kod në adresën e vet të kontaktit. Nëse nuk ka adresë kontakti, mund t'i kërkojë zyrës së autoritetit një kod të printuar.
mail-mandate-request-subject = Një ndihmës kërkon të veprojë për ju
mail-mandate-request-body =
    Organizata { $organisation } kërkon t'ju ndihmojë me të dhënat tuaja pranë autoritetit. Leja do të përfshinte: { $scope }.

    Nëse jeni me ta dhe jeni dakord, jepuni këtë kod: { $code }

    Kodi vlen një herë, për 30 minuta. Nëse nuk keni kërkuar ndihmë, shpërfilleni këtë mesazh: pa kodin nuk ndodh asgjë.
access-mandate-requested = Kërkoi të veprojë për ju (nuk ndodh asgjë derisa t'i jepni kodin tuaj)
access-mandate-code-printed = Printoi një kod për ju, që të konfirmoni një ndihmës
nav-staff-mandates = Kërkesat e ndihmësve
staff-mandates-title = Kërkesat e ndihmësve që presin një kod
staff-mandates-intro = Një ndihmës i filloi këto për dikë që mund të mos ketë adresë kontakti. Së pari kontrolloni identitetin e personit ballë për ballë. Pastaj printoni një kod dhe jepjani personit, jo ndihmësit: kodi vlen një herë, për tri ditë, dhe vetëm për atë ndihmës.
staff-mandates-none = Asnjë kërkesë ndihmësi nuk është në pritje.
staff-mandates-requested = Kërkuar më
staff-mandates-print = Printo një kod për personin
staff-mandate-code-title = Kodi për personin
staff-mandate-code-intro = Jepjani këtë letër personit. Nëse personi është dakord, ia jep kodin ndihmësit të vet, i cili e shkruan. Vetëm ky ndihmës mund ta përdorë, një herë, deri më { $until }.
staff-mandate-code-shown = Kodi u shfaq vetëm një herë. Nëse letra humbi, printoni një kod të ri: i vjetri nuk do të funksionojë më.
access-mandate-request-viewed = Pa kërkesën e një ndihmësi për të vepruar për ju
notice-mandate-code-printed = Punonjësit printuan një kod në letër, që një ndihmës të mund të veprojë për ju. Nëse nuk e keni kërkuar këtë, ndalojeni te "Ndihmësit".
