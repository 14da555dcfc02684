# Amana — Persian (Farsi): who looked at your data, and downloading it. Every locale has the same keys.

access-title = چه کسی اطلاعات من را دیده است
access-intro = هر بار که یکی از کارمندان یا کسی که به شما کمک می‌کند اطلاعات شما را باز کند یا تغییر دهد، اینجا ثبت می‌شود: کِی، چه کسی (سمت و دفتر او)، چه چیزی را دید، و دلیلی که باید برای آن می‌آورد.
access-none = هنوز هیچ کس از اداره یا از کسانی که به شما کمک می‌کنند اطلاعات شما را ندیده است.
access-no-more = مورد قدیمی‌تری نیست.
access-pages = صفحه‌ها
access-newer = موارد جدیدتر
access-older = موارد قدیمی‌تر
access-fields = اطلاعات:
access-reason = دلیلی که گفته شد:
access-source-viewed = پروندهٔ شما را در سامانهٔ خودشان دیدند
access-purpose = هدف اعلام‌شده:
access-legal-basis = مبنای قانونی اعلام‌شده:
access-record-viewed = اطلاعات شما را دید
access-category-opened = بخشی حساس از اطلاعات شما را باز کرد
access-request-viewed = یکی از درخواست‌های شما را دید
access-field-corrected = اطلاعات شما را اصلاح کرد
access-field-erased = اطلاعات شما را پاک کرد
access-record-exported = یک نسخه از اطلاعات شما گرفت
access-reason-handling-request = برای رسیدگی به درخواست شما
access-reason-identity-check = برای بررسی هویت شما
access-reason-safety-concern = به خاطر نگرانی دربارهٔ امنیت یک نفر
access-reason-legal-duty = چون قانون این را لازم می‌داند

download-title = دانلود اطلاعات من
download-intro = می‌توانید از همهٔ اطلاعاتی که از شما نگه داشته شده، درخواست‌هایتان، انتخاب‌هایتان دربارهٔ اجازه و اینکه چه کسی اطلاعات شما را دیده، یک نسخهٔ کامل بگیرید. آن را جای امنی نگه دارید، چون اطلاعات شخصی در آن است.
download-printable = نسخه برای خواندن
download-printable-explained = صفحه‌ای به زبان شما که می‌توانید آن را بخوانید، چاپ کنید یا به صورت PDF ذخیره کنید.
download-json = نسخه برای کامپیوتر (JSON)
download-json-explained = فایلی که یک سازمان دیگر یا کامپیوتر کسی که به شما کمک می‌کند می‌تواند آن را بخواند.
export-title = یک نسخه از اطلاعات من
export-print-hint = برای نگه داشتن این صفحه، در مرورگر خود گزینهٔ «چاپ» یا «ذخیره به صورت PDF» را بزنید.
export-generated = تهیه‌شده در تاریخ
