# سجل خروقات البيانات (لمسؤول حماية البيانات) والإشعار الذي يقرؤه الشخص عن خرق يخص بياناته.
nav-breaches = الخروقات
breaches-title = سجل الخروقات
breaches-intro = يُسجَّل هنا كل خرق للبيانات الشخصية، سواء وجب الإبلاغ عنه أم لا. يجب إبلاغ جهة الرقابة خلال ٧٢ ساعة من اللحظة التي علمنا فيها بالخرق، إلا إذا كان من غير المرجّح أن يعرّض الخرق أي شخص للخطر.
breaches-none = لم يُسجَّل أي خرق.
breach-title = الخرق
breach-back = العودة إلى سجل الخروقات
breach-reference = الرقم المرجعي
breach-clock-left =
    { $hours ->
        [zero] أبلغ جهة الرقابة بحلول { $due }: بقي أقل من ساعة.
        [one] أبلغ جهة الرقابة بحلول { $due }: بقيت ساعة واحدة.
        [two] أبلغ جهة الرقابة بحلول { $due }: بقيت ساعتان.
        [few] أبلغ جهة الرقابة بحلول { $due }: بقيت { $hours } ساعات.
        [many] أبلغ جهة الرقابة بحلول { $due }: بقيت { $hours } ساعة.
       *[other] أبلغ جهة الرقابة بحلول { $due }: بقيت { $hours } ساعة.
    }
breach-clock-late =
    { $hours ->
        [zero] كان يجب إبلاغ جهة الرقابة بحلول { $due }: التأخير أقل من ساعة. اذكر سبب التأخير.
        [one] كان يجب إبلاغ جهة الرقابة بحلول { $due }: التأخير ساعة واحدة. اذكر سبب التأخير.
        [two] كان يجب إبلاغ جهة الرقابة بحلول { $due }: التأخير ساعتان. اذكر سبب التأخير.
        [few] كان يجب إبلاغ جهة الرقابة بحلول { $due }: التأخير { $hours } ساعات. اذكر سبب التأخير.
        [many] كان يجب إبلاغ جهة الرقابة بحلول { $due }: التأخير { $hours } ساعة. اذكر سبب التأخير.
       *[other] كان يجب إبلاغ جهة الرقابة بحلول { $due }: التأخير { $hours } ساعة. اذكر سبب التأخير.
    }
breach-clock-told =
    { $hours ->
        [zero] أُبلغت جهة الرقابة في { $when }، بعد أقل من ساعة من علمنا بالخرق.
        [one] أُبلغت جهة الرقابة في { $when }، بعد ساعة واحدة من علمنا بالخرق.
        [two] أُبلغت جهة الرقابة في { $when }، بعد ساعتين من علمنا بالخرق.
        [few] أُبلغت جهة الرقابة في { $when }، بعد { $hours } ساعات من علمنا بالخرق.
        [many] أُبلغت جهة الرقابة في { $when }، بعد { $hours } ساعة من علمنا بالخرق.
       *[other] أُبلغت جهة الرقابة في { $when }، بعد { $hours } ساعة من علمنا بالخرق.
    }
breach-people-count = الأشخاص المعنيون: { $people }. الإشعارات المرسلة: { $notified }.
breach-record-heading = تسجيل خرق
breach-discovered-at = متى اكتُشف الخرق
breach-aware-at = متى علمنا أن بيانات شخصية تأثرت
breach-aware-at-hint = من هنا تبدأ مهلة الـ ٧٢ ساعة. التاريخ والوقت بتوقيت UTC.
breach-processor-reported-at = متى أبلغتنا به جهة تعالج البيانات لحسابنا (إن حدث ذلك)
breach-moment-hint = التاريخ والوقت بتوقيت UTC، مثلًا 2026-12-03 14:30.
breach-optional-moment-hint = اتركه فارغًا إذا لم تكن هناك جهة تعالج البيانات لحسابنا معنيّة بالأمر.
breach-not-given = لم يُذكر
breach-nature = ما الذي حدث للبيانات
breach-nature-confidentiality = ربما اطّلع عليها شخص لا يحق له الاطلاع عليها (السرية)
breach-nature-integrity = غُيّرت بشكل خاطئ (السلامة)
breach-nature-availability = ضاعت أو تعذّر الوصول إليها (التوافر)
breach-description = ما الذي حدث
breach-description-hint = للسجل فقط، ولا يُعرض أبدًا على الأشخاص المعنيين. لا تكتب هنا أي بيانات شخصية.
breach-categories = أنواع البيانات المعنية
breach-approx-people = عدد الأشخاص تقريبًا
breach-approx-records = عدد السجلات تقريبًا
breach-consequences = العواقب المحتملة على الأشخاص المعنيين
breach-consequence-others-may-read = قد يقرأ معلوماتك شخص لا يحق له الحصول عليها.
breach-consequence-identity-misuse = قد يستخدم أحد معلوماتك ليتظاهر بأنه أنت.
breach-consequence-contact-by-strangers = قد يحاول غرباء التواصل معك أو معرفة مكان سكنك.
breach-consequence-wrong-decision = قد يُتخذ قرار بشأنك بناءً على معلومات خاطئة.
breach-consequence-delay = قد يستغرق ملفك وقتًا أطول.
breach-consequence-data-lost = قد تكون بعض معلوماتك قد ضاعت.
breach-measures = ما فعلناه أو سنفعله
breach-measure-access-closed = أغلقنا الطريق الذي خرجت منه المعلومات.
breach-measure-data-recovered = استعدنا المعلومات أو أعدناها كما كانت.
breach-measure-recipient-asked-to-delete = طلبنا ممن وصلته المعلومات أن يحذفها، وتأكدنا من أنه حذفها.
breach-measure-police-informed = أبلغنا الشرطة.
breach-measure-accounts-secured = غيّرنا كلمات المرور وأقفلنا الحسابات المعنية.
breach-measure-staff-trained = غيّرنا طريقة عمل موظفينا حتى لا يتكرر هذا.
breach-advice = ما يمكن أن يفعله الأشخاص المعنيون
breach-advice-watch-for-contact = انتبه من المكالمات أو الرسائل أو الزيارات غير المتوقعة بخصوص ملفك.
breach-advice-do-not-answer-strangers = لا تعطِ أبدًا رقم ملفك أو تاريخ ميلادك لأي شخص يتصل بك أو يراسلك من تلقاء نفسه.
breach-advice-check-my-data = راجع بياناتك في هذا الموقع، واطلب منا تصحيح أي شيء خاطئ.
breach-advice-tell-helper = إذا كانت منظمة دعم تساعدك، فأخبرها بهذا الإشعار.
breach-advice-ask-us = اسألنا إذا كانت لديك أسئلة، أو إذا شعرت أنك لست في أمان.
breach-risk = الخطر على الأشخاص المعنيين
breach-risk-unlikely = من غير المرجح أن يسبب أي خطر (لا يلزم إبلاغ جهة الرقابة؛ اذكر السبب)
breach-risk-risk = خطر (أبلغ جهة الرقابة)
breach-risk-high = خطر مرتفع (أبلغ جهة الرقابة وكل شخص معني)
breach-risk-reasoning = لماذا هذا هو مستوى الخطر
breach-risk-reasoning-hint = يُحفظ تعليلك في السجل، حتى عندما تقرر عدم إبلاغ جهة الرقابة أو الأشخاص المعنيين.
breach-record = سجّل الخرق
breach-recorded = تم تسجيل الخرق. بدأ عدّ مهلة الـ ٧٢ ساعة.
breach-tell-heading = إبلاغ جهة الرقابة
breach-told-at = متى أُبلغت جهة الرقابة
breach-authority-reference = الرقم المرجعي لدى جهة الرقابة
breach-delay-reason = سبب أي تأخير
breach-delay-reason-hint = مطلوب إذا أُبلغت جهة الرقابة بعد أكثر من ٧٢ ساعة من علمنا بالخرق.
breach-tell = سجّل أن جهة الرقابة أُبلغت
breach-authority-recorded = تم التسجيل: أُبلغت جهة الرقابة.
breach-updates-heading = معلومات قُدّمت لاحقًا
breach-update = معلومات إضافية قُدّمت إلى جهة الرقابة
breach-update-hint = ما عرفته وأبلغت به جهة الرقابة بعد الإبلاغ الأول.
breach-add-update = أضف هذه المعلومات
breach-update-added = أُضيفت المعلومات إلى السجل.
breach-people-heading = الأشخاص المعنيون
breach-people = أرقام ملفات الأشخاص المعنيين
breach-people-hint = رقم ملف واحد في كل سطر.
breach-add-people = أضف هؤلاء الأشخاص
breach-people-added = تمت إضافة الأشخاص. أرسل إليهم الإشعار عندما تكون جاهزًا.
breach-notify-explained =
    { $people ->
        [zero] لم يُرسَل الإشعار بعد إلى { $people } شخص. سيقرؤونه عند تسجيل الدخول، وستصلهم رسالة تخبرهم بأن هناك جديدًا.
        [one] لم يُرسَل الإشعار بعد إلى شخص واحد. سيقرؤه عند تسجيل الدخول، وستصله رسالة تخبره بأن هناك جديدًا.
        [two] لم يُرسَل الإشعار بعد إلى شخصين. سيقرآنه عند تسجيل الدخول، وستصلهما رسالة تخبرهما بأن هناك جديدًا.
        [few] لم يُرسَل الإشعار بعد إلى { $people } أشخاص. سيقرؤونه عند تسجيل الدخول، وستصلهم رسالة تخبرهم بأن هناك جديدًا.
        [many] لم يُرسَل الإشعار بعد إلى { $people } شخصًا. سيقرؤونه عند تسجيل الدخول، وستصلهم رسالة تخبرهم بأن هناك جديدًا.
       *[other] لم يُرسَل الإشعار بعد إلى { $people } شخص. سيقرؤونه عند تسجيل الدخول، وستصلهم رسالة تخبرهم بأن هناك جديدًا.
    }
breach-notify = أرسل الإشعار
breach-people-notified = تم إرسال الإشعارات.
breach-notice-heading = مشكلة في بياناتك
breach-notice-intro = في { $date } علمنا أن هناك مشكلة في بعض معلوماتك. نحن آسفون. إليك ما حدث، وما يمكنك أن تفعله.
breach-notice-data = المعلومات المعنية: { $categories }
breach-notice-consequences = ما الذي قد يحدث
breach-notice-measures = ما فعلناه
breach-notice-advice = ما يمكنك أن تفعله
breach-notice-contact = هل لديك أسئلة؟ اكتب إلى مسؤول حماية البيانات لدينا: { $contact }
breach-notice-sent = أبلغناك في { $date }
BR-001 = اكتب عددًا صحيحًا، ٠ أو أكثر.
BR-002 = هذا الوقت في المستقبل.
BR-003 = لا يمكن أن يكون هذا قبل وقت اكتشاف الخرق.
BR-004 = مرّ أكثر من ٧٢ ساعة منذ علمنا بالخرق: اذكر سبب التأخير.
BR-005 = هذه الأسطر لا تطابق أي رقم ملف. صحّحها أو احذفها؛ لم تتم إضافة أي شخص بعد.
BR-006 = اكتب تاريخًا ووقتًا، مثلًا 2026-12-03 14:30.
BR-007 = إبلاغ جهة الرقابة مسجّل من قبل. أضف المعلومات اللاحقة في الأسفل.
mail-data-incident-subject = معلومات مهمة عن بياناتك
mail-data-incident-body =
    هناك معلومات مهمة عن بياناتك. سجّل الدخول لقراءتها: { $url }
sms-data-incident = أمانة: معلومات مهمة عن بياناتك. سجّل الدخول لقراءتها: { $url }
breach-nature-person-confidentiality = ربما رأى بعض معلوماتك شخص لا يحق له أن يراها.
breach-nature-person-integrity = بعض معلوماتك غُيّرت بشكل خاطئ.
breach-nature-person-availability = بعض معلوماتك ضاعت، أو تعذّر الوصول إليها لبعض الوقت.
breach-clocks-heading = الخروقات: إبلاغ جهة الرقابة
breach-people-list = الأشخاص المعنيون، ومتى أُرسل الإشعار إلى كل واحد منهم
breach-person-reference = رقم الملف
breach-person-notified = أُرسل الإشعار
breach-person-not-notified = لم يُرسَل بعد
