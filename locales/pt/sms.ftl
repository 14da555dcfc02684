# Text messages (SMS), for people with a phone and no e-mail address. Keep each one short: one SMS holds 160
# Latin letters, or only 70 in any other script (Arabic, Cyrillic, Ethiopic, Georgian…) or with accents outside
# the GSM alphabet; a test fails on a text that needs more than two SMS. Nothing personal beyond the code.

# The sign-in code. It must fit in one SMS.
sms-sign-in = Amana: o seu código é { $code }. Vale { $minutes } min. Nunca o dê a ninguém.
# A helper from an organisation asks to act for the person; the code says yes.
sms-mandate-request = Amana: { $organisation } pede para o ajudar. Só se concordar, dê-lhe este código: { $code }
sms-request-received = Amana: recebemos o seu pedido. Entre para o acompanhar: { $url }
sms-request-news = Amana: o seu pedido tem novidades. Entre para as ler: { $url }
