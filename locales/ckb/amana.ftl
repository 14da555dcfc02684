# Amana — Central Kurdish (Sorani, ckb). Every string a person reads comes from here; other locales must define every key.

## The whole site
app-name = ئامانە
nav-skip = بازدان بۆ ناوەڕۆک
nav-label = سەرەکی
nav-language = زمان
nav-my-data = زانیارییەکانم
nav-sign-out = چوونەدەرەوە
nav-quick-exit = دەرچوونی خێرا
footer-fictional = ئامانە تەنها نموونەیەکی تاقیکارییە. هەموو ئەو کەس و تۆمارانەی تێیدان ڕاستەقینە نین، دروستکراون.
form-error-summary = کێشەیەک هەیە

## Home
home-title = زانیارییەکانت، مافەکانت
home-choose-language = زمانەکەت هەڵبژێرە
home-about-heading = ئەمە چییە؟
home-about = لێرە دەتوانیت ئەو زانیارییە کەسییانە ببینیت کە دەزگاکە دەربارەی تۆ هەیەتی، بۆچی هەیەتی، و دەیدات بە کێ. دەتوانیت داوا بکەیت ڕاست بکرێنەوە یان بسڕدرێنەوە، و ببینیت کێ سەیری کردوون.
home-rights-heading = مافەکانت
right-access = هەموو ئەو زانیارییانە ببینە کە دەربارەی تۆ هەن، و کۆپییەکیان وەربگرە.
right-correct = داوا بکە زانیاریی هەڵە ڕاست بکرێتەوە.
right-erase = داوا بکە زانیاری بسڕدرێتەوە.
right-restrict = داوا بکە زانیارییەکانت چیتر بەکار نەهێنرێن.
right-consent = ڕەزامەندییەکەت بدە یان وەریبگرەوە، هەر کاتێک بتەوێت.
right-complain = سکاڵا بکە لای دەزگایەکی سەربەخۆ.
right-who-looked = ببینە کێ سەیری زانیارییەکانتی کردووە، و بۆچی.
home-rights-free = بەکارهێنانی مافەکانت بێ پارەیە. لە ماوەی یەک مانگدا وەڵام وەردەگریت. ئەگەر داواکارییەکەت ئاڵۆز بێت، دەکرێت ئەم ماوەیە دوو مانگی تر درێژ بکرێتەوە، و پێت دەوترێت بۆچی.
home-sign-in = چوونەژوورەوە
notice-signed-out = تۆ چوویتە دەرەوە. ئەگەر ئەم مۆبایلە هی کەسانی تریشە، ئێستا وێبگەڕەکە (براوزەر) دابخە.

## Not found
not-found-title = ئەم پەڕەیە نەدۆزرایەوە
not-found-home = بڕۆ بۆ پەڕەی سەرەتا

## Sign in
sign-in-title = چوونەژوورەوە
sign-in-intro = ژمارەی دۆسیەکەت کە لەسەر بەڵگەنامەکانت چاپ کراوە و ڕێکەوتی لەدایکبوونت بنووسە. کۆدێکی یەکجاری دەنێرین بۆ ئەو ژمارە تەلەفۆن یان ئیمەیڵەی کە لە لامان تۆمار کراوە.
sign-in-case-reference = ژمارەی دۆسیە
sign-in-case-reference-hint = بۆ نموونە DEMO-0001. لەسەر بەڵگەنامەکانت چاپ کراوە.
sign-in-date-of-birth = ڕێکەوتی لەدایکبوون
sign-in-date-of-birth-hint = وەک ئەوەی لەسەر بەڵگەنامەکانت نووسراوە: ساڵ-مانگ-ڕۆژ (1990-01-31) یان ڕۆژ/مانگ/ساڵ (31/01/1990). ئەگەر تەنها ساڵ، یان ساڵ و مانگ نووسرابوو، تەنها ئەوە بنووسە (1978 یان 1978-11).
sign-in-send-code = کۆدم بۆ بنێرە
sign-in-privacy = هەرگیز بە کەس ناڵێین کە ژمارەیەکی دۆسیە هەیە یان نا.

code-title = کۆدەکەت بنووسە
code-intro = ئەگەر ئەو زانیارییانەی نووسیت لەگەڵ تۆمارەکانمان یەک بگرنەوە، کۆدێکی ٦ ژمارەییمان ناردووە بۆ ئەو ژمارە تەلەفۆن یان ئیمەیڵەی کە لە لامان تۆمار کراوە. کۆدەکە بۆ ماوەی ١٠ خولەک کار دەکات.
code-label = کۆدی ٦ ژمارەیی
code-hint = دەتوانیت بە بۆشاییەوە بینووسیت.
code-submit = چوونەژوورەوە
code-start-again = کۆدت پێنەگەیشت؟ لە سەرەتاوە دەست پێبکەرەوە

## My data
my-data-title = زانیارییەکانم
my-data-reference = ژمارەی دۆسیە:
my-data-intro = هەموو ئەو زانیارییانەی دەربارەی تۆ هەن، بەپێی جۆر. کرتە لەسەر ناوی هەر جۆرێک بکە بۆ ئەوەی ببینیت هەر زانیارییەک لە کوێوە هاتووە، بۆچی و تا کەی هەڵدەگیرێت، دەدرێت بە کێ، و دەتوانیت داوای چی بکەیت.
my-data-sensitive = هەستیار
my-data-sensitive-explained = ئەمە زانیاریی هەستیارە. پاراستنی زیاتری هەیە، و کارمەندان دەبێت هۆکارێک بڵێن پێش ئەوەی بیکەنەوە.
my-data-source = لە کوێوە هاتووە
my-data-purpose = بۆچی هەڵگیراوە
my-data-legal-basis = ئەو یاسایەی ڕێگەی پێدەدات
my-data-kept-until = هەڵدەگیرێت تا
my-data-shared-with = دەدرێت بە
# How many items of data one kind holds, beside its heading ("Identity · 6 items").
my-data-field-count = { $count ->
    [one] { $count } زانیاری
   *[other] { $count } زانیاری
}
my-data-why = بۆچی هەڵگیراون و دەدرێن بە کێ

category-identity = ناسنامە
category-contact = زانیاریی پەیوەندی
category-family = خێزان
category-legal-status = باری یاسایی
category-health = تەندروستی
category-biometrics = بایۆمەتری (پەنجەمۆر و وێنە)
category-education = خوێندن
category-employment = کار
category-case-history = مێژووی دۆسیە

field-given-name = ناو
field-family-name = ناوی بنەماڵە
field-date-of-birth = ڕێکەوتی لەدایکبوون
field-place-of-birth = شوێنی لەدایکبوون
field-nationality = ڕەگەزنامە
field-sex = ڕەگەز
field-native-language = زمانی دایک
field-document-number = ژمارەی بەڵگەنامە
field-email = ئیمەیڵ
field-phone = ژمارەی تەلەفۆن
field-address = ناونیشان
field-municipality = شارەوانی
field-marital-status = باری خێزانی
field-spouse-name = ناوی هاوسەر
field-children-count = ژمارەی منداڵ
field-dependants = کەسانی تر کە بەخێویان دەکەیت
field-next-of-kin = نزیکترین خزم
field-residence-status = باری نیشتەجێبوون
field-permit-type = جۆری مۆڵەت
field-permit-expiry = مۆڵەت کارایە تا
field-asylum-claim-date = ڕێکەوتی داواکردنی پەنابەری
field-appeal-status = تانەدان (تێهەڵچوونەوە)
field-screening-date = ڕێکەوتی پشکنینی تەندروستی
field-screening-result = ئەنجامی پشکنینی تەندروستی
field-vaccinations = ڤاکسینەکان
field-disability-needs = پێداویستیی یارمەتی بۆ کەمئەندامی
field-medication-needs = پێداویستیی دەرمان
field-fingerprint-record = تۆماری پەنجەمۆر
field-photo-record = تۆماری وێنە
field-enrolment-date = ڕێکەوتی تۆمارکردنی بایۆمەتری
field-enrolment-office = نووسینگەی تۆمارکردن
field-highest-education = بەرزترین ئاستی خوێندن
field-languages-spoken = ئەو زمانانەی قسەیان پێدەکەیت
field-school-enrolment = ناونووسین لە قوتابخانە
field-work-permit = مۆڵەتی کار
field-occupation = پیشە
field-employer = خاوەنکار
field-case-opened = ڕێکەوتی کردنەوەی دۆسیە
field-case-office = نووسینگەی دۆسیە
field-interview-date = ڕێکەوتی چاوپێکەوتن
field-last-decision = دوایین بڕیار
field-decision-date = ڕێکەوتی دوایین بڕیار
field-resettlement-referral = ناردن بۆ نیشتەجێبوون لە وڵاتێکی تر
field-statistics-cohort = گرووپی ئاماری

purpose-case-management = بەڕێوەبردنی دۆسیەکەت
purpose-residence-permit = بڕیاردان لەسەر مۆڵەتی نیشتەجێبوونت
purpose-health-screening = پشکنینی تەندروستی لە کاتی گەیشتن
purpose-family-reunification = کۆکردنەوەی خێزانەکەت
purpose-biometric-identity = دڵنیابوونەوە لە ناسنامەکەت
purpose-integration-support = یارمەتی بۆ خوێندن، زمان و کار
purpose-resettlement-referral = ناردن بۆ نیشتەجێبوون لە وڵاتێکی تر
purpose-statistics = ئاماری بێ ناو
purpose-service-updates = هەواڵی خزمەتگوزارییەکان

legal-basis-public-task = ئەرکێک بۆ بەرژەوەندیی گشتی کە یاسا دیاری کردووە
legal-basis-legal-obligation = ئەرکێکی یاسایی لەسەر دەزگاکە
legal-basis-consent = ڕەزامەندیی خۆت، کە دەتوانیت وەریبگریتەوە
legal-basis-vital-interests = بۆ پاراستنی ژیانی کەسێک
legal-basis-contract = گرێبەستێک لەگەڵ تۆ
legal-basis-legitimate-interests = بەرژەوەندییەکی ڕەوا، کە لەگەڵ مافەکانی تۆ بەراورد کراوە

recipient-none = هیچ کەسێک لە دەرەوەی دەزگاکە
recipient-border-agency = دەزگای سنوور
recipient-municipality = شارەوانییەکەت
recipient-health-service = خزمەتگوزاریی تەندروستیی گشتی
recipient-unhcr = UNHCR (ئاژانسی پەنابەرانی نەتەوە یەکگرتووەکان)
recipient-education-provider = قوتابخانە یان شوێنی خولی زمان
recipient-resettlement-country = ئەو وڵاتەی تێیدا نیشتەجێ دەکرێیت
recipient-statistics-office = نووسینگەی ئامار (بەبێ ناوت)

## Values from source systems that have a translation
value-single = سەڵت
value-married = هاوسەردار
value-widowed = بێوەژن یان بێوەپیاو
value-asylum-seeker = پەناخواز
value-refugee = پەنابەر
value-subsidiary-protection = پاراستنی لاوەکی
value-temporary-protection = پاراستنی کاتی
value-none = هیچ
value-pending = چاوەڕێی بڕیارە
value-closed = داخراوە
value-no-follow-up = پێویست بە بەدواداچوون ناکات
value-follow-up-booked = کاتی سەردانی دووبارە دیاری کراوە
value-complete = تەواو
value-partial = ناتەواو
value-unknown = نەزانراو
value-mobility-support = یارمەتی بۆ جووڵە
value-hearing-support = یارمەتی بۆ بیستن
value-regular-prescription = دەرمانی بەردەوام بە ڕەچەتە
value-primary = قوتابخانەی سەرەتایی
value-secondary = قوتابخانەی ناوەندی و ئامادەیی
value-vocational = ڕاهێنانی پیشەیی
value-university = زانکۆ
value-not-applicable = پەیوەندیدار نییە
value-enrolled = ناونووس کراوە
value-waiting-list = لە لیستی چاوەڕوانیدایە
value-yes = بەڵێ
value-no = نەخێر
value-applied = داوای بۆ کراوە
value-nurse = پەرستار
value-electrician = کارەباچی
value-teacher = مامۆستا
value-cook = چێشتلێنەر
value-driver = شۆفێر
value-student = خوێندکار
value-interview-scheduled = کاتی چاوپێکەوتن دیاری کراوە
value-permit-granted = مۆڵەت دراوە
value-under-review = لە پشکنیندایە
value-not-referred = نەنێردراوە
value-referred = نێردراوە
value-accepted = پەسەند کراوە

## Errors (codes are stable; the text says what to do)
SI-001 = ژمارەی دۆسیەکەت بنووسە.
SI-002 = ژمارەی دۆسیە تەنها پیت، ژمارە و هێڵی کورت (-) لەخۆ دەگرێت، وەک ئەوەی لەسەر بەڵگەنامەکانت چاپ کراوە.
SI-003 = ڕێکەوتی لەدایکبوونت بنووسە.
SI-004 = ڕێکەوتی لەدایکبوونت وەک ئەوەی لەسەر بەڵگەنامەکانت نووسراوە بنووسە، بۆ نموونە 1990-01-31 یان 31/01/1990. ئەگەر تەنها ساڵ یان ساڵ و مانگ نووسرابوو، تەنها ئەوە بنووسە، بۆ نموونە 1978 یان 1978-11.
SI-005 = ئەو کۆدە بنووسە کە لە نامەکەماندا بۆمان ناردوویت.
SI-006 = کۆدەکە ٦ ژمارەیە. نامەکە بپشکنە و دووبارە هەوڵ بدەرەوە.
SI-010 = ئەو کۆدە دروست نییە، یان کاتی بەسەرچووە. نامەکە بپشکنە و دووبارە هەوڵ بدەرەوە.
SI-011 = کاتی ئەم چوونەژوورەوەیە بەسەرچووە، یان زۆر جار هەوڵی بۆ دراوە. تکایە لە سەرەتاوە دەست پێبکەرەوە.
SI-012 = هەوڵدان زۆر بوو. تکایە چەند خولەکێک چاوەڕێ بکە و دووبارە هەوڵ بدەرەوە.
AU-001 = ماوەی چوونەژوورەوەکەت کۆتایی هات. تکایە دووبارە بچۆ ژوورەوە.
GEN-400 = هەندێک لە زانیارییەکان دروست نین. فۆڕمەکە بپشکنە و دووبارە هەوڵ بدەرەوە.
GEN-403 = کاتی ئەم فۆڕمە بەسەرچووە. بگەڕێوە دواوە، پەڕەکە نوێ بکەرەوە و دووبارە هەوڵ بدەرەوە.
GEN-404 = ئەم پەڕەیە بوونی نییە، یان تۆ ناتوانیت بیبینیت.
GEN-409 = کەسێکی تر لە هەمان کاتدا ئەمەی گۆڕی، بۆیە هیچ شتێک پاشەکەوت نەکرا. پەڕەکە نوێ بکەرەوە و دووبارە هەوڵ بدەرەوە.
GEN-500 = هەڵەیەک لە لای ئێمە ڕوویدا. هیچ شتێک لەوەی ناردووتە ون نەبووە. تکایە چەند خولەکێکی تر دووبارە هەوڵ بدەرەوە.

## E-mails (they never contain personal data)
mail-sign-in-subject = کۆدی چوونەژوورەوەت بۆ ئامانە
mail-sign-in-body =
    کۆدی چوونەژوورەوەکەت ئەمەیە: { $code }

    بۆ ماوەی { $minutes } خولەک کار دەکات. لەو پەڕەیەدا بینووسە کە داوای کۆدەکەت لێکرد.

    ئەگەر تۆ داوای کۆدت نەکردووە، دەتوانیت گوێ بەم نامەیە نەدەیت. کەس ناتوانێت بەبێ ئەم کۆدە بچێتە ژوورەوە.

## Translation status
footer-draft-translation = ئەم وەرگێڕانە یەکەم ڕەشنووسە. ئەگەر شتێک ڕوون نەبوو، لە کارمەندان یان یارمەتیدەرێک بپرسە.

# What search engines show under the portal's name (start and sign-in pages only).
meta-description = ببینە دەزگای کۆچ چ زانیارییەکی دەربارەی تۆ هەیە، و بە زمانی خۆت داوا بکە ڕاست بکرێتەوە، بسڕدرێتەوە یان چیتر بەکار نەهێنرێت.
