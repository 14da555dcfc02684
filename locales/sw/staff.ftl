## Staff: sign-in
nav-queue = Foleni
nav-audit = Kumbukumbu ya ukaguzi
nav-admin = Usimamizi
staff-sign-in-title = Kuingia kwa wafanyakazi
staff-sign-in-intro = Kwa wafanyakazi wa mamlaka. Ingia kwa barua pepe yako ya kazini na nenosiri, kisha kwa msimbo kutoka kwenye programu yako ya uthibitishaji.
staff-email = Barua pepe ya kazini
staff-password = Nenosiri
staff-continue = Endelea
staff-enrol-title = Weka programu yako ya uthibitishaji
staff-enrol-intro = Akaunti za wafanyakazi zinalindwa kwa hatua ya pili. Iweke mara moja tu, sasa hivi.
staff-enrol-step-app = Fungua programu ya uthibitishaji kwenye simu yako ya kazini.
staff-enrol-step-scan = Changanua msimbo huu, au andika ufunguo ulio hapa chini kwenye programu.
staff-enrol-qr = Msimbo wa QR kwa ajili ya programu yako ya uthibitishaji
staff-enrol-secret = Ufunguo:
staff-enrol-step-code = Andika msimbo wa tarakimu sita unaoonyeshwa na programu.
staff-code = Msimbo
staff-code-hint = Tarakimu sita kutoka kwenye programu yako ya uthibitishaji.
staff-enrol-confirm = Thibitisha na uingie
staff-code-title = Hatua ya pili
staff-code-intro = Andika msimbo unaoonyeshwa sasa na programu yako ya uthibitishaji.
staff-code-recovery-hint = Tarakimu sita kutoka kwenye programu. Umepoteza simu yako? Badala yake andika mojawapo ya misimbo yako ya dharura.
staff-recovery-title = Misimbo yako ya dharura
staff-recovery-intro = Tunza misimbo hii mahali salama, mbali na simu yako. Kila msimbo unafanya kazi mara moja tu, ukipoteza programu yako ya uthibitishaji. Inaonyeshwa sasa tu.
staff-recovery-shown = Misimbo yako ya dharura ilishaonyeshwa. Ikiwa hukuihifadhi, mwombe msimamizi aweke upya hatua yako ya pili.
SA-001 = Barua pepe, nenosiri au msimbo si sahihi. Baada ya majaribio matano yasiyo sahihi, akaunti inafungwa kwa dakika 15.
SA-002 = Kuingia kwako kumechukua muda mrefu mno. Tafadhali anza upya.
ST-001 = Jukumu lako haliruhusu hili.

## Staff: queues
queue-title = Maombi ya kushughulikia
queue-take-next = Chukua ombi linalofuata
queue-nothing-to-take = Kwa sasa hakuna ombi ambalo halijachukuliwa kwenye foleni zako.
queue-team = Timu
queue-any = Yoyote
queue-kind = Ombi
queue-status = Hali
# A request's status as staff read it (the person reads status-<status>).
staff-status-submitted = Jipya
staff-status-in_review = Linakaguliwa
staff-status-awaiting_information = Linasubiri taarifa kutoka kwa mhusika
staff-status-decided = Limeamuliwa
staff-status-completed = Limekamilika
staff-status-withdrawn = Limeondolewa na mhusika
queue-language = Lugha
queue-filter = Onyesha
queue-empty = Hakuna ombi lililo wazi linalolingana.
queue-count = Maombi yaliyo wazi:
queue-overdue = Muda umepita
queue-due-soon = Muda unaisha ndani ya siku 3
team-general = Maombi ya jumla
team-sensitive-data = Taarifa nyeti
team-dpo = Afisa wa ulinzi wa taarifa

## Staff: one request
case-title = Ombi
case-back = Rudi kwenye foleni
case-person = Mhusika
case-anonymous = Mlalamikaji asiyejulikana
case-case-reference = Namba ya kesi
case-extended-because = Muda uliongezwa kwa sababu
case-explanation = Maelezo ya mhusika
case-concerned = Ombi linahusu nini
case-concerned-none = Kumbukumbu nzima, au taarifa katika kundi nyeti: ifungue hapa chini kwa kutoa sababu.
case-record = Taarifa nyingine kwenye kumbukumbu
case-record-intro = Fungua kundi tu ikiwa unalihitaji kwa ombi hili. Sababu yako inarekodiwa, na mhusika anaweza kuiona.
case-upstream = Mifumo chanzo
case-upstream-applied = Imetekelezwa kwenye { $system } tarehe { $date }.
case-upstream-rejected = Imekataliwa na { $system } tarehe { $date }: { $reason }
case-upstream-waiting = { $system } bado haijathibitisha.
case-erased = (imefutwa)
case-proposed-value = Kilichoombwa:
case-restricted = Matumizi yamezuiwa.
case-open-reason = Sababu
case-choose = Chagua…
case-open = Fungua
case-proposal = Uamuzi uliopendekezwa, unasubiri mtu wa pili
case-awaiting-approval = unasubiri kuidhinishwa
case-assignee = Anayeshughulikia
case-assignee-you = Wewe
case-unassigned = Bado hakuna
case-template = Ujumbe
case-actions = Unachoweza kufanya
case-no-actions = Kwa sasa hakuna unachoweza kufanya na ombi hili.
case-claim = Chukua ombi hili
case-approve-explained = Mwenzako amependekeza uamuzi huu. Ukague: hakuna kitakachobadilika hadi mtu mwingine, si yule aliyependekeza, auidhinishe.
case-approve = Idhinisha uamuzi
case-send-back = Rudisha ukaguliwe upya
case-message = Tuma ujumbe kwa mhusika
case-note = Maneno yako mwenyewe (si lazima)
case-note-hint = Yanaongezwa chini ya ujumbe. Andika kwa lugha rahisi; huenda mhusika akasoma kwa kutumia zana ya kutafsiri.
case-send = Tuma
case-ask-information = Mwombe mhusika taarifa
case-identity = Bado tunahitaji kuthibitisha utambulisho wa mhusika (muda wa mwisho unasimama hadi ajibu)
case-resume = Endelea bila taarifa hizo
case-extend = Ongeza muda wa mwisho
case-extend-explained = Mara moja tu, ndani ya mwezi wa kwanza, kwa mwezi mmoja au miwili. Mhusika anaambiwa sababu.
case-extend-months = Miezi
case-extend-reason = Sababu
case-decide = Amua
case-outcome = Uamuzi
case-reasons = Sababu (angalau moja)
case-decision-note = Ujumbe kwa mhusika (si lazima)
case-second-person = Kufuta taarifa, na kusahihisha taarifa nyeti, kunahitaji idhini ya mtu wa pili kabla ya kitu chochote kubadilika.
case-reassign = Mpe mtu mwingine
case-reassign-to = Mwenzako
staff-done-claim = Ombi sasa ni lako.
staff-done-reassign = Ombi limepewa mwenzako.
staff-done-message = Ujumbe wako umetumwa. Mhusika anapata barua pepe inayosema kuna habari mpya.
staff-done-ask-information = Swali lako limetumwa. Mhusika anapata barua pepe inayosema kuna habari mpya.
staff-done-resume = Kazi ya ombi inaendelea.
staff-done-extend = Muda wa mwisho umeongezwa, na mhusika ameambiwa sababu.
staff-done-decide = Uamuzi umerekodiwa. Ikiwa unahitaji mtu wa pili, unasubiri idhini yake.
staff-done-approve = Uamuzi umeidhinishwa na kutekelezwa.
staff-done-send-back = Pendekezo limerudishwa ili likaguliwe upya.
ST-010 = Chagua kwa nini unahitaji kufungua taarifa hizi.
ST-011 = Chagua sababu ya kuongeza muda.
ST-012 = Chagua uamuzi.
ST-013 = Chagua angalau sababu moja.
ST-014 = Maandishi ni marefu mno. Tafadhali yafupishe yasizidi herufi 2000.
ST-015 = Chagua mwenzako kutoka kwenye orodha.
ST-016 = Chagua ujumbe kutoka kwenye orodha.
ST-017 = Kitendo hicho hakipo.
ST-020 = Hili haliwezekani katika hali ya sasa ya ombi.
ST-021 = Muda wa mwisho tayari umeshaongezwa mara moja.
ST-022 = Muda wa mwisho unaweza kuongezwa ndani ya mwezi wa kwanza tu.
ST-023 = Nyongeza ya muda ni mwezi mmoja au miwili.
ST-024 = Wewe ndiye uliyependekeza uamuzi huu, kwa hiyo mtu mwingine lazima auidhinishe.
ST-025 = Ni mtu anayeshughulikia ombi hili tu anayeweza kufanya hili. Lichukue kwanza.
ST-026 = Uamuzi huu kwanza unahitaji idhini ya mtu wa pili.
ST-027 = Mtu mwingine alibadilisha ombi hili wakati huo huo. Liangalie tena, kisha ujaribu tena.

## Decisions, as the person reads them
outcome-approved = Ombi lako limekubaliwa.
outcome-partly_approved = Ombi lako limekubaliwa kwa sehemu.
outcome-refused = Ombi lako limekataliwa.
reason-request-granted = Tumefanya ulichoomba.
reason-evidence-insufficient = Taarifa ulizotoa hazionyeshi kwamba kumbukumbu yetu si sahihi.
reason-identity-not-verified = Hatukuweza kuthibitisha kwamba wewe ndiye mtu ambaye taarifa hizi zinamhusu.
reason-legal-claims = Tunahitaji taarifa hizi kwa ajili ya madai ya kisheria: kuyaanzisha, kuyadai au kujitetea dhidi yake.
reason-manifestly-unfounded = Ombi hili linarudia ombi la awali ambalo tayari lilijibiwa.
extension-reason-complexity = Ombi lako ni gumu na linahitaji muda zaidi.
extension-reason-number-of-requests = Tumepokea maombi mengi, na tunahitaji muda zaidi ili kujibu ombi lako ipasavyo.
timeline-message = Ulitumiwa ujumbe

## Message templates (staff choose one; the person reads it in their language)
template-information-needed-name = Tunahitaji taarifa zaidi
template-information-needed = Ili kushughulikia ombi lako, tunahitaji taarifa zaidi kutoka kwako. Tafadhali ingia na ujibu chini ya ombi hili.
template-identity-documents-name = Tafadhali thibitisha utambulisho wako
template-identity-documents = Kabla hatujaendelea, tunahitaji kuthibitisha kwamba wewe ndiye mtu ambaye taarifa hizi zinamhusu. Tafadhali ongeza picha ya hati yako ya utambulisho kwenye ombi hili.
template-progress-update-name = Tunashughulikia ombi lako
template-progress-update = Tunashughulikia ombi lako. Huhitaji kufanya chochote kwa sasa.
template-decision-made-name = Uamuzi umefanywa
template-decision-made = Uamuzi umefanywa kuhusu ombi lako. Unaweza kuusoma, pamoja na sababu zake, kwenye ukurasa wa ombi.

## Who looked at my data: staff actions
access-request-claimed = Alianza kushughulikia ombi lako
access-request-reassigned = Alimpa mwenzake ombi lako
access-request-messaged = Alikutumia ujumbe
access-request-information-requested = Alikuomba taarifa
access-request-resumed = Aliendelea kushughulikia ombi lako
access-request-extended = Aliongeza muda wa kujibu
access-request-decision-proposed = Alipendekeza uamuzi kuhusu ombi lako
access-request-decision-approved = Aliidhinisha uamuzi kuhusu ombi lako
access-request-decision-sent-back = Alirudisha uamuzi uliopendekezwa ili ukaguliwe upya
access-request-decided = Aliamua ombi lako
access-field-restricted = Alizuia matumizi ya taarifa zako

## Deadline mails to staff (no personal data: a link to the request only)
staff-mail-due-soon-subject = Ombi unalolishughulikia linapaswa kujibiwa ndani ya wiki moja
staff-mail-due-soon-body =
    Ombi ulilopewa lazima lijibiwe ndani ya siku saba.

    Lifungue: { $url }
staff-mail-overdue-subject = Ombi la timu yako limepita muda wake
staff-mail-overdue-body =
    Ombi la timu yako limepita muda wa mwisho uliowekwa na sheria, na bado halijajibiwa. Tafadhali hakikisha linashughulikiwa leo.

    Lifungue: { $url }

## The auditor's screen
audit-title = Kumbukumbu ya ukaguzi
audit-verify = Kagua mnyororo wa kumbukumbu nzima
audit-verify-ok = Kumbukumbu ya ukaguzi iko kamili: matukio yote { $events } yameunganishwa sawasawa kwenye mnyororo.
audit-verify-broken = Kumbukumbu ya ukaguzi imechezewa. Matukio { $events } yamekaguliwa; matatizo yaliyopatikana:
audit-break-altered = Tukio { $seq } lilibadilishwa au kuhamishwa baada ya kuandikwa.
audit-break-chain-broken = Tukio { $seq } haliungani na tukio lililotangulia.
audit-break-missing = Kuna matukio yanayokosekana baada ya tukio { $seq }.
audit-break-truncated = Kumbukumbu haina tena tukio { $seq } kama lilivyorekodiwa na kituo cha ukaguzi kilichotiwa saini: matukio mapya zaidi yameondolewa au kuandikwa upya.
audit-break-checkpoint-forged = Mstari { $seq } wa faili la vituo vya ukaguzi umebadilishwa.
audit-action = Kitendo
audit-actor-kind = Kimefanywa na
audit-actor-person = Mhusika, kwa ajili yake mwenyewe
audit-actor-staff = Mfanyakazi
audit-actor-helper = Msaidizi
audit-actor-anonymous = Mtu asiyejulikana
audit-actor-system = Amana yenyewe
audit-actor-source-system = Mfumo chanzo wa mamlaka
audit-actor-id = Kitambulisho cha aliyefanya
audit-from = Kuanzia
audit-to = Hadi
audit-download-csv = Pakua uteuzi huu kama CSV
audit-none = Hakuna matukio yanayolingana.
audit-when = Lini
audit-who = Nani
audit-about = Kuhusu

## Administration
admin-title = Usimamizi
admin-sections = Sehemu
admin-staff = Akaunti za wafanyakazi
admin-teams = Timu
admin-routing = Upangaji wa maombi mapya
admin-templates = Violezo vya ujumbe
admin-default-team = hupokea maombi yasiyolingana na kanuni yoyote
admin-new-team = Ongeza timu
admin-team-key = Kitambulisho kifupi
admin-key-hint = Herufi ndogo, tarakimu na vistari, kama north-office.
admin-team-name = Jina
admin-add = Ongeza
admin-save = Hifadhi
admin-delete = Futa
admin-saved = Imehifadhiwa.
admin-role = Jukumu
admin-office = Ofisi
admin-status = Hali
admin-active = inatumika
admin-inactive = imezimwa
admin-enrolled = hatua ya pili imewekwa
admin-not-enrolled = hatua ya pili bado haijawekwa
admin-locked = imefungwa baada ya majaribio ya kuingia yaliyoshindwa
admin-activate = Washa
admin-deactivate = Zima
admin-reset-second-factor = Weka upya hatua ya pili
admin-change-teams = Badilisha timu
admin-new-staff = Ongeza akaunti ya mfanyakazi
admin-name = Jina kamili
admin-enrolment-link-hint = Hakuna nenosiri hapa: Amana inamtumia mtu huyo kiungo kwa barua pepe ili achague nenosiri lake mwenyewe. Kiungo kinafanya kazi mara moja tu, kwa saa 72.
admin-send-enrolment-link = Tuma kiungo kipya cha kujisajili
admin-routing-intro = Kila ombi jipya linakwenda kwa timu ya kanuni ya kwanza inayolingana nalo. Malalamiko daima yanakwenda kwa afisa wa ulinzi wa taarifa.
admin-routing-default = Ombi lisilolingana na kanuni yoyote linakwenda kwa timu ya msingi.
admin-category = Kundi
admin-sensitive = Nyeti
admin-yes = Ndiyo
admin-no = Hapana
admin-move-up = Sogeza juu
admin-move-down = Sogeza chini
admin-new-rule = Ongeza kanuni mwishoni
admin-templates-intro = Wafanyakazi huchagua mojawapo ya violezo hivi wanapomwandikia mhusika, ambaye huusoma ujumbe katika lugha yake mwenyewe. Kila kiolezo kinahitaji maandishi katika kila lugha.
admin-new-template = Ongeza kiolezo
admin-template-key = Kitambulisho kifupi
AD-001 = Jaza sehemu hii.
AD-002 = Maandishi ni marefu mno.
AD-003 = Chagua timu kutoka kwenye orodha.
AD-004 = Andika anwani kamili ya barua pepe, kama name@example.org.
AD-005 = Chagua jukumu kutoka kwenye orodha.
AD-006 = Nenosiri lazima liwe na angalau herufi 12.
AD-007 = Tayari kuna akaunti yenye anwani hii ya barua pepe.
AD-008 = Huwezi kuzima akaunti yako mwenyewe.
AD-009 = Tumia herufi ndogo, tarakimu na vistari, kuanzia 2 hadi 40.
AD-010 = Tayari kuna timu yenye kitambulisho hiki.
AD-011 = Chagua masharti ya kanuni kutoka kwenye orodha.
AD-012 = Malalamiko daima yanakwenda kwa afisa wa ulinzi wa taarifa; hakuna kanuni inayoweza kubadilisha hilo.
AD-013 = Andika maandishi katika lugha hii pia.

## Administration: the purpose register
admin-purposes = Rejista ya malengo
admin-purposes-intro = Kwa nini taarifa zinahifadhiwa, kwa msingi gani wa kisheria, kwa muda gani, na nani anazipokea. Watu husoma haya kwenye "Taarifa zangu" na kwenye ukurasa wa ridhaa, katika lugha yao.
admin-purpose-name = Jina
admin-purpose-explanation = Maelezo ambayo watu husoma kabla ya kutoa ridhaa
admin-purpose-version = Toleo la maandishi ya ridhaa:
admin-legal-basis = Msingi wa kisheria
admin-retention-days = Huhifadhiwa kwa (siku)
admin-recipients = Wapokeaji
AD-014 = Andika idadi ya siku kuanzia 1 hadi 36500.
AD-015 = Chagua kutoka kwenye orodha.
ST-018 = Ombi kuhusu taarifa moja linaweza kukubaliwa au kukataliwa tu, si kukubaliwa kwa sehemu.
staff-new-password = Chagua nenosiri lako mwenyewe
SA-003 = Chagua nenosiri ambalo si anwani yako ya barua pepe.

# Enrolment links for new accounts
SA-004 = Kiungo hiki kimepitwa na muda au kimeshatumika. Mwombe msimamizi wako akutumie kiungo kipya.
AD-016 = Akaunti hii tayari imeweka hatua yake ya pili. Kwanza weka upya hatua ya pili ikiwa mtu huyo anahitaji kuanza upya.
welcome-title = Weka akaunti yako
welcome-intro = Chagua nenosiri la akaunti yako:
welcome-password-hint = Angalau herufi 12. Ni wewe tu unayelijua: hakuna mtu wa Amana atakayekuomba nenosiri hili kamwe. Kisha utaweka programu yako ya uthibitishaji.
mail-enrolment-subject = Weka akaunti yako ya Amana
mail-enrolment-body =
    Akaunti ya Amana imefunguliwa kwa anwani hii. Fungua kiungo hiki ili kuchagua nenosiri lako na kuweka hatua ya pili ya kuingia:

    { $url }

    Kiungo kinafanya kazi mara moja tu, kwa saa { $hours }. Ikiwa hukutarajia barua hii, unaweza kuipuuza.

## Administration: source systems, their API keys and webhooks
admin-source-systems = Mifumo chanzo
admin-source-systems-intro = Mifumo ya mamlaka yenyewe inayoingiza watu kwenye Amana kupitia API. Kila mfumo unaweza kuandika tu malengo na aina za taarifa zilizowekewa alama hapa, na kwa funguo zake wenyewe tu.
admin-new-source-system = Sajili mfumo chanzo
admin-source-system-contact = Nani anauendesha
admin-source-system-contact-hint = Timu au anwani ya kuwasiliana nayo wakati miito yake ya API inaposhindwa.
admin-source-system-purposes = Malengo ambayo mfumo unaweza kuandika
admin-source-system-categories = Aina za taarifa ambazo mfumo unaweza kuandika
admin-webhook = Webhook
admin-webhook-none = Hakuna: mfumo unasoma mlisho wa mabadiliko.
admin-webhook-url = Anwani ambayo Amana inaiita wakati mabadiliko yanahusu mfumo huu
admin-webhook-hint = Kuhifadhi kunatengeneza siri mpya ya kusaini, inayoonyeshwa mara moja tu. Siri ya zamani inaacha kufanya kazi.
admin-webhook-save = Hifadhi webhook
admin-webhook-stop = Simamisha webhook
admin-api-keys = Funguo za API
admin-new-key = Tengeneza ufunguo mpya
admin-key-scopes = Ufunguo unaruhusiwa kufanya nini
admin-key-days = Halali kwa (siku)
admin-new-key-hint = Ufunguo unaonyeshwa mara moja tu, mara baada ya kutengenezwa. Mfumo unaweza kuwa na funguo mbili zinazofanya kazi, ili ufunguo mpya uchukue nafasi ya ule wa zamani bila kukatiza huduma.
admin-key-live = Unafanya kazi
admin-key-expired = Muda umekwisha
admin-key-revoked = Ulibatilishwa tarehe
admin-key-created = Ulitengenezwa
admin-key-expires = unaisha
admin-key-last-used = ulitumika mara ya mwisho
admin-key-never-used = haujawahi kutumika
admin-key-revoke = Batilisha
admin-new-key-shown = Ufunguo mpya wa API kwa ajili ya
admin-webhook-secret-shown = Siri mpya ya kusaini webhook kwa ajili ya
admin-shown-once-hint = Inakili sasa, na uwape waendeshaji wa mfumo kwa njia salama. Amana haiihifadhi na haiwezi kuionyesha tena.
api-scope-people-write = Kuingiza na kuondoa watu
api-scope-changes-read = Kusoma mabadiliko yaliyoidhinishwa
api-scope-changes-ack = Kuthibitisha kwamba mabadiliko yamefanywa
api-scope-access-events-write = Kuripoti nani aliangalia taarifa
AD-017 = Tayari kuna mfumo chanzo wenye jina hili.
AD-018 = Andika idadi ya siku kuanzia 1 hadi 1095.
AD-019 = Mfumo huu una funguo mbili ambazo bado zinafanya kazi. Batilisha ufunguo mmoja kabla ya kutengeneza mwingine.
AD-020 = Chagua angalau kimoja.
AD-021 = Andika anwani kamili ya tovuti, kama https://cases.example.org/amana.

## Administration: languages
admin-locales = Lugha
admin-locales-intro = Kila lugha ambayo watu wanaweza kuchagua, na kama mtu anayeizungumza ameikagua tafsiri.
admin-locale-source = Lugha chanzi
admin-locale-draft = Rasimu ya kwanza, bado haijakaguliwa
admin-locale-reviewed = Imekaguliwa na { $reviewer } tarehe { $date }
