# Amana — Kurmancî: bikaranîna mafan (daxwazên li ser agahiyên xwe). Hemû ziman heman kilîtan bi kar tînin.

nav-my-requests = Daxwazên min

## Actions beside each field on My data
action-correct = Ev şaş e
action-erase = Vê jê bibe
action-restrict = Bikaranîna vê rawestîne
my-data-erase-all = Bixwaze ku hemû agahiyên min bên jêbirin

## Request forms
request-correct-title = Rastkirina agahiyên te
request-erase-title = Jêbirina agahiyên te
request-restrict-title = Rawestandina bikaranîna agahiyên te
request-erase-all-title = Jêbirina hemû agahiyên te
request-proposed-value = Divê çi lê be
request-proposed-value-hint = Agahiya rast binivîse.
request-erase-explained = Tu dixwazî ev agahî bê jêbirin. Qanûn dixwaze ku hin agahî bên hilanîn; ger wisa be, em ê ji te re bibêjin çima.
request-erase-all-explained = Tu dixwazî hemû agahiyên ku li ser te hene bên jêbirin. Qanûn dixwaze ku hin agahî bên hilanîn, wek mînak heta ku dosyaya te vekirî be; ger wisa be, em ê ji te re bibêjin kîjan agahî û çima.
request-restrict-choose = Tu çi dixwazî?
request-restriction-explained = Agahî bimîne, lê heta ku tê kontrolkirin neyê bikaranîn (wek mînak, ji ber ku tu difikirî ew şaş e).
request-objection-explained = Ji ber rewşa te ya taybet, agahî êdî ji bo vê armancê neyê bikaranîn.
request-explanation = Tiştekî din ku tu dixwazî bibêjî (ne mecbûrî)
request-explanation-hint = Wek mînak çima, an çi qewimî. Tu dikarî paşê belgeyan jî bişînî.
request-deadline-explained = Daxwazkirin belaş e. Tu yê di nav mehekê de bersivê bistînî. Ger daxwaza te tevlihev be, ev dem dikare du mehên din dirêj bibe, û em ê sedema wê ji te re bibêjin.
request-send = Daxwaza min bişîne
request-cancel = Bêyî şandinê vegere
request-whole-record = Hemû agahiyên min

## Kinds and states of requests
kind-access = Kopiya agahiyên min
kind-correction = Rastkirin
kind-erasure = Jêbirin
kind-restriction = Rawestandina bikaranînê
kind-objection = Îtiraz li ser bikaranînê
kind-complaint = Gilî
status-submitted = Gihîşt
status-in_review = Tê kontrolkirin
status-awaiting_information = Li benda agahiyan ji te ye
status-decided = Biryar hat dayîn
status-completed = Qediya
status-withdrawn = Hat paşvekişandin

## My requests
requests-title = Daxwazên min
requests-intro = Li vir tu dikarî her tiştê ku te xwestiye bişopînî, bibînî ka kengî tu yê bersivê bistînî, û peyaman bixwînî.
requests-none = Te hîn tu daxwaz nekiriye. Ji bo daxwazekê, here "Agahiyên min" û agahiyekê hilbijêre.
requests-back = Vegere daxwazên min
request-title = Daxwaza te
request-reference = Hejmara daxwazê
request-kind = Daxwaz
request-about = Li ser
request-status = Rewş
request-received = Dîroka gihîştinê
request-due = Bersiv herî dereng
request-extended = Dema bersivê hat dirêjkirin. Sedem:
request-decision = Biryar
request-timeline = Çi qewimî
request-upstream = Di pergalên dezgehê bi xwe de
request-upstream-done = Di { $system } de hat kirin, roja { $date }.
request-upstream-waiting = Hîn di { $system } de nehatiye kirin. Karmend li pey dişopînin.
request-messages = Peyam
request-no-messages = Hîn peyam tune ne.
request-add-information = Agahî zêde bike an bersiv bide
request-add-information-hint = Ger tu dixwazî tiştekî zêde bikî an bersiva pirsekê bidî, li vir binivîse.
request-send-information = Bişîne
request-withdraw = Vê daxwazê paşde bikişîne
notice-request-filed = Daxwaza te gihîşt me. Me piştrastkirinek ji te re şand.
notice-request-sent = Peyama te li daxwazê hat zêdekirin.
notice-request-withdrawn = Daxwaza te hat paşvekişandin. Êdî tiştek pê nayê kirin.

actor-you = Tu
actor-system = Amana
actor-source = { $role } · { $office } (di { $system } de)
role-caseworker = Karmendê dosyayê
role-reviewer = Kontrolker
role-dpo = Berpirsê parastina agahiyan
role-admin = Rêvebir
role-auditor = Çavdêrê tomaran

timeline-submitted = Daxwaz gihîşt
timeline-in-review = Tê kontrolkirin
timeline-information-requested = Agahiyên zêdetir hatin xwestin
timeline-information-added = Agahî hatin zêdekirin
timeline-extended = Dema bersivê hat dirêjkirin
timeline-decided = Biryar hat dayîn
timeline-completed = Qediya
timeline-withdrawn = Daxwaz hat paşvekişandin

reason-legal-obligation = Qanûn ji me dixwaze ku em vê agahiyê bihêlin.
reason-still-needed-for-case = Ev agahî hîn ji bo dosyaya te ya vekirî pêwîst e.
reason-accuracy-confirmed = Me agahî kontrol kir û ew rast e.
reason-public-interest = Ev bikaranîn ji bo karekî berjewendiya giştî pêwîst e, û ew kar ji rewşa te girîngtir hat dîtin.

## Withdrawing
withdraw-title = Tu dixwazî daxwaza xwe paşde bikişînî?
withdraw-explained = Ger tu paşde bikişînî, em êdî li ser vê daxwazê naxebitin. Tu dikarî kengî bixwazî daxwazeke nû bikî.
withdraw-confirm = Erê, paşde bikişîne
withdraw-cancel = Na, daxwaza min bihêle

## Errors
RQ-001 = Daxwazeke te ya vekirî li ser vê yekê heye. Tu dikarî wê di bin "Daxwazên min" de bişopînî.
RQ-002 = Li ser vê daxwazê biryar hatiye dayîn an ew hatiye paşvekişandin, ji ber vê yekê nayê guhertin.
RQ-010 = Binivîse ka agahiya rast çi ye.
RQ-011 = Ev pir dirêj e. Ji kerema xwe wê kurt bike: herî zêde 500 tîp.
RQ-012 = Ev pir dirêj e. Ji kerema xwe wê kurt bike: herî zêde 2000 tîp.
RQ-013 = Ev jixwe li cem me wisa ye. Binivîse ka divê li şûna wê çi be.
RQ-014 = Berî şandinê peyamekê binivîse.
RQ-015 = Ev pir dirêj e. Ji kerema xwe wê kurt bike: herî zêde 2000 tîp.
RQ-016 = Yek ji vebijarkan hilbijêre.

## E-mails (they never contain personal data)
mail-request-received-subject = Daxwaza te gihîşt me
mail-request-received-body =
    Daxwaza te gihîşt me. Tu yê di nav mehekê de bersivê bistînî.

    Ji bo şopandinê têkeve: { $url }
mail-request-news-subject = Nûçeyek li ser daxwaza te heye
mail-request-news-body =
    Nûçeyek li ser daxwaza te heye. Ji bo xwendinê têkeve: { $url }

## Documents
request-evidence = Belgeyek (ne mecbûrî)
request-evidence-hint = PDF an wêneyek (JPEG an PNG), herî zêde 5 MB. Wek mînak belgeyeke fermî ku agahiya rast nîşan dide.
request-documents = Belgeyên ku te şandin
request-document = Belge
RQ-020 = Pel pir mezin e. Pelekî heta 5 MB bişîne.
RQ-021 = Ev cureyê pelê nayê qebûlkirin. PDF an wêneyek (JPEG an PNG) bişîne.
RQ-022 = Di vê daxwazê de jixwe herî zêde belge hene (20 pel, bi hev re 50 MB). Li şûna wê peyamekê binivîse, an ji me bipirse ka tu çawa dikarî zêdetir bişînî.
