# Text messages (SMS), for people with a phone and no e-mail address. Keep each one short: one SMS holds 160
# Latin letters, or only 70 in any other script (Arabic, Cyrillic, Ethiopic, Georgian…) or with accents outside
# the GSM alphabet; a test fails on a text that needs more than two SMS. Nothing personal beyond the code.

# The sign-in code. It must fit in one SMS.
sms-sign-in = Amana: msimbo wako ni { $code }. Unafanya kazi kwa dakika { $minutes }. Usimpe mtu yeyote kamwe.
# A helper from an organisation asks to act for the person; the code says yes.
sms-mandate-request = Amana: { $organisation } wanaomba kukusaidia. Ikiwa tu unakubali, wape msimbo huu: { $code }
sms-request-received = Amana: tumepokea ombi lako. Ingia ili kulifuatilia: { $url }
sms-request-news = Amana: kuna habari mpya kuhusu ombi lako. Ingia ili kuzisoma: { $url }
