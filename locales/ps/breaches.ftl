# د معلوماتو د سرغړونو ثبت (د معلوماتو د ساتنې مسؤل لپاره) او هغه خبرتیا چې یو کس یې د خپلو معلوماتو د سرغړونې په اړه لولي.
nav-breaches = سرغړونې
breaches-title = د سرغړونو ثبت
breaches-intro = د شخصي معلوماتو هره سرغړونه دلته ثبتېږي، که یې راپور ورکول اړین وي که نه. له هغې شېبې چې موږ خبر شوو، باید په ۷۲ ساعتونو کې څارونکې ادارې ته خبر ورکړل شي، مګر دا چې احتمال یې لږ وي چې دا سرغړونه څوک له خطر سره مخ کړي.
breaches-none = تر اوسه هېڅ سرغړونه نه ده ثبت شوې.
breach-title = سرغړونه
breach-back = بېرته د سرغړونو ثبت ته
breach-reference = د سرغړونې شمېره
breach-clock-left =
    { $hours ->
        [one] څارونکې ادارې ته تر { $due } پورې خبر ورکړئ: { $hours } ساعت پاتې دی.
       *[other] څارونکې ادارې ته تر { $due } پورې خبر ورکړئ: { $hours } ساعته پاتې دي.
    }
breach-clock-late =
    { $hours ->
        [one] څارونکې ادارې ته باید تر { $due } پورې خبر ورکړل شوی وای: { $hours } ساعت ځنډ. د ځنډ لامل ولیکئ.
       *[other] څارونکې ادارې ته باید تر { $due } پورې خبر ورکړل شوی وای: { $hours } ساعته ځنډ. د ځنډ لامل ولیکئ.
    }
breach-clock-told =
    { $hours ->
        [one] څارونکې ادارې ته په { $when } خبر ورکړل شو، زموږ له خبرېدو { $hours } ساعت وروسته.
       *[other] څارونکې ادارې ته په { $when } خبر ورکړل شو، زموږ له خبرېدو { $hours } ساعته وروسته.
    }
breach-people-count = اړوند کسان: { $people }. لېږل شوې خبرتیاوې: { $notified }.
breach-record-heading = یوه سرغړونه ثبت کړئ
breach-discovered-at = سرغړونه کله وموندل شوه
breach-aware-at = موږ کله خبر شوو چې شخصي معلومات اغېزمن شوي دي
breach-aware-at-hint = ۷۲ ساعته له همدې شېبې پیلېږي. نېټه او وخت په UTC.
breach-processor-reported-at = کله یوه پروسس کوونکي موږ ته راپور راکړ (که چا راکړی وي)
breach-moment-hint = نېټه او وخت په UTC، د بېلګې په توګه 2026-12-03 14:30.
breach-optional-moment-hint = که هېڅ پروسس کوونکی پکې نه و، تش یې پرېږدئ.
breach-not-given = نه دی ویل شوی
breach-nature = له معلوماتو سره څه وشول
breach-nature-confidentiality = کېدای شي داسې چا لیدلي وي چې باید یې نه وای لیدلي (محرمیت)
breach-nature-integrity = په غلطه بدل شول (بشپړتیا)
breach-nature-availability = ورک شول یا ورته لاسرسی نه و (لاسرسی)
breach-description = څه پېښ شول
breach-description-hint = یوازې د ثبت لپاره، هېڅکله اړوندو کسانو ته نه ښودل کېږي. دلته شخصي معلومات مه لیکئ.
breach-categories = د اړوندو معلوماتو ډولونه
breach-approx-people = شاوخوا څو کسان
breach-approx-records = شاوخوا څو ریکارډونه
breach-consequences = پر اړوندو کسانو احتمالي اغېزې
breach-consequence-others-may-read = کېدای شي داسې څوک ستاسو معلومات ولولي چې باید یې ونه لري.
breach-consequence-identity-misuse = کېدای شي څوک ستاسو معلومات وکاروي او ځان ستاسو په نوم معرفي کړي.
breach-consequence-contact-by-strangers = کېدای شي ناپېژانده کسان هڅه وکړي چې له تاسو سره اړیکه ونیسي یا ومومي چې چېرته اوسېږئ.
breach-consequence-wrong-decision = کېدای شي ستاسو په اړه یوه پرېکړه پر غلطو معلوماتو ولاړه وي.
breach-consequence-delay = کېدای شي ستاسو دوسیه ډېر وخت ونیسي.
breach-consequence-data-lost = کېدای شي ستاسو ځینې معلومات ورک شوي وي.
breach-measures = موږ څه وکړل یا به یې وکړو
breach-measure-access-closed = هغه لار مو وتړله چې معلومات ترې بهر وتلي وو.
breach-measure-data-recovered = معلومات مو بېرته ترلاسه کړل یا مو بېرته پخوا په څېر جوړ کړل.
breach-measure-recipient-asked-to-delete = له هغه چا مو وغوښتل چې معلومات ورته رسېدلي وو چې ړنګ یې کړي، او ومو کتل چې ړنګ یې کړي دي.
breach-measure-police-informed = پولیسو ته مو خبر ورکړ.
breach-measure-accounts-secured = پټنومونه مو بدل کړل او اړوند حسابونه مو بند کړل.
breach-measure-staff-trained = د خپلو کارکوونکو د کار طریقه مو بدله کړه ترڅو دا بیا پېښ نه شي.
breach-advice = اړوند کسان څه کولی شي
breach-advice-watch-for-contact = د خپلې دوسیې په اړه له ناڅاپي زنګونو، پیغامونو یا لیدنو سره پام کوئ.
breach-advice-do-not-answer-strangers = هېڅکله خپله د دوسیې شمېره یا د زېږېدو نېټه هغه چا ته مه ورکوئ چې لومړی پخپله له تاسو سره اړیکه نیسي.
breach-advice-check-my-data = په دې ویبپاڼه کې خپل معلومات وګورئ، او له موږ وغواړئ چې هر غلط شی سم کړو.
breach-advice-tell-helper = که کومه مرستندویه موسسه له تاسو سره مرسته کوي، هغوی ته د دې خبرتیا په اړه ووایاست.
breach-advice-ask-us = که پوښتنې لرئ، یا که ځان خوندي نه احساسوئ، له موږ وپوښتئ.
breach-risk = اړوندو کسانو ته خطر
breach-risk-unlikely = احتمال نه لري چې کوم خطر پېښ کړي (څارونکې ادارې ته خبر ورکول اړین نه دي؛ لامل یې ولیکئ)
breach-risk-risk = خطر شته (څارونکې ادارې ته خبر ورکړئ)
breach-risk-high = لوی خطر شته (څارونکې ادارې او هر اړوند کس ته خبر ورکړئ)
breach-risk-reasoning = ولې د خطر کچه دا ده
breach-risk-reasoning-hint = ستاسو استدلال په ثبت کې ساتل کېږي، هغه وخت هم چې پرېکړه کوئ څارونکې ادارې یا اړوندو کسانو ته خبر ورنه کړئ.
breach-record = سرغړونه ثبت کړئ
breach-recorded = سرغړونه ثبت شوه. د ۷۲ ساعتونو شمېرنه روانه ده.
breach-tell-heading = څارونکې ادارې ته خبر ورکول
breach-told-at = څارونکې ادارې ته کله خبر ورکړل شو
breach-authority-reference = په څارونکې اداره کې د دې پېښې شمېره
breach-delay-reason = د هر ځنډ لامل
breach-delay-reason-hint = هغه وخت اړین دی چې څارونکې ادارې ته زموږ له خبرېدو تر ۷۲ ساعتونو زیات وروسته خبر ورکړل شي.
breach-tell = ثبت کړئ چې څارونکې ادارې ته خبر ورکړل شو
breach-authority-recorded = ثبت شو: څارونکې ادارې ته خبر ورکړل شو.
breach-updates-heading = وروسته ورکړل شوي معلومات
breach-update = نور معلومات چې څارونکې ادارې ته ورکړل شول
breach-update-hint = هغه څه چې تاسو له لومړي خبر ورکولو وروسته زده کړل او څارونکې ادارې ته مو وویل.
breach-add-update = دا معلومات زیات کړئ
breach-update-added = معلومات ثبت ته زیات شول.
breach-people-heading = اړوند کسان
breach-people = د اړوندو کسانو د دوسیو شمېرې
breach-people-hint = په هره کرښه کې د یوې دوسیې شمېره.
breach-add-people = دا کسان زیات کړئ
breach-people-added = کسان زیات شول. کله چې چمتو یاست، خبرتیا ورته ولېږئ.
breach-notify-explained =
    { $people ->
        [one] { $people } کس ته لا خبرتیا نه ده لېږل شوې. کله چې ننوځي، هغه به یې ولولي، او یو پیغام به ورته ورشي چې نوی خبر شته.
       *[other] { $people } کسانو ته لا خبرتیا نه ده لېږل شوې. کله چې ننوځي، هغوی به یې ولولي، او پیغام به ورته ورشي چې نوی خبر شته.
    }
breach-notify = خبرتیا ولېږئ
breach-people-notified = خبرتیاوې ولېږل شوې.
breach-notice-heading = ستاسو په معلوماتو کې یوه ستونزه
breach-notice-intro = موږ په { $date } خبر شوو چې ستاسو په ځینو معلوماتو کې یوه ستونزه پېښه شوې ده. موږ بښنه غواړو. دلته لیکلي دي چې څه پېښ شول او تاسو څه کولی شئ.
breach-notice-data = اړوند معلومات: { $categories }
breach-notice-consequences = څه پېښېدای شي
breach-notice-measures = موږ څه وکړل
breach-notice-advice = تاسو څه کولی شئ
breach-notice-contact = پوښتنې لرئ؟ زموږ د معلوماتو د ساتنې مسؤل ته ولیکئ: { $contact }
breach-notice-sent = په { $date } تاسو ته خبر درکړل شو
BR-001 = یوه بشپړه شمېره ولیکئ، ۰ یا تر هغې زیاته.
BR-002 = دا وخت په راتلونکي کې دی.
BR-003 = دا وخت د سرغړونې له موندلو مخکې نه شي کېدای.
BR-004 = له هغه وخته چې موږ خبر شوو تر ۷۲ ساعتونو زیات تېر شوي دي: د ځنډ لامل ولیکئ.
BR-005 = دا کرښې له هېڅ د دوسیې شمېرې سره سمون نه لري. سمې یې کړئ یا یې لرې کړئ؛ تر اوسه هېڅوک نه دي زیات شوي.
BR-006 = نېټه او وخت ولیکئ، د بېلګې په توګه 2026-12-03 14:30.
BR-007 = څارونکې ادارې ته خبر ورکول مخکې ثبت شوي دي. وروسته معلومات لاندې زیات کړئ.
mail-data-incident-subject = ستاسو د معلوماتو په اړه مهم خبر
mail-data-incident-body =
    ستاسو د معلوماتو په اړه مهم خبر دی. د لوستلو لپاره ننوځئ: { $url }
sms-data-incident = امانه: ستاسو د معلوماتو په اړه مهم خبر دی. د لوستلو لپاره ننوځئ: { $url }
breach-nature-person-confidentiality = کېدای شي داسې چا ستاسو ځینې معلومات لیدلي وي چې باید یې نه وای لیدلي.
breach-nature-person-integrity = ستاسو ځینې معلومات په غلطه بدل شول.
breach-nature-person-availability = ستاسو ځینې معلومات ورک شول، یا د یو څه وخت لپاره ورته لاسرسی نه و.
breach-clocks-heading = سرغړونې: څارونکې ادارې ته خبر ورکول
breach-people-list = اړوند کسان، او هر یوه ته خبرتیا کله ولېږل شوه
breach-person-reference = د دوسیې شمېره
breach-person-notified = خبرتیا ولېږل شوه
breach-person-not-notified = تر اوسه نه
