# Ukurasa wa uwazi kwa umma (/transparency) na faili yake ya CSV. Mtu yeyote anausoma: maneno rahisi, bila istilahi za kitaalamu.
footer-transparency = Jinsi tunavyoshughulikia maombi: takwimu na kanuni
transparency-title = Jinsi tunavyoshughulikia maombi: takwimu na kanuni
transparency-intro = Kila mwezi tunachapisha idadi ya maombi kuhusu taarifa binafsi tuliyoyapokea na tuliyoyajibu, tulijibu kwa haraka kiasi gani, na kwa nini tulikataa baadhi yake. Hakuna mtu anayeweza kutambuliwa kutokana na takwimu hizi.
transparency-computed-at = Takwimu zilihesabiwa: { $moment } (UTC). Mwezi huu bado haujaisha.
transparency-none-yet = Takwimu bado hazijahesabiwa. Tafadhali rudi baadaye.
transparency-download = Pakua takwimu hizi (faili ya CSV)
transparency-rule-heading = Jinsi tunavyohesabu
transparency-rule-zero = Ikiwa hakuna kilichotokea, tunaandika 0.
transparency-rule-fewer = Kuanzia 1 hadi 7 tunaandika “chini ya 8”, ili mtu yeyote asitambuliwe.
transparency-rule-rounded = Namba nyingine tunazikadiria kwenye iliyo karibu zaidi kati ya 5, 10, 15, 20 …
transparency-rule-totals = Jumla zinahesabiwa kutoka kwa namba kamili, kisha zinakadiriwa. Kwa hiyo zinaweza kutofautiana na jumla ya safu.
transparency-rule-rates = Muda na asilimia zinaonyeshwa tu zinapotokana na angalau maombi 23 yaliyojibiwa.
transparency-rule-quarters = Aina za maombi na sababu za kukataa zinaonyeshwa kwa kila robo mwaka (miezi mitatu), kwa sababu mwezi mmoja peke yake ungetoa namba ndogo mno kuonyeshwa.
transparency-fewer-than-eight = chini ya 8
transparency-too-few = ni machache mno kusema
transparency-percent = { $percent }%
transparency-days =
    { $days ->
        [one] siku { $days }
       *[other] siku { $days }
    }
transparency-months-heading = Maombi kwa kila mwezi
transparency-chart-volume = Maombi yaliyopokelewa na yaliyokamilika, kwa kila mwezi
transparency-chart-note = Nguzo zinaonyesha takwimu za jedwali lililo hapa chini. Namba zilizo chini ya nguzo ni miezi.
transparency-chart-timely = Sehemu ya maombi yaliyojibiwa ndani ya mwezi mmoja
transparency-chart-timely-note = Kistari (–) kina maana kwamba maombi yaliyojibiwa mwezi huo yalikuwa machache mno kusema.
transparency-months-caption = Maombi kwa kila mwezi, aina zote pamoja
transparency-quarters-heading = Kila aina ya ombi, kwa robo mwaka
transparency-quarters-caption = Maombi kwa robo mwaka na aina ya ombi
transparency-reasons-heading = Kwa nini maombi yalikataliwa
transparency-reasons-caption = Maombi yaliyokataliwa kwa robo mwaka, kwa sababu iliyotolewa (uamuzi mmoja unaweza kutoa sababu kadhaa)
transparency-month = Mwezi
transparency-quarter = Robo mwaka
transparency-kind = Aina ya ombi
transparency-reason = Sababu
transparency-all-kinds = Aina zote pamoja
transparency-received = Yaliyopokelewa
transparency-closed = Yaliyojibiwa au kuondolewa
transparency-median = Muda wa kawaida wa kujibu (wastani wa kati)
transparency-within-month = Yaliyojibiwa ndani ya mwezi mmoja
transparency-within-extended = Yaliyojibiwa ndani ya muda ulioongezwa
transparency-extensions = Muda wa kujibu uliongezwa
transparency-refusals = Yaliyokataliwa, yote au sehemu
transparency-routing-heading = Nani anashughulikia ombi
transparency-routing-intro = Ombi jipya linakwenda kwa timu kwa kufuata kanuni hizi, kwa mpangilio huu. Kanuni ya kwanza inayolingana nalo ndiyo inayoamua.
transparency-routing-every = ya kila aina
transparency-routing-kind = ya aina “{ $value }”
transparency-routing-category = kuhusu “{ $value }”
transparency-routing-language = yaliyoandikwa kwa { $value }
transparency-routing-region = kutoka eneo la { $value }
transparency-routing-sensitive = yanayohusu taarifa nyeti
transparency-routing-not-sensitive = yasiyohusu taarifa nyeti
transparency-routing-rule = Maombi { $conditions } yanakwenda kwa timu “{ $team }”.
transparency-routing-rest = Maombi mengine yote yanakwenda kwa timu “{ $team }”.
transparency-routing-human = Kila ombi linaamuliwa na mtu wa mamlaka. Hakuna kompyuta inayoamua: kanuni hizi huchagua tu timu itakayolisoma ombi.
transparency-breaches = Matukio ya uvunjaji wa usalama wa taarifa binafsi yaliyoripotiwa kwa chombo cha usimamizi
