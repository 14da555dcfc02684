# Bogga daahfurnaanta ee dadweynaha (/transparency) iyo faylkiisa CSV. Qof kasta ayaa akhriya: erayo fudud, erayo farsamo la'aan.
footer-transparency = Sida aan u maareyno codsiyada: tirooyin iyo xeerar
transparency-title = Sida aan u maareyno codsiyada: tirooyin iyo xeerar
transparency-intro = Bil kasta waxaan daabacnaa inta codsi ee ku saabsan xogta shakhsiga ah ee na soo gaartay iyo inta aan ka jawaabnay, sida dhakhsaha ah ee aan uga jawaabnay, iyo sababta aan qaar u diidnay. Tirooyinkan qofna lagama garan karo.
transparency-computed-at = Tirooyinka waxaa la xisaabiyay: { $moment } (UTC). Bishan weli ma dhammaan.
transparency-none-yet = Tirooyinka weli lama xisaabin. Fadlan dib u soo noqo mar dambe.
transparency-download = Soo deji tirooyinkan (fayl CSV ah)
transparency-rule-heading = Sida aan u tirinno
transparency-rule-zero = Marka aysan waxba dhicin, waxaan qornaa 0.
transparency-rule-fewer = 1 ilaa 7, waxaan qornaa “ka yar 8”, si aan qofna loo garan.
transparency-rule-rounded = Tirooyinka kale waxaan u soo dhoweynaa tan ugu dhow ee 5, 10, 15, 20 …
transparency-rule-totals = Wadarta waxaa laga xisaabiyaa tirooyinka saxda ah, kadibna waa la soo dhoweeyaa. Sidaas darteed way ka duwanaan kartaa isku darka safafka.
transparency-rule-rates = Wakhtiyada iyo boqolleyda waxaa la muujiyaa oo keliya marka ugu yaraan 23 codsi laga jawaabay.
transparency-rule-quarters = Noocyada codsiyada iyo sababaha diidmada waxaa lagu muujiyaa rubuc sanadeed kasta (saddex bilood), maxaa yeelay bil keliya waxay bixin lahayd tirooyin aad u yar oo aan la muujin karin.
transparency-fewer-than-eight = ka yar 8
transparency-too-few = aad u yar si wax loo sheego
transparency-percent = { $percent }%
transparency-days =
    { $days ->
        [one] { $days } maalin
       *[other] { $days } maalmood
    }
transparency-months-heading = Codsiyada bil kasta
transparency-chart-volume = Codsiyada la helay iyo kuwa la dhammeeyay, bil kasta
transparency-chart-note = Tiirarku waxay muujinayaan tirooyinka shaxda hoose. Tirooyinka ka hooseeya tiirarka waa bilaha.
transparency-chart-timely = Qaybta codsiyada laga jawaabay hal bil gudaheed
transparency-chart-timely-note = Xariiq (–) waxay ka dhigan tahay in bishaas codsiyada laga jawaabay ay aad u yaraayeen si wax loo sheego.
transparency-months-caption = Codsiyada bil kasta, dhammaan noocyada oo wada jira
transparency-quarters-heading = Nooc kasta oo codsi ah, rubuc kasta
transparency-quarters-caption = Codsiyada rubuc kasta iyo nooca codsiga
transparency-reasons-heading = Sababta codsiyada loo diiday
transparency-reasons-caption = Codsiyada la diiday rubuc kasta, sida sababta la bixiyay (hal go'aan wuxuu bixin karaa dhowr sababood)
transparency-month = Bil
transparency-quarter = Rubuc (3 bilood)
transparency-kind = Nooca codsiga
transparency-reason = Sababta
transparency-all-kinds = Dhammaan noocyada oo wada jira
transparency-received = La helay
transparency-closed = Laga jawaabay ama laga noqday
transparency-median = Wakhtiga caadiga ah ee jawaabta (dhexdhexaad)
transparency-within-month = Laga jawaabay hal bil gudaheed
transparency-within-extended = Laga jawaabay wakhtiga la kordhiyay gudihiis
transparency-extensions = Wakhtiga jawaabta waa la kordhiyay
transparency-refusals = La diiday, gebi ahaan ama qayb ahaan
transparency-routing-heading = Cidda maareysa codsiga
transparency-routing-intro = Codsi cusub wuxuu u tagaa koox iyadoo la raacayo xeerarkan, sida ay u kala horreeyaan. Xeerka ugu horreeya ee u dhigma ayaa go'aamiya.
transparency-routing-every = nooc kasta ah
transparency-routing-kind = nooca “{ $value }” ah
transparency-routing-category = ku saabsan “{ $value }”
transparency-routing-language = lagu qoray { $value }
transparency-routing-region = ka yimid gobolka { $value }
transparency-routing-sensitive = ku saabsan xog xasaasi ah
transparency-routing-not-sensitive = aan ku saabsanayn xog xasaasi ah
transparency-routing-rule = Codsiyada { $conditions } waxay u tagaan kooxda “{ $team }”.
transparency-routing-rest = Codsi kasta oo kale wuxuu u tagaa kooxda “{ $team }”.
transparency-routing-human = Codsi kasta waxaa go'aamiya qof ka tirsan hay'adda. Kombiyuutar ma go'aamiyo: xeerarkani waxay doortaan oo keliya kooxda akhrinaysa codsiga.
transparency-breaches = Xadgudubyada xogta shakhsiga ah ee loo sheegay hay'adda kormeerka
