# Amana — Central Kurdish (Sorani): text messages (SMS). Every locale has the same keys.
# Text messages (SMS), for people with a phone and no e-mail address. Keep each one short: one SMS holds 160
# Latin letters, or only 70 in any other script (Arabic, Cyrillic, Ethiopic, Georgian…) or with accents outside
# the GSM alphabet; a test fails on a text that needs more than two SMS. Nothing personal beyond the code.

# The sign-in code. It must fit in one SMS.
sms-sign-in = ئامانە: کۆدەکەت { $code }. بۆ { $minutes } خولەک کار دەکات. هەرگیز بە کەسی مەدە.
# A helper from an organisation asks to act for the person; the code says yes.
sms-mandate-request = ئامانە: { $organisation } داوا دەکات یارمەتیت بدات. تەنها ئەگەر ڕازیت، ئەم کۆدەیان پێ بدە: { $code }
sms-request-received = ئامانە: داواکارییەکەتمان وەرگرت. بۆ بەدواداچوونی بچۆ ژوورەوە: { $url }
sms-request-news = ئامانە: هەواڵی نوێ دەربارەی داواکارییەکەت هەیە. بۆ خوێندنەوەی بچۆ ژوورەوە: { $url }
