# Amana — Persian (Farsi): exercising rights (requests about one's data). Every locale has the same keys.

nav-my-requests = درخواست‌های من

## Actions beside each field on My data
action-correct = این درست نیست
action-erase = این را پاک کنید
action-restrict = دیگر از این استفاده نشود
my-data-erase-all = درخواست پاک کردن همهٔ اطلاعاتم

## Request forms
request-correct-title = اصلاح اطلاعات شما
request-erase-title = پاک کردن اطلاعات شما
request-restrict-title = توقف استفاده از اطلاعات شما
request-erase-all-title = پاک کردن همهٔ اطلاعات شما
request-proposed-value = چه باید نوشته شود؟
request-proposed-value-hint = اطلاعات درست را بنویسید.
request-erase-explained = شما می‌خواهید این اطلاعات پاک شود. بعضی اطلاعات را طبق قانون باید نگه داریم؛ اگر این‌طور باشد، دلیلش را به شما می‌گوییم.
request-erase-all-explained = شما می‌خواهید همهٔ اطلاعاتی که از شما نگه داشته شده پاک شود. بعضی اطلاعات را طبق قانون باید نگه داریم، مثلاً تا وقتی پروندهٔ شما باز است؛ اگر این‌طور باشد، به شما می‌گوییم چه چیزی و چرا.
request-restrict-choose = چه می‌خواهید؟
request-restriction-explained = اطلاعات نگه داشته شود، اما تا وقتی بررسی می‌شود از آن استفاده نشود (مثلاً چون فکر می‌کنید نادرست است).
request-objection-explained = به خاطر وضعیت شخصی خودتان، دیگر برای این هدف از اطلاعات استفاده نشود.
request-explanation = اگر چیزی می‌خواهید اضافه کنید (اختیاری)
request-explanation-hint = مثلاً چرا، یا چه اتفاقی افتاد. می‌توانید مدارک را بعداً هم بفرستید.
request-deadline-explained = درخواست دادن رایگان است. ظرف یک ماه جواب می‌گیرید. اگر درخواست شما پیچیده باشد، این زمان ممکن است دو ماه دیگر بیشتر شود و دلیلش را به شما می‌گوییم.
request-send = درخواستم را بفرستید
request-cancel = برگشتن بدون فرستادن
request-whole-record = همهٔ اطلاعات من

## Kinds and states of requests
kind-access = نسخه‌ای از اطلاعات من
kind-correction = اصلاح
kind-erasure = پاک کردن
kind-restriction = توقف موقت استفاده
kind-objection = اعتراض به استفاده
kind-complaint = شکایت
status-submitted = دریافت شد
status-in_review = در حال بررسی
status-awaiting_information = در انتظار اطلاعات از شما
status-decided = تصمیم گرفته شد
status-completed = انجام شد
status-withdrawn = پس گرفته شد

## My requests
requests-title = درخواست‌های من
requests-intro = اینجا می‌توانید همهٔ درخواست‌های خود را پیگیری کنید، ببینید تا چه تاریخی جواب می‌گیرید و پیام‌ها را بخوانید.
requests-none = هنوز هیچ درخواستی نداده‌اید. برای دادن درخواست، به «اطلاعات من» بروید و یک مورد را انتخاب کنید.
requests-back = برگشت به درخواست‌های من
request-title = درخواست شما
request-reference = شمارهٔ درخواست
request-kind = نوع درخواست
request-about = دربارهٔ
request-status = وضعیت
request-received = تاریخ دریافت
request-due = مهلت جواب
request-extended = زمان جواب دادن بیشتر شد. دلیل:
request-decision = تصمیم
request-timeline = چه اتفاقی افتاده است
request-upstream = در سامانه‌های خود نهاد
request-upstream-done = در { $system } در تاریخ { $date } انجام شد.
request-upstream-waiting = هنوز در { $system } انجام نشده است. کارکنان پیگیری می‌کنند.
request-messages = پیام‌ها
request-no-messages = هنوز پیامی نیست.
request-add-information = افزودن اطلاعات یا جواب دادن
request-add-information-hint = اگر می‌خواهید چیزی اضافه کنید یا به سؤالی جواب دهید، اینجا بنویسید.
request-send-information = بفرستید
request-withdraw = پس گرفتن این درخواست
notice-request-filed = درخواست شما دریافت شد. یک پیام تأیید برایتان فرستادیم.
notice-request-sent = پیام شما به درخواست اضافه شد.
notice-request-withdrawn = درخواست شما پس گرفته شد. دیگر کاری روی آن انجام نمی‌شود.

actor-you = شما
actor-system = آمانا
actor-source = { $role } · { $office } (در { $system })
role-caseworker = کارمند مسئول پرونده
role-reviewer = بررسی‌کننده
role-dpo = مسئول حفاظت از اطلاعات
role-admin = مدیر سیستم
role-auditor = بازرس

timeline-submitted = درخواست دریافت شد
timeline-in-review = در حال بررسی
timeline-information-requested = اطلاعات بیشتری خواسته شد
timeline-information-added = اطلاعات اضافه شد
timeline-extended = زمان جواب دادن بیشتر شد
timeline-decided = تصمیم گرفته شد
timeline-completed = انجام شد
timeline-withdrawn = درخواست پس گرفته شد

reason-legal-obligation = قانون ما را موظف می‌کند این اطلاعات را نگه داریم.
reason-still-needed-for-case = این اطلاعات هنوز برای پروندهٔ باز شما لازم است.
reason-accuracy-confirmed = اطلاعات را بررسی کردیم و درست است.
reason-public-interest = استفاده از این اطلاعات برای کاری به نفع عموم لازم است، و در این مورد این کار از وضعیت شخصی شما مهم‌تر است.

## Withdrawing
withdraw-title = درخواست خود را پس می‌گیرید؟
withdraw-explained = اگر درخواست را پس بگیرید، دیگر روی آن کار نمی‌کنیم. هر وقت بخواهید می‌توانید درخواست تازه‌ای بدهید.
withdraw-confirm = بله، پس می‌گیرم
withdraw-cancel = نه، درخواستم بماند

## Errors
RQ-001 = شما همین حالا یک درخواست باز دربارهٔ این مورد دارید. می‌توانید آن را در «درخواست‌های من» پیگیری کنید.
RQ-002 = برای این درخواست قبلاً تصمیم گرفته شده یا پس گرفته شده است، پس نمی‌شود آن را تغییر داد.
RQ-010 = بنویسید اطلاعات درست چیست.
RQ-011 = این متن خیلی طولانی است. لطفاً آن را به ۵۰۰ حرف یا کمتر کوتاه کنید.
RQ-012 = این متن خیلی طولانی است. لطفاً آن را به ۲۰۰۰ حرف یا کمتر کوتاه کنید.
RQ-013 = این همان چیزی است که ما داریم. به جای آن، اطلاعات درست را بنویسید.
RQ-014 = پیش از فرستادن، یک پیام بنویسید.
RQ-015 = این متن خیلی طولانی است. لطفاً آن را به ۲۰۰۰ حرف یا کمتر کوتاه کنید.
RQ-016 = یکی از گزینه‌ها را انتخاب کنید.

## E-mails (they never contain personal data)
mail-request-received-subject = درخواست شما را دریافت کردیم
mail-request-received-body =
    درخواست شما را دریافت کردیم. ظرف یک ماه جواب می‌گیرید.

    برای پیگیری آن وارد شوید: { $url }
mail-request-news-subject = خبر تازه‌ای دربارهٔ درخواست شما هست
mail-request-news-body =
    خبر تازه‌ای دربارهٔ درخواست شما هست. برای خواندن آن وارد شوید: { $url }

## Documents
request-evidence = یک مدرک (اختیاری)
request-evidence-hint = یک فایل PDF یا عکس (JPEG یا PNG)، تا ۵ مگابایت. مثلاً گواهی‌ای که اطلاعات درست را نشان می‌دهد.
request-documents = مدارکی که فرستادید
request-document = مدرک
RQ-020 = فایل خیلی بزرگ است. فایلی تا ۵ مگابایت بفرستید.
RQ-021 = این نوع فایل پذیرفته نمی‌شود. یک فایل PDF یا عکس (JPEG یا PNG) بفرستید.
RQ-022 = این درخواست همین حالا بیشترین تعداد مدرک ممکن را دارد (۲۰ پرونده، روی‌هم ۵۰ مگابایت). به جای آن پیام بنویسید، یا از ما بپرسید چطور مدارک بیشتری بفرستید.
