# Amana — shqip: kush i pa të dhënat tuaja, dhe shkarkimi i tyre. Çdo gjuhë ka të njëjtët çelësa.

access-title = Kush i pa të dhënat e mia
access-intro = Sa herë që një punonjës ose një ndihmës hap ose ndryshon informacionet tuaja, kjo shënohet këtu: kur, kush (roli dhe zyra e tij), çfarë pa, dhe arsyeja që duhej të jepte.
access-none = Askush nga autoriteti dhe asnjë ndihmës nuk i ka parë ende të dhënat tuaja.
access-no-more = Nuk ka shënime më të vjetra.
access-pages = Faqet
access-newer = Shënime më të reja
access-older = Shënime më të vjetra
access-fields = Informacioni:
access-reason = Arsyeja e dhënë:
access-source-viewed = Pa dosjen tuaj në sistemin e vet
access-purpose = Qëllimi që deklaroi:
access-legal-basis = Baza ligjore që deklaroi:
access-record-viewed = Pa të dhënat tuaja
access-category-opened = Hapi një pjesë të ndjeshme të të dhënave tuaja
access-request-viewed = Pa një nga kërkesat tuaja
access-field-corrected = Korrigjoi të dhënat tuaja
access-field-erased = Fshiu të dhënat tuaja
access-record-exported = Bëri një kopje të të dhënave tuaja
access-reason-handling-request = Për të trajtuar kërkesën tuaj
access-reason-identity-check = Për të kontrolluar identitetin tuaj
access-reason-safety-concern = Nga shqetësimi për sigurinë e dikujt
access-reason-legal-duty = Sepse e kërkon ligji

download-title = Shkarko të dhënat e mia
download-intro = Mund të merrni një kopje të plotë të gjithçkaje që mbahet për ju: kërkesat tuaja, zgjedhjet tuaja për pëlqimin dhe kush i ka parë të dhënat tuaja. Ruajeni në një vend të sigurt: përmban informacione personale.
download-printable = Kopje për t'u lexuar
download-printable-explained = Një faqe në gjuhën tuaj që mund ta lexoni, ta printoni ose ta ruani si PDF.
download-json = Kopje për kompjuter (JSON)
download-json-explained = Një skedar që mund ta lexojë një shërbim tjetër ose kompjuteri i një ndihmësi.
export-title = Një kopje e të dhënave të mia
export-print-hint = Për ta ruajtur këtë faqe, përdorni "Printo" ose "Ruaj si PDF" në shfletuesin tuaj.
export-generated = Bërë më
