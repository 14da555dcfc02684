## Helpers of civil-society organisations
helper-sign-in-title = د مرستندویانو ننوتل
helper-sign-in-intro = د هغو سازمانونو د مرستندویانو لپاره چې له ادارې سره ثبت شوي دي. په خپل ایمیل آدرس او پټنوم ننوځئ، بیا د خپل تصدیق اپلیکېشن (authenticator) یو کوډ ولیکئ.
helper-home-title = هغه کسان چې تاسو ورسره مرسته کوئ
helper-people = هغه کسان چې تاسو ته یې اجازه درکړې ده
helper-people-none = تر اوسه هېچا تاسو ته اجازه نه ده درکړې، یا ټولې اجازې پای ته رسېدلې دي. یو کس دا اجازه له خپل حساب څخه، د یوه لنډ کوډ په مرسته درکوي.
helper-scope = تاسو کولی شئ
helper-until = تر
nav-helper-people = هغه کسان چې مرسته ورسره کوئ
mandate-scope-view = د هغوی معلوماتو ته کتل
mandate-scope-request = د هغوی لپاره غوښتنې کول
mandate-scope-consent = د هغوی د رضایت اداره کول
mandate-scope-complain = د هغوی لپاره شکایت کول

## Administration: organisations and their helpers
admin-organisations = د مرستندویانو سازمانونه
admin-organisations-intro = د مدني ټولنې هغه سازمانونه چې مرستندویان یې کولی شي د هغو کسانو په استازیتوب کار وکړي چې دوی ته یې اجازه ورکړې ده. که یو سازمان وځنډول شي، د هغه د مرستندویانو لاسرسی سمدستي پای ته رسېږي.
admin-new-organisation = یو سازمان ثبت کړئ
admin-organisation-kind = ډول
admin-organisation-contact = اړیکه
organisation-kind-ngo = نادولتي موسسه
organisation-kind-legal-aid = حقوقي مرسته
organisation-kind-community-group = ټولنیزه ډله
admin-suspended = ځنډول شوی
admin-suspend = وځنډوئ
admin-reinstate = بېرته فعال کړئ
admin-helpers = مرستندویان
admin-new-helper = مرستندوی زیات کړئ
admin-helper-organisation = سازمان

## Mandates: the person gives a helper permission to act for them
nav-mandates = مرستندویان
mandates-title = هغه کسان چې کولی شي له تاسو سره مرسته وکړي
mandates-intro = تاسو کولی شئ د هغه سازمان مرستندوي ته چې پر هغه باور لرئ اجازه ورکړئ چې ستاسو په استازیتوب کار وکړي: ستاسو معلومات وګوري، غوښتنې وکړي، رضایت اداره کړي یا شکایت وکړي. تاسو ټاکئ چې څه او تر کومې مودې، او هر وخت یې درولی شئ.
mandates-none = تاسو تر اوسه هېچا ته اجازه نه ده ورکړې.
mandates-back = بېرته هغو کسانو ته چې کولی شي مرسته درسره وکړي
mandate-no-helper-yet = انتظار دی چې مرستندوی کوډ ولیکي
mandate-state-waiting = د کوډ په انتظار
mandate-state-active = فعاله
mandate-state-revoked = تاسو ودروله
mandate-state-ended = پای ته رسېدلې
mandate-revoke = دا اجازه همدا اوس ودروئ
mandate-grant-title = مرستندوي ته اجازه ورکړئ
mandate-grant-intro = تاسو ته به یو لنډ کوډ درکړل شي. دا کوډ پخپله خپل مرستندوي ته ورکړئ، مخامخ یا د ټیلیفون له لارې. کوډ یوازې یو ځل، د ۳۰ دقیقو لپاره کار کوي.
mandate-grant-scope = مرستندوی څه کولی شي؟
mandate-grant-days = تر کومې مودې؟
mandate-days-1 = یوه ورځ
mandate-days-7 = یوه اونۍ
mandate-days-30 = یوه میاشت
mandate-days-90 = درې میاشتې
mandate-days-182 = شپږ میاشتې
mandate-grant = کوډ واخلئ
mandate-code-title = ستاسو د مرستندوي لپاره کوډ
mandate-code-intro = دا کوډ خپل مرستندوي ته ورکړئ. کوډ یوازې یو ځل، په ۳۰ دقیقو کې دننه کار کوي.
mandate-code-warning = دا کوډ یوازې هغه کس ته ورکړئ چې غواړئ مرسته درسره وکړي. د ادارې هېڅ کارکوونکی به دا کوډ له تاسو ونه غواړي.
mandate-code-shown = کوډ یو ځل وښودل شو. که تاسو دا کوډ خپل مرستندوي ته نه دی ورکړی، هغه اجازه ودروئ او نوې جوړه کړئ.
notice-mandate-revoked = اجازه ودرول شوه. مرستندوی نور نه شي کولی ستاسو په استازیتوب کار وکړي.
MD-001 = لږ تر لږه یو کار وټاکئ چې مرستندوی یې کولی شي.
MD-002 = وټاکئ چې تر کومې مودې.
MD-003 = دا کوډ کار نه کوي. ښايي غلط لیکل شوی وي، مخکې کارول شوی وي، یا یې وخت تېر شوی وي.
MD-004 = د دې کس له خوا تاسو ته ورکړل شوې اجازه دا کار نه رانغاړي، یا پای ته رسېدلې ده.
MD-005 = د هغه کس د دوسیې شمېره ولیکئ.
MD-006 = د دوسیې په شمېره کې یوازې توري، شمېرې او ډش (-) راتلی شي، لکه څنګه چې د هغه کس په کاغذونو چاپ شوې ده.
MD-007 = د هغه کس د زېږېدو نېټه ولیکئ.
MD-008 = د زېږېدو میلادي نېټه هغسې ولیکئ لکه د هغه کس په کاغذونو کې چې ده، د بېلګې په توګه 1990-01-31 یا 31/01/1990. که یوازې کال یا کال او میاشت لیکل شوي وي، همدا ولیکئ، لکه 1978 یا 1978-11.
access-mandate-activated = ستاسو په اجازه یې له تاسو سره مرسته پیل کړه

## The helper enters a code
helper-redeem-title = د یوه کس کوډ ولیکئ
helper-redeem-intro = هغه کس له خپل حساب څخه تاسو ته یو کوډ درکوي. دلته یې ولیکئ ترڅو له هغه سره مرسته پیل کړئ.
helper-redeem-code = کوډ
helper-redeem = مرسته پیل کړئ
helper-mandate-taken-up = اوس تاسو کولی شئ له دې کس سره مرسته وکړئ، یوازې په هغه اندازه چې هغه اجازه درکړې ده.

## A helper acting for a person
helper-act-for = د دې کس په استازیتوب کار وکړئ
helper-acting-label = د بل چا په استازیتوب کار
helper-acting-for = تاسو د { $name } په استازیتوب کار کوئ
helper-nav-data = د هغوی معلومات
helper-nav-requests = د هغوی غوښتنې
helper-nav-consent = د هغوی رضایت
helper-nav-complain = د هغوی لپاره شکایت وکړئ
helper-stop-acting = د دې کس په استازیتوب کار ودروئ
helper-mandate-ended = د هغه کس په استازیتوب ستاسو د کار اجازه پای ته رسېدلې ده: یا یې وخت تېر شو، یا هغه کس ودروله، یا ستاسو سازمان وځنډول شو.
actor-helper = { $helper } له { $organisation } څخه (مرستندوی)
actor-helper-for = { $helper } له { $organisation } څخه، د { $person } په استازیتوب
actor-helper-for-you = { $helper } له { $organisation } څخه، ستاسو په استازیتوب
message-to-helper = مرستندوي ته
access-requests-listed = ستاسو د غوښتنو لست ته یې وکتل
access-consent-viewed = ستاسو رضایت ته یې وکتل
access-request-filed = ستاسو لپاره یې غوښتنه وکړه
access-request-withdrawn = ستاسو یوه غوښتنه یې بېرته واخیسته
access-request-information-added = ستاسو یوې غوښتنې ته یې معلومات زیات کړل
access-consent-given = ستاسو لپاره یې رضایت ورکړ
access-consent-withdrawn = ستاسو لپاره یې رضایت بېرته واخیست
access-complaint-filed = ستاسو لپاره یې شکایت وکړ
case-submitted-by = لېږونکی
case-submitted-by-helper = { $helper } له { $organisation } څخه، د { $person } په استازیتوب
case-message-to = چا ته ولېږئ
case-message-to-person = هغه کس ته
ST-028 = هېڅ مرستندوی نشته چې ورته ولیکئ: دا غوښتنه د مرستندوي له لارې نه ده راغلې، یا د مرستندوي اجازه پای ته رسېدلې ده.
mail-helper-news-subject = د هغې غوښتنې په اړه پیغام چې تاسو د بل چا لپاره کړې وه
mail-helper-news-body =
    د هغې غوښتنې په اړه چې تاسو د بل چا لپاره کړې وه، تاسو ته یو پیغام راغلی دی. د لوستلو لپاره ننوځئ: { $url }

## Assisted start: the helper asks, the person confirms with a code
helper-assisted-title = له هغه کس سره پیل وکړئ چې اوس درسره دی
helper-assisted-intro = که هغه کس درسره وي، د هغه د دوسیې شمېره او د زېږېدو نېټه ولیکئ، او وټاکئ چې هغه غواړي تاسو څه وکړئ. هغه به په خپله د اړیکې پته (ټیلیفون یا ایمیل) یو کوډ ترلاسه کړي؛ که یې نه لري، د ادارې دفتر به ورته کوډ چاپ کړي. ستاسو اجازه یوازې هغه وخت پیلېږي چې تاسو هغه کوډ په «د یوه کس کوډ ولیکئ» کې ولیکئ.
helper-assisted-send = له هغه کس څخه کوډ وغواړئ
helper-assisted-sent = که دا معلومات له کوم ریکارډ سره سمون ولري، هغه کس په خپله د اړیکې پته کوډ ترلاسه کړی دی. که د اړیکې پته نه لري، کولی شي د ادارې له دفتر څخه چاپ شوی کوډ وغواړي.
mail-mandate-request-subject = یو مرستندوی غواړي ستاسو په استازیتوب کار وکړي
mail-mandate-request-body =
    { $organisation } غواړي په اداره کې ستاسو د معلوماتو په اړه مرسته درسره وکړي. دوی به دا اجازه ولري: { $scope }.

    که تاسو ورسره یاست او موافق یاست، دا کوډ ورته ورکړئ: { $code }

    کوډ یوازې یو ځل، د ۳۰ دقیقو لپاره کار کوي. که تاسو مرسته نه ده غوښتې، دا پیغام پرېږدئ: بې له کوډه هېڅ نه کېږي.
access-mandate-requested = ستاسو په استازیتوب یې د کار اجازه وغوښته (تر هغه چې تاسو خپل کوډ ورنکړئ، هېڅ نه کېږي)
access-mandate-code-printed = ستاسو لپاره یې یو کوډ چاپ کړ، ترڅو تاسو یو مرستندوی تایید کړئ
nav-staff-mandates = د مرستندویانو غوښتنې
staff-mandates-title = د مرستندویانو هغه غوښتنې چې د کوډ په انتظار دي
staff-mandates-intro = یوه مرستندوي دا غوښتنې د داسې چا لپاره پیل کړې چې ښايي د اړیکې پته ونه لري. لومړی د هغه کس هویت مخامخ وڅېړئ. بیا کوډ چاپ کړئ او هغه کس ته یې ورکړئ، نه مرستندوي ته: کوډ یوازې یو ځل، د درې ورځو لپاره، او یوازې د همدې مرستندوي لپاره کار کوي.
staff-mandates-none = هېڅ د مرستندوي غوښتنه په انتظار نه ده.
staff-mandates-requested = د غوښتنې نېټه
staff-mandates-print = د هغه کس لپاره کوډ چاپ کړئ
staff-mandate-code-title = د هغه کس لپاره کوډ
staff-mandate-code-intro = دا کاغذ هغه کس ته ورکړئ. که هغه موافق وي، کوډ به خپل مرستندوي ته ورکړي، او مرستندوی به یې ولیکي. یوازې همدا مرستندوی کولی شي دا کوډ یو ځل، تر { $until } پورې وکاروي.
staff-mandate-code-shown = کوډ یو ځل وښودل شو. که کاغذ ورک شوی وي، نوی کوډ چاپ کړئ: زوړ کوډ به نور کار ونه کړي.
access-mandate-request-viewed = د یوه مرستندوي هغې غوښتنې ته یې وکتل چې ستاسو په استازیتوب کار وکړي
notice-mandate-code-printed = کارکوونکو په کاغذ یو کوډ چاپ کړ ترڅو یو مرستندوی ستاسو په استازیتوب کار وکړای شي. که تاسو دا نه دي غوښتي، په «مرستندویان» برخه کې یې ودروئ.
