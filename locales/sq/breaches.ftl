# Regjistri i shkeljeve të të dhënave (për zyrtarin për mbrojtjen e të dhënave) dhe njoftimi që lexon një person kur preken të dhënat e tij.
nav-breaches = Shkeljet e të dhënave
breaches-title = Regjistri i shkeljeve të të dhënave
breaches-intro = Këtu regjistrohet çdo shkelje e të dhënave personale, pavarësisht nëse duhet njoftuar apo jo. Autoriteti mbikëqyrës duhet njoftuar brenda 72 orëve nga çasti kur morëm vesh për shkeljen, përveç rastit kur nuk ka gjasa që shkelja ta vërë dikë në rrezik.
breaches-none = Nuk është regjistruar asnjë shkelje.
breach-title = Shkelja
breach-back = Kthehu te regjistri i shkeljeve
breach-reference = Numri i referencës
breach-clock-left =
    { $hours ->
        [one] Njoftoni autoritetin mbikëqyrës deri më { $due }: ka mbetur { $hours } orë.
       *[other] Njoftoni autoritetin mbikëqyrës deri më { $due }: kanë mbetur { $hours } orë.
    }
breach-clock-late =
    { $hours ->
        [one] Autoriteti mbikëqyrës duhej njoftuar deri më { $due }: vonesë prej { $hours } ore. Jepni arsyen e vonesës.
       *[other] Autoriteti mbikëqyrës duhej njoftuar deri më { $due }: vonesë prej { $hours } orësh. Jepni arsyen e vonesës.
    }
breach-clock-told =
    { $hours ->
        [one] Autoriteti mbikëqyrës u njoftua më { $when }, { $hours } orë pasi morëm vesh.
       *[other] Autoriteti mbikëqyrës u njoftua më { $when }, { $hours } orë pasi morëm vesh.
    }
breach-people-count = Persona të prekur: { $people }. Njoftime të dërguara: { $notified }.
breach-record-heading = Regjistro një shkelje
breach-discovered-at = Kur u zbulua shkelja
breach-aware-at = Kur morëm vesh se ishin prekur të dhëna personale
breach-aware-at-hint = Këtu fillojnë 72 orët. Data dhe ora në UTC.
breach-processor-reported-at = Kur na e njoftoi një përpunues (nëse e bëri)
breach-moment-hint = Data dhe ora në UTC, për shembull 2026-12-03 14:30.
breach-optional-moment-hint = Lëreni bosh nëse nuk u përfshi asnjë përpunues.
breach-not-given = Nuk është dhënë
breach-nature = Çfarë ndodhi me të dhënat
breach-nature-confidentiality = Të dhënat mund t'i ketë parë dikush që nuk duhej t'i shihte (konfidencialiteti)
breach-nature-integrity = Të dhënat u ndryshuan gabimisht (integriteti)
breach-nature-availability = Të dhënat humbën ose nuk mund të arriheshin (disponueshmëria)
breach-description = Çfarë ndodhi
breach-description-hint = Vetëm për regjistrin; nuk u shfaqet kurrë personave të prekur. Mos shkruani të dhëna personale këtu.
breach-categories = Llojet e të dhënave të prekura
breach-approx-people = Përafërsisht sa persona
breach-approx-records = Përafërsisht sa regjistrime
breach-consequences = Pasojat e mundshme për personat e prekur
breach-consequence-others-may-read = Dikush që nuk duhet t'i ketë të dhënat tuaja mund t'i lexojë.
breach-consequence-identity-misuse = Dikush mund t'i përdorë të dhënat tuaja për t'u paraqitur si ju.
breach-consequence-contact-by-strangers = Njerëz të panjohur mund të përpiqen t'ju kontaktojnë ose të gjejnë ku jetoni.
breach-consequence-wrong-decision = Një vendim për ju mund të merret mbi bazën e të dhënave të gabuara.
breach-consequence-delay = Trajtimi i dosjes suaj mund të zgjasë më shumë.
breach-consequence-data-lost = Disa nga të dhënat tuaja mund të kenë humbur.
breach-measures = Çfarë bëmë ose do të bëjmë
breach-measure-access-closed = E mbyllëm rrugën nga e cila dolën të dhënat.
breach-measure-data-recovered = I morëm të dhënat përsëri ose i rikthyem siç ishin.
breach-measure-recipient-asked-to-delete = I kërkuam kujtdo që i mori të dhënat t'i fshijë, dhe kontrolluam që i fshiu.
breach-measure-police-informed = E njoftuam policinë.
breach-measure-accounts-secured = Ndryshuam fjalëkalimet dhe bllokuam llogaritë përkatëse.
breach-measure-staff-trained = Ndryshuam mënyrën si punojnë punonjësit tanë, që kjo të mos ndodhë më.
breach-advice = Çfarë mund të bëjnë personat e prekur
breach-advice-watch-for-contact = Kini kujdes me telefonata, mesazhe ose vizita të papritura për dosjen tuaj.
breach-advice-do-not-answer-strangers = Mos ia jepni kurrë numrin e dosjes ose datën e lindjes dikujt që ju kontakton i pari.
breach-advice-check-my-data = Kontrolloni të dhënat tuaja këtu, në këtë faqe, dhe na kërkoni të korrigjojmë çdo gjë të gabuar.
breach-advice-tell-helper = Nëse ju ndihmon një organizatë, tregojuni për këtë njoftim.
breach-advice-ask-us = Drejtohuni te ne nëse keni pyetje, ose nëse nuk ndiheni të sigurt.
breach-risk = Rreziku për personat e prekur
breach-risk-unlikely = Nuk ka gjasa të sjellë rrezik (autoriteti mbikëqyrës nuk ka nevojë të njoftohet; shpjegoni pse)
breach-risk-risk = Rrezik (njoftoni autoritetin mbikëqyrës)
breach-risk-high = Rrezik i lartë (njoftoni autoritetin mbikëqyrës dhe çdo person të prekur)
breach-risk-reasoning = Pse ky është rreziku
breach-risk-reasoning-hint = Arsyetimi juaj mbahet në regjistër, edhe kur vendosni të mos njoftoni autoritetin mbikëqyrës ose personat e prekur.
breach-record = Regjistro shkeljen
breach-recorded = Shkelja u regjistrua. Afati prej 72 orësh ka filluar.
breach-tell-heading = Njoftimi i autoritetit mbikëqyrës
breach-told-at = Kur u njoftua autoriteti mbikëqyrës
breach-authority-reference = Numri i referencës nga autoriteti mbikëqyrës
breach-delay-reason = Arsyeja e vonesës, nëse ka
breach-delay-reason-hint = Nevojitet kur autoriteti mbikëqyrës njoftohet më shumë se 72 orë pasi morëm vesh.
breach-tell = Regjistro që autoriteti mbikëqyrës u njoftua
breach-authority-recorded = U regjistrua: autoriteti mbikëqyrës u njoftua.
breach-updates-heading = Informacion i dhënë më vonë
breach-update = Informacion shtesë i dhënë autoritetit mbikëqyrës
breach-update-hint = Çfarë mësuat dhe i treguat autoritetit mbikëqyrës pas njoftimit të parë.
breach-add-update = Shto këtë informacion
breach-update-added = Informacioni u shtua në regjistër.
breach-people-heading = Personat e prekur
breach-people = Numrat e dosjeve të personave të prekur
breach-people-hint = Një numër dosjeje për rresht.
breach-add-people = Shto këta persona
breach-people-added = Personat u shtuan. Dërgojuni njoftimin kur të jeni gati.
breach-notify-explained =
    { $people ->
        [one] { $people } personi nuk i është dërguar ende njoftimi. Do ta lexojë kur të hyjë, dhe do të marrë një mesazh që ka lajme.
       *[other] { $people } personave nuk u është dërguar ende njoftimi. Do ta lexojnë kur të hyjnë, dhe do të marrin një mesazh që ka lajme.
    }
breach-notify = Dërgo njoftimin
breach-people-notified = Njoftimet u dërguan.
breach-notice-heading = Një problem me të dhënat tuaja
breach-notice-intro = Më { $date } morëm vesh se kishte një problem me disa nga të dhënat tuaja. Na vjen keq. Ja çfarë ndodhi dhe çfarë mund të bëni.
breach-notice-data = Të dhënat që preken: { $categories }
breach-notice-consequences = Çfarë mund të ndodhë
breach-notice-measures = Çfarë bëmë
breach-notice-advice = Çfarë mund të bëni ju
breach-notice-contact = Keni pyetje? Shkruajini zyrtarit tonë për mbrojtjen e të dhënave: { $contact }
breach-notice-sent = Ju njoftuam më { $date }
BR-001 = Shkruani një numër të plotë, 0 ose më shumë.
BR-002 = Kjo kohë nuk ka ardhur ende.
BR-003 = Kjo nuk mund të jetë para se të zbulohej shkelja.
BR-004 = Kanë kaluar më shumë se 72 orë që kur morëm vesh: jepni arsyen e vonesës.
BR-005 = Këto rreshta nuk përputhen me asnjë numër dosjeje. Korrigjojini ose hiqini; ende nuk është shtuar askush.
BR-006 = Shkruani një datë dhe orë, për shembull 2026-12-03 14:30.
BR-007 = Njoftimi i autoritetit mbikëqyrës është regjistruar tashmë. Informacionin e mëvonshëm shtojeni më poshtë.
mail-data-incident-subject = Informacion i rëndësishëm për të dhënat tuaja
mail-data-incident-body =
    Ka informacion të rëndësishëm për të dhënat tuaja. Hyni për ta lexuar: { $url }
sms-data-incident = Amana: informacion i rëndësishëm për të dhënat tuaja. Hyni për ta lexuar: { $url }
breach-nature-person-confidentiality = Disa nga të dhënat tuaja mund t'i ketë parë dikush që nuk duhej t'i shihte.
breach-nature-person-integrity = Disa nga të dhënat tuaja u ndryshuan gabimisht.
breach-nature-person-availability = Disa nga të dhënat tuaja humbën, ose për një kohë nuk mund të arriheshin.
breach-clocks-heading = Shkeljet e të dhënave: njoftimi i autoritetit mbikëqyrës
breach-people-list = Kë prek dhe kur iu dërgua njoftimi secilit
breach-person-reference = Numri i dosjes
breach-person-notified = Njoftimi u dërgua
breach-person-not-notified = Ende jo
