# ڈیٹا کی خلاف ورزیوں کا رجسٹر (ڈیٹا کے تحفظ کے افسر کے لیے) اور وہ اطلاع جو کوئی شخص اپنی معلومات کی خلاف ورزی کے بارے میں پڑھتا ہے۔
nav-breaches = خلاف ورزیاں
breaches-title = خلاف ورزیوں کا رجسٹر
breaches-intro = ذاتی معلومات کی ہر خلاف ورزی یہاں درج کی جاتی ہے، چاہے اس کی اطلاع دینا ضروری ہو یا نہیں۔ جس لمحے ہمیں علم ہوا، اس سے 72 گھنٹوں کے اندر نگران ادارے کو بتانا لازمی ہے، سوائے اس کے کہ اس خلاف ورزی سے کسی کو خطرہ ہونے کا امکان نہ ہو۔
breaches-none = کوئی خلاف ورزی درج نہیں ہوئی۔
breach-title = خلاف ورزی
breach-back = خلاف ورزیوں کے رجسٹر پر واپس جائیں
breach-reference = حوالہ نمبر
breach-clock-left =
    { $hours ->
        [one] نگران ادارے کو { $due } تک بتائیں: { $hours } گھنٹہ باقی ہے۔
       *[other] نگران ادارے کو { $due } تک بتائیں: { $hours } گھنٹے باقی ہیں۔
    }
breach-clock-late =
    { $hours ->
        [one] نگران ادارے کو { $due } تک بتا دینا چاہیے تھا: { $hours } گھنٹہ تاخیر۔ تاخیر کی وجہ لکھیں۔
       *[other] نگران ادارے کو { $due } تک بتا دینا چاہیے تھا: { $hours } گھنٹے تاخیر۔ تاخیر کی وجہ لکھیں۔
    }
breach-clock-told =
    { $hours ->
        [one] نگران ادارے کو { $when } کو بتایا گیا، ہمیں علم ہونے کے { $hours } گھنٹہ بعد۔
       *[other] نگران ادارے کو { $when } کو بتایا گیا، ہمیں علم ہونے کے { $hours } گھنٹے بعد۔
    }
breach-people-count = متعلقہ افراد: { $people }۔ بھیجی گئی اطلاعات: { $notified }۔
breach-record-heading = خلاف ورزی درج کریں
breach-discovered-at = خلاف ورزی کا پتا کب چلا
breach-aware-at = ہمیں کب علم ہوا کہ ذاتی معلومات متاثر ہوئی ہیں
breach-aware-at-hint = 72 گھنٹے یہیں سے شروع ہوتے ہیں۔ تاریخ اور وقت UTC میں۔
breach-processor-reported-at = کسی پروسیسر نے ہمیں کب اس کی اطلاع دی (اگر دی ہو)
breach-moment-hint = تاریخ اور وقت UTC میں، مثلاً 2026-12-03 14:30۔
breach-optional-moment-hint = اگر کوئی پروسیسر شامل نہیں تھا تو خالی چھوڑ دیں۔
breach-not-given = نہیں بتایا گیا
breach-nature = معلومات کے ساتھ کیا ہوا
breach-nature-confidentiality = ہو سکتا ہے کسی ایسے شخص نے دیکھ لی ہوں جسے نہیں دیکھنی چاہیے تھیں (رازداری)
breach-nature-integrity = غلط طریقے سے بدل دی گئیں (سالمیت)
breach-nature-availability = ضائع ہو گئیں یا ان تک رسائی نہیں ہو سکی (دستیابی)
breach-description = کیا ہوا
breach-description-hint = صرف رجسٹر کے لیے، متعلقہ افراد کو کبھی نہیں دکھایا جاتا۔ یہاں ذاتی معلومات نہ لکھیں۔
breach-categories = متعلقہ معلومات کی قسمیں
breach-approx-people = تقریباً کتنے افراد
breach-approx-records = تقریباً کتنے ریکارڈ
breach-consequences = متعلقہ افراد کے لیے ممکنہ نتائج
breach-consequence-others-may-read = ہو سکتا ہے کوئی ایسا شخص آپ کی معلومات پڑھ لے جس کے پاس یہ نہیں ہونی چاہییں۔
breach-consequence-identity-misuse = ہو سکتا ہے کوئی آپ کی تفصیلات استعمال کر کے خود کو آپ ظاہر کرے۔
breach-consequence-contact-by-strangers = ہو سکتا ہے اجنبی لوگ آپ سے رابطہ کرنے یا یہ جاننے کی کوشش کریں کہ آپ کہاں رہتے ہیں۔
breach-consequence-wrong-decision = ہو سکتا ہے آپ کے بارے میں کوئی فیصلہ غلط معلومات کی بنیاد پر ہو۔
breach-consequence-delay = ہو سکتا ہے آپ کے کیس میں زیادہ وقت لگے۔
breach-consequence-data-lost = ہو سکتا ہے آپ کی کچھ معلومات ضائع ہو گئی ہوں۔
breach-measures = ہم نے کیا کیا یا کیا کریں گے
breach-measure-access-closed = جس راستے سے معلومات باہر گئیں، ہم نے اسے بند کر دیا۔
breach-measure-data-recovered = ہم نے معلومات واپس حاصل کر لیں یا انہیں بحال کر دیا۔
breach-measure-recipient-asked-to-delete = جس کسی کو یہ معلومات ملیں، ہم نے اس سے انہیں مٹانے کو کہا، اور جانچا کہ اس نے مٹا دیں۔
breach-measure-police-informed = ہم نے پولیس کو بتا دیا۔
breach-measure-accounts-secured = ہم نے پاس ورڈ بدل دیے اور متعلقہ اکاؤنٹ بند (لاک) کر دیے۔
breach-measure-staff-trained = ہم نے اپنے عملے کے کام کا طریقہ بدل دیا تاکہ ایسا دوبارہ نہ ہو۔
breach-advice = متعلقہ افراد کیا کر سکتے ہیں
breach-advice-watch-for-contact = اپنے کیس کے بارے میں غیر متوقع کالوں، پیغامات یا ملاقاتوں سے محتاط رہیں۔
breach-advice-do-not-answer-strangers = اگر کوئی خود پہلے آپ سے رابطہ کرے تو اسے کبھی اپنا کیس نمبر یا تاریخِ پیدائش نہ بتائیں۔
breach-advice-check-my-data = اس ویب سائٹ پر اپنی معلومات دیکھیں، اور جو کچھ غلط ہو اسے درست کرنے کے لیے ہم سے کہیں۔
breach-advice-tell-helper = اگر کوئی مددگار تنظیم آپ کی مدد کرتی ہے تو انہیں اس اطلاع کے بارے میں بتائیں۔
breach-advice-ask-us = اگر آپ کے کوئی سوال ہوں، یا آپ خود کو غیر محفوظ محسوس کریں، تو ہم سے پوچھیں۔
breach-risk = متعلقہ افراد کے لیے خطرہ
breach-risk-unlikely = کسی خطرے کا امکان نہیں (نگران ادارے کو بتانا ضروری نہیں؛ وجہ لکھیں)
breach-risk-risk = خطرہ ہے (نگران ادارے کو بتائیں)
breach-risk-high = بڑا خطرہ ہے (نگران ادارے کو اور ہر متعلقہ شخص کو بتائیں)
breach-risk-reasoning = یہ خطرہ کیوں ہے
breach-risk-reasoning-hint = آپ کا استدلال رجسٹر میں محفوظ رہتا ہے، اس وقت بھی جب آپ نگران ادارے یا متعلقہ افراد کو نہ بتانے کا فیصلہ کریں۔
breach-record = خلاف ورزی درج کریں
breach-recorded = خلاف ورزی درج ہو گئی۔ 72 گھنٹوں کی گنتی جاری ہے۔
breach-tell-heading = نگران ادارے کو بتانا
breach-told-at = نگران ادارے کو کب بتایا گیا
breach-authority-reference = نگران ادارے کا حوالہ نمبر
breach-delay-reason = کسی بھی تاخیر کی وجہ
breach-delay-reason-hint = اس وقت ضروری ہے جب نگران ادارے کو ہمیں علم ہونے کے 72 گھنٹوں سے زیادہ بعد بتایا جائے۔
breach-tell = درج کریں کہ نگران ادارے کو بتا دیا گیا
breach-authority-recorded = درج ہو گیا: نگران ادارے کو بتا دیا گیا۔
breach-updates-heading = بعد میں دی گئی معلومات
breach-update = نگران ادارے کو دی گئی مزید معلومات
breach-update-hint = پہلی اطلاع کے بعد آپ کو جو پتا چلا اور آپ نے نگران ادارے کو بتایا۔
breach-add-update = یہ معلومات شامل کریں
breach-update-added = معلومات رجسٹر میں شامل کر دی گئیں۔
breach-people-heading = متعلقہ افراد
breach-people = متعلقہ افراد کے کیس نمبر
breach-people-hint = ہر سطر میں ایک کیس نمبر۔
breach-add-people = یہ افراد شامل کریں
breach-people-added = افراد شامل کر دیے گئے۔ جب آپ تیار ہوں تو انہیں اطلاع بھیجیں۔
breach-notify-explained =
    { $people ->
        [one] { $people } شخص کو ابھی اطلاع نہیں بھیجی گئی۔ وہ لاگ ان کرنے پر اسے پڑھیں گے، اور انہیں پیغام ملے گا کہ نئی خبر ہے۔
       *[other] { $people } افراد کو ابھی اطلاع نہیں بھیجی گئی۔ وہ لاگ ان کرنے پر اسے پڑھیں گے، اور انہیں پیغام ملے گا کہ نئی خبر ہے۔
    }
breach-notify = اطلاع بھیجیں
breach-people-notified = اطلاعات بھیج دی گئیں۔
breach-notice-heading = آپ کی معلومات میں ایک مسئلہ
breach-notice-intro = { $date } کو ہمیں پتا چلا کہ آپ کی کچھ معلومات کے ساتھ ایک مسئلہ ہوا ہے۔ ہمیں افسوس ہے۔ یہاں لکھا ہے کہ کیا ہوا اور آپ کیا کر سکتے ہیں۔
breach-notice-data = متعلقہ معلومات: { $categories }
breach-notice-consequences = کیا ہو سکتا ہے
breach-notice-measures = ہم نے کیا کیا
breach-notice-advice = آپ کیا کر سکتے ہیں
breach-notice-contact = کوئی سوال ہے؟ ہمارے ڈیٹا کے تحفظ کے افسر کو لکھیں: { $contact }
breach-notice-sent = { $date } کو آپ کو بتایا گیا
BR-001 = پورا عدد لکھیں، 0 یا اس سے زیادہ۔
BR-002 = یہ وقت مستقبل میں ہے۔
BR-003 = یہ وقت خلاف ورزی کا پتا چلنے سے پہلے کا نہیں ہو سکتا۔
BR-004 = ہمیں علم ہونے کے بعد 72 گھنٹوں سے زیادہ گزر چکے ہیں: تاخیر کی وجہ لکھیں۔
BR-005 = یہ سطریں کسی کیس نمبر سے نہیں ملتیں۔ انہیں درست کریں یا ہٹا دیں؛ ابھی کسی کو شامل نہیں کیا گیا۔
BR-006 = تاریخ اور وقت لکھیں، مثلاً 2026-12-03 14:30۔
BR-007 = نگران ادارے کو دی گئی اطلاع پہلے ہی درج ہے۔ بعد کی معلومات نیچے شامل کریں۔
mail-data-incident-subject = آپ کی معلومات کے بارے میں اہم اطلاع
mail-data-incident-body =
    آپ کی معلومات کے بارے میں ایک اہم اطلاع ہے۔ اسے پڑھنے کے لیے لاگ ان کریں: { $url }
sms-data-incident = امانہ: آپ کی معلومات کے بارے میں اہم اطلاع ہے۔ اسے پڑھنے کے لیے لاگ ان کریں: { $url }
breach-nature-person-confidentiality = ہو سکتا ہے آپ کی کچھ معلومات کسی ایسے شخص نے دیکھ لی ہوں جسے انہیں نہیں دیکھنا چاہیے تھا۔
breach-nature-person-integrity = آپ کی کچھ معلومات غلط طریقے سے بدل دی گئیں۔
breach-nature-person-availability = آپ کی کچھ معلومات ضائع ہو گئیں، یا کچھ وقت کے لیے ان تک رسائی نہیں ہو سکی۔
breach-clocks-heading = خلاف ورزیاں: نگران ادارے کو بتانا
breach-people-list = متعلقہ افراد، اور ہر ایک کو اطلاع کب بھیجی گئی
breach-person-reference = کیس نمبر
breach-person-notified = اطلاع بھیجی گئی
breach-person-not-notified = ابھی نہیں
