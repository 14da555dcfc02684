## Helpers of civil-society organisations
helper-sign-in-title = مددگار کا لاگ ان
helper-sign-in-intro = ادارے کے پاس رجسٹرڈ تنظیموں کے مددگاروں کے لیے۔ اپنے ای میل ایڈریس اور پاس ورڈ سے لاگ ان کریں، پھر اپنی تصدیقی ایپ (authenticator) کا کوڈ لکھیں۔
helper-home-title = وہ لوگ جن کی آپ مدد کرتے ہیں
helper-people = وہ لوگ جنہوں نے آپ کو اجازت دی ہے
helper-people-none = ابھی تک کسی نے آپ کو اجازت نہیں دی، یا تمام اجازتیں ختم ہو چکی ہیں۔ کوئی شخص اپنے اکاؤنٹ سے ایک مختصر کوڈ کے ذریعے آپ کو اجازت دیتا ہے۔
helper-scope = آپ کو اجازت ہے
helper-until = کب تک
nav-helper-people = وہ لوگ جن کی آپ مدد کرتے ہیں
mandate-scope-view = ان کی معلومات دیکھنا
mandate-scope-request = ان کی طرف سے درخواستیں دینا
mandate-scope-consent = ان کی رضامندی دینا یا واپس لینا
mandate-scope-complain = ان کی طرف سے شکایت کرنا

## Administration: organisations and their helpers
admin-organisations = مددگار تنظیمیں
admin-organisations-intro = سول سوسائٹی کی وہ تنظیمیں جن کے مددگار ان لوگوں کی طرف سے کام کر سکتے ہیں جو انہیں اجازت دیں۔ کسی تنظیم کو معطل کرنے سے اس کے مددگاروں کی رسائی فوراً ختم ہو جاتی ہے۔
admin-new-organisation = تنظیم رجسٹر کریں
admin-organisation-kind = قسم
admin-organisation-contact = رابطہ
organisation-kind-ngo = غیر سرکاری تنظیم (NGO)
organisation-kind-legal-aid = قانونی امداد
organisation-kind-community-group = کمیونٹی گروپ
admin-suspended = معطل
admin-suspend = معطل کریں
admin-reinstate = بحال کریں
admin-helpers = مددگار
admin-new-helper = مددگار شامل کریں
admin-helper-organisation = تنظیم

## Mandates: the person gives a helper permission to act for them
nav-mandates = مددگار
mandates-title = وہ لوگ جو آپ کی مدد کر سکتے ہیں
mandates-intro = آپ کسی ایسی تنظیم کے مددگار کو، جس پر آپ بھروسا کرتے ہیں، اپنی طرف سے کام کرنے کی اجازت دے سکتے ہیں: آپ کی معلومات دیکھنا، درخواستیں دینا، رضامندی دینا یا واپس لینا، یا شکایت کرنا۔ آپ خود چنتے ہیں کہ وہ کیا کر سکتا ہے اور کتنی مدت کے لیے، اور آپ کسی بھی وقت یہ اجازت ختم کر سکتے ہیں۔
mandates-none = آپ نے ابھی تک کسی کو اجازت نہیں دی۔
mandates-back = ان لوگوں کی فہرست پر واپس جائیں جو آپ کی مدد کر سکتے ہیں
mandate-no-helper-yet = انتظار ہے کہ مددگار کوڈ لکھے
mandate-state-waiting = کوڈ کا انتظار ہے
mandate-state-active = جاری
mandate-state-revoked = آپ نے ختم کر دی
mandate-state-ended = ختم ہو گئی
mandate-revoke = یہ اجازت ابھی ختم کریں
mandate-grant-title = مددگار کو اجازت دیں
mandate-grant-intro = آپ کو ایک مختصر کوڈ ملے گا۔ یہ کوڈ خود اپنے مددگار کو دیں، آمنے سامنے یا فون پر۔ یہ صرف ایک بار، 30 منٹ کے اندر کام کرتا ہے۔
mandate-grant-scope = مددگار کیا کر سکتا ہے؟
mandate-grant-days = کتنی مدت کے لیے؟
mandate-days-1 = ایک دن
mandate-days-7 = ایک ہفتہ
mandate-days-30 = ایک مہینہ
mandate-days-90 = تین مہینے
mandate-days-182 = چھ مہینے
mandate-grant = کوڈ حاصل کریں
mandate-code-title = آپ کے مددگار کے لیے کوڈ
mandate-code-intro = یہ کوڈ اپنے مددگار کو دیں۔ یہ صرف ایک بار، 30 منٹ کے اندر کام کرتا ہے۔
mandate-code-warning = یہ کوڈ صرف اسی شخص کو دیں جس سے آپ مدد لینا چاہتے ہیں۔ ادارے کا کوئی بھی فرد آپ سے یہ کوڈ نہیں مانگے گا۔
mandate-code-shown = کوڈ ایک بار دکھایا جا چکا ہے۔ اگر آپ نے یہ اپنے مددگار کو نہیں دیا تو وہ اجازت ختم کریں اور نئی اجازت بنائیں۔
notice-mandate-revoked = اجازت ختم کر دی گئی۔ مددگار اب آپ کی طرف سے کچھ نہیں کر سکتا۔
MD-001 = کم از کم ایک کام چنیں جو مددگار کر سکتا ہے۔
MD-002 = چنیں کہ کتنی مدت کے لیے۔
MD-003 = یہ کوڈ کام نہیں کر رہا۔ ہو سکتا ہے یہ غلط لکھا گیا ہو، پہلے استعمال ہو چکا ہو، یا اس کا وقت ختم ہو گیا ہو۔
MD-004 = اس شخص کی طرف سے آپ کو ملی اجازت میں یہ کام شامل نہیں، یا اجازت ختم ہو چکی ہے۔
MD-005 = اس شخص کا کیس نمبر لکھیں۔
MD-006 = کیس نمبر میں صرف حروف، ہندسے اور ڈیش (-) ہو سکتے ہیں، جیسے اس شخص کے کاغذات پر چھپا ہے۔
MD-007 = اس شخص کی تاریخِ پیدائش لکھیں۔
MD-008 = تاریخِ پیدائش ویسے ہی لکھیں جیسے اس شخص کے کاغذات پر ہے، مثلاً 1990-01-31 یا 31/01/1990۔ اگر ان پر صرف سال یا سال اور مہینہ ہو تو بس وہی لکھیں، مثلاً 1978 یا 1978-11۔
access-mandate-activated = آپ کی اجازت سے آپ کی مدد شروع کی

## The helper enters a code
helper-redeem-title = کسی شخص کا دیا ہوا کوڈ لکھیں
helper-redeem-intro = وہ شخص اپنے اکاؤنٹ سے آپ کو ایک کوڈ دیتا ہے۔ اس کی مدد شروع کرنے کے لیے وہ کوڈ یہاں لکھیں۔
helper-redeem-code = کوڈ
helper-redeem = مدد شروع کریں
helper-mandate-taken-up = اب آپ اس شخص کی مدد کر سکتے ہیں، صرف ان کاموں میں جن کی اس نے اجازت دی ہے۔

## A helper acting for a person
helper-act-for = اس شخص کی طرف سے کام کریں
helper-acting-label = کسی کی طرف سے کام کر رہے ہیں
helper-acting-for = آپ { $name } کی طرف سے کام کر رہے ہیں
helper-nav-data = ان کی معلومات
helper-nav-requests = ان کی درخواستیں
helper-nav-consent = ان کی رضامندی
helper-nav-complain = ان کی طرف سے شکایت کریں
helper-stop-acting = اس شخص کی طرف سے کام بند کریں
helper-mandate-ended = اس شخص کی طرف سے کام کرنے کی آپ کی اجازت ختم ہو گئی ہے: یا تو اس کی مدت پوری ہو گئی، یا اس شخص نے اسے ختم کر دیا، یا آپ کی تنظیم معطل کر دی گئی۔
actor-helper = { $organisation } کے { $helper } (مددگار)
actor-helper-for = { $organisation } کے { $helper }، { $person } کی طرف سے
actor-helper-for-you = { $organisation } کے { $helper }، آپ کی طرف سے
message-to-helper = مددگار کے نام
access-requests-listed = آپ کی درخواستوں کی فہرست دیکھی
access-consent-viewed = آپ کی رضامندی دیکھی
access-request-filed = آپ کی طرف سے درخواست دی
access-request-withdrawn = آپ کی ایک درخواست واپس لی
access-request-information-added = آپ کی ایک درخواست میں معلومات شامل کیں
access-consent-given = آپ کی طرف سے رضامندی دی
access-consent-withdrawn = آپ کی طرف سے رضامندی واپس لی
access-complaint-filed = آپ کی طرف سے شکایت کی
case-submitted-by = کس نے بھیجی
case-submitted-by-helper = { $organisation } کے { $helper }، { $person } کی طرف سے
case-message-to = کسے بھیجیں
case-message-to-person = اس شخص کو
ST-028 = لکھنے کے لیے کوئی مددگار نہیں: یا تو یہ درخواست کسی مددگار کے ذریعے نہیں آئی، یا مددگار کی اجازت ختم ہو چکی ہے۔
mail-helper-news-subject = کسی کی طرف سے آپ کی دی ہوئی درخواست کے بارے میں ایک پیغام
mail-helper-news-body =
    آپ نے کسی کی طرف سے جو درخواست دی تھی، اس کے بارے میں آپ کے لیے ایک پیغام ہے۔ اسے پڑھنے کے لیے لاگ ان کریں: { $url }

## Assisted start: the helper asks, the person confirms with a code
helper-assisted-title = اپنے ساتھ موجود کسی شخص کے ساتھ شروع کریں
helper-assisted-intro = اگر وہ شخص آپ کے ساتھ موجود ہے تو اس کا کیس نمبر اور تاریخِ پیدائش لکھیں اور چنیں کہ وہ آپ سے کیا کروانا چاہتا ہے۔ اسے اپنے رابطے کے پتے پر ایک کوڈ ملے گا؛ اگر اس کا کوئی رابطہ درج نہیں تو ادارے کا دفتر اس کے لیے کوڈ پرنٹ کر دیتا ہے۔ آپ کی اجازت صرف اس وقت شروع ہوتی ہے جب آپ وہ کوڈ "کسی شخص کا دیا ہوا کوڈ لکھیں" والے صفحے پر لکھتے ہیں۔
helper-assisted-send = اس شخص کو کوڈ بھجوائیں
helper-assisted-sent = اگر یہ تفصیلات کسی ریکارڈ سے ملتی ہیں تو اس شخص کو اپنے رابطے کے پتے پر کوڈ مل گیا ہے۔ اگر اس کا کوئی رابطہ درج نہیں تو وہ ادارے کے دفتر سے پرنٹ شدہ کوڈ مانگ سکتا ہے۔
mail-mandate-request-subject = ایک مددگار آپ کی طرف سے کام کرنے کی اجازت مانگ رہا ہے
mail-mandate-request-body =
    تنظیم { $organisation } ادارے کے پاس موجود آپ کی معلومات کے معاملے میں آپ کی مدد کرنا چاہتی ہے۔ انہیں یہ کام کرنے کی اجازت ہو گی: { $scope }۔

    اگر آپ ان کے ساتھ ہیں اور آپ راضی ہیں تو انہیں یہ کوڈ دیں: { $code }

    یہ صرف ایک بار، 30 منٹ کے اندر کام کرتا ہے۔ اگر آپ نے مدد نہیں مانگی تو اس پیغام کو نظر انداز کر دیں: کوڈ کے بغیر کچھ نہیں ہو گا۔
access-mandate-requested = آپ کی طرف سے کام کرنے کی اجازت مانگی (جب تک آپ اپنا کوڈ نہ دیں، کچھ نہیں ہو گا)
access-mandate-code-printed = آپ کے لیے ایک کوڈ پرنٹ کیا تاکہ آپ مددگار کی تصدیق کر سکیں
nav-staff-mandates = مددگاروں کی درخواستیں
staff-mandates-title = مددگاروں کی درخواستیں جو کوڈ کا انتظار کر رہی ہیں
staff-mandates-intro = ایک مددگار نے یہ درخواستیں کسی ایسے شخص کے لیے شروع کیں جس کا شاید کوئی رابطے کا پتا نہیں۔ پہلے اس شخص کی شناخت آمنے سامنے جانچیں۔ پھر کوڈ پرنٹ کریں اور وہ اسی شخص کو دیں، مددگار کو نہیں: یہ کوڈ صرف ایک بار، تین دن تک، اور صرف اسی مددگار کے لیے کام کرتا ہے۔
staff-mandates-none = کوئی مددگار درخواست انتظار میں نہیں۔
staff-mandates-requested = درخواست کی تاریخ
staff-mandates-print = اس شخص کے لیے کوڈ پرنٹ کریں
staff-mandate-code-title = اس شخص کے لیے کوڈ
staff-mandate-code-intro = یہ کاغذ اس شخص کو دیں۔ اگر وہ راضی ہو تو یہ کوڈ اپنے مددگار کو دے، اور مددگار اسے لکھے۔ یہ کوڈ صرف یہی مددگار، صرف ایک بار، { $until } تک استعمال کر سکتا ہے۔
staff-mandate-code-shown = کوڈ ایک بار دکھایا جا چکا ہے۔ اگر کاغذ گم ہو گیا ہو تو نیا کوڈ پرنٹ کریں: پرانا کوڈ کام کرنا بند کر دے گا۔
access-mandate-request-viewed = کسی مددگار کی وہ درخواست دیکھی جس میں اس نے آپ کی طرف سے کام کرنے کی اجازت مانگی
notice-mandate-code-printed = عملے نے کاغذ پر ایک کوڈ پرنٹ کیا ہے تاکہ کوئی مددگار آپ کی طرف سے کام کر سکے۔ اگر آپ نے یہ نہیں مانگا تھا تو "مددگار" والے صفحے پر اسے ختم کر دیں۔
