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
