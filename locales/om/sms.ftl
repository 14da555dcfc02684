# Ergaawwan gabaabaa (SMS), namoota bilbila qabanii fi teessoo imeelii hin qabneef. Hunda gabaabsaa: SMS tokko
# qubee Laatinii 160 qabata, yookaan 70 qofa barreeffama biraatiin (Arabiffaa, Siriilikii, Ge'ez, Joorjiyaa…) ykn
# mallattoo alfaabeetii GSM keessa hin jirre yoo qabaate; ergaan SMS lama caalu qormaata ni kufsiisa. Koodii malee
# odeeffannoo dhuunfaa tokkollee hin qabatu.

# Koodii seensaa. SMS tokko keessatti galuu qaba.
sms-sign-in = Amana: koodiin keessan { $code } dha. Daqiiqaa { $minutes } qofa hojjeta. Gonkumaa nama kamiifuu hin kenninaa.
# Gargaaraan dhaabbata tokkoo bakka namichaa bu'ee hojjechuuf gaafata; koodiin "eeyyee" jechuu namichaati.
sms-mandate-request = Amana: { $organisation } isin gargaaruuf hayyama gaafata. Yoo walii galtan qofa, koodii kana isaaniif kennaa: { $code }
sms-request-received = Amana: gaaffiin keessan nu ga'eera. Hordofuuf asitti seenaa: { $url }
sms-request-news = Amana: waa'ee gaaffii keessanii oduun haaraan jira. Dubbisuuf asitti seenaa: { $url }
