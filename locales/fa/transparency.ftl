# صفحهٔ عمومی شفافیت (/transparency) و فایل CSV آن. هر کسی آن را می‌خواند: کلمه‌های ساده، بدون اصطلاحات تخصصی.
footer-transparency = چطور به درخواست‌ها رسیدگی می‌کنیم: آمار و قاعده‌ها
transparency-title = چطور به درخواست‌ها رسیدگی می‌کنیم: آمار و قاعده‌ها
transparency-intro = هر ماه منتشر می‌کنیم که چند درخواست دربارهٔ اطلاعات شخصی دریافت کردیم و به چند تا جواب دادیم، جواب دادن چقدر طول کشید، و چرا بعضی را رد کردیم. از این آمار نمی‌شود هیچ‌کس را شناخت.
transparency-computed-at = آمار در { $moment } (به وقت جهانی، UTC) حساب شد. ماه جاری هنوز تمام نشده است.
transparency-none-yet = آمار هنوز حساب نشده است. لطفاً بعداً دوباره سر بزنید.
transparency-download = دانلود این آمار (فایل CSV)
transparency-rule-heading = چطور می‌شماریم
transparency-rule-zero = وقتی چیزی اتفاق نیفتاده باشد، ۰ می‌نویسیم.
transparency-rule-fewer = از ۱ تا ۷ می‌نویسیم «کمتر از ۸»، تا هیچ‌کس شناخته نشود.
transparency-rule-rounded = بقیهٔ عددها به نزدیک‌ترین مضرب ۵ گرد می‌شوند (مثل ۱۰، ۱۵ یا ۲۰).
transparency-rule-totals = جمع‌ها از عددهای دقیق حساب می‌شوند و بعد گرد می‌شوند، برای همین ممکن است با جمع ردیف‌ها فرق داشته باشند.
transparency-rule-rates = زمان‌ها و درصدها فقط وقتی نشان داده می‌شوند که دست‌کم از ۲۳ درخواستِ جواب‌داده‌شده حساب شده باشند.
transparency-rule-quarters = نوع درخواست‌ها و دلیل‌های رد برای هر سه‌ماههٔ سال نشان داده می‌شوند، چون عددهای یک ماهِ تنها آن‌قدر کوچک‌اند که نمی‌شود نشانشان داد.
transparency-fewer-than-eight = کمتر از ۸
transparency-too-few = تعداد خیلی کم است
transparency-percent = { $percent }٪
transparency-days =
    { $days ->
        [one] { $days } روز
       *[other] { $days } روز
    }
transparency-months-heading = درخواست‌ها در هر ماه
transparency-chart-volume = درخواست‌های دریافت‌شده و بسته‌شده، در هر ماه
transparency-chart-note = ستون‌ها عددهای جدول پایین را نشان می‌دهند. عددهای زیر ستون‌ها ماه‌ها هستند.
transparency-chart-timely = سهم درخواست‌هایی که ظرف یک ماه جواب گرفتند
transparency-chart-timely-note = خط تیره (–) یعنی در آن ماه به درخواست‌های خیلی کمی جواب داده شد و نمی‌شود چیزی گفت.
transparency-months-caption = درخواست‌ها در هر ماه، همهٔ نوع‌ها با هم
transparency-quarters-heading = هر نوع درخواست، در هر سه‌ماهه
transparency-quarters-caption = درخواست‌ها بر اساس سه‌ماهه و نوع درخواست
transparency-reasons-heading = چرا درخواست‌ها رد شدند
transparency-reasons-caption = ردها در هر سه‌ماهه، بر اساس دلیلی که گفته شد (یک تصمیم می‌تواند چند دلیل داشته باشد)
transparency-month = ماه
transparency-quarter = سه‌ماهه
transparency-kind = نوع درخواست
transparency-reason = دلیل
transparency-all-kinds = همهٔ نوع‌ها با هم
transparency-received = دریافت‌شده
transparency-closed = جواب‌داده‌شده یا پس‌گرفته‌شده
transparency-median = زمان معمول جواب (میانه)
transparency-within-month = جواب‌داده‌شده ظرف یک ماه
transparency-within-extended = جواب‌داده‌شده در زمانِ بیشترشده
transparency-extensions = زمان جواب دادن بیشتر شد
transparency-refusals = ردشده، کامل یا بخشی از آن
transparency-routing-heading = چه کسی به درخواست رسیدگی می‌کند
transparency-routing-intro = هر درخواست جدید با این قاعده‌ها، به همین ترتیب، به یک تیم فرستاده می‌شود. اولین قاعده‌ای که بر درخواست منطبق باشد، تعیین می‌کند.
transparency-routing-every = هر نوع
transparency-routing-kind = نوع «{ $value }»
transparency-routing-category = دربارهٔ «{ $value }»
transparency-routing-language = نوشته‌شده به زبان { $value }
transparency-routing-region = رسیده از منطقهٔ { $value }
transparency-routing-sensitive = مربوط به اطلاعات حساس
transparency-routing-not-sensitive = بی‌ارتباط با اطلاعات حساس
transparency-routing-rule = درخواست‌های { $conditions } به تیم «{ $team }» فرستاده می‌شوند.
transparency-routing-rest = هر درخواست دیگری به تیم «{ $team }» فرستاده می‌شود.
transparency-routing-human = دربارهٔ هر درخواست، یک انسان در اداره تصمیم می‌گیرد. هیچ کامپیوتری تصمیم نمی‌گیرد: این قاعده‌ها فقط تعیین می‌کنند کدام تیم درخواست را بخواند.
transparency-breaches = نقض‌های اطلاعات شخصی که به نهاد ناظر گزارش شد
