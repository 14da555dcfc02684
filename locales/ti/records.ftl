# Amana — Tigrinya (ትግርኛ): who looked at your data, and downloading it. Every locale has the same keys.

access-title = ሓበሬታይ መን ረኣዮ
access-intro = ሓደ ሰራሕተኛ ወይ ሓጋዚ ሓበሬታኹም ኣብ ዝኸፈተሉ ወይ ዝቐየረሉ ግዜ ኩሉ ኣብዚ ይምዝገብ: መዓስ፣ መን (ተራኡን ቤት ጽሕፈቱን)፣ እንታይ ከም ዝረኣየ፣ ከምኡ'ውን ክህቦ ዝነበሮ ምኽንያት።
access-none = ክሳብ ሕጂ ካብቲ ትካል ወይ ካብ ሓገዝቲ ሓበሬታኹም ዝረኣየ ሰብ የለን።
access-no-more = ካብዚ ዝኣረገ መዝገብ የለን።
access-pages = ገጻት
access-newer = ሓደሽቲ መዛግብቲ
access-older = ዝኣረጉ መዛግብቲ
access-fields = ሓበሬታ:
access-reason = ዝተዋህበ ምኽንያት:
access-source-viewed = ፋይልኩም ኣብ ናይ ባዕሎም ሲስተም ረኣዩ
access-purpose = ዝገለጽዎ ዕላማ:
access-legal-basis = ዝገለጽዎ ሕጋዊ መሰረት:
access-record-viewed = ሓበሬታኹም ረኣዩ
access-category-opened = ሓደ ተንከፍቲ ክፋል ሓበሬታኹም ከፈቱ
access-request-viewed = ሓደ ካብ ጠለባትኩም ረኣዩ
access-field-corrected = ሓበሬታኹም ኣረሙ
access-field-erased = ሓበሬታኹም ደምሰሱ
access-record-exported = ቅዳሕ ሓበሬታኹም ሰርሑ
access-reason-handling-request = ጠለብኩም ንምክያድ
access-reason-identity-check = መንነትኩም ንምርግጋጽ
access-reason-safety-concern = ብሰንኪ ስግኣት ድሕንነት ሓደ ሰብ
access-reason-legal-duty = ሕጊ ስለ ዝግድድ

download-title = ሓበሬታይ ምውራድ
download-intro = ብዛዕባኹም ዘሎ ኩሉ ሓበሬታ፣ ጠለባትኩም፣ ምርጫታት ስምምዕኩምን መን ሓበሬታኹም ከም ዝረኣየን ብምሉኡ ቅዳሕ ክትወስዱ ትኽእሉ ኢኹም። ውልቃዊ ሓበሬታ ስለ ዘለዎ ኣብ ውሑስ ቦታ ሓልውዎ።
download-printable = ዝንበብ ቅዳሕ
download-printable-explained = ብቋንቋኹም ዝተጻሕፈ ገጽ። ከተንብብዎ፣ ክትሓትምዎ ወይ ከም PDF ክትዕቅብዎ ትኽእሉ ኢኹም።
download-json = ንኮምፒተር ዝኸውን ቅዳሕ (JSON)
download-json-explained = ካልእ ኣገልግሎት ወይ ኮምፒተር ናይ ሓጋዚ ከንብቦ ዝኽእል ፋይል።
export-title = ቅዳሕ ሓበሬታይ
export-print-hint = ነዚ ገጽ ክትሕዝዎ እንተ ደሊኹም፣ ኣብ ብራውዘርኩም «ሕተም» (Print) ወይ «ከም PDF ዓቅብ» (Save as PDF) ተጠቐሙ።
export-generated = ዝተሰርሐሉ ዕለት
