# Fuula iftoominaa uummataaf (/transparency) fi faayilii CSV isaa. Namni kamiyyuu ni dubbisa: jechoota salphaa, jechoota ogummaa malee.
footer-transparency = Gaaffiiwwan akkamitti keessummeessina: lakkoofsotaa fi seerota
transparency-title = Gaaffiiwwan akkamitti keessummeessina: lakkoofsotaa fi seerota
transparency-intro = Ji'a hunda ni maxxansina: gaaffiiwwan waa'ee odeeffannoo dhuunfaa meeqatu nu ga'e, meeqaaf deebii kennine, hammam dafnee deebisne, akkasumas maaliif kanneen tokko tokko didne. Lakkoofsota kana irraa namni tokkollee adda baafamuu hin danda'u.
transparency-computed-at = Lakkoofsonni kan herregaman: { $moment } (UTC). Ji'i ammaa ammallee hin xumuramne.
transparency-none-yet = Lakkoofsonni ammallee hin herregamne. Maaloo booda deebi'aa dhufaa.
transparency-download = Lakkoofsota kana buusaa (faayilii CSV)
transparency-rule-heading = Akkamitti lakkoofna
transparency-rule-zero = Yoo wanti tokkollee hin raawwatamne, 0 barreessina.
transparency-rule-fewer = 1 hanga 7tti “8 gadi” jennee barreessina, akka namni tokkollee adda hin baafamneef.
transparency-rule-rounded = Lakkoofsota biroo gara isa itti dhihoo ta'e 5, 10, 15, 20 … keessaatti geessina.
transparency-rule-totals = Waliigalli lakkoofsota sirrii irraa herregama, achiis akkuma lakkoofsota biroo gara isa dhihootti geeffama; kanaaf ida'ama tarreewwanii irraa adda ta'uu danda'a.
transparency-rule-rates = Yeroo fi dhibbeentaan kan agarsiifaman yoo xiqqaate gaaffiiwwan 23 deebii argatan irratti yoo hundaa'an qofa.
transparency-rule-quarters = Gosoonni gaaffii fi sababoonni diduu kurmaana waggaa (ji'a sadii) tokkoon agarsiifamu, sababni isaas lakkoofsonni ji'a tokkoo agarsiisuuf baay'ee xiqqaa ta'u.
transparency-fewer-than-eight = 8 gadi
transparency-too-few = jechuuf baay'ee xiqqaa
transparency-percent = { $percent }%
transparency-days =
    { $days ->
        [one] guyyaa { $days }
       *[other] guyyaa { $days }
    }
transparency-months-heading = Gaaffiiwwan ji'aan
transparency-chart-volume = Gaaffiiwwan nu ga'anii fi xumuraman, ji'aan
transparency-chart-note = Utubaawwan lakkoofsota gabatee armaan gadii agarsiisu. Lakkoofsonni utubaawwan jala jiran ji'oota.
transparency-chart-timely = Gaaffiiwwan ji'a tokko keessatti deebii argatan (dhibbeentaa)
transparency-chart-timely-note = Sararri gabaabaan (–) ji'a sana gaaffiiwwan deebii argatan jechuuf baay'ee xiqqaa turan jechuu dha.
transparency-months-caption = Gaaffiiwwan ji'aan, gosoota hunda walitti
transparency-quarters-heading = Gosa gaaffii hunda, kurmaanaan
transparency-quarters-caption = Gaaffiiwwan kurmaanaa fi gosa gaaffiitiin
transparency-reasons-heading = Gaaffiiwwan maaliif didaman
transparency-reasons-caption = Gaaffiiwwan didaman kurmaanaan, sababa kenname irratti hundaa'uun (murtiin tokko sababoota hedduu kennuu danda'a)
transparency-month = Ji'a
transparency-quarter = Kurmaana (ji'a 3)
transparency-kind = Gosa gaaffii
transparency-reason = Sababa
transparency-all-kinds = Gosoota hunda walitti
transparency-received = Kan nu ga'an
transparency-closed = Kan deebii argatan ykn deebifaman
transparency-median = Yeroo deebii baratamaa (giddugala)
transparency-within-month = Ji'a tokko keessatti kan deebii argatan
transparency-within-extended = Yeroo dheereffame keessatti kan deebii argatan
transparency-extensions = Yeroon deebii kan dheereffameef
transparency-refusals = Guutummaatti ykn gartokkeen kan didaman
transparency-routing-heading = Gaaffii eenyutu keessummeessa
transparency-routing-intro = Gaaffiin haaraan seerota kanaan, tartiiba kanaan, gara garee tokkoo deema. Seerri jalqabaa isa wal simu murteessa.
transparency-routing-every = gosa hundaa
transparency-routing-kind = gosa “{ $value }” ta'an
transparency-routing-category = waa'ee “{ $value }” ta'an
transparency-routing-language = kan afaan isaanii { $value } ta'e
transparency-routing-region = naannoo { $value } irraa dhufan
transparency-routing-sensitive = odeeffannoo iccitii addaa ilaallatan
transparency-routing-not-sensitive = odeeffannoo iccitii addaa hin ilaallanne
transparency-routing-rule = Gaaffiiwwan { $conditions } gara garee “{ $team }” deemu.
transparency-routing-rest = Gaaffiiwwan biroo hundi gara garee “{ $team }” deemu.
transparency-routing-human = Gaaffii hunda nama abbaa taayitaa keessa jirutu murteessa. Kompiitarri tokkollee hin murteessu: seeronni kun garee gaaffii sana dubbisu qofa filatu.
transparency-breaches = Sarbama odeeffannoo dhuunfaa qaama to'annootti gabaafame
