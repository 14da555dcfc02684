# Amana — Arabic (العربية): who looked at your data, and downloading it. Every locale has the same keys.

access-title = من اطّلع على بياناتي
access-intro = في كل مرة يفتح فيها أحد الموظفين أو شخص يساعدك معلوماتك أو يغيّرها، يُسجَّل ذلك هنا: متى، ومن (وظيفته ومكتبه)، وما الذي اطّلع عليه، والسبب الذي كان عليه أن يذكره.
access-none = لم يطّلع أحد من الجهة المختصة أو ممن يساعدونك على بياناتك حتى الآن.
access-no-more = لا توجد سجلات أقدم.
access-pages = الصفحات
access-newer = السجلات الأحدث
access-older = السجلات الأقدم
access-fields = المعلومات:
access-reason = السبب المذكور:
access-source-viewed = اطّلع على ملفك في نظامه الخاص
access-purpose = الغرض المذكور:
access-legal-basis = الأساس القانوني المذكور:
access-record-viewed = اطّلع على بياناتك
access-category-opened = فتح جزءًا حساسًا من بياناتك
access-request-viewed = اطّلع على أحد طلباتك
access-field-corrected = صحّح بياناتك
access-field-erased = حذف بياناتك
access-record-exported = أخذ نسخة من بياناتك
access-reason-handling-request = لمتابعة طلبك
access-reason-identity-check = للتأكد من هويتك
access-reason-safety-concern = بسبب القلق على سلامة شخص ما
access-reason-legal-duty = لأن القانون يفرض ذلك

download-title = تنزيل بياناتي
download-intro = يمكنك أن تحصل على نسخة كاملة من كل ما هو محفوظ عنك، ومن طلباتك، واختياراتك بشأن الموافقة، ومن اطّلع على بياناتك. احفظها في مكان آمن، لأنها تحتوي على معلومات شخصية.
download-printable = نسخة للقراءة
download-printable-explained = صفحة بلغتك يمكنك أن تقرأها أو تطبعها أو تحفظها بصيغة PDF.
download-json = نسخة للكمبيوتر (JSON)
download-json-explained = ملف يمكن أن تقرأه خدمة أخرى، أو كمبيوتر شخص يساعدك.
export-title = نسخة من بياناتي
export-print-hint = للاحتفاظ بهذه الصفحة، استخدم «طباعة» أو «حفظ بصيغة PDF» في المتصفح.
export-generated = أُعدّت بتاريخ
