# Amana — Kurmancî: gilî. Hemû ziman heman kilîtan bi kar tînin.

footer-oversight = Çavdêriya serbixwe:
footer-complain = Gilî bike li ser awayê ku bi agahiyên te re hat kirin
complaint-title = Gilî bike
complaint-intro = Ger tu difikirî ku bi agahiyên te re bi awayekî rast nehatiye kirin, li vir ji me re bibêje. Gilî tenê diçe ba berpirsê parastina agahiyan, qet naçe ba wan karmendên ku gilî li ser wan e.
complaint-oversight-explained = Tu dikarî rasterast jî ji vê dezgeha serbixwe re gilî bikî, kengî bixwazî, belaş.
complaint-signed-in = Tu di hesabê xwe de yî, ji ber vê yekê giliyê te dê bi dosyaya te ve bê girêdan û tu dikarî wî di bin "Daxwazên min" de bişopînî.
complaint-anonymous = Tu ne di hesabê xwe de yî, ji ber vê yekê giliyê te dê bênav be. Tu yê kodeke wergirtinê bistînî da ku wî bişopînî. Tu kes nikare bi te re têkilî dayne.
complaint-text = Çi qewimî?
complaint-text-hint = Bi gotinên xwe binivîse. Agahiyên li ser kesên din nenivîse.
complaint-related = Ma ev li ser yek ji daxwazên te ye? (ne mecbûrî)
complaint-related-none = Na, ne li ser daxwazekê ye
complaint-send = Giliyê min bişîne
complaint-follow-link = Giliyekî bênav bi koda wergirtinê bişopîne

receipt-title = Giliyê te gihîşt me
receipt-intro = Koda te ya wergirtinê ev e:
receipt-keep-safe = Vê kodê binivîse û li cihekî ewle biparêze. Ew tenê carekê tê nîşandan, û ew tenê rê ye ku tu giliyê xwe bişopînî.
receipt-follow = Giliyê xwe bibîne
receipt-gone = Koda wergirtinê tenê carekê tê nîşandan. Ger ew li cem te be, tu dikarî bi wê giliyê xwe bişopînî.

lookup-title = Giliyekî bişopîne
lookup-intro = Koda wergirtinê ya ku te dema şandina giliyê xwe stand binivîse.
lookup-code = Koda wergirtinê
lookup-code-hint = 16 tîp û hejmar, wek mînak ABCD-EF23-GH45-JK67.
lookup-submit = Giliyê min nîşan bide
complaint-status-title = Giliyê te
status-no-complaint = Tu gilî tune ku were nîşandan. Pêşî koda xwe ya wergirtinê binivîse.

CP-001 = Berî şandinê binivîse ka çi qewimî.
CP-002 = Ev pir dirêj e. Ji kerema xwe wê kurt bike: herî zêde 2000 tîp.
CP-003 = Yek ji daxwazên xwe hilbijêre, an jî hilbijêre ku ne li ser daxwazekê ye.
CP-004 = Tu gilî bi vê koda wergirtinê tune ye. Li kodê binêre û dîsa biceribîne.
complaint-staff-member = Nav an e-nameya karmendekî, ger gilî li ser wî an wê be (ne mecbûrî)
complaint-staff-member-hint = Ger tu dizanî kê bi agahiyên te re xirab kir, li vir binivîse. Ew kes qet giliyê te nabîne.
