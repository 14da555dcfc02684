## Helpers of civil-society organisations
helper-sign-in-title = Kuingia kwa wasaidizi
helper-sign-in-intro = Kwa wasaidizi wa mashirika yaliyosajiliwa na mamlaka. Ingia kwa barua pepe yako na nenosiri, kisha kwa msimbo kutoka kwenye programu yako ya uthibitishaji.
helper-home-title = Watu unaowasaidia
helper-people = Watu waliokupa ruhusa ya kuwawakilisha
helper-people-none = Bado hakuna mtu aliyekupa ruhusa, au ruhusa zote zimeisha. Mtu anakupa ruhusa kutoka kwenye akaunti yake mwenyewe, kwa msimbo mfupi.
helper-scope = Unaruhusiwa
helper-until = Hadi
nav-helper-people = Watu unaowasaidia
mandate-scope-view = kuona taarifa zake
mandate-scope-request = kutuma maombi kwa niaba yake
mandate-scope-consent = kusimamia ridhaa yake
mandate-scope-complain = kulalamika kwa niaba yake

## Administration: organisations and their helpers
admin-organisations = Mashirika ya wasaidizi
admin-organisations-intro = Mashirika ya kiraia ambayo wasaidizi wake wanaweza kuwawakilisha watu waliowapa ruhusa. Ukisimamisha shirika, wasaidizi wake wanapoteza uwezo wa kuingia mara moja.
admin-new-organisation = Sajili shirika
admin-organisation-kind = Aina
admin-organisation-contact = Mawasiliano
organisation-kind-ngo = Shirika lisilo la kiserikali
organisation-kind-legal-aid = Msaada wa kisheria
organisation-kind-community-group = Kikundi cha jamii
admin-suspended = limesimamishwa
admin-suspend = Simamisha
admin-reinstate = Rejesha
admin-helpers = Wasaidizi
admin-new-helper = Ongeza msaidizi
admin-helper-organisation = Shirika

## Mandates: the person gives a helper permission to act for them
nav-mandates = Wasaidizi
mandates-title = Watu wanaoweza kukusaidia
mandates-intro = Unaweza kumruhusu msaidizi kutoka shirika unaloliamini akuwakilishe: kuona taarifa zako, kutuma maombi, kusimamia ridhaa au kulalamika. Wewe ndiye unayechagua anaruhusiwa nini na kwa muda gani, na unaweza kusimamisha ruhusa wakati wowote.
mandates-none = Bado hujampa mtu yeyote ruhusa.
mandates-back = Rudi kwa watu wanaoweza kukusaidia
mandate-no-helper-yet = Inasubiri msaidizi aandike msimbo
mandate-state-waiting = inasubiri msimbo
mandate-state-active = inatumika
mandate-state-revoked = umeisimamisha
mandate-state-ended = imeisha
mandate-revoke = Simamisha ruhusa hii sasa
mandate-grant-title = Mpe msaidizi ruhusa
mandate-grant-intro = Utapata msimbo mfupi. Mpe msaidizi wako wewe mwenyewe, ana kwa ana au kwa simu. Unafanya kazi mara moja tu, kwa dakika 30.
mandate-grant-scope = Msaidizi anaruhusiwa kufanya nini?
mandate-grant-days = Kwa muda gani?
mandate-days-1 = Siku moja
mandate-days-7 = Wiki moja
mandate-days-30 = Mwezi mmoja
mandate-days-90 = Miezi mitatu
mandate-days-182 = Miezi sita
mandate-grant = Pata msimbo
mandate-code-title = Msimbo kwa ajili ya msaidizi wako
mandate-code-intro = Mpe msaidizi wako msimbo huu. Unafanya kazi mara moja tu, ndani ya dakika 30.
mandate-code-warning = Mpe tu mtu unayetaka akusaidie. Hakuna mtu wa mamlaka atakayekuomba msimbo huu.
mandate-code-shown = Msimbo ulionyeshwa mara moja tu. Ikiwa hukumpa msaidizi wako, simamisha ruhusa hiyo na utengeneze mpya.
notice-mandate-revoked = Ruhusa imesimamishwa. Msaidizi hawezi tena kukuwakilisha.
MD-001 = Chagua angalau jambo moja ambalo msaidizi anaruhusiwa kufanya.
MD-002 = Chagua muda.
MD-003 = Msimbo huu haufanyi kazi. Huenda umeandikwa vibaya, umeshatumika, au muda wake umepita.
MD-004 = Ruhusa uliyopewa na mtu huyu haihusu jambo hili, au imeisha.
MD-005 = Andika namba ya kesi ya mtu huyo.
MD-006 = Namba ya kesi inaweza kuwa na herufi, tarakimu na vistari tu, kama ilivyochapishwa kwenye karatasi za mtu huyo.
MD-007 = Andika tarehe ya kuzaliwa ya mtu huyo.
MD-008 = Andika tarehe ya kuzaliwa kama ilivyo kwenye karatasi za mtu huyo, kwa mfano 1990-01-31 au 31/01/1990. Kama zinaonyesha mwaka tu, au mwaka na mwezi tu, andika 1978 au 1978-11 tu.
access-mandate-activated = Alianza kukusaidia kwa ruhusa yako

## The helper enters a code
helper-redeem-title = Andika msimbo uliopewa na mtu
helper-redeem-intro = Mtu anakupa msimbo kutoka kwenye akaunti yake mwenyewe. Uandike hapa ili uanze kumsaidia.
helper-redeem-code = Msimbo
helper-redeem = Anza kusaidia
helper-mandate-taken-up = Sasa unaweza kumsaidia mtu huyu, ndani ya mipaka aliyoruhusu.

## A helper acting for a person
helper-act-for = Mwakilishe mtu huyu
helper-acting-label = Unamwakilisha mtu
helper-acting-for = Unamwakilisha { $name }
helper-nav-data = Taarifa zake
helper-nav-requests = Maombi yake
helper-nav-consent = Ridhaa yake
helper-nav-complain = Lalamika kwa niaba yake
helper-stop-acting = Acha kumwakilisha mtu huyu
helper-mandate-ended = Ruhusa yako ya kumwakilisha mtu huyo imeisha: muda wake umepita, mtu huyo ameisimamisha, au shirika lako limesimamishwa.
actor-helper = { $helper } wa { $organisation } (msaidizi)
actor-helper-for = { $helper } wa { $organisation } kwa niaba ya { $person }
actor-helper-for-you = { $helper } wa { $organisation } kwa niaba yako
message-to-helper = kwa msaidizi
access-requests-listed = Aliangalia orodha ya maombi yako
access-consent-viewed = Aliangalia ridhaa yako
access-request-filed = Alituma ombi kwa niaba yako
access-request-withdrawn = Aliondoa mojawapo ya maombi yako
access-request-information-added = Aliongeza taarifa kwenye mojawapo ya maombi yako
access-consent-given = Alitoa ridhaa kwa niaba yako
access-consent-withdrawn = Aliondoa ridhaa kwa niaba yako
access-complaint-filed = Aliwasilisha malalamiko kwa niaba yako
case-submitted-by = Limetumwa na
case-submitted-by-helper = { $helper } wa { $organisation } kwa niaba ya { $person }
case-message-to = Tuma kwa
case-message-to-person = Mhusika mwenyewe
ST-028 = Hakuna msaidizi wa kumwandikia: ombi hili halikuja kupitia msaidizi, au ruhusa ya msaidizi imeisha.
mail-helper-news-subject = Ujumbe kuhusu ombi ulilotuma kwa niaba ya mtu
mail-helper-news-body =
    Kuna ujumbe kwa ajili yako kuhusu ombi ulilotuma kwa niaba ya mtu. Ingia ili kuusoma: { $url }

## Assisted start: the helper asks, the person confirms with a code
helper-assisted-title = Anza na mtu aliye pamoja nawe
helper-assisted-intro = Ikiwa mtu yuko pamoja nawe, andika namba yake ya kesi na tarehe yake ya kuzaliwa, na uchague anachotaka umfanyie. Atapokea msimbo kwenye mawasiliano yake mwenyewe; ikiwa hana, ofisi ya mamlaka itamchapishia msimbo kwenye karatasi. Ruhusa yako inaanza tu utakapoandika msimbo huo kwenye "Andika msimbo uliopewa na mtu".
helper-assisted-send = Omba msimbo utumwe kwa mtu huyo
helper-assisted-sent = Ikiwa taarifa hizi zinalingana na kumbukumbu, mtu huyo amepokea msimbo kwenye mawasiliano yake. Ikiwa hana mawasiliano, anaweza kuomba msimbo uliochapishwa kwenye karatasi katika ofisi ya mamlaka.
mail-mandate-request-subject = Msaidizi anaomba kukuwakilisha
mail-mandate-request-body =
    { $organisation } wanaomba kukusaidia kuhusu taarifa zako kwenye mamlaka. Ukikubali, wataruhusiwa: { $scope }.

    Ikiwa uko pamoja nao na unakubali, wape msimbo huu: { $code }

    Unafanya kazi mara moja tu, kwa dakika 30. Ikiwa hukuomba msaada, puuza ujumbe huu: hakuna kitakachotokea bila msimbo.
access-mandate-requested = Aliomba kukuwakilisha (hakuna kinachotokea hadi utoe msimbo wako)
access-mandate-code-printed = Alichapisha msimbo ili uthibitishe msaidizi
nav-staff-mandates = Maombi ya wasaidizi
staff-mandates-title = Maombi ya wasaidizi yanayosubiri msimbo
staff-mandates-intro = Msaidizi alianzisha maombi haya kwa ajili ya mtu ambaye huenda hana mawasiliano. Kwanza thibitisha utambulisho wa mtu huyo ana kwa ana. Kisha chapisha msimbo na umpe mtu huyo, si msaidizi: unafanya kazi mara moja tu, kwa siku tatu, na kwa msaidizi huyo tu.
staff-mandates-none = Hakuna ombi la msaidizi linalosubiri.
staff-mandates-requested = Liliombwa tarehe
staff-mandates-print = Chapisha msimbo kwa ajili ya mtu huyo
staff-mandate-code-title = Msimbo kwa ajili ya mtu huyo
staff-mandate-code-intro = Mpe mtu huyo karatasi hii. Akikubali, atampa msaidizi wake msimbo, naye atauandika. Ni msaidizi huyu tu anayeweza kuutumia, mara moja tu, hadi { $until }.
staff-mandate-code-shown = Msimbo ulionyeshwa mara moja tu. Ikiwa karatasi imepotea, chapisha msimbo mpya: ule wa zamani utaacha kufanya kazi.
access-mandate-request-viewed = Aliangalia ombi la msaidizi la kukuwakilisha
notice-mandate-code-printed = Mfanyakazi alichapisha msimbo kwenye karatasi ili msaidizi aweze kukuwakilisha. Ikiwa hukuomba hili, lisimamishe kwenye ukurasa wa "Wasaidizi".
