# Amana — پښتو: چا ستاسو معلوماتو ته کتلي، او د معلوماتو ډاونلوډ.

access-title = چا زما معلوماتو ته کتلي دي
access-intro = هر ځل چې د ادارې کوم کارکوونکی یا کوم مرستندوی ستاسو معلومات پرانیزي یا بدلوي، دلته ثبتېږي: کله، چا (د هغه دنده او دفتر)، څه یې کتل، او هغه دلیل چې دوی یې باید ووایي.
access-none = تر اوسه د ادارې هېڅ کارکوونکي او هېڅ مرستندوي ستاسو معلوماتو ته نه دي کتلي.
access-no-more = نور زاړه ثبتونه نشته.
access-pages = پاڼې
access-newer = نوي ثبتونه
access-older = زاړه ثبتونه
access-fields = معلومات:
access-reason = ویل شوی دلیل:
access-source-viewed = په خپل سیستم کې یې ستاسو دوسیې ته وکتل
access-purpose = ویل شوې موخه:
access-legal-basis = ویل شوی قانوني اساس:
access-record-viewed = ستاسو معلوماتو ته یې وکتل
access-category-opened = ستاسو د معلوماتو یوه حساسه برخه یې پرانیستله
access-request-viewed = ستاسو یوې غوښتنې ته یې وکتل
access-field-corrected = ستاسو معلومات یې سم کړل
access-field-erased = ستاسو معلومات یې ړنګ کړل
access-record-exported = ستاسو د معلوماتو کاپي یې جوړه کړه
access-reason-handling-request = ستاسو د غوښتنې د پر مخ وړلو لپاره
access-reason-identity-check = ستاسو د هویت د تاییدولو لپاره
access-reason-safety-concern = د یو چا د خوندیتوب د اندېښنې له امله
access-reason-legal-duty = ځکه چې قانون یې غوښتنه کوي

download-title = خپل معلومات ډاونلوډ کړئ
download-intro = تاسو کولی شئ د هغو ټولو شیانو بشپړه کاپي واخلئ چې ستاسو په اړه ساتل شوي دي: ستاسو معلومات، ستاسو غوښتنې، ستاسو د رضایت انتخابونه، او دا چې چا ستاسو معلوماتو ته کتلي دي. په خوندي ځای کې یې وساتئ: په دې کې شخصي معلومات دي.
download-printable = د لوستلو کاپي
download-printable-explained = یوه پاڼه ستاسو په ژبه، چې تاسو یې لوستلی، چاپولی یا د PDF په توګه خوندي کولی شئ.
download-json = د کمپیوټر لپاره کاپي (JSON)
download-json-explained = یو فایل چې بل خدمت یا د مرستندوي کمپیوټر یې لوستلی شي.
export-title = زما د معلوماتو یوه کاپي
export-print-hint = د دې پاڼې د ساتلو لپاره، په خپل براوزر کې «چاپ» (Print) یا «د PDF په توګه خوندي کول» (Save as PDF) وکاروئ.
export-generated = جوړه شوې په
