# Amana — Somali (so): consent. Every locale has the same keys.

nav-consent = Oggolaansho
consent-title = Oggolaanshahaaga
consent-intro = Qaar ka mid ah macluumaadkaaga waxaa la isticmaalaa oo keliya haddii aad oggolaato. Halkan waxaad ku arki kartaa isticmaal kasta oo noocaas ah. Waxaad bixin kartaa oggolaanshahaaga ama ka noqon kartaa wakhti kasta. Ka noqoshadu way u fudud tahay sida bixintu oo kale, isla markiiba way dhaqan gashaa.
notice-consent-changed = Doorashadaada waa la kaydiyay. Hadda ayay dhaqan gashay.
consent-given = Waad bixisay oggolaanshahaaga
consent-not-given = Ma aadan bixin oggolaanshahaaga
consent-give = Bixi oggolaansho
consent-withdraw = Ka noqo oggolaanshaha
consent-history = Taariikhda doorashooyinkaaga
consent-history-none = Weli wax doorasho ah lama diiwaangelin.
consent-history-given = Oggolaansho la bixiyay
consent-history-withdrawn = Oggolaanshaha laga noqday
consent-version = nuqulka qoraalka
my-data-consent-withdrawn = Mar dambe lama isticmaalo: waad ka noqotay oggolaanshahaaga.

purpose-integration-support-explained = Macluumaadkan waxaan u isticmaalnaa inaan kuu soo bandhigno boos dugsi, koorsooyin luqadeed iyo caawimaad aad shaqo ku hesho. Waxaan la wadaagnaa dugsiga ama cidda bixisa koorsada oo keliya haddii aad oggolaato.
purpose-resettlement-referral-explained = Macluumaadkan waxaan u isticmaalnaa inaan kuu gudbino dib-u-dejin waddan kale. Waxaan la wadaagnaa UNHCR iyo waddankaas oo keliya haddii aad oggolaato.
purpose-service-updates-explained = Waxaan kuu soo dirnaa warar ku saabsan adeegyo ku caawin kara, sida koorsooyin cusub ama isbeddel ku yimid saacadaha furitaanka. Kaliya haddii aad oggolaato.
