# Amana — Dari (fa-AF). Every string a person reads comes from here; other locales must define every key.

## The whole site
app-name = آمانا
nav-skip = رفتن به محتوای اصلی
nav-label = مینوی اصلی
nav-language = زبان
nav-my-data = معلومات من
nav-sign-out = خروج
nav-quick-exit = خروج فوری
footer-fictional = آمانا فقط یک نمونهٔ آزمایشی است. همهٔ اشخاص و معلومات آن ساختگی هستند.
form-error-summary = یک مشکل پیش آمده است

## Home
home-title = معلومات شما، حق شما
home-choose-language = زبان خود را انتخاب کنید
home-about-heading = اینجا چیست؟
home-about = اینجا می‌توانید ببینید که اداره کدام معلومات شخصی شما را نگه می‌دارد، چرا نگه می‌دارد و با چه کسانی شریک می‌سازد. می‌توانید بخواهید که این معلومات اصلاح یا حذف شود، و ببینید چه کسی آن را دیده است.
home-rights-heading = حقوق شما
right-access = همهٔ معلوماتی را که از شما نگه داشته شده ببینید، و یک کاپی آن را بگیرید.
right-correct = بخواهید معلومات غلط اصلاح شود.
right-erase = بخواهید معلومات حذف شود.
right-restrict = بخواهید از معلومات شما دیگر استفاده نشود.
right-consent = هر وقت بخواهید، رضایت خود را بدهید یا پس بگیرید.
right-complain = به یک ادارهٔ مستقل شکایت کنید.
right-who-looked = ببینید چه کسی معلومات شما را دیده و چرا.
home-rights-free = استفاده از این حقوق رایگان است. در مدت یک ماه جواب می‌گیرید. اگر درخواست شما پیچیده باشد، این مدت ممکن است دو ماه دیگر تمدید شود، و دلیلش را به شما می‌گوییم.
home-sign-in = ورود
notice-signed-out = شما خارج شدید. اگر این موبایل را دیگران هم استفاده می‌کنند، همین حالا براوزر را ببندید.

## Not found
not-found-title = صفحه پیدا نشد
not-found-home = رفتن به صفحهٔ اول

## Sign in
sign-in-title = ورود
sign-in-intro = نمبر دوسیه را که در اسناد شما چاپ شده، و تاریخ تولد خود را بنویسید. ما یک کود یک‌باره به نمبر تلفون یا ایمیلی که از شما داریم می‌فرستیم.
sign-in-case-reference = نمبر دوسیه
sign-in-case-reference-hint = مثلاً DEMO-0001. این نمبر در اسناد شما چاپ شده است.
sign-in-date-of-birth = تاریخ تولد
sign-in-date-of-birth-hint = همان طور که در اسناد شما نوشته شده: سال-ماه-روز میلادی (1990-01-31) یا روز/ماه/سال (31/01/1990). اگر تنها سال، یا سال و ماه نوشته شده، فقط همان را بنویسید (1978 یا 1978-11).
sign-in-send-code = برایم کود بفرستید
sign-in-privacy = ما هیچ وقت به کسی نمی‌گوییم که یک نمبر دوسیه وجود دارد یا نه.

code-title = کود خود را بنویسید
code-intro = اگر معلوماتی که نوشتید با معلومات ثبت‌شدهٔ ما یکی باشد، یک کود ۶ رقمی به نمبر تلفون یا ایمیلی که از شما داریم فرستاده‌ایم. این کود تا ۱۰ دقیقه کار می‌کند.
code-label = کود ۶ رقمی
code-hint = می‌توانید کود را با فاصله بنویسید.
code-submit = ورود
code-start-again = کود نگرفتید؟ دوباره شروع کنید

## My data
my-data-title = معلومات من
my-data-reference = نمبر دوسیه:
my-data-intro = همهٔ معلوماتی که از شما نگه داشته شده، به اساس نوع. بالای نام هر نوع بزنید تا ببینید هر مورد از کجا آمده، چرا و تا چه وقت نگه داشته می‌شود، به چه کسانی داده می‌شود و چه چیزی را می‌توانید درخواست کنید.
my-data-sensitive = حساس
my-data-sensitive-explained = این معلومات حساس است. از آن بیشتر محافظت می‌شود، و کارمندان برای باز کردن آن باید دلیل بگویند.
my-data-source = از کجا آمده
my-data-purpose = چرا نگه داشته می‌شود
my-data-legal-basis = قانونی که اجازه می‌دهد
my-data-kept-until = نگه داشته می‌شود تا
my-data-shared-with = داده می‌شود به
# How many items of data one kind holds, beside its heading ("Identity · 6 items").
my-data-field-count = { $count ->
    [one] { $count } مورد
   *[other] { $count } مورد
}
my-data-why = چرا نگه داشته می‌شود و به چه کسانی داده می‌شود

category-identity = هویت
category-contact = معلومات تماس
category-family = خانواده
category-legal-status = وضعیت قانونی
category-health = صحت
category-biometrics = بایومتریک (نشان انگشت و عکس)
category-education = تحصیلات
category-employment = کار
category-case-history = تاریخچهٔ دوسیه

field-given-name = نام
field-family-name = تخلص
field-date-of-birth = تاریخ تولد
field-place-of-birth = محل تولد
field-nationality = تابعیت
field-sex = جنسیت
field-native-language = زبان مادری
field-document-number = نمبر سند
field-email = آدرس ایمیل
field-phone = نمبر تلفون
field-address = آدرس
field-municipality = شاروالی
field-marital-status = وضعیت ازدواج
field-spouse-name = نام همسر
field-children-count = تعداد اولاد
field-dependants = دیگر افراد تحت کفالت
field-next-of-kin = نزدیک‌ترین خویشاوند
field-residence-status = وضعیت اقامت
field-permit-type = نوع اجازهٔ اقامت
field-permit-expiry = اجازهٔ اقامت اعتبار دارد تا
field-asylum-claim-date = تاریخ درخواست پناهندگی
field-appeal-status = اعتراض به فیصله
field-screening-date = تاریخ معاینهٔ صحی
field-screening-result = نتیجهٔ معاینهٔ صحی
field-vaccinations = واکسین‌ها
field-disability-needs = کمک لازم به خاطر معلولیت
field-medication-needs = دوای مورد نیاز
field-fingerprint-record = ثبت نشان انگشت
field-photo-record = ثبت عکس
field-enrolment-date = تاریخ ثبت بایومتریک
field-enrolment-office = دفتر ثبت بایومتریک
field-highest-education = بلندترین درجهٔ تحصیل
field-languages-spoken = زبان‌هایی که به آن گپ می‌زنید
field-school-enrolment = شمولیت در مکتب
field-work-permit = اجازهٔ کار
field-occupation = مسلک
field-employer = کارفرما
field-case-opened = تاریخ باز شدن دوسیه
field-case-office = دفتری که به دوسیه رسیدگی می‌کند
field-interview-date = تاریخ مصاحبه
field-last-decision = آخرین فیصله
field-decision-date = تاریخ آخرین فیصله
field-resettlement-referral = معرفی برای اسکان در کشور دیگر
field-statistics-cohort = گروه احصائیوی

purpose-case-management = رسیدگی به دوسیهٔ شما
purpose-residence-permit = فیصله دربارهٔ اجازهٔ اقامت شما
purpose-health-screening = معاینهٔ صحی هنگام رسیدن
purpose-family-reunification = یکجا شدن دوبارهٔ شما با خانواده‌تان
purpose-biometric-identity = تأیید هویت شما
purpose-integration-support = کمک برای مکتب، زبان و کار
purpose-resettlement-referral = معرفی برای اسکان دوباره در یک کشور دیگر
purpose-statistics = احصائیه بدون نام
purpose-service-updates = خبرها دربارهٔ خدمات

legal-basis-public-task = کاری به نفع عامه که قانون تعیین کرده است
legal-basis-legal-obligation = وظیفه‌ای که قانون بر دوش اداره گذاشته است
legal-basis-consent = رضایت خود شما، که می‌توانید آن را پس بگیرید
legal-basis-vital-interests = برای حفظ جان یک نفر
legal-basis-contract = قراردادی با شما
legal-basis-legitimate-interests = یک منفعت مشروع، که با حقوق شما سنجیده شده است

recipient-none = هیچ کس بیرون از اداره
recipient-border-agency = ادارهٔ سرحدات
recipient-municipality = شاروالی محل زندگی شما
recipient-health-service = خدمات صحت عامه
recipient-unhcr = کمیشنری عالی سازمان ملل متحد برای پناهندگان (UNHCR)
recipient-education-provider = مکتب یا جای کورس زبان
recipient-resettlement-country = کشوری که در آن اسکان داده می‌شوید
recipient-statistics-office = ادارهٔ احصائیه (بدون نام شما)

## Values from source systems that have a translation
value-single = مجرد
value-married = متأهل
value-widowed = همسر فوت‌شده (بیوه)
value-asylum-seeker = پناهجو
value-refugee = پناهنده
value-subsidiary-protection = حمایت تکمیلی
value-temporary-protection = حمایت موقت
value-none = هیچ
value-pending = در انتظار
value-closed = بسته شده
value-no-follow-up = پیگیری لازم نیست
value-follow-up-booked = وقت پیگیری گرفته شده
value-complete = کامل
value-partial = قسمی
value-unknown = معلوم نیست
value-mobility-support = کمک برای رفت‌وآمد
value-hearing-support = کمک برای شنوایی
value-regular-prescription = نسخهٔ دوای همیشگی
value-primary = مکتب ابتدائیه
value-secondary = مکتب متوسطه یا لیسه
value-vocational = آموزش مسلکی
value-university = پوهنتون
value-not-applicable = مربوط نمی‌شود
value-enrolled = شامل شده
value-waiting-list = در لست انتظار
value-yes = بلی
value-no = نخیر
value-applied = درخواست داده شده
value-nurse = نرس
value-electrician = برق‌کار
value-teacher = معلم
value-cook = آشپز
value-driver = دریور
value-student = شاگرد یا محصل
value-interview-scheduled = وقت مصاحبه تعیین شده
value-permit-granted = اجازهٔ اقامت داده شده
value-under-review = زیر بررسی
value-not-referred = معرفی نشده
value-referred = معرفی شده
value-accepted = قبول شده

## Errors (codes are stable; the text says what to do)
SI-001 = نمبر دوسیهٔ خود را بنویسید.
SI-002 = نمبر دوسیه فقط حروف لاتین، عدد و خط تیره (-) دارد، همان‌طور که در اسناد شما چاپ شده است.
SI-003 = تاریخ تولد خود را بنویسید.
SI-004 = تاریخ تولد میلادی را همان طور که در اسناد شما نوشته شده بنویسید، مثلاً 1990-01-31 یا 31/01/1990. اگر تنها سال یا سال و ماه نوشته شده، فقط همان را بنویسید، مثلاً 1978 یا 1978-11.
SI-005 = کودی را که در پیام برایتان فرستادیم بنویسید.
SI-006 = کود ۶ رقم دارد. پیام را دوباره ببینید و باز کوشش کنید.
SI-010 = این کود درست نیست، یا وقتش تمام شده است. پیام را دوباره ببینید و باز کوشش کنید.
SI-011 = وقت این ورود تمام شده، یا بیش از حد کوشش شده است. لطفاً دوباره از اول شروع کنید.
SI-012 = کوشش‌ها بسیار زیاد شد. لطفاً چند دقیقه صبر کنید و باز کوشش کنید.
AU-001 = وقت ورود شما تمام شده است. لطفاً دوباره وارد شوید.
GEN-400 = بعضی از معلومات درست نیست. فورم را بررسی کنید و باز کوشش کنید.
GEN-403 = وقت این فورم تمام شده است. به صفحهٔ قبلی برگردید، صفحه را دوباره باز کنید و باز کوشش کنید.
GEN-404 = این صفحه وجود ندارد، یا شما اجازهٔ دیدن آن را ندارید.
GEN-409 = شخص دیگری در همان لحظه همین را تغییر داد، به همین خاطر هیچ چیز ذخیره نشد. صفحه را دوباره باز کنید و باز کوشش کنید.
GEN-500 = از طرف ما مشکلی پیش آمد. هیچ چیزی که فرستادید از بین نرفته است. لطفاً چند دقیقه بعد دوباره کوشش کنید.

## E-mails (they never contain personal data)
mail-sign-in-subject = کود ورود شما به آمانا
mail-sign-in-body =
    کود ورود شما: { $code }

    این کود تا { $minutes } دقیقه کار می‌کند. آن را در همان صفحه‌ای بنویسید که کود را خواستید.

    اگر شما کود نخواسته‌اید، می‌توانید این پیام را نادیده بگیرید. بدون این کود هیچ کس نمی‌تواند وارد شود.

## Translation status
footer-draft-translation = این ترجمه پیش‌نویس اول است. اگر چیزی واضح نیست، از کارمندان یا یک کمک‌کننده بپرسید.

# What search engines show under the portal's name (start and sign-in pages only).
meta-description = ببینید ادارهٔ مهاجرت کدام معلومات شما را نگه می‌دارد، و به زبان خود بخواهید که اصلاح یا حذف شود، یا دیگر از آن استفاده نشود.
