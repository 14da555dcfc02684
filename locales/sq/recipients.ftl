# Marrësit jashtë autoritetit dhe marrëveshjet e tyre për ndarjen e të dhënave: lista publike (/recipients),
# regjistri i administratorëve dhe emrat te "Të dhënat e mia".
nav-recipients = Marrësit
footer-recipients = Kush merr të dhëna prej nesh
my-data-recipients = Organizatat që e marrin
recipients-title = Kush merr të dhëna prej nesh
recipients-intro = Këto organizata marrin prej nesh disa të dhëna personale, secila me një marrëveshje me shkrim. Ja çfarë lejon secila marrëveshje.
recipients-none = Për momentin asnjë organizatë jashtë autoritetit nuk merr të dhëna personale prej nesh.
recipients-kind = Lloji i organizatës
recipients-country = Vendi
recipients-purpose = Për çfarë qëllimi
recipients-legal-basis = Baza ligjore
recipients-categories = Llojet e të dhënave që merr
recipients-retention = Sa kohë mund t'i mbajë të dhënat
recipients-days =
    { $days ->
        [one] { $days } ditë
       *[other] { $days } ditë
    }
recipients-breach-notice = Afati për të na njoftuar për një shkelje të të dhënave
recipients-hours =
    { $hours ->
        [one] { $hours } orë
       *[other] { $hours } orë
    }
recipients-terms = Gjithmonë
recipients-terms-fixed = Marrësi nuk mund t'ia japë të dhënat askujt tjetër, dhe ne mund të kontrollojmë si i trajton ato.
recipients-ends-on = Dita e fundit e marrëveshjes
recipients-register-title = Marrësit dhe marrëveshjet
recipients-register-intro = Regjistroni çdo organizatë që merr të dhëna personale, bashkë me marrëveshjen e saj për ndarjen e të dhënave. Një autoritet shtetëror i një vendi nga i cili njerëzit detyrohen të largohen për të kërkuar mbrojtje nuk mund të marrë kurrë të dhëna që tregojnë se dikush ka kërkuar mbrojtje, ose ku dhe me kë jeton.
recipients-origin-authority = Autoritet i vendit të origjinës
recipients-origin-authority-choice = Ky është një autoritet shtetëror i një vendi nga i cili njerëzit detyrohen të largohen për të kërkuar mbrojtje
recipients-add-heading = Shto një marrës
recipients-name = Emri i organizatës
recipients-country-hint = Dy shkronja, për shembull DE ose KE.
recipients-retention-days = Sa ditë mund t'i mbajë të dhënat (nga 1 deri në 1095)
recipients-breach-notice-hours = Brenda sa orëve duhet të na njoftojë për një shkelje (jo më shumë se 24)
recipients-ends-on-hint = Dita e fundit e marrëveshjes, për shembull 2027-12-31.
recipients-add = Shto marrësin
recipients-added = Marrësi dhe marrëveshja e tij u regjistruan.
RC-001 = Një autoritet shtetëror i një vendi nga i cili njerëzit detyrohen të largohen për të kërkuar mbrojtje nuk mund të marrë kurrë këto lloje të dhënash.
RC-002 = Shkruani vendin me dy shkronja, si DE ose KE.
RC-003 = Shkruani ditën e fundit të marrëveshjes, pas ditës së sotme, si 2027-12-31.
RC-004 = Një marrës duhet të na njoftojë për një shkelje brenda 24 orëve: shkruani një numër nga 1 deri në 24.
RC-005 = Ekziston tashmë një marrës me këtë emër.
