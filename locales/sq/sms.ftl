# Mesazhe me tekst (SMS) për njerëzit që kanë telefon, por jo adresë e-mail. Secili duhet të jetë i shkurtër: një SMS
# mban 160 shkronja latine, por vetëm 70 në një shkrim tjetër (arabisht, cirilik, etiopik, gjeorgjian…) ose me
# shkronja jashtë alfabetit GSM (si ë, ç); një test dështon për një tekst që do më shumë se dy SMS. Asgjë personale
# përveç kodit.

# Kodi për të hyrë. Duhet të zërë vetëm një SMS.
sms-sign-in = Amana: kodi { $code }. Vlen { $minutes } min. Mos ia jepni askujt.
# Një ndihmës nga një organizatë kërkon të veprojë për personin; kodi do të thotë po.
sms-mandate-request = Amana: { $organisation } kërkon t'ju ndihmojë. Jepuni këtë kod vetëm nëse jeni dakord: { $code }
sms-request-received = Amana: morëm kërkesën tuaj. Hyni për ta ndjekur: { $url }
sms-request-news = Amana: ka lajme për kërkesën tuaj. Hyni për t'i lexuar: { $url }
