# د روڼتیا عامه پاڼه (/transparency) او د هغې CSV فایل. هر څوک یې لولي: ساده ټکي، بې له سختو اصطلاحاتو.
footer-transparency = موږ له غوښتنو سره څنګه چلند کوو: شمېرې او قاعدې
transparency-title = موږ له غوښتنو سره څنګه چلند کوو: شمېرې او قاعدې
transparency-intro = هره میاشت موږ خپروو چې د شخصي معلوماتو په اړه مو څومره غوښتنې ترلاسه کړې او څومره ته مو ځواب ورکړ، ځواب څومره ژر ورکړل شو، او ولې مو ځینې رد کړې. له دې شمېرو څخه هېڅوک نه شي پېژندل کېدای.
transparency-computed-at = شمېرې په { $moment } (نړیوال وخت، UTC) حساب شوې. روانه میاشت لا نه ده پای ته رسېدلې.
transparency-none-yet = شمېرې لا نه دي حساب شوې. مهرباني وکړئ وروسته بیا راشئ.
transparency-download = دا شمېرې ډاونلوډ کړئ (CSV فایل)
transparency-rule-heading = موږ څنګه شمېرو
transparency-rule-zero = کله چې هېڅ نه وي شوي، موږ ۰ لیکو.
transparency-rule-fewer = له ۱ تر ۷ پورې موږ «له ۸ لږ» لیکو، ترڅو هېڅوک ونه پېژندل شي.
transparency-rule-rounded = نورې شمېرې هغې تر ټولو نږدې شمېرې ته اړول کېږي چې پر ۵ ووېشل شي (لکه ۱۰، ۱۵ یا ۲۰).
transparency-rule-totals = مجموعې له دقیقو شمېرو حسابېږي او بیا اړول کېږي، نو کېدای شي د قطارونو له جمع سره توپیر ولري.
transparency-rule-rates = وختونه او سلنې یوازې هغه وخت ښودل کېږي چې لږ تر لږه له ۲۳ ځواب شویو غوښتنو څخه حساب شوې وي.
transparency-rule-quarters = د غوښتنو ډولونه او د رد لاملونه د کال د هرې ربعې (هرو درېیو میاشتو) لپاره ښودل کېږي، ځکه چې د یوازې یوې میاشتې شمېرې دومره کوچنۍ وي چې نه شي ښودل کېدای.
transparency-fewer-than-eight = له ۸ لږ
transparency-too-few = د ویلو لپاره ډېر لږ
transparency-percent = { $percent }٪
transparency-days =
    { $days ->
        [one] { $days } ورځ
       *[other] { $days } ورځې
    }
transparency-months-heading = په هره میاشت کې غوښتنې
transparency-chart-volume = ترلاسه شوې او تړل شوې غوښتنې، په هره میاشت کې
transparency-chart-note = ستنې د لاندې جدول شمېرې ښيي. د ستنو لاندې شمېرې میاشتې دي.
transparency-chart-timely = د هغو غوښتنو سلنه چې په یوه میاشت کې یې ځواب ورکړل شوی
transparency-chart-timely-note = کرښه (–) دا مانا لري چې په هغه میاشت کې دومره لږو غوښتنو ته ځواب ورکړل شوی چې څه نه شي ویل کېدای.
transparency-months-caption = په هره میاشت کې غوښتنې، ټول ډولونه یوځای
transparency-quarters-heading = د غوښتنې هر ډول، د کال په هره ربعه کې
transparency-quarters-caption = غوښتنې د کال د ربعې او د غوښتنې د ډول له مخې
transparency-reasons-heading = غوښتنې ولې رد شوې
transparency-reasons-caption = ردونه د کال په هره ربعه کې، د ویل شوي لامل له مخې (یوه پرېکړه کېدای شي څو لاملونه ولري)
transparency-month = میاشت
transparency-quarter = د کال ربعه
transparency-kind = د غوښتنې ډول
transparency-reason = لامل
transparency-all-kinds = ټول ډولونه یوځای
transparency-received = ترلاسه شوې
transparency-closed = ځواب شوې یا بېرته اخیستل شوې
transparency-median = د ځواب معمول وخت (منځنی)
transparency-within-month = په یوه میاشت کې ځواب شوې
transparency-within-extended = په اوږده شوې موده کې ځواب شوې
transparency-extensions = د ځواب موده اوږده شوه
transparency-refusals = رد شوې، بشپړه یا یوه برخه
transparency-routing-heading = په غوښتنه څوک کار کوي
transparency-routing-intro = هره نوې غوښتنه د دې قاعدو له مخې، په همدې ترتیب، یوه ټیم ته ځي. لومړۍ قاعده چې له غوښتنې سره سمون ولري، پرېکړه کوي.
transparency-routing-every = له هر ډول څخه وي
transparency-routing-kind = د «{ $value }» ډول وي
transparency-routing-category = د «{ $value }» په اړه وي
transparency-routing-language = په { $value } ژبه لیکل شوې وي
transparency-routing-region = له { $value } سیمې څخه وي
transparency-routing-sensitive = حساس معلومات پکې وي
transparency-routing-not-sensitive = هېڅ حساس معلومات پکې نه وي
transparency-routing-rule = هغه غوښتنې چې { $conditions }، د «{ $team }» ټیم ته ځي.
transparency-routing-rest = هره بله غوښتنه د «{ $team }» ټیم ته ځي.
transparency-routing-human = د هرې غوښتنې پرېکړه د ادارې یو کس کوي. هېڅ کمپیوټر پرېکړه نه کوي: دا قاعدې یوازې دا ټاکي چې کوم ټیم به غوښتنه ولولي.
transparency-breaches = د شخصي معلوماتو هغه سرغړونې چې څارونکې ادارې ته یې راپور ورکړل شو
