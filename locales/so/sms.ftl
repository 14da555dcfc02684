# Text messages (SMS), for people with a phone and no e-mail address. Keep each one short: one SMS holds 160
# Latin letters, or only 70 in any other script (Arabic, Cyrillic, Ethiopic, Georgian…) or with accents outside
# the GSM alphabet; a test fails on a text that needs more than two SMS. Nothing personal beyond the code.

# The sign-in code. It must fit in one SMS.
sms-sign-in = Amana: koodhkaagu waa { $code }. Wuxuu shaqaynayaa { $minutes } daqiiqo. Weligaa qofna ha siin.
# A helper from an organisation asks to act for the person; the code says yes.
sms-mandate-request = Amana: { $organisation } waxay codsanayaan inay ku caawiyaan. Haddii aad oggoshahay oo keliya, koodhkan sii: { $code }
sms-request-received = Amana: waan helnay codsigaaga. Soo gal si aad ula socoto: { $url }
sms-request-news = Amana: waxaa jira war cusub oo ku saabsan codsigaaga. Soo gal si aad u akhrido: { $url }
