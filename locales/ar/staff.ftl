## Staff: sign-in
nav-queue = قائمة الطلبات
nav-audit = سجل التدقيق
nav-admin = الإدارة
staff-sign-in-title = تسجيل دخول الموظفين
staff-sign-in-intro = للموظفين في الجهة المختصة. سجّل الدخول ببريدك الإلكتروني الخاص بالعمل وكلمة المرور، ثم برمز من تطبيق المصادقة.
staff-email = البريد الإلكتروني الخاص بالعمل
staff-password = كلمة المرور
staff-continue = متابعة
staff-enrol-title = إعداد تطبيق المصادقة
staff-enrol-intro = حسابات الموظفين محمية بخطوة ثانية. أعِدّها الآن، مرة واحدة فقط.
staff-enrol-step-app = افتح تطبيق مصادقة على هاتف العمل.
staff-enrol-step-scan = امسح هذا الرمز، أو اكتب المفتاح الظاهر أدناه في التطبيق.
staff-enrol-qr = رمز QR لتطبيق المصادقة
staff-enrol-secret = المفتاح:
staff-enrol-step-code = اكتب الرمز المكوّن من 6 أرقام الذي يظهر في التطبيق.
staff-code = الرمز
staff-code-hint = 6 أرقام من تطبيق المصادقة.
staff-enrol-confirm = تأكيد وتسجيل الدخول
staff-code-title = الخطوة الثانية
staff-code-intro = اكتب الرمز الذي يظهر الآن في تطبيق المصادقة.
staff-code-recovery-hint = 6 أرقام من التطبيق. هل فقدت هاتفك؟ اكتب بدلًا من ذلك أحد رموز الاسترداد الخاصة بك.
staff-recovery-title = رموز الاسترداد الخاصة بك
staff-recovery-intro = احفظ هذه الرموز في مكان آمن، بعيدًا عن هاتفك. إذا فقدت تطبيق المصادقة، يمكنك استخدام كل رمز منها مرة واحدة فقط. لن تظهر إلا الآن.
staff-recovery-shown = سبق أن عُرضت عليك رموز الاسترداد. إذا لم تحتفظ بها، فاطلب من مدير النظام إعادة ضبط الخطوة الثانية لحسابك.
SA-001 = البريد الإلكتروني أو كلمة المرور أو الرمز غير صحيح. بعد خمس محاولات خاطئة يُقفَل الحساب لمدة 15 دقيقة.
SA-002 = استغرق تسجيل الدخول وقتًا طويلًا جدًا. يُرجى البدء من جديد.
ST-001 = دورك لا يسمح بهذا الإجراء.

## Staff: queues
queue-title = طلبات بانتظار المعالجة
queue-take-next = استلم الطلب التالي
queue-nothing-to-take = لا يوجد الآن أي طلب غير مُسنَد في قوائمك.
queue-team = الفريق
queue-any = الكل
queue-kind = نوع الطلب
queue-status = الحالة
staff-status-submitted = جديد
staff-status-in_review = قيد المراجعة
staff-status-awaiting_information = بانتظار معلومات من الشخص
staff-status-decided = صدر القرار
staff-status-completed = مكتمل
staff-status-withdrawn = سحبه الشخص
queue-language = اللغة
queue-filter = اعرض
queue-empty = لا توجد طلبات مفتوحة مطابقة.
queue-count = الطلبات المفتوحة:
queue-overdue = تجاوز آخر موعد للرد
queue-due-soon = آخر موعد للرد خلال 3 أيام
team-general = الطلبات العامة
team-sensitive-data = البيانات الحساسة
team-dpo = مسؤول حماية البيانات

## Staff: one request
case-title = الطلب
case-back = العودة إلى قائمة الطلبات
case-person = الشخص
case-anonymous = مقدّم شكوى بدون اسم
case-case-reference = رقم الملف
case-extended-because = سبب التمديد
case-explanation = توضيح الشخص
case-concerned = موضوع الطلب
case-concerned-none = كل البيانات المحفوظة عن الشخص، أو معلومات من فئة حساسة: افتحها أدناه مع ذكر السبب.
case-record = معلومات أخرى محفوظة عن الشخص
case-record-intro = لا تفتح أي فئة إلا إذا احتجت إليها لهذا الطلب. يُسجَّل السبب الذي تذكره، ويمكن للشخص أن يراه.
case-upstream = الأنظمة المصدر
case-upstream-applied = طُبّق في { $system } بتاريخ { $date }.
case-upstream-rejected = رفضه { $system } بتاريخ { $date }: { $reason }
case-upstream-waiting = لم يؤكد { $system } التنفيذ بعد.
case-erased = (تم الحذف)
case-proposed-value = المطلوب:
case-restricted = الاستخدام موقوف.
case-open-reason = السبب
case-choose = اختر…
case-open = افتح
case-proposal = قرار مقترح، بانتظار موافقة شخص ثانٍ
case-awaiting-approval = بانتظار الموافقة
case-assignee = المسؤول عن الطلب
case-assignee-you = أنت
case-unassigned = لا أحد بعد
case-template = الرسالة
case-actions = ما يمكنك فعله
case-no-actions = لا يوجد ما يمكنك فعله في هذا الطلب الآن.
case-claim = استلم هذا الطلب
case-approve-explained = اقترح أحد زملائك هذا القرار. راجعه: لن يتغير شيء حتى يوافق عليه شخص غير الذي اقترحه.
case-approve = الموافقة على القرار
case-send-back = إعادته للمراجعة
case-message = أرسل رسالة إلى الشخص
case-note = كلماتك الخاصة (اختياري)
case-note-hint = تُضاف تحت الرسالة. اكتب بكلمات بسيطة وواضحة؛ فقد يقرؤها الشخص باستخدام أداة ترجمة.
case-send = أرسل
case-ask-information = اطلب معلومات من الشخص
case-identity = ما زلنا بحاجة إلى التحقق من هوية الشخص (تتوقف مدة الرد حتى يجيب)
case-resume = المتابعة بدون هذه المعلومات
case-extend = تمديد مدة الرد
case-extend-explained = مرة واحدة فقط، خلال الشهر الأول، لمدة شهر أو شهرين. يُبلَّغ الشخص بالسبب.
case-extend-months = عدد الأشهر
case-extend-reason = السبب
case-decide = اتخاذ القرار
case-outcome = القرار
case-reasons = الأسباب (سبب واحد على الأقل)
case-decision-note = ملاحظة للشخص (اختياري)
case-second-person = حذف البيانات، وتصحيح البيانات الحساسة، يحتاجان إلى موافقة شخص ثانٍ قبل أن يتغير أي شيء.
case-reassign = إسناد الطلب إلى شخص آخر
case-reassign-to = الزميل
staff-done-claim = أصبح الطلب مسندًا إليك الآن.
staff-done-reassign = تم إسناد الطلب إلى زميلك.
staff-done-message = تم إرسال رسالتك. سيصل إلى الشخص بريد إلكتروني يخبره بأن هناك جديدًا.
staff-done-ask-information = تم إرسال سؤالك. سيصل إلى الشخص بريد إلكتروني يخبره بأن هناك جديدًا.
staff-done-resume = يستمر العمل على الطلب.
staff-done-extend = تم تمديد مدة الرد، وأُبلغ الشخص بالسبب.
staff-done-decide = تم تسجيل القرار. إذا كان يحتاج إلى شخص ثانٍ، فسيبقى بانتظار موافقته.
staff-done-approve = تمت الموافقة على القرار وتنفيذه.
staff-done-send-back = تمت إعادة القرار المقترح للمراجعة.
ST-010 = اختر سبب حاجتك إلى فتح هذه المعلومات.
ST-011 = اختر سببًا للتمديد.
ST-012 = اختر قرارًا.
ST-013 = اختر سببًا واحدًا على الأقل.
ST-014 = النص طويل جدًا. يُرجى اختصاره إلى 2000 حرف أو أقل.
ST-015 = اختر زميلًا من القائمة.
ST-016 = اختر رسالة من القائمة.
ST-017 = هذا الإجراء غير موجود.
ST-020 = لا يمكن القيام بذلك والطلب في حالته الحالية.
ST-021 = سبق تمديد مدة الرد مرة واحدة.
ST-022 = لا يمكن تمديد مدة الرد إلا خلال الشهر الأول.
ST-023 = يكون التمديد لمدة شهر أو شهرين.
ST-024 = أنت من اقترح هذا القرار، لذلك يجب أن يوافق عليه شخص آخر.
ST-025 = لا يمكن القيام بذلك إلا للشخص المسؤول عن هذا الطلب. استلم الطلب أولًا.
ST-026 = هذا القرار يحتاج أولًا إلى موافقة شخص ثانٍ.
ST-027 = غيّر شخص آخر هذا الطلب في الوقت نفسه. راجعه مرة أخرى، ثم أعد المحاولة.

## Decisions, as the person reads them
outcome-approved = تمت الموافقة على طلبك.
outcome-partly_approved = تمت الموافقة على جزء من طلبك.
outcome-refused = تم رفض طلبك.
reason-request-granted = قمنا بما طلبته.
reason-evidence-insufficient = المعلومات التي أعطيتنا إياها لا تُظهر أن المعلومات المحفوظة لدينا خاطئة.
reason-identity-not-verified = لم نستطع التأكد من أنك أنت الشخص الذي تخصّه هذه المعلومات.
reason-legal-claims = نحتاج إلى هذه المعلومات في مسألة قانونية: لإثبات حق، أو للمطالبة به، أو للدفاع عنه.
reason-manifestly-unfounded = هذا الطلب يكرّر طلبًا سابقًا سبق أن أجبنا عنه.
extension-reason-complexity = طلبك معقّد ويحتاج إلى وقت أطول.
extension-reason-number-of-requests = وصلتنا طلبات كثيرة، ونحتاج إلى وقت أطول لنرد على طلبك بالشكل الصحيح.
timeline-message = أُرسلت إليك رسالة

## Message templates (staff choose one; the person reads it in their language)
template-information-needed-name = نحتاج إلى معلومات إضافية
template-information-needed = لمتابعة طلبك نحتاج منك إلى معلومات إضافية. يُرجى تسجيل الدخول والرد تحت هذا الطلب.
template-identity-documents-name = يُرجى تأكيد هويتك
template-identity-documents = قبل أن نكمل، نحتاج إلى التأكد من أنك أنت الشخص الذي تخصّه هذه المعلومات. يُرجى إضافة صورة لوثيقة هوية إلى هذا الطلب.
template-progress-update-name = نحن نعمل على طلبك
template-progress-update = نحن نعمل على طلبك. لا تحتاج إلى فعل أي شيء الآن.
template-decision-made-name = صدر قرار
template-decision-made = صدر قرار بخصوص طلبك. يمكنك أن تقرأه، مع أسبابه، في صفحة الطلب.

## Who looked at my data: staff actions
access-request-claimed = بدأ متابعة طلبك
access-request-reassigned = أعطى طلبك لزميل
access-request-messaged = أرسل إليك رسالة
access-request-information-requested = طلب منك معلومات
access-request-resumed = واصل العمل على طلبك
access-request-extended = مدّد مدة الرد
access-request-decision-proposed = اقترح قرارًا بشأن طلبك
access-request-decision-approved = وافق على القرار بشأن طلبك
access-request-decision-sent-back = أعاد قرارًا مقترحًا للمراجعة
access-request-decided = اتخذ قرارًا بشأن طلبك
access-field-restricted = أوقف استخدام بياناتك

## Deadline mails to staff (no personal data: a link to the request only)
staff-mail-due-soon-subject = طلب تتولاه موعده بعد أسبوع
staff-mail-due-soon-body =
    يجب الرد على طلب مسند إليك خلال سبعة أيام.

    افتحه: { $url }
staff-mail-overdue-subject = طلب لفريقك تجاوز موعده
staff-mail-overdue-body =
    تجاوز طلب لفريقك موعده القانوني ولم يُرد عليه بعد. يرجى التأكد من معالجته اليوم.

    افتحه: { $url }

## The auditor's screen
audit-title = سجل التدقيق
audit-verify = التحقق من تسلسل السجل بأكمله
audit-verify-ok = سجل التدقيق سليم: جميع الأحداث، وعددها { $events }، متسلسلة بشكل صحيح.
audit-verify-broken = تم العبث بسجل التدقيق. عدد الأحداث التي جرى فحصها: { $events }؛ المشكلات التي وُجدت:
audit-break-altered = تم تغيير الحدث رقم { $seq } أو نقله بعد تسجيله.
audit-break-chain-broken = الحدث رقم { $seq } لا يتصل بشكل صحيح بالحدث السابق له.
audit-break-missing = توجد أحداث مفقودة بعد الحدث رقم { $seq }.
audit-break-truncated = لم يعد السجل يحتوي على الحدث رقم { $seq } كما سجّلته نقطة تحقق موقّعة: حُذفت أحدث الأحداث أو أُعيدت كتابتها.
audit-break-checkpoint-forged = تم تغيير السطر رقم { $seq } في ملف نقاط التحقق.
audit-action = الإجراء
audit-actor-kind = قام به
audit-actor-person = شخص، لنفسه
audit-actor-staff = موظف
audit-actor-helper = شخص يساعد صاحب البيانات
audit-actor-anonymous = شخص مجهول الهوية
audit-actor-system = أمانة نفسها
audit-actor-source-system = نظام مصدر للجهة
audit-actor-id = رقم تعريف المنفِّذ
audit-from = من
audit-to = إلى
audit-download-csv = تنزيل هذه النتائج بصيغة CSV
audit-none = لا توجد أحداث مطابقة.
audit-when = التوقيت
audit-who = المنفِّذ
audit-about = بخصوص

## Administration
admin-title = الإدارة
admin-sections = الأقسام
admin-staff = حسابات الموظفين
admin-teams = الفرق
admin-routing = توزيع الطلبات الجديدة
admin-templates = قوالب الرسائل
admin-default-team = يستلم الطلبات التي لا تنطبق عليها أي قاعدة
admin-new-team = إضافة فريق
admin-team-key = المفتاح المختصر
admin-key-hint = أحرف لاتينية صغيرة وأرقام وشَرطات، مثل north-office.
admin-team-name = الاسم
admin-add = إضافة
admin-save = حفظ
admin-delete = حذف
admin-saved = تم الحفظ.
admin-role = الدور
admin-office = المكتب
admin-status = الحالة
admin-active = مفعَّل
admin-inactive = معطَّل
admin-enrolled = تم إعداد الخطوة الثانية
admin-not-enrolled = لم يتم إعداد الخطوة الثانية بعد
admin-locked = مقفل بعد محاولات تسجيل دخول فاشلة
admin-activate = تفعيل
admin-deactivate = تعطيل
admin-reset-second-factor = إعادة ضبط الخطوة الثانية
admin-change-teams = تغيير الفرق
admin-new-staff = إضافة حساب موظف
admin-name = الاسم الكامل
admin-enrolment-link-hint = لا توجد كلمة مرور هنا: يرسل Amana إلى الشخص رابطًا ليختار كلمة مروره بنفسه. يعمل الرابط مرة واحدة، لمدة 72 ساعة.
admin-send-enrolment-link = إرسال رابط تفعيل جديد
admin-routing-intro = يُحال كل طلب جديد إلى فريق أول قاعدة تنطبق عليه. أما الشكاوى فتُحال دائمًا إلى مسؤول حماية البيانات.
admin-routing-default = الطلب الذي لا تنطبق عليه أي قاعدة يُحال إلى الفريق الافتراضي.
admin-category = الفئة
admin-sensitive = حساس
admin-yes = نعم
admin-no = لا
admin-move-up = نقل إلى الأعلى
admin-move-down = نقل إلى الأسفل
admin-new-rule = إضافة قاعدة في النهاية
admin-templates-intro = يختار الموظفون أحد هذه القوالب عندما يكتبون إلى شخص، فيقرؤه الشخص بلغته. يجب أن يحتوي كل قالب على نص بكل لغة.
admin-new-template = إضافة قالب
admin-template-key = المفتاح المختصر
AD-001 = يُرجى ملء هذا الحقل.
AD-002 = النص طويل جدًا.
AD-003 = اختر الفرق من القائمة.
AD-004 = اكتب عنوان بريد إلكتروني كاملًا، مثل name@example.org.
AD-005 = اختر دورًا من القائمة.
AD-006 = يجب أن تتكون كلمة المرور من 12 حرفًا على الأقل.
AD-007 = يوجد بالفعل حساب بعنوان البريد الإلكتروني هذا.
AD-008 = لا يمكنك تعطيل حسابك الخاص.
AD-009 = استخدم من 2 إلى 40 حرفًا من الأحرف اللاتينية الصغيرة والأرقام والشَّرطات.
AD-010 = يوجد بالفعل فريق بهذا المفتاح.
AD-011 = اختر شروط القاعدة من القوائم.
AD-012 = تُحال الشكاوى دائمًا إلى مسؤول حماية البيانات؛ ولا يمكن لأي قاعدة تغيير ذلك.
AD-013 = اكتب النص بهذه اللغة أيضًا.

## Administration: the purpose register
admin-purposes = سجل الأغراض
admin-purposes-intro = لماذا يُحتفظ بالبيانات، وعلى أي أساس قانوني، وإلى متى، ومن يحصل عليها. يقرأ الأشخاص هذه المعلومات بلغتهم في «بياناتي» وفي صفحة «الموافقة».
admin-purpose-name = الاسم
admin-purpose-explanation = الشرح الذي يقرؤه الأشخاص قبل إعطاء موافقتهم
admin-purpose-version = نسخة نص الموافقة:
admin-legal-basis = الأساس القانوني
admin-retention-days = مدة الاحتفاظ (بالأيام)
admin-recipients = الجهات المستلمة
AD-014 = اكتب عدد الأيام، من 1 إلى 36500.
AD-015 = اختر من القائمة.
ST-018 = الطلب الذي يخص معلومة واحدة إما أن يُقبل أو يُرفض، ولا يُقبل جزئياً.
staff-new-password = اختر كلمة مرور خاصة بك
SA-003 = اختر كلمة مرور ليست عنوان بريدك الإلكتروني.

# Enrolment links for new accounts
SA-004 = انتهت صلاحية هذا الرابط أو استُخدم من قبل. اطلب من المسؤول أن يرسل إليك رابطًا جديدًا.
AD-016 = أعدّ هذا الحساب خطوته الثانية من قبل. أعد ضبط الخطوة الثانية أولًا إذا كان الشخص يحتاج إلى البدء من جديد.
welcome-title = إعداد حسابك
welcome-intro = اختر كلمة المرور لحسابك:
welcome-password-hint = 12 حرفًا على الأقل. لا يعرفها أحد سواك: لن يطلبها منك أحد في Amana أبدًا. بعد ذلك تُعِدّ تطبيق المصادقة.
mail-enrolment-subject = إعداد حسابك في Amana
mail-enrolment-body =
    أُنشئ حساب في Amana لهذا العنوان. افتح هذا الرابط لتختار كلمة مرورك وتُعِدّ الخطوة الثانية لتسجيل الدخول:

    { $url }

    يعمل الرابط مرة واحدة، لمدة { $hours } ساعة. إذا لم تكن تتوقع هذه الرسالة، يمكنك تجاهلها.

## الإدارة: الأنظمة المصدر ومفاتيح الواجهة البرمجية وخطافات الويب
admin-source-systems = الأنظمة المصدر
admin-source-systems-intro = أنظمة الجهة نفسها التي تُدخل بيانات الأشخاص إلى أمانة عبر الواجهة البرمجية. لا يكتب كل نظام إلا الأغراض وأنواع المعلومات المحددة هنا، وبمفاتيحه الخاصة فقط.
admin-new-source-system = تسجيل نظام مصدر
admin-source-system-contact = الجهة المسؤولة عن تشغيله
admin-source-system-contact-hint = فريق أو عنوان يُتواصل معه عندما تفشل طلباته.
admin-source-system-purposes = الأغراض التي يمكنه الكتابة لها
admin-source-system-categories = أنواع المعلومات التي يمكنه كتابتها
admin-webhook = خطاف الويب
admin-webhook-none = لا يوجد: النظام يقرأ سجل التغييرات.
admin-webhook-url = العنوان الذي تستدعيه أمانة عندما يخص تغيير هذا النظام
admin-webhook-hint = الحفظ يُنشئ سرّ توقيع جديدًا يُعرض مرة واحدة. يتوقف السرّ القديم عن العمل.
admin-webhook-save = حفظ خطاف الويب
admin-webhook-stop = إيقاف خطاف الويب
admin-api-keys = مفاتيح الواجهة البرمجية
admin-new-key = إنشاء مفتاح جديد
admin-key-scopes = ما يسمح به المفتاح
admin-key-days = صالح لمدة (أيام)
admin-new-key-hint = يُعرض المفتاح مرة واحدة فقط، بعد إنشائه مباشرة. يمكن للنظام أن يملك مفتاحين صالحين، ليحل المفتاح الجديد محل القديم دون انقطاع.
admin-key-live = صالح
admin-key-expired = منتهي الصلاحية
admin-key-revoked = أُلغي في
admin-key-created = أُنشئ في
admin-key-expires = ينتهي في
admin-key-last-used = آخر استخدام
admin-key-never-used = لم يُستخدم
admin-key-revoke = إلغاء
admin-new-key-shown = مفتاح واجهة برمجية جديد لـ
admin-webhook-secret-shown = سرّ توقيع جديد لخطاف الويب لـ
admin-shown-once-hint = انسخه الآن وسلّمه إلى مشغّلي النظام بطريقة آمنة. أمانة لا تحتفظ به ولا يمكنها عرضه مرة أخرى.
api-scope-people-write = إدخال الأشخاص وإزالتهم
api-scope-changes-read = قراءة التغييرات المعتمدة
api-scope-changes-ack = تأكيد تنفيذ التغييرات
api-scope-access-events-write = الإبلاغ عمّن اطّلع على البيانات
AD-017 = يوجد نظام مصدر بهذا الاسم بالفعل.
AD-018 = اكتب عدد أيام من 1 إلى 1095.
AD-019 = لهذا النظام مفتاحان صالحان بالفعل. ألغِ أحدهما قبل إنشاء مفتاح آخر.
AD-020 = اختر خيارًا واحدًا على الأقل.
AD-021 = اكتب عنوان ويب كاملًا، مثل https://cases.example.org/amana.

## Administration: languages
admin-locales = اللغات
admin-locales-intro = كل اللغات التي يمكن للناس اختيارها، وهل راجع الترجمة شخص يتحدث اللغة.
admin-locale-source = اللغة المصدر
admin-locale-draft = مسودة أولى، لم يراجعها أحد بعد
admin-locale-reviewed = راجعها { $reviewer } بتاريخ { $date }
