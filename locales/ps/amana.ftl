# Amana — پښتو (افغانستان). هر هغه متن چې خلک یې لولي له دې ځایه راځي.

## The whole site
app-name = امانه
nav-skip = اصلي متن ته لاړ شئ
nav-label = اصلي مېنو
nav-language = ژبه
nav-my-data = زما معلومات
nav-sign-out = وتل
nav-quick-exit = ژر وتل
footer-fictional = امانه یوازې د ښودنې لپاره ده. په دې کې ټول کسان او ریکارډونه خیالي دي، رښتیني نه دي.
form-error-summary = یوه ستونزه شته

## Home
home-title = ستاسو معلومات، ستاسو حقونه
home-choose-language = خپله ژبه وټاکئ
home-about-heading = دا ځای څه دی؟
home-about = دلته تاسو لیدلی شئ چې اداره ستاسو په اړه کوم شخصي معلومات لري، ولې یې ساتي، او له چا سره یې شریکوي. تاسو غوښتلی شئ چې دا معلومات سم یا ړنګ شي، او دا هم لیدلی شئ چې چا ورته کتلي دي.
home-rights-heading = ستاسو حقونه
right-access = هغه ټول معلومات وګورئ چې ستاسو په اړه ساتل شوي دي، او یوه کاپي یې واخلئ.
right-correct = وغواړئ چې غلط معلومات سم شي.
right-erase = وغواړئ چې معلومات ړنګ شي.
right-restrict = وغواړئ چې ستاسو معلومات نور ونه کارول شي.
right-consent = هر وخت چې وغواړئ، خپل رضایت ورکړئ یا یې بېرته واخلئ.
right-complain = یوې خپلواکې ادارې ته شکایت وکړئ.
right-who-looked = وګورئ چې چا ستاسو معلوماتو ته کتلي دي، او ولې.
home-rights-free = د خپلو حقونو کارول وړیا دي. په یوه میاشت کې به ځواب ترلاسه کړئ. که ستاسو غوښتنه پېچلې وي، دا موده تر دوو نورو میاشتو پورې اوږدېدای شي، او موږ به تاسو ته یې لامل ووایو.
home-sign-in = ننوتل
notice-signed-out = تاسو ووتلئ. که نور کسان هم دا ټیلیفون کاروي، همدا اوس براوزر وتړئ.

## Not found
not-found-title = پاڼه ونه موندل شوه
not-found-home = لومړۍ پاڼې ته لاړ شئ

## Sign in
sign-in-title = ننوتل
sign-in-intro = د دوسیې هغه شمېره چې ستاسو په کاغذونو چاپ شوې ده، او د زېږېدو نېټه مو ولیکئ. موږ به یو ځلی کوډ هغه ټیلیفون شمېرې یا ایمیل ته ولېږو چې موږ یې له تاسو لرو.
sign-in-case-reference = د دوسیې شمېره
sign-in-case-reference-hint = د بېلګې په توګه DEMO-0001. دا شمېره ستاسو په کاغذونو چاپ شوې ده.
sign-in-date-of-birth = د زېږېدو نېټه
sign-in-date-of-birth-hint = لکه څنګه چې ستاسو په کاغذونو کې لیکل شوې: میلادي کال-میاشت-ورځ (1990-01-31) یا ورځ/میاشت/کال (31/01/1990). که یوازې کال، یا کال او میاشت لیکل شوي وي، همدا یې ولیکئ (1978 یا 1978-11).
sign-in-send-code = ماته کوډ راولېږئ
sign-in-privacy = موږ هېڅکله هېچا ته نه وایو چې د دوسیې یوه شمېره شته که نه.

code-title = خپل کوډ ولیکئ
code-intro = که هغه معلومات چې تاسو ولیکل زموږ له ریکارډ سره سمون ولري، موږ یو ۶ رقمي کوډ هغه ټیلیفون شمېرې یا ایمیل ته لېږلی چې موږ یې له تاسو لرو. دا کوډ ۱۰ دقیقې کار کوي.
code-label = ۶ رقمي کوډ
code-hint = د شمېرو ترمنځ تش ځای هم پرېښودلی شئ.
code-submit = ننوتل
code-start-again = کوډ مو نه دی ترلاسه کړی؟ له سره پیل وکړئ

## My data
my-data-title = زما معلومات
my-data-reference = د دوسیې شمېره:
my-data-intro = ستاسو په اړه ټول ساتل شوي معلومات، د ډول له مخې. د هر ډول پر نوم کېکاږئ چې وګورئ هر توکی له کومه راغلی، ولې او تر کله ساتل کېږي، چا ته ورکول کېږي، او تاسو څه غوښتلی شئ.
my-data-sensitive = حساس
my-data-sensitive-explained = دا حساس معلومات دي. ډېره ساتنه یې کېږي، او کارکوونکي باید د پرانیستلو لپاره یې دلیل ووایي.
my-data-source = له کومه راغلي
my-data-purpose = ولې ساتل کېږي
my-data-legal-basis = کوم قانون یې اجازه ورکوي
my-data-kept-until = تر دې نېټې ساتل کېږي
my-data-shared-with = له چا سره شریکېږي
# How many items of data one kind holds, beside its heading ("Identity · 6 items").
my-data-field-count = { $count ->
    [one] { $count } توکی
   *[other] { $count } توکي
}
my-data-why = ولې ساتل کېږي او چا ته ورکول کېږي

category-identity = پېژندنه
category-contact = د اړیکې معلومات
category-family = کورنۍ
category-legal-status = قانوني حالت
category-health = روغتیا
category-biometrics = بایومتریک معلومات
category-education = زده کړه
category-employment = کار
category-case-history = د دوسیې تاریخچه

field-given-name = نوم
field-family-name = تخلص
field-date-of-birth = د زېږېدو نېټه
field-place-of-birth = د زېږېدو ځای
field-nationality = تابعیت
field-sex = جنس
field-native-language = مورنۍ ژبه
field-document-number = د سند شمېره
field-email = ایمیل آدرس
field-phone = د ټیلیفون شمېره
field-address = پته
field-municipality = ښاروالي
field-marital-status = د واده حالت
field-spouse-name = د مېړه یا مېرمنې نوم
field-children-count = د ماشومانو شمېر
field-dependants = نور هغه کسان چې ستاسو تر سرپرستۍ لاندې دي
field-next-of-kin = نږدې خپلوان
field-residence-status = د اوسېدو حالت
field-permit-type = د اجازه‌لیک ډول
field-permit-expiry = اجازه‌لیک تر دې نېټې اعتبار لري
field-asylum-claim-date = د پناه غوښتنې نېټه
field-appeal-status = استیناف
field-screening-date = د روغتیايي معاینې نېټه
field-screening-result = د روغتیايي معاینې پایله
field-vaccinations = واکسینونه
field-disability-needs = د معلولیت له امله مرستې ته اړتیا
field-medication-needs = درملو ته اړتیا
field-fingerprint-record = د ګوتو د نښو ریکارډ
field-photo-record = د عکس ریکارډ
field-enrolment-date = د بایومتریک ثبت نېټه
field-enrolment-office = د ثبت دفتر
field-highest-education = تر ټولو لوړه زده کړه
field-languages-spoken = د خبرو ژبې
field-school-enrolment = په ښوونځي کې نوم لیکنه
field-work-permit = د کار اجازه‌لیک
field-occupation = مسلک
field-employer = کار ورکوونکی
field-case-opened = د دوسیې د پرانیستلو نېټه
field-case-office = د دوسیې دفتر
field-interview-date = د مرکې نېټه
field-last-decision = وروستۍ پرېکړه
field-decision-date = د وروستۍ پرېکړې نېټه
field-resettlement-referral = بل هېواد ته د مېشتېدو لپاره معرفي
field-statistics-cohort = د احصایې ډله

purpose-case-management = ستاسو د دوسیې پر مخ وړل
purpose-residence-permit = ستاسو د اوسېدو د اجازه‌لیک په اړه پرېکړه
purpose-health-screening = د رارسېدو پر مهال روغتیايي معاینه
purpose-family-reunification = ستاسو د کورنۍ بیا یو ځای کول
purpose-biometric-identity = ستاسو د هویت تاییدول
purpose-integration-support = په ښوونځي، ژبه زده کولو او کار کې مرسته
purpose-resettlement-referral = بل هېواد ته د مېشتېدو لپاره معرفي کول
purpose-statistics = بې نومه احصایه
purpose-service-updates = د خدمتونو په اړه خبرونه

legal-basis-public-task = د عامه ګټې یو کار چې قانون ټاکلی دی
legal-basis-legal-obligation = یو کار چې قانون پر اداره لازم کړی دی
legal-basis-consent = ستاسو رضایت، چې تاسو یې بېرته اخیستلی شئ
legal-basis-vital-interests = د یو چا د ژوند د ساتلو لپاره
legal-basis-contract = له تاسو سره یو تړون
legal-basis-legitimate-interests = یوه روا ګټه، چې له ستاسو حقونو سره تله شوې ده

recipient-none = له ادارې بهر هېڅوک نه
recipient-border-agency = د پولې اداره
recipient-municipality = ستاسو ښاروالي
recipient-health-service = عامه روغتیايي خدمتونه
recipient-unhcr = UNHCR (د ملګرو ملتونو د کډوالو اداره)
recipient-education-provider = ښوونځی یا د ژبې کورس ورکوونکی
recipient-resettlement-country = هغه هېواد چې تاسو به هلته مېشت شئ
recipient-statistics-office = د احصایې دفتر (بې له ستاسو نوم)

## Values from source systems that have a translation
value-single = مجرد
value-married = متاهل
value-widowed = کونډ/کونډه
value-asylum-seeker = پناه غوښتونکی
value-refugee = کډوال
value-subsidiary-protection = فرعي ساتنه
value-temporary-protection = لنډمهاله ساتنه
value-none = هېڅ
value-pending = په انتظار کې
value-closed = تړل شوې
value-no-follow-up = بیا کتنې ته اړتیا نشته
value-follow-up-booked = د بیا کتنې وخت ټاکل شوی
value-complete = بشپړ
value-partial = نیمګړی
value-unknown = نامعلوم
value-mobility-support = د تګ راتګ مرسته
value-hearing-support = د اورېدو مرسته
value-regular-prescription = منظمه نسخه (درمل)
value-primary = لومړنی ښوونځی
value-secondary = منځنی ښوونځی یا لیسه
value-vocational = مسلکي زده کړه
value-university = پوهنتون
value-not-applicable = اړوند نه دی
value-enrolled = نوم لیکل شوی
value-waiting-list = د انتظار په لست کې
value-yes = هو
value-no = نه
value-applied = غوښتنلیک ورکړل شوی
value-nurse = نرس
value-electrician = برېښنا کار
value-teacher = ښوونکی
value-cook = آشپز
value-driver = موټر چلوونکی
value-student = زده کوونکی
value-interview-scheduled = د مرکې وخت ټاکل شوی
value-permit-granted = اجازه‌لیک ورکړل شوی
value-under-review = تر کتنې لاندې
value-not-referred = نه دی معرفي شوی
value-referred = معرفي شوی
value-accepted = منل شوی

## Errors (codes are stable; the text says what to do)
SI-001 = د خپلې دوسیې شمېره ولیکئ.
SI-002 = د دوسیې په شمېره کې یوازې توري، شمېرې او ډش (-) راتلی شي، لکه څنګه چې ستاسو په کاغذونو چاپ شوې ده.
SI-003 = د زېږېدو نېټه مو ولیکئ.
SI-004 = د زېږېدو میلادي نېټه هغسې ولیکئ لکه ستاسو په کاغذونو کې چې ده، د بېلګې په توګه 1990-01-31 یا 31/01/1990. که یوازې کال یا کال او میاشت لیکل شوي وي، همدا ولیکئ، لکه 1978 یا 1978-11.
SI-005 = هغه کوډ ولیکئ چې موږ په پیغام کې تاسو ته لېږلی دی.
SI-006 = کوډ ۶ رقمه لري. پیغام وګورئ او بیا هڅه وکړئ.
SI-010 = دا کوډ سم نه دی، یا یې وخت تېر شوی دی. پیغام وګورئ او بیا هڅه وکړئ.
SI-011 = د دې ننوتلو وخت تېر شوی، یا ډېر ځله هڅه شوې ده. مهرباني وکړئ له سره پیل وکړئ.
SI-012 = ډېرې هڅې وشوې. مهرباني وکړئ څو دقیقې صبر وکړئ او بیا هڅه وکړئ.
AU-001 = ستاسو د ننوتلو وخت پای ته ورسېد. مهرباني وکړئ بیا ننوځئ.
GEN-400 = ځینې معلومات سم نه دي. فورمه وګورئ او بیا هڅه وکړئ.
GEN-403 = د دې فورمې وخت تېر شوی دی. شاته لاړ شئ، پاڼه تازه کړئ او بیا هڅه وکړئ.
GEN-404 = دا پاڼه نشته، یا تاسو یې نه شئ لیدلی.
GEN-409 = په همدې وخت کې بل چا دا بدل کړ، نو هېڅ شی خوندي نه شو. پاڼه تازه کړئ او بیا هڅه وکړئ.
GEN-500 = زموږ په لور یوه ستونزه پېښه شوه. هغه څه چې تاسو لېږلي وو، ورک شوي نه دي. مهرباني وکړئ څو دقیقې وروسته بیا هڅه وکړئ.

## E-mails (they never contain personal data)
mail-sign-in-subject = ستاسو د امانه د ننوتلو کوډ
mail-sign-in-body =
    ستاسو د ننوتلو کوډ دا دی: { $code }

    دا کوډ { $minutes } دقیقې کار کوي. په هماغه پاڼه کې یې ولیکئ چې هلته مو کوډ غوښتی و.

    که تاسو کوډ نه دی غوښتی، دا پیغام پرېږدئ. بې له دې کوډه هېڅوک نه شي ننوتلی.

## Translation status
footer-draft-translation = دا ژباړه لومړۍ مسوده ده. که څه مو نه وي پوه شوي، له کارکوونکو یا له یو مرستندوی وپوښتئ.

# What search engines show under the portal's name (start and sign-in pages only).
meta-description = وګورئ چې د کډوالۍ اداره ستاسو په اړه کوم معلومات لري، او په خپله ژبه یې د سمولو، ړنګولو یا نه کارولو غوښتنه وکړئ.
