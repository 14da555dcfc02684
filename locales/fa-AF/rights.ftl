# Amana — Dari (fa-AF): exercising rights (requests about one's data). Every locale has the same keys.

nav-my-requests = درخواست‌های من

## Actions beside each field on My data
action-correct = این غلط است
action-erase = این را حذف کنید
action-restrict = از این دیگر استفاده نشود
my-data-erase-all = درخواست حذف همهٔ معلومات من

## Request forms
request-correct-title = اصلاح معلومات شما
request-erase-title = حذف معلومات شما
request-restrict-title = توقف استفاده از معلومات شما
request-erase-all-title = حذف همهٔ معلومات شما
request-proposed-value = چه باید نوشته شود
request-proposed-value-hint = معلومات درست را بنویسید.
request-erase-explained = شما می‌خواهید این معلومات حذف شود. بعضی معلومات را طبق قانون باید نگه داریم؛ اگر چنین باشد، دلیلش را به شما می‌گوییم.
request-erase-all-explained = شما می‌خواهید همهٔ معلوماتی که از شما نگه داشته شده حذف شود. بعضی معلومات را طبق قانون باید نگه داریم، مثلاً تا وقتی دوسیهٔ شما باز است؛ اگر چنین باشد، به شما می‌گوییم کدام معلومات و چرا.
request-restrict-choose = چه می‌خواهید؟
request-restriction-explained = معلومات نگه داشته شود، اما تا وقتی بررسی می‌شود از آن استفاده نشود (مثلاً چون فکر می‌کنید غلط است).
request-objection-explained = به خاطر وضعیت شخصی خودتان، دیگر برای این هدف از معلومات استفاده نشود.
request-explanation = چیزی که می‌خواهید اضافه کنید (اختیاری)
request-explanation-hint = مثلاً چرا، یا چه اتفاقی افتاد. اسناد را بعداً هم می‌توانید بفرستید.
request-deadline-explained = درخواست دادن رایگان است. در مدت یک ماه جواب می‌گیرید. اگر درخواست شما پیچیده باشد، این مدت ممکن است دو ماه دیگر تمدید شود، و دلیلش را به شما می‌گوییم.
request-send = درخواستم را بفرستید
request-cancel = برگشت بدون فرستادن
request-whole-record = همهٔ معلومات من

## Kinds and states of requests
kind-access = کاپی معلومات من
kind-correction = اصلاح
kind-erasure = حذف
kind-restriction = توقف موقت استفاده
kind-objection = اعتراض به استفاده
kind-complaint = شکایت
status-submitted = رسید
status-in_review = زیر بررسی
status-awaiting_information = منتظر معلومات از شما
status-decided = فیصله شد
status-completed = انجام شد
status-withdrawn = پس گرفته شد

## My requests
requests-title = درخواست‌های من
requests-intro = اینجا می‌توانید همهٔ چیزهایی را که خواسته‌اید پیگیری کنید، ببینید تا چه تاریخی جواب می‌گیرید، و پیام‌ها را بخوانید.
requests-none = شما هنوز هیچ درخواستی نداده‌اید. برای درخواست دادن، به «معلومات من» بروید و یک مورد را انتخاب کنید.
requests-back = برگشت به درخواست‌های من
request-title = درخواست شما
request-reference = نمبر درخواست
request-kind = درخواست
request-about = دربارهٔ
request-status = وضعیت
request-received = تاریخ رسیدن
request-due = جواب تا این تاریخ
request-extended = وقت جواب دادن تمدید شد. دلیل:
request-decision = فیصله
request-timeline = چه اتفاقی افتاده است
request-upstream = در سیستم‌های خود اداره
request-upstream-done = در { $system } به تاریخ { $date } انجام شد.
request-upstream-waiting = هنوز در { $system } انجام نشده است. کارمندان آن را پیگیری می‌کنند.
request-messages = پیام‌ها
request-no-messages = هنوز پیامی نیست.
request-add-information = افزودن معلومات یا جواب دادن
request-add-information-hint = اگر می‌خواهید چیزی اضافه کنید یا به یک سوال جواب بدهید، اینجا بنویسید.
request-send-information = فرستادن
request-withdraw = پس گرفتن این درخواست
notice-request-filed = درخواست شما رسید. یک پیام تأیید برایتان فرستادیم.
notice-request-sent = پیام شما به درخواست اضافه شد.
notice-request-withdrawn = درخواست شما پس گرفته شد. دیگر روی آن هیچ کاری نمی‌شود.

actor-you = شما
actor-system = آمانا
actor-source = { $role } · { $office } (در { $system })
role-caseworker = کارمند مسئول دوسیه
role-reviewer = بررسی‌کننده
role-dpo = مسئول حفاظت معلومات
role-admin = مدیر سیستم
role-auditor = مفتش

timeline-submitted = درخواست رسید
timeline-in-review = زیر بررسی
timeline-information-requested = معلومات بیشتر خواسته شد
timeline-information-added = معلومات اضافه شد
timeline-extended = وقت جواب دادن تمدید شد
timeline-decided = فیصله شد
timeline-completed = انجام شد
timeline-withdrawn = درخواست پس گرفته شد

reason-legal-obligation = قانون ما را مکلف می‌سازد که این معلومات را نگه داریم.
reason-still-needed-for-case = این معلومات هنوز برای دوسیهٔ باز شما لازم است.
reason-accuracy-confirmed = معلومات را بررسی کردیم و درست است.
reason-public-interest = این استفاده برای یک کار به نفع عامه لازم است، و این کار از وضعیت شخصی شما مهم‌تر دانسته شد.

## Withdrawing
withdraw-title = درخواست خود را پس می‌گیرید؟
withdraw-explained = اگر پس بگیرید، ما کار روی این درخواست را متوقف می‌کنیم. هر وقت بخواهید می‌توانید درخواست تازه بدهید.
withdraw-confirm = بلی، پس می‌گیرم
withdraw-cancel = نخیر، درخواستم بماند

## Errors
RQ-001 = شما همین حالا یک درخواست باز دربارهٔ همین مورد دارید. می‌توانید آن را در «درخواست‌های من» پیگیری کنید.
RQ-002 = این درخواست قبلاً فیصله شده یا پس گرفته شده است، پس دیگر تغییر داده نمی‌شود.
RQ-010 = بنویسید که معلومات درست چیست.
RQ-011 = این متن بسیار طولانی است. لطفاً آن را تا ۵۰۰ حرف کوتاه کنید.
RQ-012 = این متن بسیار طولانی است. لطفاً آن را تا ۲۰۰۰ حرف کوتاه کنید.
RQ-013 = این همان چیزی است که ما از قبل داریم. به جای آن، بنویسید چه باید نوشته شود.
RQ-014 = پیش از فرستادن، یک پیام بنویسید.
RQ-015 = این متن بسیار طولانی است. لطفاً آن را تا ۲۰۰۰ حرف کوتاه کنید.
RQ-016 = یکی از گزینه‌ها را انتخاب کنید.

## E-mails (they never contain personal data)
mail-request-received-subject = درخواست شما به ما رسید
mail-request-received-body =
    درخواست شما به ما رسید. در مدت یک ماه جواب می‌گیرید.

    برای پیگیری آن وارد شوید: { $url }
mail-request-news-subject = دربارهٔ درخواست شما خبر تازه‌ای هست
mail-request-news-body =
    دربارهٔ درخواست شما خبر تازه‌ای هست. برای خواندن آن وارد شوید: { $url }

## Documents
request-evidence = یک سند (اختیاری)
request-evidence-hint = یک فایل PDF یا یک عکس (JPEG یا PNG)، تا ۵ میگابایت. مثلاً تصدیق‌نامه‌ای که معلومات درست را نشان می‌دهد.
request-documents = اسنادی که فرستادید
request-document = سند
RQ-020 = فایل بسیار بزرگ است. فایلی تا ۵ میگابایت بفرستید.
RQ-021 = این نوع فایل قبول نمی‌شود. یک فایل PDF یا یک عکس (JPEG یا PNG) بفرستید.
RQ-022 = این درخواست همین حالا بیشترین تعداد اسناد ممکن را دارد (۲۰ فایل، در مجموع ۵۰ میگابایت). به جای آن یک پیام بنویسید، یا از ما بپرسید که چطور اسناد بیشتر بفرستید.
