# Amana — Persian (Farsi): text messages (SMS). Every locale has the same keys.
# Text messages (SMS), for people with a phone and no e-mail address. Keep each one short: one SMS holds 160
# Latin letters, or only 70 in any other script (Arabic, Cyrillic, Ethiopic, Georgian…) or with accents outside
# the GSM alphabet; a test fails on a text that needs more than two SMS. Nothing personal beyond the code.

# The sign-in code. It must fit in one SMS.
sms-sign-in = آمانا: کد ورود { $code }. تا { $minutes } دقیقه کار می‌کند. آن را به هیچ کس ندهید.
# A helper from an organisation asks to act for the person; the code says yes.
sms-mandate-request = آمانا: سازمان { $organisation } می‌خواهد به شما کمک کند. فقط اگر موافقید، این کد را به آن‌ها بدهید: { $code }
sms-request-received = آمانا: درخواست شما را دریافت کردیم. برای پیگیری آن وارد شوید: { $url }
sms-request-news = آمانا: خبر تازه‌ای دربارهٔ درخواست شما هست. برای خواندن آن وارد شوید: { $url }
