## Staff: sign-in
nav-queue = Safka
nav-audit = Diiwaanka kormeerka
nav-admin = Maamulka
staff-sign-in-title = Soo galitaanka shaqaalaha
staff-sign-in-intro = Waxaa loogu talagalay shaqaalaha hay'adda. Ku soo gal cinwaanka iimaylka shaqada iyo erayga sirta ah, kadibna koodh ka yimid app-kaaga xaqiijinta (authenticator).
staff-email = Cinwaanka iimaylka shaqada
staff-password = Erayga sirta ah
staff-continue = Sii wad
staff-enrol-title = Diyaari app-kaaga xaqiijinta
staff-enrol-intro = Akoonnada shaqaalaha waxaa lagu ilaaliyaa tallaabo labaad. Hal mar diyaari, hadda.
staff-enrol-step-app = Fur app xaqiijin (authenticator) oo ku jira taleefankaaga shaqada.
staff-enrol-step-scan = Scan garee koodhkan, ama furaha hoose ku qor app-ka.
staff-enrol-qr = Koodhka QR ee app-kaaga xaqiijinta
staff-enrol-secret = Furaha:
staff-enrol-step-code = Qor koodhka lixda lambar ah ee app-ku muujinayo.
staff-code = Koodh
staff-code-hint = Lix lambar oo ka yimid app-kaaga xaqiijinta.
staff-enrol-confirm = Xaqiiji oo soo gal
staff-code-title = Tallaabada labaad
staff-code-intro = Qor koodhka uu hadda muujinayo app-kaaga xaqiijintu.
staff-code-recovery-hint = Lix lambar oo app-ka ka yimid. Taleefankaagii ma lumay? Halkii, qor mid ka mid ah koodhadhkaaga soo-celinta.
staff-recovery-title = Koodhadhkaaga soo-celinta
staff-recovery-intro = Koodhadhkan meel ammaan ah ku hay, taleefankaaga ka fog. Mid walba hal mar ayuu shaqeeyaa, haddii aad lumiso app-kaaga xaqiijinta. Hadda oo keliya ayaa la muujinayaa.
staff-recovery-shown = Koodhadhkaaga soo-celinta horey ayaa loo muujiyay. Haddii aadan kaydsan, maamulaha ka codso inuu dib u dejiyo tallaabadaada labaad.
SA-001 = Cinwaanka iimaylka, erayga sirta ah ama koodhka ma saxna. Shan isku day oo khaldan kadib, akoonka waa la xirayaa 15 daqiiqo.
SA-002 = Soo galitaankaagu wakhti dheer ayuu qaatay. Fadlan dib u bilow.
ST-001 = Doorkaagu ma oggola tan.

## Staff: queues
queue-title = Codsiyada wax laga qabanayo
queue-take-next = Qaado codsiga xiga
queue-nothing-to-take = Hadda safafkaaga kuma jiro codsi aan cid qaadan.
queue-team = Kooxda
queue-any = Mid kasta
queue-kind = Codsi
queue-status = Xaaladda
# A request's status as staff read it (the person reads status-<status>).
staff-status-submitted = Cusub
staff-status-in_review = Dib-u-eegis ku jira
staff-status-awaiting_information = Waxaa la sugayaa macluumaadka qofka
staff-status-decided = Go'aan la gaaray
staff-status-completed = La dhammeeyay
staff-status-withdrawn = Qofku wuu ka noqday
queue-language = Luqadda
queue-filter = Muuji
queue-empty = Ma jiraan codsiyo furan oo u dhigma.
queue-count = Codsiyada furan:
queue-overdue = Wakhtigii wuu dhaafay
queue-due-soon = Waa in la dhammeeyaa 3 maalmood gudahood
team-general = Codsiyada guud
team-sensitive-data = Xogta xasaasiga ah
team-dpo = Sarkaalka ilaalinta xogta

## Staff: one request
case-title = Codsi
case-back = Ku noqo safka
case-person = Qofka
case-anonymous = Cabasho-bixiye aan magac lahayn
case-case-reference = Lambarka kiiska
case-extended-because = Waa la kordhiyay sababtoo ah
case-explanation = Sharaxaadda qofka
case-concerned = Waxa codsigu ku saabsan yahay
case-concerned-none = Diiwaanka oo dhan, ama macluumaad ku jira qayb xasaasi ah: hoos ka fur adigoo sabab bixinaya.
case-record = Macluumaad kale oo diiwaanka ku jira
case-record-intro = Qayb fur oo keliya haddii aad ugu baahan tahay codsigan. Sababtaada waa la diiwaangelinayaa, qofkuna wuu arki karaa.
case-upstream = Nidaamyada asalka ah
case-upstream-applied = Waxaa lagu fuliyay { $system } taariikhda { $date }.
case-upstream-rejected = Waxaa diiday { $system } taariikhda { $date }: { $reason }
case-upstream-waiting = { $system } weli ma xaqiijin.
case-erased = (la tirtiray)
case-proposed-value = La codsaday:
case-restricted = Isticmaalka waa la xaddiday.
case-open-reason = Sababta
case-choose = Dooro…
case-open = Fur
case-proposal = Go'aan la soo jeediyay, oo sugaya qof labaad
case-awaiting-approval = wuxuu sugayaa ansixin
case-assignee = Waxaa haya
case-assignee-you = Adiga
case-unassigned = Weli cidna
case-template = Farriin
case-actions = Waxa aad samayn karto
case-no-actions = Hadda ma jiro wax aad codsigan ku samayn karto.
case-claim = Qaado codsigan
case-approve-explained = Saaxiib shaqo ayaa soo jeediyay go'aankan. Hubi: waxba isma beddelayaan ilaa qof aan ahayn kii soo jeediyay uu ansixiyo.
case-approve = Ansixi go'aanka
case-send-back = Dib ugu celi dib-u-eegis
case-message = U dir farriin qofka
case-note = Ereyadaada (haddii aad rabto)
case-note-hint = Waxaa lagu darayaa farriinta hoosteeda. Si fudud u qor; qofku waxaa laga yaabaa inuu ku akhriyo qalab turjumaad.
case-send = Dir
case-ask-information = Qofka weydii macluumaad
case-identity = Weli waxaan u baahanahay inaan hubinno aqoonsiga qofka (wakhtiga kama dambaysta ah wuu istaagayaa ilaa uu ka jawaabo)
case-resume = Sii wad adigoo aan macluumaadka helin
case-extend = Kordhi wakhtiga kama dambaysta ah
case-extend-explained = Hal mar oo keliya, bisha koowaad gudaheeda, hal ama laba bilood. Qofka waxaa loo sheegayaa sababta.
case-extend-months = Bilood
case-extend-reason = Sababta
case-decide = Go'aami
case-outcome = Go'aanka
case-reasons = Sababaha (ugu yaraan hal)
case-decision-note = Qoraal qofka loogu talagalay (haddii aad rabto)
case-second-person = Tirtirista xogta, iyo sixidda xogta xasaasiga ah, waxay u baahan yihiin ansixinta qof labaad ka hor inta aysan waxba isbeddelin.
case-reassign = Sii qof kale
case-reassign-to = Saaxiib shaqo
staff-done-claim = Codsigu hadda waa kaaga.
staff-done-reassign = Codsiga waxaa la siiyay saaxiibkaaga shaqada.
staff-done-message = Farriintaada waa la diray. Qofku wuxuu helayaa iimayl sheegaya in war cusub jiro.
staff-done-ask-information = Su'aashaada waa la diray. Qofku wuxuu helayaa iimayl sheegaya in war cusub jiro.
staff-done-resume = Shaqada codsiga way sii socotaa.
staff-done-extend = Wakhtiga kama dambaysta ah waa la kordhiyay, qofkana waxaa loo sheegay sababta.
staff-done-decide = Go'aanka waa la diiwaangeliyay. Haddii uu u baahan yahay qof labaad, wuxuu sugayaa ansixintiisa.
staff-done-approve = Go'aanka waa la ansixiyay waana la fuliyay.
staff-done-send-back = Soo jeedinta dib ayaa loogu celiyay dib-u-eegis.
ST-010 = Dooro sababta aad ugu baahan tahay inaad furto macluumaadkan.
ST-011 = Dooro sababta kordhinta.
ST-012 = Dooro go'aan.
ST-013 = Dooro ugu yaraan hal sabab.
ST-014 = Taasi aad bay u dheer tahay. Fadlan ka dhig 2000 xaraf ama ka yar.
ST-015 = Liiska ka dooro saaxiib shaqo.
ST-016 = Liiska ka dooro farriin.
ST-017 = Ficilkaasi ma jiro.
ST-020 = Tan suurtogal ma aha inta codsigu ku jiro xaaladdiisa hadda.
ST-021 = Wakhtiga kama dambaysta ah horey ayaa hal mar loo kordhiyay.
ST-022 = Wakhtiga kama dambaysta ah waxaa la kordhin karaa oo keliya bisha koowaad gudaheeda.
ST-023 = Kordhintu waa hal ama laba bilood.
ST-024 = Adiga ayaa soo jeediyay go'aankan, sidaas darteed waa inuu qof kale ansixiyo.
ST-025 = Qofka codsigan haya oo keliya ayaa samayn kara tan. Marka hore qaado.
ST-026 = Go'aankan wuxuu marka hore u baahan yahay ansixinta qof labaad.
ST-027 = Qof kale ayaa isla wakhtigaas beddelay codsigan. Dib u eeg oo isku day mar kale.

## Decisions, as the person reads them
outcome-approved = Codsigaaga waa la aqbalay.
outcome-partly_approved = Codsigaaga qayb ahaan ayaa la aqbalay.
outcome-refused = Codsigaaga waa la diiday.
reason-request-granted = Waxaan samaynay wixii aad codsatay.
reason-evidence-insufficient = Macluumaadka aad bixisay ma muujinayaan in diiwaankayagu khalad yahay.
reason-identity-not-verified = Ma aynaan xaqiijin karin inaad tahay qofka macluumaadku ku saabsan yahay.
reason-legal-claims = Macluumaadka waxaan u baahanahay si aan u soo oogno, u sii wadno, ama isaga difaacno dacwad sharci.
reason-manifestly-unfounded = Codsigu wuxuu ku celinayaa codsi hore oo horey looga jawaabay.
extension-reason-complexity = Codsigaagu wuu adag yahay, wakhti dheeraad ahna wuu u baahan yahay.
extension-reason-number-of-requests = Waxaan helnay codsiyo badan, waxaana u baahanahay wakhti dheeraad ah si aan si fiican ugaga jawaabno codsigaaga.
timeline-message = Farriin ayaa laguu soo diray

## Message templates (staff choose one; the person reads it in their language)
template-information-needed-name = Waxaan u baahanahay macluumaad dheeraad ah
template-information-needed = Si aan wax uga qabanno codsigaaga, waxaan kaa rabnaa macluumaad dheeraad ah. Fadlan soo gal oo codsigan hoostiisa ka jawaab.
template-identity-documents-name = Fadlan xaqiiji aqoonsigaaga
template-identity-documents = Ka hor intaanan sii wadin, waxaan u baahanahay inaan xaqiijinno inaad tahay qofka macluumaadku ku saabsan yahay. Fadlan codsigan ku dar sawir dukumenti aqoonsi ah.
template-progress-update-name = Waxaan ka shaqaynaynaa codsigaaga
template-progress-update = Waxaan ka shaqaynaynaa codsigaaga. Hadda looma baahna inaad wax samayso.
template-decision-made-name = Go'aan ayaa la gaaray
template-decision-made = Go'aan ayaa laga gaaray codsigaaga. Waxaad ka akhriyi kartaa bogga codsiga, iyo sababaha la socda.

## Who looked at my data: staff actions
access-request-claimed = Waa la bilaabay ka shaqaynta codsigaaga
access-request-reassigned = Codsigaaga waxaa la siiyay saaxiib shaqo
access-request-messaged = Farriin ayaa laguu soo diray
access-request-information-requested = Macluumaad ayaa lagaa weydiiyay
access-request-resumed = Shaqadii codsigaaga waa la sii waday
access-request-extended = Wakhtiga jawaabta waa la kordhiyay
access-request-decision-proposed = Go'aan ayaa la soo jeediyay oo ku saabsan codsigaaga
access-request-decision-approved = Go'aanka codsigaaga waa la ansixiyay
access-request-decision-sent-back = Go'aan la soo jeediyay ayaa dib loogu celiyay dib-u-eegis
access-request-decided = Go'aan ayaa laga gaaray codsigaaga
access-field-restricted = Isticmaalka xogtaada waa la xaddiday

## Deadline mails to staff (no personal data: a link to the request only)
staff-mail-due-soon-subject = Codsi aad haysato waa in laga jawaabo toddobaad gudihiis
staff-mail-due-soon-body =
    Codsi laguu xilsaaray waa in laga jawaabo toddoba maalmood gudahood.

    Fur: { $url }
staff-mail-overdue-subject = Codsi kooxdaada ka mid ah wakhtigiisii wuu dhaafay
staff-mail-overdue-body =
    Codsi kooxdaada ka mid ah wuxuu dhaafay wakhtigiisii kama dambaysta ahaa ee sharciga, weli lagama jawaabin. Fadlan hubi in maanta wax laga qabto.

    Fur: { $url }

## The auditor's screen
audit-title = Diiwaanka kormeerka
audit-verify = Hubi silsiladda diiwaanka oo dhan
audit-verify-ok = Diiwaanka kormeerku waa sidiisii, lama taaban: dhammaan { $events } dhacdo si sax ah ayay silsiladda isugu xiran yihiin.
audit-verify-broken = Diiwaanka kormeerka waa la faragaliyay. { $events } dhacdo ayaa la hubiyay; dhibaatooyinka la helay:
audit-break-altered = Dhacdada { $seq } waa la beddelay ama la raray kadib markii la qoray.
audit-break-chain-broken = Dhacdada { $seq } si sax ah ugama xirna dhacdada ka horreysa.
audit-break-missing = Dhacdooyin ayaa ka maqan dhacdada { $seq } kadib.
audit-break-truncated = Diiwaanku mar dambe ma hayo dhacdada { $seq } sidii ay u diiwaangelisay barta-hubinta (checkpoint) la saxiixay: dhacdooyinkii ugu dambeeyay waa la saaray ama dib ayaa loo qoray.
audit-break-checkpoint-forged = Sadarka { $seq } ee faylka barta-hubinta (checkpoint) waa la beddelay.
audit-action = Ficilka
audit-actor-kind = Waxaa sameeyay
audit-actor-person = Qof, naftiisa u sameeyay
audit-actor-staff = Shaqaale
audit-actor-helper = Caawiye
audit-actor-anonymous = Qof aan magac lahayn
audit-actor-system = Amana lafteeda
audit-actor-source-system = Nidaam asal ah oo hay'adda ah
audit-actor-id = Aqoonsiga (id) cidda samaysay
audit-from = Laga bilaabo
audit-to = Ilaa
audit-download-csv = Soo deji xulashadan CSV ahaan
audit-none = Ma jiraan dhacdooyin u dhigma.
audit-when = Goorma
audit-who = Yaa
audit-about = Ku saabsan

## Administration
admin-title = Maamulka
admin-sections = Qaybaha
admin-staff = Akoonnada shaqaalaha
admin-teams = Kooxaha
admin-routing = U gudbinta codsiyada cusub
admin-templates = Qaababka farriimaha
admin-default-team = wuxuu helaa codsiyada aan xeerna u dhigmin
admin-new-team = Ku dar koox
admin-team-key = Fure gaaban
admin-key-hint = Xarfo yaryar, lambarro iyo xariiqyo, sida north-office.
admin-team-name = Magaca
admin-add = Ku dar
admin-save = Kaydi
admin-delete = Tirtir
admin-saved = Waa la kaydiyay.
admin-role = Doorka
admin-office = Xafiiska
admin-status = Xaaladda
admin-active = shaqaynaya
admin-inactive = la joojiyay
admin-enrolled = tallaabada labaad waa la diyaariyay
admin-not-enrolled = tallaabada labaad weli lama diyaarin
admin-locked = waa la xiray kadib isku dayo soo galitaan oo fashilmay
admin-activate = Hawlgeli
admin-deactivate = Jooji
admin-reset-second-factor = Dib u deji tallaabada labaad
admin-change-teams = Beddel kooxaha
admin-new-staff = Ku dar akoon shaqaale
admin-name = Magaca oo buuxa
admin-enrolment-link-hint = Halkan erayga sirta ah lama geliyo: Amana waxay qofka iimayl ugu diraysaa link uu ku doorto erayga sirta ah ee isaga u gaarka ah. Link-ku hal mar ayuu shaqeeyaa, muddo 72 saacadood ah.
admin-send-enrolment-link = Dir link diiwaangelin oo cusub
admin-routing-intro = Codsi kasta oo cusub wuxuu u tagaa kooxda xeerka ugu horreeya ee u dhigma. Cabashooyinku had iyo jeer waxay u tagaan sarkaalka ilaalinta xogta.
admin-routing-default = Codsi aan xeerna u dhigmin wuxuu u tagaa kooxda caadiga ah.
admin-category = Qaybta
admin-sensitive = Xasaasi
admin-yes = Haa
admin-no = Maya
admin-move-up = Kor u qaad
admin-move-down = Hoos u dhig
admin-new-rule = Ku dar xeer dhammaadka
admin-templates-intro = Shaqaaluhu mid kuwan ka mid ah ayay doortaan marka ay qof wax u qorayaan, qofkaas oo ku akhriya luqaddiisa. Qaab kasta wuxuu u baahan yahay qoraal luqad kasta ah.
admin-new-template = Ku dar qaab
admin-template-key = Fure gaaban
AD-001 = Buuxi tan.
AD-002 = Taasi aad bay u dheer tahay.
AD-003 = Liiska ka dooro kooxaha.
AD-004 = Qor cinwaan iimayl oo dhammaystiran, sida name@example.org.
AD-005 = Liiska ka dooro door.
AD-006 = Erayga sirta ahi waa inuu lahaadaa ugu yaraan 12 xaraf.
AD-007 = Horey ayaa u jira akoon leh cinwaankan iimaylka.
AD-008 = Ma joojin kartid akoonkaaga.
AD-009 = Isticmaal 2 ilaa 40 xaraf yaryar, lambarro iyo xariiqyo.
AD-010 = Horey ayaa u jirta koox leh furahan.
AD-011 = Shuruudaha xeerka liisaska ka dooro.
AD-012 = Cabashooyinku had iyo jeer waxay u tagaan sarkaalka ilaalinta xogta; xeerna ma beddeli karo taas.
AD-013 = Qoraalka ku qor luqaddan sidoo kale.

## Administration: the purpose register
admin-purposes = Diiwaanka ujeeddooyinka
admin-purposes-intro = Sababta xogta loo hayo, saldhigga sharci ee ay ku fadhido, muddada la hayo iyo cidda hesha. Dadku tan waxay ku akhriyaan "Xogtayda" iyo bogga oggolaanshaha, luqaddooda.
admin-purpose-name = Magaca
admin-purpose-explanation = Sharaxaadda dadku akhriyaan ka hor inta aysan bixin oggolaansho
admin-purpose-version = Nuqulka qoraalka oggolaanshaha:
admin-legal-basis = Saldhigga sharci
admin-retention-days = La hayaa (maalmo)
admin-recipients = Cidda hesha
AD-014 = Qor tirada maalmaha, 1 ilaa 36500.
AD-015 = Liiska ka dooro.
ST-018 = Codsi ku saabsan hal macluumaad waa la aqbalaa ama waa la diidaa, qayb ahaan ma aha.
staff-new-password = Dooro erayga sirta ah ee adiga kuu gaarka ah
SA-003 = Dooro eray sir ah oo aan ahayn cinwaankaaga iimaylka.

# Enrolment links for new accounts
SA-004 = Link-kan wakhtigiisii wuu dhacay ama horey ayaa loo isticmaalay. Maamulahaaga ka codso inuu kuu soo diro mid cusub.
AD-016 = Akoonkani horey ayuu u diyaariyay tallaabadiisa labaad. Marka hore dib u deji tallaabada labaad haddii qofku u baahan yahay inuu dib u bilaabo.
welcome-title = Diyaari akoonkaaga
welcome-intro = Dooro erayga sirta ah ee akoonkaaga:
welcome-password-hint = Ugu yaraan 12 xaraf. Adiga oo keliya ayaa garanaya: qofna oo Amana ka tirsan weligiis kaama weydiin doono. Kadib waxaad diyaarin doontaa app-kaaga xaqiijinta.
mail-enrolment-subject = Diyaari akoonkaaga Amana
mail-enrolment-body =
    Akoon Amana ah ayaa loo sameeyay cinwaankan. Fur link-kan si aad u doorato erayga sirta ah oo aad u diyaariso tallaabadaada labaad ee soo galitaanka:

    { $url }

    Link-ku hal mar ayuu shaqeeyaa, muddo { $hours } saacadood ah. Haddii aadan filayn iimaylkan, iska dhaaf.

## Administration: source systems, their API keys and webhooks
admin-source-systems = Nidaamyada asalka ah
admin-source-systems-intro = Nidaamyada hay'adda u gaarka ah ee dadka ku shuba Amana iyagoo adeegsanaya API-ga. Mid walba wuxuu qori karaa oo keliya ujeeddooyinka iyo noocyada macluumaadka halkan lagu calaamadeeyay, oo keliya isagoo adeegsanaya furayaashiisa gaarka ah.
admin-new-source-system = Diiwaangeli nidaam asal ah
admin-source-system-contact = Cidda maamusha
admin-source-system-contact-hint = Koox ama cinwaan lala xiriiro marka wicitaannadiisu fashilmaan.
admin-source-system-purposes = Ujeeddooyinka uu qori karo
admin-source-system-categories = Noocyada macluumaadka uu qori karo
admin-webhook = Webhook
admin-webhook-none = Midna: nidaamku wuxuu akhriyaa liiska isbeddelada (change feed).
admin-webhook-url = Cinwaanka ay Amana wacdo marka isbeddel khuseeyo nidaamkan
admin-webhook-hint = Kaydintu waxay samaysaa sir saxiix oo cusub, oo hal mar la muujinayo. Sirtii hore mar dambe ma shaqaynayso.
admin-webhook-save = Kaydi webhook-ga
admin-webhook-stop = Jooji webhook-ga
admin-api-keys = Furayaasha API
admin-new-key = Samee fure cusub
admin-key-scopes = Waxa furuhu samayn karo
admin-key-days = Wuxuu shaqaynayaa (maalmo)
admin-new-key-hint = Furaha hal mar ayaa la muujinayaa, isla markiiba kadib. Nidaamku wuxuu hayn karaa laba fure oo shaqaynaya, si fure cusub u beddelo kii hore iyadoo aan hakad jirin.
admin-key-live = Wuu shaqaynayaa
admin-key-expired = Wakhtigiisii wuu dhacay
admin-key-revoked = La joojiyay
admin-key-created = La sameeyay
admin-key-expires = wuxuu dhacayaa
admin-key-last-used = markii ugu dambaysay la isticmaalay
admin-key-never-used = weligii
admin-key-revoke = Jooji
admin-new-key-shown = Furaha API ee cusub ee
admin-webhook-secret-shown = Sirta saxiixa webhook ee cusub ee
admin-shown-once-hint = Hadda koobi garee oo si ammaan ah u gudbi hawl-wadeennada nidaamka. Amana ma kaydiso, mar kalena ma muujin karto.
api-scope-people-write = Ku shub oo ka saar dadka
api-scope-changes-read = Akhri isbeddelada la ansixiyay
api-scope-changes-ack = Xaqiiji in isbeddelada la sameeyay
api-scope-access-events-write = Soo sheeg cidda eegtay xogta
AD-017 = Horey ayaa u jira nidaam asal ah oo magacan leh.
AD-018 = Qor tirada maalmaha, 1 ilaa 1095.
AD-019 = Nidaamkan wuxuu leeyahay laba fure oo weli shaqaynaya. Mid jooji ka hor intaadan samayn mid kale.
AD-020 = Dooro ugu yaraan mid.
AD-021 = Qor cinwaan web oo dhammaystiran, sida https://cases.example.org/amana.

## Administration: languages
admin-locales = Luqadaha
admin-locales-intro = Luqad kasta oo dadku dooran karaan, iyo in qof ku hadla uu hubiyay tarjumaadda iyo in kale.
admin-locale-source = Luqadda asalka ah
admin-locale-draft = Qabyo koowaad, weli lama hubin
admin-locale-reviewed = Waxaa hubiyay { $reviewer }, taariikhda { $date }
