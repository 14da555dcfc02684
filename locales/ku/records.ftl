# Amana — Kurmancî: kê li agahiyên te nêrî, û daxistina wan. Hemû ziman heman kilîtan bi kar tînin.

access-title = Kê li agahiyên min nêrî
access-intro = Her carê ku karmendek an alîkarek agahiyên te vedike an diguherîne, ew li vir tê tomarkirin: kengî, kê (kar û nivîsgeha wî), li çi nêrî, û sedema ku diviya bida.
access-none = Hîn tu kesî ji dezgehê an tu alîkarî li agahiyên te nenêriye.
access-no-more = Tomarên kevintir tune ne.
access-pages = Rûpel
access-newer = Tomarên nûtir
access-older = Tomarên kevintir
access-fields = Agahî:
access-reason = Sedema ku hat dayîn:
access-source-viewed = Di pergala xwe de li dosyaya te nêrî
access-purpose = Armanca ku gotin:
access-legal-basis = Bingeha qanûnî ya ku gotin:
access-record-viewed = Li agahiyên te nêrî
access-category-opened = Beşeke hesas a agahiyên te vekir
access-request-viewed = Li yek ji daxwazên te nêrî
access-field-corrected = Agahiyên te rast kir
access-field-erased = Agahiyên te jê bir
access-record-exported = Kopiyek ji agahiyên te çêkir
access-reason-handling-request = Ji bo birêvebirina daxwaza te
access-reason-identity-check = Ji bo kontrolkirina nasnameya te
access-reason-safety-concern = Ji ber fikarekê li ser ewlehiya kesekî
access-reason-legal-duty = Ji ber ku qanûn vê dixwaze

download-title = Agahiyên min daxe
download-intro = Tu dikarî kopiyeke temam bistînî ji hemû agahiyên ku li ser te hene, daxwazên te, bijartinên te yên razîbûnê û kê li agahiyên te nêrî. Wê li cihekî ewle biparêze: agahiyên kesane tê de hene.
download-printable = Kopiya ji bo xwendinê
download-printable-explained = Rûpelek bi zimanê te ku tu dikarî bixwînî, çap bikî an wek PDF tomar bikî.
download-json = Kopiya ji bo kompîturan (JSON)
download-json-explained = Pelek ku xizmeteke din an kompîtura alîkarekî dikare bixwîne.
export-title = Kopiyek ji agahiyên min
export-print-hint = Ji bo ku tu vê rûpelê biparêzî, di gerokê de "Print" (çap bike) an "Save as PDF" (wek PDF tomar bike) bi kar bîne.
export-generated = Dîroka çêkirinê
