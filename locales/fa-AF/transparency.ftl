# صفحهٔ عمومی شفافیت (/transparency) و فایل CSV آن. هر کس آن را می‌خواند: کلمه‌های ساده، بدون اصطلاحات مسلکی.
footer-transparency = چطور به درخواست‌ها رسیدگی می‌کنیم: ارقام و قاعده‌ها
transparency-title = چطور به درخواست‌ها رسیدگی می‌کنیم: ارقام و قاعده‌ها
transparency-intro = هر ماه نشر می‌کنیم که چند درخواست دربارهٔ معلومات شخصی به ما رسید و به چند تای آن جواب دادیم، جواب دادن چقدر وقت گرفت، و چرا بعضی را رد کردیم. از این ارقام هیچ کس شناخته نمی‌شود.
transparency-computed-at = ارقام به تاریخ { $moment } (به وقت جهانی، UTC) حساب شد. ماه جاری هنوز تمام نشده است.
transparency-none-yet = ارقام هنوز حساب نشده است. لطفاً بعداً دوباره ببینید.
transparency-download = دانلود این ارقام (فایل CSV)
transparency-rule-heading = چطور حساب می‌کنیم
transparency-rule-zero = وقتی هیچ چیزی نشده باشد، ۰ می‌نویسیم.
transparency-rule-fewer = از ۱ تا ۷ می‌نویسیم «کمتر از ۸»، تا هیچ کس شناخته نشود.
transparency-rule-rounded = دیگر عددها به نزدیک‌ترین مضرب ۵ گرد می‌شوند (مثل ۱۰، ۱۵ یا ۲۰).
transparency-rule-totals = مجموع‌ها از عددهای دقیق حساب می‌شوند و بعد گرد می‌شوند، به همین خاطر ممکن است با جمع سطرها فرق داشته باشند.
transparency-rule-rates = وقت‌ها و فیصدی‌ها فقط وقتی نشان داده می‌شوند که حد اقل از ۲۳ درخواستِ جواب‌داده‌شده حساب شده باشند.
transparency-rule-quarters = نوع درخواست‌ها و دلیل‌های رد برای هر ربع سال (هر سه ماه) نشان داده می‌شوند، زیرا عددهای یک ماه به تنهایی آن قدر کوچک اند که نشان داده نمی‌شوند.
transparency-fewer-than-eight = کمتر از ۸
transparency-too-few = تعداد بسیار کم است
transparency-percent = { $percent }٪
transparency-days =
    { $days ->
        [one] { $days } روز
       *[other] { $days } روز
    }
transparency-months-heading = درخواست‌ها در هر ماه
transparency-chart-volume = درخواست‌های رسیده و بسته‌شده، در هر ماه
transparency-chart-note = ستون‌ها ارقام جدول پایین را نشان می‌دهند. عددهای زیر ستون‌ها ماه‌ها هستند.
transparency-chart-timely = فیصدی درخواست‌هایی که در مدت یک ماه جواب گرفتند
transparency-chart-timely-note = خط تیره (–) یعنی در آن ماه به درخواست‌های بسیار کمی جواب داده شد و چیزی گفته نمی‌شود.
transparency-months-caption = درخواست‌ها در هر ماه، همهٔ انواع یکجا
transparency-quarters-heading = هر نوع درخواست، در هر ربع سال
transparency-quarters-caption = درخواست‌ها به اساس ربع سال و نوع درخواست
transparency-reasons-heading = چرا درخواست‌ها رد شدند
transparency-reasons-caption = ردها در هر ربع سال، به اساس دلیلی که گفته شد (یک فیصله می‌تواند چند دلیل داشته باشد)
transparency-month = ماه
transparency-quarter = ربع سال
transparency-kind = نوع درخواست
transparency-reason = دلیل
transparency-all-kinds = همهٔ انواع یکجا
transparency-received = رسیده
transparency-closed = جواب داده شده یا پس گرفته شده
transparency-median = وقت معمول جواب (میانه)
transparency-within-month = جواب در مدت یک ماه
transparency-within-extended = جواب در مدت تمدیدشده
transparency-extensions = وقت جواب دادن تمدید شد
transparency-refusals = رد شده، کاملاً یا قسماً
transparency-routing-heading = چه کسی به درخواست رسیدگی می‌کند
transparency-routing-intro = هر درخواست تازه به اساس این قاعده‌ها، به همین ترتیب، به یک تیم می‌رود. اولین قاعده‌ای که با درخواست جور بیاید، تعیین می‌کند.
transparency-routing-every = هر نوع
transparency-routing-kind = نوع «{ $value }»
transparency-routing-category = دربارهٔ «{ $value }»
transparency-routing-language = نوشته شده به زبان { $value }
transparency-routing-region = رسیده از منطقهٔ { $value }
transparency-routing-sensitive = مربوط به معلومات حساس
transparency-routing-not-sensitive = بی‌ارتباط با معلومات حساس
transparency-routing-rule = درخواست‌های { $conditions } به تیم «{ $team }» می‌روند.
transparency-routing-rest = هر درخواست دیگر به تیم «{ $team }» می‌رود.
transparency-routing-human = دربارهٔ هر درخواست، یک شخص در اداره فیصله می‌کند. هیچ کمپیوتری فیصله نمی‌کند: این قاعده‌ها فقط تعیین می‌کنند که کدام تیم درخواست را بخواند.
transparency-breaches = نقض‌های معلومات شخصی که به ادارهٔ ناظر گزارش داده شد
