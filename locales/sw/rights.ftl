# Amana — Kiswahili (sw): exercising rights (requests about one's data). Every locale has the same keys.

nav-my-requests = Maombi yangu

## Actions beside each field on My data
action-correct = Hii si sahihi
action-erase = Futa hii
action-restrict = Acha kutumia hii
my-data-erase-all = Omba taarifa zangu zote zifutwe

## Request forms
request-correct-title = Sahihisha taarifa zako
request-erase-title = Futa taarifa zako
request-restrict-title = Zuia matumizi ya taarifa zako
request-erase-all-title = Futa taarifa zako zote
request-proposed-value = Inapaswa kusema nini
request-proposed-value-hint = Andika taarifa sahihi.
request-erase-explained = Unaomba taarifa hizi zifutwe. Baadhi ya taarifa lazima zihifadhiwe kwa mujibu wa sheria; ikiwa ni hivyo, tutakuambia kwa nini.
request-erase-all-explained = Unaomba taarifa zote zinazohifadhiwa kukuhusu zifutwe. Baadhi ya taarifa lazima zihifadhiwe kwa mujibu wa sheria, kwa mfano wakati kesi yako bado iko wazi; ikiwa ni hivyo, tutakuambia ni zipi na kwa nini.
request-restrict-choose = Unataka nini?
request-restriction-explained = Taarifa zihifadhiwe, lakini zisitumike wakati zinakaguliwa (kwa mfano, kwa sababu unafikiri si sahihi).
request-objection-explained = Taarifa zisitumike tena kwa lengo hili, kwa sababu ya hali yako binafsi.
request-explanation = Chochote unachotaka kuongeza (si lazima)
request-explanation-hint = Kwa mfano kwa nini, au nini kilitokea. Unaweza pia kutuma hati baadaye.
request-deadline-explained = Kuomba ni bure. Utapata jibu ndani ya mwezi mmoja. Ikiwa ombi lako ni gumu, muda unaweza kuongezwa kwa miezi miwili zaidi, na utaambiwa sababu.
request-send = Tuma ombi langu
request-cancel = Rudi bila kutuma
request-whole-record = Taarifa zangu zote

## Kinds and states of requests
kind-access = Nakala ya taarifa zangu
kind-correction = Kusahihisha
kind-erasure = Kufuta
kind-restriction = Kusitisha matumizi
kind-objection = Kupinga matumizi
kind-complaint = Malalamiko
status-submitted = Limepokelewa
status-in_review = Linakaguliwa
status-awaiting_information = Tunasubiri taarifa kutoka kwako
status-decided = Limeamuliwa
status-completed = Limekamilika
status-withdrawn = Limeondolewa

## My requests
requests-title = Maombi yangu
requests-intro = Hapa unaweza kufuatilia kila kitu ulichoomba, kuona tarehe utakayopata jibu, na kusoma ujumbe.
requests-none = Bado hujatuma ombi lolote. Ili kutuma ombi, nenda kwenye "Taarifa zangu" na uchague taarifa moja.
requests-back = Rudi kwenye maombi yangu
request-title = Ombi lako
request-reference = Namba ya ombi
request-kind = Ombi
request-about = Kuhusu
request-status = Hali
request-received = Lilipokelewa tarehe
request-due = Utajibiwa kufikia
request-extended = Muda wa kujibu uliongezwa. Sababu:
request-decision = Uamuzi
request-timeline = Kilichotokea
request-upstream = Kwenye mifumo ya mamlaka yenyewe
request-upstream-done = Imefanyika kwenye { $system } tarehe { $date }.
request-upstream-waiting = Bado haijafanyika kwenye { $system }. Wafanyakazi wanafuatilia.
request-messages = Ujumbe
request-no-messages = Bado hakuna ujumbe.
request-add-information = Ongeza taarifa au jibu
request-add-information-hint = Andika hapa ikiwa unataka kuongeza kitu au kujibu swali.
request-send-information = Tuma
request-withdraw = Ondoa ombi hili
notice-request-filed = Ombi lako limepokelewa. Tumekutumia uthibitisho.
notice-request-sent = Ujumbe wako umeongezwa kwenye ombi.
notice-request-withdrawn = Ombi lako limeondolewa. Hakuna kitakachoendelea kufanyika kuhusu ombi hilo.

actor-you = Wewe
actor-system = Amana
actor-source = { $role } · { $office } (kwenye { $system })
role-caseworker = Afisa wa kesi
role-reviewer = Mhakiki
role-dpo = Afisa wa ulinzi wa taarifa
role-admin = Msimamizi
role-auditor = Mkaguzi

timeline-submitted = Ombi limepokelewa
timeline-in-review = Linakaguliwa
timeline-information-requested = Taarifa zaidi ziliombwa
timeline-information-added = Taarifa ziliongezwa
timeline-extended = Muda wa kujibu uliongezwa
timeline-decided = Uamuzi ulifanywa
timeline-completed = Limekamilika
timeline-withdrawn = Ombi liliondolewa

reason-legal-obligation = Sheria inatutaka tuhifadhi taarifa hizi.
reason-still-needed-for-case = Taarifa hizi bado zinahitajika kwa kesi yako ambayo bado iko wazi.
reason-accuracy-confirmed = Tulikagua taarifa hizi, na ni sahihi.
reason-public-interest = Matumizi haya yanahitajika kwa kazi ya manufaa ya umma, ambayo ina uzito zaidi kuliko hali yako.

## Withdrawing
withdraw-title = Uondoe ombi lako?
withdraw-explained = Ukiliondoa, tutaacha kulishughulikia ombi hili. Unaweza kutuma ombi jipya wakati wowote.
withdraw-confirm = Ndiyo, liondoe
withdraw-cancel = Hapana, endelea na ombi langu

## Errors
RQ-001 = Tayari una ombi lililo wazi kuhusu jambo hili. Unaweza kulifuatilia kwenye "Maombi yangu".
RQ-002 = Ombi hili tayari limeamuliwa au limeondolewa, kwa hiyo haliwezi kubadilishwa.
RQ-010 = Andika taarifa inapaswa kusema nini.
RQ-011 = Maandishi ni marefu mno. Tafadhali yafupishe yasizidi herufi 500.
RQ-012 = Maandishi ni marefu mno. Tafadhali yafupishe yasizidi herufi 2000.
RQ-013 = Hicho ndicho tulicho nacho tayari. Badala yake, andika inapaswa kusema nini.
RQ-014 = Andika ujumbe kabla ya kutuma.
RQ-015 = Maandishi ni marefu mno. Tafadhali yafupishe yasizidi herufi 2000.
RQ-016 = Chagua mojawapo ya machaguo.

## E-mails (they never contain personal data)
mail-request-received-subject = Tumepokea ombi lako
mail-request-received-body =
    Tumepokea ombi lako. Utapata jibu ndani ya mwezi mmoja.

    Ingia ili kulifuatilia: { $url }
mail-request-news-subject = Kuna habari mpya kuhusu ombi lako
mail-request-news-body =
    Kuna habari mpya kuhusu ombi lako. Ingia ili kuzisoma: { $url }

## Documents
request-evidence = Hati (si lazima)
request-evidence-hint = PDF au picha (JPEG au PNG), isiyozidi MB 5. Kwa mfano cheti kinachoonyesha taarifa sahihi.
request-documents = Hati ulizotuma
request-document = Hati
RQ-020 = Faili ni kubwa mno. Tuma faili lisilozidi MB 5.
RQ-021 = Aina hii ya faili haikubaliwi. Tuma PDF au picha (JPEG au PNG).
RQ-022 = Ombi hili tayari lina hati nyingi kadiri inavyowezekana (faili 20, MB 50 kwa jumla). Badala yake andika ujumbe, au utuulize jinsi ya kutuma zaidi.
