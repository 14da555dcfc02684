# Daftari la uvunjaji wa usalama wa taarifa (afisa wa ulinzi wa taarifa) na arifa ambayo mtu husoma kuhusu uvunjaji wa usalama wa taarifa zake.
nav-breaches = Uvunjaji wa usalama wa taarifa
breaches-title = Daftari la uvunjaji wa usalama wa taarifa
breaches-intro = Kila uvunjaji wa usalama wa taarifa binafsi unarekodiwa hapa, iwe lazima uripotiwe au la. Chombo cha usimamizi lazima kiarifiwe ndani ya saa 72 tangu tulipojua, isipokuwa kama uvunjaji huo hautarajiwi kumweka mtu yeyote hatarini.
breaches-none = Bado hakuna uvunjaji uliorekodiwa.
breach-title = Uvunjaji wa usalama wa taarifa
breach-back = Rudi kwenye daftari la uvunjaji
breach-reference = Namba ya kumbukumbu
breach-clock-left =
    { $hours ->
        [one] Arifu chombo cha usimamizi ifikapo { $due }: imebaki saa { $hours }.
       *[other] Arifu chombo cha usimamizi ifikapo { $due }: zimebaki saa { $hours }.
    }
breach-clock-late =
    { $hours ->
        [one] Chombo cha usimamizi kilipaswa kuarifiwa ifikapo { $due }: tumechelewa saa { $hours }. Eleza sababu ya kuchelewa.
       *[other] Chombo cha usimamizi kilipaswa kuarifiwa ifikapo { $due }: tumechelewa saa { $hours }. Eleza sababu ya kuchelewa.
    }
breach-clock-told =
    { $hours ->
        [one] Chombo cha usimamizi kiliarifiwa { $when }, saa { $hours } baada ya sisi kujua.
       *[other] Chombo cha usimamizi kiliarifiwa { $when }, saa { $hours } baada ya sisi kujua.
    }
breach-people-count = Watu wanaohusika: { $people }. Arifa zilizotumwa: { $notified }.
breach-record-heading = Rekodi uvunjaji wa usalama
breach-discovered-at = Uvunjaji uligunduliwa lini
breach-aware-at = Tulijua lini kwamba taarifa binafsi ziliathirika
breach-aware-at-hint = Saa 72 zinaanza kuhesabiwa hapa. Tarehe na saa kwa UTC.
breach-processor-reported-at = Mchakataji wa taarifa (processor) alituarifu lini (kama alifanya hivyo)
breach-moment-hint = Tarehe na saa kwa UTC, kwa mfano 2026-12-03 14:30.
breach-optional-moment-hint = Acha wazi kama hakuna mchakataji wa taarifa aliyehusika.
breach-not-given = Haikuelezwa
breach-nature = Nini kilitokea kwa taarifa
breach-nature-confidentiality = Huenda mtu ambaye hakupaswa kuziona ameziona (usiri)
breach-nature-integrity = Zilibadilishwa kimakosa (usahihi)
breach-nature-availability = Zilipotea au hazikuweza kufikiwa (upatikanaji)
breach-description = Nini kilitokea
breach-description-hint = Kwa ajili ya daftari tu; haionyeshwi kamwe kwa watu wanaohusika. Usiandike taarifa binafsi hapa.
breach-categories = Aina za taarifa zinazohusika
breach-approx-people = Takriban watu wangapi
breach-approx-records = Takriban kumbukumbu ngapi
breach-consequences = Madhara yanayoweza kuwapata watu wanaohusika
breach-consequence-others-may-read = Huenda mtu ambaye hapaswi kuwa na taarifa zako akazisoma.
breach-consequence-identity-misuse = Huenda mtu akatumia taarifa zako ili kujifanya kuwa wewe.
breach-consequence-contact-by-strangers = Huenda watu usiowajua wakajaribu kuwasiliana nawe au kujua unakoishi.
breach-consequence-wrong-decision = Huenda uamuzi kukuhusu ukafanywa kwa kutegemea taarifa zisizo sahihi.
breach-consequence-delay = Huenda kesi yako ikachukua muda mrefu zaidi.
breach-consequence-data-lost = Huenda baadhi ya taarifa zako zimepotea.
breach-measures = Tulichofanya au tutakachofanya
breach-measure-access-closed = Tumefunga njia ambayo taarifa zilitoka.
breach-measure-data-recovered = Tumezipata tena taarifa au tumezirejesha.
breach-measure-recipient-asked-to-delete = Tumemwomba aliyezipokea azifute, na tumehakikisha kwamba amezifuta.
breach-measure-police-informed = Tumewaarifu polisi.
breach-measure-accounts-secured = Tumebadilisha manenosiri na kufunga akaunti zinazohusika.
breach-measure-staff-trained = Tumebadilisha jinsi wafanyakazi wetu wanavyofanya kazi ili jambo hili lisitokee tena.
breach-advice = Watu wanaohusika wanaweza kufanya nini
breach-advice-watch-for-contact = Kuwa mwangalifu na simu, ujumbe au ziara usizotarajia zinazohusu kesi yako.
breach-advice-do-not-answer-strangers = Usimpe kamwe namba yako ya kesi au tarehe yako ya kuzaliwa mtu anayewasiliana nawe bila wewe kumtafuta.
breach-advice-check-my-data = Angalia taarifa zako hapa kwenye Amana, na utuombe turekebishe chochote kisicho sahihi.
breach-advice-tell-helper = Ikiwa shirika la msaada linakusaidia, waambie kuhusu arifa hii.
breach-advice-ask-us = Tuulize ikiwa una maswali, au ikiwa hujisikii salama.
breach-risk = Hatari kwa watu wanaohusika
breach-risk-unlikely = Haitarajiwi kuleta hatari yoyote (chombo cha usimamizi hakihitaji kuarifiwa; eleza kwa nini)
breach-risk-risk = Kuna hatari (arifu chombo cha usimamizi)
breach-risk-high = Kuna hatari kubwa (arifu chombo cha usimamizi na kila mtu anayehusika)
breach-risk-reasoning = Kwa nini hatari imepimwa hivi
breach-risk-reasoning-hint = Maelezo yako yanahifadhiwa kwenye daftari, hata unapoamua kutoarifu chombo cha usimamizi au watu wanaohusika.
breach-record = Rekodi uvunjaji
breach-recorded = Uvunjaji umerekodiwa. Muda wa saa 72 unahesabiwa.
breach-tell-heading = Kuarifu chombo cha usimamizi
breach-told-at = Chombo cha usimamizi kiliarifiwa lini
breach-authority-reference = Namba ya kumbukumbu ya chombo cha usimamizi
breach-delay-reason = Sababu ya kuchelewa (kama ipo)
breach-delay-reason-hint = Inahitajika ikiwa chombo cha usimamizi kimearifiwa zaidi ya saa 72 baada ya sisi kujua.
breach-tell = Rekodi kwamba chombo cha usimamizi kimearifiwa
breach-authority-recorded = Imerekodiwa: chombo cha usimamizi kimearifiwa.
breach-updates-heading = Taarifa zilizotolewa baadaye
breach-update = Taarifa zaidi zilizotolewa kwa chombo cha usimamizi
breach-update-hint = Ulichogundua baada ya arifa ya kwanza na kukieleza chombo cha usimamizi.
breach-add-update = Ongeza taarifa hizi
breach-update-added = Taarifa zimeongezwa kwenye daftari.
breach-people-heading = Watu wanaohusika
breach-people = Namba za kesi za watu wanaohusika
breach-people-hint = Namba moja ya kesi kwa kila mstari.
breach-add-people = Ongeza watu hawa
breach-people-added = Watu wameongezwa. Watumie arifa utakapokuwa tayari.
breach-notify-explained =
    { $people ->
        [one] Mtu { $people } bado hajatumiwa arifa. Ataisoma atakapoingia, na atapata ujumbe kwamba kuna habari mpya.
       *[other] Watu { $people } bado hawajatumiwa arifa. Wataisoma watakapoingia, na watapata ujumbe kwamba kuna habari mpya.
    }
breach-notify = Tuma arifa
breach-people-notified = Arifa zimetumwa.
breach-notice-heading = Tatizo kuhusu taarifa zako
breach-notice-intro = Tarehe { $date } tuligundua kwamba kulikuwa na tatizo kuhusu baadhi ya taarifa zako. Tunasikitika. Hapa chini utaona kilichotokea na unachoweza kufanya.
breach-notice-data = Taarifa zinazohusika: { $categories }
breach-notice-consequences = Kinachoweza kutokea
breach-notice-measures = Tulichofanya
breach-notice-advice = Unachoweza kufanya
breach-notice-contact = Una maswali? Mwandikie afisa wetu wa ulinzi wa taarifa: { $contact }
breach-notice-sent = Uliarifiwa tarehe { $date }
BR-001 = Andika namba kamili, 0 au zaidi.
BR-002 = Wakati huu bado haujafika.
BR-003 = Hii haiwezi kuwa kabla ya uvunjaji kugunduliwa.
BR-004 = Zimepita zaidi ya saa 72 tangu tulipojua: eleza sababu ya kuchelewa.
BR-005 = Mistari hii hailingani na namba yoyote ya kesi. Isahihishe au uifute; hakuna mtu aliyeongezwa bado.
BR-006 = Andika tarehe na saa, kwa mfano 2026-12-03 14:30.
BR-007 = Arifa kwa chombo cha usimamizi imesharekodiwa. Ongeza taarifa za baadaye hapa chini.
mail-data-incident-subject = Ujumbe muhimu kuhusu taarifa zako
mail-data-incident-body =
    Kuna ujumbe muhimu kuhusu taarifa zako. Ingia ili kuusoma: { $url }
sms-data-incident = Amana: kuna ujumbe muhimu kuhusu taarifa zako. Ingia ili kuusoma: { $url }
breach-nature-person-confidentiality = Huenda mtu ambaye hakupaswa kuziona ameona baadhi ya taarifa zako.
breach-nature-person-integrity = Baadhi ya taarifa zako zilibadilishwa kimakosa.
breach-nature-person-availability = Baadhi ya taarifa zako zilipotea, au hazikuweza kupatikana kwa muda fulani.
breach-clocks-heading = Uvunjaji wa usalama wa taarifa: kuarifu chombo cha usimamizi
breach-people-list = Watu wanaohusika, na lini kila mmoja alitumiwa arifa
breach-person-reference = Namba ya kesi
breach-person-notified = Arifa imetumwa
breach-person-not-notified = Bado
