# Text messages (SMS), for people with a phone and no e-mail address. Keep each one short: one SMS holds 160
# Latin letters, or only 70 in any other script (Arabic, Cyrillic, Ethiopic, Georgian…) or with accents outside
# the GSM alphabet; a test fails on a text that needs more than two SMS. Nothing personal beyond the code.

# The sign-in code. It must fit in one SMS.
sms-sign-in = Amana code: { $code }. Valid for { $minutes } min. Never give it to anyone.
# A helper from an organisation asks to act for the person; the code says yes.
sms-mandate-request = Amana: { $organisation } asks to help you. Only if you agree, give them this code: { $code }
sms-request-received = Amana: we received your request. Sign in to follow it: { $url }
sms-request-news = Amana: there is news about your request. Sign in to read it: { $url }
