# دفتر ثبت نقض معلومات (برای مسئول حفاظت معلومات) و اطلاعیه‌ای که شخص دربارهٔ نقض معلومات خود می‌خواند.
nav-breaches = نقض معلومات
breaches-title = دفتر ثبت نقض‌ها
breaches-intro = هر نقض معلومات شخصی اینجا ثبت می‌شود، چه لازم باشد گزارش داده شود چه نه. باید در مدت ۷۲ ساعت از لحظه‌ای که ما خبر شدیم، به ادارهٔ ناظر اطلاع داده شود، مگر اینکه احتمال کم باشد که این نقض کسی را به خطر بیندازد.
breaches-none = هیچ نقضی ثبت نشده است.
breach-title = نقض معلومات
breach-back = برگشت به دفتر ثبت نقض‌ها
breach-reference = نمبر مرجع
breach-clock-left =
    { $hours ->
        [one] تا { $due } به ادارهٔ ناظر اطلاع بدهید: { $hours } ساعت باقی مانده است.
       *[other] تا { $due } به ادارهٔ ناظر اطلاع بدهید: { $hours } ساعت باقی مانده است.
    }
breach-clock-late =
    { $hours ->
        [one] باید تا { $due } به ادارهٔ ناظر اطلاع داده می‌شد: { $hours } ساعت تأخیر. دلیل تأخیر را بنویسید.
       *[other] باید تا { $due } به ادارهٔ ناظر اطلاع داده می‌شد: { $hours } ساعت تأخیر. دلیل تأخیر را بنویسید.
    }
breach-clock-told =
    { $hours ->
        [one] به تاریخ { $when } به ادارهٔ ناظر اطلاع داده شد، { $hours } ساعت بعد از اینکه خبر شدیم.
       *[other] به تاریخ { $when } به ادارهٔ ناظر اطلاع داده شد، { $hours } ساعت بعد از اینکه خبر شدیم.
    }
breach-people-count = اشخاص مربوط: { $people }. اطلاعیه‌های فرستاده‌شده: { $notified }.
breach-record-heading = ثبت یک نقض
breach-discovered-at = وقتی که نقض کشف شد
breach-aware-at = وقتی که خبر شدیم معلومات شخصی صدمه دیده است
breach-aware-at-hint = ۷۲ ساعت از همین لحظه شروع می‌شود. تاریخ و وقت به UTC.
breach-processor-reported-at = وقتی که یک پردازش‌کننده آن را به ما گزارش داد (اگر گزارش داده باشد)
breach-moment-hint = تاریخ و وقت به UTC، مثلاً 2026-12-03 14:30.
breach-optional-moment-hint = اگر هیچ پردازش‌کننده‌ای در کار نبوده، خالی بگذارید.
breach-not-given = ذکر نشده
breach-nature = چه اتفاقی برای معلومات افتاد
breach-nature-confidentiality = شاید کسی که نباید آن را می‌دید، دیده باشد (محرمیت)
breach-nature-integrity = به غلط تغییر داده شد (تمامیت)
breach-nature-availability = از بین رفت یا به آن دسترسی نبود (دسترسی)
breach-description = چه اتفاقی افتاد
breach-description-hint = فقط برای دفتر ثبت؛ هیچ وقت به اشخاص مربوط نشان داده نمی‌شود. اینجا معلومات شخصی ننویسید.
breach-categories = انواع معلومات مربوط
breach-approx-people = تقریباً چند نفر
breach-approx-records = تقریباً چند ریکارد
breach-consequences = پیامدهای احتمالی برای اشخاص مربوط
breach-consequence-others-may-read = شاید کسی که نباید معلومات شما را داشته باشد، آن را بخواند.
breach-consequence-identity-misuse = شاید کسی از مشخصات شما استفاده کند تا خود را به جای شما معرفی کند.
breach-consequence-contact-by-strangers = شاید اشخاص ناشناس بخواهند با شما تماس بگیرند یا جای زندگی شما را پیدا کنند.
breach-consequence-wrong-decision = شاید فیصله‌ای دربارهٔ شما بر اساس معلومات غلط گرفته شود.
breach-consequence-delay = شاید رسیدگی به دوسیهٔ شما بیشتر وقت بگیرد.
breach-consequence-data-lost = شاید بعضی از معلومات شما از بین رفته باشد.
breach-measures = کارهایی که کردیم یا خواهیم کرد
breach-measure-access-closed = راهی را که معلومات از آن بیرون رفت بستیم.
breach-measure-data-recovered = معلومات را دوباره به دست آوردیم یا آن را به حالت اول برگرداندیم.
breach-measure-recipient-asked-to-delete = از کسی که معلومات به دستش رسید خواستیم آن را حذف کند، و بررسی کردیم که حذف کرده باشد.
breach-measure-police-informed = به پولیس اطلاع دادیم.
breach-measure-accounts-secured = رمزها را تغییر دادیم و حساب‌های مربوط را قفل کردیم.
breach-measure-staff-trained = طرز کار کارمندان خود را تغییر دادیم تا این اتفاق دوباره نیفتد.
breach-advice = کارهایی که اشخاص مربوط می‌توانند بکنند
breach-advice-watch-for-contact = با تماس‌های تلفونی، پیام‌ها یا کسانی که بی‌خبر دربارهٔ دوسیهٔ شما به سراغتان می‌آیند، محتاط باشید.
breach-advice-do-not-answer-strangers = هیچ وقت نمبر دوسیه یا تاریخ تولد خود را به کسی ندهید که خودش اول با شما تماس گرفته است.
breach-advice-check-my-data = معلومات خود را در همین ویبسایت بررسی کنید، و از ما بخواهید هر چیز غلط را اصلاح کنیم.
breach-advice-tell-helper = اگر یک موسسهٔ حمایتی به شما کمک می‌کند، دربارهٔ این اطلاعیه به آن‌ها بگویید.
breach-advice-ask-us = اگر سوالی دارید، یا احساس می‌کنید در امان نیستید، از ما بپرسید.
breach-risk = خطر برای اشخاص مربوط
breach-risk-unlikely = احتمال ندارد خطری ایجاد کند (لازم نیست به ادارهٔ ناظر اطلاع داده شود؛ دلیلش را بنویسید)
breach-risk-risk = خطر دارد (به ادارهٔ ناظر اطلاع بدهید)
breach-risk-high = خطر زیاد دارد (به ادارهٔ ناظر و به هر شخص مربوط اطلاع بدهید)
breach-risk-reasoning = چرا این اندازه خطر
breach-risk-reasoning-hint = دلیل‌آوری شما در دفتر ثبت نگه داشته می‌شود، حتی وقتی تصمیم می‌گیرید به ادارهٔ ناظر یا اشخاص مربوط اطلاع ندهید.
breach-record = ثبت نقض
breach-recorded = نقض ثبت شد. شمارش ۷۲ ساعت شروع شده است.
breach-tell-heading = اطلاع دادن به ادارهٔ ناظر
breach-told-at = وقتی که به ادارهٔ ناظر اطلاع داده شد
breach-authority-reference = نمبر مرجع ادارهٔ ناظر
breach-delay-reason = دلیل تأخیر، اگر تأخیری بوده
breach-delay-reason-hint = وقتی لازم است که بیشتر از ۷۲ ساعت بعد از خبر شدن ما به ادارهٔ ناظر اطلاع داده شود.
breach-tell = ثبت اینکه به ادارهٔ ناظر اطلاع داده شد
breach-authority-recorded = ثبت شد: به ادارهٔ ناظر اطلاع داده شد.
breach-updates-heading = معلوماتی که بعداً داده شد
breach-update = معلومات بیشتری که به ادارهٔ ناظر داده شد
breach-update-hint = چیزی که بعد از اولین اطلاع‌رسانی فهمیدید و به ادارهٔ ناظر گفتید.
breach-add-update = افزودن این معلومات
breach-update-added = این معلومات به دفتر ثبت اضافه شد.
breach-people-heading = اشخاص مربوط
breach-people = نمبر دوسیهٔ اشخاص مربوط
breach-people-hint = در هر سطر یک نمبر دوسیه.
breach-add-people = افزودن این اشخاص
breach-people-added = این اشخاص اضافه شدند. هر وقت آماده بودید، اطلاعیه را برایشان بفرستید.
breach-notify-explained =
    { $people ->
        [one] اطلاعیه هنوز برای { $people } نفر فرستاده نشده است. وقتی وارد شود آن را می‌خواند، و پیامی می‌گیرد که خبر تازه‌ای هست.
       *[other] اطلاعیه هنوز برای { $people } نفر فرستاده نشده است. وقتی وارد شوند آن را می‌خوانند، و پیامی می‌گیرند که خبر تازه‌ای هست.
    }
breach-notify = فرستادن اطلاعیه
breach-people-notified = اطلاعیه‌ها فرستاده شدند.
breach-notice-heading = مشکلی در معلومات شما
breach-notice-intro = به تاریخ { $date } فهمیدیم که در بعضی از معلومات شما مشکلی پیش آمده است. متأسفیم. اینجا می‌گوییم چه اتفاقی افتاد و شما چه کاری می‌توانید بکنید.
breach-notice-data = معلومات مربوط: { $categories }
breach-notice-consequences = چه چیزی ممکن است پیش بیاید
breach-notice-measures = کارهایی که کردیم
breach-notice-advice = کارهایی که شما می‌توانید بکنید
breach-notice-contact = سوالی دارید؟ به مسئول حفاظت معلومات ما بنویسید: { $contact }
breach-notice-sent = به تاریخ { $date } به شما اطلاع داده شد
BR-001 = یک عدد کامل بنویسید، ۰ یا بیشتر.
BR-002 = این وقت در آینده است.
BR-003 = این وقت نمی‌تواند پیش از کشف نقض باشد.
BR-004 = بیشتر از ۷۲ ساعت از وقتی که خبر شدیم گذشته است: دلیل تأخیر را بنویسید.
BR-005 = این سطرها با هیچ نمبر دوسیه‌ای یکی نیستند. آن‌ها را اصلاح یا حذف کنید؛ هنوز هیچ کس اضافه نشده است.
BR-006 = تاریخ و وقت را بنویسید، مثلاً 2026-12-03 14:30.
BR-007 = اطلاع دادن به ادارهٔ ناظر قبلاً ثبت شده است. معلومات بعدی را در پایین اضافه کنید.
mail-data-incident-subject = خبر مهم دربارهٔ معلومات شما
mail-data-incident-body =
    دربارهٔ معلومات شما خبر مهمی هست. برای خواندن آن وارد شوید: { $url }
sms-data-incident = آمانا: دربارهٔ معلومات شما خبر مهمی هست. برای خواندن آن وارد شوید: { $url }
breach-nature-person-confidentiality = شاید کسی که نباید بعضی از معلومات شما را می‌دید، آن را دیده باشد.
breach-nature-person-integrity = بعضی از معلومات شما به غلط تغییر داده شد.
breach-nature-person-availability = بعضی از معلومات شما از بین رفت، یا برای مدتی به آن دسترسی نبود.
breach-clocks-heading = نقض‌های معلومات: اطلاع دادن به ادارهٔ ناظر
breach-people-list = اشخاص مربوط، و زمانی که اطلاعیه برای هر کدام فرستاده شد
breach-person-reference = نمبر دوسیه
breach-person-notified = اطلاعیه فرستاده شد
breach-person-not-notified = هنوز نه
