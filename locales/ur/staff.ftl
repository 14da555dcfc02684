## Staff: sign-in
nav-queue = قطار
nav-audit = آڈٹ لاگ
nav-admin = انتظامیہ
staff-sign-in-title = عملے کا لاگ ان
staff-sign-in-intro = ادارے کے عملے کے لیے۔ اپنے دفتری ای میل ایڈریس اور پاس ورڈ سے لاگ ان کریں، پھر اپنی تصدیقی ایپ (authenticator) کا کوڈ لکھیں۔
staff-email = دفتری ای میل ایڈریس
staff-password = پاس ورڈ
staff-continue = آگے بڑھیں
staff-enrol-title = اپنی تصدیقی ایپ سیٹ کریں
staff-enrol-intro = عملے کے اکاؤنٹ ایک دوسرے مرحلے سے محفوظ کیے جاتے ہیں۔ اسے ایک بار، ابھی، سیٹ کریں۔
staff-enrol-step-app = اپنے دفتری فون پر تصدیقی ایپ (authenticator) کھولیں۔
staff-enrol-step-scan = یہ کوڈ اسکین کریں، یا نیچے دی گئی کلید (key) ایپ میں لکھیں۔
staff-enrol-qr = آپ کی تصدیقی ایپ کے لیے QR کوڈ
staff-enrol-secret = کلید:
staff-enrol-step-code = ایپ میں دکھایا گیا چھ ہندسوں کا کوڈ لکھیں۔
staff-code = کوڈ
staff-code-hint = آپ کی تصدیقی ایپ کے چھ ہندسے۔
staff-enrol-confirm = تصدیق کریں اور لاگ ان کریں
staff-code-title = دوسرا مرحلہ
staff-code-intro = وہ کوڈ لکھیں جو آپ کی تصدیقی ایپ اس وقت دکھا رہی ہے۔
staff-code-recovery-hint = ایپ کے چھ ہندسے۔ فون گم ہو گیا؟ اس کی جگہ اپنا کوئی ایک بحالی کوڈ (recovery code) لکھیں۔
staff-recovery-title = آپ کے بحالی کوڈ
staff-recovery-intro = یہ کوڈ کسی محفوظ جگہ رکھیں، اپنے فون سے الگ۔ اگر آپ کی تصدیقی ایپ گم ہو جائے تو ہر کوڈ ایک بار کام کرتا ہے۔ یہ کوڈ صرف ابھی دکھائے جا رہے ہیں۔
staff-recovery-shown = آپ کے بحالی کوڈ پہلے ہی دکھائے جا چکے ہیں۔ اگر آپ نے انہیں محفوظ نہیں کیا تو کسی منتظم سے کہیں کہ آپ کا دوسرا مرحلہ دوبارہ سیٹ (reset) کرے۔
SA-001 = ای میل ایڈریس، پاس ورڈ یا کوڈ درست نہیں۔ پانچ غلط کوششوں کے بعد اکاؤنٹ 15 منٹ کے لیے بند ہو جاتا ہے۔
SA-002 = آپ کے لاگ ان میں بہت دیر ہو گئی۔ براہِ کرم دوبارہ شروع کریں۔
ST-001 = آپ کے عہدے کو اس کی اجازت نہیں۔

## Staff: queues
queue-title = کارروائی کے لیے درخواستیں
queue-take-next = اگلی درخواست لیں
queue-nothing-to-take = اس وقت آپ کی قطاروں میں کوئی ایسی درخواست نہیں جو کسی نے نہ لی ہو۔
queue-team = ٹیم
queue-any = کوئی بھی
queue-kind = درخواست
queue-status = صورتِ حال
# A request's status as staff read it (the person reads status-<status>).
staff-status-submitted = نئی
staff-status-in_review = جائزے میں
staff-status-awaiting_information = متعلقہ شخص کی معلومات کا انتظار
staff-status-decided = فیصلہ ہو گیا
staff-status-completed = مکمل
staff-status-withdrawn = متعلقہ شخص نے واپس لے لی
queue-language = زبان
queue-filter = دکھائیں
queue-empty = کوئی کھلی درخواست ان شرائط سے نہیں ملتی۔
queue-count = کھلی درخواستیں:
queue-overdue = تاریخ گزر چکی
queue-due-soon = 3 دن کے اندر آخری تاریخ
team-general = عام درخواستیں
team-sensitive-data = حساس معلومات
team-dpo = ڈیٹا کے تحفظ کا افسر

## Staff: one request
case-title = درخواست
case-back = قطار پر واپس جائیں
case-person = متعلقہ شخص
case-anonymous = گمنام شکایت کنندہ
case-case-reference = کیس نمبر
case-extended-because = مدت بڑھانے کی وجہ
case-explanation = متعلقہ شخص کی وضاحت
case-concerned = درخواست کس بارے میں ہے
case-concerned-none = پورا ریکارڈ، یا کسی حساس قسم کی معلومات: انہیں نیچے وجہ بتا کر کھولیں۔
case-record = ریکارڈ میں موجود دوسری معلومات
case-record-intro = کوئی قسم صرف اسی صورت میں کھولیں جب اس درخواست کے لیے اس کی ضرورت ہو۔ آپ کی وجہ درج کی جاتی ہے اور متعلقہ شخص اسے دیکھ سکتا ہے۔
case-upstream = ماخذ سسٹم
case-upstream-applied = { $system } میں { $date } کو لاگو ہو گیا۔
case-upstream-rejected = { $system } نے { $date } کو مسترد کر دیا: { $reason }
case-upstream-waiting = { $system } نے ابھی تصدیق نہیں کی۔
case-erased = (مٹا دیا گیا)
case-proposed-value = درخواست کی گئی:
case-restricted = استعمال محدود ہے۔
case-open-reason = وجہ
case-choose = چنیں…
case-open = کھولیں
case-proposal = تجویز کردہ فیصلہ، دوسرے شخص کی منظوری کا انتظار
case-awaiting-approval = منظوری کا انتظار
case-assignee = کارروائی کرنے والا
case-assignee-you = آپ
case-unassigned = ابھی کوئی نہیں
case-template = پیغام
case-actions = آپ کیا کر سکتے ہیں
case-no-actions = اس وقت آپ اس درخواست پر کچھ نہیں کر سکتے۔
case-claim = یہ درخواست لیں
case-approve-explained = ایک ساتھی نے یہ فیصلہ تجویز کیا ہے۔ اسے جانچیں: جب تک تجویز دینے والے کے علاوہ کوئی اور اسے منظور نہ کرے، کچھ نہیں بدلے گا۔
case-approve = فیصلہ منظور کریں
case-send-back = دوبارہ جائزے کے لیے واپس بھیجیں
case-message = متعلقہ شخص کو پیغام بھیجیں
case-note = آپ کے اپنے الفاظ (اختیاری)
case-note-hint = پیغام کے نیچے شامل کیے جاتے ہیں۔ سادہ زبان میں لکھیں؛ ہو سکتا ہے متعلقہ شخص اسے ترجمے کے کسی ٹول سے پڑھے۔
case-send = بھیجیں
case-ask-information = متعلقہ شخص سے معلومات مانگیں
case-identity = ہمیں ابھی متعلقہ شخص کی شناخت کی تصدیق کرنی ہے (اس کے جواب تک آخری تاریخ رکی رہتی ہے)
case-resume = معلومات کے بغیر کام جاری رکھیں
case-extend = آخری تاریخ بڑھائیں
case-extend-explained = صرف ایک بار، پہلے مہینے کے اندر، ایک یا دو مہینے کے لیے۔ متعلقہ شخص کو وجہ بتائی جاتی ہے۔
case-extend-months = مہینے
case-extend-reason = وجہ
case-decide = فیصلہ کریں
case-outcome = فیصلہ
case-reasons = وجوہات (کم از کم ایک)
case-decision-note = متعلقہ شخص کے لیے نوٹ (اختیاری)
case-second-person = معلومات مٹانے، اور حساس معلومات درست کرنے، کے لیے کچھ بھی بدلنے سے پہلے کسی دوسرے شخص کی منظوری ضروری ہے۔
case-reassign = کسی اور کو دیں
case-reassign-to = ساتھی
staff-done-claim = اب یہ درخواست آپ کے پاس ہے۔
staff-done-reassign = درخواست آپ کے ساتھی کو دے دی گئی۔
staff-done-message = آپ کا پیغام بھیج دیا گیا۔ متعلقہ شخص کو ای میل ملتی ہے کہ نئی خبر ہے۔
staff-done-ask-information = آپ کا سوال بھیج دیا گیا۔ متعلقہ شخص کو ای میل ملتی ہے کہ نئی خبر ہے۔
staff-done-resume = درخواست پر کام جاری ہے۔
staff-done-extend = آخری تاریخ بڑھا دی گئی اور متعلقہ شخص کو وجہ بتا دی گئی۔
staff-done-decide = فیصلہ درج ہو گیا۔ اگر اسے دوسرے شخص کی ضرورت ہے تو یہ اس کی منظوری کا انتظار کرے گا۔
staff-done-approve = فیصلہ منظور ہو گیا اور اس پر عمل ہو گیا۔
staff-done-send-back = تجویز دوبارہ جائزے کے لیے واپس بھیج دی گئی۔
ST-010 = چنیں کہ آپ کو یہ معلومات کھولنے کی ضرورت کیوں ہے۔
ST-011 = مدت بڑھانے کی وجہ چنیں۔
ST-012 = فیصلہ چنیں۔
ST-013 = کم از کم ایک وجہ چنیں۔
ST-014 = یہ بہت لمبا ہے۔ براہِ کرم اسے 2000 حروف تک چھوٹا کریں۔
ST-015 = فہرست میں سے کوئی ساتھی چنیں۔
ST-016 = فہرست میں سے کوئی پیغام چنیں۔
ST-017 = یہ کارروائی موجود نہیں۔
ST-020 = درخواست کی موجودہ صورتِ حال میں یہ ممکن نہیں۔
ST-021 = آخری تاریخ پہلے ہی ایک بار بڑھائی جا چکی ہے۔
ST-022 = آخری تاریخ صرف پہلے مہینے کے اندر بڑھائی جا سکتی ہے۔
ST-023 = مدت صرف ایک یا دو مہینے بڑھائی جا سکتی ہے۔
ST-024 = یہ فیصلہ آپ نے تجویز کیا ہے، اس لیے کسی اور کو اسے منظور کرنا ہو گا۔
ST-025 = یہ کام صرف وہی کر سکتا ہے جو اس درخواست پر کارروائی کر رہا ہے۔ پہلے درخواست خود لیں۔
ST-026 = اس فیصلے کے لیے پہلے کسی دوسرے شخص کی منظوری ضروری ہے۔
ST-027 = عین اسی وقت کسی اور نے اس درخواست میں تبدیلی کی۔ اسے دوبارہ دیکھیں اور پھر کوشش کریں۔

## Decisions, as the person reads them
outcome-approved = آپ کی درخواست منظور ہو گئی۔
outcome-partly_approved = آپ کی درخواست کا کچھ حصہ منظور ہو گیا۔
outcome-refused = آپ کی درخواست منظور نہیں ہوئی۔
reason-request-granted = آپ نے جو مانگا تھا، ہم نے وہ کر دیا۔
reason-evidence-insufficient = آپ کی دی ہوئی معلومات سے یہ ثابت نہیں ہوتا کہ ہمارا ریکارڈ غلط ہے۔
reason-identity-not-verified = ہم یہ تصدیق نہیں کر سکے کہ آپ وہی شخص ہیں جس کے بارے میں یہ معلومات ہیں۔
reason-legal-claims = ہمیں یہ معلومات کسی قانونی دعوے کے لیے چاہییں: دعویٰ ثابت کرنے، اسے آگے بڑھانے یا اس کے خلاف دفاع کرنے کے لیے۔
reason-manifestly-unfounded = یہ درخواست ایک پچھلی درخواست کو دہراتی ہے جس کا جواب پہلے ہی دیا جا چکا ہے۔
extension-reason-complexity = آپ کی درخواست پیچیدہ ہے اور اس کے لیے مزید وقت چاہیے۔
extension-reason-number-of-requests = ہمیں بہت سی درخواستیں ملی ہیں اور آپ کی درخواست کا ٹھیک سے جواب دینے کے لیے ہمیں مزید وقت چاہیے۔
timeline-message = آپ کو ایک پیغام بھیجا گیا

## Message templates (staff choose one; the person reads it in their language)
template-information-needed-name = ہمیں مزید معلومات چاہییں
template-information-needed = آپ کی درخواست پر کارروائی کے لیے ہمیں آپ سے مزید معلومات چاہییں۔ براہِ کرم لاگ ان کریں اور اس درخواست کے نیچے جواب دیں۔
template-identity-documents-name = براہِ کرم اپنی شناخت کی تصدیق کریں
template-identity-documents = آگے بڑھنے سے پہلے ہمیں تصدیق کرنی ہے کہ آپ وہی شخص ہیں جس کے بارے میں یہ معلومات ہیں۔ براہِ کرم اس درخواست میں اپنی کسی شناختی دستاویز کی تصویر شامل کریں۔
template-progress-update-name = ہم آپ کی درخواست پر کام کر رہے ہیں
template-progress-update = ہم آپ کی درخواست پر کام کر رہے ہیں۔ ابھی آپ کو کچھ کرنے کی ضرورت نہیں۔
template-decision-made-name = فیصلہ ہو گیا ہے
template-decision-made = آپ کی درخواست کے بارے میں فیصلہ ہو گیا ہے۔ آپ یہ فیصلہ، اس کی وجوہات کے ساتھ، درخواست کے صفحے پر پڑھ سکتے ہیں۔

## Who looked at my data: staff actions
access-request-claimed = آپ کی درخواست پر کارروائی شروع کی
access-request-reassigned = آپ کی درخواست ایک ساتھی کو دی
access-request-messaged = آپ کو پیغام بھیجا
access-request-information-requested = آپ سے معلومات مانگیں
access-request-resumed = آپ کی درخواست پر دوبارہ کام شروع کیا
access-request-extended = جواب کی مدت بڑھائی
access-request-decision-proposed = آپ کی درخواست پر فیصلہ تجویز کیا
access-request-decision-approved = آپ کی درخواست پر فیصلہ منظور کیا
access-request-decision-sent-back = تجویز کردہ فیصلہ دوبارہ جائزے کے لیے واپس بھیجا
access-request-decided = آپ کی درخواست کا فیصلہ کیا
access-field-restricted = آپ کی معلومات کا استعمال محدود کیا

## Deadline mails to staff (no personal data: a link to the request only)
staff-mail-due-soon-subject = آپ کے پاس موجود ایک درخواست کی آخری تاریخ ایک ہفتے میں ہے
staff-mail-due-soon-body =
    آپ کو دی گئی ایک درخواست کا جواب سات دن کے اندر دینا ضروری ہے۔

    اسے کھولیں: { $url }
staff-mail-overdue-subject = آپ کی ٹیم کی ایک درخواست کی آخری تاریخ گزر گئی ہے
staff-mail-overdue-body =
    آپ کی ٹیم کی ایک درخواست کی قانونی آخری تاریخ گزر چکی ہے اور ابھی تک اس کا جواب نہیں دیا گیا۔ براہِ کرم یقینی بنائیں کہ آج ہی اس پر کارروائی ہو۔

    اسے کھولیں: { $url }

## The auditor's screen
audit-title = آڈٹ لاگ
audit-verify = پورے لاگ کی زنجیر (chain) جانچیں
audit-verify-ok = آڈٹ لاگ میں کوئی چھیڑ چھاڑ نہیں ہوئی: تمام { $events } اندراجات درست طور پر ایک دوسرے سے جڑے ہیں۔
audit-verify-broken = آڈٹ لاگ میں چھیڑ چھاڑ کی گئی ہے۔ { $events } اندراجات جانچے گئے؛ یہ مسائل ملے:
audit-break-altered = اندراج { $seq } لکھے جانے کے بعد بدلا گیا یا اپنی جگہ سے ہٹایا گیا۔
audit-break-chain-broken = اندراج { $seq } اپنے سے پہلے والے اندراج سے نہیں جڑتا۔
audit-break-missing = اندراج { $seq } کے بعد کچھ اندراجات غائب ہیں۔
audit-break-truncated = لاگ میں اب اندراج { $seq } ویسا موجود نہیں جیسا ایک دستخط شدہ چیک پوائنٹ نے درج کیا تھا: سب سے نئے اندراجات ہٹا دیے گئے یا دوبارہ لکھے گئے۔
audit-break-checkpoint-forged = چیک پوائنٹ فائل کی سطر { $seq } بدل دی گئی ہے۔
audit-action = کارروائی
audit-actor-kind = کس نے کیا
audit-actor-person = کوئی شخص، اپنے لیے
audit-actor-staff = عملہ
audit-actor-helper = مددگار
audit-actor-anonymous = کوئی گمنام شخص
audit-actor-system = خود امانہ
audit-actor-source-system = ادارے کا کوئی ماخذ سسٹم
audit-actor-id = کرنے والے کی شناخت (Id)
audit-from = سے
audit-to = تک
audit-download-csv = یہ انتخاب CSV فائل میں ڈاؤن لوڈ کریں
audit-none = کوئی اندراج ان شرائط سے نہیں ملتا۔
audit-when = کب
audit-who = کس نے
audit-about = کس بارے میں

## Administration
admin-title = انتظامیہ
admin-sections = حصے
admin-staff = عملے کے اکاؤنٹ
admin-teams = ٹیمیں
admin-routing = نئی درخواستوں کی تقسیم
admin-templates = پیغام کے نمونے
admin-default-team = وہ درخواستیں لیتی ہے جن پر کوئی اصول لاگو نہیں ہوتا
admin-new-team = ٹیم شامل کریں
admin-team-key = مختصر کلید
admin-key-hint = چھوٹے انگریزی حروف (lower-case)، ہندسے اور ڈیش، جیسے north-office۔
admin-team-name = نام
admin-add = شامل کریں
admin-save = محفوظ کریں
admin-delete = مٹا دیں
admin-saved = محفوظ ہو گیا۔
admin-role = عہدہ
admin-office = دفتر
admin-status = صورتِ حال
admin-active = فعال
admin-inactive = غیر فعال
admin-enrolled = دوسرا مرحلہ سیٹ ہو چکا
admin-not-enrolled = دوسرا مرحلہ ابھی سیٹ نہیں ہوا
admin-locked = ناکام لاگ ان کوششوں کے بعد بند
admin-activate = فعال کریں
admin-deactivate = غیر فعال کریں
admin-reset-second-factor = دوسرا مرحلہ دوبارہ سیٹ (reset) کریں
admin-change-teams = ٹیمیں بدلیں
admin-new-staff = عملے کا اکاؤنٹ شامل کریں
admin-name = پورا نام
admin-enrolment-link-hint = یہاں پاس ورڈ نہیں: امانہ اس شخص کو ای میل میں ایک لنک بھیجتا ہے تاکہ وہ خود اپنا پاس ورڈ چنے۔ یہ لنک صرف ایک بار، 72 گھنٹے تک کام کرتا ہے۔
admin-send-enrolment-link = اندراج کا نیا لنک بھیجیں
admin-routing-intro = ہر نئی درخواست اس ٹیم کو جاتی ہے جس کا اصول سب سے پہلے اس پر لاگو ہو۔ شکایات ہمیشہ ڈیٹا کے تحفظ کے افسر کو جاتی ہیں۔
admin-routing-default = جس درخواست پر کوئی اصول لاگو نہ ہو، وہ طے شدہ (default) ٹیم کو جاتی ہے۔
admin-category = قسم
admin-sensitive = حساس
admin-yes = ہاں
admin-no = نہیں
admin-move-up = اوپر لے جائیں
admin-move-down = نیچے لے جائیں
admin-new-rule = آخر میں ایک اصول شامل کریں
admin-templates-intro = عملہ کسی شخص کو لکھتے وقت ان میں سے ایک نمونہ چنتا ہے، اور وہ شخص اسے اپنی زبان میں پڑھتا ہے۔ ہر نمونے کا متن ہر زبان میں ہونا ضروری ہے۔
admin-new-template = نمونہ شامل کریں
admin-template-key = مختصر کلید
AD-001 = یہ خانہ بھریں۔
AD-002 = یہ بہت لمبا ہے۔
AD-003 = فہرست میں سے ٹیمیں چنیں۔
AD-004 = پورا ای میل ایڈریس لکھیں، جیسے name@example.org۔
AD-005 = فہرست میں سے عہدہ چنیں۔
AD-006 = پاس ورڈ میں کم از کم 12 حروف ہونے چاہییں۔
AD-007 = اس ای میل ایڈریس کا اکاؤنٹ پہلے سے موجود ہے۔
AD-008 = آپ اپنا اکاؤنٹ خود غیر فعال نہیں کر سکتے۔
AD-009 = 2 سے 40 تک چھوٹے انگریزی حروف، ہندسے اور ڈیش استعمال کریں۔
AD-010 = اس کلید والی ٹیم پہلے سے موجود ہے۔
AD-011 = اصول کی شرائط فہرستوں میں سے چنیں۔
AD-012 = شکایات ہمیشہ ڈیٹا کے تحفظ کے افسر کو جاتی ہیں؛ کوئی اصول اسے نہیں بدل سکتا۔
AD-013 = اس زبان میں بھی متن لکھیں۔

## Administration: the purpose register
admin-purposes = مقاصد کا رجسٹر
admin-purposes-intro = معلومات کیوں رکھی جاتی ہیں، کس قانونی بنیاد پر، کتنی مدت کے لیے اور کسے دی جاتی ہیں۔ لوگ یہ "میری معلومات" اور رضامندی والے صفحے پر اپنی زبان میں پڑھتے ہیں۔
admin-purpose-name = نام
admin-purpose-explanation = وضاحت جو لوگ رضامندی دینے سے پہلے پڑھتے ہیں
admin-purpose-version = رضامندی کے متن کا نسخہ:
admin-legal-basis = قانونی بنیاد
admin-retention-days = کتنی مدت رکھی جائیں (دن)
admin-recipients = وصول کنندگان
AD-014 = 1 سے 36500 تک دنوں کی تعداد لکھیں۔
AD-015 = فہرست میں سے چنیں۔
ST-018 = معلومات کے کسی ایک حصے کے بارے میں درخواست یا تو منظور ہوتی ہے یا نامنظور، جزوی طور پر نہیں۔
staff-new-password = اپنا پاس ورڈ خود چنیں
SA-003 = ایسا پاس ورڈ چنیں جو آپ کا ای میل ایڈریس نہ ہو۔

# Enrolment links for new accounts
SA-004 = اس لنک کی مدت ختم ہو گئی ہے یا یہ پہلے استعمال ہو چکا ہے۔ اپنے منتظم سے کہیں کہ آپ کو نیا لنک بھیجے۔
AD-016 = اس اکاؤنٹ کا دوسرا مرحلہ پہلے ہی سیٹ ہو چکا ہے۔ اگر اس شخص کو دوبارہ شروع کرنا ہے تو پہلے دوسرا مرحلہ دوبارہ سیٹ (reset) کریں۔
welcome-title = اپنا اکاؤنٹ سیٹ کریں
welcome-intro = اپنے اکاؤنٹ کے لیے پاس ورڈ چنیں:
welcome-password-hint = کم از کم 12 حروف۔ اسے صرف آپ جانتے ہیں: امانہ کا کوئی بھی فرد آپ سے یہ کبھی نہیں مانگے گا۔ اس کے بعد آپ اپنی تصدیقی ایپ سیٹ کریں گے۔
mail-enrolment-subject = اپنا امانہ اکاؤنٹ سیٹ کریں
mail-enrolment-body =
    اس ای میل ایڈریس کے لیے امانہ کا ایک اکاؤنٹ بنایا گیا ہے۔ اپنا پاس ورڈ چننے اور لاگ ان کا دوسرا مرحلہ سیٹ کرنے کے لیے یہ لنک کھولیں:

    { $url }

    یہ لنک صرف ایک بار، { $hours } گھنٹے تک کام کرتا ہے۔ اگر آپ کو اس ای میل کی توقع نہیں تھی تو اسے نظر انداز کر دیں۔

## Administration: source systems, their API keys and webhooks
admin-source-systems = ماخذ سسٹم
admin-source-systems-intro = ادارے کے اپنے سسٹم جو API کے ذریعے لوگوں کی معلومات امانہ میں لاتے ہیں۔ ہر سسٹم صرف وہی مقاصد اور معلومات کی وہی قسمیں لکھ سکتا ہے جن پر یہاں نشان لگا ہے، اور صرف اپنی کلیدوں سے۔
admin-new-source-system = ماخذ سسٹم رجسٹر کریں
admin-source-system-contact = اسے کون چلاتا ہے
admin-source-system-contact-hint = کوئی ٹیم یا پتا جس سے رابطہ کیا جائے جب اس کی کالز ناکام ہوں۔
admin-source-system-purposes = مقاصد جو یہ لکھ سکتا ہے
admin-source-system-categories = معلومات کی قسمیں جو یہ لکھ سکتا ہے
admin-webhook = ویب ہک (Webhook)
admin-webhook-none = کوئی نہیں: سسٹم تبدیلیوں کی فیڈ (change feed) پڑھتا ہے۔
admin-webhook-url = وہ پتا (URL) جس پر امانہ کال کرتا ہے جب کوئی تبدیلی اس سسٹم سے متعلق ہو
admin-webhook-hint = محفوظ کرنے سے ایک نیا دستخطی راز (signing secret) بنتا ہے، جو ایک بار دکھایا جاتا ہے۔ پرانا راز کام کرنا بند کر دیتا ہے۔
admin-webhook-save = ویب ہک محفوظ کریں
admin-webhook-stop = ویب ہک بند کریں
admin-api-keys = API کلیدیں
admin-new-key = نئی کلید بنائیں
admin-key-scopes = کلید کیا کر سکتی ہے
admin-key-days = کتنے دن درست رہے گی
admin-new-key-hint = کلید صرف ایک بار، بننے کے فوراً بعد دکھائی جاتی ہے۔ ایک سسٹم کے پاس دو چالو کلیدیں ہو سکتی ہیں، تاکہ نئی کلید کام رکے بغیر پرانی کی جگہ لے سکے۔
admin-key-live = چالو
admin-key-expired = مدت ختم
admin-key-revoked = منسوخ کی گئی بتاریخ
admin-key-created = بنائی گئی
admin-key-expires = مدت ختم ہو گی
admin-key-last-used = آخری بار استعمال
admin-key-never-used = کبھی نہیں
admin-key-revoke = منسوخ کریں
admin-new-key-shown = نئی API کلید، اس سسٹم کے لیے:
admin-webhook-secret-shown = نیا ویب ہک دستخطی راز، اس سسٹم کے لیے:
admin-shown-once-hint = اسے ابھی کاپی کریں اور کسی محفوظ طریقے سے سسٹم چلانے والوں کو دیں۔ امانہ اسے اپنے پاس نہیں رکھتا اور دوبارہ نہیں دکھا سکتا۔
api-scope-people-write = لوگوں کی معلومات لانا اور ہٹانا
api-scope-changes-read = منظور شدہ تبدیلیاں پڑھنا
api-scope-changes-ack = تصدیق کرنا کہ تبدیلیاں کر دی گئیں
api-scope-access-events-write = بتانا کہ معلومات کس نے دیکھیں
AD-017 = اس نام کا ماخذ سسٹم پہلے سے موجود ہے۔
AD-018 = 1 سے 1095 تک دنوں کی تعداد لکھیں۔
AD-019 = اس سسٹم کی دو کلیدیں ابھی چالو ہیں۔ نئی بنانے سے پہلے ان میں سے ایک منسوخ کریں۔
AD-020 = کم از کم ایک چنیں۔
AD-021 = پورا ویب ایڈریس لکھیں، جیسے https://cases.example.org/amana۔

## Administration: languages
admin-locales = زبانیں
admin-locales-intro = وہ سب زبانیں جو لوگ چن سکتے ہیں، اور یہ کہ کیا یہ زبان بولنے والے کسی شخص نے ترجمہ جانچا ہے۔
admin-locale-source = اصل زبان
admin-locale-draft = پہلا مسودہ، ابھی جانچا نہیں گیا
admin-locale-reviewed = { $reviewer } نے { $date } کو جانچا
