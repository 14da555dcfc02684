# Amana — Arabic (العربية). Every string a person reads comes from here; other locales must define every key.

## The whole site
app-name = أمانة
nav-skip = انتقل إلى المحتوى
nav-label = القائمة الرئيسية
nav-language = اللغة
nav-my-data = بياناتي
nav-sign-out = تسجيل الخروج
nav-quick-exit = خروج سريع
footer-fictional = أمانة موقع تجريبي. كل الأشخاص والسجلات فيه غير حقيقية.
form-error-summary = هناك مشكلة

## Home
home-title = بياناتك، حقوقك
home-choose-language = اختر لغتك
home-about-heading = ما هذا الموقع؟
home-about = هنا يمكنك أن ترى البيانات الشخصية التي تحتفظ بها الجهة المختصة عنك، ولماذا تحتفظ بها، ومع من تشاركها. يمكنك أن تطلب تصحيحها أو حذفها، وأن تعرف من اطّلع عليها.
home-rights-heading = حقوقك
right-access = أن ترى كل البيانات المحفوظة عنك، وأن تحصل على نسخة منها.
right-correct = أن تطلب تصحيح البيانات الخاطئة.
right-erase = أن تطلب حذف بياناتك.
right-restrict = أن تطلب التوقف عن استخدام بياناتك.
right-consent = أن تعطي موافقتك أو تسحبها، في أي وقت.
right-complain = أن تقدّم شكوى إلى جهة مستقلة.
right-who-looked = أن تعرف من اطّلع على بياناتك، ولماذا.
home-rights-free = استخدام حقوقك مجاني. ستحصل على رد خلال شهر واحد. إذا كان طلبك معقّدًا، فقد تُمدَّد هذه المدة شهرين إضافيين، وسنخبرك بالسبب.
home-sign-in = تسجيل الدخول
notice-signed-out = لقد سجّلت الخروج. إذا كان هذا الهاتف يستخدمه أشخاص آخرون، فأغلق المتصفح الآن.

## Not found
not-found-title = الصفحة غير موجودة
not-found-home = اذهب إلى الصفحة الأولى

## Sign in
sign-in-title = تسجيل الدخول
sign-in-intro = أدخل رقم الملف المطبوع على أوراقك وتاريخ ميلادك. سنرسل رمزًا يُستخدم مرة واحدة فقط إلى وسيلة التواصل المسجّلة لدينا باسمك.
sign-in-case-reference = رقم الملف
sign-in-case-reference-hint = مثلًا DEMO-0001. تجده مطبوعًا على أوراقك.
sign-in-date-of-birth = تاريخ الميلاد
sign-in-date-of-birth-hint = كما هو مكتوب في أوراقك: السنة-الشهر-اليوم (1990-01-31) أو اليوم/الشهر/السنة (31/01/1990). إذا لم يكن فيها إلا السنة، أو السنة والشهر، فاكتب ذلك فقط (1978 أو 1978-11).
sign-in-send-code = أرسل لي رمزًا
sign-in-privacy = لا نخبر أحدًا أبدًا إن كان رقم ملف ما موجودًا أم لا.

code-title = أدخل الرمز
code-intro = إذا كانت المعلومات التي أدخلتها مطابقة لسجلاتنا، فقد أرسلنا رمزًا من 6 أرقام إلى وسيلة التواصل المسجّلة لدينا باسمك. الرمز صالح لمدة 10 دقائق.
code-label = الرمز المكوّن من 6 أرقام
code-hint = يمكنك كتابته مع مسافات.
code-submit = تسجيل الدخول
code-start-again = لم يصلك رمز؟ ابدأ من جديد

## My data
my-data-title = بياناتي
my-data-reference = رقم الملف:
my-data-intro = كل البيانات المحفوظة عنك، حسب نوعها. اضغط على اسم أي نوع لترى من أين جاء كل بند، ولماذا يُحفظ وإلى متى، ومن يحصل عليه، وما يمكنك أن تطلبه.
my-data-sensitive = حساسة
my-data-sensitive-explained = هذه بيانات حساسة. لها حماية إضافية، ويجب على الموظفين ذكر السبب قبل فتحها.
my-data-source = المصدر
my-data-purpose = سبب الاحتفاظ بها
my-data-legal-basis = القانون الذي يسمح بذلك
my-data-kept-until = محفوظة حتى
my-data-shared-with = تُشارَك مع
# How many items of data one kind holds, beside its heading ("Identity · 6 items").
my-data-field-count = { $count ->
    [zero] { $count } بند
    [one] { $count } بند
    [two] { $count } بند
    [few] { $count } بنود
    [many] { $count } بندًا
   *[other] { $count } بند
}
my-data-why = لماذا تُحفظ ومن يحصل عليها

category-identity = الهوية
category-contact = معلومات التواصل
category-family = العائلة
category-legal-status = الوضع القانوني
category-health = الصحة
category-biometrics = البيانات البيومترية (البصمات والصور)
category-education = التعليم
category-employment = العمل
category-case-history = سجل الملف

field-given-name = الاسم الأول
field-family-name = اسم العائلة
field-date-of-birth = تاريخ الميلاد
field-place-of-birth = مكان الميلاد
field-nationality = الجنسية
field-sex = الجنس
field-native-language = اللغة الأم
field-document-number = رقم الوثيقة
field-email = البريد الإلكتروني
field-phone = رقم الهاتف
field-address = العنوان
field-municipality = البلدية
field-marital-status = الحالة الاجتماعية
field-spouse-name = اسم الزوج أو الزوجة
field-children-count = عدد الأطفال
field-dependants = أشخاص آخرون تعيلهم
field-next-of-kin = أقرب الأقارب
field-residence-status = وضع الإقامة
field-permit-type = نوع التصريح
field-permit-expiry = التصريح صالح حتى
field-asylum-claim-date = تاريخ طلب اللجوء
field-appeal-status = الطعن في القرار
field-screening-date = تاريخ الفحص الصحي
field-screening-result = نتيجة الفحص الصحي
field-vaccinations = اللقاحات
field-disability-needs = احتياجات الدعم المتعلقة بالإعاقة
field-medication-needs = احتياجات الأدوية
field-fingerprint-record = سجل البصمات
field-photo-record = سجل الصور
field-enrolment-date = تاريخ أخذ البصمات والصور
field-enrolment-office = مكتب التسجيل
field-highest-education = أعلى مستوى تعليمي
field-languages-spoken = اللغات التي تتحدثها
field-school-enrolment = التسجيل في المدرسة
field-work-permit = تصريح العمل
field-occupation = المهنة
field-employer = صاحب العمل
field-case-opened = تاريخ فتح الملف
field-case-office = المكتب المسؤول عن الملف
field-interview-date = تاريخ المقابلة
field-last-decision = آخر قرار
field-decision-date = تاريخ آخر قرار
field-resettlement-referral = الإحالة لإعادة التوطين
field-statistics-cohort = المجموعة الإحصائية

purpose-case-management = متابعة ملفك
purpose-residence-permit = اتخاذ قرار بشأن تصريح إقامتك
purpose-health-screening = الفحص الصحي عند الوصول
purpose-family-reunification = لمّ شمل عائلتك
purpose-biometric-identity = التأكد من هويتك
purpose-integration-support = المساعدة في المدرسة واللغة والعمل
purpose-resettlement-referral = الإحالة لإعادة التوطين في بلد آخر
purpose-statistics = إحصاءات بدون أسماء
purpose-service-updates = أخبار عن الخدمات

legal-basis-public-task = مهمة للمصلحة العامة يحددها القانون
legal-basis-legal-obligation = التزام قانوني على الجهة المختصة
legal-basis-consent = موافقتك، ويمكنك سحبها
legal-basis-vital-interests = لحماية حياة شخص ما
legal-basis-contract = عقد بينك وبيننا
legal-basis-legitimate-interests = مصلحة مشروعة، بعد موازنتها مع حقوقك

recipient-none = لا أحد خارج الجهة المختصة
recipient-border-agency = هيئة الحدود
recipient-municipality = بلديتك
recipient-health-service = خدمات الصحة العامة
recipient-unhcr = المفوضية السامية للأمم المتحدة لشؤون اللاجئين
recipient-education-provider = المدرسة أو الجهة التي تقدّم دورة اللغة
recipient-resettlement-country = بلد إعادة التوطين
recipient-statistics-office = مكتب الإحصاء (بدون اسمك)

## Values from source systems that have a translation
value-single = أعزب / عزباء
value-married = متزوج / متزوجة
value-widowed = أرمل / أرملة
value-asylum-seeker = طالب لجوء
value-refugee = لاجئ
value-subsidiary-protection = حماية فرعية
value-temporary-protection = حماية مؤقتة
value-none = لا يوجد
value-pending = قيد الانتظار
value-closed = مغلق
value-no-follow-up = لا حاجة إلى متابعة
value-follow-up-booked = تم حجز موعد للمتابعة
value-complete = مكتمل
value-partial = جزئي
value-unknown = غير معروف
value-mobility-support = دعم في الحركة والتنقل
value-hearing-support = دعم في السمع
value-regular-prescription = وصفة طبية منتظمة
value-primary = المدرسة الابتدائية
value-secondary = المدرسة الثانوية
value-vocational = تدريب مهني
value-university = الجامعة
value-not-applicable = لا ينطبق
value-enrolled = مسجّل
value-waiting-list = على قائمة الانتظار
value-yes = نعم
value-no = لا
value-applied = تم تقديم الطلب
value-nurse = ممرض / ممرضة
value-electrician = كهربائي / كهربائية
value-teacher = معلّم / معلّمة
value-cook = طبّاخ / طبّاخة
value-driver = سائق / سائقة
value-student = طالب / طالبة
value-interview-scheduled = تم تحديد موعد المقابلة
value-permit-granted = تم منح التصريح
value-under-review = قيد المراجعة
value-not-referred = لم تتم الإحالة
value-referred = تمت الإحالة
value-accepted = تم القبول

## Errors (codes are stable; the text says what to do)
SI-001 = أدخل رقم ملفك.
SI-002 = يمكن أن يحتوي رقم الملف على حروف وأرقام وشَرطات (-) فقط، كما هو مطبوع على أوراقك.
SI-003 = أدخل تاريخ ميلادك.
SI-004 = أدخل تاريخ ميلادك كما هو مكتوب في أوراقك، مثلًا 1990-01-31 أو 31/01/1990. إذا لم يكن فيها إلا السنة أو السنة والشهر، فاكتب ذلك فقط، مثلًا 1978 أو 1978-11.
SI-005 = أدخل الرمز الموجود في الرسالة التي أرسلناها إليك.
SI-006 = الرمز مكوّن من 6 أرقام. راجع الرسالة وحاول مرة أخرى.
SI-010 = هذا الرمز غير صحيح، أو انتهت صلاحيته. راجع الرسالة وحاول مرة أخرى.
SI-011 = انتهت صلاحية محاولة تسجيل الدخول هذه، أو تمت المحاولة مرات كثيرة جدًا. يُرجى البدء من جديد.
SI-012 = محاولات كثيرة جدًا. يُرجى الانتظار بضع دقائق ثم المحاولة مرة أخرى.
AU-001 = انتهت جلستك. يُرجى تسجيل الدخول مرة أخرى.
GEN-400 = بعض المعلومات غير صحيحة. راجع النموذج وحاول مرة أخرى.
GEN-403 = انتهت صلاحية هذا النموذج. ارجع إلى الصفحة السابقة، وأعد تحميلها، ثم حاول مرة أخرى.
GEN-404 = هذه الصفحة غير موجودة، أو لا يمكنك الاطلاع عليها.
GEN-409 = غيّر شخص آخر هذا في اللحظة نفسها، لذلك لم يُحفظ شيء. أعد تحميل الصفحة وحاول مرة أخرى.
GEN-500 = حدث خطأ من جهتنا. لم يضِع شيء مما أرسلته. يُرجى المحاولة مرة أخرى بعد بضع دقائق.

## E-mails (they never contain personal data)
mail-sign-in-subject = رمز تسجيل الدخول إلى أمانة
mail-sign-in-body =
    رمز تسجيل الدخول الخاص بك هو: { $code }

    الرمز صالح لمدة { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
       *[other] { $minutes } دقيقة
    }. اكتبه في الصفحة التي طلبته منها.

    إذا لم تطلب رمزًا، يمكنك تجاهل هذه الرسالة. لا يستطيع أحد تسجيل الدخول بدون الرمز.

## Translation status
footer-draft-translation = هذه الترجمة مسودة أولى. إذا لم يكن شيء واضحًا، اسأل الموظفين أو مساعِدًا.

# What search engines show under the portal's name (start and sign-in pages only).
meta-description = اعرف ما تحتفظ به الجهة المسؤولة عن الهجرة من بيانات عنك، واطلب تصحيحها أو حذفها أو التوقف عن استخدامها، بلغتك.
