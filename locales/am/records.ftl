# Amana — Amharic (አማርኛ): who looked at your data, and downloading it. Every locale has the same keys.

access-title = መረጃዬን ማን አየው
access-intro = አንድ ሠራተኛ ወይም ረዳት መረጃዎን በከፈተ ወይም በቀየረ ቁጥር እዚህ ይመዘገባል፦ መቼ፣ ማን (የሥራ ድርሻቸው እና ቢሯቸው)፣ ምን እንዳዩ፣ እና መስጠት የነበረባቸው ምክንያት።
access-none = ከባለሥልጣኑም ሆነ ከረዳቶች እስካሁን ማንም መረጃዎን አላየም።
access-no-more = ከዚህ የቆዩ መዝገቦች የሉም።
access-pages = ገጾች
access-newer = አዳዲስ መዝገቦች
access-older = የቆዩ መዝገቦች
access-fields = መረጃ፦
access-reason = የተሰጠው ምክንያት፦
access-source-viewed = ፋይልዎን በራሳቸው ሲስተም አይተዋል
access-purpose = የገለጹት ዓላማ፦
access-legal-basis = የገለጹት ሕጋዊ መሠረት፦
access-record-viewed = መረጃዎን አይተዋል
access-category-opened = ከመረጃዎ ስሱ የሆነውን ክፍል ከፍተዋል
access-request-viewed = ከጥያቄዎችዎ አንዱን አይተዋል
access-field-corrected = መረጃዎን አስተካክለዋል
access-field-erased = መረጃዎን ሰርዘዋል
access-record-exported = የመረጃዎን ቅጂ አውጥተዋል
access-reason-handling-request = ጥያቄዎን ለማስተናገድ
access-reason-identity-check = ማንነትዎን ለማረጋገጥ
access-reason-safety-concern = ስለ አንድ ሰው ደኅንነት ስጋት ስላለ
access-reason-legal-duty = ሕጉ ስለሚያስገድድ

download-title = መረጃዬን ያውርዱ
download-intro = ስለ እርስዎ የተያዘውን ሁሉ፣ ጥያቄዎችዎን፣ የፈቃድ ምርጫዎችዎን እና መረጃዎን ማን እንዳየ የያዘ ሙሉ ቅጂ መውሰድ ይችላሉ። ቅጂውን ደኅንነቱ በተጠበቀ ቦታ ያስቀምጡ፤ የግል መረጃ ይዟል።
download-printable = የሚነበብ ቅጂ
download-printable-explained = በቋንቋዎ ማንበብ፣ ማተም ወይም እንደ PDF ማስቀመጥ የሚችሉት ገጽ።
download-json = ለኮምፒውተር የሚሆን ቅጂ (JSON)
download-json-explained = ሌላ አገልግሎት ወይም የረዳት ኮምፒውተር ሊያነበው የሚችል ፋይል።
export-title = የመረጃዬ ቅጂ
export-print-hint = ይህን ገጽ ለማስቀመጥ፣ በአሳሽዎ (ብራውዘር) ያለውን "Print" (አትም) ወይም "Save as PDF" (እንደ PDF አስቀምጥ) ይጠቀሙ።
export-generated = የተዘጋጀበት ቀን
