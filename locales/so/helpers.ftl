## Helpers of civil-society organisations
helper-sign-in-title = Soo galitaanka caawiyaha
helper-sign-in-intro = Waxaa loogu talagalay caawiyayaasha ururrada ka diiwaangashan hay'adda. Ku soo gal cinwaankaaga iimaylka iyo erayga sirta ah, kadibna koodh ka yimid app-kaaga xaqiijinta (authenticator).
helper-home-title = Dadka aad caawiso
helper-people = Dadka ku siiyay fasax ay ku caawiso
helper-people-none = Weli qofna kuma siin fasax, ama dhammaan fasaxyadii way dhammaadeen. Qofku fasaxa wuxuu kaa siiyaa akoonkiisa, isagoo adeegsanaya koodh gaaban.
helper-scope = Waxaa laguu oggol yahay
helper-until = Ilaa
nav-helper-people = Dadka aad caawiso
mandate-scope-view = arkidda xogta qofka
mandate-scope-request = gudbinta codsiyo qofka dartiis
mandate-scope-consent = maaraynta oggolaanshaha qofka
mandate-scope-complain = gudbinta cabasho qofka dartiis

## Administration: organisations and their helpers
admin-organisations = Ururrada caawiyayaasha
admin-organisations-intro = Ururrada bulshada rayidka ah ee caawiyayaashoodu wax u qaban karaan dadka siiya fasax. Haddii urur la hakiyo, caawiyayaashiisu isla markiiba way waayaan gelitaanka.
admin-new-organisation = Diiwaangeli urur
admin-organisation-kind = Nooca
admin-organisation-contact = Xiriirka
organisation-kind-ngo = Hay'ad aan dawli ahayn
organisation-kind-legal-aid = Caawimaad sharci
organisation-kind-community-group = Koox bulsho
admin-suspended = la hakiyay
admin-suspend = Hakin
admin-reinstate = Dib u soo celi
admin-helpers = Caawiyayaasha
admin-new-helper = Ku dar caawiye
admin-helper-organisation = Ururka

## Mandates: the person gives a helper permission to act for them
nav-mandates = Caawiyayaasha
mandates-title = Dadka ku caawin kara
mandates-intro = Waxaad u oggolaan kartaa caawiye ka tirsan urur aad aaminsan tahay inuu wax kuu qabto: inuu arko xogtaada, codsiyo kuu gudbiyo, maareeyo oggolaanshahaaga, ama cabasho kuu gudbiyo. Adiga ayaa dooranaya waxa uu samayn karo iyo muddada. Waxaad joojin kartaa wakhti kasta.
mandates-none = Weli qofna fasax ma aadan siin.
mandates-back = Ku noqo dadka ku caawin kara
mandate-no-helper-yet = Waxaa la sugayaa in caawiyuhu geliyo koodhka
mandate-state-waiting = koodhka ayaa la sugayaa
mandate-state-active = wuu shaqaynayaa
mandate-state-revoked = adiga ayaa joojiyay
mandate-state-ended = wuu dhammaaday
mandate-revoke = Hadda jooji fasaxan
mandate-grant-title = Sii caawiye fasax
mandate-grant-intro = Waxaad heli doontaa koodh gaaban. Adigu naftaada u dhiib caawiyahaaga, fool-ka-fool ama taleefanka. Hal mar oo keliya ayuu shaqeeyaa, muddo 30 daqiiqo ah.
mandate-grant-scope = Maxaa caawiyaha loo oggol yahay?
mandate-grant-days = Muddo intee le'eg?
mandate-days-1 = Hal maalin
mandate-days-7 = Hal toddobaad
mandate-days-30 = Hal bil
mandate-days-90 = Saddex bilood
mandate-days-182 = Lix bilood
mandate-grant = Hel koodhka
mandate-code-title = Koodhka caawiyahaaga
mandate-code-intro = Koodhkan sii caawiyahaaga. Hal mar oo keliya ayuu shaqeeyaa, 30 daqiiqo gudahood.
mandate-code-warning = Sii oo keliya qofka aad rabto inuu ku caawiyo. Cid ka socota hay'adda weligeed kaama weydiin doonto.
mandate-code-shown = Koodhka hal mar ayaa la muujiyay. Haddii aadan siin caawiyahaaga, jooji fasaxaas oo samee mid cusub.
notice-mandate-revoked = Fasaxa waa la joojiyay. Caawiyuhu mar dambe wax kuuma qaban karo.
MD-001 = Dooro ugu yaraan hal shay oo caawiyaha loo oggol yahay.
MD-002 = Dooro muddada.
MD-003 = Koodhkan ma shaqaynayo. Waxaa laga yaabaa in si khaldan loo qoray, hore loo isticmaalay, ama uu wakhtigiisu dhacay.
MD-004 = Fasaxa uu qofkani ku siiyay ma daboolayo tan, ama wuu dhammaaday.
MD-005 = Geli lambarka kiiska qofka.
MD-006 = Lambarka kiisku wuxuu yeelan karaa oo keliya xarfo, lambarro iyo xariiqyo (-), sida uu ugu qoran yahay waraaqaha qofka.
MD-007 = Geli taariikhda dhalashada qofka.
MD-008 = Geli taariikhda dhalashada sida ay ugu qoran tahay waraaqaha qofka, tusaale ahaan 1990-01-31 ama 31/01/1990. Haddii waraaqaha qofku sheegaan sanadka oo keliya, ama sanadka iyo bisha oo keliya, geli 1978 ama 1978-11 oo keliya.
access-mandate-activated = Caawintaada waa la bilaabay, adigoo fasax bixiyay

## The helper enters a code
helper-redeem-title = Geli koodh uu qof ku siiyay
helper-redeem-intro = Qofku wuxuu ku siinayaa koodh ka yimid akoonkiisa. Halkan ku qor si aad u bilowdo caawintiisa.
helper-redeem-code = Koodh
helper-redeem = Bilow caawinta
helper-mandate-taken-up = Hadda waad caawin kartaa qofkan, inta uu kuu oggolaaday.

## A helper acting for a person
helper-act-for = U shaqee qofkan
helper-acting-label = Waxaad u shaqaynaysaa qof kale
helper-acting-for = Waxaad u shaqaynaysaa { $name }
helper-nav-data = Xogta qofka
helper-nav-requests = Codsiyada qofka
helper-nav-consent = Oggolaanshaha qofka
helper-nav-complain = Cabasho u gudbi qofka dartiis
helper-stop-acting = Jooji u shaqaynta qofkan
helper-mandate-ended = Fasaxaagii aad ugu shaqaynaysay qofkaas wuu dhammaaday: muddadii way dhacday, qofka ayaa joojiyay, ama ururkaaga ayaa la hakiyay.
actor-helper = { $helper } oo ka tirsan { $organisation } (caawiye)
actor-helper-for = { $helper } oo ka tirsan { $organisation }, oo matalaya { $person }
actor-helper-for-you = { $helper } oo ka tirsan { $organisation }, oo adiga ku matalaya
message-to-helper = loo diray caawiyaha
access-requests-listed = Liiska codsiyadaada waa la eegay
access-consent-viewed = Oggolaanshahaaga waa la eegay
access-request-filed = Codsi ayaa la gudbiyay adiga dartaa
access-request-withdrawn = Mid ka mid ah codsiyadaada waa laga noqday
access-request-information-added = Macluumaad ayaa lagu daray mid ka mid ah codsiyadaada
access-consent-given = Oggolaansho ayaa la bixiyay adiga dartaa
access-consent-withdrawn = Oggolaansho ayaa laga noqday adiga dartaa
access-complaint-filed = Cabasho ayaa la gudbiyay adiga dartaa
case-submitted-by = Waxaa soo gudbiyay
case-submitted-by-helper = { $helper } oo ka tirsan { $organisation }, oo matalaya { $person }
case-message-to = U dir
case-message-to-person = Qofka
ST-028 = Ma jiro caawiye loo qoro: codsigan kuma iman caawiye, ama fasaxii caawiyaha wuu dhammaaday.
mail-helper-news-subject = Farriin ku saabsan codsi aad qof u gudbisay
mail-helper-news-body =
    Farriin ayaa kuu taal oo ku saabsan codsi aad qof u gudbisay. Soo gal si aad u akhrido: { $url }

## Assisted start: the helper asks, the person confirms with a code
helper-assisted-title = Ku bilow qof kula jooga
helper-assisted-intro = Haddii qofku kula joogo, qor lambarka kiiskiisa iyo taariikhda dhalashadiisa, oo dooro waxa uu rabo inaad u qabato. Qofku koodh ayuu ku helayaa cinwaankiisa xiriirka. Haddii uusan lahayn, xafiiska hay'adda ayaa mid u daabacaya. Fasaxaagu wuxuu bilaabmayaa oo keliya marka aad koodhkaas ku qorto "Geli koodh uu qof ku siiyay".
helper-assisted-send = Qofka koodh u codso
helper-assisted-sent = Haddii macluumaadkani ay la mid yihiin diiwaan, qofku koodh ayuu ku helay cinwaankiisa xiriirka. Haddii uusan lahayn cinwaan xiriir, wuxuu xafiiska hay'adda ka codsan karaa koodh la daabacay.
mail-mandate-request-subject = Caawiye ayaa codsanaya inuu kuu shaqeeyo
mail-mandate-request-body =
    { $organisation } waxay codsanaysaa inay kaa caawiso xogtaada ay hay'addu hayso. Waxaa loo oggolaan lahaa: { $scope }.

    Haddii aad la joogto oo aad oggoshahay, sii koodhkan: { $code }

    Hal mar oo keliya ayuu shaqeeyaa, muddo 30 daqiiqo ah. Haddii aadan caawimaad codsan, farriintan iska dhaaf: waxba ma dhacayaan koodhka la'aantiis.
access-mandate-requested = Waxaa la codsaday in laguu shaqeeyo (waxba ma dhacayaan ilaa aad koodhkaaga bixiso)
access-mandate-code-printed = Koodh ayaa laguu daabacay si aad u xaqiijiso caawiye
nav-staff-mandates = Codsiyada caawiyayaasha
staff-mandates-title = Codsiyada caawiyayaasha ee sugaya koodh
staff-mandates-intro = Caawiye ayaa kuwan u bilaabay qof laga yaabo inuusan lahayn cinwaan xiriir. Marka hore hubi aqoonsiga qofka, fool-ka-fool. Kadib daabac koodh oo sii qofka, ha siin caawiyaha. Koodhku hal mar ayuu shaqeeyaa, muddo saddex maalmood ah, oo keliya caawiyahaas.
staff-mandates-none = Ma jiro codsi caawiye oo sugaya.
staff-mandates-requested = La codsaday
staff-mandates-print = U daabac koodh qofka
staff-mandate-code-title = Koodhka qofka
staff-mandate-code-intro = Waraaqdan sii qofka. Haddii uu oggol yahay, koodhka wuxuu siinayaa caawiyihiisa, kaas oo ku qoraya. Caawiyahan oo keliya ayaa isticmaali kara, hal mar, ilaa { $until }.
staff-mandate-code-shown = Koodhka hal mar ayaa la muujiyay. Haddii waraaqdii lumay, daabac koodh cusub: kii hore mar dambe ma shaqaynayo.
access-mandate-request-viewed = Waa la eegay codsi caawiye u sameeyay si uu kuu shaqeeyo
notice-mandate-code-printed = Shaqaaluhu waxay koodh ku daabaceen waraaq si caawiye kuu shaqeeyo. Haddii aadan tan codsan, ka jooji qaybta "Caawiyayaasha".
