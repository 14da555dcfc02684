# Amana — shqip: ankesat. Çdo gjuhë ka të njëjtët çelësa.

footer-oversight = Mbikëqyrje e pavarur:
footer-complain = Ankohuni për mënyrën si u trajtuan të dhënat tuaja
complaint-title = Bëni një ankesë
complaint-intro = Nëse mendoni se të dhënat tuaja nuk u trajtuan siç duhet, na e tregoni këtu. Ankesat shkojnë vetëm te zyrtari për mbrojtjen e të dhënave, kurrë te punonjësit për të cilët bëhet fjalë.
complaint-oversight-explained = Mund të ankoheni edhe drejtpërdrejt te ky autoritet i pavarur, në çdo kohë, falas.
complaint-signed-in = Ju keni hyrë në llogari, prandaj ankesa juaj do të lidhet me dosjen tuaj dhe mund ta ndiqni te "Kërkesat e mia".
complaint-anonymous = Ju nuk keni hyrë në llogari, prandaj ankesa juaj do të jetë anonime. Do të merrni një kod konfirmimi për ta ndjekur. Askush nuk do të mund t'ju kontaktojë.
complaint-text = Çfarë ndodhi?
complaint-text-hint = Shkruani me fjalët tuaja. Mos shkruani informacione për persona të tjerë.
complaint-related = A ka lidhje me një nga kërkesat tuaja? (nuk është e detyrueshme)
complaint-related-none = Jo, nuk ka lidhje me një kërkesë
complaint-send = Dërgo ankesën time
complaint-follow-link = Ndiqni një ankesë anonime me kodin e konfirmimit

receipt-title = Ankesa juaj u mor
receipt-intro = Kodi juaj i konfirmimit është:
receipt-keep-safe = Shkruajeni këtë kod diku dhe ruajeni në vend të sigurt. Shfaqet vetëm një herë, dhe është e vetmja mënyrë për të ndjekur ankesën tuaj.
receipt-follow = Shihni ankesën tuaj
receipt-gone = Kodi i konfirmimit shfaqet vetëm një herë. Nëse e keni, mund ta përdorni për të ndjekur ankesën tuaj.

lookup-title = Ndiqni një ankesë
lookup-intro = Shkruani kodin e konfirmimit që morët kur dërguat ankesën.
lookup-code = Kodi i konfirmimit
lookup-code-hint = 16 shkronja dhe numra, për shembull ABCD-EF23-GH45-JK67.
lookup-submit = Trego ankesën time
complaint-status-title = Ankesa juaj
status-no-complaint = Nuk ka ankesë për të treguar. Shkruani së pari kodin e konfirmimit.

CP-001 = Shkruani çfarë ndodhi para se ta dërgoni.
CP-002 = Teksti është shumë i gjatë. Ju lutemi shkurtojeni deri në 2000 shenja.
CP-003 = Zgjidhni një nga kërkesat tuaja, ose asnjë.
CP-004 = Asnjë ankesë nuk ka këtë kod konfirmimi. Kontrolloni kodin dhe provoni përsëri.
complaint-staff-member = Emri ose e-maili i një punonjësi, nëse ankesa ka të bëjë me të (nuk është e detyrueshme)
complaint-staff-member-hint = Nëse e dini kush i trajtoi keq të dhënat tuaja, shkruajeni këtu. Ai person nuk do ta shohë kurrë ankesën tuaj.
