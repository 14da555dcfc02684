# Amana — Dari (fa-AF): who looked at your data, and downloading it. Every locale has the same keys.

access-title = چه کسی معلومات مرا دیده است
access-intro = هر بار که یک کارمند یا یک کمک‌کننده معلومات شما را باز کند یا تغییر دهد، اینجا ثبت می‌شود: چه وقت، چه کسی (سمت و دفتر او)، چه چیزی را دید، و دلیلی که باید می‌گفت.
access-none = هنوز هیچ کس از اداره یا از کمک‌کنندگان معلومات شما را ندیده است.
access-no-more = مورد قدیمی‌تری نیست.
access-pages = صفحه‌ها
access-newer = موارد تازه‌تر
access-older = موارد قدیمی‌تر
access-fields = معلومات:
access-reason = دلیلی که گفتند:
access-source-viewed = دوسیهٔ شما را در سیستم خود دیدند
access-purpose = هدفی که گفتند:
access-legal-basis = اساس قانونی که گفتند:
access-record-viewed = معلومات شما را دید
access-category-opened = یک بخش حساس معلومات شما را باز کرد
access-request-viewed = یکی از درخواست‌های شما را دید
access-field-corrected = معلومات شما را اصلاح کرد
access-field-erased = معلومات شما را حذف کرد
access-record-exported = از معلومات شما کاپی گرفت
access-reason-handling-request = برای رسیدگی به درخواست شما
access-reason-identity-check = برای بررسی هویت شما
access-reason-safety-concern = به خاطر نگرانی دربارهٔ امنیت یک نفر
access-reason-legal-duty = چون قانون آن را لازم می‌داند

download-title = دانلود معلومات من
download-intro = می‌توانید یک کاپی کامل بگیرید از همهٔ معلوماتی که از شما نگه داشته شده، درخواست‌هایتان، انتخاب‌های رضایت‌تان و اینکه چه کسی معلومات شما را دیده است. آن را در جای امن نگه دارید: در آن معلومات شخصی است.
download-printable = کاپی برای خواندن
download-printable-explained = صفحه‌ای به زبان شما که می‌توانید آن را بخوانید، چاپ کنید یا به شکل PDF ذخیره کنید.
download-json = کاپی برای کمپیوتر (JSON)
download-json-explained = فایلی که یک خدمت دیگر یا کمپیوتر یک کمک‌کننده می‌تواند آن را بخواند.
export-title = کاپی معلومات من
export-print-hint = برای نگه داشتن این صفحه، در براوزر خود «چاپ» (Print) یا «ذخیره به شکل PDF» را بزنید.
export-generated = تهیه شده به تاریخ
