# Text messages (SMS), for people with a phone and no e-mail address. Keep each one short: one SMS holds 160
# Latin letters, or only 70 in any other script (Arabic, Cyrillic, Ethiopic, Georgian…) or with accents outside
# the GSM alphabet; a test fails on a text that needs more than two SMS. Nothing personal beyond the code.

# The sign-in code. It must fit in one SMS.
sms-sign-in = Amana: koda te { $code } e. { $minutes } deqîqeyan dixebite. Qet nede tu kesî.
# A helper from an organisation asks to act for the person; the code says yes.
sms-mandate-request = Amana: { $organisation } dixwaze alîkariya te bike. Tenê heke tu razî bî, vê kodê bide wan: { $code }
sms-request-received = Amana: daxwaza te gihîşt me. Ji bo şopandinê têkeve: { $url }
sms-request-news = Amana: nûçeyek li ser daxwaza te heye. Ji bo xwendinê têkeve: { $url }
