# Amana — Arabic (العربية): text messages (SMS). Every locale has the same keys.
# Text messages (SMS), for people with a phone and no e-mail address. Keep each one short: one SMS holds 160
# Latin letters, or only 70 in any other script (Arabic, Cyrillic, Ethiopic, Georgian…) or with accents outside
# the GSM alphabet; a test fails on a text that needs more than two SMS. Nothing personal beyond the code.

# The sign-in code. It must fit in one SMS.
sms-sign-in = أمانة: رمز الدخول { $code }. صالح لمدة { $minutes } دقائق. لا تعطِه لأي أحد.
# A helper from an organisation asks to act for the person; the code says yes.
sms-mandate-request = أمانة: منظمة { $organisation } تطلب أن تساعدك. لا تعطِهم هذا الرمز إلا إذا وافقت: { $code }
sms-request-received = أمانة: وصلنا طلبك. سجّل الدخول لمتابعته: { $url }
sms-request-news = أمانة: هناك جديد بخصوص طلبك. سجّل الدخول لقراءته: { $url }
