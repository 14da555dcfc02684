# Amana — Urdu: text messages (SMS). Every locale has the same keys.
# Text messages (SMS), for people with a phone and no e-mail address. Keep each one short: one SMS holds 160
# Latin letters, or only 70 in any other script (Arabic, Cyrillic, Ethiopic, Georgian…) or with accents outside
# the GSM alphabet; a test fails on a text that needs more than two SMS. Nothing personal beyond the code.

# The sign-in code. It must fit in one SMS.
sms-sign-in = امانہ: لاگ ان کوڈ { $code }۔ { $minutes } منٹ تک کام کرے گا۔ کبھی کسی کو نہ دیں۔
# A helper from an organisation asks to act for the person; the code says yes.
sms-mandate-request = امانہ: تنظیم { $organisation } آپ کی مدد کرنا چاہتی ہے۔ اگر آپ راضی ہوں تب ہی انہیں یہ کوڈ دیں: { $code }
sms-request-received = امانہ: ہمیں آپ کی درخواست مل گئی ہے۔ اس کی صورتِ حال دیکھنے کے لیے لاگ ان کریں: { $url }
sms-request-news = امانہ: آپ کی درخواست کے بارے میں نئی خبر ہے۔ اسے پڑھنے کے لیے لاگ ان کریں: { $url }
