# Text messages (SMS), for people with a phone and no e-mail address. Keep each one short: one SMS holds 160
# Latin letters, or only 70 in any other script (Arabic, Cyrillic, Ethiopic, Georgian…) or with accents outside
# the GSM alphabet; a test fails on a text that needs more than two SMS. Nothing personal beyond the code.

# The sign-in code. It must fit in one SMS.
sms-sign-in = Amana: ኮድዎ { $code } ነው። ለ{ $minutes } ደቂቃ ይሠራል። በፍጹም ለማንም አይስጡ።
# A helper from an organisation asks to act for the person; the code says yes.
sms-mandate-request = Amana: { $organisation } ሊረዳዎት ፈቃድ ይጠይቃል። ከተስማሙ ብቻ ይህን ኮድ ይስጧቸው፦ { $code }
sms-request-received = Amana: ጥያቄዎ ደርሶናል። ለመከታተል ይግቡ፦ { $url }
sms-request-news = Amana: ስለ ጥያቄዎ አዲስ ነገር አለ። ለማንበብ ይግቡ፦ { $url }
