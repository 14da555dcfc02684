# Amana — shqip: pëlqimi. Çdo gjuhë ka të njëjtët çelësa.

nav-consent = Pëlqimi
consent-title = Pëlqimi juaj
consent-intro = Disa nga informacionet tuaja përdoren vetëm nëse ju pranoni. Këtu mund të shihni secilin nga këto përdorime dhe të jepni ose të tërhiqni pëlqimin në çdo kohë. Tërheqja është po aq e lehtë sa dhënia, dhe vlen menjëherë.
notice-consent-changed = Zgjedhja juaj u ruajt. Vlen që tani.
consent-given = Ju e keni dhënë pëlqimin
consent-not-given = Ju nuk e keni dhënë pëlqimin
consent-give = Jep pëlqimin
consent-withdraw = Tërhiq pëlqimin
consent-history = Historia e zgjedhjeve tuaja
consent-history-none = Ende nuk ka asnjë zgjedhje të regjistruar.
consent-history-given = Pëlqimi u dha
consent-history-withdrawn = Pëlqimi u tërhoq
consent-version = versioni i tekstit
my-data-consent-withdrawn = Nuk përdoret më: ju e tërhoqët pëlqimin.

purpose-integration-support-explained = Ne i përdorim këto informacione për t'ju ofruar vend në shkollë, kurse gjuhe dhe ndihmë për të gjetur punë. I ndajmë me shkollën ose me ofruesin e kursit vetëm nëse ju pranoni.
purpose-resettlement-referral-explained = Ne i përdorim këto informacione për t'ju referuar për rivendosje në një vend tjetër. I ndajmë me organizatën UNHCR dhe me atë vend vetëm nëse ju pranoni.
purpose-service-updates-explained = Ju dërgojmë lajme për shërbime që mund t'ju ndihmojnë, si kurse të reja ose ndryshime në oraret e punës. Vetëm nëse ju pranoni.
