# Amana — Somali (so): complaints. Every locale has the same keys.

footer-oversight = Kormeer madax-bannaan:
footer-complain = Ka cabo sida xogtaada loola dhaqmay
complaint-title = Gudbi cabasho
complaint-intro = Haddii aad u malaynayso in xogtaada si khaldan loola dhaqmay, halkan noogu sheeg. Cabashooyinku waxay u tagaan oo keliya sarkaalka ilaalinta xogta. Weligood uma tagaan shaqaalaha laga cabanayo.
complaint-oversight-explained = Waxaad sidoo kale si toos ah cabasho ugu diri kartaa hay'addan madax-bannaan, wakhti kasta, bilaash.
complaint-signed-in = Waad soo gashay, sidaas darteed cabashadaada waxaa lagu xiri doonaa kiiskaaga. Waxaad kala socon kartaa "Codsiyadayda".
complaint-anonymous = Ma aadan soo gelin, sidaas darteed cabashadaadu magac la'aan ayay noqon doontaa. Waxaad heli doontaa koodh rasiid ah si aad ula socoto. Qofna ma awoodi doono inuu kula soo xiriiro.
complaint-text = Maxaa dhacay?
complaint-text-hint = Ku qor ereyadaada. Ha ku darin macluumaad ku saabsan dad kale.
complaint-related = Ma waxay ku saabsan tahay mid ka mid ah codsiyadaada? (haddii aad rabto)
complaint-related-none = Maya, kuma saabsana codsi
complaint-send = Dir cabashadayda
complaint-follow-link = La soco cabasho magac la'aan ah adigoo isticmaalaya koodhkeeda rasiidka

receipt-title = Cabashadaada waa la helay
receipt-intro = Koodhkaaga rasiidku waa:
receipt-keep-safe = Koodhkan qor oo meel ammaan ah ku hay. Hal mar oo keliya ayaa lagu tusayaa. Waana sida keliya ee aad ula socon karto cabashadaada.
receipt-follow = Arag cabashadaada
receipt-gone = Koodhka rasiidka hal mar oo keliya ayaa la muujiyaa. Haddii aad haysato, waxaad u isticmaali kartaa inaad ula socoto cabashadaada.

lookup-title = La soco cabasho
lookup-intro = Qor koodhka rasiidka ee aad heshay markii aad dirtay cabashadaada.
lookup-code = Koodhka rasiidka
lookup-code-hint = 16 xaraf iyo lambar, tusaale ahaan ABCD-EF23-GH45-JK67.
lookup-submit = I tus cabashadayda
complaint-status-title = Cabashadaada
status-no-complaint = Ma jirto cabasho la muujiyo. Marka hore qor koodhkaaga rasiidka.

CP-001 = Qor waxa dhacay ka hor intaadan dirin.
CP-002 = Taasi aad bay u dheer tahay. Fadlan ka dhig 2000 xaraf ama ka yar.
CP-003 = Dooro mid ka mid ah codsiyadaada, ama midna.
CP-004 = Ma jirto cabasho leh koodhkan rasiidka. Hubi koodhka oo isku day mar kale.
complaint-staff-member = Magaca ama iimaylka qofka shaqaalaha ah, haddii cabashadu ku saabsan tahay qof shaqaale ah (haddii aad rabto)
complaint-staff-member-hint = Haddii aad taqaanno qofka si xun ula dhaqmay xogtaada, halkan ku qor. Qofkaas weligiis ma arki doono cabashadaada.
