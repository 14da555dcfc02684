# Amana — پښتو: د حقونو کارول (د خپلو معلوماتو په اړه غوښتنې).

nav-my-requests = زما غوښتنې

## Actions beside each field on My data
action-correct = دا غلط دی
action-erase = دا ړنګ کړئ
action-restrict = د دې کارول ودروئ
my-data-erase-all = وغواړئ چې زما ټول معلومات ړنګ شي

## Request forms
request-correct-title = خپل معلومات سم کړئ
request-erase-title = خپل معلومات ړنګ کړئ
request-restrict-title = د خپلو معلوماتو کارول ودروئ
request-erase-all-title = خپل ټول معلومات ړنګ کړئ
request-proposed-value = سم معلومات باید څه وي
request-proposed-value-hint = سم معلومات ولیکئ.
request-erase-explained = تاسو غوښتنه کوئ چې دا معلومات ړنګ شي. ځینې معلومات باید د قانون له مخې وساتل شي؛ که داسې وي، موږ به تاسو ته یې لامل ووایو.
request-erase-all-explained = تاسو غوښتنه کوئ چې ستاسو په اړه ټول ساتل شوي معلومات ړنګ شي. ځینې معلومات باید د قانون له مخې وساتل شي، د بېلګې په توګه تر هغه چې ستاسو دوسیه پرانیستې وي؛ که داسې وي، موږ به تاسو ته ووایو چې کوم معلومات او ولې.
request-restrict-choose = تاسو څه غواړئ؟
request-restriction-explained = معلومات وساتئ، خو تر هغه چې څېړل کېږي مه یې کاروئ (د بېلګې په توګه، ځکه چې فکر کوئ غلط دي).
request-objection-explained = د خپل شخصي حالت له امله: دا معلومات د دې موخې لپاره نور مه کاروئ.
request-explanation = نور څه چې غواړئ ووایئ (اختیاري)
request-explanation-hint = د بېلګې په توګه ولې، یا څه پېښ شوي. تاسو کولی شئ اسناد وروسته هم ولېږئ.
request-deadline-explained = غوښتنه کول وړیا دي. په یوه میاشت کې به ځواب ترلاسه کړئ. که ستاسو غوښتنه پېچلې وي، دا موده تر دوو نورو میاشتو پورې اوږدېدای شي، او موږ به تاسو ته یې لامل ووایو.
request-send = زما غوښتنه ولېږئ
request-cancel = بې له لېږلو شاته لاړ شئ
request-whole-record = زما ټول معلومات

## Kinds and states of requests
kind-access = زما د معلوماتو کاپي
kind-correction = سمول
kind-erasure = ړنګول
kind-restriction = د کارونې درول
kind-objection = پر کارونې اعتراض
kind-complaint = شکایت
status-submitted = ترلاسه شوه
status-in_review = څېړل کېږي
status-awaiting_information = له تاسو د معلوماتو په انتظار
status-decided = پرېکړه پرې وشوه
status-completed = بشپړه شوه
status-withdrawn = بېرته واخیستل شوه

## My requests
requests-title = زما غوښتنې
requests-intro = دلته تاسو کولی شئ هر هغه څه تعقیب کړئ چې تاسو غوښتي دي، هغه نېټه وګورئ چې تر هغې به ځواب ترلاسه کړئ، او پیغامونه ولولئ.
requests-none = تاسو تر اوسه هېڅ غوښتنه نه ده کړې. د غوښتنې لپاره «زما معلومات» ته لاړ شئ او یو معلومات وټاکئ.
requests-back = بېرته زما غوښتنو ته
request-title = ستاسو غوښتنه
request-reference = د غوښتنې شمېره
request-kind = د غوښتنې ډول
request-about = د څه په اړه
request-status = حالت
request-received = ترلاسه شوې په
request-due = د ځواب وروستۍ نېټه
request-extended = د ځواب موده اوږده شوه. لامل:
request-decision = پرېکړه
request-timeline = څه پېښ شول
request-upstream = د ادارې په خپلو سیستمونو کې
request-upstream-done = په { $system } کې د { $date } په نېټه ترسره شو.
request-upstream-waiting = لا په { $system } کې نه دی ترسره شوی. کارکوونکي یې تعقیبوي.
request-messages = پیغامونه
request-no-messages = تر اوسه هېڅ پیغام نشته.
request-add-information = معلومات زیات کړئ یا ځواب ورکړئ
request-add-information-hint = که غواړئ څه زیات کړئ یا یوې پوښتنې ته ځواب ورکړئ، دلته یې ولیکئ.
request-send-information = ولېږئ
request-withdraw = دا غوښتنه بېرته واخلئ
notice-request-filed = ستاسو غوښتنه ترلاسه شوه. موږ تاسو ته د تایید پیغام لېږلی دی.
notice-request-sent = ستاسو پیغام غوښتنې ته زیات شو.
notice-request-withdrawn = ستاسو غوښتنه بېرته واخیستل شوه. په دې اړه به نور هېڅ کار ونه شي.

actor-you = تاسو
actor-system = امانه
actor-source = { $role } · { $office } (په { $system } کې)
role-caseworker = د دوسیو کارکوونکی
role-reviewer = بیاکتونکی
role-dpo = د معلوماتو د ساتنې مسؤل
role-admin = مدیر
role-auditor = پلټونکی

timeline-submitted = غوښتنه ترلاسه شوه
timeline-in-review = څېړل کېږي
timeline-information-requested = نور معلومات وغوښتل شول
timeline-information-added = معلومات زیات شول
timeline-extended = د ځواب موده اوږده شوه
timeline-decided = پرېکړه وشوه
timeline-completed = بشپړه شوه
timeline-withdrawn = غوښتنه بېرته واخیستل شوه

reason-legal-obligation = قانون له موږ غواړي چې دا معلومات وساتو.
reason-still-needed-for-case = دا معلومات لا هم ستاسو د پرانیستې دوسیې لپاره اړین دي.
reason-accuracy-confirmed = موږ دا معلومات وڅېړل او سم دي.
reason-public-interest = دا کارونه د عامه ګټې د یوه کار لپاره اړینه ده، او دا کار ستاسو له شخصي حالت څخه ډېر وزن لري.

## Withdrawing
withdraw-title = خپله غوښتنه بېرته اخلئ؟
withdraw-explained = که غوښتنه بېرته واخلئ، موږ پر دې غوښتنه کار بندوو. تاسو کولی شئ هر وخت نوې غوښتنه وکړئ.
withdraw-confirm = هو، بېرته یې اخلم
withdraw-cancel = نه، زما غوښتنه وساتئ

## Errors
RQ-001 = تاسو مخکې په دې اړه یوه پرانیستې غوښتنه لرئ. کولی شئ هغه په «زما غوښتنې» کې تعقیب کړئ.
RQ-002 = په دې غوښتنه مخکې پرېکړه شوې یا بېرته اخیستل شوې ده، نو نه شي بدلېدای.
RQ-010 = ولیکئ چې معلومات باید څه وي.
RQ-011 = دا ډېر اوږد دی. مهرباني وکړئ لنډ یې کړئ، تر ۵۰۰ تورو پورې.
RQ-012 = دا ډېر اوږد دی. مهرباني وکړئ لنډ یې کړئ، تر ۲۰۰۰ تورو پورې.
RQ-013 = دا هماغه څه دي چې موږ یې مخکې لرو. پر ځای یې ولیکئ چې باید څه وي.
RQ-014 = د لېږلو مخکې یو پیغام ولیکئ.
RQ-015 = دا ډېر اوږد دی. مهرباني وکړئ لنډ یې کړئ، تر ۲۰۰۰ تورو پورې.
RQ-016 = له انتخابونو څخه یو وټاکئ.

## E-mails (they never contain personal data)
mail-request-received-subject = موږ ستاسو غوښتنه ترلاسه کړه
mail-request-received-body =
    موږ ستاسو غوښتنه ترلاسه کړه. په یوه میاشت کې به ځواب ترلاسه کړئ.

    د تعقیبولو لپاره ننوځئ: { $url }
mail-request-news-subject = ستاسو د غوښتنې په اړه نوی خبر دی
mail-request-news-body =
    ستاسو د غوښتنې په اړه نوی خبر دی. د لوستلو لپاره ننوځئ: { $url }

## Documents
request-evidence = یو سند (اختیاري)
request-evidence-hint = PDF یا عکس (JPEG یا PNG)، تر ۵ MB پورې. د بېلګې په توګه یوه تصدیقنامه چې سم معلومات ښيي.
request-documents = هغه اسناد چې تاسو لېږلي دي
request-document = سند
RQ-020 = فایل ډېر لوی دی. تر ۵ MB پورې فایل ولېږئ.
RQ-021 = دا ډول فایل نه منل کېږي. PDF یا عکس (JPEG یا PNG) ولېږئ.
RQ-022 = په دې غوښتنه کې هومره اسناد شته چې نور نه ځایېږي (۲۰ فایلونه، ټول ټال ۵۰ MB). پر ځای یې پیغام ولیکئ، یا له موږ وپوښتئ چې نور څنګه ولېږئ.
