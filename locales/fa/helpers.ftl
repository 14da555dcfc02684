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
