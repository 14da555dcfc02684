# الجهات خارج الجهة المختصة التي تحصل على البيانات، واتفاقيات مشاركة البيانات معها: القائمة العامة (/recipients)، وسجل المسؤولين، والأسماء في «بياناتي».
nav-recipients = الجهات المستلمة
footer-recipients = من يحصل على بيانات منّا
my-data-recipients = الجهات التي تحصل عليها
recipients-title = من يحصل على بيانات منّا
recipients-intro = هذه المنظمات تحصل منّا على بعض البيانات الشخصية، وكل منها بموجب اتفاقية مكتوبة. هذا ما تسمح به كل اتفاقية.
recipients-none = لا تحصل أي منظمة خارج الجهة المختصة على بيانات شخصية منّا في الوقت الحالي.
recipients-kind = نوع المنظمة
recipients-country = البلد
recipients-purpose = لأي غرض
recipients-legal-basis = الأساس القانوني
recipients-categories = أنواع البيانات التي تحصل عليها
recipients-retention = المدة التي يمكنها أن تحتفظ فيها بالبيانات
recipients-days =
    { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومان
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }
recipients-breach-notice = يجب أن تبلغنا بأي خرق للبيانات خلال
recipients-hours =
    { $hours ->
        [zero] { $hours } ساعة
        [one] ساعة واحدة
        [two] ساعتان
        [few] { $hours } ساعات
        [many] { $hours } ساعة
       *[other] { $hours } ساعة
    }
recipients-terms = في كل الأحوال
recipients-terms-fixed = لا يجوز لها أن تعطي البيانات لأي جهة أخرى، ويحق لنا أن نتحقق من طريقة تعاملها مع البيانات.
recipients-ends-on = تنتهي الاتفاقية في
recipients-register-title = الجهات المستلمة والاتفاقيات
recipients-register-intro = سجّل كل منظمة تحصل على بيانات شخصية، مع اتفاقية مشاركة البيانات الخاصة بها. الجهة الرسمية التابعة لبلد يُضطر الناس إلى الفرار منه لا يجوز أبدًا أن تحصل على بيانات تُظهر أن شخصًا طلب الحماية، أو أين يسكن ومع من.
recipients-origin-authority = جهة رسمية تابعة لبلد منشأ
recipients-origin-authority-choice = هذه جهة رسمية تابعة لبلد يُضطر الناس إلى الفرار منه
recipients-add-heading = إضافة جهة مستلمة
recipients-name = اسم المنظمة
recipients-country-hint = حرفان، مثلًا DE أو KE.
recipients-retention-days = عدد الأيام التي يمكنها أن تحتفظ فيها بالبيانات (من ١ إلى ١٠٩٥)
recipients-breach-notice-hours = عدد الساعات التي يجب أن تبلغنا خلالها بأي خرق (٢٤ على الأكثر)
recipients-ends-on-hint = آخر يوم في الاتفاقية، مثلًا 2027-12-31.
recipients-add = أضف الجهة المستلمة
recipients-added = تم تسجيل الجهة المستلمة واتفاقيتها.
RC-001 = الجهة الرسمية التابعة لبلد يُضطر الناس إلى الفرار منه لا يجوز أبدًا أن تحصل على هذا النوع من البيانات.
RC-002 = اكتب البلد بحرفين، مثل DE أو KE.
RC-003 = اكتب آخر يوم في الاتفاقية، ويجب أن يكون بعد اليوم، مثل 2027-12-31.
RC-004 = يجب أن تبلغنا الجهة المستلمة بأي خرق خلال ٢٤ ساعة: اكتب عددًا من ١ إلى ٢٤.
RC-005 = توجد جهة مستلمة بهذا الاسم بالفعل.
