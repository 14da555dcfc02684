# Amana — Somali (so): who looked at your data, and downloading it. Every locale has the same keys.

access-title = Yaa eegay xogtayda
access-intro = Mar kasta oo shaqaale ama caawiye uu furo ama beddelo macluumaadkaaga, halkan ayaa lagu diiwaangeliyaa: goorta, cidda (doorkooda iyo xafiiskooda), waxa ay eegeen, iyo sababta ay ahayd inay bixiyaan.
access-none = Weli qofna oo ka tirsan hay'adda ama caawiye ma eegin xogtaada.
access-no-more = Ma jiraan diiwaanno ka horreeya.
access-pages = Bogagga
access-newer = Kuwa cusub
access-older = Kuwa hore
access-fields = Macluumaadka:
access-reason = Sababta la bixiyay:
access-source-viewed = Faylkaaga ayaa laga eegay nidaamkooda gaarka ah
access-purpose = Ujeeddada ay sheegeen:
access-legal-basis = Saldhigga sharci ee ay sheegeen:
access-record-viewed = Xogtaada waa la eegay
access-category-opened = Qayb xasaasi ah oo xogtaada ka mid ah ayaa la furay
access-request-viewed = Mid ka mid ah codsiyadaada ayaa la eegay
access-field-corrected = Xogtaada waa la saxay
access-field-erased = Xogtaada waa la tirtiray
access-record-exported = Nuqul ayaa laga sameeyay xogtaada
access-reason-handling-request = Si wax looga qabto codsigaaga
access-reason-identity-check = Si loo hubiyo aqoonsigaaga
access-reason-safety-concern = Walaac laga qabo badbaadada qof awgeed
access-reason-legal-duty = Sababtoo ah sharcigu wuu dalbanayaa

download-title = Soo deji xogtayda
download-intro = Waxaad qaadan kartaa nuqul buuxa oo ah wax kasta oo lagaa hayo, codsiyadaada, doorashooyinkaaga oggolaanshaha iyo cidda eegtay xogtaada. Meel ammaan ah ku hay: waxaa ku jira macluumaad shakhsi ah.
download-printable = Nuqul la akhriyi karo
download-printable-explained = Bog ku qoran luqaddaada oo aad akhriyi karto, daabici karto, ama u kaydin karto PDF ahaan.
download-json = Nuqul kombiyuutarrada loogu talagalay (JSON)
download-json-explained = Fayl uu akhriyi karo adeeg kale ama kombiyuutarka caawiye.
export-title = Nuqul xogtayda ah
export-print-hint = Si aad boggan u kaydsato, isticmaal "Print" ama "Save as PDF" ee browser-kaaga.
export-generated = La sameeyay
