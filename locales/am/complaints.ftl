# Amana — Amharic (አማርኛ): complaints. Every locale has the same keys.

footer-oversight = ገለልተኛ ተቆጣጣሪ:
footer-complain = መረጃዎ ስለተያዘበት መንገድ ቅሬታ ያቅርቡ
complaint-title = ቅሬታ ያቅርቡ
complaint-intro = መረጃዎ በአግባቡ አልተያዘም ብለው ካሰቡ፣ እዚህ ይንገሩን። ቅሬታዎች የሚደርሱት ለመረጃ ጥበቃ ኃላፊው ብቻ ነው። ቅሬታው ለሚመለከታቸው ሠራተኞች በፍጹም አይደርስም።
complaint-oversight-explained = እንዲሁም በቀጥታ ለዚህ ገለልተኛ ባለሥልጣን በማንኛውም ጊዜ፣ በነፃ ቅሬታ ማቅረብ ይችላሉ።
complaint-signed-in = ገብተዋል። ስለዚህ ቅሬታዎ ከጉዳይዎ ጋር ይያያዛል፤ "የእኔ ጥያቄዎች" በሚለው ገጽ ላይም ሊከታተሉት ይችላሉ።
complaint-anonymous = አልገቡም። ስለዚህ ቅሬታዎ ስም-አልባ ይሆናል። ቅሬታዎን ለመከታተል የደረሰኝ ኮድ ያገኛሉ። ማንም ሰው ሊያገኝዎት ወይም ሊያነጋግርዎት አይችልም።
complaint-text = ምን ተፈጠረ?
complaint-text-hint = በራስዎ አባባል ይጻፉ። ስለ ሌሎች ሰዎች መረጃ አይጻፉ።
complaint-related = ቅሬታው ስለ አንዱ ጥያቄዎ ነው? (ግዴታ አይደለም)
complaint-related-none = አይ፣ ስለ ጥያቄ አይደለም
complaint-send = ቅሬታውን ይላኩ
complaint-follow-link = ስም-አልባ ቅሬታን በደረሰኝ ኮዱ ይከታተሉ

receipt-title = ቅሬታዎ ደርሶናል
receipt-intro = የደረሰኝ ኮድዎ፦
receipt-keep-safe = ይህን ኮድ ጽፈው በጥንቃቄ ያስቀምጡት። የሚታየው አንድ ጊዜ ብቻ ነው። ቅሬታዎን መከታተል የሚችሉት በዚህ ኮድ ብቻ ነው።
receipt-follow = ቅሬታዎን ይመልከቱ
receipt-gone = የደረሰኝ ኮዱ የሚታየው አንድ ጊዜ ብቻ ነው። ኮዱ ካለዎት፣ ቅሬታዎን ለመከታተል ሊጠቀሙበት ይችላሉ።

lookup-title = ቅሬታን ይከታተሉ
lookup-intro = ቅሬታዎን ሲልኩ ያገኙትን የደረሰኝ ኮድ ይጻፉ።
lookup-code = የደረሰኝ ኮድ
lookup-code-hint = 16 ፊደሎች እና ቁጥሮች፤ ለምሳሌ ABCD-EF23-GH45-JK67
lookup-submit = ቅሬታዬን አሳይ
complaint-status-title = ቅሬታዎ
status-no-complaint = የሚታይ ቅሬታ የለም። መጀመሪያ የደረሰኝ ኮድዎን ይጻፉ።

CP-001 = ከመላክዎ በፊት ምን እንደተፈጠረ ይጻፉ።
CP-002 = ይህ በጣም ረጅም ነው። እባክዎ እስከ 2000 ፊደሎች እንዲሆን ያሳጥሩት።
CP-003 = ከራስዎ ጥያቄዎች አንዱን ይምረጡ፣ ወይም "አይ፣ ስለ ጥያቄ አይደለም" የሚለውን ይምረጡ።
CP-004 = ይህ የደረሰኝ ኮድ ያለው ቅሬታ የለም። ኮዱን አረጋግጠው እንደገና ይሞክሩ።
complaint-staff-member = ቅሬታው ስለ አንድ ሠራተኛ ከሆነ፣ የሠራተኛው ስም ወይም ኢሜይል (ግዴታ አይደለም)
complaint-staff-member-hint = መረጃዎን በአግባቡ ያልያዘው ማን እንደሆነ ካወቁ፣ እዚህ ይጻፉ። ያ ሰው ቅሬታዎን በፍጹም አያየውም።
