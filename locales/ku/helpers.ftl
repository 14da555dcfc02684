## Helpers of civil-society organisations
helper-sign-in-title = Têketina alîkaran
helper-sign-in-intro = Ji bo alîkarên rêxistinên ku li cem dezgehê tomarkirî ne. Bi navnîşana e-nameyê û şîfreya xwe têkeve, paşê koda ji sepana xwe ya piştrastkirinê (authenticator) binivîse.
helper-home-title = Kesên ku tu alîkariya wan dikî
helper-people = Kesên ku destûr dane te
helper-people-none = Hîn tu kesî destûr nedaye te, an hemû destûr bi dawî bûne. Kes bi xwe, ji hesabê xwe, bi kodeke kurt destûrê dide te.
helper-scope = Destûra te heye ji bo
helper-until = Heta
nav-helper-people = Kesên ku tu alîkariya wan dikî
mandate-scope-view = dîtina agahiyan
mandate-scope-request = kirina daxwazan
mandate-scope-consent = birêvebirina razîbûnê
mandate-scope-complain = kirina giliyan

## Administration: organisations and their helpers
admin-organisations = Rêxistinên alîkar
admin-organisations-intro = Rêxistinên civaka sivîl ku alîkarên wan dikarin li şûna wan kesan tevbigerin ên ku destûr didin wan. Rawestandina rêxistinekê yekser gihîştina hemû alîkarên wê diqedîne.
admin-new-organisation = Rêxistinekê tomar bike
admin-organisation-kind = Cure
admin-organisation-contact = Têkilî
organisation-kind-ngo = Rêxistina ne-hikûmî
organisation-kind-legal-aid = Alîkariya qanûnî
organisation-kind-community-group = Koma civakî
admin-suspended = hatiye rawestandin
admin-suspend = Rawestîne
admin-reinstate = Dîsa çalak bike
admin-helpers = Alîkar
admin-new-helper = Alîkarekî zêde bike
admin-helper-organisation = Rêxistin

## Mandates: the person gives a helper permission to act for them
nav-mandates = Alîkar
mandates-title = Kesên ku dikarin alîkariya te bikin
mandates-intro = Tu dikarî destûrê bidî alîkarekî ji rêxistineke ku tu pê bawer dikî, da ku li şûna te tevbigere: agahiyên te bibîne, daxwazan bike, razîbûna te birêve bibe an gilî bike. Tu hildibijêrî ka ew dikare çi bike û heta kengê, û tu dikarî kengî bixwazî destûrê rawestînî.
mandates-none = Te hîn destûr nedaye tu kesî.
mandates-back = Vegere kesên ku dikarin alîkariya te bikin
mandate-no-helper-yet = Li benda wê ye ku alîkar kodê binivîse
mandate-state-waiting = li benda kodê ye
mandate-state-active = çalak e
mandate-state-revoked = te rawestand
mandate-state-ended = bi dawî bû
mandate-revoke = Vê destûrê niha rawestîne
mandate-grant-title = Destûrê bide alîkarekî
mandate-grant-intro = Tu yê kodeke kurt bistînî. Tu bi xwe wê bide alîkarê xwe, rû bi rû an bi telefonê. Ew tenê carekê dixebite, 30 deqîqeyan.
mandate-grant-scope = Alîkar dikare çi bike?
mandate-grant-days = Heta kengê?
mandate-days-1 = Rojek
mandate-days-7 = Hefteyek
mandate-days-30 = Mehek
mandate-days-90 = Sê meh
mandate-days-182 = Şeş meh
mandate-grant = Kodê bistîne
mandate-code-title = Koda ji bo alîkarê te
mandate-code-intro = Vê kodê bide alîkarê xwe. Ew tenê carekê dixebite, di nav 30 deqîqeyan de.
mandate-code-warning = Kodê tenê bide wî kesê ku tu dixwazî alîkariya te bike. Tu kes ji dezgehê vê kodê ji te naxwaze.
mandate-code-shown = Kod tenê carekê hat nîşandan. Ger te ew neda alîkarê xwe, wê destûrê rawestîne û destûreke nû çêke.
notice-mandate-revoked = Destûr hat rawestandin. Alîkar êdî nikare li şûna te tevbigere.
MD-001 = Herî kêm tiştekî hilbijêre ku alîkar dikare bike.
MD-002 = Hilbijêre heta kengê.
MD-003 = Ev kod naxebite. Dibe ku şaş hatibe nivîsandin, berê hatibe bikaranîn an jî dema wê derbas bûbe.
MD-004 = Destûra ku vî kesî daye te vê yekê nagire nav xwe, an jî bi dawî bûye.
MD-005 = Hejmara dosyaya wî kesî binivîse.
MD-006 = Hejmara dosyayê tenê tîp, hejmar û xêzik (-) tê de hene, wek ku li ser kaxezên wî kesî nivîsandî ye.
MD-007 = Dîroka jidayikbûna wî kesî binivîse.
MD-008 = Dîroka jidayikbûnê wek ku li ser kaxezên wî kesî nivîsandî ye binivîse, wek mînak 1990-01-31 an 31/01/1990. Ger li ser wan ji vê zêdetir tune be, tenê 1978 an 1978-11 binivîse.
access-mandate-activated = Bi destûra te dest bi alîkariya te kir

## The helper enters a code
helper-redeem-title = Koda ku kesek daye te binivîse
helper-redeem-intro = Kes ji hesabê xwe kodekê dide te. Wê li vir binivîse da ku tu dest bi alîkariya wî bikî.
helper-redeem-code = Kod
helper-redeem = Dest bi alîkariyê bike
helper-mandate-taken-up = Tu niha dikarî alîkariya vî kesî bikî, tenê di nav sînorê ku wî destûr daye de.

## A helper acting for a person
helper-act-for = Li şûna vî kesî tevbigere
helper-acting-label = Tu li şûna kesekî tevdigerî
helper-acting-for = Tu li şûna { $name } tevdigerî
helper-nav-data = Agahiyên wî/wê
helper-nav-requests = Daxwazên wî/wê
helper-nav-consent = Razîbûna wî/wê
helper-nav-complain = Ji bo wî/wê gilî bike
helper-stop-acting = Li şûna vî kesî tevgerînê rawestîne
helper-mandate-ended = Destûra te ya tevgerîna li şûna wî kesî bi dawî bûye: an dema wê derbas bû, an kes ew rawestand, an jî rêxistina te hat rawestandin.
actor-helper = { $helper } ji { $organisation } (alîkar)
actor-helper-for = { $helper } ji { $organisation }, li şûna { $person }
actor-helper-for-you = { $helper } ji { $organisation }, li şûna te
message-to-helper = ji alîkar re
access-requests-listed = Li lîsteya daxwazên te nêrî
access-consent-viewed = Li razîbûna te nêrî
access-request-filed = Ji bo te daxwazek kir
access-request-withdrawn = Yek ji daxwazên te paşde kişand
access-request-information-added = Agahî li yek ji daxwazên te zêde kir
access-consent-given = Li şûna te razîbûn da
access-consent-withdrawn = Li şûna te razîbûn paşde girt
access-complaint-filed = Ji bo te gilî kir
case-submitted-by = Kê şand
case-submitted-by-helper = { $helper } ji { $organisation }, li şûna { $person }
case-message-to = Ji kê re bişîne
case-message-to-person = Kes bi xwe
ST-028 = Alîkarek tune ku tu jê re binivîsî: ev daxwaz bi rêya alîkarekî nehatiye, an destûra alîkar bi dawî bûye.
mail-helper-news-subject = Peyamek li ser daxwazeke ku te ji bo kesekî kiriye
mail-helper-news-body =
    Peyamek ji te re heye li ser daxwazeke ku te ji bo kesekî kiriye. Ji bo xwendinê têkeve: { $url }

## Assisted start: the helper asks, the person confirms with a code
helper-assisted-title = Bi kesekî ku li ba te ye dest pê bike
helper-assisted-intro = Ger kes li ba te be, hejmara dosyaya wî/wê û dîroka jidayikbûnê binivîse, û hilbijêre ka ew dixwaze tu çi bikî. Ew kodekê li navnîşana xwe ya têkiliyê distîne; ger navnîşaneke wî/wê tune be, nivîsgeha dezgehê kodekê jê re çap dike. Destûra te tenê dema ku tu wê kodê di "Koda ku kesek daye te binivîse" de binivîsî dest pê dike.
helper-assisted-send = Ji bo kes kodekê bixwaze
helper-assisted-sent = Ger ev agahî bi tomarekê re li hev bên, kes kodek li navnîşana xwe ya têkiliyê stand. Ger navnîşana wî/wê ya têkiliyê tune be, ew dikare ji nivîsgeha dezgehê kodeke çapkirî bixwaze.
mail-mandate-request-subject = Alîkarek dixwaze li şûna te tevbigere
mail-mandate-request-body =
    { $organisation } dixwaze alîkariya te bike di karên agahiyên te yên li cem dezgehê de. Ew ê destûrê bistînin ji bo: { $scope }.

    Ger tu li ba wan î û tu razî yî, vê kodê bide wan: { $code }

    Kod tenê carekê dixebite, 30 deqîqeyan. Ger te alîkarî nexwestibe, guh nede vê peyamê: bêyî kodê tiştek naqewime.
access-mandate-requested = Xwest ku li şûna te tevbigere (heta ku tu kodê nedî, tiştek naqewime)
access-mandate-code-printed = Kodek ji bo te çap kir, da ku tu alîkarekî bipejirînî
nav-staff-mandates = Daxwazên alîkaran
staff-mandates-title = Daxwazên alîkaran ên li benda kodê
staff-mandates-intro = Alîkarekî ev ji bo kesekî dest pê kirine ku dibe ku navnîşana wî ya têkiliyê tune be. Pêşî nasnameya kes rû bi rû kontrol bike. Paşê kodekê çap bike û bide kes bi xwe, ne alîkar: ew tenê carekê dixebite, sê rojan, û tenê ji bo wî alîkarî.
staff-mandates-none = Tu daxwaza alîkaran li bendê nîne.
staff-mandates-requested = Dîroka daxwazê
staff-mandates-print = Ji bo kes kodekê çap bike
staff-mandate-code-title = Kod ji bo kes
staff-mandate-code-intro = Vê kaxezê bide kes. Ger ew razî be, ew kodê dide alîkarê xwe, û alîkar wê dinivîse. Tenê ev alîkar dikare wê bi kar bîne, tenê carekê, heta { $until }.
staff-mandate-code-shown = Kod tenê carekê hat nîşandan. Ger kaxez winda bûbe, kodeke nû çap bike: koda kevin êdî naxebite.
access-mandate-request-viewed = Li daxwaza alîkarekî ya tevgerîna li şûna te nêrî
notice-mandate-code-printed = Karmendan kodek li ser kaxezê çap kir, da ku alîkarek bikaribe li şûna te tevbigere. Ger te ev nexwestibe, wê di bin "Alîkar" de rawestîne.
