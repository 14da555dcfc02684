# Amana — Afaan Oromoo: mirgoota fayyadamuu (gaaffiiwwan waa'ee odeeffannoo nama tokkoo). Afaan hundi furtuuwwan wal fakkaatan qaba.

nav-my-requests = Gaaffiiwwan koo

## Tarkaanfiiwwan tokkoon tokkoon odeeffannoo “Odeeffannoo koo” cinaa jiran
action-correct = Kun dogoggora
action-erase = Kana haqi
action-restrict = Kana itti fayyadamuu dhaabi
my-data-erase-all = Odeeffannoon koo hundi akka haqamu gaafadhu

## Unkaalee gaaffii
request-correct-title = Odeeffannoo keessan sirreessuu
request-erase-title = Odeeffannoo keessan haquu
request-restrict-title = Odeeffannoo keessan itti fayyadamuu dhaabsisuu
request-erase-all-title = Odeeffannoo keessan hunda haquu
request-proposed-value = Maal jechuu qaba
request-proposed-value-hint = Odeeffannoo sirrii barreessaa.
request-erase-explained = Odeeffannoon kun akka haqamu gaafachaa jirtu. Odeeffannoon tokko tokko seeraan kuufamuu qaba; yoo akkas ta'e, sababa isaa isinitti himna.
request-erase-all-explained = Odeeffannoon waa'ee keessan qabame hundi akka haqamu gaafachaa jirtu. Odeeffannoon tokko tokko seeraan kuufamuu qaba, fakkeenyaaf yeroo dhimmi keessan ammallee banaa ta'etti; yoo akkas ta'e, maal akka ta'ee fi maaliif akka ta'e isinitti himna.
request-restrict-choose = Maal barbaaddu?
request-restriction-explained = Odeeffannoon haa kuufamu, garuu yeroo inni ilaalamaa jirutti itti hin fayyadaminaa (fakkeenyaaf, dogoggora jettanii waan yaaddaniif).
request-objection-explained = Sababa haala mataa keessaniitiin, odeeffannoo kana kaayyoo kanaaf itti fayyadamuu dhaabaa.
request-explanation = Wanta dabaluu barbaaddan (dirqama miti)
request-explanation-hint = Fakkeenyaaf maaliif, ykn maaltu ta'e. Sanadoota booda illee erguu dandeessu.
request-deadline-explained = Gaafachuun kaffaltii hin qabu. Ji'a tokko keessatti deebii ni argattu. Yoo gaaffiin keessan walxaxaa ta'e, yeroon kun ji'a lama dabalataan dheerachuu danda'a; sababni isaas isinitti ni himama.
request-send = Gaaffii koo ergi
request-cancel = Osoo hin ergin duubatti deebi'i
request-whole-record = Odeeffannoo koo hunda

## Gosootaa fi haala gaaffiiwwanii
kind-access = Garagalcha odeeffannoo koo
kind-correction = Sirreessuu
kind-erasure = Haquu
kind-restriction = Itti fayyadamuu yeroof dhaabuu
kind-objection = Itti fayyadama mormuu
kind-complaint = Komii
status-submitted = Nu ga'eera
status-in_review = Ilaalamaa jira
status-awaiting_information = Odeeffannoo isin irraa eegaa jira
status-decided = Murtaa'eera
status-completed = Xumurameera
status-withdrawn = Deebifameera

## Gaaffiiwwan koo
requests-title = Gaaffiiwwan koo
requests-intro = Asitti wanta gaafattan hunda hordofuu, guyyaa deebii argattan ilaaluu, fi ergaawwan dubbisuu dandeessu.
requests-none = Hanga ammaatti gaaffii tokkollee hin dhiyeessine. Gaaffii dhiyeessuuf, gara “Odeeffannoo koo” deemaatii odeeffannoo tokko filadhaa.
requests-back = Gara gaaffiiwwan kootti deebi'i
request-title = Gaaffii keessan
request-reference = Lakkoofsa gaaffii
request-kind = Gaaffii
request-about = Waa'ee
request-status = Haala
request-received = Guyyaa nu ga'e
request-due = Deebiin hanga
request-extended = Yeroon deebii itti kennamu dheereffameera. Sababni:
request-decision = Murtee
request-timeline = Wanta ta'e
request-upstream = Sirnoota abbaa taayitaa mataa isaa keessatti
request-upstream-done = { $system } keessatti, guyyaa { $date } raawwatameera.
request-upstream-waiting = Ammallee { $system } keessatti hin raawwatamne. Hojjettoonni hordofaa jiru.
request-messages = Ergaawwan
request-no-messages = Hanga ammaatti ergaan hin jiru.
request-add-information = Odeeffannoo dabaluu ykn deebii kennuu
request-add-information-hint = Yoo wanta dabaluu ykn gaaffii deebisuu barbaaddan, asitti barreessaa.
request-send-information = Ergi
request-withdraw = Gaaffii kana deebifadhu
notice-request-filed = Gaaffiin keessan nu ga'eera. Mirkaneessa isiniif ergineerra.
notice-request-sent = Ergaan keessan gaaffii sanatti dabalameera.
notice-request-withdrawn = Gaaffiin keessan deebifameera. Kana booda gaaffii kana irratti homtuu hin hojjetamu.

actor-you = Isin
actor-system = Amana
actor-source = { $role } · { $office } ({ $system } keessatti)
role-caseworker = Hojjetaa dhimmaa
role-reviewer = Gamaaggamaa
role-dpo = Itti gaafatamaa eegumsa odeeffannoo
role-admin = Bulchaa sirnaa
role-auditor = Odiitara

timeline-submitted = Gaaffiin nu ga'e
timeline-in-review = Ilaalamaa jira
timeline-information-requested = Odeeffannoon dabalataa gaafatame
timeline-information-added = Odeeffannoon dabalame
timeline-extended = Yeroon deebii dheereffame
timeline-decided = Murteen kenname
timeline-completed = Xumurame
timeline-withdrawn = Gaaffiin deebifame

reason-legal-obligation = Seerri odeeffannoo kana akka kuufnu nu dirqisiisa.
reason-still-needed-for-case = Odeeffannoon kun dhimma keessan kan ammallee banaa ta'eef ammallee barbaachisa.
reason-accuracy-confirmed = Odeeffannoo sana ilaalleerra; sirrii dha.
reason-public-interest = Itti fayyadamni kun hojii faayidaa ummataaf barbaachisa, kunis haala keessan caalaa ulfaata.

## Deebifachuu
withdraw-title = Gaaffii keessan deebifachuu barbaadduu?
withdraw-explained = Yoo deebifattan, gaaffii kana irratti hojjechuu dhaabna. Yeroo kamiyyuu gaaffii haaraa dhiyeessuu dandeessu.
withdraw-confirm = Eeyyee, deebifadhu
withdraw-cancel = Lakki, gaaffiin koo haa turu

## Dogoggoroota
RQ-001 = Waa'ee kanaa gaaffii banaa ta'e duraan qabdu. “Gaaffiiwwan koo” jalatti hordofuu dandeessu.
RQ-002 = Gaaffii kana irratti duraan murtaa'eera ykn deebifameera, kanaaf jijjiiramuu hin danda'u.
RQ-010 = Odeeffannoon sun maal jechuu akka qabu barreessaa.
RQ-011 = Kun baay'ee dheeraa dha. Maaloo mallattoo 500 akka hin caalle gabaabsaa.
RQ-012 = Kun baay'ee dheeraa dha. Maaloo mallattoo 2000 akka hin caalle gabaabsaa.
RQ-013 = Kun kanuma duraan qabnu dha. Kanaa mannaa maal jechuu akka qabu barreessaa.
RQ-014 = Osoo hin ergin dura ergaa barreessaa.
RQ-015 = Kun baay'ee dheeraa dha. Maaloo mallattoo 2000 akka hin caalle gabaabsaa.
RQ-016 = Filannoowwan keessaa tokko filadhaa.

## Imeelii (odeeffannoo dhuunfaa gonkumaa hin qabatan)
mail-request-received-subject = Gaaffiin keessan nu ga'eera
mail-request-received-body =
    Gaaffiin keessan nu ga'eera. Ji'a tokko keessatti deebii ni argattu.

    Hordofuuf asitti seenaa: { $url }
mail-request-news-subject = Waa'ee gaaffii keessanii oduun haaraan jira
mail-request-news-body =
    Waa'ee gaaffii keessanii oduun haaraan jira. Dubbisuuf asitti seenaa: { $url }

## Sanadoota
request-evidence = Sanada (dirqama miti)
request-evidence-hint = PDF ykn suuraa (JPEG ykn PNG), hanga 5 MB. Fakkeenyaaf waraqaa ragaa odeeffannoo sirrii agarsiisu.
request-documents = Sanadoota isin ergitan
request-document = Sanada
RQ-020 = Faayilli kun baay'ee guddaa dha. Faayila hanga 5 MB ta'e ergaa.
RQ-021 = Gosti faayila kanaa hin fudhatamu. PDF ykn suuraa (JPEG ykn PNG) ergaa.
RQ-022 = Gaaffiin kun sanadoota hamma danda'u qaba (faayila 20, walumaagalatti 50 MB). Kanaa mannaa ergaa barreessaa, ykn kan biroo akkamitti akka ergitan nu gaafadhaa.
