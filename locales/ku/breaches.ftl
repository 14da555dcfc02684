# Tomara binpêkirinan (ji bo berpirsê parastina agahiyan) û agahdariya ku kes li ser binpêkirineke agahiyên xwe dixwîne.
nav-breaches = Binpêkirin
breaches-title = Tomara binpêkirinan
breaches-intro = Her binpêkirina agahiyên kesane li vir tê tomarkirin, çi divê were ragihandin çi na. Divê dezgeha çavdêriyê di nav 72 saetan de, ji dema ku em pê hesiyan, were agahdarkirin, ji bilî rewşa ku îhtîmal tune be ku binpêkirin kesekî bixe xeterê.
breaches-none = Hîn tu binpêkirin nehatiye tomarkirin.
breach-title = Binpêkirin
breach-back = Vegere tomara binpêkirinan
breach-reference = Hejmara binpêkirinê
breach-clock-left =
    { $hours ->
        [one] Heta { $due } dezgeha çavdêriyê agahdar bike: { $hours } saet maye.
       *[other] Heta { $due } dezgeha çavdêriyê agahdar bike: { $hours } saet mane.
    }
breach-clock-late =
    { $hours ->
        [one] Diviya dezgeha çavdêriyê heta { $due } bihata agahdarkirin: { $hours } saet dereng e. Sedema derengbûnê binivîse.
       *[other] Diviya dezgeha çavdêriyê heta { $due } bihata agahdarkirin: { $hours } saet dereng e. Sedema derengbûnê binivîse.
    }
breach-clock-told =
    { $hours ->
        [one] Dezgeha çavdêriyê roja { $when } hat agahdarkirin, { $hours } saet piştî ku em pê hesiyan.
       *[other] Dezgeha çavdêriyê roja { $when } hat agahdarkirin, { $hours } saet piştî ku em pê hesiyan.
    }
breach-people-count = Kesên têkildar: { $people }. Agahdariyên şandî: { $notified }.
breach-record-heading = Binpêkirinekê tomar bike
breach-discovered-at = Binpêkirin kengî hat dîtin
breach-aware-at = Em kengî pê hesiyan ku bandor li agahiyên kesane bûye
breach-aware-at-hint = 72 saet ji vir dest pê dikin. Dîrok û dem bi UTC.
breach-processor-reported-at = Pêvajokerekî (processor) kengî ew ji me re ragihand (heke wisa bû)
breach-moment-hint = Dîrok û dem bi UTC, wek mînak 2026-12-03 14:30.
breach-optional-moment-hint = Heke tu pêvajoker tê de tunebû, vala bihêle.
breach-not-given = Nehatiye dayîn
breach-nature = Çi hat serê agahiyan
breach-nature-confidentiality = Dibe ku kesekî ku nebiya bidîta ew dîtibin (nepenî)
breach-nature-integrity = Bi şaşî hatin guhertin (yekparebûn)
breach-nature-availability = Winda bûn an em nikarîbûn bigihîjin wan (berdestbûn)
breach-description = Çi qewimî
breach-description-hint = Tenê ji bo tomarê ye; qet nayê nîşanî kesên têkildar dan. Li vir agahiyên kesane nenivîse.
breach-categories = Cureyên agahiyan ên têkildar
breach-approx-people = Bi texmînî çend kes
breach-approx-records = Bi texmînî çend tomar
breach-consequences = Encamên muhtemel ji bo kesên têkildar
breach-consequence-others-may-read = Dibe ku kesekî ku nabe agahiyên te bibîne, wan bixwîne.
breach-consequence-identity-misuse = Dibe ku kesek agahiyên te bi kar bîne da ku xwe wek te nîşan bide.
breach-consequence-contact-by-strangers = Dibe ku kesên nenas hewl bidin ku bi te re têkilî deynin an bibînin tu li ku dijî.
breach-consequence-wrong-decision = Dibe ku biryarek li ser te li ser agahiyên şaş were dayîn.
breach-consequence-delay = Dibe ku dosyaya te dirêjtir bikişîne.
breach-consequence-data-lost = Dibe ku hin agahiyên te winda bûbin.
breach-measures = Me çi kir an em ê çi bikin
breach-measure-access-closed = Me ew rê girt ku agahî jê derketin.
breach-measure-data-recovered = Me agahî paş ve standin an jî ew vegerandin cihê wan.
breach-measure-recipient-asked-to-delete = Me ji kesê ku agahî standin xwest ku wan jê bibe, û me kontrol kir ku ew hatin jêbirin.
breach-measure-police-informed = Me polîs agahdar kir.
breach-measure-accounts-secured = Me şîfre guhertin û hesabên têkildar kilît kirin.
breach-measure-staff-trained = Me awayê xebata karmendên xwe guhert, da ku ev yek dîsa neqewime.
breach-advice = Kesên têkildar dikarin çi bikin
breach-advice-watch-for-contact = Hişyar be heke kesek ji nişkê ve li ser dosyaya te telefon bike, peyamê bişîne an were cem te.
breach-advice-do-not-answer-strangers = Qet hejmara dosyaya xwe an dîroka jidayikbûna xwe nede kesekî ku ew bi xwe pêşî bi te re têkilî datîne.
breach-advice-check-my-data = Li vir, li Amana, agahiyên xwe kontrol bike û ji me bixwaze ku em her tiştê şaş rast bikin.
breach-advice-tell-helper = Heke rêxistineke alîkariyê alîkariya te dike, behsa vê agahdariyê ji wan re bike.
breach-advice-ask-us = Heke pirsên te hebin, an tu xwe ne ewle hîs bikî, ji me bipirse.
breach-risk = Xetera ji bo kesên têkildar
breach-risk-unlikely = Îhtîmal tune ku xeterekê çêbike (ne pêwîst e dezgeha çavdêriyê were agahdarkirin; sedemê binivîse)
breach-risk-risk = Xeterek heye (dezgeha çavdêriyê agahdar bike)
breach-risk-high = Xetereke mezin heye (dezgeha çavdêriyê û her kesê têkildar agahdar bike)
breach-risk-reasoning = Çima xeter ev e
breach-risk-reasoning-hint = Sedemên te di tomarê de tên hilanîn, her wiha dema ku tu biryar didî ku dezgeha çavdêriyê an kesên têkildar agahdar nekî.
breach-record = Binpêkirinê tomar bike
breach-recorded = Binpêkirin hat tomarkirin. Hejmartina 72 saetan dest pê kir.
breach-tell-heading = Agahdarkirina dezgeha çavdêriyê
breach-told-at = Dezgeha çavdêriyê kengî hat agahdarkirin
breach-authority-reference = Hejmara referansê ya dezgeha çavdêriyê
breach-delay-reason = Sedema derengbûnê (heke hebe)
breach-delay-reason-hint = Pêwîst e heke dezgeha çavdêriyê zêdetirî 72 saetan piştî ku em pê hesiyan hatibe agahdarkirin.
breach-tell = Tomar bike ku dezgeha çavdêriyê hat agahdarkirin
breach-authority-recorded = Hat tomarkirin: dezgeha çavdêriyê hat agahdarkirin.
breach-updates-heading = Agahiyên ku paşê hatin dayîn
breach-update = Agahiyên din ên ku ji dezgeha çavdêriyê re hatin dayîn
breach-update-hint = Tiştên ku te piştî ragihandina yekem fêr bûn û ji dezgeha çavdêriyê re gotin.
breach-add-update = Vê agahiyê zêde bike
breach-update-added = Agahî li tomarê hat zêdekirin.
breach-people-heading = Kesên têkildar
breach-people = Hejmarên dosyayê yên kesên têkildar
breach-people-hint = Di her rêzekê de hejmareke dosyayê.
breach-add-people = Van kesan zêde bike
breach-people-added = Kes hatin zêdekirin. Dema tu amade bî, agahdariyê ji wan re bişîne.
breach-notify-explained =
    { $people ->
        [one] Agahdarî hîn ji { $people } kesî re nehatiye şandin. Ew ê dema têkevin wê bixwînin, û peyamekê bistînin ku nûçe heye.
       *[other] Agahdarî hîn ji { $people } kesan re nehatiye şandin. Ew ê dema têkevin wê bixwînin, û peyamekê bistînin ku nûçe heye.
    }
breach-notify = Agahdariyê bişîne
breach-people-notified = Agahdarî hatin şandin.
breach-notice-heading = Pirsgirêkek bi agahiyên te re
breach-notice-intro = Roja { $date } me dît ku pirsgirêkek bi hin agahiyên te re çêbûye. Em ji te lêborînê dixwazin. Li jêr dibînî ka çi qewimî û tu dikarî çi bikî.
breach-notice-data = Agahiyên têkildar: { $categories }
breach-notice-consequences = Çi dikare biqewime
breach-notice-measures = Me çi kir
breach-notice-advice = Tu dikarî çi bikî
breach-notice-contact = Pirsên te hene? Ji berpirsê me yê parastina agahiyan re binivîse: { $contact }
breach-notice-sent = Roja { $date } hat ragihandin
BR-001 = Hejmareke tam binivîse, 0 an jê zêdetir.
BR-002 = Ev dem di pêşerojê de ye.
BR-003 = Ev nikare berî dîtina binpêkirinê be.
BR-004 = Ji dema ku em pê hesiyan zêdetirî 72 saetan derbas bûn: sedema derengbûnê binivîse.
BR-005 = Ev rêz bi tu hejmara dosyayê re li hev nayên. Wan rast bike an jê bibe; hîn tu kes nehatiye zêdekirin.
BR-006 = Dîrok û demekê binivîse, wek mînak 2026-12-03 14:30.
BR-007 = Ragihandina ji dezgeha çavdêriyê re jixwe hatiye tomarkirin. Agahiyên paşê li jêr zêde bike.
mail-data-incident-subject = Peyameke girîng li ser agahiyên te
mail-data-incident-body =
    Peyameke girîng li ser agahiyên te heye. Ji bo xwendinê têkeve: { $url }
sms-data-incident = Amana: peyameke girîng li ser agahiyên te heye. Ji bo xwendinê têkeve: { $url }
breach-nature-person-confidentiality = Dibe ku kesekî ku nebiya bidîta hin agahiyên te dîtibin.
breach-nature-person-integrity = Hin agahiyên te bi şaşî hatin guhertin.
breach-nature-person-availability = Hin agahiyên te winda bûn, an jî ji bo demekê em nikarîbûn wan vekin.
breach-clocks-heading = Binpêkirin: agahdarkirina dezgeha çavdêriyê
breach-people-list = Kesên têkildar, û agahdarî kengî ji her yekî re hat şandin
breach-person-reference = Hejmara dosyayê
breach-person-notified = Agahdarî hat şandin
breach-person-not-notified = Hêj na
