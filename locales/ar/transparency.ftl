# صفحة الشفافية العامة (/transparency) وملف CSV الخاص بها. يقرؤها أي شخص: كلمات بسيطة، بلا مصطلحات صعبة.
footer-transparency = كيف نتعامل مع الطلبات: أرقام وقواعد
transparency-title = كيف نتعامل مع الطلبات: أرقام وقواعد
transparency-intro = كل شهر ننشر عدد الطلبات التي وصلتنا عن البيانات الشخصية، وعدد الطلبات التي رددنا عليها، وكم استغرق الرد، ولماذا رفضنا بعضها. لا يمكن التعرّف على أي شخص من هذه الأرقام.
transparency-computed-at = حُسبت الأرقام في { $moment } (بالتوقيت العالمي UTC). الشهر الحالي لم ينتهِ بعد.
transparency-none-yet = لم تُحسب الأرقام بعد. يُرجى العودة لاحقًا.
transparency-download = تنزيل هذه الأرقام (ملف CSV)
transparency-rule-heading = كيف نَعُدّ
transparency-rule-zero = إذا لم يحدث شيء، نكتب ٠.
transparency-rule-fewer = من ١ إلى ٧ نكتب «أقل من ٨»، حتى لا يمكن التعرّف على أحد.
transparency-rule-rounded = الأعداد الأخرى نقرّبها إلى أقرب مضاعف للعدد ٥ (مثل ١٠ أو ١٥ أو ٢٠).
transparency-rule-totals = المجاميع نحسبها من الأعداد الدقيقة ثم نقرّبها، لذلك قد تختلف عن مجموع الصفوف.
transparency-rule-rates = المدد والنسب المئوية لا تظهر إلا إذا كانت محسوبة من ٢٣ طلبًا على الأقل تم الرد عليها.
transparency-rule-quarters = أنواع الطلبات وأسباب الرفض تظهر لكل ربع سنة (كل ثلاثة أشهر)، لأن أرقام الشهر الواحد تكون أصغر من أن تُعرض.
transparency-fewer-than-eight = أقل من ٨
transparency-too-few = العدد قليل جدًا
transparency-percent = { $percent }٪
transparency-days =
    { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومان
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }
transparency-months-heading = الطلبات في كل شهر
transparency-chart-volume = الطلبات التي وصلت والتي أُغلقت، في كل شهر
transparency-chart-note = الأعمدة تُظهر أرقام الجدول أدناه. الأرقام تحت الأعمدة هي الأشهر.
transparency-chart-timely = نسبة الطلبات التي تم الرد عليها خلال شهر واحد
transparency-chart-timely-note = الشَّرطة (–) تعني أن الطلبات التي تم الرد عليها في ذلك الشهر قليلة جدًا، فلا يمكن أن نقول شيئًا.
transparency-months-caption = الطلبات في كل شهر، كل الأنواع معًا
transparency-quarters-heading = كل نوع من الطلبات، في كل ربع سنة
transparency-quarters-caption = الطلبات حسب ربع السنة ونوع الطلب
transparency-reasons-heading = لماذا رُفضت الطلبات
transparency-reasons-caption = حالات الرفض في كل ربع سنة، حسب السبب المذكور (القرار الواحد قد يذكر أكثر من سبب)
transparency-month = الشهر
transparency-quarter = ربع السنة
transparency-kind = نوع الطلب
transparency-reason = السبب
transparency-all-kinds = كل الأنواع معًا
transparency-received = تم استلامها
transparency-closed = تم الرد عليها أو سحبها
transparency-median = المدة المعتادة للرد (الوسيط)
transparency-within-month = تم الرد عليها خلال شهر واحد
transparency-within-extended = تم الرد عليها خلال المدة الممدَّدة
transparency-extensions = تم تمديد مدة الرد
transparency-refusals = رُفضت كليًا أو جزئيًا
transparency-routing-heading = من يتولى الطلب
transparency-routing-intro = يُحال كل طلب جديد إلى فريق حسب هذه القواعد، وبهذا الترتيب. أول قاعدة تنطبق على الطلب هي التي تقرر.
transparency-routing-every = من كل الأنواع
transparency-routing-kind = من نوع «{ $value }»
transparency-routing-category = عن «{ $value }»
transparency-routing-language = المكتوبة بلغة { $value }
transparency-routing-region = من منطقة { $value }
transparency-routing-sensitive = التي تخص بيانات حساسة
transparency-routing-not-sensitive = التي لا تخص أي بيانات حساسة
transparency-routing-rule = الطلبات { $conditions } تُحال إلى فريق «{ $team }».
transparency-routing-rest = كل طلب آخر يُحال إلى فريق «{ $team }».
transparency-routing-human = شخص من الجهة المختصة هو الذي يقرر في كل طلب. لا يقرر أي حاسوب: هذه القواعد تختار فقط الفريق الذي يقرأ الطلب.
transparency-breaches = خروقات البيانات الشخصية التي أُبلغت بها جهة الرقابة
