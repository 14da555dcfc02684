## Helpers of civil-society organisations
helper-sign-in-title = ورود کمک‌کنندگان
helper-sign-in-intro = برای کمک‌کنندگانِ موسسه‌هایی که نزد اداره ثبت شده‌اند. با آدرس ایمیل و رمز خود وارد شوید، بعد کودی را از اپلیکیشن تصدیق هویت خود بنویسید.
helper-home-title = کسانی که به آن‌ها کمک می‌کنید
helper-people = کسانی که به شما اجازهٔ نمایندگی داده‌اند
helper-people-none = هنوز کسی به شما اجازهٔ نمایندگی نداده، یا همهٔ اجازه‌ها تمام شده‌اند. هر شخص این اجازه را از حساب خودش، با یک کود کوتاه، به شما می‌دهد.
helper-scope = اجازه دارید
helper-until = تا
nav-helper-people = کسانی که به آن‌ها کمک می‌کنید
mandate-scope-view = دیدن معلومات
mandate-scope-request = درخواست دادن
mandate-scope-consent = اداره کردن رضایت
mandate-scope-complain = شکایت کردن

## Administration: organisations and their helpers
admin-organisations = موسسه‌های کمک‌کننده
admin-organisations-intro = موسسه‌های جامعهٔ مدنی که کمک‌کنندگان آن‌ها می‌توانند از طرف کسانی کار کنند که به آن‌ها اجازهٔ نمایندگی می‌دهند. با تعلیق یک موسسه، دسترسی کمک‌کنندگان آن فوراً قطع می‌شود.
admin-new-organisation = ثبت یک موسسه
admin-organisation-kind = نوع
admin-organisation-contact = معلومات تماس
organisation-kind-ngo = موسسهٔ غیر دولتی
organisation-kind-legal-aid = کمک حقوقی
organisation-kind-community-group = گروه اجتماعی
admin-suspended = تعلیق شده
admin-suspend = تعلیق کردن
admin-reinstate = دوباره فعال ساختن
admin-helpers = کمک‌کنندگان
admin-new-helper = افزودن کمک‌کننده
admin-helper-organisation = موسسه

## Mandates: the person gives a helper permission to act for them
nav-mandates = کمک‌کنندگان
mandates-title = کسانی که می‌توانند به شما کمک کنند
mandates-intro = می‌توانید به یک کمک‌کننده از موسسه‌ای که به آن اعتماد دارید اجازه بدهید از طرف شما کار کند: معلومات شما را ببیند، درخواست بدهد، رضایت‌های شما را اداره کند یا شکایت کند. خودتان انتخاب می‌کنید چه کارهایی و تا چه مدت، و هر وقت بخواهید می‌توانید آن را متوقف کنید.
mandates-none = شما هنوز به هیچ کس اجازه نداده‌اید.
mandates-back = برگشت به کسانی که می‌توانند به شما کمک کنند
mandate-no-helper-yet = منتظر هستیم که کمک‌کننده کود را بنویسد
mandate-state-waiting = منتظر کود
mandate-state-active = فعال
mandate-state-revoked = شما آن را متوقف کردید
mandate-state-ended = تمام شده
mandate-revoke = همین حالا این اجازه را متوقف کنید
mandate-grant-title = اجازه دادن به یک کمک‌کننده
mandate-grant-intro = یک کود کوتاه می‌گیرید. آن را خودتان، رو در رو یا از راه تلفون، به کمک‌کنندهٔ خود بدهید. این کود فقط یک بار و تا ۳۰ دقیقه کار می‌کند.
mandate-grant-scope = کمک‌کننده چه کارهایی را می‌تواند انجام دهد؟
mandate-grant-days = برای چه مدت؟
mandate-days-1 = یک روز
mandate-days-7 = یک هفته
mandate-days-30 = یک ماه
mandate-days-90 = سه ماه
mandate-days-182 = شش ماه
mandate-grant = گرفتن کود
mandate-code-title = کود برای کمک‌کنندهٔ شما
mandate-code-intro = این کود را به کمک‌کنندهٔ خود بدهید. فقط یک بار کار می‌کند، و فقط در ۳۰ دقیقهٔ آینده.
mandate-code-warning = این کود را فقط به کسی بدهید که می‌خواهید به شما کمک کند. هیچ کس از اداره این کود را از شما نمی‌خواهد.
mandate-code-shown = این کود فقط یک بار نشان داده شد. اگر آن را به کمک‌کنندهٔ خود نداده‌اید، این اجازه را متوقف کنید و یک اجازهٔ تازه بسازید.
notice-mandate-revoked = اجازه متوقف شد. کمک‌کننده دیگر نمی‌تواند از طرف شما کاری کند.
MD-001 = دست کم یک کار را انتخاب کنید که کمک‌کننده اجازه دارد انجام دهد.
MD-002 = انتخاب کنید برای چه مدت.
MD-003 = این کود کار نمی‌کند. شاید اشتباه نوشته شده، قبلاً استفاده شده یا وقتش تمام شده است.
MD-004 = اجازه‌ای که این شخص به شما داده این کار را شامل نمی‌شود، یا تمام شده است.
MD-005 = نمبر دوسیهٔ آن شخص را بنویسید.
MD-006 = نمبر دوسیه فقط حروف لاتین، عدد و خط تیره (-) دارد، همان‌طور که در اسناد آن شخص چاپ شده است.
MD-007 = تاریخ تولد آن شخص را بنویسید.
MD-008 = تاریخ تولد میلادی را همان طور که در اسناد آن شخص نوشته شده بنویسید، مثلاً 1990-01-31 یا 31/01/1990. اگر تنها سال یا سال و ماه نوشته شده، فقط همان را بنویسید، مثلاً 1978 یا 1978-11.
access-mandate-activated = با اجازهٔ شما، کمک به شما را شروع کرد

## The helper enters a code
helper-redeem-title = کودی را که از یک شخص گرفته‌اید بنویسید
helper-redeem-intro = شخص از حساب خودش یک کود به شما می‌دهد. آن را اینجا بنویسید تا کمک به او را شروع کنید.
helper-redeem-code = کود
helper-redeem = شروع کمک
helper-mandate-taken-up = حالا می‌توانید به این شخص کمک کنید، تا حدی که خودش اجازه داده است.

## A helper acting for a person
helper-act-for = کار از طرف این شخص
helper-acting-label = در حال کار از طرف یک شخص
helper-acting-for = شما از طرف { $name } کار می‌کنید
helper-nav-data = معلومات او
helper-nav-requests = درخواست‌های او
helper-nav-consent = رضایت‌های او
helper-nav-complain = شکایت از طرف او
helper-stop-acting = پایان کار از طرف این شخص
helper-mandate-ended = اجازهٔ شما برای کار از طرف آن شخص تمام شده است: یا وقتش تمام شده، یا خود شخص آن را متوقف کرده، یا موسسهٔ شما تعلیق شده است.
actor-helper = { $helper } از { $organisation } (کمک‌کننده)
actor-helper-for = { $helper } از { $organisation }، از طرف { $person }
actor-helper-for-you = { $helper } از { $organisation }، از طرف شما
message-to-helper = به کمک‌کننده
access-requests-listed = لست درخواست‌های شما را دید
access-consent-viewed = رضایت‌های شما را دید
access-request-filed = از طرف شما درخواست داد
access-request-withdrawn = یکی از درخواست‌های شما را پس گرفت
access-request-information-added = به یکی از درخواست‌های شما معلومات اضافه کرد
access-consent-given = از طرف شما رضایت داد
access-consent-withdrawn = از طرف شما رضایت را پس گرفت
access-complaint-filed = از طرف شما شکایت کرد
case-submitted-by = فرستاده شده توسط
case-submitted-by-helper = { $helper } از { $organisation }، از طرف { $person }
case-message-to = فرستادن به
case-message-to-person = خود شخص
ST-028 = کمک‌کننده‌ای نیست که برایش بنویسید: این درخواست از راه یک کمک‌کننده نیامده، یا اجازهٔ کمک‌کننده تمام شده است.
mail-helper-news-subject = پیامی دربارهٔ درخواستی که از طرف کسی دادید
mail-helper-news-body =
    پیامی برای شما آمده است دربارهٔ درخواستی که از طرف کسی دادید. برای خواندن آن وارد شوید: { $url }

## Assisted start: the helper asks, the person confirms with a code
helper-assisted-title = شروع با کسی که پیش شماست
helper-assisted-intro = اگر آن شخص پیش شماست، نمبر دوسیه و تاریخ تولد او را بنویسید و انتخاب کنید که او می‌خواهد شما چه کارهایی کنید. او یک کود به نمبر تلفون یا ایمیل ثبت‌شدهٔ خود می‌گیرد؛ اگر نمبر تلفون یا ایمیل ندارد، دفتر اداره یک کود برایش چاپ می‌کند. اجازهٔ شما فقط وقتی شروع می‌شود که همان کود را در بخش «کودی را که از یک شخص گرفته‌اید بنویسید» وارد کنید.
helper-assisted-send = خواستن کود برای آن شخص
helper-assisted-sent = اگر این معلومات با یک دوسیه یکی باشد، آن شخص یک کود به نمبر تلفون یا ایمیل خود گرفته است. اگر نمبر تلفون یا ایمیل ندارد، می‌تواند از دفتر اداره یک کود چاپ‌شده بخواهد.
mail-mandate-request-subject = یک کمک‌کننده می‌خواهد از طرف شما کار کند
mail-mandate-request-body =
    موسسهٔ { $organisation } می‌خواهد در کارهای معلومات شما نزد اداره به شما کمک کند. آن‌ها اجازه خواهند داشت این کارها را از طرف شما انجام دهند: { $scope }.

    اگر پیش آن‌ها هستید و موافق هستید، این کود را به آن‌ها بدهید: { $code }

    این کود فقط یک بار و تا ۳۰ دقیقه کار می‌کند. اگر شما کمک نخواسته‌اید، این پیام را نادیده بگیرید: بدون این کود هیچ اتفاقی نمی‌افتد.
access-mandate-requested = خواست از طرف شما کار کند (تا شما کود خود را ندهید، هیچ اتفاقی نمی‌افتد)
access-mandate-code-printed = برای شما یک کود چاپ کرد تا یک کمک‌کننده را تأیید کنید
nav-staff-mandates = درخواست‌های کمک‌کنندگان
staff-mandates-title = درخواست‌های کمک‌کنندگان که منتظر کود هستند
staff-mandates-intro = یک کمک‌کننده این درخواست‌ها را برای کسی شروع کرده که شاید نمبر تلفون یا ایمیل نداشته باشد. اول هویت شخص را رو در رو بررسی کنید. بعد یک کود چاپ کنید و آن را به خود شخص بدهید، نه به کمک‌کننده: این کود فقط یک بار، تا سه روز و فقط برای همان کمک‌کننده کار می‌کند.
staff-mandates-none = هیچ درخواست کمک‌کننده منتظر نیست.
staff-mandates-requested = تاریخ درخواست
staff-mandates-print = چاپ کود برای شخص
staff-mandate-code-title = کود برای شخص
staff-mandate-code-intro = این کاغذ را به شخص بدهید. اگر موافق باشد، کود را به کمک‌کنندهٔ خود می‌دهد تا او آن را وارد کند. فقط همین کمک‌کننده می‌تواند از آن استفاده کند، یک بار، تا { $until }.
staff-mandate-code-shown = این کود فقط یک بار نشان داده شد. اگر کاغذ گم شد، یک کود تازه چاپ کنید: کود قبلی دیگر کار نمی‌کند.
access-mandate-request-viewed = درخواست یک کمک‌کننده برای کار از طرف شما را دید
notice-mandate-code-printed = کارمندان یک کود روی کاغذ چاپ کردند تا یک کمک‌کننده بتواند از طرف شما کار کند. اگر شما این را نخواسته‌اید، آن را در بخش «کمک‌کنندگان» متوقف کنید.
