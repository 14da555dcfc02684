# عوامی شفافیت کا صفحہ (/transparency) اور اس کی CSV فائل۔ اسے کوئی بھی پڑھ سکتا ہے: آسان الفاظ، مشکل اصطلاحات کے بغیر۔
footer-transparency = ہم درخواستوں کو کیسے نمٹاتے ہیں: اعداد و شمار اور اصول
transparency-title = ہم درخواستوں کو کیسے نمٹاتے ہیں: اعداد و شمار اور اصول
transparency-intro = ہر مہینے ہم بتاتے ہیں کہ ذاتی معلومات کے بارے میں ہمیں کتنی درخواستیں ملیں اور ہم نے کتنی کا جواب دیا، کتنی جلدی جواب دیا، اور کچھ درخواستیں کیوں منظور نہیں کیں۔ ان اعداد و شمار سے کسی کو پہچانا نہیں جا سکتا۔
transparency-computed-at = یہ اعداد و شمار { $moment } (عالمی وقت، UTC) پر گنے گئے۔ موجودہ مہینہ ابھی ختم نہیں ہوا۔
transparency-none-yet = اعداد و شمار ابھی نہیں گنے گئے۔ براہ کرم بعد میں دوبارہ آئیں۔
transparency-download = یہ اعداد و شمار ڈاؤن لوڈ کریں (CSV فائل)
transparency-rule-heading = ہم کیسے گنتے ہیں
transparency-rule-zero = جب کچھ نہ ہوا ہو تو ہم 0 لکھتے ہیں۔
transparency-rule-fewer = 1 سے 7 تک ہم "8 سے کم" لکھتے ہیں، تاکہ کسی کو پہچانا نہ جا سکے۔
transparency-rule-rounded = باقی عدد اس قریب ترین عدد میں بدل دیے جاتے ہیں جو 5 پر پورا تقسیم ہو (جیسے 10، 15 یا 20)۔
transparency-rule-totals = کل تعداد درست عددوں سے گنی جاتی ہے اور پھر قریب ترین عدد میں بدلی جاتی ہے، اس لیے یہ قطاروں کے مجموعے سے مختلف ہو سکتی ہے۔
transparency-rule-rates = وقت اور فیصد صرف اس وقت دکھائے جاتے ہیں جب وہ کم از کم 23 ایسی درخواستوں سے گنے گئے ہوں جن کا جواب دیا جا چکا ہو۔
transparency-rule-quarters = درخواستوں کی قسمیں اور نامنظوری کی وجوہات ہر سہ ماہی (ہر تین مہینے) کے لیے دکھائی جاتی ہیں، کیونکہ صرف ایک مہینے کے عدد اتنے چھوٹے ہوتے ہیں کہ دکھائے نہیں جا سکتے۔
transparency-fewer-than-eight = 8 سے کم
transparency-too-few = بتانے کے لیے بہت کم
transparency-percent = { $percent }%
transparency-days =
    { $days ->
        [one] { $days } دن
       *[other] { $days } دن
    }
transparency-months-heading = ہر مہینے کی درخواستیں
transparency-chart-volume = ہر مہینے موصول اور بند ہونے والی درخواستیں
transparency-chart-note = ستون نیچے والے جدول کے عدد دکھاتے ہیں۔ ستونوں کے نیچے لکھے عدد مہینے ہیں۔
transparency-chart-timely = ایک مہینے کے اندر جواب پانے والی درخواستوں کا حصہ
transparency-chart-timely-note = ڈیش (–) کا مطلب ہے کہ اس مہینے اتنی کم درخواستوں کا جواب دیا گیا کہ کچھ کہا نہیں جا سکتا۔
transparency-months-caption = ہر مہینے کی درخواستیں، سب قسمیں ملا کر
transparency-quarters-heading = ہر قسم کی درخواست، ہر سہ ماہی میں
transparency-quarters-caption = سہ ماہی اور درخواست کی قسم کے لحاظ سے درخواستیں
transparency-reasons-heading = درخواستیں کیوں نامنظور ہوئیں
transparency-reasons-caption = ہر سہ ماہی کی نامنظوریاں، بتائی گئی وجہ کے لحاظ سے (ایک فیصلے میں کئی وجوہات ہو سکتی ہیں)
transparency-month = مہینہ
transparency-quarter = سہ ماہی
transparency-kind = درخواست کی قسم
transparency-reason = وجہ
transparency-all-kinds = سب قسمیں ملا کر
transparency-received = موصول ہوئیں
transparency-closed = جواب دیا گیا یا واپس لی گئیں
transparency-median = جواب کا عام وقت (میڈین)
transparency-within-month = ایک مہینے کے اندر جواب
transparency-within-extended = بڑھائی گئی مدت کے اندر جواب
transparency-extensions = جواب کی مدت بڑھائی گئی
transparency-refusals = پوری یا کچھ حصے میں نامنظور
transparency-routing-heading = درخواست کون نمٹاتا ہے
transparency-routing-intro = ہر نئی درخواست ان اصولوں کے مطابق، اسی ترتیب سے، کسی ٹیم کو جاتی ہے۔ جو اصول سب سے پہلے لاگو ہو، وہی فیصلہ کرتا ہے۔
transparency-routing-every = کسی بھی قسم کی ہوں
transparency-routing-kind = "{ $value }" قسم کی ہوں
transparency-routing-category = "{ $value }" کے بارے میں ہوں
transparency-routing-language = { $value } میں لکھی گئی ہوں
transparency-routing-region = علاقے { $value } سے ہوں
transparency-routing-sensitive = حساس معلومات سے متعلق ہوں
transparency-routing-not-sensitive = کسی حساس معلومات سے متعلق نہ ہوں
transparency-routing-rule = وہ درخواستیں جو { $conditions }، ٹیم "{ $team }" کو جاتی ہیں۔
transparency-routing-rest = باقی ہر درخواست ٹیم "{ $team }" کو جاتی ہے۔
transparency-routing-human = ہر درخواست کا فیصلہ ادارے کا ایک انسان کرتا ہے۔ کوئی کمپیوٹر فیصلہ نہیں کرتا: یہ اصول صرف یہ چنتے ہیں کہ کون سی ٹیم درخواست پڑھے گی۔
transparency-breaches = ذاتی معلومات کی خلاف ورزیاں جن کی اطلاع نگران ادارے کو دی گئی
