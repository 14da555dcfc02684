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
