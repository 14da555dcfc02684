## Helpers of civil-society organisations
helper-sign-in-title = تسجيل دخول المساعِدين
helper-sign-in-intro = للمساعِدين في المنظمات المسجّلة لدى الجهة المختصة. سجّل الدخول ببريدك الإلكتروني وكلمة المرور، ثم برمز من تطبيق المصادقة.
helper-home-title = الأشخاص الذين تساعدهم
helper-people = الأشخاص الذين منحوك تفويضًا
helper-people-none = لم يمنحك أحد تفويضًا حتى الآن، أو انتهت كل التفويضات. يمنحك الشخص التفويض من حسابه الخاص، باستخدام رمز قصير.
helper-scope = يمكنك
helper-until = صالح حتى
nav-helper-people = الأشخاص الذين تساعدهم
mandate-scope-view = الاطّلاع على بياناته
mandate-scope-request = تقديم طلبات نيابةً عنه
mandate-scope-consent = إدارة موافقته
mandate-scope-complain = تقديم شكوى نيابةً عنه

## Administration: organisations and their helpers
admin-organisations = المنظمات المساعِدة
admin-organisations-intro = منظمات المجتمع المدني التي يحق لمساعِديها التصرّف نيابةً عن الأشخاص الذين يمنحونهم تفويضًا. تعليق المنظمة ينهي وصول مساعِديها فورًا.
admin-new-organisation = تسجيل منظمة
admin-organisation-kind = النوع
admin-organisation-contact = وسيلة التواصل
organisation-kind-ngo = منظمة غير حكومية
organisation-kind-legal-aid = مساعدة قانونية
organisation-kind-community-group = مجموعة مجتمعية
admin-suspended = معلَّق
admin-suspend = تعليق
admin-reinstate = إعادة التفعيل
admin-helpers = المساعِدون
admin-new-helper = إضافة مساعِد
admin-helper-organisation = المنظمة

## Mandates: the person gives a helper permission to act for them
nav-mandates = المساعِدون
mandates-title = الأشخاص الذين يمكنهم مساعدتك
mandates-intro = يمكنك أن تسمح لمساعِد من منظمة تثق بها بأن يتصرّف نيابةً عنك: أن يطّلع على بياناتك، ويقدّم طلبات، ويدير موافقتك، أو يقدّم شكوى. أنت تختار ما يمكنه فعله وإلى متى، ويمكنك إيقاف ذلك في أي وقت.
mandates-none = لم تمنح أحدًا تفويضًا حتى الآن.
mandates-back = العودة إلى الأشخاص الذين يمكنهم مساعدتك
mandate-no-helper-yet = بانتظار أن يُدخل المساعِد الرمز
mandate-state-waiting = بانتظار الرمز
mandate-state-active = ساري المفعول
mandate-state-revoked = أوقفته أنت
mandate-state-ended = انتهى
mandate-revoke = أوقِف هذا التفويض الآن
mandate-grant-title = امنح مساعِدًا تفويضًا
mandate-grant-intro = ستحصل على رمز قصير. أعطِه لمساعِدك بنفسك، وجهًا لوجه أو عبر الهاتف. يعمل الرمز مرة واحدة فقط، ويبقى صالحًا لمدة 30 دقيقة.
mandate-grant-scope = ماذا يمكن للمساعِد أن يفعل؟
mandate-grant-days = لأي مدة؟
mandate-days-1 = يوم واحد
mandate-days-7 = أسبوع واحد
mandate-days-30 = شهر واحد
mandate-days-90 = ثلاثة أشهر
mandate-days-182 = ستة أشهر
mandate-grant = احصل على الرمز
mandate-code-title = الرمز الخاص بمساعِدك
mandate-code-intro = أعطِ هذا الرمز لمساعِدك. يعمل مرة واحدة فقط، خلال 30 دقيقة.
mandate-code-warning = لا تعطِ هذا الرمز إلا للشخص الذي تريده أن يساعدك. لن يطلب منك أحد من الجهة المختصة هذا الرمز.
mandate-code-shown = ظهر هذا الرمز مرة واحدة فقط. إذا لم تعطِه لمساعِدك، فأوقِف هذا التفويض وامنح تفويضًا جديدًا.
notice-mandate-revoked = تم إيقاف التفويض. لم يعد بإمكان المساعِد أن يتصرّف نيابةً عنك.
MD-001 = اختر شيئًا واحدًا على الأقل يمكن للمساعِد أن يفعله.
MD-002 = اختر المدة.
MD-003 = هذا الرمز لا يعمل. ربما كُتب بشكل خاطئ، أو استُخدم من قبل، أو انتهت مدته.
MD-004 = التفويض الذي منحك إياه هذا الشخص لا يشمل هذا، أو أنه انتهى.
MD-005 = أدخل رقم ملف الشخص.
MD-006 = يمكن أن يحتوي رقم الملف على حروف وأرقام وشَرطات (-) فقط، كما هو مطبوع على أوراق الشخص.
MD-007 = أدخل تاريخ ميلاد الشخص.
MD-008 = أدخل تاريخ الميلاد كما هو مكتوب في أوراق الشخص، مثلًا 1990-01-31 أو 31/01/1990. إذا لم يكن فيها إلا السنة أو السنة والشهر، فاكتب ذلك فقط، مثلًا 1978 أو 1978-11.
access-mandate-activated = بدأ مساعدتك بتفويض منك

## The helper enters a code
helper-redeem-title = أدخل رمزًا أعطاك إياه شخص
helper-redeem-intro = يعطيك الشخص رمزًا من حسابه الخاص. اكتبه هنا لتبدأ بمساعدته.
helper-redeem-code = الرمز
helper-redeem = ابدأ المساعدة
helper-mandate-taken-up = يمكنك الآن مساعدة هذا الشخص، في حدود ما سمح به.

## A helper acting for a person
helper-act-for = تصرّف نيابةً عن هذا الشخص
helper-acting-label = تتصرّف نيابةً عن شخص
helper-acting-for = أنت تتصرّف نيابةً عن { $name }
helper-nav-data = بياناته
helper-nav-requests = طلباته
helper-nav-consent = موافقته
helper-nav-complain = قدّم شكوى نيابةً عنه
helper-stop-acting = توقّف عن التصرّف نيابةً عن هذا الشخص
helper-mandate-ended = انتهى تفويضك بالتصرّف نيابةً عن ذلك الشخص: انتهت مدته، أو أوقفه الشخص، أو عُلِّقت منظمتك.
actor-helper = { $helper } من { $organisation } (مساعِد)
actor-helper-for = { $helper } من { $organisation } نيابةً عن { $person }
actor-helper-for-you = { $helper } من { $organisation } نيابةً عنك
message-to-helper = إلى المساعِد
access-requests-listed = اطّلع على قائمة طلباتك
access-consent-viewed = اطّلع على اختياراتك بشأن الموافقة
access-request-filed = قدّم طلبًا نيابةً عنك
access-request-withdrawn = سحب أحد طلباتك
access-request-information-added = أضاف معلومات إلى أحد طلباتك
access-consent-given = أعطى موافقة نيابةً عنك
access-consent-withdrawn = سحب موافقة نيابةً عنك
access-complaint-filed = قدّم شكوى نيابةً عنك
case-submitted-by = مقدِّم الطلب
case-submitted-by-helper = { $helper } من { $organisation } نيابةً عن { $person }
case-message-to = أرسل إلى
case-message-to-person = الشخص نفسه
ST-028 = لا يوجد مساعِد للكتابة إليه: لم يُقدَّم هذا الطلب عن طريق مساعِد، أو انتهى تفويض المساعِد.
mail-helper-news-subject = رسالة بخصوص طلب قدّمته نيابةً عن شخص
mail-helper-news-body =
    هناك رسالة لك بخصوص طلب قدّمته نيابةً عن شخص. سجّل الدخول لقراءتها: { $url }

## Assisted start: the helper asks, the person confirms with a code
helper-assisted-title = ابدأ مع شخص حاضر معك
helper-assisted-intro = إذا كان الشخص معك، فاكتب رقم ملفه وتاريخ ميلاده، واختر ما يريد منك أن تفعله. يصله رمز على وسيلة التواصل الخاصة به؛ وإذا لم تكن لديه وسيلة تواصل، يطبع له مكتب الجهة المختصة رمزًا. لا يبدأ تفويضك إلا عندما تكتب هذا الرمز في «أدخل رمزًا أعطاك إياه شخص».
helper-assisted-send = اطلب رمزًا من الشخص
helper-assisted-sent = إذا كانت هذه المعلومات مطابقة لسجلاتنا، فقد وصل إلى الشخص رمز على وسيلة التواصل الخاصة به. إذا لم تكن لديه وسيلة تواصل، يمكنه أن يطلب رمزًا مطبوعًا من مكتب الجهة المختصة.
mail-mandate-request-subject = مساعِد يطلب أن يتصرّف نيابةً عنك
mail-mandate-request-body =
    تطلب منظمة { $organisation } أن تساعدك في ما يخص بياناتك لدى الجهة المختصة. سيُسمح لمساعِدها بما يلي: { $scope }.

    إذا كنت مع المساعِد وتوافق، فأعطِه هذا الرمز: { $code }

    يعمل الرمز مرة واحدة فقط، خلال 30 دقيقة. إذا لم تطلب مساعدة، فتجاهل هذه الرسالة: لن يحدث شيء بدون الرمز.
access-mandate-requested = طلب أن يتصرّف نيابةً عنك (لن يحدث شيء حتى تعطيه رمزك)
access-mandate-code-printed = طبع لك رمزًا لتأكيد مساعِد
nav-staff-mandates = طلبات المساعِدين
staff-mandates-title = طلبات مساعِدين بانتظار رمز
staff-mandates-intro = بدأ المساعِدون هذه الطلبات لأشخاص قد لا تكون لديهم وسيلة تواصل. تحقّق أولًا من هوية الشخص وجهًا لوجه. ثم اطبع رمزًا وأعطِه للشخص نفسه، لا للمساعِد: يعمل الرمز مرة واحدة فقط، لمدة ثلاثة أيام، ولهذا المساعِد فقط.
staff-mandates-none = لا توجد طلبات مساعِدين بانتظار رمز.
staff-mandates-requested = تاريخ الطلب
staff-mandates-print = اطبع رمزًا للشخص
staff-mandate-code-title = الرمز الخاص بالشخص
staff-mandate-code-intro = أعطِ هذه الورقة للشخص. إذا وافق، يعطي الرمز لمساعِده، والمساعِد يكتبه. لا يمكن أن يستخدمه إلا هذا المساعِد، مرة واحدة فقط، حتى { $until }.
staff-mandate-code-shown = ظهر الرمز مرة واحدة فقط. إذا ضاعت الورقة، فاطبع رمزًا جديدًا: الرمز القديم يتوقف عن العمل.
access-mandate-request-viewed = اطّلع على طلب مساعِد أن يتصرّف نيابةً عنك
notice-mandate-code-printed = طبع الموظفون رمزًا على ورق ليتمكّن مساعد من التصرّف نيابةً عنك. إذا لم تطلب ذلك، فأوقفه من صفحة «المساعِدون».
