# Amana — Urdu. Every string a person reads comes from here; other locales must define every key.

## The whole site
app-name = امانہ
nav-skip = اصل مواد پر جائیں
nav-label = مرکزی مینو
nav-language = زبان
nav-my-data = میری معلومات
nav-sign-out = لاگ آؤٹ
nav-quick-exit = فوراً باہر نکلیں
footer-fictional = امانہ صرف ایک نمونہ ہے۔ اس میں سب لوگ اور ریکارڈ فرضی ہیں۔
form-error-summary = کوئی مسئلہ ہے

## Home
home-title = آپ کی معلومات، آپ کے حقوق
home-choose-language = اپنی زبان چنیں
home-about-heading = یہ کیا ہے؟
home-about = یہاں آپ دیکھ سکتے ہیں کہ ادارے کے پاس آپ کی کون سی ذاتی معلومات ہیں، وہ انہیں کیوں رکھتا ہے، اور کن کو دیتا ہے۔ آپ کہہ سکتے ہیں کہ انہیں درست کیا جائے یا مٹا دیا جائے، اور یہ بھی دیکھ سکتے ہیں کہ کس نے انہیں دیکھا۔
home-rights-heading = آپ کے حقوق
right-access = اپنے بارے میں رکھی گئی تمام معلومات دیکھیں، اور ان کی ایک کاپی لیں۔
right-correct = کہیں کہ غلط معلومات درست کی جائیں۔
right-erase = کہیں کہ معلومات مٹا دی جائیں۔
right-restrict = کہیں کہ آپ کی معلومات آئندہ استعمال نہ کی جائیں۔
right-consent = کسی بھی وقت اپنی رضامندی دیں یا واپس لیں۔
right-complain = کسی آزاد ادارے سے شکایت کریں۔
right-who-looked = دیکھیں کہ آپ کی معلومات کس نے دیکھیں، اور کیوں۔
home-rights-free = اپنے حقوق استعمال کرنے کی کوئی فیس نہیں۔ آپ کو ایک مہینے کے اندر جواب ملے گا۔ اگر آپ کی درخواست پیچیدہ ہو تو یہ مدت دو مہینے اور بڑھائی جا سکتی ہے، اور آپ کو اس کی وجہ بتائی جائے گی۔
home-sign-in = لاگ ان کریں
notice-signed-out = آپ لاگ آؤٹ ہو گئے ہیں۔ اگر یہ فون دوسرے لوگ بھی استعمال کرتے ہیں تو ابھی براؤزر بند کر دیں۔

## Not found
not-found-title = صفحہ نہیں ملا
not-found-home = پہلے صفحے پر جائیں

## Sign in
sign-in-title = لاگ ان کریں
sign-in-intro = اپنے کاغذات پر چھپا ہوا کیس نمبر اور اپنی تاریخِ پیدائش لکھیں۔ آپ کا جو رابطہ (فون یا ای میل) ہمارے ریکارڈ میں ہے، اس پر ہم ایک کوڈ بھیجیں گے جو صرف ایک بار کام کرتا ہے۔
sign-in-case-reference = کیس نمبر
sign-in-case-reference-hint = مثلاً DEMO-0001۔ یہ آپ کے کاغذات پر چھپا ہوتا ہے۔
sign-in-date-of-birth = تاریخِ پیدائش
sign-in-date-of-birth-hint = جیسے آپ کے کاغذات پر لکھی ہے: سال-مہینہ-دن (1990-01-31) یا دن/مہینہ/سال (31/01/1990)۔ اگر ان پر صرف سال، یا سال اور مہینہ لکھا ہو، تو بس وہی لکھیں (1978 یا 1978-11)۔
sign-in-send-code = مجھے کوڈ بھیجیں
sign-in-privacy = ہم کبھی کسی کو نہیں بتاتے کہ کوئی کیس نمبر موجود ہے یا نہیں۔

code-title = اپنا کوڈ لکھیں
code-intro = اگر آپ کی لکھی ہوئی تفصیلات ہمارے ریکارڈ سے ملتی ہیں تو ہم نے آپ کے درج رابطے پر 6 ہندسوں کا کوڈ بھیج دیا ہے۔ یہ کوڈ 10 منٹ تک کام کرتا ہے۔
code-label = 6 ہندسوں کا کوڈ
code-hint = آپ اسے ہندسوں کے درمیان خالی جگہ چھوڑ کر بھی لکھ سکتے ہیں۔
code-submit = لاگ ان کریں
code-start-again = کوڈ نہیں ملا؟ دوبارہ شروع کریں

## My data
my-data-title = میری معلومات
my-data-reference = کیس نمبر:
my-data-intro = آپ کے بارے میں رکھی گئی تمام معلومات، قسم کے لحاظ سے۔ کسی قسم کے نام پر ٹیپ کریں اور دیکھیں کہ ہر چیز کہاں سے آئی، کیوں اور کب تک رکھی جائے گی، کسے دی جاتی ہے، اور آپ کیا درخواست کر سکتے ہیں۔
my-data-sensitive = حساس
my-data-sensitive-explained = یہ حساس معلومات ہیں۔ ان کی زیادہ حفاظت کی جاتی ہے، اور عملے کو انہیں کھولنے کے لیے وجہ بتانی پڑتی ہے۔
my-data-source = کہاں سے آئی
my-data-purpose = کیوں رکھی گئی ہے
my-data-legal-basis = کون سا قانون اجازت دیتا ہے
my-data-kept-until = کب تک رکھی جائے گی
my-data-shared-with = کسے دی جاتی ہے
# How many items of data one kind holds, beside its heading ("Identity · 6 items").
my-data-field-count = { $count ->
    [one] { $count } چیز
   *[other] { $count } چیزیں
}
my-data-why = کیوں رکھی گئی ہیں اور کسے دی جاتی ہیں

category-identity = شناخت
category-contact = رابطے کی تفصیلات
category-family = خاندان
category-legal-status = قانونی حیثیت
category-health = صحت
category-biometrics = بائیومیٹرک (انگلیوں کے نشان، تصویر)
category-education = تعلیم
category-employment = کام
category-case-history = کیس کی تاریخ

field-given-name = نام
field-family-name = خاندانی نام
field-date-of-birth = تاریخِ پیدائش
field-place-of-birth = جائے پیدائش
field-nationality = قومیت
field-sex = جنس
field-native-language = پہلی زبان
field-document-number = دستاویز نمبر
field-email = ای میل ایڈریس
field-phone = فون نمبر
field-address = پتا
field-municipality = بلدیہ
field-marital-status = ازدواجی حیثیت
field-spouse-name = شریکِ حیات کا نام
field-children-count = بچوں کی تعداد
field-dependants = زیرِ کفالت دوسرے افراد
field-next-of-kin = قریبی رشتہ دار
field-residence-status = رہائشی حیثیت
field-permit-type = اجازت نامے کی قسم
field-permit-expiry = اجازت نامہ کب تک درست ہے
field-asylum-claim-date = پناہ کی درخواست کی تاریخ
field-appeal-status = اپیل
field-screening-date = صحت کے معائنے کی تاریخ
field-screening-result = صحت کے معائنے کا نتیجہ
field-vaccinations = ٹیکے (ویکسین)
field-disability-needs = معذوری کی وجہ سے درکار مدد
field-medication-needs = دواؤں کی ضرورت
field-fingerprint-record = انگلیوں کے نشانات کا ریکارڈ
field-photo-record = تصویر کا ریکارڈ
field-enrolment-date = بائیومیٹرک اندراج کی تاریخ
field-enrolment-office = اندراج کا دفتر
field-highest-education = سب سے اونچی تعلیم
field-languages-spoken = بولی جانے والی زبانیں
field-school-enrolment = اسکول میں داخلہ
field-work-permit = کام کا اجازت نامہ
field-occupation = پیشہ
field-employer = آجر (کام دینے والا)
field-case-opened = کیس کھلنے کی تاریخ
field-case-office = کیس کا دفتر
field-interview-date = انٹرویو کی تاریخ
field-last-decision = تازہ ترین فیصلہ
field-decision-date = تازہ ترین فیصلے کی تاریخ
field-resettlement-referral = دوبارہ آبادکاری کے لیے کیس آگے بھیجنا
field-statistics-cohort = شماریاتی گروپ

purpose-case-management = آپ کے کیس پر کارروائی
purpose-residence-permit = آپ کے رہائشی اجازت نامے کا فیصلہ
purpose-health-screening = پہنچنے پر صحت کا معائنہ
purpose-family-reunification = آپ کے خاندان کو دوبارہ ملانا
purpose-biometric-identity = آپ کی شناخت کی تصدیق
purpose-integration-support = اسکول، زبان اور کام میں مدد
purpose-resettlement-referral = کسی دوسرے ملک میں دوبارہ آبادکاری کے لیے آپ کا کیس آگے بھیجنا
purpose-statistics = اعداد و شمار، نام کے بغیر
purpose-service-updates = خدمات کے بارے میں خبریں

legal-basis-public-task = قانون کے تحت عوامی بھلائی کا کام
legal-basis-legal-obligation = ادارے کی قانونی ذمہ داری
legal-basis-consent = آپ کی رضامندی، جسے آپ واپس لے سکتے ہیں
legal-basis-vital-interests = کسی کی جان بچانے کے لیے
legal-basis-contract = آپ کے ساتھ معاہدہ
legal-basis-legitimate-interests = ایک جائز ضرورت، جسے آپ کے حقوق کے مقابلے میں تولا گیا ہے

recipient-none = ادارے سے باہر کوئی نہیں
recipient-border-agency = سرحدی ادارہ (بارڈر ایجنسی)
recipient-municipality = آپ کی بلدیہ
recipient-health-service = سرکاری محکمۂ صحت
recipient-unhcr = UNHCR
recipient-education-provider = اسکول یا زبان کا کورس کروانے والا ادارہ
recipient-resettlement-country = وہ ملک جہاں آپ کو دوبارہ آباد کیا جائے گا
recipient-statistics-office = شماریات کا دفتر (آپ کے نام کے بغیر)

## Values from source systems that have a translation
value-single = غیر شادی شدہ
value-married = شادی شدہ
value-widowed = بیوہ / رنڈوا
value-asylum-seeker = پناہ کا طالب
value-refugee = پناہ گزین
value-subsidiary-protection = ذیلی تحفظ
value-temporary-protection = عارضی تحفظ
value-none = کوئی نہیں
value-pending = ابھی فیصلہ نہیں ہوا
value-closed = بند
value-no-follow-up = دوبارہ معائنے کی ضرورت نہیں
value-follow-up-booked = دوبارہ معائنے کا وقت طے ہے
value-complete = مکمل
value-partial = ادھورا
value-unknown = معلوم نہیں
value-mobility-support = چلنے پھرنے میں مدد
value-hearing-support = سننے میں مدد
value-regular-prescription = ڈاکٹر کی لکھی ہوئی باقاعدہ دوا
value-primary = پرائمری اسکول
value-secondary = سیکنڈری اسکول
value-vocational = ہنر کی تربیت
value-university = یونیورسٹی
value-not-applicable = لاگو نہیں
value-enrolled = داخلہ ہو گیا
value-waiting-list = انتظار کی فہرست میں
value-yes = ہاں
value-no = نہیں
value-applied = درخواست دی گئی ہے
value-nurse = نرس
value-electrician = الیکٹریشن
value-teacher = استاد
value-cook = باورچی
value-driver = ڈرائیور
value-student = طالب علم
value-interview-scheduled = انٹرویو کا وقت طے ہے
value-permit-granted = اجازت نامہ مل گیا
value-under-review = جانچ جاری ہے
value-not-referred = آگے نہیں بھیجا گیا
value-referred = آگے بھیج دیا گیا
value-accepted = منظور

## Errors (codes are stable; the text says what to do)
SI-001 = اپنا کیس نمبر لکھیں۔
SI-002 = کیس نمبر میں صرف حروف، ہندسے اور ڈیش (-) ہو سکتے ہیں، جیسے آپ کے کاغذات پر چھپا ہے۔
SI-003 = اپنی تاریخِ پیدائش لکھیں۔
SI-004 = اپنی تاریخِ پیدائش ویسے ہی لکھیں جیسے آپ کے کاغذات پر ہے، مثلاً 1990-01-31 یا 31/01/1990۔ اگر ان پر صرف سال یا سال اور مہینہ ہو تو بس وہی لکھیں، مثلاً 1978 یا 1978-11۔
SI-005 = ہمارے بھیجے ہوئے پیغام والا کوڈ لکھیں۔
SI-006 = کوڈ 6 ہندسوں کا ہے۔ پیغام دیکھیں اور دوبارہ کوشش کریں۔
SI-010 = یہ کوڈ درست نہیں، یا اس کا وقت ختم ہو گیا ہے۔ پیغام دیکھیں اور دوبارہ کوشش کریں۔
SI-011 = اس لاگ ان کا وقت ختم ہو گیا ہے، یا اس کی بہت زیادہ بار کوشش کی گئی۔ براہِ کرم دوبارہ شروع کریں۔
SI-012 = بہت زیادہ کوششیں ہو گئیں۔ براہِ کرم چند منٹ انتظار کریں اور پھر کوشش کریں۔
AU-001 = آپ کا سیشن ختم ہو گیا ہے۔ براہِ کرم دوبارہ لاگ ان کریں۔
GEN-400 = کچھ معلومات درست نہیں۔ فارم دیکھیں اور دوبارہ کوشش کریں۔
GEN-403 = اس فارم کا وقت ختم ہو گیا ہے۔ پیچھے جائیں، صفحہ دوبارہ کھولیں (ری لوڈ کریں) اور پھر کوشش کریں۔
GEN-404 = یہ صفحہ موجود نہیں، یا آپ اسے نہیں دیکھ سکتے۔
GEN-409 = عین اسی وقت کسی اور نے اس میں تبدیلی کی، اس لیے کچھ بھی محفوظ نہیں ہوا۔ صفحہ دوبارہ کھولیں (ری لوڈ کریں) اور پھر کوشش کریں۔
GEN-500 = ہماری طرف کوئی خرابی ہو گئی۔ آپ نے جو کچھ بھیجا تھا وہ ضائع نہیں ہوا۔ براہِ کرم چند منٹ بعد دوبارہ کوشش کریں۔

## E-mails (they never contain personal data)
mail-sign-in-subject = آپ کا امانہ لاگ ان کوڈ
mail-sign-in-body =
    آپ کا لاگ ان کوڈ یہ ہے: { $code }

    یہ { $minutes } منٹ تک کام کرتا ہے۔ اسے اسی صفحے پر لکھیں جہاں آپ نے کوڈ مانگا تھا۔

    اگر آپ نے کوڈ نہیں مانگا تو اس پیغام کو نظر انداز کر دیں۔ کوڈ کے بغیر کوئی لاگ ان نہیں کر سکتا۔

## Translation status
footer-draft-translation = یہ ترجمہ پہلا مسودہ ہے۔ اگر کوئی بات واضح نہ ہو تو عملے سے یا کسی مددگار سے پوچھیں۔

# What search engines show under the portal's name (start and sign-in pages only).
meta-description = دیکھیں کہ امیگریشن کا ادارہ آپ کے بارے میں کیا معلومات رکھتا ہے، اور اپنی زبان میں کہیں کہ انہیں درست کیا جائے، مٹا دیا جائے یا آئندہ استعمال نہ کیا جائے۔
