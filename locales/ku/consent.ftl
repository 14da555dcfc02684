# Amana — Kurmancî: razîbûn. Hemû ziman heman kilîtan bi kar tînin.

nav-consent = Razîbûn
consent-title = Razîbûna te
consent-intro = Hin agahiyên te tenê bi razîbûna te têne bikaranîn. Li vir tu dikarî her yek ji van bikaranînan bibînî, û kengî bixwazî razîbûna xwe bidî an paşde bigirî. Paşdegirtin bi qasî dayînê hêsan e, û yekser derbasdar dibe.
notice-consent-changed = Bijartina te hat tomarkirin. Ji niha ve derbasdar e.
consent-given = Te razîbûna xwe daye
consent-not-given = Te razîbûna xwe nedaye
consent-give = Razîbûnê bide
consent-withdraw = Razîbûnê paşde bigire
consent-history = Dîroka bijartinên te
consent-history-none = Hîn tu bijartin nehatiye tomarkirin.
consent-history-given = Razîbûn hat dayîn
consent-history-withdrawn = Razîbûn hat paşdegirtin
consent-version = guhertoya nivîsê
my-data-consent-withdrawn = Êdî nayê bikaranîn: te razîbûna xwe paşde girt.

purpose-integration-support-explained = Em van agahiyan bi kar tînin da ku cihê dibistanê, qursên ziman û alîkariya dîtina kar pêşkêşî te bikin. Em wan tenê bi razîbûna te bi dibistanê an cihê qursê re parve dikin.
purpose-resettlement-referral-explained = Em van agahiyan bi kar tînin da ku te ji bo bicihbûna li welatekî din bişînin, û wan bi UNHCR û wî welatî re parve dikin. Ev tenê bi razîbûna te dibe.
purpose-service-updates-explained = Em nûçeyên li ser xizmetên ku dikarin alîkariya te bikin ji te re dişînin, wek qursên nû an guhertina demên vebûnê. Tenê bi razîbûna te.
