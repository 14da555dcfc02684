# Amana — Arabic (العربية): consent. Every locale has the same keys.

nav-consent = الموافقة
consent-title = موافقتك
consent-intro = بعض معلوماتك لا نستخدمها إلا إذا وافقت. هنا ترى كل استخدام من هذه الاستخدامات، ويمكنك أن تعطي موافقتك أو تسحبها في أي وقت. سحب الموافقة سهل مثل إعطائها، ويبدأ مفعوله فورًا.
notice-consent-changed = تم حفظ اختيارك. يبدأ مفعوله الآن.
consent-given = لقد أعطيت موافقتك
consent-not-given = لم تعطِ موافقتك
consent-give = أعطِ موافقتك
consent-withdraw = اسحب موافقتك
consent-history = سجل اختياراتك
consent-history-none = لا توجد اختيارات مسجّلة بعد.
consent-history-given = تم إعطاء الموافقة
consent-history-withdrawn = تم سحب الموافقة
consent-version = نسخة النص
my-data-consent-withdrawn = لم نعد نستخدمها: لقد سحبت موافقتك.

purpose-integration-support-explained = نستخدم هذه المعلومات لنقدّم لك مكانًا في المدرسة، ودورات لغة، ومساعدة في إيجاد عمل. لا نشاركها مع المدرسة أو الجهة التي تقدّم الدورة إلا إذا وافقت.
purpose-resettlement-referral-explained = نستخدم هذه المعلومات لإحالتك لإعادة التوطين في بلد آخر، ولا نشاركها مع المفوضية السامية للأمم المتحدة لشؤون اللاجئين ومع ذلك البلد إلا إذا وافقت.
purpose-service-updates-explained = نرسل إليك أخبارًا عن خدمات قد تساعدك، مثل دورات جديدة أو تغيير في أوقات الدوام. فقط إذا وافقت.
