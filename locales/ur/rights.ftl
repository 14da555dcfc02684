# Amana — Urdu: exercising rights (requests about one's data). Every locale has the same keys.

nav-my-requests = میری درخواستیں

## Actions beside each field on My data
action-correct = یہ غلط ہے
action-erase = اسے مٹا دیں
action-restrict = اس کا استعمال روکیں
my-data-erase-all = میری تمام معلومات مٹانے کی درخواست کریں

## Request forms
request-correct-title = اپنی معلومات درست کروائیں
request-erase-title = اپنی معلومات مٹوائیں
request-restrict-title = اپنی معلومات کا استعمال رکوائیں
request-erase-all-title = اپنی تمام معلومات مٹوائیں
request-proposed-value = اس میں کیا لکھا ہونا چاہیے
request-proposed-value-hint = درست معلومات لکھیں۔
request-erase-explained = آپ درخواست کر رہے ہیں کہ یہ معلومات مٹا دی جائیں۔ کچھ معلومات قانون کے مطابق رکھنی پڑتی ہیں؛ اگر ایسا ہوا تو ہم آپ کو وجہ بتائیں گے۔
request-erase-all-explained = آپ درخواست کر رہے ہیں کہ آپ کے بارے میں رکھی گئی تمام معلومات مٹا دی جائیں۔ کچھ معلومات قانون کے مطابق رکھنی پڑتی ہیں، مثلاً جب تک آپ کا کیس کھلا ہے؛ اگر ایسا ہوا تو ہم آپ کو بتائیں گے کہ کون سی معلومات اور کیوں۔
request-restrict-choose = آپ کیا چاہتے ہیں؟
request-restriction-explained = معلومات رکھی جائیں، لیکن جب تک ان کی جانچ ہو رہی ہے انہیں استعمال نہ کیا جائے (مثلاً اس لیے کہ آپ کے خیال میں وہ غلط ہیں)۔
request-objection-explained = آپ کے اپنے حالات کی وجہ سے، اس مقصد کے لیے معلومات کا استعمال بند کیا جائے۔
request-explanation = آپ جو کچھ اور بتانا چاہیں (اختیاری)
request-explanation-hint = مثلاً کیوں، یا کیا ہوا۔ آپ دستاویزات بعد میں بھی بھیج سکتے ہیں۔
request-deadline-explained = درخواست کرنے کی کوئی فیس نہیں۔ آپ کو ایک مہینے کے اندر جواب ملے گا۔ اگر آپ کی درخواست پیچیدہ ہو تو یہ مدت دو مہینے اور بڑھائی جا سکتی ہے، اور آپ کو اس کی وجہ بتائی جائے گی۔
request-send = میری درخواست بھیجیں
request-cancel = بھیجے بغیر واپس جائیں
request-whole-record = میری تمام معلومات

## Kinds and states of requests
kind-access = میری معلومات کی کاپی
kind-correction = درستی
kind-erasure = مٹانا
kind-restriction = استعمال عارضی طور پر روکنا
kind-objection = استعمال پر اعتراض
kind-complaint = شکایت
status-submitted = موصول ہو گئی
status-in_review = جانچ ہو رہی ہے
status-awaiting_information = آپ سے معلومات کا انتظار ہے
status-decided = فیصلہ ہو گیا
status-completed = مکمل
status-withdrawn = واپس لے لی گئی

## My requests
requests-title = میری درخواستیں
requests-intro = یہاں آپ اپنی ہر درخواست کی صورتِ حال دیکھ سکتے ہیں، یہ دیکھ سکتے ہیں کہ آپ کو کس تاریخ تک جواب ملے گا، اور پیغامات پڑھ سکتے ہیں۔
requests-none = آپ نے ابھی تک کوئی درخواست نہیں دی۔ درخواست دینے کے لیے "میری معلومات" پر جائیں اور کوئی معلومات چنیں۔
requests-back = میری درخواستوں پر واپس جائیں
request-title = آپ کی درخواست
request-reference = حوالہ نمبر
request-kind = درخواست
request-about = کس بارے میں
request-status = صورتِ حال
request-received = موصول ہونے کی تاریخ
request-due = جواب کی آخری تاریخ
request-extended = جواب کی مدت بڑھا دی گئی۔ وجہ:
request-decision = فیصلہ
request-timeline = کیا کیا ہوا
request-upstream = ادارے کے اپنے سسٹم میں
request-upstream-done = { $system } میں { $date } کو ہو گیا۔
request-upstream-waiting = { $system } میں ابھی نہیں ہوا۔ عملہ اس پر نظر رکھے ہوئے ہے۔
request-messages = پیغامات
request-no-messages = ابھی کوئی پیغام نہیں۔
request-add-information = معلومات شامل کریں یا جواب دیں
request-add-information-hint = اگر آپ کچھ شامل کرنا چاہتے ہیں یا کسی سوال کا جواب دینا چاہتے ہیں تو یہاں لکھیں۔
request-send-information = بھیجیں
request-withdraw = یہ درخواست واپس لیں
notice-request-filed = آپ کی درخواست موصول ہو گئی۔ ہم نے آپ کو اس کی تصدیق بھیج دی ہے۔
notice-request-sent = آپ کا پیغام درخواست میں شامل کر دیا گیا۔
notice-request-withdrawn = آپ کی درخواست واپس لے لی گئی۔ اس پر اب مزید کچھ نہیں ہو گا۔

actor-you = آپ
actor-system = امانہ
actor-source = { $role } · { $office } ({ $system } میں)
role-caseworker = کیس ورکر
role-reviewer = جائزہ لینے والا افسر
role-dpo = ڈیٹا کے تحفظ کا افسر
role-admin = منتظم
role-auditor = آڈیٹر

timeline-submitted = درخواست موصول ہوئی
timeline-in-review = جانچ ہو رہی ہے
timeline-information-requested = مزید معلومات مانگی گئیں
timeline-information-added = معلومات شامل کی گئیں
timeline-extended = جواب کی مدت بڑھائی گئی
timeline-decided = فیصلہ ہو گیا
timeline-completed = مکمل
timeline-withdrawn = درخواست واپس لی گئی

reason-legal-obligation = قانون کے مطابق ہمیں یہ معلومات رکھنی ہیں۔
reason-still-needed-for-case = یہ معلومات ابھی آپ کے کھلے کیس کے لیے ضروری ہیں۔
reason-accuracy-confirmed = ہم نے معلومات کی جانچ کی اور وہ درست ہیں۔
reason-public-interest = یہ استعمال عوامی بھلائی کے ایک کام کے لیے ضروری ہے، اور یہ ضرورت آپ کے حالات سے زیادہ وزن رکھتی ہے۔

## Withdrawing
withdraw-title = کیا آپ اپنی درخواست واپس لینا چاہتے ہیں؟
withdraw-explained = اگر آپ درخواست واپس لیں تو ہم اس پر کام بند کر دیں گے۔ آپ کسی بھی وقت نئی درخواست دے سکتے ہیں۔
withdraw-confirm = ہاں، واپس لے لیں
withdraw-cancel = نہیں، میری درخواست رہنے دیں

## Errors
RQ-001 = اس بارے میں آپ کی ایک درخواست پہلے سے کھلی ہے۔ آپ اسے "میری درخواستیں" میں دیکھ سکتے ہیں۔
RQ-002 = اس درخواست کا فیصلہ ہو چکا ہے یا یہ واپس لی جا چکی ہے، اس لیے اسے بدلا نہیں جا سکتا۔
RQ-010 = لکھیں کہ معلومات میں کیا لکھا ہونا چاہیے۔
RQ-011 = یہ بہت لمبا ہے۔ براہِ کرم اسے 500 حروف تک چھوٹا کریں۔
RQ-012 = یہ بہت لمبا ہے۔ براہِ کرم اسے 2000 حروف تک چھوٹا کریں۔
RQ-013 = یہ تو وہی ہے جو ہمارے پاس پہلے سے درج ہے۔ اس کی جگہ وہ لکھیں جو ہونا چاہیے۔
RQ-014 = بھیجنے سے پہلے پیغام لکھیں۔
RQ-015 = یہ بہت لمبا ہے۔ براہِ کرم اسے 2000 حروف تک چھوٹا کریں۔
RQ-016 = کوئی ایک انتخاب چنیں۔

## E-mails (they never contain personal data)
mail-request-received-subject = ہمیں آپ کی درخواست موصول ہو گئی
mail-request-received-body =
    ہمیں آپ کی درخواست موصول ہو گئی ہے۔ آپ کو ایک مہینے کے اندر جواب ملے گا۔

    اس کی صورتِ حال دیکھنے کے لیے لاگ ان کریں: { $url }
mail-request-news-subject = آپ کی درخواست کے بارے میں نئی خبر ہے
mail-request-news-body =
    آپ کی درخواست کے بارے میں نئی خبر ہے۔ اسے پڑھنے کے لیے لاگ ان کریں: { $url }

## Documents
request-evidence = کوئی دستاویز (اختیاری)
request-evidence-hint = PDF یا تصویر (JPEG یا PNG)، زیادہ سے زیادہ 5 MB۔ مثلاً کوئی سرٹیفکیٹ جس میں درست معلومات ہوں۔
request-documents = آپ کی بھیجی ہوئی دستاویزات
request-document = دستاویز
RQ-020 = فائل بہت بڑی ہے۔ زیادہ سے زیادہ 5 MB کی فائل بھیجیں۔
RQ-021 = اس قسم کی فائل قبول نہیں کی جا سکتی۔ PDF یا تصویر (JPEG یا PNG) بھیجیں۔
RQ-022 = اس درخواست میں جتنی دستاویزات ہو سکتی ہیں، اتنی پہلے سے موجود ہیں (20 فائلیں، کل 50 MB)۔ اس کی جگہ پیغام لکھیں، یا ہم سے پوچھیں کہ مزید کیسے بھیجیں۔
