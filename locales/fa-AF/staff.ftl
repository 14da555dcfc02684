## Staff: sign-in
nav-queue = صف درخواست‌ها
nav-audit = دفتر تفتیش
nav-admin = مدیریت
staff-sign-in-title = ورود کارمندان
staff-sign-in-intro = برای کارمندان اداره. با آدرس ایمیل کاری و رمز خود وارد شوید، بعد کودی را از اپلیکیشن تصدیق هویت خود بنویسید.
staff-email = آدرس ایمیل کاری
staff-password = رمز
staff-continue = ادامه
staff-enrol-title = اپلیکیشن تصدیق هویت خود را تنظیم کنید
staff-enrol-intro = حساب‌های کارمندان با یک مرحلهٔ دوم محافظت می‌شوند. آن را یک بار، همین حالا، تنظیم کنید.
staff-enrol-step-app = یک اپلیکیشن تصدیق هویت را در موبایل کاری خود باز کنید.
staff-enrol-step-scan = این کود را اسکن کنید، یا کلید زیر را در اپلیکیشن بنویسید.
staff-enrol-qr = کود QR برای اپلیکیشن تصدیق هویت شما
staff-enrol-secret = کلید:
staff-enrol-step-code = کود شش‌رقمی را که اپلیکیشن نشان می‌دهد بنویسید.
staff-code = کود
staff-code-hint = شش رقم از اپلیکیشن تصدیق هویت شما.
staff-enrol-confirm = تأیید و ورود
staff-code-title = مرحلهٔ دوم
staff-code-intro = کودی را بنویسید که اپلیکیشن تصدیق هویت شما همین حالا نشان می‌دهد.
staff-code-recovery-hint = شش رقم از اپلیکیشن. موبایل خود را گم کرده‌اید؟ به جای آن یکی از کودهای بازیابی خود را بنویسید.
staff-recovery-title = کودهای بازیابی شما
staff-recovery-intro = این کودها را در جای امن، دور از موبایل خود، نگه دارید. اگر اپلیکیشن تصدیق هویت را از دست بدهید، هر کود یک بار کار می‌کند. این کودها فقط همین حالا نشان داده می‌شوند.
staff-recovery-shown = کودهای بازیابی شما قبلاً نشان داده شده‌اند. اگر آن‌ها را نگه نداشته‌اید، از یک مدیر سیستم بخواهید مرحلهٔ دوم شما را دوباره تنظیم کند.
SA-001 = آدرس ایمیل، رمز یا کود درست نیست. بعد از پنج کوشش نادرست، حساب برای ۱۵ دقیقه قفل می‌شود.
SA-002 = ورود شما بیش از حد طول کشید. لطفاً دوباره از اول شروع کنید.
ST-001 = نقش شما اجازهٔ این کار را نمی‌دهد.

## Staff: queues
queue-title = درخواست‌هایی که باید رسیدگی شوند
queue-take-next = گرفتن درخواست بعدی
queue-nothing-to-take = فعلاً در صف‌های شما هیچ درخواستی نیست که کسی آن را نگرفته باشد.
queue-team = تیم
queue-any = همه
queue-kind = درخواست
queue-status = وضعیت
# A request's status as staff read it (the person reads status-<status>).
staff-status-submitted = تازه
staff-status-in_review = زیر بررسی
staff-status-awaiting_information = منتظر معلومات از شخص
staff-status-decided = فیصله شده
staff-status-completed = تکمیل شده
staff-status-withdrawn = شخص آن را پس گرفت
queue-language = زبان
queue-filter = نشان بده
queue-empty = هیچ درخواست بازی با این شرایط نیست.
queue-count = درخواست‌های باز:
queue-overdue = مهلت گذشته
queue-due-soon = مهلت در ۳ روز آینده
team-general = درخواست‌های عمومی
team-sensitive-data = معلومات حساس
team-dpo = مسئول حفاظت معلومات

## Staff: one request
case-title = درخواست
case-back = برگشت به صف
case-person = شخص
case-anonymous = شاکی بی‌نام
case-case-reference = نمبر دوسیه
case-extended-because = دلیل تمدید
case-explanation = توضیح شخص
case-concerned = درخواست دربارهٔ چیست
case-concerned-none = همهٔ معلومات ثبت‌شده، یا معلومات در یک دستهٔ حساس: آن را در پایین با ذکر دلیل باز کنید.
case-record = معلومات دیگر ثبت‌شده
case-record-intro = یک دسته را فقط وقتی باز کنید که برای این درخواست به آن ضرورت دارید. دلیل شما ثبت می‌شود و شخص می‌تواند آن را ببیند.
case-upstream = سیستم‌های منبع
case-upstream-applied = در { $system } به تاریخ { $date } اجرا شد.
case-upstream-rejected = { $system } به تاریخ { $date } آن را رد کرد: { $reason }
case-upstream-waiting = { $system } هنوز آن را تأیید نکرده است.
case-erased = (حذف شده)
case-proposed-value = درخواست شده:
case-restricted = استفاده محدود شده است.
case-open-reason = دلیل
case-choose = انتخاب کنید…
case-open = باز کردن
case-proposal = فیصلهٔ پیشنهادی، منتظر تأیید نفر دوم
case-awaiting-approval = منتظر تأیید
case-assignee = مسئول رسیدگی
case-assignee-you = شما
case-unassigned = هنوز هیچ کس
case-template = پیام
case-actions = کارهایی که می‌توانید انجام دهید
case-no-actions = فعلاً هیچ کاری نیست که بتوانید با این درخواست انجام دهید.
case-claim = گرفتن این درخواست
case-approve-explained = یکی از همکاران این فیصله را پیشنهاد کرده است. آن را بررسی کنید: تا وقتی کسی غیر از پیشنهاددهنده آن را تأیید نکند، هیچ چیز تغییر نمی‌کند.
case-approve = تأیید فیصله
case-send-back = برگرداندن برای بررسی دوباره
case-message = فرستادن پیام به شخص
case-note = متن خود شما (اختیاری)
case-note-hint = زیر پیام اضافه می‌شود. ساده بنویسید؛ شاید شخص آن را با یک ابزار ترجمه بخواند.
case-send = فرستادن
case-ask-information = خواستن معلومات از شخص
case-identity = هنوز باید هویت شخص را بررسی کنیم (تا وقتی جواب بدهد، مهلت متوقف می‌ماند)
case-resume = ادامه بدون این معلومات
case-extend = تمدید مهلت
case-extend-explained = فقط یک بار، در ماه اول، برای یک یا دو ماه. دلیل آن به شخص گفته می‌شود.
case-extend-months = ماه‌ها
case-extend-reason = دلیل
case-decide = فیصله کردن
case-outcome = فیصله
case-reasons = دلایل (دست کم یکی)
case-decision-note = یادداشت برای شخص (اختیاری)
case-second-person = حذف معلومات، و اصلاح معلومات حساس، پیش از هر تغییری به تأیید نفر دوم ضرورت دارد.
case-reassign = سپردن به کس دیگر
case-reassign-to = همکار
staff-done-claim = این درخواست حالا به شما سپرده شد.
staff-done-reassign = درخواست به همکار شما سپرده شد.
staff-done-message = پیام شما فرستاده شد. شخص یک ایمیل می‌گیرد که می‌گوید خبر تازه‌ای هست.
staff-done-ask-information = سوال شما فرستاده شد. شخص یک ایمیل می‌گیرد که می‌گوید خبر تازه‌ای هست.
staff-done-resume = کار روی درخواست ادامه دارد.
staff-done-extend = مهلت تمدید شد و دلیل آن به شخص گفته شد.
staff-done-decide = فیصله ثبت شد. اگر به نفر دوم ضرورت داشته باشد، منتظر تأیید او می‌ماند.
staff-done-approve = فیصله تأیید و اجرا شد.
staff-done-send-back = پیشنهاد برای بررسی دوباره برگردانده شد.
ST-010 = انتخاب کنید چرا باید این معلومات را باز کنید.
ST-011 = یک دلیل برای تمدید انتخاب کنید.
ST-012 = یک فیصله انتخاب کنید.
ST-013 = دست کم یک دلیل انتخاب کنید.
ST-014 = این متن بسیار طولانی است. لطفاً آن را تا ۲۰۰۰ حرف کوتاه کنید.
ST-015 = یک همکار را از لست انتخاب کنید.
ST-016 = یک پیام را از لست انتخاب کنید.
ST-017 = چنین کاری وجود ندارد.
ST-020 = در وضعیت فعلی درخواست، این کار ممکن نیست.
ST-021 = مهلت قبلاً یک بار تمدید شده است.
ST-022 = مهلت را فقط در ماه اول می‌شود تمدید کرد.
ST-023 = تمدید یک یا دو ماه است.
ST-024 = شما این فیصله را پیشنهاد کرده‌اید، پس کس دیگری باید آن را تأیید کند.
ST-025 = فقط کسی که به این درخواست رسیدگی می‌کند می‌تواند این کار را کند. اول درخواست را بگیرید.
ST-026 = این فیصله اول به تأیید نفر دوم ضرورت دارد.
ST-027 = کس دیگری در همان وقت این درخواست را تغییر داد. دوباره آن را ببینید و باز کوشش کنید.

## Decisions, as the person reads them
outcome-approved = درخواست شما قبول شد.
outcome-partly_approved = بخشی از درخواست شما قبول شد.
outcome-refused = درخواست شما رد شد.
reason-request-granted = کاری را که خواسته بودید انجام دادیم.
reason-evidence-insufficient = معلوماتی که دادید نشان نمی‌دهد که معلومات ثبت‌شدهٔ ما غلط است.
reason-identity-not-verified = نتوانستیم تأیید کنیم که شما همان کسی هستید که این معلومات دربارهٔ اوست.
reason-legal-claims = این معلومات را برای یک موضوع حقوقی لازم داریم: برای ثابت کردن، پیگیری یا دفاع از یک ادعای حقوقی (مثلاً در محکمه).
reason-manifestly-unfounded = این درخواست تکرار یک درخواست قبلی است که پیش از این جواب داده شده است.
extension-reason-complexity = درخواست شما پیچیده است و به وقت بیشتر ضرورت دارد.
extension-reason-number-of-requests = درخواست‌های زیادی به ما رسیده است، و برای اینکه به درخواست شما درست جواب بدهیم، به وقت بیشتر ضرورت داریم.
timeline-message = یک پیام برای شما فرستاده شد

## Message templates (staff choose one; the person reads it in their language)
template-information-needed-name = به معلومات بیشتر ضرورت داریم
template-information-needed = برای رسیدگی به درخواست شما، به معلومات بیشتر از شما ضرورت داریم. لطفاً وارد شوید و زیر همین درخواست جواب بدهید.
template-identity-documents-name = لطفاً هویت خود را تأیید کنید
template-identity-documents = پیش از اینکه ادامه بدهیم، باید مطمئن شویم که شما همان کسی هستید که این معلومات دربارهٔ اوست. لطفاً عکس یک سند هویت را به این درخواست اضافه کنید.
template-progress-update-name = روی درخواست شما کار می‌کنیم
template-progress-update = روی درخواست شما کار می‌کنیم. فعلاً لازم نیست شما کاری کنید.
template-decision-made-name = فیصله شد
template-decision-made = دربارهٔ درخواست شما فیصله شد. می‌توانید آن را همراه با دلایلش در صفحهٔ درخواست بخوانید.

## Who looked at my data: staff actions
access-request-claimed = رسیدگی به درخواست شما را شروع کرد
access-request-reassigned = درخواست شما را به یک همکار سپرد
access-request-messaged = یک پیام برای شما فرستاد
access-request-information-requested = از شما معلومات خواست
access-request-resumed = کار روی درخواست شما را ادامه داد
access-request-extended = وقت جواب دادن را تمدید کرد
access-request-decision-proposed = یک فیصله دربارهٔ درخواست شما پیشنهاد کرد
access-request-decision-approved = فیصله دربارهٔ درخواست شما را تأیید کرد
access-request-decision-sent-back = یک فیصلهٔ پیشنهادی را برای بررسی دوباره برگرداند
access-request-decided = دربارهٔ درخواست شما فیصله کرد
access-field-restricted = استفاده از معلومات شما را محدود کرد

## Deadline mails to staff (no personal data: a link to the request only)
staff-mail-due-soon-subject = مهلت درخواستی که به آن رسیدگی می‌کنید یک هفتهٔ دیگر تمام می‌شود
staff-mail-due-soon-body =
    به درخواستی که به شما سپرده شده، باید در مدت هفت روز جواب داده شود.

    باز کردن: { $url }
staff-mail-overdue-subject = مهلت یک درخواست تیم شما گذشته است
staff-mail-overdue-body =
    مهلت قانونی یک درخواست تیم شما گذشته و هنوز جواب داده نشده است. لطفاً مطمئن شوید که امروز به آن رسیدگی شود.

    باز کردن: { $url }

## The auditor's screen
audit-title = دفتر تفتیش
audit-verify = بررسی زنجیرهٔ کل دفتر
audit-verify-ok = دفتر تفتیش سالم است: همهٔ { $events } رویداد درست به هم زنجیر شده‌اند.
audit-verify-broken = در دفتر تفتیش دست‌کاری شده است. { $events } رویداد بررسی شد؛ مشکلات پیدا شده:
audit-break-altered = رویداد { $seq } بعد از ثبت شدن تغییر داده شده یا جابه‌جا شده است.
audit-break-chain-broken = رویداد { $seq } به رویداد پیش از خود وصل نیست.
audit-break-missing = بعد از رویداد { $seq }، رویدادهایی کم است.
audit-break-truncated = دفتر دیگر رویداد { $seq } را آن‌طور که یک نقطهٔ کنترول امضاشده ثبت کرده بود ندارد: تازه‌ترین رویدادها حذف یا از نو نوشته شده‌اند.
audit-break-checkpoint-forged = سطر { $seq } فایل نقاط کنترول تغییر داده شده است.
audit-action = عمل
audit-actor-kind = انجام‌دهنده
audit-actor-person = یک شخص، برای خودش
audit-actor-staff = کارمند
audit-actor-helper = یک کمک‌کننده
audit-actor-anonymous = یک شخص بی‌نام
audit-actor-system = خود آمانا
audit-actor-source-system = یک سیستم منبع اداره
audit-actor-id = شناسهٔ انجام‌دهنده
audit-from = از
audit-to = تا
audit-download-csv = دانلود این انتخاب به شکل CSV
audit-none = هیچ رویدادی با این شرایط نیست.
audit-when = چه وقت
audit-who = چه کسی
audit-about = دربارهٔ

## Administration
admin-title = مدیریت
admin-sections = بخش‌ها
admin-staff = حساب‌های کارمندان
admin-teams = تیم‌ها
admin-routing = ارجاع درخواست‌های تازه
admin-templates = قالب‌های پیام
admin-default-team = درخواست‌هایی را می‌گیرد که با هیچ قاعده‌ای جور نمی‌آیند
admin-new-team = افزودن تیم
admin-team-key = کلید کوتاه
admin-key-hint = حروف کوچک لاتین، رقم و خط تیره، مثل north-office.
admin-team-name = نام
admin-add = افزودن
admin-save = ذخیره
admin-delete = حذف
admin-saved = ذخیره شد.
admin-role = نقش
admin-office = دفتر
admin-status = وضعیت
admin-active = فعال
admin-inactive = غیرفعال شده
admin-enrolled = مرحلهٔ دوم تنظیم شده
admin-not-enrolled = مرحلهٔ دوم هنوز تنظیم نشده
admin-locked = بعد از ورودهای ناکام قفل شده
admin-activate = فعال ساختن
admin-deactivate = غیرفعال ساختن
admin-reset-second-factor = تنظیم دوبارهٔ مرحلهٔ دوم
admin-change-teams = تغییر تیم‌ها
admin-new-staff = افزودن حساب کارمند
admin-name = نام کامل
admin-enrolment-link-hint = اینجا رمزی وارد نمی‌شود: آمانا یک لینک به ایمیل شخص می‌فرستد تا رمز خود را خودش انتخاب کند. لینک فقط یک بار و تا ۷۲ ساعت کار می‌کند.
admin-send-enrolment-link = فرستادن لینک ثبت‌نام تازه
admin-routing-intro = هر درخواست تازه به تیمِ اولین قاعده‌ای می‌رود که با آن جور بیاید. شکایت‌ها همیشه به مسئول حفاظت معلومات می‌روند.
admin-routing-default = درخواستی که با هیچ قاعده‌ای جور نیاید، به تیم پیش‌فرض می‌رود.
admin-category = دسته
admin-sensitive = حساس
admin-yes = بلی
admin-no = نخیر
admin-move-up = بالا بردن
admin-move-down = پایین بردن
admin-new-rule = افزودن یک قاعده در آخر
admin-templates-intro = کارمندان هنگام نوشتن برای یک شخص یکی از این قالب‌ها را انتخاب می‌کنند، و شخص آن را به زبان خودش می‌خواند. هر قالب باید در همهٔ زبان‌ها متن داشته باشد.
admin-new-template = افزودن قالب
admin-template-key = کلید کوتاه
AD-001 = این را پر کنید.
AD-002 = این بسیار طولانی است.
AD-003 = تیم‌ها را از لست انتخاب کنید.
AD-004 = یک آدرس ایمیل کامل بنویسید، مثل name@example.org.
AD-005 = یک نقش را از لست انتخاب کنید.
AD-006 = رمز باید دست کم ۱۲ حرف داشته باشد.
AD-007 = یک حساب با این آدرس ایمیل از قبل وجود دارد.
AD-008 = نمی‌توانید حساب خودتان را غیرفعال کنید.
AD-009 = از ۲ تا ۴۰ حرف کوچک لاتین، رقم و خط تیره استفاده کنید.
AD-010 = یک تیم با این کلید از قبل وجود دارد.
AD-011 = شرایط قاعده را از لست‌ها انتخاب کنید.
AD-012 = شکایت‌ها همیشه به مسئول حفاظت معلومات می‌روند؛ هیچ قاعده‌ای نمی‌تواند این را تغییر دهد.
AD-013 = متن را به این زبان هم بنویسید.

## Administration: the purpose register
admin-purposes = لست هدف‌ها
admin-purposes-intro = چرا معلومات نگه داشته می‌شود، بر چه اساس قانونی، تا چه مدت و به چه کسانی داده می‌شود. مردم این را در «معلومات من» و در صفحهٔ رضایت، به زبان خود می‌خوانند.
admin-purpose-name = نام
admin-purpose-explanation = توضیحی که مردم پیش از دادن رضایت می‌خوانند
admin-purpose-version = نسخهٔ متن رضایت:
admin-legal-basis = اساس قانونی
admin-retention-days = مدت نگهداری (روز)
admin-recipients = گیرندگان
AD-014 = تعداد روزها را از ۱ تا ۳۶۵۰۰ بنویسید.
AD-015 = از لست انتخاب کنید.
ST-018 = درخواستی که دربارهٔ یک مورد معلومات است یا قبول می‌شود یا رد، نه قسماً.
staff-new-password = رمز خود را انتخاب کنید
SA-003 = رمزی انتخاب کنید که آدرس ایمیل شما نباشد.

# Enrolment links for new accounts
SA-004 = وقت این لینک تمام شده یا قبلاً استفاده شده است. از مدیر سیستم خود بخواهید یک لینک تازه برایتان بفرستد.
AD-016 = این حساب مرحلهٔ دوم خود را قبلاً تنظیم کرده است. اگر شخص باید از نو شروع کند، اول مرحلهٔ دوم را دوباره تنظیم کنید.
welcome-title = حساب خود را تنظیم کنید
welcome-intro = رمز حساب خود را انتخاب کنید:
welcome-password-hint = دست کم ۱۲ حرف. فقط شما آن را می‌دانید: هیچ کس در آمانا هیچ وقت آن را از شما نمی‌خواهد. بعد از این، اپلیکیشن تصدیق هویت خود را تنظیم می‌کنید.
mail-enrolment-subject = حساب آمانای خود را تنظیم کنید
mail-enrolment-body =
    برای این آدرس یک حساب آمانا ساخته شد. این لینک را باز کنید تا رمز خود را انتخاب کنید و مرحلهٔ دوم ورود را تنظیم کنید:

    { $url }

    این لینک فقط یک بار و تا { $hours } ساعت کار می‌کند. اگر منتظر این ایمیل نبودید، می‌توانید آن را نادیده بگیرید.

## Administration: source systems, their API keys and webhooks
admin-source-systems = سیستم‌های منبع
admin-source-systems-intro = سیستم‌های خود اداره که از راه API اشخاص را به آمانا وارد می‌کنند. هر کدام فقط می‌تواند هدف‌ها و انواع معلوماتی را بنویسد که اینجا علامت زده شده‌اند، و فقط با کلیدهای خودش.
admin-new-source-system = ثبت یک سیستم منبع
admin-source-system-contact = چه کسی آن را اداره می‌کند
admin-source-system-contact-hint = یک تیم یا آدرس که وقتی درخواست‌های این سیستم ناکام می‌شوند، با آن تماس گرفته شود.
admin-source-system-purposes = هدف‌هایی که اجازهٔ نوشتن آن‌ها را دارد
admin-source-system-categories = انواع معلوماتی که اجازهٔ نوشتن آن‌ها را دارد
admin-webhook = ویب‌هوک (Webhook)
admin-webhook-none = هیچ: سیستم لست تغییرات (change feed) را می‌خواند.
admin-webhook-url = آدرسی که آمانا، وقتی تغییری به این سیستم مربوط باشد، به آن درخواست می‌فرستد
admin-webhook-hint = با ذخیره کردن، یک رمز امضای تازه ساخته می‌شود که فقط یک بار نشان داده می‌شود. رمز قبلی دیگر کار نمی‌کند.
admin-webhook-save = ذخیرهٔ ویب‌هوک
admin-webhook-stop = متوقف کردن ویب‌هوک
admin-api-keys = کلیدهای API
admin-new-key = ساختن کلید تازه
admin-key-scopes = کلید چه کارهایی می‌تواند بکند
admin-key-days = اعتبار (روز)
admin-new-key-hint = کلید فقط یک بار، درست بعد از ساختن، نشان داده می‌شود. هر سیستم می‌تواند دو کلید فعال داشته باشد، تا کلید تازه بدون وقفه جای کلید قبلی را بگیرد.
admin-key-live = فعال
admin-key-expired = منقضی شده
admin-key-revoked = باطل شده به تاریخ
admin-key-created = ساخته شده
admin-key-expires = منقضی می‌شود
admin-key-last-used = آخرین استفاده
admin-key-never-used = هیچ وقت
admin-key-revoke = باطل کردن
admin-new-key-shown = کلید API تازه برای
admin-webhook-secret-shown = رمز امضای تازهٔ ویب‌هوک برای
admin-shown-once-hint = همین حالا آن را کاپی کنید و از یک راه امن به مسئولان آن سیستم بدهید. آمانا آن را نگه نمی‌دارد و نمی‌تواند دوباره نشان دهد.
api-scope-people-write = وارد کردن و حذف اشخاص
api-scope-changes-read = خواندن تغییرات تأییدشده
api-scope-changes-ack = تأیید اینکه تغییرات انجام شد
api-scope-access-events-write = گزارش اینکه چه کسی معلومات را دیده است
AD-017 = یک سیستم منبع با این نام از قبل وجود دارد.
AD-018 = تعداد روزها را از ۱ تا ۱۰۹۵ بنویسید.
AD-019 = این سیستم دو کلید دارد که هنوز کار می‌کنند. پیش از ساختن کلید دیگر، یکی را باطل کنید.
AD-020 = دست کم یکی را انتخاب کنید.
AD-021 = یک آدرس ویب کامل بنویسید، مثل https://cases.example.org/amana.

## Administration: languages
admin-locales = زبان‌ها
admin-locales-intro = همهٔ زبان‌هایی که مردم می‌توانند انتخاب کنند، و اینکه آیا کسی که به آن زبان گپ می‌زند ترجمه را بررسی کرده یا نه.
admin-locale-source = زبان مبدأ
admin-locale-draft = پیش‌نویس اول، هنوز بررسی نشده
admin-locale-reviewed = بررسی شده توسط { $reviewer } به تاریخ { $date }
