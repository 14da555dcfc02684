# دفتر ثبت نقض اطلاعات (برای مسئول حفاظت از اطلاعات) و اطلاعیه‌ای که شخص دربارهٔ نقض اطلاعات خودش می‌خواند.
nav-breaches = نقض‌های اطلاعات
breaches-title = دفتر ثبت نقض‌ها
breaches-intro = هر نقض اطلاعات شخصی اینجا ثبت می‌شود، چه لازم باشد گزارش شود چه نه. باید ظرف ۷۲ ساعت از لحظه‌ای که از آن باخبر شدیم به نهاد ناظر خبر داد، مگر اینکه بعید باشد این نقض کسی را در معرض خطر قرار دهد.
breaches-none = هیچ نقضی ثبت نشده است.
breach-title = نقض اطلاعات
breach-back = برگشت به دفتر ثبت نقض‌ها
breach-reference = شمارهٔ مرجع
breach-clock-left =
    { $hours ->
        [one] تا { $due } به نهاد ناظر خبر دهید: { $hours } ساعت مانده است.
       *[other] تا { $due } به نهاد ناظر خبر دهید: { $hours } ساعت مانده است.
    }
breach-clock-late =
    { $hours ->
        [one] باید تا { $due } به نهاد ناظر خبر داده می‌شد: { $hours } ساعت تأخیر. دلیل تأخیر را بنویسید.
       *[other] باید تا { $due } به نهاد ناظر خبر داده می‌شد: { $hours } ساعت تأخیر. دلیل تأخیر را بنویسید.
    }
breach-clock-told =
    { $hours ->
        [one] در { $when } به نهاد ناظر خبر داده شد، { $hours } ساعت پس از آنکه باخبر شدیم.
       *[other] در { $when } به نهاد ناظر خبر داده شد، { $hours } ساعت پس از آنکه باخبر شدیم.
    }
breach-people-count = افراد مربوط: { $people }. اطلاعیه‌های فرستاده‌شده: { $notified }.
breach-record-heading = ثبت یک نقض
breach-discovered-at = زمان کشف نقض
breach-aware-at = زمانی که فهمیدیم اطلاعات شخصی آسیب دیده است
breach-aware-at-hint = ۷۲ ساعت از همین لحظه شروع می‌شود. تاریخ و ساعت به وقت UTC.
breach-processor-reported-at = زمانی که یک پردازشگر آن را به ما گزارش داد (اگر گزارش داده باشد)
breach-moment-hint = تاریخ و ساعت به وقت UTC، مثلاً 2026-12-03 14:30.
breach-optional-moment-hint = اگر هیچ پردازشگری در کار نبوده، خالی بگذارید.
breach-not-given = ذکر نشده
breach-nature = چه اتفاقی برای اطلاعات افتاد
breach-nature-confidentiality = ممکن است کسی که نباید آن را می‌دید، دیده باشد (محرمانگی)
breach-nature-integrity = به‌اشتباه تغییر داده شد (یکپارچگی)
breach-nature-availability = از بین رفت یا نمی‌شد به آن دسترسی داشت (دسترس‌پذیری)
breach-description = چه اتفاقی افتاد
breach-description-hint = فقط برای دفتر ثبت؛ هرگز به افراد مربوط نشان داده نمی‌شود. اینجا اطلاعات شخصی ننویسید.
breach-categories = انواع اطلاعات مربوط
breach-approx-people = تقریباً چند نفر
breach-approx-records = تقریباً چند رکورد
breach-consequences = پیامدهای احتمالی برای افراد مربوط
breach-consequence-others-may-read = ممکن است کسی که نباید اطلاعات شما را داشته باشد، آن را بخواند.
breach-consequence-identity-misuse = ممکن است کسی از مشخصات شما استفاده کند و خودش را به جای شما جا بزند.
breach-consequence-contact-by-strangers = ممکن است افراد غریبه بخواهند با شما تماس بگیرند یا بفهمند کجا زندگی می‌کنید.
breach-consequence-wrong-decision = ممکن است تصمیمی دربارهٔ شما بر پایهٔ اطلاعات نادرست گرفته شود.
breach-consequence-delay = ممکن است رسیدگی به پروندهٔ شما بیشتر طول بکشد.
breach-consequence-data-lost = ممکن است بخشی از اطلاعات شما از بین رفته باشد.
breach-measures = کارهایی که کردیم یا خواهیم کرد
breach-measure-access-closed = راهی را که اطلاعات از آن بیرون رفت بستیم.
breach-measure-data-recovered = اطلاعات را پس گرفتیم یا آن را به حالت قبل برگرداندیم.
breach-measure-recipient-asked-to-delete = از کسی که اطلاعات به دستش رسید خواستیم آن را پاک کند، و بررسی کردیم که پاک کرده باشد.
breach-measure-police-informed = به پلیس خبر دادیم.
breach-measure-accounts-secured = رمزهای عبور را عوض کردیم و حساب‌های مربوط را قفل کردیم.
breach-measure-staff-trained = روش کار کارمندانمان را تغییر دادیم تا این اتفاق دوباره نیفتد.
breach-advice = کارهایی که افراد مربوط می‌توانند انجام دهند
breach-advice-watch-for-contact = مراقب تماس‌ها، پیام‌ها یا مراجعه‌های غیرمنتظره دربارهٔ پرونده‌تان باشید.
breach-advice-do-not-answer-strangers = هرگز شمارهٔ پرونده یا تاریخ تولد خود را به کسی ندهید که خودش اول با شما تماس گرفته است.
breach-advice-check-my-data = اطلاعات خود را در همین سایت بررسی کنید و از ما بخواهید هر چیز نادرستی را اصلاح کنیم.
breach-advice-tell-helper = اگر سازمانی از شما حمایت می‌کند، دربارهٔ این اطلاعیه به آن‌ها بگویید.
breach-advice-ask-us = اگر سؤالی دارید، یا احساس می‌کنید در امان نیستید، از ما بپرسید.
breach-risk = خطر برای افراد مربوط
breach-risk-unlikely = بعید است خطری ایجاد کند (لازم نیست به نهاد ناظر خبر داد؛ دلیلش را بنویسید)
breach-risk-risk = خطر دارد (به نهاد ناظر خبر دهید)
breach-risk-high = خطر زیاد دارد (به نهاد ناظر و به تک‌تک افراد مربوط خبر دهید)
breach-risk-reasoning = چرا این میزان خطر
breach-risk-reasoning-hint = استدلال شما در دفتر ثبت نگه داشته می‌شود، حتی وقتی تصمیم می‌گیرید به نهاد ناظر یا افراد مربوط خبر ندهید.
breach-record = ثبت نقض
breach-recorded = نقض ثبت شد. شمارش ۷۲ ساعت شروع شده است.
breach-tell-heading = خبر دادن به نهاد ناظر
breach-told-at = زمانی که به نهاد ناظر خبر داده شد
breach-authority-reference = شمارهٔ مرجع نزد نهاد ناظر
breach-delay-reason = دلیل تأخیر، اگر تأخیری بوده
breach-delay-reason-hint = وقتی لازم است که بیش از ۷۲ ساعت پس از باخبر شدن ما به نهاد ناظر خبر داده شود.
breach-tell = ثبت اینکه به نهاد ناظر خبر داده شد
breach-authority-recorded = ثبت شد: به نهاد ناظر خبر داده شد.
breach-updates-heading = اطلاعاتی که بعداً داده شد
breach-update = اطلاعات بیشتری که به نهاد ناظر داده شد
breach-update-hint = آنچه پس از گزارش اول فهمیدید و به نهاد ناظر گفتید.
breach-add-update = افزودن این اطلاعات
breach-update-added = این اطلاعات به دفتر ثبت اضافه شد.
breach-people-heading = افراد مربوط
breach-people = شمارهٔ پروندهٔ افراد مربوط
breach-people-hint = در هر سطر یک شمارهٔ پرونده.
breach-add-people = افزودن این افراد
breach-people-added = این افراد اضافه شدند. هر وقت آماده بودید، اطلاعیه را برایشان بفرستید.
breach-notify-explained =
    { $people ->
        [one] اطلاعیه هنوز برای { $people } نفر فرستاده نشده است. وقتی وارد شود آن را می‌خواند، و پیامی می‌گیرد که خبر تازه‌ای هست.
       *[other] اطلاعیه هنوز برای { $people } نفر فرستاده نشده است. وقتی وارد شوند آن را می‌خوانند، و پیامی می‌گیرند که خبر تازه‌ای هست.
    }
breach-notify = فرستادن اطلاعیه
breach-people-notified = اطلاعیه‌ها فرستاده شدند.
breach-notice-heading = مشکلی در اطلاعات شما
breach-notice-intro = در { $date } فهمیدیم که در بخشی از اطلاعات شما مشکلی پیش آمده است. متأسفیم. اینجا می‌گوییم چه اتفاقی افتاد و شما چه کاری می‌توانید بکنید.
breach-notice-data = اطلاعات مربوط: { $categories }
breach-notice-consequences = چه ممکن است پیش بیاید
breach-notice-measures = کارهایی که کردیم
breach-notice-advice = کارهایی که می‌توانید بکنید
breach-notice-contact = سؤالی دارید؟ به مسئول حفاظت از اطلاعات ما بنویسید: { $contact }
breach-notice-sent = این خبر در { $date } به شما داده شد
BR-001 = یک عدد صحیح بنویسید، ۰ یا بیشتر.
BR-002 = این زمان در آینده است.
BR-003 = این زمان نمی‌تواند پیش از کشف نقض باشد.
BR-004 = بیش از ۷۲ ساعت از زمانی که باخبر شدیم گذشته است: دلیل تأخیر را بنویسید.
BR-005 = این سطرها با هیچ شمارهٔ پرونده‌ای یکی نیستند. آن‌ها را اصلاح یا پاک کنید؛ هنوز هیچ کس اضافه نشده است.
BR-006 = تاریخ و ساعت را بنویسید، مثلاً 2026-12-03 14:30.
BR-007 = خبر دادن به نهاد ناظر قبلاً ثبت شده است. اطلاعات بعدی را در پایین اضافه کنید.
mail-data-incident-subject = خبر مهمی دربارهٔ اطلاعات شما
mail-data-incident-body =
    خبر مهمی دربارهٔ اطلاعات شما هست. برای خواندن آن وارد شوید: { $url }
sms-data-incident = آمانا: خبر مهمی دربارهٔ اطلاعات شما هست. برای خواندن آن وارد شوید: { $url }
breach-nature-person-confidentiality = ممکن است کسی که نباید بخشی از اطلاعات شما را می‌دید، آن را دیده باشد.
breach-nature-person-integrity = بخشی از اطلاعات شما به‌اشتباه تغییر داده شد.
breach-nature-person-availability = بخشی از اطلاعات شما از بین رفت یا مدتی در دسترس نبود.
breach-clocks-heading = نقض‌های اطلاعات: خبر دادن به نهاد ناظر
breach-people-list = افراد مربوط، و زمانی که اطلاعیه برای هر کدام فرستاده شد
breach-person-reference = شمارهٔ پرونده
breach-person-notified = اطلاعیه فرستاده شد
breach-person-not-notified = هنوز نه
