# Amana — Arabic (العربية): exercising rights (requests about one's data). Every locale has the same keys.

nav-my-requests = طلباتي

## Actions beside each field on My data
action-correct = هذه المعلومة خاطئة
action-erase = احذف هذه المعلومة
action-restrict = أوقِف استخدام هذه المعلومة
my-data-erase-all = اطلب حذف كل بياناتي

## Request forms
request-correct-title = تصحيح بياناتك
request-erase-title = حذف بياناتك
request-restrict-title = إيقاف استخدام بياناتك
request-erase-all-title = حذف كل بياناتك
request-proposed-value = ما الذي يجب أن يُكتب؟
request-proposed-value-hint = اكتب المعلومة الصحيحة.
request-erase-explained = أنت تطلب حذف هذه المعلومة. بعض المعلومات يجب الاحتفاظ بها بحكم القانون؛ وفي هذه الحالة سنخبرك بالسبب.
request-erase-all-explained = أنت تطلب حذف كل المعلومات المحفوظة عنك. بعض المعلومات يجب الاحتفاظ بها بحكم القانون، مثلًا ما دام ملفك مفتوحًا؛ وفي هذه الحالة سنخبرك بما سنحتفظ به ولماذا.
request-restrict-choose = ماذا تريد؟
request-restriction-explained = الاحتفاظ بالمعلومة، ولكن عدم استخدامها أثناء التحقق منها (مثلًا لأنك تعتقد أنها خاطئة).
request-objection-explained = التوقف عن استخدام المعلومة لهذا الغرض، بسبب ظروفك الخاصة.
request-explanation = هل تريد أن تضيف شيئًا؟ (اختياري)
request-explanation-hint = مثلًا السبب، أو ما حدث. يمكنك أيضًا إرسال مستندات لاحقًا.
request-deadline-explained = تقديم الطلب مجاني. ستحصل على رد خلال شهر واحد. إذا كان طلبك معقّدًا، فقد تُمدَّد هذه المدة شهرين إضافيين، وسنخبرك بالسبب.
request-send = أرسل طلبي
request-cancel = ارجع بدون إرسال
request-whole-record = كل بياناتي

## Kinds and states of requests
kind-access = نسخة من بياناتي
kind-correction = تصحيح
kind-erasure = حذف
kind-restriction = إيقاف الاستخدام مؤقتًا
kind-objection = اعتراض على الاستخدام
kind-complaint = شكوى
status-submitted = تم الاستلام
status-in_review = قيد المراجعة
status-awaiting_information = بانتظار معلومات منك
status-decided = صدر القرار
status-completed = تمّ
status-withdrawn = تم سحبه

## My requests
requests-title = طلباتي
requests-intro = هنا يمكنك أن تتابع كل ما طلبته، وأن ترى متى ستحصل على الرد، وأن تقرأ الرسائل.
requests-none = لم تقدّم أي طلب بعد. لتقديم طلب، اذهب إلى «بياناتي» واختر معلومة.
requests-back = العودة إلى طلباتي
request-title = طلبك
request-reference = رقم الطلب
request-kind = نوع الطلب
request-about = بخصوص
request-status = الحالة
request-received = تاريخ الاستلام
request-due = آخر موعد للرد
request-extended = تم تمديد مدة الرد. السبب:
request-decision = القرار
request-timeline = ما حدث حتى الآن
request-upstream = في أنظمة الجهة نفسها
request-upstream-done = تمّ في { $system } بتاريخ { $date }.
request-upstream-waiting = لم يتم بعد في { $system }. يتابع الموظفون الأمر.
request-messages = الرسائل
request-no-messages = لا توجد رسائل بعد.
request-add-information = أضف معلومات أو رُدّ
request-add-information-hint = اكتب هنا إذا أردت أن تضيف شيئًا أو أن تجيب عن سؤال.
request-send-information = أرسل
request-withdraw = اسحب هذا الطلب
notice-request-filed = وصلنا طلبك. أرسلنا إليك رسالة تأكيد.
notice-request-sent = تمت إضافة رسالتك إلى الطلب.
notice-request-withdrawn = تم سحب طلبك. لن نعمل عليه بعد الآن.

actor-you = أنت
actor-system = أمانة
actor-source = { $role } · { $office } (في { $system })
role-caseworker = الموظف المسؤول عن الملف
role-reviewer = المراجِع
role-dpo = مسؤول حماية البيانات
role-admin = مدير النظام
role-auditor = المدقّق

timeline-submitted = تم استلام الطلب
timeline-in-review = قيد المراجعة
timeline-information-requested = طُلبت معلومات إضافية
timeline-information-added = أُضيفت معلومات
timeline-extended = تم تمديد مدة الرد
timeline-decided = صدر القرار
timeline-completed = تمّ
timeline-withdrawn = تم سحب الطلب

reason-legal-obligation = القانون يُلزمنا بالاحتفاظ بهذه المعلومة.
reason-still-needed-for-case = ما زلنا نحتاج إلى هذه المعلومة لملفك المفتوح.
reason-accuracy-confirmed = تحققنا من المعلومة، وهي صحيحة.
reason-public-interest = نحتاج إلى استخدام هذه المعلومة لمهمة للمصلحة العامة، وهذه المهمة أهم في هذه الحالة من ظروفك الخاصة.

## Withdrawing
withdraw-title = هل تريد سحب طلبك؟
withdraw-explained = إذا سحبت طلبك، نتوقف عن العمل عليه. يمكنك تقديم طلب جديد في أي وقت.
withdraw-confirm = نعم، اسحبه
withdraw-cancel = لا، أبقِ طلبي

## Errors
RQ-001 = لديك بالفعل طلب مفتوح بخصوص هذا. يمكنك متابعته في «طلباتي».
RQ-002 = صدر قرار في هذا الطلب أو تم سحبه، لذلك لا يمكن تغييره.
RQ-010 = اكتب المعلومة الصحيحة.
RQ-011 = النص طويل جدًا. يُرجى اختصاره إلى 500 حرف أو أقل.
RQ-012 = النص طويل جدًا. يُرجى اختصاره إلى 2000 حرف أو أقل.
RQ-013 = هذه هي المعلومة الموجودة لدينا الآن. اكتب المعلومة الصحيحة بدلًا منها.
RQ-014 = اكتب رسالة قبل الإرسال.
RQ-015 = النص طويل جدًا. يُرجى اختصاره إلى 2000 حرف أو أقل.
RQ-016 = اختر أحد الخيارات.

## E-mails (they never contain personal data)
mail-request-received-subject = وصلنا طلبك
mail-request-received-body =
    وصلنا طلبك. ستحصل على رد خلال شهر واحد.

    سجّل الدخول لمتابعته: { $url }
mail-request-news-subject = هناك جديد بخصوص طلبك
mail-request-news-body =
    هناك جديد بخصوص طلبك. سجّل الدخول لقراءته: { $url }

## Documents
request-evidence = مستند (اختياري)
request-evidence-hint = ملف PDF أو صورة (JPEG أو PNG)، حتى 5 ميغابايت. مثلًا شهادة تُظهر المعلومة الصحيحة.
request-documents = المستندات التي أرسلتها
request-document = مستند
RQ-020 = الملف كبير جدًا. أرسل ملفًا لا يزيد عن 5 ميغابايت.
RQ-021 = لا يمكن قبول هذا النوع من الملفات. أرسل ملف PDF أو صورة (JPEG أو PNG).
RQ-022 = يحتوي هذا الطلب بالفعل على أكبر عدد ممكن من المستندات (20 ملفًا، و50 ميغابايت في المجموع). اكتب رسالة بدلًا من ذلك، أو اسألنا كيف ترسل المزيد.
