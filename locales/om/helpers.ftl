## Gargaartota dhaabbilee hawaasa siviilii
helper-sign-in-title = Seensa gargaartotaa
helper-sign-in-intro = Gargaartota dhaabbilee abbaa taayitaa biratti galmaa'aniif. Teessoo imeelii fi jecha icciitii keessaniin seenaa; achiis koodii appii mirkaneessaa (authenticator) keessanii irraa galchaa.
helper-home-title = Namoota isin gargaartan
helper-people = Namoota akka bakka isaanii buutaniif hayyama isiniif kennan
helper-people-none = Hanga ammaatti namni tokkollee hayyama isiniif hin kennine, ykn hayyamni hundi xumurameera. Namni hayyama kana akkaawuntii mataa isaa irraa, koodii gabaabaan kenna.
helper-scope = Kan gochuu dandeessan
helper-until = Hanga
nav-helper-people = Namoota isin gargaartan
mandate-scope-view = odeeffannoo isaanii ilaaluu
mandate-scope-request = isaaniif gaaffii dhiyeessuu
mandate-scope-consent = hayyama isaanii kennuu ykn deebifachuu
mandate-scope-complain = isaaniif komii dhiyeessuu

## Bulchiinsa: dhaabbilee fi gargaartota isaanii
admin-organisations = Dhaabbilee gargaartotaa
admin-organisations-intro = Dhaabbilee hawaasa siviilii kanneen gargaartonni isaanii bakka namoota hayyama kennaniif bu'anii hojjechuu danda'an. Dhaabbata tokko yeroof dhaabuun seensa gargaartota isaa battalumatti xumura.
admin-new-organisation = Dhaabbata galmeessi
admin-organisation-kind = Gosa
admin-organisation-contact = Qunnamtii
organisation-kind-ngo = Dhaabbata miti-mootummaa
organisation-kind-legal-aid = Gargaarsa seeraa
organisation-kind-community-group = Garee hawaasaa
admin-suspended = yeroof dhaabbateera
admin-suspend = Yeroof dhaabi
admin-reinstate = Irra deebi'ii hojiirra oolchi
admin-helpers = Gargaartota
admin-new-helper = Gargaaraa dabali
admin-helper-organisation = Dhaabbata

## Hayyama bakka bu'iinsaa: namni tokko gargaaraan bakka isaa akka bu'u hayyama
nav-mandates = Gargaartota
mandates-title = Namoota isin gargaaruu danda'an
mandates-intro = Gargaaraan dhaabbata isin amantan irraa dhufe bakka keessan bu'ee akka hojjetu hayyamuu dandeessu: odeeffannoo keessan ilaaluu, gaaffii dhiyeessuu, hayyama keessan kennuu ykn deebifachuu, ykn komii dhiyeessuu. Maal akka hojjetuu fi hamma yoomiitti ofii keessan filattu; yeroo kamiyyuu dhaabuu dandeessu.
mandates-none = Hanga ammaatti nama tokkoofillee hayyama hin kennine.
mandates-back = Gara namoota isin gargaaruu danda'aniitti deebi'i
mandate-no-helper-yet = Gargaaraan koodii akka galchu eegaa jira
mandate-state-waiting = koodii eegaa jira
mandate-state-active = hojiirra jira
mandate-state-revoked = isiniin dhaabbateera
mandate-state-ended = xumurameera
mandate-revoke = Hayyama kana amma dhaabi
mandate-grant-title = Gargaaraaf hayyama kennuu
mandate-grant-intro = Koodii gabaabaa ni argattu. Koodii kana ofii keessaniin gargaaraa keessaniif kennaa: fuulaa fuulatti ykn bilbilaan. Al tokko qofa, daqiiqaa 30 keessatti hojjeta.
mandate-grant-scope = Gargaaraan maal gochuu danda'a?
mandate-grant-days = Hamma yoomiitti?
mandate-days-1 = Guyyaa tokko
mandate-days-7 = Torban tokko
mandate-days-30 = Ji'a tokko
mandate-days-90 = Ji'a sadii
mandate-days-182 = Ji'a jaha
mandate-grant = Koodii naaf kenni
mandate-code-title = Koodii gargaaraa keessaniif
mandate-code-intro = Koodii kana gargaaraa keessaniif kennaa. Al tokko qofa, daqiiqaa 30 keessatti hojjeta.
mandate-code-warning = Nama akka isin gargaaru barbaaddan qofaaf kennaa. Namni abbaa taayitaa irraa tokkollee koodii kana isin hin gaafatu.
mandate-code-shown = Koodiin al tokko mul'ateera. Yoo gargaaraa keessaniif hin kennine ta'e, hayyama sana dhaabaatii haaraa uumaa.
notice-mandate-revoked = Hayyamni dhaabbateera. Gargaaraan kana booda bakka keessan bu'ee hojjechuu hin danda'u.
MD-001 = Wanta gargaaraan gochuu danda'u yoo xiqqaate tokko filadhaa.
MD-002 = Hamma yoomiitti akka ta'u filadhaa.
MD-003 = Koodiin kun hin hojjetu. Dogoggoraan barreeffamee, duraan itti fayyadamamee ykn yeroon isaa darbee ta'uu danda'a.
MD-004 = Hayyamni nama kana irraa qabdan kana hin dabalatu, ykn xumurameera.
MD-005 = Lakkoofsa dhimmaa nama sanaa galchaa.
MD-006 = Lakkoofsi dhimmaa qubee, lakkoofsa fi sarara (-) qofa qabaachuu danda'a, akkuma waraqaa nama sanaa irratti maxxanfame.
MD-007 = Guyyaa dhaloota nama sanaa galchaa.
MD-008 = Guyyaa dhalootaa akkuma waraqaa nama sanaa irratti jiru, Akka Lakkoobsa Awurooppaatti (ALA) galchaa; fakkeenyaaf 1990-01-31 ykn 31/01/1990. Yoo waraqaan isaa waggaa qofa, ykn waggaa fi ji'a qofa qabaate, 1978 ykn 1978-11 qofa galchaa.
access-mandate-activated = Hayyama keessaniin isin gargaaruu jalqabe

## Gargaaraan koodii galcha
helper-redeem-title = Koodii nama irraa argattan galchaa
helper-redeem-intro = Namni sun akkaawuntii mataa isaa irraa koodii isiniif kenna. Isa gargaaruu jalqabuuf asitti barreessaa.
helper-redeem-code = Koodii
helper-redeem = Gargaaruu jalqabi
helper-mandate-taken-up = Amma nama kana gargaaruu dandeessu, garuu wanta inni hayyame qofa keessatti.

## Gargaaraa bakka nama tokkoo bu'ee hojjetu
helper-act-for = Bakka nama kanaa bu'uu
helper-acting-label = Bakka nama biraa bu'aa jirtu
helper-acting-for = Bakka { $name } bu'aa jirtu
helper-nav-data = Odeeffannoo isaanii
helper-nav-requests = Gaaffiiwwan isaanii
helper-nav-consent = Hayyama isaanii
helper-nav-complain = Isaaniif komii dhiyeessuu
helper-stop-acting = Bakka nama kanaa bu'uu dhaabi
helper-mandate-ended = Hayyamni bakka nama sanaa bu'uuf qabdan xumurameera: yeroon isaa darbeera, namichi dhaabeera, ykn dhaabbanni keessan yeroof dhaabbateera.
actor-helper = { $helper }, { $organisation } irraa (gargaaraa)
actor-helper-for = { $helper }, { $organisation } irraa, bakka { $person } bu'ee
actor-helper-for-you = { $helper }, { $organisation } irraa, bakka keessan bu'ee
message-to-helper = gargaaraaf
access-requests-listed = Tarree gaaffiiwwan keessanii ilaale
access-consent-viewed = Hayyama keessan ilaale
access-request-filed = Isiniif gaaffii dhiyeesse
access-request-withdrawn = Gaaffiiwwan keessan keessaa tokko deebifate
access-request-information-added = Gaaffiiwwan keessan keessaa tokkotti odeeffannoo dabale
access-consent-given = Isiniif hayyama kenne
access-consent-withdrawn = Isiniif hayyama deebifate
access-complaint-filed = Isiniif komii dhiyeesse
case-submitted-by = Kan dhiyeesse
case-submitted-by-helper = { $helper }, { $organisation } irraa, bakka { $person } bu'ee
case-message-to = Eenyuuf erga
case-message-to-person = Nama sanaaf
ST-028 = Gargaaraan itti barreessitan hin jiru: gaaffiin kun karaa gargaaraa hin dhufne, ykn hayyamni gargaaraa xumurameera.
mail-helper-news-subject = Ergaa waa'ee gaaffii nama biraaf dhiyeessitanii
mail-helper-news-body =
    Waa'ee gaaffii nama biraaf dhiyeessitanii ergaan isiniif jira. Dubbisuuf asitti seenaa: { $url }

## Jalqabbii gargaarsaa: gargaaraan gaafata, namni koodiin mirkaneessa
helper-assisted-title = Nama isin bira jiru waliin jalqabuu
helper-assisted-intro = Yoo namni sun isin bira jiraate, lakkoofsa dhimmaa fi guyyaa dhaloota isaa barreessaatii maal akka isin hojjettan barbaadu filadhaa. Innis teessoo qunnamtii mataa isaatti koodii argata; yoo teessoo hin qabne, waajjirri abbaa taayitaa maxxansee isaaf kenna. Hayyamni keessan kan jalqabu yeroo koodii sana “Koodii nama irraa argattan galchaa” keessatti barreessitan qofa.
helper-assisted-send = Nama sanaaf koodii gaafadhu
helper-assisted-sent = Yoo odeeffannoon kun galmee tokko waliin wal simate, namni sun teessoo qunnamtii isaatti koodii argateera. Yoo teessoo qunnamtii hin qabne, waajjira abbaa taayitaa irraa koodii maxxanfame gaafachuu danda'a.
mail-mandate-request-subject = Gargaaraan tokko bakka keessan bu'uuf gaafata
mail-mandate-request-body =
    { $organisation } odeeffannoo keessan kan abbaa taayitaa bira jiru irratti isin gargaaruuf gaafata. Wantoota kana gochuu ni danda'u: { $scope }.

    Yoo isaan waliin jirtanii walii galtan, koodii kana isaaniif kennaa: { $code }

    Al tokko qofa, daqiiqaa 30 keessatti hojjeta. Yoo gargaarsa hin gaafanne ta'e, ergaa kana dhiisaa: koodii malee wanti tokkollee hin raawwatamu.
access-mandate-requested = Bakka keessan bu'uuf gaafate (hanga isin koodii keessan kennitanitti wanti tokkollee hin raawwatamu)
access-mandate-code-printed = Gargaaraa tokko mirkaneessuu akka dandeessaniif koodii isiniif maxxanse
nav-staff-mandates = Gaaffii gargaartotaa
staff-mandates-title = Gaaffiiwwan gargaartotaa koodii eegan
staff-mandates-intro = Gargaaraan gaaffiiwwan kana nama teessoo qunnamtii hin qabne ta'uu danda'uuf jalqabe. Jalqaba eenyummaa nama sanaa fuulaa fuulatti mirkaneessaa. Achiis koodii maxxansaatii nama sanaaf kennaa, gargaaraaf miti: al tokko qofa, guyyaa sadiif, gargaaraa sana qofaaf hojjeta.
staff-mandates-none = Gaaffiin gargaaraa eegaa jiru hin jiru.
staff-mandates-requested = Guyyaa gaafatame
staff-mandates-print = Nama sanaaf koodii maxxansi
staff-mandate-code-title = Koodii nama sanaaf
staff-mandate-code-intro = Waraqaa kana nama sanaaf kennaa. Yoo walii gale, koodii sana gargaaraa isaaf kenna; gargaaraan sun ni galcha. Gargaaraa kana qofatu, al tokko qofa itti fayyadamuu danda'a. Hanga: { $until }.
staff-mandate-code-shown = Koodiin al tokko mul'ateera. Yoo waraqaan bade, koodii haaraa maxxansaa: kan duraanii hojii dhaaba.
access-mandate-request-viewed = Gaaffii gargaaraan bakka keessan bu'uuf dhiyeesse ilaale
notice-mandate-code-printed = Hojjettoonni akka gargaaraan bakka keessan bu'uu danda'uuf koodii waraqaa irratti maxxansaniiru. Yoo kana hin gaafanne ta'e, “Gargaartota” jalatti dhaabaa.
