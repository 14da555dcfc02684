# Amana — Afaan Oromoo: eenyu odeeffannoo keessan ilaale, fi buusuu. Afaan hundi furtuuwwan wal fakkaatan qaba.

access-title = Eenyutu odeeffannoo koo ilaale
access-intro = Yeroo hojjetaan ykn gargaaraan tokko odeeffannoo keessan banu ykn jijjiiru hunda, asitti galmaa'a: yoom, eenyu (gahee fi waajjira isaa), maal akka ilaale, fi sababa inni kennuu qabu.
access-none = Hanga ammaatti namni abbaa taayitaa irraa ykn gargaaraan tokkollee odeeffannoo keessan hin ilaalle.
access-no-more = Galmeen kana caalaa durii hin jiru.
access-pages = Fuulota
access-newer = Galmeewwan haaraa
access-older = Galmeewwan durii
access-fields = Odeeffannoo:
access-reason = Sababa kenname:
access-source-viewed = Sirna abbaa taayitaa mataa isaa keessatti (Amana ala) galmee keessan ilaale
access-purpose = Kaayyoo ibsame:
access-legal-basis = Bu'uura seeraa ibsame:
access-record-viewed = Odeeffannoo keessan ilaale
access-category-opened = Kutaa iccitii addaa odeeffannoo keessanii bane
access-request-viewed = Gaaffiiwwan keessan keessaa tokko ilaale
access-field-corrected = Odeeffannoo keessan sirreesse
access-field-erased = Odeeffannoo keessan haqe
access-record-exported = Garagalcha odeeffannoo keessanii baase
access-reason-handling-request = Gaaffii keessan hojjechuuf
access-reason-identity-check = Eenyummaa keessan mirkaneessuuf
access-reason-safety-concern = Nageenya nama tokkoo irratti yaaddoo waan jiruuf
access-reason-legal-duty = Seerri waan dirqisiisuuf

download-title = Odeeffannoo koo buusuu
download-intro = Garagalcha guutuu wanta waa'ee keessan qabame hundaa, gaaffiiwwan keessanii, filannoo hayyamaa keessanii fi eenyu akka odeeffannoo keessan ilaale fudhachuu dandeessu. Bakka nagaa qabadhaa: odeeffannoo dhuunfaa of keessaa qaba.
download-printable = Garagalcha dubbifamu
download-printable-explained = Fuula afaan keessaniin jiru, kan dubbisuu, maxxansuu ykn akka PDF tti olkaa'uu dandeessan.
download-json = Garagalcha kompiitaraaf (JSON)
download-json-explained = Faayila tajaajilli biraa ykn kompiitarri gargaaraa dubbisuu danda'u.
export-title = Garagalcha odeeffannoo koo
export-print-hint = Fuula kana qabachuuf, brawuzarii keessan keessatti “Print” ykn “Save as PDF” fayyadamaa.
export-generated = Guyyaa qophaa'e
