# Amana — Somali (so): exercising rights (requests about one's data). Every locale has the same keys.

nav-my-requests = Codsiyadayda

## Actions beside each field on My data
action-correct = Tani waa khalad
action-erase = Tirtir tan
action-restrict = Jooji isticmaalka tan
my-data-erase-all = Codso in dhammaan xogtayda la tirtiro

## Request forms
request-correct-title = Sax xogtaada
request-erase-title = Tirtir xogtaada
request-restrict-title = Jooji isticmaalka xogtaada
request-erase-all-title = Tirtir dhammaan xogtaada
request-proposed-value = Sida saxda ah ee ay ahayd inay u qornaato
request-proposed-value-hint = Qor macluumaadka saxda ah.
request-erase-explained = Waxaad codsanaysaa in macluumaadkan la tirtiro. Macluumaadka qaar sharcigu wuxuu dhigayaa in la hayo. Haddii ay sidaas tahay, waxaan kuu sheegi doonnaa sababta.
request-erase-all-explained = Waxaad codsanaysaa in dhammaan macluumaadka lagaa hayo la tirtiro. Macluumaadka qaar sharcigu wuxuu dhigayaa in la hayo, tusaale ahaan inta kiiskaagu furan yahay. Haddii ay sidaas tahay, waxaan kuu sheegi doonnaa waxa la hayo iyo sababta.
request-restrict-choose = Maxaad rabtaa?
request-restriction-explained = Macluumaadka ha la hayo, laakiin yaan la isticmaalin inta la hubinayo (tusaale ahaan, sababtoo ah waxaad u malaynaysaa inuu khalad yahay).
request-objection-explained = Ha la joojiyo isticmaalka macluumaadka ee ujeeddadan, xaaladdaada gaarka ah awgeed.
request-explanation = Wax kale oo aad ku dari lahayd (haddii aad rabto)
request-explanation-hint = Tusaale ahaan sababta, ama waxa dhacay. Dukumentiyo waxaad soo diri kartaa mar dambe sidoo kale.
request-deadline-explained = Codsigu waa bilaash. Jawaab ayaad heli doontaa hal bil gudaheed. Haddii codsigaagu adag yahay, wakhtiga waxaa lagu kordhin karaa laba bilood oo kale, waxaana laguu sheegi doonaa sababta.
request-send = Dir codsigayga
request-cancel = Dib u noqo adigoo aan dirin
request-whole-record = Dhammaan xogtayda

## Kinds and states of requests
kind-access = Nuqul xogtayda ah
kind-correction = Sixid
kind-erasure = Tirtirid
kind-restriction = Hakinta isticmaalka
kind-objection = Diidmada isticmaalka
kind-complaint = Cabasho
status-submitted = La helay
status-in_review = Waa la hubinayaa
status-awaiting_information = Waxaa la sugayaa macluumaad adiga kaa imanaya
status-decided = Go'aan ayaa la gaaray
status-completed = Waa la dhammeeyay
status-withdrawn = Waa laga noqday

## My requests
requests-title = Codsiyadayda
requests-intro = Halkan waxaad kala socon kartaa wax kasta oo aad codsatay, waxaad arki kartaa taariikhda aad jawaab heli doonto, waxaadna akhrin kartaa farriimaha.
requests-none = Weli wax codsi ah ma aadan samayn. Si aad mid u samayso, tag "Xogtayda" oo dooro macluumaad.
requests-back = Ku noqo codsiyadayda
request-title = Codsigaaga
request-reference = Lambarka tixraaca
request-kind = Codsi
request-about = Ku saabsan
request-status = Xaaladda
request-received = La helay
request-due = Jawaab la filayo ugu dambayn
request-extended = Wakhtiga jawaabta waa la kordhiyay. Sababta:
request-decision = Go'aanka
request-timeline = Waxa dhacay
request-upstream = Nidaamyada hay'adda gudahooda
request-upstream-done = Waxaa lagu sameeyay { $system } taariikhda { $date }.
request-upstream-waiting = Weli laguma samayn { $system }. Shaqaaluhu way dabagalayaan.
request-messages = Farriimaha
request-no-messages = Weli farriimo ma jiraan.
request-add-information = Ku dar macluumaad ama ka jawaab
request-add-information-hint = Halkan ku qor haddii aad rabto inaad wax ku darto ama su'aal ka jawaabto.
request-send-information = Dir
request-withdraw = Ka noqo codsigan
notice-request-filed = Codsigaaga waa la helay. Waxaan kuu soo dirnay xaqiijin.
notice-request-sent = Farriintaada waa lagu daray codsiga.
notice-request-withdrawn = Waad ka noqotay codsigaaga. Wax dambe kama dhici doonaan.

actor-you = Adiga
actor-system = Amana
actor-source = { $role } · { $office } (gudaha { $system })
role-caseworker = Shaqaalaha kiiska
role-reviewer = Dib-u-eegaha
role-dpo = Sarkaalka ilaalinta xogta
role-admin = Maamulaha
role-auditor = Kormeeraha

timeline-submitted = Codsiga waa la helay
timeline-in-review = Waa la hubinayaa
timeline-information-requested = Macluumaad dheeraad ah ayaa la weydiiyay
timeline-information-added = Macluumaad ayaa lagu daray
timeline-extended = Wakhtiga jawaabta waa la kordhiyay
timeline-decided = Go'aan ayaa la gaaray
timeline-completed = Waa la dhammeeyay
timeline-withdrawn = Codsiga waa laga noqday

reason-legal-obligation = Sharcigu wuxuu nagu waajibinayaa inaan hayno macluumaadkan.
reason-still-needed-for-case = Macluumaadka weli waa loogu baahan yahay kiiskaaga furan.
reason-accuracy-confirmed = Waan hubinnay macluumaadka, waana sax.
reason-public-interest = Isticmaalka waxaa loogu baahan yahay hawl dan guud ah, taas oo ka culus xaaladdaada.

## Withdrawing
withdraw-title = Ma ka noqonaysaa codsigaaga?
withdraw-explained = Haddii aad ka noqoto, waan joojinaynaa ka shaqaynta codsigan. Wakhti kasta waxaad samayn kartaa codsi cusub.
withdraw-confirm = Haa, ka noqo
withdraw-cancel = Maya, codsigayga ha sii jiro

## Errors
RQ-001 = Horey ayaad u leedahay codsi furan oo ku saabsan tan. Waxaad kala socon kartaa "Codsiyadayda".
RQ-002 = Codsigan horey ayaa go'aan looga gaaray ama waa laga noqday, sidaas darteed lama beddeli karo.
RQ-010 = Qor sida saxda ah ee ay ahayd inuu macluumaadku u qornaado.
RQ-011 = Taasi aad bay u dheer tahay. Fadlan ka dhig 500 xaraf ama ka yar.
RQ-012 = Taasi aad bay u dheer tahay. Fadlan ka dhig 2000 xaraf ama ka yar.
RQ-013 = Taasi waa waxa aan horey u hayno. Halkeeda qor sida saxda ah ee ay ahayd inay u qornaato.
RQ-014 = Qor farriin ka hor intaadan dirin.
RQ-015 = Taasi aad bay u dheer tahay. Fadlan ka dhig 2000 xaraf ama ka yar.
RQ-016 = Dooro mid ka mid ah doorashooyinka.

## E-mails (they never contain personal data)
mail-request-received-subject = Waan helnay codsigaaga
mail-request-received-body =
    Waan helnay codsigaaga. Jawaab ayaad heli doontaa hal bil gudaheed.

    Soo gal si aad ula socoto: { $url }
mail-request-news-subject = Waxaa jira war cusub oo ku saabsan codsigaaga
mail-request-news-body =
    Waxaa jira war cusub oo ku saabsan codsigaaga. Soo gal si aad u akhrido: { $url }

## Documents
request-evidence = Dukumenti (haddii aad rabto)
request-evidence-hint = PDF ama sawir (JPEG ama PNG), ilaa 5 MB. Tusaale ahaan shahaado muujinaysa macluumaadka saxda ah.
request-documents = Dukumentiyada aad soo dirtay
request-document = Dukumenti
RQ-020 = Faylku aad buu u weyn yahay. Soo dir fayl aan ka badnayn 5 MB.
RQ-021 = Nooca faylkan lama aqbali karo. Soo dir PDF ama sawir (JPEG ama PNG).
RQ-022 = Codsigan wuxuu hayaa dukumentiyadii ugu badnaa ee uu qaadi karo (20 fayl, wadar ahaan 50 MB). Taa beddelkeeda qor farriin, ama na weydii sida aad wax badan u soo diri karto.
