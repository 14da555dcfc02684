## Staff: sign-in
nav-queue = صف درخواست‌ها
nav-audit = گزارش بازرسی
nav-admin = مدیریت
staff-sign-in-title = ورود کارمندان
staff-sign-in-intro = برای کارمندان اداره. با نشانی ایمیل کاری و رمز عبور خود وارد شوید، سپس کدی را از برنامهٔ احراز هویت خود وارد کنید.
staff-email = نشانی ایمیل کاری
staff-password = رمز عبور
staff-continue = ادامه
staff-enrol-title = راه‌اندازی برنامهٔ احراز هویت
staff-enrol-intro = حساب‌های کارمندان با یک مرحلهٔ دوم محافظت می‌شوند. آن را یک بار، همین حالا، راه‌اندازی کنید.
staff-enrol-step-app = یک برنامهٔ احراز هویت را روی گوشی کاری خود باز کنید.
staff-enrol-step-scan = این کد را اسکن کنید، یا کلید زیر را در برنامه وارد کنید.
staff-enrol-qr = کد QR برای برنامهٔ احراز هویت شما
staff-enrol-secret = کلید:
staff-enrol-step-code = کد ۶ رقمی را که برنامه نشان می‌دهد وارد کنید.
staff-code = کد
staff-code-hint = ۶ رقم از برنامهٔ احراز هویت شما.
staff-enrol-confirm = تأیید و ورود
staff-code-title = مرحلهٔ دوم
staff-code-intro = کدی را که همین حالا در برنامهٔ احراز هویت شما نشان داده می‌شود وارد کنید.
staff-code-recovery-hint = ۶ رقم از برنامه. گوشی خود را گم کرده‌اید؟ به جای آن، یکی از کدهای بازیابی خود را وارد کنید.
staff-recovery-title = کدهای بازیابی شما
staff-recovery-intro = این کدها را جای امنی، دور از گوشی خود، نگه دارید. اگر برنامهٔ احراز هویت را از دست بدهید، هر کد فقط یک بار کار می‌کند. این کدها فقط همین حالا نشان داده می‌شوند.
staff-recovery-shown = کدهای بازیابی شما قبلاً نشان داده شده‌اند. اگر آن‌ها را نگه نداشته‌اید، از یک مدیر سیستم بخواهید مرحلهٔ دوم شما را از نو تنظیم کند.
SA-001 = نشانی ایمیل، رمز عبور یا کد درست نیست. پس از پنج بار تلاش نادرست، حساب به مدت ۱۵ دقیقه قفل می‌شود.
SA-002 = ورود شما بیش از حد طول کشید. لطفاً دوباره از اول شروع کنید.
ST-001 = نقش شما اجازهٔ این کار را نمی‌دهد.

## Staff: queues
queue-title = درخواست‌هایی که باید رسیدگی شوند
queue-take-next = برداشتن درخواست بعدی
queue-nothing-to-take = در حال حاضر هیچ درخواست بدون مسئولی در صف‌های شما نیست.
queue-team = تیم
queue-any = همه
queue-kind = نوع درخواست
queue-status = وضعیت
staff-status-submitted = جدید
staff-status-in_review = در حال بررسی
staff-status-awaiting_information = در انتظار اطلاعات از شخص
staff-status-decided = تصمیم گرفته شد
staff-status-completed = تکمیل شد
staff-status-withdrawn = شخص آن را پس گرفت
queue-language = زبان
queue-filter = نمایش
queue-empty = هیچ درخواست بازی با این شرایط نیست.
queue-count = درخواست‌های باز:
queue-overdue = مهلت گذشته
queue-due-soon = مهلت تا ۳ روز دیگر
team-general = درخواست‌های عمومی
team-sensitive-data = اطلاعات حساس
team-dpo = مسئول حفاظت از اطلاعات

## Staff: one request
case-title = درخواست
case-back = برگشت به صف
case-person = شخص
case-anonymous = شاکی ناشناس
case-case-reference = شمارهٔ پرونده
case-extended-because = دلیل تمدید
case-explanation = توضیح شخص
case-concerned = موضوع درخواست
case-concerned-none = همهٔ اطلاعات ثبت‌شده، یا اطلاعاتی در یک دستهٔ حساس: آن را در پایین با ذکر دلیل باز کنید.
case-record = سایر اطلاعات ثبت‌شده
case-record-intro = یک دسته را فقط وقتی باز کنید که برای این درخواست به آن نیاز دارید. دلیل شما ثبت می‌شود و شخص می‌تواند آن را ببیند.
case-upstream = سامانه‌های منبع
case-upstream-applied = در { $system } در تاریخ { $date } اعمال شد.
case-upstream-rejected = { $system } در تاریخ { $date } آن را رد کرد: { $reason }
case-upstream-waiting = { $system } هنوز آن را تأیید نکرده است.
case-erased = (پاک شده)
case-proposed-value = درخواست‌شده:
case-restricted = استفاده محدود شده است.
case-open-reason = دلیل
case-choose = انتخاب کنید…
case-open = باز کردن
case-proposal = تصمیم پیشنهادی، در انتظار تأیید نفر دوم
case-awaiting-approval = در انتظار تأیید
case-assignee = مسئول رسیدگی
case-assignee-you = شما
case-unassigned = هنوز هیچ کس
case-template = پیام
case-actions = کارهایی که می‌توانید انجام دهید
case-no-actions = در حال حاضر کاری نیست که بتوانید روی این درخواست انجام دهید.
case-claim = برداشتن این درخواست
case-approve-explained = یکی از همکاران این تصمیم را پیشنهاد کرده است. آن را بررسی کنید: تا وقتی کسی غیر از پیشنهاددهنده آن را تأیید نکند، هیچ چیز تغییر نمی‌کند.
case-approve = تأیید تصمیم
case-send-back = برگرداندن برای بررسی دوباره
case-message = فرستادن پیام به شخص
case-note = متن خود شما (اختیاری)
case-note-hint = زیر پیام اضافه می‌شود. ساده بنویسید؛ ممکن است شخص آن را با یک ابزار ترجمه بخواند.
case-send = فرستادن
case-ask-information = درخواست اطلاعات از شخص
case-identity = هنوز باید هویت شخص را بررسی کنیم (تا وقتی جواب دهد، مهلت متوقف می‌شود)
case-resume = ادامه بدون این اطلاعات
case-extend = تمدید مهلت
case-extend-explained = فقط یک بار، در ماه اول، به مدت یک یا دو ماه. دلیل آن به شخص گفته می‌شود.
case-extend-months = تعداد ماه‌ها
case-extend-reason = دلیل
case-decide = تصمیم‌گیری
case-outcome = تصمیم
case-reasons = دلایل (دست‌کم یکی)
case-decision-note = یادداشت برای شخص (اختیاری)
case-second-person = پاک کردن اطلاعات، و اصلاح اطلاعات حساس، پیش از هر تغییری به تأیید نفر دوم نیاز دارد.
case-reassign = سپردن به شخص دیگر
case-reassign-to = همکار
staff-done-claim = این درخواست اکنون با شماست.
staff-done-reassign = درخواست به همکارتان سپرده شد.
staff-done-message = پیام شما فرستاده شد. شخص ایمیلی دریافت می‌کند که می‌گوید خبر تازه‌ای هست.
staff-done-ask-information = سؤال شما فرستاده شد. شخص ایمیلی دریافت می‌کند که می‌گوید خبر تازه‌ای هست.
staff-done-resume = کار روی درخواست ادامه پیدا می‌کند.
staff-done-extend = مهلت تمدید شد و دلیل آن به شخص گفته شد.
staff-done-decide = تصمیم ثبت شد. اگر به نفر دوم نیاز داشته باشد، منتظر تأیید او می‌ماند.
staff-done-approve = تصمیم تأیید و اجرا شد.
staff-done-send-back = تصمیم پیشنهادی برای بررسی دوباره برگردانده شد.
ST-010 = انتخاب کنید چرا باید این اطلاعات را باز کنید.
ST-011 = یک دلیل برای تمدید انتخاب کنید.
ST-012 = یک تصمیم انتخاب کنید.
ST-013 = دست‌کم یک دلیل انتخاب کنید.
ST-014 = این متن خیلی طولانی است. لطفاً آن را به ۲۰۰۰ حرف یا کمتر کوتاه کنید.
ST-015 = یک همکار را از فهرست انتخاب کنید.
ST-016 = یک پیام را از فهرست انتخاب کنید.
ST-017 = چنین کاری وجود ندارد.
ST-020 = در وضعیت فعلی درخواست، این کار ممکن نیست.
ST-021 = مهلت قبلاً یک بار تمدید شده است.
ST-022 = مهلت را فقط در ماه اول می‌توان تمدید کرد.
ST-023 = تمدید فقط یک یا دو ماه است.
ST-024 = شما این تصمیم را پیشنهاد کرده‌اید، پس کس دیگری باید آن را تأیید کند.
ST-025 = فقط کسی که به این درخواست رسیدگی می‌کند می‌تواند این کار را انجام دهد. اول درخواست را بردارید.
ST-026 = این تصمیم اول باید به تأیید نفر دوم برسد.
ST-027 = کس دیگری هم‌زمان این درخواست را تغییر داد. دوباره آن را نگاه کنید و باز امتحان کنید.

## Decisions, as the person reads them
outcome-approved = با درخواست شما موافقت شد.
outcome-partly_approved = با بخشی از درخواست شما موافقت شد.
outcome-refused = درخواست شما رد شد.
reason-request-granted = کاری را که خواسته بودید انجام دادیم.
reason-evidence-insufficient = اطلاعاتی که به ما دادید نشان نمی‌دهد که اطلاعات ثبت‌شده نزد ما نادرست است.
reason-identity-not-verified = نتوانستیم مطمئن شویم که شما همان کسی هستید که این اطلاعات دربارهٔ اوست.
reason-legal-claims = این اطلاعات را برای یک موضوع حقوقی لازم داریم: برای ثابت کردن یک حق، مطالبهٔ آن یا دفاع از آن.
reason-manifestly-unfounded = این درخواست تکرار یک درخواست قبلی است که پیش‌تر به آن جواب داده‌ایم.
extension-reason-complexity = درخواست شما پیچیده است و به زمان بیشتری نیاز دارد.
extension-reason-number-of-requests = درخواست‌های زیادی به دست ما رسیده است و برای اینکه به درخواست شما درست جواب دهیم، به زمان بیشتری نیاز داریم.
timeline-message = پیامی برای شما فرستاده شد

## Message templates (staff choose one; the person reads it in their language)
template-information-needed-name = به اطلاعات بیشتری نیاز داریم
template-information-needed = برای رسیدگی به درخواست شما، به اطلاعات بیشتری از شما نیاز داریم. لطفاً وارد شوید و زیر همین درخواست جواب دهید.
template-identity-documents-name = لطفاً هویت خود را تأیید کنید
template-identity-documents = پیش از اینکه ادامه دهیم، باید مطمئن شویم که شما همان کسی هستید که این اطلاعات دربارهٔ اوست. لطفاً عکسی از یک مدرک هویتی به این درخواست اضافه کنید.
template-progress-update-name = در حال کار روی درخواست شما هستیم
template-progress-update = در حال کار روی درخواست شما هستیم. لازم نیست الان کاری انجام دهید.
template-decision-made-name = تصمیم گرفته شد
template-decision-made = دربارهٔ درخواست شما تصمیم گرفته شد. می‌توانید آن را همراه با دلایلش در صفحهٔ درخواست بخوانید.

## Who looked at my data: staff actions
access-request-claimed = رسیدگی به درخواست شما را شروع کرد
access-request-reassigned = درخواست شما را به یک همکار سپرد
access-request-messaged = پیامی برای شما فرستاد
access-request-information-requested = از شما اطلاعات خواست
access-request-resumed = کار روی درخواست شما را ادامه داد
access-request-extended = زمان جواب دادن را بیشتر کرد
access-request-decision-proposed = تصمیمی دربارهٔ درخواست شما پیشنهاد کرد
access-request-decision-approved = تصمیم دربارهٔ درخواست شما را تأیید کرد
access-request-decision-sent-back = یک تصمیم پیشنهادی را برای بررسی دوباره برگرداند
access-request-decided = دربارهٔ درخواست شما تصمیم گرفت
access-field-restricted = استفاده از اطلاعات شما را محدود کرد

## Deadline mails to staff (no personal data: a link to the request only)
staff-mail-due-soon-subject = مهلت درخواستی که به آن رسیدگی می‌کنید یک هفتهٔ دیگر تمام می‌شود
staff-mail-due-soon-body =
    به درخواستی که به شما سپرده شده است باید ظرف هفت روز پاسخ داده شود.

    باز کردن: { $url }
staff-mail-overdue-subject = مهلت درخواستی از تیم شما گذشته است
staff-mail-overdue-body =
    مهلت قانونی درخواستی از تیم شما گذشته و هنوز پاسخ داده نشده است. لطفاً مطمئن شوید که امروز رسیدگی شود.

    باز کردن: { $url }

## The auditor's screen
audit-title = گزارش بازرسی
audit-verify = بررسی زنجیرهٔ کل گزارش
audit-verify-ok = گزارش بازرسی سالم است: همهٔ { $events } رویداد به‌درستی به هم پیوسته‌اند.
audit-verify-broken = در گزارش بازرسی دست برده شده است. { $events } رویداد بررسی شد؛ مشکلات پیداشده:
audit-break-altered = رویداد { $seq } پس از ثبت، تغییر داده یا جابه‌جا شده است.
audit-break-chain-broken = رویداد { $seq } به‌درستی به رویداد پیش از خود پیوسته نیست.
audit-break-missing = پس از رویداد { $seq }، رویدادهایی وجود ندارند.
audit-break-truncated = رویداد { $seq } دیگر آن‌طور که یک نقطهٔ بازبینی امضاشده ثبت کرده، در دفتر نیست: تازه‌ترین رویدادها حذف یا بازنویسی شده‌اند.
audit-break-checkpoint-forged = سطر { $seq } پروندهٔ نقاط بازبینی تغییر داده شده است.
audit-action = اقدام
audit-actor-kind = انجام‌دهنده
audit-actor-person = یک شخص، برای خودش
audit-actor-staff = کارمند
audit-actor-helper = کسی که به شخص کمک می‌کند
audit-actor-anonymous = یک فرد ناشناس
audit-actor-system = خود آمانا
audit-actor-source-system = یک سامانهٔ منبع نهاد
audit-actor-id = شناسهٔ انجام‌دهنده
audit-from = از
audit-to = تا
audit-download-csv = دانلود این موارد به صورت CSV
audit-none = هیچ رویدادی با این شرایط نیست.
audit-when = زمان
audit-who = چه کسی
audit-about = مربوط به

## Administration
admin-title = مدیریت
admin-sections = بخش‌ها
admin-staff = حساب‌های کارمندان
admin-teams = تیم‌ها
admin-routing = ارجاع درخواست‌های جدید
admin-templates = قالب‌های پیام
admin-default-team = درخواست‌هایی را می‌گیرد که هیچ قاعده‌ای بر آن‌ها منطبق نیست
admin-new-team = افزودن تیم
admin-team-key = کلید کوتاه
admin-key-hint = حروف کوچک لاتین، رقم و خط تیره، مانند north-office.
admin-team-name = نام
admin-add = افزودن
admin-save = ذخیره
admin-delete = حذف
admin-saved = ذخیره شد.
admin-role = نقش
admin-office = دفتر
admin-status = وضعیت
admin-active = فعال
admin-inactive = غیرفعال‌شده
admin-enrolled = مرحلهٔ دوم راه‌اندازی شده است
admin-not-enrolled = مرحلهٔ دوم هنوز راه‌اندازی نشده است
admin-locked = قفل‌شده پس از ورودهای ناموفق
admin-activate = فعال کردن
admin-deactivate = غیرفعال کردن
admin-reset-second-factor = تنظیم دوبارهٔ مرحلهٔ دوم
admin-change-teams = تغییر تیم‌ها
admin-new-staff = افزودن حساب کارمند
admin-name = نام کامل
admin-enrolment-link-hint = اینجا رمز عبوری وارد نمی‌شود: Amana پیوندی برای شخص می‌فرستد تا رمز خودش را انتخاب کند. پیوند فقط یک بار و به مدت ۷۲ ساعت کار می‌کند.
admin-send-enrolment-link = ارسال پیوند راه‌اندازی تازه
admin-routing-intro = هر درخواست جدید به تیمِ نخستین قاعده‌ای فرستاده می‌شود که بر آن منطبق باشد. شکایت‌ها همیشه به مسئول حفاظت از اطلاعات فرستاده می‌شوند.
admin-routing-default = درخواستی که هیچ قاعده‌ای بر آن منطبق نباشد، به تیم پیش‌فرض فرستاده می‌شود.
admin-category = دسته
admin-sensitive = حساس
admin-yes = بله
admin-no = خیر
admin-move-up = انتقال به بالا
admin-move-down = انتقال به پایین
admin-new-rule = افزودن قاعده در انتها
admin-templates-intro = کارمندان هنگام نوشتن برای یک شخص، یکی از این قالب‌ها را انتخاب می‌کنند و شخص آن را به زبان خود می‌خواند. هر قالب باید به همهٔ زبان‌ها متن داشته باشد.
admin-new-template = افزودن قالب
admin-template-key = کلید کوتاه
AD-001 = این بخش را پر کنید.
AD-002 = این متن خیلی طولانی است.
AD-003 = تیم‌ها را از فهرست انتخاب کنید.
AD-004 = یک نشانی ایمیل کامل بنویسید، مانند name@example.org.
AD-005 = یک نقش را از فهرست انتخاب کنید.
AD-006 = رمز عبور باید دست‌کم ۱۲ حرف داشته باشد.
AD-007 = حسابی با این نشانی ایمیل از قبل وجود دارد.
AD-008 = نمی‌توانید حساب خودتان را غیرفعال کنید.
AD-009 = از ۲ تا ۴۰ حرف کوچک لاتین، رقم و خط تیره استفاده کنید.
AD-010 = تیمی با این کلید از قبل وجود دارد.
AD-011 = شرایط قاعده را از فهرست‌ها انتخاب کنید.
AD-012 = شکایت‌ها همیشه به مسئول حفاظت از اطلاعات فرستاده می‌شوند؛ هیچ قاعده‌ای نمی‌تواند این را تغییر دهد.
AD-013 = متن را به این زبان هم بنویسید.

## Administration: the purpose register
admin-purposes = فهرست هدف‌ها
admin-purposes-intro = چرا اطلاعات نگه داشته می‌شود، بر چه مبنای قانونی، تا چه مدت و به چه کسانی داده می‌شود. افراد این را به زبان خود در «اطلاعات من» و در صفحهٔ «اجازه‌های من» می‌خوانند.
admin-purpose-name = نام
admin-purpose-explanation = توضیحی که افراد پیش از دادن اجازه می‌خوانند
admin-purpose-version = نسخهٔ متن اجازه:
admin-legal-basis = مبنای قانونی
admin-retention-days = مدت نگهداری (روز)
admin-recipients = گیرندگان
AD-014 = تعداد روزها را به صورت عددی از ۱ تا ۳۶۵۰۰ بنویسید.
AD-015 = یک گزینه را از فهرست انتخاب کنید.
ST-018 = درخواستی که دربارهٔ یک مورد از اطلاعات است یا پذیرفته می‌شود یا رد می‌شود، نه بخشی از آن.
staff-new-password = رمز عبور خودتان را انتخاب کنید
SA-003 = رمز عبوری انتخاب کنید که نشانی ایمیل شما نباشد.

# Enrolment links for new accounts
SA-004 = این پیوند منقضی شده یا قبلاً استفاده شده است. از مدیر خود بخواهید پیوند تازه‌ای برایتان بفرستد.
AD-016 = این حساب گام دوم خود را قبلاً راه‌اندازی کرده است. اگر شخص باید از نو شروع کند، نخست گام دوم را بازنشانی کنید.
welcome-title = حساب خود را راه‌اندازی کنید
welcome-intro = رمز عبور حساب خود را انتخاب کنید:
welcome-password-hint = دست‌کم ۱۲ حرف. فقط شما آن را می‌دانید: هیچ‌کس در Amana هرگز آن را از شما نمی‌خواهد. سپس برنامهٔ احراز هویت خود را راه‌اندازی می‌کنید.
mail-enrolment-subject = حساب Amana خود را راه‌اندازی کنید
mail-enrolment-body =
    برای این نشانی یک حساب Amana ساخته شد. این پیوند را باز کنید تا رمز عبور خود را انتخاب کنید و گام دوم ورود را راه‌اندازی کنید:

    { $url }

    پیوند فقط یک بار و به مدت { $hours } ساعت کار می‌کند. اگر انتظار این ایمیل را نداشتید، می‌توانید آن را نادیده بگیرید.

## مدیریت: سامانه‌های منبع، کلیدهای API و وب‌هوک‌های آن‌ها
admin-source-systems = سامانه‌های منبع
admin-source-systems-intro = سامانه‌های خود نهاد که افراد را از راه API در امانه بارگذاری می‌کنند. هر سامانه فقط می‌تواند هدف‌ها و انواع اطلاعاتی را که اینجا علامت خورده بنویسد، و فقط با کلیدهای خودش.
admin-new-source-system = ثبت سامانهٔ منبع
admin-source-system-contact = چه کسی آن را اداره می‌کند
admin-source-system-contact-hint = تیم یا نشانی‌ای که وقتی درخواست‌هایش شکست می‌خورد باید با آن تماس گرفت.
admin-source-system-purposes = هدف‌هایی که می‌تواند بنویسد
admin-source-system-categories = انواع اطلاعاتی که می‌تواند بنویسد
admin-webhook = وب‌هوک
admin-webhook-none = ندارد: سامانه فهرست تغییرات را می‌خواند.
admin-webhook-url = نشانی‌ای که امانه وقتی تغییری به این سامانه مربوط است فرا می‌خواند
admin-webhook-hint = ذخیره کردن یک رمز امضای تازه می‌سازد که فقط یک بار نشان داده می‌شود. رمز قبلی دیگر کار نمی‌کند.
admin-webhook-save = ذخیرهٔ وب‌هوک
admin-webhook-stop = توقف وب‌هوک
admin-api-keys = کلیدهای API
admin-new-key = ساختن کلید تازه
admin-key-scopes = کلید اجازهٔ چه کاری را می‌دهد
admin-key-days = اعتبار (روز)
admin-new-key-hint = کلید فقط یک بار، بلافاصله پس از ساخته شدن، نشان داده می‌شود. هر سامانه می‌تواند دو کلید معتبر داشته باشد تا کلید تازه بی‌وقفه جای کلید قبلی را بگیرد.
admin-key-live = معتبر
admin-key-expired = منقضی شده
admin-key-revoked = باطل شده در
admin-key-created = ساخته شده در
admin-key-expires = انقضا در
admin-key-last-used = آخرین استفاده
admin-key-never-used = هرگز
admin-key-revoke = باطل کردن
admin-new-key-shown = کلید API تازه برای
admin-webhook-secret-shown = رمز امضای تازهٔ وب‌هوک برای
admin-shown-once-hint = همین حالا آن را رونوشت کنید و از راهی امن به گردانندگان سامانه بدهید. امانه آن را نگه نمی‌دارد و دیگر نمی‌تواند نشانش دهد.
api-scope-people-write = بارگذاری و حذف افراد
api-scope-changes-read = خواندن تغییرات تأییدشده
api-scope-changes-ack = تأیید انجام تغییرات
api-scope-access-events-write = گزارش اینکه چه کسی داده‌ها را دیده است
AD-017 = سامانهٔ منبعی با این نام از قبل وجود دارد.
AD-018 = تعداد روزها را از ۱ تا ۱۰۹۵ بنویسید.
AD-019 = این سامانه از قبل دو کلید معتبر دارد. پیش از ساختن کلید دیگر، یکی را باطل کنید.
AD-020 = دست‌کم یکی را انتخاب کنید.
AD-021 = یک نشانی وب کامل بنویسید، مانند https://cases.example.org/amana.

## Administration: languages
admin-locales = زبان‌ها
admin-locales-intro = همهٔ زبان‌هایی که مردم می‌توانند انتخاب کنند، و اینکه آیا کسی که آن زبان را بلد است ترجمه را بررسی کرده یا نه.
admin-locale-source = زبان مبدأ
admin-locale-draft = پیش‌نویس اول، هنوز بررسی نشده
admin-locale-reviewed = بررسی‌شده توسط { $reviewer } در تاریخ { $date }
