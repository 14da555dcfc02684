# Amana — Pashto (پښتو): text messages (SMS). Every locale has the same keys.
# Text messages (SMS), for people with a phone and no e-mail address. Keep each one short: one SMS holds 160
# Latin letters, or only 70 in any other script (Arabic, Cyrillic, Ethiopic, Georgian…) or with accents outside
# the GSM alphabet; a test fails on a text that needs more than two SMS. Nothing personal beyond the code.

# The sign-in code. It must fit in one SMS.
sms-sign-in = امانه: د ننوتلو کوډ { $code }. { $minutes } دقیقې کار کوي. هېچا ته یې مه ورکوئ.
# A helper from an organisation asks to act for the person; the code says yes.
sms-mandate-request = امانه: { $organisation } غواړي مرسته درسره وکړي. یوازې که موافق یاست، دا کوډ ورته ورکړئ: { $code }
sms-request-received = امانه: موږ ستاسو غوښتنه ترلاسه کړه. د تعقیبولو لپاره ننوځئ: { $url }
sms-request-news = امانه: ستاسو د غوښتنې په اړه نوی خبر دی. د لوستلو لپاره ننوځئ: { $url }
