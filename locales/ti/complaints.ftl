# Amana — Tigrinya (ትግርኛ): complaints. Every locale has the same keys.

footer-oversight = ናጻ ተቖጻጻሪ ኣካል:
footer-complain = ብዛዕባ ኣተሓሕዛ ሓበሬታኹም ጥርዓን ኣቕርቡ
complaint-title = ጥርዓን ኣቕርቡ
complaint-intro = ኣተሓሕዛ ሓበሬታኹም ግቡእ ኣይነበረን ኢልኩም እንተ ሓሲብኩም፣ ኣብዚ ንገሩና። ጥርዓናት ናብ ሓላፊ ሓለዋ ሓበሬታ ጥራይ እዮም ዝኸዱ። ናብቶም እቲ ጥርዓን ብዛዕባኦም ዝኾነ ሰራሕተኛታት ፈጺሞም ኣይኸዱን።
complaint-oversight-explained = ብቐጥታ ናብዚ ናጻ ተቖጻጻሪ ኣካል'ውን፣ ኣብ ዝኾነ ግዜ፣ ብነጻ ጥርዓን ከተቕርቡ ትኽእሉ ኢኹም።
complaint-signed-in = ኣቲኹም ስለ ዘለኹም፣ ጥርዓንኩም ምስ ጉዳይኩም ክተኣሳሰር እዩ፣ ኣብ «ጠለባተይ» ድማ ክትከታተልዎ ትኽእሉ ኢኹም።
complaint-anonymous = ስለ ዘይኣቶኹም፣ ጥርዓንኩም ብዘይ ሽም እዩ ክኸውን። ንምክትታሉ ኮድ ቅብሊት ክትረኽቡ ኢኹም። ዝኾነ ሰብ ምሳኹም ክራኸብ ኣይክእልን እዩ።
complaint-text = እንታይ ኣጋጠመ?
complaint-text-hint = ብናይ ባዕልኹም ቃላት ጽሓፉ። ብዛዕባ ካልኦት ሰባት ሓበሬታ ኣይተእትዉ።
complaint-related = ብዛዕባ ሓደ ካብ ጠለባትኩም ድዩ? (ግድን ኣይኮነን)
complaint-related-none = ኣይፋል፣ ብዛዕባ ጠለብ ኣይኮነን
complaint-send = ጥርዓነይ ስደዱ
complaint-follow-link = ብዘይ ሽም ዝቐረበ ጥርዓን ብኮድ ቅብሊት ተኸታተሉ

receipt-title = ጥርዓንኩም በጺሑና ኣሎ
receipt-intro = ኮድ ቅብሊትኩም:
receipt-keep-safe = ነዚ ኮድ ጽሓፍዎ እሞ ኣብ ውሑስ ቦታ ሓልውዎ። ሓንሳብ ጥራይ እዩ ዝርአ። ጥርዓንኩም ክትከታተሉ እትኽእሉሉ እንኮ መንገዲ ድማ እዩ።
receipt-follow = ጥርዓንኩም ርኣዩ
receipt-gone = ኮድ ቅብሊት ሓንሳብ ጥራይ እዩ ዝርአ። እንተ ሒዝኩምዎ፣ ጥርዓንኩም ንምክትታል ክትጥቀሙሉ ትኽእሉ ኢኹም።

lookup-title = ጥርዓን ተኸታተሉ
lookup-intro = ጥርዓንኩም ክትሰዱ ከለኹም ዝረኸብኩምዎ ኮድ ቅብሊት ጽሓፉ።
lookup-code = ኮድ ቅብሊት
lookup-code-hint = 16 ፊደላትን ኣሃዛትን፣ ንኣብነት ABCD-EF23-GH45-JK67።
lookup-submit = ጥርዓነይ ኣርእዩኒ
complaint-status-title = ጥርዓንኩም
status-no-complaint = ዝርአ ጥርዓን የለን። መጀመርያ ኮድ ቅብሊትኩም ጽሓፉ።

CP-001 = ቅድሚ ምስዳድኩም እንታይ ከም ዘጋጠመ ጽሓፉ።
CP-002 = እዚ ኣዝዩ ነዊሕ እዩ። በጃኹም ናብ 2000 ፊደላት ኣሕጽርዎ።
CP-003 = ሓደ ካብ ናይ ባዕልኹም ጠለባት ምረጹ፣ ወይ «ብዛዕባ ጠለብ ኣይኮነን» ዝብል ምረጹ።
CP-004 = በዚ ኮድ ቅብሊት ዝርከብ ጥርዓን የለን። ነቲ ኮድ ተመልከቱ እሞ እንደገና ፈትኑ።
complaint-staff-member = እቲ ጥርዓን ብዛዕባ ሓደ ሰራሕተኛ እንተኾይኑ፣ ሽሙ ወይ ኢመይሉ (ግድን ኣይኮነን)
complaint-staff-member-hint = ንሓበሬታኹም ብዘይግቡእ ዝተጠቕመ መን ምዃኑ እንተ ፈሊጥኩም፣ ኣብዚ ጽሓፍዎ። እቲ ሰብ ጥርዓንኩም ፈጺሙ ኣይክርእዮን እዩ።
