# Amana — Afaan Oromoo: komii. Afaan hundi furtuuwwan wal fakkaatan qaba.

footer-oversight = To'annoo walabaa:
footer-complain = Waa'ee akkaataa odeeffannoon keessan itti qabameetiin komii dhiyeessaa
complaint-title = Komii dhiyeessuu
complaint-intro = Yoo odeeffannoon keessan sirnaan hin qabamne jettanii yaaddan, asitti nutti himaa. Komiin itti gaafatamaa eegumsa odeeffannoo qofa bira ga'a; hojjettoota komiin isaan ilaallatu biraan gonkumaa hin ga'u.
complaint-oversight-explained = Qaama walabaa kanaaf illee kallattiin, yeroo kamiyyuu, kaffaltii malee komii dhiyeessuu dandeessu.
complaint-signed-in = Seentanii jirtu, kanaaf komiin keessan dhimma keessan waliin walqabata; “Gaaffiiwwan koo” jalatti hordofuu dandeessu.
complaint-anonymous = Hin seenne, kanaaf komiin keessan maqaa malee ta'a. Komii keessan hordofuuf koodii ragaa ni argattu. Namni tokkollee isin qunnamuu hin danda'u.
complaint-text = Maaltu ta'e?
complaint-text-hint = Jechoota mataa keessaniin barreessaa. Odeeffannoo waa'ee namoota biroo hin galchinaa.
complaint-related = Gaaffii keessan tokko ilaallataa? (dirqama miti)
complaint-related-none = Lakki, gaaffii tokkollee hin ilaallatu
complaint-send = Komii koo ergi
complaint-follow-link = Komii maqaa malee koodii ragaa isaatiin hordofuu

receipt-title = Komiin keessan nu ga'eera
receipt-intro = Koodiin ragaa keessanii:
receipt-keep-safe = Koodii kana barreeffadhaatii bakka nagaa qabadhaa. Kan mul'atu al tokko qofa; komii keessan hordofuuf karaan jiru isa qofa.
receipt-follow = Komii keessan ilaalaa
receipt-gone = Koodiin ragaa al tokko qofa mul'ata. Yoo isin bira jiraate, komii keessan hordofuuf itti fayyadamuu dandeessu.

lookup-title = Komii hordofuu
lookup-intro = Koodii ragaa yeroo komii ergitan argattan barreessaa.
lookup-code = Koodii ragaa
lookup-code-hint = Qubee fi lakkoofsa 16, fakkeenyaaf ABCD-EF23-GH45-JK67.
lookup-submit = Komii koo agarsiisi
complaint-status-title = Komii keessan
status-no-complaint = Komiin agarsiifamu hin jiru. Jalqaba koodii ragaa keessanii barreessaa.

CP-001 = Osoo hin ergin dura maal akka ta'e barreessaa.
CP-002 = Kun baay'ee dheeraa dha. Maaloo mallattoo 2000 akka hin caalle gabaabsaa.
CP-003 = Gaaffiiwwan keessan keessaa tokko filadhaa, ykn homaa hin filatinaa.
CP-004 = Komiin koodii ragaa kana qabu hin jiru. Koodii ilaalaatii irra deebi'aa yaalaa.
complaint-staff-member = Maqaa ykn imeelii hojjetaa, yoo komiin hojjetaa tokko ilaallate (dirqama miti)
complaint-staff-member-hint = Yoo eenyu akka odeeffannoo keessan sirnaan hin qabne beektan, asitti barreessaa. Namni sun komii keessan gonkumaa hin argu.
