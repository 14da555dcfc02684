## Staff: sign-in
nav-queue = Rêza daxwazan
nav-audit = Tomara kontrolê
nav-admin = Rêveberî
staff-sign-in-title = Têketina karmendan
staff-sign-in-intro = Ji bo karmendên dezgehê. Bi navnîşana e-nameya kar û şîfreya xwe têkeve, paşê koda ji sepana xwe ya piştrastkirinê (authenticator) binivîse.
staff-email = Navnîşana e-nameya kar
staff-password = Şîfre
staff-continue = Bidomîne
staff-enrol-title = Sepana piştrastkirinê saz bike
staff-enrol-intro = Hesabên karmendan bi gaveke duyem têne parastin. Wê niha, tenê carekê, saz bike.
staff-enrol-step-app = Li ser telefona xwe ya kar sepaneke piştrastkirinê veke.
staff-enrol-step-scan = Vê kodê bi sepanê bixwîne (scan), an kilîta li jêr di sepanê de binivîse.
staff-enrol-qr = Koda QR ji bo sepana te ya piştrastkirinê
staff-enrol-secret = Kilît:
staff-enrol-step-code = Koda şeş reqemî ya ku sepan nîşan dide binivîse.
staff-code = Kod
staff-code-hint = Şeş reqem ji sepana te ya piştrastkirinê.
staff-enrol-confirm = Piştrast bike û têkeve
staff-code-title = Gava duyem
staff-code-intro = Koda ku sepana te ya piştrastkirinê niha nîşan dide binivîse.
staff-code-recovery-hint = Şeş reqem ji sepanê. Telefona te winda bûye? Li şûna wê yek ji kodên xwe yên vegerandinê binivîse.
staff-recovery-title = Kodên te yên vegerandinê
staff-recovery-intro = Van kodan li cihekî ewle, dûrî telefona xwe, biparêze. Ger sepana te ya piştrastkirinê winda bibe, her kodek tenê carekê dixebite. Ew tenê niha têne nîşandan.
staff-recovery-shown = Kodên te yên vegerandinê berê hatin nîşandan. Ger te ew neparastibin, ji rêvebirekî bixwaze ku gava te ya duyem sifir bike (reset).
SA-001 = Navnîşana e-nameyê, şîfre an kod ne rast e. Piştî pênc hewldanên şaş, hesab 15 deqîqeyan tê girtin.
SA-002 = Têketina te pir dirêj kişand. Ji kerema xwe ji nû ve dest pê bike.
ST-001 = Rola te destûrê nade vê yekê.

## Staff: queues
queue-title = Daxwazên ku divê bên birêvebirin
queue-take-next = Daxwaza din bigire ser xwe
queue-nothing-to-take = Niha di rêzên te de daxwazeke bêxwedî tune ye.
queue-team = Tîm
queue-any = Hemû
queue-kind = Daxwaz
queue-status = Rewş
# A request's status as staff read it (the person reads status-<status>).
staff-status-submitted = Nû
staff-status-in_review = Tê kontrolkirin
staff-status-awaiting_information = Li benda agahiyên kes e
staff-status-decided = Biryar hat dayîn
staff-status-completed = Qediya
staff-status-withdrawn = Kes paşde kişand
queue-language = Ziman
queue-filter = Nîşan bide
queue-empty = Tu daxwazeke vekirî li gorî vê hilbijartinê tune ye.
queue-count = Daxwazên vekirî:
queue-overdue = Dema wê derbas bûye
queue-due-soon = Dema wê di nav 3 rojan de diqede
team-general = Daxwazên giştî
team-sensitive-data = Agahiyên hesas
team-dpo = Berpirsê parastina agahiyan

## Staff: one request
case-title = Daxwaz
case-back = Vegere rêza daxwazan
case-person = Kes
case-anonymous = Gilîkarê bênav
case-case-reference = Hejmara dosyayê
case-extended-because = Sedema dirêjkirinê
case-explanation = Ravekirina kes
case-concerned = Daxwaz li ser çi ye
case-concerned-none = Tevahiya tomarê, an agahiyên di kategoriyeke hesas de: li jêr, bi sedemekê, veke.
case-record = Agahiyên din ên di tomarê de
case-record-intro = Kategoriyekê tenê veke ger ji bo vê daxwazê pêwîst be. Sedema te tê tomarkirin û kes dikare wê bibîne.
case-upstream = Pergalên çavkanî
case-upstream-applied = Di { $system } de hat sepandin, roja { $date }.
case-upstream-rejected = { $system } roja { $date } red kir: { $reason }
case-upstream-waiting = { $system } hîn ev piştrast nekiriye.
case-erased = (hat jêbirin)
case-proposed-value = Hat xwestin:
case-restricted = Bikaranîn sînordar e.
case-open-reason = Sedem
case-choose = Hilbijêre…
case-open = Veke
case-proposal = Biryara pêşniyarkirî, li benda kesekî duyem
case-awaiting-approval = li benda pejirandinê
case-assignee = Berpirs
case-assignee-you = Tu
case-unassigned = Hîn tu kes
case-template = Peyam
case-actions = Tu dikarî çi bikî
case-no-actions = Niha tu tiştek tune ku tu bi vê daxwazê re bikî.
case-claim = Vê daxwazê bigire ser xwe
case-approve-explained = Hevkarekî vê biryarê pêşniyar kir. Kontrol bike: heta ku kesekî ji pêşniyarker pê ve wê nepejirîne, tiştek naguhere.
case-approve = Biryarê bipejirîne
case-send-back = Ji bo kontrolê paşde bişîne
case-message = Peyamekê ji kes re bişîne
case-note = Gotinên te bi xwe (ne mecbûrî)
case-note-hint = Di binê peyamê de tê zêdekirin. Bi zimanekî sade binivîse; dibe ku kes wê bi amûreke wergerê bixwîne.
case-send = Bişîne
case-ask-information = Ji kes agahiyan bixwaze
case-identity = Divê em hîn nasnameya kes kontrol bikin (heta ku ew bersiv bide, dema dawî radiweste)
case-resume = Bêyî agahiyê bidomîne
case-extend = Dema dawî dirêj bike
case-extend-explained = Tenê carekê, di meha yekem de, bi yek an du mehan. Sedem ji kes re tê gotin.
case-extend-months = Meh
case-extend-reason = Sedem
case-decide = Biryarê bide
case-outcome = Biryar
case-reasons = Sedem (herî kêm yek)
case-decision-note = Nîşe ji kes re (ne mecbûrî)
case-second-person = Jêbirina agahiyan, û rastkirina agahiyên hesas, berî ku tiştek biguhere pejirandina kesekî duyem dixwaze.
case-reassign = Bide kesekî din
case-reassign-to = Hevkar
staff-done-claim = Daxwaz niha ya te ye.
staff-done-reassign = Daxwaz hat dayîn hevkarê te.
staff-done-message = Peyama te hat şandin. Kes e-nameyekê distîne ku dibêje nûçe heye.
staff-done-ask-information = Pirsa te hat şandin. Kes e-nameyekê distîne ku dibêje nûçe heye.
staff-done-resume = Xebata li ser daxwazê berdewam dike.
staff-done-extend = Dema dawî hat dirêjkirin û sedem ji kes re hat gotin.
staff-done-decide = Biryar hat tomarkirin. Ger kesekî duyem pêwîst be, biryar li benda pejirandina wî dimîne.
staff-done-approve = Biryar hat pejirandin û hat cîbicîkirin.
staff-done-send-back = Pêşniyar ji bo kontrolê paşde hat şandin.
ST-010 = Hilbijêre ka çima divê tu vê agahiyê vekî.
ST-011 = Sedemekê ji bo dirêjkirinê hilbijêre.
ST-012 = Biryarekê hilbijêre.
ST-013 = Herî kêm sedemekê hilbijêre.
ST-014 = Ev pir dirêj e. Ji kerema xwe wê kurt bike: herî zêde 2000 tîp.
ST-015 = Hevkarekî ji lîsteyê hilbijêre.
ST-016 = Peyamekê ji lîsteyê hilbijêre.
ST-017 = Ev kiryar tune ye.
ST-020 = Di rewşa niha ya daxwazê de ev ne gengaz e.
ST-021 = Dema dawî berê carekê hatiye dirêjkirin.
ST-022 = Dema dawî tenê di meha yekem de dikare bê dirêjkirin.
ST-023 = Dirêjkirin yek an du meh e.
ST-024 = Te ev biryar pêşniyar kir, ji ber vê yekê divê kesekî din wê bipejirîne.
ST-025 = Tenê kesê ku vê daxwazê bi rê ve dibe dikare vê bike. Pêşî daxwazê bigire ser xwe.
ST-026 = Ev biryar pêşî pejirandina kesekî duyem dixwaze.
ST-027 = Kesekî din di heman demê de ev daxwaz guhert. Dîsa lê binêre û ji nû ve biceribîne.

## Decisions, as the person reads them
outcome-approved = Daxwaza te hat qebûlkirin.
outcome-partly_approved = Beşek ji daxwaza te hat qebûlkirin.
outcome-refused = Daxwaza te hat redkirin.
reason-request-granted = Me tiştê ku te xwest kir.
reason-evidence-insufficient = Agahiyên ku te dan nîşan nadin ku tomara me şaş e.
reason-identity-not-verified = Me nekarî piştrast bikin ku tu ew kes î ku agahî li ser wî ne.
reason-legal-claims = Ev agahî ji me re ji bo dozeke qanûnî pêwîst in: ji bo vekirina dozê, meşandina wê an parastina xwe li dadgehê.
reason-manifestly-unfounded = Ev daxwaz daxwazeke berê dubare dike ku bersiva wê jixwe hatibû dayîn.
extension-reason-complexity = Daxwaza te tevlihev e û dema zêdetir dixwaze.
extension-reason-number-of-requests = Gelek daxwaz gihîştin me, û ji bo ku em bersiva daxwaza te baş bidin, dema zêdetir pêwîst e.
timeline-message = Peyamek ji te re hat şandin

## Message templates (staff choose one; the person reads it in their language)
template-information-needed-name = Em agahiyên zêdetir hewce dikin
template-information-needed = Ji bo ku em daxwaza te bi rê ve bibin, em ji te agahiyên zêdetir hewce dikin. Ji kerema xwe têkeve û di bin vê daxwazê de bersiv bide.
template-identity-documents-name = Ji kerema xwe nasnameya xwe piştrast bike
template-identity-documents = Berî ku em bidomînin, divê em piştrast bikin ku tu ew kes î ku agahî li ser wî ne. Ji kerema xwe wêneyê belgeyeke nasnameyê li vê daxwazê zêde bike.
template-progress-update-name = Em li ser daxwaza te dixebitin
template-progress-update = Em li ser daxwaza te dixebitin. Niha ne pêwîst e tu tiştekî bikî.
template-decision-made-name = Biryarek hat dayîn
template-decision-made = Li ser daxwaza te biryarek hat dayîn. Tu dikarî wê, bi sedemên wê re, li rûpela daxwazê bixwînî.

## Who looked at my data: staff actions
access-request-claimed = Dest bi birêvebirina daxwaza te kir
access-request-reassigned = Daxwaza te da hevkarekî
access-request-messaged = Peyamek ji te re şand
access-request-information-requested = Ji te agahî xwest
access-request-resumed = Xebata li ser daxwaza te domand
access-request-extended = Dema bersivê dirêj kir
access-request-decision-proposed = Li ser daxwaza te biryarek pêşniyar kir
access-request-decision-approved = Biryara li ser daxwaza te pejirand
access-request-decision-sent-back = Biryareke pêşniyarkirî ji bo kontrolê paşde şand
access-request-decided = Li ser daxwaza te biryar da
access-field-restricted = Bikaranîna agahiyên te sînordar kir

## Deadline mails to staff (no personal data: a link to the request only)
staff-mail-due-soon-subject = Dema daxwazeke ku tu bi rê ve dibî di nav hefteyekê de diqede
staff-mail-due-soon-body =
    Daxwazeke ku ji te re hatiye spartin divê di nav heft rojan de bê bersivdan.

    Veke: { $url }
staff-mail-overdue-subject = Dema daxwazeke tîma te derbas bûye
staff-mail-overdue-body =
    Dema dawî ya qanûnî ya daxwazeke tîma te derbas bûye û hîn bersiv nehatiye dayîn. Ji kerema xwe bila îro bê birêvebirin.

    Veke: { $url }

## The auditor's screen
audit-title = Tomara kontrolê
audit-verify = Zincîra tevahiya tomarê kontrol bike
audit-verify-ok = Tomara kontrolê saxlem e: hemû { $events } bûyer bi rêkûpêk bi hev ve girêdayî ne.
audit-verify-broken = Destkarî li tomara kontrolê hatiye kirin. { $events } bûyer hatin kontrolkirin; pirsgirêkên ku hatin dîtin:
audit-break-altered = Bûyera { $seq } piştî ku hat nivîsandin hat guhertin an cihê wê hat guhertin.
audit-break-chain-broken = Bûyera { $seq } bi rêkûpêk bi bûyera berî xwe ve girêdayî nîne.
audit-break-missing = Piştî bûyera { $seq } hin bûyer kêm in.
audit-break-truncated = Tomar êdî bûyera { $seq } wek ku xaleke kontrolê ya îmzekirî ew tomar kiribû nagire: bûyerên herî nû hatine rakirin an ji nû ve hatine nivîsandin.
audit-break-checkpoint-forged = Rêza { $seq } a pelê xalên kontrolê hatiye guhertin.
audit-action = Kiryar
audit-actor-kind = Kê kir
audit-actor-person = Kesek, ji bo xwe
audit-actor-staff = Karmend
audit-actor-helper = Alîkarek
audit-actor-anonymous = Kesekî bênav
audit-actor-system = Amana bi xwe
audit-actor-source-system = Pergaleke çavkanî ya dezgehê
audit-actor-id = Id ya kesê ku kir
audit-from = Ji
audit-to = Heta
audit-download-csv = Vê hilbijartinê wek CSV daxe
audit-none = Tu bûyer li gorî vê hilbijartinê tune ye.
audit-when = Kengî
audit-who = Kî
audit-about = Li ser

## Administration
admin-title = Rêveberî
admin-sections = Beş
admin-staff = Hesabên karmendan
admin-teams = Tîm
admin-routing = Rêkirina daxwazên nû
admin-templates = Şablonên peyaman
admin-default-team = daxwazên ku tu qaîde li wan nayê distîne
admin-new-team = Tîmekê zêde bike
admin-team-key = Koda kurt
admin-key-hint = Tîpên biçûk, reqem û xêzik, wek north-office.
admin-team-name = Nav
admin-add = Zêde bike
admin-save = Tomar bike
admin-delete = Jê bibe
admin-saved = Hat tomarkirin.
admin-role = Rol
admin-office = Nivîsgeh
admin-status = Rewş
admin-active = çalak
admin-inactive = neçalak kirî
admin-enrolled = gava duyem saz kirî ye
admin-not-enrolled = gava duyem hîn saz nekirî ye
admin-locked = piştî têketinên şaş hatiye girtin
admin-activate = Çalak bike
admin-deactivate = Neçalak bike
admin-reset-second-factor = Gava duyem sifir bike (reset)
admin-change-teams = Tîman biguherîne
admin-new-staff = Hesabekî karmend zêde bike
admin-name = Navê tevahî
admin-enrolment-link-hint = Li vir şîfre tune: Amana bi e-nameyê girêdanekê ji kes re dişîne da ku ew şîfreya xwe bi xwe hilbijêre. Girêdan tenê carekê dixebite, 72 saetan.
admin-send-enrolment-link = Girêdaneke nû ya sazkirinê bişîne
admin-routing-intro = Her daxwaza nû diçe tîma qaîdeya yekem a ku li wê tê. Gilî her tim diçin ba berpirsê parastina agahiyan.
admin-routing-default = Daxwaza ku tu qaîde li wê nayê diçe tîma standard.
admin-category = Kategorî
admin-sensitive = Hesas
admin-yes = Erê
admin-no = Na
admin-move-up = Bibe jor
admin-move-down = Bibe jêr
admin-new-rule = Qaîdeyekê li dawiyê zêde bike
admin-templates-intro = Karmend yek ji van hildibijêrin dema ji kesekî re dinivîsin, û ew kes wê bi zimanê xwe dixwîne. Divê her şablon di her zimanî de nivîsek hebe.
admin-new-template = Şablonekê zêde bike
admin-template-key = Koda kurt
AD-001 = Vê tije bike.
AD-002 = Ev pir dirêj e.
AD-003 = Tîman ji lîsteyê hilbijêre.
AD-004 = Navnîşaneke e-nameyê ya tevahî binivîse, wek name@example.org.
AD-005 = Rolekê ji lîsteyê hilbijêre.
AD-006 = Divê şîfre herî kêm 12 tîp be.
AD-007 = Jixwe hesabek bi vê navnîşana e-nameyê heye.
AD-008 = Tu nikarî hesabê xwe neçalak bikî.
AD-009 = 2 heta 40 tîpên biçûk, reqem û xêzikan bi kar bîne.
AD-010 = Jixwe tîmek bi vê koda kurt heye.
AD-011 = Şertên qaîdeyê ji lîsteyan hilbijêre.
AD-012 = Gilî her tim diçin ba berpirsê parastina agahiyan; tu qaîde nikare vê biguherîne.
AD-013 = Nivîsê bi vî zimanî jî binivîse.

## Administration: the purpose register
admin-purposes = Tomara armancan
admin-purposes-intro = Çima agahî tên hilanîn, li ser kîjan bingeha qanûnî, heta kengê û kî wan distîne. Kes vê li rûpela "Agahiyên min" û li rûpela razîbûnê, bi zimanê xwe, dixwînin.
admin-purpose-name = Nav
admin-purpose-explanation = Ravekirina ku kes berî dayîna razîbûnê dixwînin
admin-purpose-version = Guhertoya nivîsa razîbûnê:
admin-legal-basis = Bingeha qanûnî
admin-retention-days = Tê hilanîn (roj)
admin-recipients = Wergir
AD-014 = Hejmareke rojan ji 1 heta 36500 binivîse.
AD-015 = Ji lîsteyê hilbijêre.
ST-018 = Daxwazek li ser yek agahiyê an tê qebûlkirin an tê redkirin; beşek nabe.
staff-new-password = Şîfreya xwe bi xwe hilbijêre
SA-003 = Şîfreyekê hilbijêre ku ne navnîşana te ya e-nameyê be.

# Enrolment links for new accounts
SA-004 = Dema vê girêdanê derbas bûye an ew berê hatiye bikaranîn. Ji rêvebirê xwe bixwaze ku yeke nû ji te re bişîne.
AD-016 = Vî hesabî gava xwe ya duyem berê saz kiriye. Ger kes divê ji nû ve dest pê bike, pêşî gava duyem sifir bike.
welcome-title = Hesabê xwe saz bike
welcome-intro = Şîfreya hesabê xwe hilbijêre:
welcome-password-hint = Herî kêm 12 tîp. Tenê tu wê dizanî: tu kes li Amana qet wê ji te naxwaze. Paşê tu sepana xwe ya piştrastkirinê saz dikî.
mail-enrolment-subject = Hesabê xwe yê Amana saz bike
mail-enrolment-body =
    Ji bo vê navnîşanê hesabek li Amana hat çêkirin. Vê girêdanê veke da ku şîfreya xwe hilbijêrî û gava duyem a têketinê saz bikî:

    { $url }

    Girêdan tenê carekê dixebite, { $hours } saetan. Ger te li benda vê e-nameyê nebûya, tu dikarî guh nedî wê.

## Administration: source systems, their API keys and webhooks
admin-source-systems = Pergalên çavkanî
admin-source-systems-intro = Pergalên dezgehê bi xwe, ku bi rêya API kesan li Amana bar dikin. Her yek tenê dikare wan armanc û cureyên agahiyan binivîse ku li vir hatine nîşankirin, û tenê bi kilîtên xwe.
admin-new-source-system = Pergaleke çavkanî tomar bike
admin-source-system-contact = Kî wê dimeşîne
admin-source-system-contact-hint = Tîmek an navnîşanek ji bo têkiliyê, dema ku bangên wê bi ser nakevin.
admin-source-system-purposes = Armancên ku dikare binivîse
admin-source-system-categories = Cureyên agahiyan ên ku dikare binivîse
admin-webhook = Webhook
admin-webhook-none = Tune: pergal herikîna guhertinan (change feed) dixwîne.
admin-webhook-url = Navnîşana ku Amana gazî dike dema guhertinek bi vê pergalê re têkildar be
admin-webhook-hint = Tomarkirin nehêniyeke nû ya îmzekirinê çêdike, ku tenê carekê tê nîşandan. Nehêniya kevin êdî naxebite.
admin-webhook-save = Webhookê tomar bike
admin-webhook-stop = Webhookê rawestîne
admin-api-keys = Kilîtên API
admin-new-key = Kilîteke nû çêke
admin-key-scopes = Kilît dikare çi bike
admin-key-days = Derbasdar e (roj)
admin-new-key-hint = Kilît tenê carekê, yekser piştî çêkirinê, tê nîşandan. Pergalek dikare du kilîtên derbasdar hebin, da ku kilîteke nû bêyî navber cihê ya kevin bigire.
admin-key-live = Dixebite
admin-key-expired = Dema wê derbas bûye
admin-key-revoked = Hat betalkirin, roja
admin-key-created = Hat çêkirin
admin-key-expires = diqede
admin-key-last-used = cara dawî hat bikaranîn
admin-key-never-used = qet
admin-key-revoke = Betal bike
admin-new-key-shown = Kilîta API ya nû ji bo
admin-webhook-secret-shown = Nehêniya nû ya îmzekirina webhookê ji bo
admin-shown-once-hint = Niha wê kopî bike û bi rêyeke ewle bide kesên ku pergalê dimeşînin. Amana wê nahêle û nikare dîsa nîşan bide.
api-scope-people-write = Kesan bar bike û rake
api-scope-changes-read = Guhertinên pejirandî bixwîne
api-scope-changes-ack = Piştrast bike ku guhertin hatin kirin
api-scope-access-events-write = Ragihîne kê li agahiyan nêrî
AD-017 = Jixwe pergaleke çavkanî bi vî navî heye.
AD-018 = Hejmareke rojan ji 1 heta 1095 binivîse.
AD-019 = Du kilîtên vê pergalê hîn dixebitin. Berî ku yeke din çêkî, yekê betal bike.
AD-020 = Herî kêm yekê hilbijêre.
AD-021 = Navnîşaneke malperê ya tevahî binivîse, wek https://cases.example.org/amana.

## Administration: languages
admin-locales = Ziman
admin-locales-intro = Hemû zimanên ku mirov dikarin hilbijêrin, û gelo kesekî ku wî zimanî diaxive werger kontrol kiriye yan na.
admin-locale-source = Zimanê çavkaniyê
admin-locale-draft = Pêşnûsa yekem, hê nehatiye kontrolkirin
admin-locale-reviewed = Kontrol kir: { $reviewer }, roja { $date }
