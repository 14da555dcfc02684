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
MD-003 = این کد کار نمی‌کند. شاید اشتباه نوشته شده، قبلاً استفاده شده یا بیش از ۳۰ دقیقه از ساختن آن گذشته است.
access-mandate-activated = با اجازهٔ شما، کمک به شما را شروع کرد

## The helper enters a code
helper-redeem-title = کدی را که از یک شخص گرفته‌اید وارد کنید
helper-redeem-intro = هر شخص از حساب خودش یک کد به شما می‌دهد. آن را اینجا بنویسید تا کمک به او را شروع کنید.
helper-redeem-code = کد
helper-redeem = شروع کمک
helper-mandate-taken-up = اکنون می‌توانید به این شخص کمک کنید، در حدی که خودش اجازه داده است.
