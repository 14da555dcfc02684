# Amana — Urdu: who looked at your data, and downloading it. Every locale has the same keys.

access-title = میری معلومات کس نے دیکھیں
access-intro = جب بھی عملے کا کوئی رکن یا کوئی مددگار آپ کی معلومات کھولتا ہے یا ان میں تبدیلی کرتا ہے، یہاں درج ہو جاتا ہے: کب، کس نے (اس کا عہدہ اور دفتر)، کیا دیکھا، اور اسے کیا وجہ بتانی پڑی۔
access-none = ابھی تک ادارے کے کسی فرد یا کسی مددگار نے آپ کی معلومات نہیں دیکھیں۔
access-no-more = اس سے پرانا کوئی اندراج نہیں۔
access-pages = صفحات
access-newer = نئے اندراجات
access-older = پرانے اندراجات
access-fields = معلومات:
access-reason = بتائی گئی وجہ:
access-source-viewed = اپنے سسٹم میں آپ کی فائل دیکھی
access-purpose = بتایا گیا مقصد:
access-legal-basis = بتائی گئی قانونی بنیاد:
access-record-viewed = آپ کی معلومات دیکھیں
access-category-opened = آپ کی معلومات کا ایک حساس حصہ کھولا
access-request-viewed = آپ کی ایک درخواست دیکھی
access-field-corrected = آپ کی معلومات درست کیں
access-field-erased = آپ کی معلومات مٹائیں
access-record-exported = آپ کی معلومات کی کاپی بنائی
access-reason-handling-request = آپ کی درخواست پر کارروائی کے لیے
access-reason-identity-check = آپ کی شناخت جانچنے کے لیے
access-reason-safety-concern = کسی کی حفاظت کی فکر کی وجہ سے
access-reason-legal-duty = کیونکہ قانون اس کا تقاضا کرتا ہے

download-title = میری معلومات ڈاؤن لوڈ کریں
download-intro = آپ اپنے بارے میں رکھی گئی ہر چیز کی پوری کاپی لے سکتے ہیں: آپ کی معلومات، آپ کی درخواستیں، رضامندی کے بارے میں آپ کے فیصلے، اور یہ کہ آپ کی معلومات کس نے دیکھیں۔ اسے کسی محفوظ جگہ رکھیں: اس میں ذاتی معلومات ہیں۔
download-printable = پڑھنے کے لیے کاپی
download-printable-explained = آپ کی زبان میں ایک صفحہ جسے آپ پڑھ سکتے ہیں، پرنٹ کر سکتے ہیں یا PDF کے طور پر محفوظ کر سکتے ہیں۔
download-json = کمپیوٹر کے لیے کاپی (JSON)
download-json-explained = ایک فائل جسے کوئی دوسری سروس یا کسی مددگار کا کمپیوٹر پڑھ سکتا ہے۔
export-title = میری معلومات کی ایک کاپی
export-print-hint = یہ صفحہ اپنے پاس رکھنے کے لیے اپنے براؤزر میں پرنٹ (Print) یا PDF کے طور پر محفوظ کرنے (Save as PDF) کا طریقہ استعمال کریں۔
export-generated = بنانے کی تاریخ
