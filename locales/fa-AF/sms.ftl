# Amana — Dari (fa-AF): text messages (SMS). Every locale has the same keys.
# Text messages (SMS), for people with a phone and no e-mail address. Keep each one short: one SMS holds 160
# Latin letters, or only 70 in any other script (Arabic, Cyrillic, Ethiopic, Georgian…) or with accents outside
# the GSM alphabet; a test fails on a text that needs more than two SMS. Nothing personal beyond the code.

# The sign-in code. It must fit in one SMS.
sms-sign-in = آمانا: کود ورود { $code }. تا { $minutes } دقیقه کار می‌کند. آن را به هیچ کس ندهید.
# A helper from an organisation asks to act for the person; the code says yes.
sms-mandate-request = آمانا: موسسهٔ { $organisation } می‌خواهد به شما کمک کند. فقط اگر موافق هستید، کود را به آن‌ها بدهید: { $code }
sms-request-received = آمانا: درخواست شما به ما رسید. برای پیگیری آن وارد شوید: { $url }
sms-request-news = آمانا: دربارهٔ درخواست شما خبر تازه‌ای هست. برای خواندن آن وارد شوید: { $url }
