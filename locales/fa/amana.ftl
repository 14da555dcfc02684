# Amana — Persian (Farsi). Every string a person reads comes from here; other locales must define every key.

## The whole site
app-name = آمانا
nav-skip = رفتن به متن اصلی
nav-label = منوی اصلی
nav-language = زبان
nav-my-data = اطلاعات من
nav-sign-out = خروج
nav-quick-exit = خروج سریع
footer-fictional = آمانا فقط یک نمونهٔ آزمایشی است. همهٔ افراد و پرونده‌های آن ساختگی هستند.
form-error-summary = مشکلی پیش آمده است

## Home
home-title = اطلاعات شما، حق شما
home-choose-language = زبان خود را انتخاب کنید
home-about-heading = اینجا چیست؟
home-about = اینجا می‌توانید ببینید اداره چه اطلاعات شخصی‌ای از شما دارد، چرا آن را نگه می‌دارد و آن را به چه کسانی می‌دهد. می‌توانید بخواهید که اطلاعات اصلاح یا پاک شود، و ببینید چه کسی آن را دیده است.
home-rights-heading = حقوق شما
right-access = همهٔ اطلاعاتی را که از شما نگه داشته شده ببینید و یک نسخه از آن بگیرید.
right-correct = بخواهید اطلاعات نادرست اصلاح شود.
right-erase = بخواهید اطلاعات پاک شود.
right-restrict = بخواهید دیگر از اطلاعات شما استفاده نشود.
right-consent = هر وقت بخواهید، اجازهٔ خود را بدهید یا پس بگیرید.
right-complain = به یک نهاد مستقل شکایت کنید.
right-who-looked = ببینید چه کسی اطلاعات شما را دیده و چرا.
home-rights-free = استفاده از این حقوق رایگان است. ظرف یک ماه جواب می‌گیرید. اگر درخواست شما پیچیده باشد، این زمان ممکن است دو ماه دیگر بیشتر شود و دلیلش را به شما می‌گوییم.
home-sign-in = ورود
notice-signed-out = شما خارج شدید. اگر دیگران هم از این گوشی استفاده می‌کنند، همین حالا مرورگر را ببندید.

## Not found
not-found-title = صفحه پیدا نشد
not-found-home = رفتن به صفحهٔ اول

## Sign in
sign-in-title = ورود
sign-in-intro = شمارهٔ پرونده را که روی مدارک شما چاپ شده و تاریخ تولد خود را وارد کنید. ما یک کد یک‌بارمصرف به شماره یا ایمیلی که از شما داریم می‌فرستیم.
sign-in-case-reference = شمارهٔ پرونده
sign-in-case-reference-hint = مثلاً DEMO-0001. این شماره روی مدارک شما چاپ شده است.
sign-in-date-of-birth = تاریخ تولد
sign-in-date-of-birth-hint = همان‌طور که در مدارک شما آمده: سال-ماه-روز میلادی (1990-01-31) یا روز/ماه/سال (31/01/1990). اگر فقط سال، یا سال و ماه آمده، همان را بنویسید (1978 یا 1978-11).
sign-in-send-code = برایم کد بفرستید
sign-in-privacy = ما هرگز به کسی نمی‌گوییم که یک شمارهٔ پرونده وجود دارد یا نه.

code-title = کد خود را وارد کنید
code-intro = اگر اطلاعاتی که وارد کردید با سوابق ما یکی باشد، یک کد ۶ رقمی به شماره یا ایمیلی که از شما داریم فرستاده‌ایم. این کد تا ۱۰ دقیقه کار می‌کند.
code-label = کد ۶ رقمی
code-hint = می‌توانید کد را با فاصله بنویسید.
code-submit = ورود
code-start-again = کدی نگرفتید؟ دوباره شروع کنید

## My data
my-data-title = اطلاعات من
my-data-reference = شمارهٔ پرونده:
my-data-intro = همهٔ اطلاعاتی که از شما نگه داشته شده، بر اساس نوع. روی نام هر نوع بزنید تا ببینید هر مورد از کجا آمده، چرا و تا کی نگه داشته می‌شود، به چه کسانی داده می‌شود و چه چیزی می‌توانید درخواست کنید.
my-data-sensitive = حساس
my-data-sensitive-explained = این اطلاعات حساس است. از آن بیشتر محافظت می‌شود و کارمندان برای باز کردن آن باید دلیل بیاورند.
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
category-contact = راه‌های تماس
category-family = خانواده
category-legal-status = وضعیت قانونی
category-health = سلامت
category-biometrics = اطلاعات بیومتریک (اثر انگشت و عکس)
category-education = تحصیلات
category-employment = کار
category-case-history = سابقهٔ پرونده

field-given-name = نام
field-family-name = نام خانوادگی
field-date-of-birth = تاریخ تولد
field-place-of-birth = محل تولد
field-nationality = تابعیت
field-sex = جنسیت
field-native-language = زبان مادری
field-document-number = شمارهٔ مدرک
field-email = ایمیل
field-phone = شمارهٔ تلفن
field-address = نشانی
field-municipality = شهرداری
field-marital-status = وضعیت تأهل
field-spouse-name = نام همسر
field-children-count = تعداد فرزندان
field-dependants = سایر افراد تحت تکفل
field-next-of-kin = نزدیک‌ترین خویشاوند
field-residence-status = وضعیت اقامت
field-permit-type = نوع اجازهٔ اقامت
field-permit-expiry = اعتبار اجازهٔ اقامت تا
field-asylum-claim-date = تاریخ درخواست پناهندگی
field-appeal-status = اعتراض به تصمیم
field-screening-date = تاریخ معاینهٔ پزشکی
field-screening-result = نتیجهٔ معاینهٔ پزشکی
field-vaccinations = واکسن‌ها
field-disability-needs = نیاز به کمک به دلیل معلولیت
field-medication-needs = نیاز به دارو
field-fingerprint-record = ثبت اثر انگشت
field-photo-record = ثبت عکس
field-enrolment-date = تاریخ ثبت اطلاعات بیومتریک
field-enrolment-office = دفتر ثبت
field-highest-education = بالاترین سطح تحصیلات
field-languages-spoken = زبان‌هایی که صحبت می‌کنید
field-school-enrolment = ثبت‌نام در مدرسه
field-work-permit = اجازهٔ کار
field-occupation = شغل
field-employer = کارفرما
field-case-opened = تاریخ باز شدن پرونده
field-case-office = دفتر رسیدگی به پرونده
field-interview-date = تاریخ مصاحبه
field-last-decision = آخرین تصمیم
field-decision-date = تاریخ آخرین تصمیم
field-resettlement-referral = معرفی برای اسکان مجدد
field-statistics-cohort = گروه آماری

purpose-case-management = رسیدگی به پروندهٔ شما
purpose-residence-permit = تصمیم‌گیری دربارهٔ اجازهٔ اقامت شما
purpose-health-screening = معاینهٔ پزشکی هنگام ورود
purpose-family-reunification = رساندن شما به خانواده‌تان (پیوستن خانواده)
purpose-biometric-identity = تأیید هویت شما
purpose-integration-support = کمک برای مدرسه، زبان و کار
purpose-resettlement-referral = معرفی برای اسکان مجدد در کشوری دیگر
purpose-statistics = آمار بدون نام
purpose-service-updates = خبرهای مربوط به خدمات

legal-basis-public-task = کاری به نفع عموم که قانون تعیین کرده است
legal-basis-legal-obligation = وظیفه‌ای که قانون بر عهدهٔ اداره گذاشته است
legal-basis-consent = اجازهٔ خود شما، که می‌توانید آن را پس بگیرید
legal-basis-vital-interests = برای حفظ جان یک نفر
legal-basis-contract = قراردادی با شما
legal-basis-legitimate-interests = یک نفع مشروع، که در برابر حقوق شما سنجیده شده است

recipient-none = هیچ کس بیرون از اداره
recipient-border-agency = ادارهٔ مرزبانی
recipient-municipality = شهرداری محل زندگی شما
recipient-health-service = خدمات بهداشت عمومی
recipient-unhcr = کمیساریای عالی سازمان ملل متحد در امور پناهندگان (UNHCR)
recipient-education-provider = مدرسه یا محل برگزاری کلاس زبان
recipient-resettlement-country = کشوری که در آن اسکان مجدد می‌یابید
recipient-statistics-office = ادارهٔ آمار (بدون نام شما)

## Values from source systems that have a translation
value-single = مجرد
value-married = متأهل
value-widowed = همسر فوت‌شده
value-asylum-seeker = پناه‌جو
value-refugee = پناهنده
value-subsidiary-protection = حمایت تکمیلی
value-temporary-protection = حمایت موقت
value-none = هیچ
value-pending = در انتظار
value-closed = بسته‌شده
value-no-follow-up = پیگیری لازم نیست
value-follow-up-booked = وقت پیگیری گرفته شده
value-complete = کامل
value-partial = ناقص
value-unknown = نامعلوم
value-mobility-support = کمک برای حرکت و جابه‌جایی
value-hearing-support = کمک شنوایی
value-regular-prescription = نسخهٔ دارویی همیشگی
value-primary = دبستان
value-secondary = دبیرستان
value-vocational = آموزش فنی و حرفه‌ای
value-university = دانشگاه
value-not-applicable = مربوط نیست
value-enrolled = ثبت‌نام شده
value-waiting-list = در فهرست انتظار
value-yes = بله
value-no = نه
value-applied = درخواست داده شده
value-nurse = پرستار
value-electrician = برق‌کار
value-teacher = معلم
value-cook = آشپز
value-driver = راننده
value-student = دانش‌آموز یا دانشجو
value-interview-scheduled = وقت مصاحبه تعیین شده
value-permit-granted = اجازهٔ اقامت داده شده
value-under-review = در حال بررسی
value-not-referred = معرفی نشده
value-referred = معرفی شده
value-accepted = پذیرفته شده

## Errors (codes are stable; the text says what to do)
SI-001 = شمارهٔ پرونده را وارد کنید.
SI-002 = شمارهٔ پرونده فقط حرف لاتین، عدد و خط تیره (-) دارد، همان‌طور که روی مدارک شما چاپ شده است.
SI-003 = تاریخ تولد خود را وارد کنید.
SI-004 = تاریخ تولد میلادی را همان‌طور که در مدارک شما آمده بنویسید، مثلاً 1990-01-31 یا 31/01/1990. اگر فقط سال یا سال و ماه آمده، همان را بنویسید، مثلاً 1978 یا 1978-11.
SI-005 = کدی را که در پیام برایتان فرستادیم وارد کنید.
SI-006 = کد ۶ رقم دارد. پیام را دوباره نگاه کنید و باز امتحان کنید.
SI-010 = این کد درست نیست یا وقتش تمام شده است. پیام را دوباره نگاه کنید و باز امتحان کنید.
SI-011 = وقت این ورود تمام شده یا بیش از حد امتحان شده است. لطفاً دوباره از اول شروع کنید.
SI-012 = دفعات امتحان خیلی زیاد شد. لطفاً چند دقیقه صبر کنید و دوباره امتحان کنید.
AU-001 = وقت ورود شما تمام شده است. لطفاً دوباره وارد شوید.
GEN-400 = بخشی از اطلاعات درست نیست. فرم را بررسی کنید و دوباره امتحان کنید.
GEN-403 = وقت این فرم تمام شده است. برگردید، صفحه را دوباره باز کنید و باز امتحان کنید.
GEN-404 = این صفحه وجود ندارد، یا شما اجازهٔ دیدن آن را ندارید.
GEN-409 = شخص دیگری همین را در همان لحظه تغییر داد، برای همین چیزی ذخیره نشد. صفحه را دوباره بارگذاری کنید و دوباره تلاش کنید.
GEN-500 = مشکلی از طرف ما پیش آمد. هیچ چیزی از آنچه فرستادید از بین نرفته است. لطفاً چند دقیقه بعد دوباره امتحان کنید.

## E-mails (they never contain personal data)
mail-sign-in-subject = کد ورود شما به آمانا
mail-sign-in-body =
    کد ورود شما: { $code }

    این کد تا { $minutes } دقیقه کار می‌کند. آن را در همان صفحه‌ای که کد را خواستید وارد کنید.

    اگر شما کدی نخواسته‌اید، می‌توانید این پیام را نادیده بگیرید. بدون این کد هیچ کس نمی‌تواند وارد شود.

## Translation status
footer-draft-translation = این ترجمه پیش‌نویس اول است. اگر چیزی روشن نیست، از کارمندان یا یک کمک‌کننده بپرسید.

# What search engines show under the portal's name (start and sign-in pages only).
meta-description = ببینید ادارهٔ مهاجرت چه اطلاعاتی از شما دارد، و به زبان خودتان بخواهید که اصلاح یا پاک شود یا دیگر از آن استفاده نشود.
