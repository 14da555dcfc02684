# Diiwaanka xadgudubyada xogta (sarkaalka ilaalinta xogta) iyo ogeysiiska uu qofku ka akhriyo xadgudub ku dhacay xogtiisa.
nav-breaches = Xadgudubyada xogta
breaches-title = Diiwaanka xadgudubyada xogta
breaches-intro = Xadgudub kasta oo ku dhaca xogta shakhsiga ah halkan ayaa lagu diiwaangeliyaa, ha ahaado mid waajib ah in la soo sheego ama yuusan ahaan. Hay'adda kormeerka waa in loo sheegaa 72 saacadood gudahood laga bilaabo markii aan ogaannay, mooyaane haddii aanay u badnayn in xadgudubku qofna khatar geliyo.
breaches-none = Weli xadgudub lama diiwaangelin.
breach-title = Xadgudubka xogta
breach-back = Ku noqo diiwaanka xadgudubyada
breach-reference = Lambarka tixraaca
breach-clock-left =
    { $hours ->
        [one] U sheeg hay'adda kormeerka ugu dambayn { $due }: { $hours } saacad ayaa hadhay.
       *[other] U sheeg hay'adda kormeerka ugu dambayn { $due }: { $hours } saacadood ayaa hadhay.
    }
breach-clock-late =
    { $hours ->
        [one] Hay'adda kormeerka waxay ahayd in loo sheego ugu dambayn { $due }: waa { $hours } saacad oo dib u dhac ah. Sheeg sababta dib u dhaca.
       *[other] Hay'adda kormeerka waxay ahayd in loo sheego ugu dambayn { $due }: waa { $hours } saacadood oo dib u dhac ah. Sheeg sababta dib u dhaca.
    }
breach-clock-told =
    { $hours ->
        [one] Hay'adda kormeerka waxaa loo sheegay { $when }, { $hours } saacad kadib markii aan ogaannay.
       *[other] Hay'adda kormeerka waxaa loo sheegay { $when }, { $hours } saacadood kadib markii aan ogaannay.
    }
breach-people-count = Dadka ay khusayso: { $people }. Ogeysiisyada la diray: { $notified }.
breach-record-heading = Diiwaangeli xadgudub
breach-discovered-at = Goorta xadgudubka la helay
breach-aware-at = Goorta aan ogaannay in xogta shakhsiga ah wax ku dhaceen
breach-aware-at-hint = 72-da saacadood halkan ayay ka bilaabmaan. Taariikhda iyo saacadda waa UTC.
breach-processor-reported-at = Goorta shirkad xogta noo farsamaysa (processor) ay noo soo sheegtay (haddii ay jirto)
breach-moment-hint = Taariikhda iyo saacadda waa UTC, tusaale ahaan 2026-12-03 14:30.
breach-optional-moment-hint = Madhan ka tag haddii aanay jirin shirkad xogta noo farsamaysa oo ku lug lahayd.
breach-not-given = Lama sheegin
breach-nature = Waxa ku dhacay xogta
breach-nature-confidentiality = Waxaa laga yaabaa in qof aan xaq u lahayn inuu arko uu arkay (sirnaanta)
breach-nature-integrity = Si khaldan ayaa loo beddelay (saxnaanta)
breach-nature-availability = Way lumeen ama lama heli karin (helitaanka)
breach-description = Waxa dhacay
breach-description-hint = Diiwaanka oo keliya; weligeed looma muujiyo dadka ay khusayso. Halkan ha ku qorin xog shakhsi ah.
breach-categories = Noocyada xogta ay khusayso
breach-approx-people = Qiyaas ahaan immisa qof
breach-approx-records = Qiyaas ahaan immisa diiwaan
breach-consequences = Waxa laga yaabo inay la kulmaan dadka ay khusayso
breach-consequence-others-may-read = Waxaa laga yaabaa in qof aan xaq u lahayn macluumaadkaaga uu akhriyo.
breach-consequence-identity-misuse = Waxaa laga yaabaa in qof uu isticmaalo xogtaada si uu iskaga dhigo adiga.
breach-consequence-contact-by-strangers = Waxaa laga yaabaa in dad aadan aqoon ay isku dayaan inay kula soo xiriiraan ama ogaadaan meesha aad deggan tahay.
breach-consequence-wrong-decision = Waxaa laga yaabaa in go'aan lagaa gaaro uu ku salaysnaado macluumaad khaldan.
breach-consequence-delay = Waxaa laga yaabaa in kiiskaagu uu qaato wakhti dheer.
breach-consequence-data-lost = Waxaa laga yaabaa in qaar ka mid ah macluumaadkaaga ay lumeen.
breach-measures = Waxa aan samaynay ama aan samayn doonno
breach-measure-access-closed = Waxaan xirnay jidkii macluumaadku ka baxay.
breach-measure-data-recovered = Macluumaadka dib ayaan u helnay ama meeshiisii ayaan ku celinay.
breach-measure-recipient-asked-to-delete = Waxaan ka codsannay cidda heshay inay tirtirto, waxaanan hubinnay inay tirtireen.
breach-measure-police-informed = Waxaan u sheegnay booliska.
breach-measure-accounts-secured = Waxaan beddelnay erayada sirta ah, waxaanan xirnay akoonnada ay khusayso.
breach-measure-staff-trained = Waxaan beddelnay sida shaqaalahayagu u shaqeeyaan si aanay tani mar kale u dhicin.
breach-advice = Waxa ay samayn karaan dadka ay khusayso
breach-advice-watch-for-contact = Ka taxaddar wicitaanno, farriimo ama booqashooyin aadan filayn oo ku saabsan kiiskaaga.
breach-advice-do-not-answer-strangers = Weligaa ha siin lambarka kiiskaaga ama taariikhda dhalashadaada qof kula soo xiriira adigoon ka codsan.
breach-advice-check-my-data = Halkan Amana ku hubi xogtaada, oo naga codso inaan saxno wax kasta oo khaldan.
breach-advice-tell-helper = Haddii urur taageero ah uu ku caawiyo, u sheeg ogeysiiskan.
breach-advice-ask-us = Na weydii haddii aad su'aalo qabto, ama haddii aadan ammaan dareemin.
breach-risk = Khatarta dadka ay khusayso
breach-risk-unlikely = Uma badna inay khatar keento (looma baahna in hay'adda kormeerka loo sheego; sheeg sababta)
breach-risk-risk = Khatar ayaa jirta (u sheeg hay'adda kormeerka)
breach-risk-high = Khatar weyn ayaa jirta (u sheeg hay'adda kormeerka iyo qof kasta oo ay khusayso)
breach-risk-reasoning = Sababta khatarta sidan loogu qiimeeyay
breach-risk-reasoning-hint = Sababtaada waxaa lagu hayaa diiwaanka, xitaa marka aad go'aansato inaadan u sheegin hay'adda kormeerka ama dadka ay khusayso.
breach-record = Diiwaangeli xadgudubka
breach-recorded = Xadgudubka waa la diiwaangeliyay. Tirinta 72-da saacadood way socotaa.
breach-tell-heading = U sheegidda hay'adda kormeerka
breach-told-at = Goorta hay'adda kormeerka loo sheegay
breach-authority-reference = Lambarka tixraaca ee hay'adda kormeerka
breach-delay-reason = Sababta dib u dhaca (haddii uu jiro)
breach-delay-reason-hint = Waa loo baahan yahay marka hay'adda kormeerka loo sheego in ka badan 72 saacadood kadib markii aan ogaannay.
breach-tell = Diiwaangeli in hay'adda kormeerka loo sheegay
breach-authority-recorded = Waa la diiwaangeliyay: hay'adda kormeerka waa loo sheegay.
breach-updates-heading = Macluumaad la bixiyay goor dambe
breach-update = Macluumaad dheeraad ah oo la siiyay hay'adda kormeerka
breach-update-hint = Waxa aad ogaatay oo aad u sheegtay hay'adda kormeerka kadib ogeysiiskii koowaad.
breach-add-update = Ku dar macluumaadkan
breach-update-added = Macluumaadka waa lagu daray diiwaanka.
breach-people-heading = Dadka ay khusayso
breach-people = Lambarada kiisaska dadka ay khusayso
breach-people-hint = Hal lambar kiis sadar kasta.
breach-add-people = Ku dar dadkan
breach-people-added = Dadka waa lagu daray. U dir ogeysiiska markaad diyaar tahay.
breach-notify-explained =
    { $people ->
        [one] { $people } qof weli looma dirin ogeysiiska. Wuu akhriyi doonaa marka uu soo galo, wuxuuna heli doonaa farriin sheegaysa in war cusub jiro.
       *[other] { $people } qof weli looma dirin ogeysiiska. Way akhriyi doonaan marka ay soo galaan, waxayna heli doonaan farriin sheegaysa in war cusub jiro.
    }
breach-notify = Dir ogeysiiska
breach-people-notified = Ogeysiisyada waa la diray.
breach-notice-heading = Dhibaato ku timid xogtaada
breach-notice-intro = Taariikhda { $date } waxaan ogaannay in dhibaato ku timid qaar ka mid ah macluumaadkaaga. Waan ka xunnahay. Halkan waxaad ka akhriyi kartaa waxa dhacay iyo waxa aad samayn karto.
breach-notice-data = Macluumaadka ay khusayso: { $categories }
breach-notice-consequences = Waxa dhici kara
breach-notice-measures = Waxa aan samaynay
breach-notice-advice = Waxa aad samayn karto
breach-notice-contact = Su'aalo ma qabtaa? U qor sarkaalkayaga ilaalinta xogta: { $contact }
breach-notice-sent = Waxaa la sheegay taariikhda { $date }
BR-001 = Qor tiro dhan, 0 ama ka badan.
BR-002 = Wakhtigani weli ma iman.
BR-003 = Tani ma noqon karto ka hor inta aan xadgudubka la helin.
BR-004 = In ka badan 72 saacadood ayaa ka soo wareegay markii aan ogaannay: sheeg sababta dib u dhaca.
BR-005 = Sadarradan kuma beegna lambar kiis. Sax ama tirtir; weli qofna laguma darin.
BR-006 = Qor taariikh iyo saacad, tusaale ahaan 2026-12-03 14:30.
BR-007 = Ogeysiiska hay'adda kormeerka horay ayaa loo diiwaangeliyay. Macluumaadka dambe hoos ku dar.
mail-data-incident-subject = Farriin muhiim ah oo ku saabsan xogtaada
mail-data-incident-body =
    Waxaa jira farriin muhiim ah oo ku saabsan xogtaada. Soo gal si aad u akhrido: { $url }
sms-data-incident = Amana: waxaa jira farriin muhiim ah oo ku saabsan xogtaada. Soo gal si aad u akhrido: { $url }
breach-nature-person-confidentiality = Waxaa laga yaabaa in qof aan xaq u lahayn inuu arko uu arkay qaar ka mid ah macluumaadkaaga.
breach-nature-person-integrity = Qaar ka mid ah macluumaadkaaga si khaldan ayaa loo beddelay.
breach-nature-person-availability = Qaar ka mid ah macluumaadkaaga way lumeen, ama muddo lama heli karin.
breach-clocks-heading = Xadgudubyada xogta: u sheegidda hay'adda kormeerka
breach-people-list = Dadka ay khusayso, iyo goorta ogeysiiska loo diray qof kasta
breach-person-reference = Lambarka kiiska
breach-person-notified = Ogeysiiska la diray
breach-person-not-notified = Weli lama dirin
