# Rûpela giştî ya zelaliyê (/transparency) û pelê wê yê CSV. Her kes dikare bixwîne: peyvên sade, bêyî zimanê pisporan.
footer-transparency = Em çawa li daxwazan dinêrin: hejmar û qaîde
transparency-title = Em çawa li daxwazan dinêrin: hejmar û qaîde
transparency-intro = Her meh em diweşînin: çend daxwazên li ser agahiyên kesane gihîştin me, me bersiva çendan da, em çiqas zû bersiv didin, û çima me hinek ji wan red kirin. Bi van hejmaran tu kes nayê naskirin.
transparency-computed-at = Hejmar hatin hesibandin: { $moment } (UTC). Meha niha hîn neqediyaye.
transparency-none-yet = Hejmar hîn nehatine hesibandin. Ji kerema xwe paşê dîsa were.
transparency-download = Van hejmaran daxe (pelê CSV)
transparency-rule-heading = Em çawa dihejmêrin
transparency-rule-zero = Dema tiştek nebûbe, em 0 dinivîsin.
transparency-rule-fewer = Ji 1 heta 7 em “kêmtir ji 8” dinivîsin, da ku tu kes neyê naskirin.
transparency-rule-rounded = Hejmarên din em girover dikin: em hejmara herî nêzîk ji 5, 10, 15, 20 û hwd. dinivîsin.
transparency-rule-totals = Hejmara tevahî ji hejmarên rastîn tê hesibandin û paşê tê girover kirin. Ji ber vê yekê dibe ku ew ji komkirina rêzan cuda be.
transparency-rule-rates = Dem û rêjeya ji sedî tenê tên nîşandan dema ku herî kêm 23 daxwaz hatibin bersivdan.
transparency-rule-quarters = Cureyên daxwazan û sedemên redkirinê her sê mehan carekê tên nîşandan, ne her meh, ji ber ku hejmarên yek mehê dê pir biçûk bin ku werin nîşandan.
transparency-fewer-than-eight = kêmtir ji 8
transparency-too-few = ji bo gotinê têr nake
transparency-percent = %{ $percent }
transparency-days =
    { $days ->
        [one] { $days } roj
       *[other] { $days } roj
    }
transparency-months-heading = Daxwaz her meh
transparency-chart-volume = Daxwazên ku gihîştin û yên ku qediyan, her meh
transparency-chart-note = Stûn hejmarên tabloya jêrîn nîşan didin. Hejmarên di bin stûnan de meh in.
transparency-chart-timely = Ji sedî çend daxwaz di nav mehekê de bersiv stendin
transparency-chart-timely-note = Xêzek (–) tê wê wateyê ku wê mehê ewqas kêm daxwaz hatin bersivdan ku em nikarin tiştekî bibêjin.
transparency-months-caption = Daxwaz her meh, hemû cure bi hev re
transparency-quarters-heading = Her cureyê daxwazê, her sê mehan
transparency-quarters-caption = Daxwaz li gorî sê mehan û cureyê daxwazê
transparency-reasons-heading = Çima daxwaz hatin redkirin
transparency-reasons-caption = Redkirin her sê mehan, li gorî sedema ku hat dayîn (biryarek dikare çend sedeman bide)
transparency-month = Meh
transparency-quarter = Sê meh
transparency-kind = Cureyê daxwazê
transparency-reason = Sedem
transparency-all-kinds = Hemû cure bi hev re
transparency-received = Gihîştin
transparency-closed = Bersiv hat dayîn an hat paşvekişandin
transparency-median = Dema asayî ya bersivê (navîn)
transparency-within-month = Di nav mehekê de bersiv hat dayîn
transparency-within-extended = Di nav dema dirêjkirî de bersiv hat dayîn
transparency-extensions = Dema bersivê hat dirêjkirin
transparency-refusals = Hat redkirin, bi tevahî an hinekî
transparency-routing-heading = Kî li daxwazê dinêre
transparency-routing-intro = Daxwazeke nû li gorî van qaîdeyan, bi vê rêzê, diçe tîmekê. Qaîdeya yekem a ku li wê tê biryar dide.
transparency-routing-every = ji her cureyî
transparency-routing-kind = ji cureyê “{ $value }”
transparency-routing-category = li ser “{ $value }”
transparency-routing-language = bi { $value } nivîsandî
transparency-routing-region = ji herêma { $value }
transparency-routing-sensitive = ku li ser agahiyên hesas in
transparency-routing-not-sensitive = ku ne li ser agahiyên hesas in
transparency-routing-rule = Daxwazên { $conditions } diçin tîma “{ $team }”.
transparency-routing-rest = Hemû daxwazên din diçin tîma “{ $team }”.
transparency-routing-human = Li ser her daxwazê kesek ji dezgehê biryar dide. Tu kompîter biryar nade: ev qaîde tenê hildibijêrin ka kîjan tîm wê bixwîne.
transparency-breaches = Binpêkirinên agahiyên kesane yên ku ji dezgeha çavdêriyê re hatin ragihandin
