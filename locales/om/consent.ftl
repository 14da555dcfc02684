# Amana — Afaan Oromoo: hayyama. Afaan hundi furtuuwwan wal fakkaatan qaba.

nav-consent = Hayyama
consent-title = Hayyama keessan
consent-intro = Odeeffannoon keessan tokko tokko kan itti fayyadamamu yoo isin walii galtan qofa. Asitti itti fayyadama kana tokkoon tokkoon isaa ilaaluu, hayyama keessan kennuu ykn yeroo kamiyyuu deebifachuu dandeessu. Deebifachuun akkuma kennuu salphaa dha; battalumatti hojiirra oola.
notice-consent-changed = Filannoon keessan olkaa'ameera. Amma irraa eegalee hojiirra oola.
consent-given = Hayyama keessan kennitaniittu
consent-not-given = Hayyama keessan hin kennine
consent-give = Hayyama kennuu
consent-withdraw = Hayyama deebifachuu
consent-history = Seenaa filannoowwan keessanii
consent-history-none = Hanga ammaatti filannoon galmaa'e hin jiru.
consent-history-given = Hayyamni kenname
consent-history-withdrawn = Hayyamni deebifame
consent-version = gulaallii barreeffamaa
my-data-consent-withdrawn = Kana booda itti hin fayyadamamu: hayyama keessan deebifattaniittu.

purpose-integration-support-explained = Odeeffannoo kana iddoo mana barumsaa, koorsii afaanii fi hojii barbaaduuf gargaarsa isiniif dhiyeessuuf itti fayyadamna. Mana barumsaa ykn kan koorsii kennu waliin kan qoodnu yoo isin walii galtan qofa.
purpose-resettlement-referral-explained = Odeeffannoo kana biyya biraatti akka qubattaniif isin erguuf itti fayyadamna. UNHCR fi biyya sana waliin kan qoodnu yoo isin walii galtan qofa.
purpose-service-updates-explained = Oduu tajaajiloota isin gargaaruu danda'an, kan akka koorsii haaraa ykn jijjiirama sa'aatii hojii, isiniif ergina. Kanas kan goonu yoo isin walii galtan qofa.
