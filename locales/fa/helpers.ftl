## Helpers of civil-society organisations
helper-sign-in-title = ورود کمک‌کنندگان
helper-sign-in-intro = برای کمک‌کنندگانِ سازمان‌هایی که نزد اداره ثبت شده‌اند. با نشانی ایمیل و رمز عبور خود وارد شوید، سپس کدی را از برنامهٔ احراز هویت خود وارد کنید.
helper-home-title = کسانی که به آن‌ها کمک می‌کنید
helper-people = کسانی که به شما اجازهٔ نمایندگی داده‌اند
helper-people-none = هنوز کسی به شما اجازهٔ نمایندگی نداده است، یا همهٔ اجازه‌های نمایندگی تمام شده‌اند. هر شخص این اجازه را از حساب خودش و با یک کد کوتاه به شما می‌دهد.
helper-scope = می‌توانید
helper-until = معتبر تا
nav-helper-people = کسانی که به آن‌ها کمک می‌کنید
mandate-scope-view = اطلاعات او را ببینید
mandate-scope-request = از طرف او درخواست بدهید
mandate-scope-consent = اجازه‌های او را مدیریت کنید
mandate-scope-complain = از طرف او شکایت کنید

## Administration: organisations and their helpers
admin-organisations = سازمان‌های کمک‌کننده
admin-organisations-intro = سازمان‌های جامعهٔ مدنی که کمک‌کنندگانشان می‌توانند از طرف کسانی که به آن‌ها اجازهٔ نمایندگی می‌دهند اقدام کنند. با تعلیق یک سازمان، دسترسی کمک‌کنندگان آن فوراً قطع می‌شود.
admin-new-organisation = ثبت سازمان
admin-organisation-kind = نوع
admin-organisation-contact = راه تماس
organisation-kind-ngo = سازمان غیردولتی
organisation-kind-legal-aid = کمک حقوقی
organisation-kind-community-group = گروه مردمی
admin-suspended = تعلیق‌شده
admin-suspend = تعلیق کردن
admin-reinstate = فعال کردن دوباره
admin-helpers = کمک‌کنندگان
admin-new-helper = افزودن کمک‌کننده
admin-helper-organisation = سازمان

## Mandates: the person gives a helper permission to act for them
nav-mandates = کمک‌کنندگان
mandates-title = کسانی که می‌توانند به شما کمک کنند
mandates-intro = می‌توانید به یک کمک‌کننده از سازمانی که به آن اعتماد دارید اجازه بدهید از طرف شما کار کند: اطلاعات شما را ببیند، درخواست بدهد، اجازه‌های شما را مدیریت کند یا شکایت کند. خودتان انتخاب می‌کنید چه کارهایی و تا چه مدت، و هر وقت بخواهید می‌توانید این اجازه را لغو کنید.
mandates-none = هنوز به هیچ کس اجازهٔ نمایندگی نداده‌اید.
mandates-back = برگشت به کسانی که می‌توانند به شما کمک کنند
mandate-no-helper-yet = در انتظار اینکه کمک‌کننده کد را وارد کند
mandate-state-waiting = در انتظار کد
mandate-state-active = فعال
mandate-state-revoked = خودتان لغو کردید
mandate-state-ended = تمام‌شده
mandate-revoke = همین حالا این اجازه را لغو کنید
mandate-grant-title = دادن اجازهٔ نمایندگی به یک کمک‌کننده
mandate-grant-intro = یک کد کوتاه می‌گیرید. آن را خودتان، حضوری یا تلفنی، به کمک‌کننده‌تان بدهید. این کد فقط یک بار و تا ۳۰ دقیقه کار می‌کند.
mandate-grant-scope = کمک‌کننده چه کارهایی می‌تواند انجام دهد؟
mandate-grant-days = برای چه مدت؟
mandate-days-1 = یک روز
mandate-days-7 = یک هفته
mandate-days-30 = یک ماه
mandate-days-90 = سه ماه
mandate-days-182 = شش ماه
mandate-grant = گرفتن کد
mandate-code-title = کد برای کمک‌کنندهٔ شما
mandate-code-intro = این کد را به کمک‌کننده‌تان بدهید. فقط یک بار کار می‌کند، آن هم در ۳۰ دقیقهٔ آینده.
mandate-code-warning = این کد را فقط به کسی بدهید که می‌خواهید به شما کمک کند. هیچ کس از اداره این کد را از شما نمی‌خواهد.
mandate-code-shown = این کد فقط یک بار نشان داده شد. اگر آن را به کمک‌کننده‌تان نداده‌اید، این اجازه را لغو کنید و یک اجازهٔ تازه بدهید.
notice-mandate-revoked = اجازهٔ نمایندگی لغو شد. کمک‌کننده دیگر نمی‌تواند از طرف شما کاری انجام دهد.
MD-001 = دست‌کم یک کار را انتخاب کنید که کمک‌کننده بتواند انجام دهد.
MD-002 = انتخاب کنید برای چه مدت.
MD-003 = این کد کار نمی‌کند. شاید اشتباه نوشته شده، قبلاً استفاده شده یا مهلتش تمام شده است.
MD-004 = اجازهٔ نمایندگی‌ای که این شخص به شما داده این کار را در بر نمی‌گیرد، یا به پایان رسیده است.
MD-005 = شمارهٔ پروندهٔ آن شخص را وارد کنید.
MD-006 = شمارهٔ پرونده فقط حرف لاتین، عدد و خط تیره (-) دارد، همان‌طور که روی مدارک آن شخص چاپ شده است.
MD-007 = تاریخ تولد آن شخص را وارد کنید.
MD-008 = تاریخ تولد میلادی را همان‌طور که در مدارک آن شخص آمده بنویسید، مثلاً 1990-01-31 یا 31/01/1990. اگر فقط سال یا سال و ماه آمده، همان را بنویسید، مثلاً 1978 یا 1978-11.
access-mandate-activated = با اجازهٔ شما، کمک به شما را شروع کرد

## The helper enters a code
helper-redeem-title = کدی را که از یک شخص گرفته‌اید وارد کنید
helper-redeem-intro = هر شخص از حساب خودش یک کد به شما می‌دهد. آن را اینجا بنویسید تا کمک به او را شروع کنید.
helper-redeem-code = کد
helper-redeem = شروع کمک
helper-mandate-taken-up = اکنون می‌توانید به این شخص کمک کنید، در حدی که خودش اجازه داده است.

## A helper acting for a person
helper-act-for = اقدام از طرف این شخص
helper-acting-label = در حال اقدام از طرف یک شخص
helper-acting-for = شما از طرف { $name } اقدام می‌کنید
helper-nav-data = اطلاعات او
helper-nav-requests = درخواست‌های او
helper-nav-consent = اجازه‌های او
helper-nav-complain = شکایت از طرف او
helper-stop-acting = پایان اقدام از طرف این شخص
helper-mandate-ended = اجازهٔ نمایندگی شما برای آن شخص تمام شده است: یا وقتش تمام شده، یا خود شخص آن را لغو کرده، یا سازمان شما تعلیق شده است.
actor-helper = { $helper } از { $organisation } (کمک‌کننده)
actor-helper-for = { $helper } از { $organisation }، از طرف { $person }
actor-helper-for-you = { $helper } از { $organisation }، از طرف شما
message-to-helper = به کمک‌کننده
access-requests-listed = فهرست درخواست‌های شما را دید
access-consent-viewed = اجازه‌های شما را دید
access-request-filed = از طرف شما درخواست داد
access-request-withdrawn = یکی از درخواست‌های شما را پس گرفت
access-request-information-added = به یکی از درخواست‌های شما اطلاعات اضافه کرد
access-consent-given = از طرف شما اجازه داد
access-consent-withdrawn = از طرف شما اجازه را پس گرفت
access-complaint-filed = از طرف شما شکایت کرد
case-submitted-by = ثبت‌شده توسط
case-submitted-by-helper = { $helper } از { $organisation }، از طرف { $person }
case-message-to = فرستادن به
case-message-to-person = خود شخص
ST-028 = کمک‌کننده‌ای نیست که برایش بنویسید: این درخواست از طریق کمک‌کننده ثبت نشده، یا اجازهٔ نمایندگی او به پایان رسیده است.
mail-helper-news-subject = پیامی دربارهٔ درخواستی که از طرف کسی داده‌اید
mail-helper-news-body =
    پیامی برای شما هست دربارهٔ درخواستی که از طرف کسی داده‌اید. برای خواندن آن وارد شوید: { $url }

## Assisted start: the helper asks, the person confirms with a code
helper-assisted-title = شروع با کسی که پیش شماست
helper-assisted-intro = اگر شخص پیش شماست، شمارهٔ پرونده و تاریخ تولد او را بنویسید و انتخاب کنید که او می‌خواهد شما چه کارهایی انجام دهید. او یک کد به شماره یا ایمیلی که از او ثبت شده می‌گیرد؛ اگر شماره یا ایمیلی نداشته باشد، دفتر اداره یک کد برایش چاپ می‌کند. اجازهٔ نمایندگی شما فقط وقتی شروع می‌شود که آن کد را در «کدی را که از یک شخص گرفته‌اید وارد کنید» بنویسید.
helper-assisted-send = درخواست کد از شخص
helper-assisted-sent = اگر این اطلاعات با سوابق ما یکی باشد، شخص یک کد به شماره یا ایمیلی که از او ثبت شده گرفته است. اگر شماره یا ایمیلی ندارد، می‌تواند از دفتر اداره یک کد چاپی بخواهد.
mail-mandate-request-subject = یک کمک‌کننده می‌خواهد از طرف شما اقدام کند
mail-mandate-request-body =
    سازمان { $organisation } می‌خواهد دربارهٔ اطلاعات شما نزد اداره به شما کمک کند. کمک‌کنندهٔ این سازمان اجازه خواهد داشت: { $scope }.

    اگر پیش او هستید و موافقید، این کد را به او بدهید: { $code }

    این کد فقط یک بار و تا ۳۰ دقیقه کار می‌کند. اگر شما کمک نخواسته‌اید، این پیام را نادیده بگیرید: بدون این کد هیچ اتفاقی نمی‌افتد.
access-mandate-requested = خواست از طرف شما اقدام کند (تا کد خود را ندهید، هیچ اتفاقی نمی‌افتد)
access-mandate-code-printed = برای شما کدی چاپ کرد تا یک کمک‌کننده را تأیید کنید
nav-staff-mandates = درخواست‌های کمک‌کنندگان
staff-mandates-title = درخواست‌های کمک‌کنندگان در انتظار کد
staff-mandates-intro = کمک‌کنندگان این درخواست‌ها را برای کسانی شروع کرده‌اند که شاید شماره یا ایمیلی نداشته باشند. اول هویت شخص را حضوری بررسی کنید. سپس یک کد چاپ کنید و آن را به خود شخص بدهید، نه به کمک‌کننده: این کد فقط یک بار، تا سه روز و فقط برای همان کمک‌کننده کار می‌کند.
staff-mandates-none = هیچ درخواستی از کمک‌کنندگان در انتظار نیست.
staff-mandates-requested = تاریخ درخواست
staff-mandates-print = چاپ کد برای شخص
staff-mandate-code-title = کد برای شخص
staff-mandate-code-intro = این برگه را به شخص بدهید. اگر موافق باشد، کد را به کمک‌کننده‌اش می‌دهد تا آن را وارد کند. فقط همین کمک‌کننده می‌تواند از آن استفاده کند، یک بار و تا { $until }.
staff-mandate-code-shown = این کد فقط یک بار نشان داده شد. اگر برگه گم شد، کد تازه‌ای چاپ کنید: کد قبلی دیگر کار نمی‌کند.
access-mandate-request-viewed = درخواست یک کمک‌کننده برای اقدام از طرف شما را دید
notice-mandate-code-printed = کارکنان کدی روی کاغذ چاپ کردند تا یک یاری‌رسان بتواند از طرف شما کار کند. اگر شما چنین چیزی نخواسته‌اید، آن را در بخش «کمک‌کنندگان» لغو کنید.
