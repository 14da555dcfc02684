# Faqja publike e transparencës (/transparency) dhe skedari i saj CSV. E lexon kushdo: fjalë të thjeshta, pa zhargon.
footer-transparency = Si i trajtojmë kërkesat: shifra dhe rregulla
transparency-title = Si i trajtojmë kërkesat: shifra dhe rregulla
transparency-intro = Çdo muaj publikojmë sa kërkesa për të dhëna personale morëm dhe sa prej tyre morën përgjigje, sa shpejt, dhe pse refuzuam disa. Nga këto shifra askush nuk mund të njihet.
transparency-computed-at = Shifrat u llogaritën më { $moment } (UTC). Muaji i tanishëm nuk ka mbaruar ende.
transparency-none-yet = Shifrat nuk janë llogaritur ende. Ju lutemi, kthehuni më vonë.
transparency-download = Shkarko këto shifra (skedar CSV)
transparency-rule-heading = Si numërojmë
transparency-rule-zero = Kur nuk ka ndodhur asgjë, shkruajmë 0.
transparency-rule-fewer = Nga 1 deri në 7 shkruajmë "më pak se 8", që askush të mos njihet.
transparency-rule-rounded = Numrat e tjerë i rrumbullakojmë te shumëfishi më i afërt i 5-ës.
transparency-rule-totals = Totalet i llogarisim nga numrat e saktë dhe pastaj i rrumbullakojmë, prandaj mund të ndryshojnë nga shuma e rreshtave.
transparency-rule-rates = Kohët dhe përqindjet i tregojmë vetëm kur mbështeten të paktën në 23 kërkesa që kanë marrë përgjigje.
transparency-rule-quarters = Llojet e kërkesave dhe arsyet e refuzimit i tregojmë për çdo tremujor, sepse muajt veç e veç do të jepnin numra shumë të vegjël për t'u treguar.
transparency-fewer-than-eight = më pak se 8
transparency-too-few = shumë pak për të thënë
transparency-percent = { $percent }%
transparency-days =
    { $days ->
        [one] { $days } ditë
       *[other] { $days } ditë
    }
transparency-months-heading = Kërkesat për çdo muaj
transparency-chart-volume = Kërkesat e marra dhe të mbyllura, për çdo muaj
transparency-chart-note = Shtyllat tregojnë shifrat e tabelës më poshtë. Numrat nën shtylla janë muajt.
transparency-chart-timely = Pjesa e kërkesave që morën përgjigje brenda një muaji
transparency-chart-timely-note = Një vizë do të thotë që atë muaj morën përgjigje shumë pak kërkesa për të thënë diçka.
transparency-months-caption = Kërkesat për çdo muaj, të gjitha llojet bashkë
transparency-quarters-heading = Çdo lloj kërkese, për çdo tremujor
transparency-quarters-caption = Kërkesat sipas tremujorit dhe llojit të kërkesës
transparency-reasons-heading = Pse u refuzuan kërkesat
transparency-reasons-caption = Refuzimet për çdo tremujor, sipas arsyes së dhënë (një vendim mund të japë disa arsye)
transparency-month = Muaji
transparency-quarter = Tremujori
transparency-kind = Lloji i kërkesës
transparency-reason = Arsyeja
transparency-all-kinds = Të gjitha llojet bashkë
transparency-received = Të marra
transparency-closed = Me përgjigje ose të tërhequra
transparency-median = Koha e zakonshme e përgjigjes (mediana)
transparency-within-month = Me përgjigje brenda një muaji
transparency-within-extended = Me përgjigje brenda afatit të zgjatur
transparency-extensions = Me afat të zgjatur për përgjigje
transparency-refusals = Të refuzuara, plotësisht ose pjesërisht
transparency-routing-heading = Kush e trajton një kërkesë
transparency-routing-intro = Një kërkesë e re shkon te një ekip sipas këtyre rregullave, me këtë radhë. Vendos rregulli i parë që përputhet.
transparency-routing-every = e çdo lloji
transparency-routing-kind = e llojit "{ $value }"
transparency-routing-category = për "{ $value }"
transparency-routing-language = e shkruara në gjuhën { $value }
transparency-routing-region = nga rajoni { $value }
transparency-routing-sensitive = që prekin të dhëna të ndjeshme
transparency-routing-not-sensitive = që nuk prekin të dhëna të ndjeshme
transparency-routing-rule = Te ekipi "{ $team }" shkojnë kërkesat { $conditions }.
transparency-routing-rest = Çdo kërkesë tjetër shkon te ekipi "{ $team }".
transparency-routing-human = Për çdo kërkesë vendos një njeri në autoritet. Asnjë kompjuter nuk vendos: këto rregulla zgjedhin vetëm se cili ekip e lexon kërkesën.
transparency-breaches = Shkeljet e të dhënave personale për të cilat u njoftua autoriteti mbikëqyrës
