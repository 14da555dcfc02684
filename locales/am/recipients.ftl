# ከባለሥልጣኑ ውጭ ያሉ የመረጃ ተቀባዮች እና የመረጃ ማጋራት ስምምነቶቻቸው፦ ለሕዝብ የሚታየው ዝርዝር (/recipients)፣ የአስተዳዳሪዎች መዝገብ፣
# እና በ"የእኔ መረጃ" ላይ የሚታዩት ስሞች።
nav-recipients = ተቀባዮች
footer-recipients = ከእኛ መረጃ የሚቀበሉ ድርጅቶች
my-data-recipients = የሚቀበሉት ድርጅቶች
recipients-title = ከእኛ መረጃ የሚቀበሉ ድርጅቶች
recipients-intro = እነዚህ ድርጅቶች ከእኛ የተወሰነ የግል መረጃ ይቀበላሉ፤ እያንዳንዳቸው በጽሑፍ በተፈረመ ስምምነት መሠረት። እያንዳንዱ ስምምነት የሚፈቅደው ከዚህ በታች ተዘርዝሯል።
recipients-none = በአሁኑ ጊዜ ከባለሥልጣኑ ውጭ ያለ ማንኛውም ድርጅት ከእኛ የግል መረጃ አይቀበልም።
recipients-kind = የድርጅቱ ዓይነት
recipients-country = አገር
recipients-purpose = ለምን ዓላማ
recipients-legal-basis = ሕጋዊ መሠረት
recipients-categories = የሚቀበላቸው የመረጃ ዓይነቶች
recipients-retention = መረጃውን ለምን ያህል ጊዜ ማስቀመጥ ይችላል
recipients-days =
    { $days ->
        [one] { $days } ቀን
       *[other] { $days } ቀናት
    }
recipients-breach-notice = የመረጃ ጥሰት ቢከሰት፣ በዚህ ጊዜ ውስጥ ሊያሳውቀን ይገባል
recipients-hours =
    { $hours ->
        [one] { $hours } ሰዓት
       *[other] { $hours } ሰዓታት
    }
recipients-terms = ሁልጊዜ
recipients-terms-fixed = መረጃውን ለሌላ ለማንም ማስተላለፍ አይፈቀድለትም፤ መረጃውን እንዴት እንደሚይዝም ልንመረምር እንችላለን።
recipients-ends-on = ስምምነቱ የሚያበቃበት ቀን
recipients-register-title = ተቀባዮች እና ስምምነቶች
recipients-register-intro = የግል መረጃ የሚቀበል እያንዳንዱን ድርጅት ከመረጃ ማጋራት ስምምነቱ ጋር ይመዝግቡ። ሰዎች ጥገኝነት ፍለጋ የሚሰደዱበት አገር ባለሥልጣን፣ አንድ ሰው ጥገኝነት ወይም ጥበቃ መጠየቁን፣ ወይም የት እና ከማን ጋር እንደሚኖር የሚያሳይ መረጃ በፍጹም ሊቀበል አይችልም።
recipients-origin-authority = የትውልድ አገር ባለሥልጣን
recipients-origin-authority-choice = ይህ ሰዎች ጥገኝነት ፍለጋ የሚሰደዱበት አገር ባለሥልጣን ነው
recipients-add-heading = ተቀባይ ያክሉ
recipients-name = የድርጅቱ ስም
recipients-country-hint = ሁለት ፊደላት፣ ለምሳሌ DE ወይም KE።
recipients-retention-days = መረጃውን ማስቀመጥ የሚችልባቸው ቀናት (ከ1 እስከ 1095)
recipients-breach-notice-hours = ጥሰት ቢከሰት በስንት ሰዓት ውስጥ ሊያሳውቀን እንደሚገባ (ቢበዛ 24)
recipients-ends-on-hint = የስምምነቱ የመጨረሻ ቀን፣ ለምሳሌ 2027-12-31።
recipients-add = ተቀባዩን ያክሉ
recipients-added = ተቀባዩ እና ስምምነቱ ተመዝግበዋል።
RC-001 = ሰዎች ጥገኝነት ፍለጋ የሚሰደዱበት አገር ባለሥልጣን ይህን ዓይነት መረጃ በፍጹም ሊቀበል አይችልም።
RC-002 = አገሩን እንደ DE ወይም KE በሁለት ፊደላት ይጻፉ።
RC-003 = ከዛሬ በኋላ የሆነውን የስምምነቱን የመጨረሻ ቀን ይጻፉ፤ ለምሳሌ 2027-12-31።
RC-004 = ተቀባይ ጥሰት ቢከሰት በ24 ሰዓት ውስጥ ሊያሳውቀን ይገባል፦ ከ1 እስከ 24 ያለ ቁጥር ይጻፉ።
RC-005 = ይህ ስም ያለው ተቀባይ አስቀድሞ አለ።
