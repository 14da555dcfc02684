# ካብቲ ትካል ወጻኢ ዘለዉ ተቐበልቲ ሓበሬታን ውዕላቶምን: ንህዝቢ ዝቐርብ ዝርዝር (/recipients)፣ መዝገብ ኣመሓደርቲ፣
# ከምኡ'ውን ኣብ «ሓበሬታይ» ዝርኣዩ ስማት።
nav-recipients = ተቐበልቲ
footer-recipients = ካባና ሓበሬታ መን ይቕበል
my-data-recipients = ዝቕበልዎ ትካላት
recipients-title = ካባና ሓበሬታ መን ይቕበል
recipients-intro = እዞም ዝስዕቡ ትካላት ካባና ገለ ውልቃዊ ሓበሬታ ይቕበሉ፣ ነፍሲ ወከፎም ብጽሑፍ ዝተገብረ ውዕል ሒዞም። ነፍሲ ወከፍ ውዕል እንታይ ከም ዘፍቅድ ኣብ ታሕቲ ኣሎ።
recipients-none = ኣብዚ እዋን ካብቲ ትካል ወጻኢ ዝኾነ ኣካል ካባና ውልቃዊ ሓበሬታ ኣይቕበልን እዩ።
recipients-kind = ዓይነት ትካል
recipients-country = ሃገር
recipients-purpose = ንምንታይ ዕላማ
recipients-legal-basis = ሕጋዊ መሰረት
recipients-categories = ዝቕበሎም ዓይነታት ሓበሬታ
recipients-retention = ነቲ ሓበሬታ ክንደይ ግዜ ክዕቅቦ ይኽእል
recipients-days =
    { $days ->
        [one] { $days } መዓልቲ
       *[other] { $days } መዓልታት
    }
recipients-breach-notice = ጥሕሰት ሓበሬታ እንተ ኣጋጢሙ፣ ኣብ ውሽጢ እዚ ግዜ ክሕብረና ኣለዎ
recipients-hours =
    { $hours ->
        [one] { $hours } ሰዓት
       *[other] { $hours } ሰዓታት
    }
recipients-terms = ኩሉ ግዜ
recipients-terms-fixed = ነቲ ሓበሬታ ንካልእ ዝኾነ ሰብ ከመሓላልፎ ኣይፍቀደሉን፣ ንሕና ድማ ነቲ ሓበሬታ ብኸመይ ከም ዝሕዞ ክንፍትሽ ንኽእል ኢና።
recipients-ends-on = እቲ ውዕል ዝውድኣሉ ዕለት
recipients-register-title = ተቐበልትን ውዕላትን
recipients-register-intro = ውልቃዊ ሓበሬታ ዝቕበል ነፍሲ ወከፍ ትካል፣ ምስቲ ሓበሬታ ንምሃብ ዝተገብረ ውዕሉ ኣመዝግቡ። ናይ ሓንቲ ሰባት ዑቕባ ንምድላይ ዝገድፍዋ ሃገር ትካል መንግስቲ፣ ሓደ ሰብ ዑቕባ ወይ ሓለዋ ከም ዝሓተተ፣ ወይ ኣበይን ምስ መንን ከም ዝነብር ዘርኢ ሓበሬታ ፈጺሙ ክቕበል ኣይክእልን።
recipients-origin-authority = ትካል መንግስቲ ናይ ሃገር መበቆል
recipients-origin-authority-choice = እዚ ናይ ሓንቲ ሰባት ዑቕባ ንምድላይ ዝገድፍዋ ሃገር ትካል መንግስቲ እዩ
recipients-add-heading = ተቐባሊ ወስኹ
recipients-name = ሽም ትካል
recipients-country-hint = ክልተ ፊደላት፣ ንኣብነት DE ወይ KE።
recipients-retention-days = ነቲ ሓበሬታ ክዕቅበሉ ዝኽእል መዓልታት (ካብ 1 ክሳብ 1095)
recipients-breach-notice-hours = ጥሕሰት እንተ ኣጋጢሙ ኣብ ውሽጢ ክንደይ ሰዓት ክሕብረና ከም ዘለዎ (እንተበዝሐ 24)
recipients-ends-on-hint = መወዳእታ መዓልቲ ናይቲ ውዕል፣ ንኣብነት 2027-12-31።
recipients-add = ነቲ ተቐባሊ ወስኹ
recipients-added = እቲ ተቐባልን ውዕሉን ተመዝጊቦም።
RC-001 = ናይ ሓንቲ ሰባት ዑቕባ ንምድላይ ዝገድፍዋ ሃገር ትካል መንግስቲ ከምዚ ዓይነት ሓበሬታ ፈጺሙ ክቕበል ኣይክእልን።
RC-002 = ሃገር ብክልተ ፊደላት ጽሓፉ፣ ከም DE ወይ KE።
RC-003 = ድሕሪ ሎሚ ዝኸውን መወዳእታ መዓልቲ ናይቲ ውዕል ጽሓፉ፣ ከም 2027-12-31።
RC-004 = ተቐባሊ ጥሕሰት እንተ ኣጋጢሙ ኣብ ውሽጢ 24 ሰዓታት ክሕብረና ኣለዎ: ካብ 1 ክሳብ 24 ዝኾነ ቁጽሪ ጽሓፉ።
RC-005 = በዚ ሽም ዝተመዝገበ ተቐባሊ ድሮ ኣሎ።
