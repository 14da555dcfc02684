# ንህዝቢ ዝኸውን ገጽ ግልጽነት (/transparency) ከምኡ'ውን ፋይል CSV ናቱ። ዝኾነ ሰብ የንብቦ: ቀሊል ቃላት፣ ብዘይ ሞያዊ ቃላት።
footer-transparency = ጠለባት ብኸመይ ንከታተሎም: ኣሃዛትን ደንብታትን
transparency-title = ጠለባት ብኸመይ ንከታተሎም: ኣሃዛትን ደንብታትን
transparency-intro = ነፍሲ ወከፍ ወርሒ ነፍልጥ: ክንደይ ጠለባት ብዛዕባ ውልቃዊ ሓበሬታ ከም ዝበጽሑና፣ ንክንደይ ከም ዝመለስና፣ ብኸመይ ቅልጣፈ፣ ንገሊኦም ድማ ስለምንታይ ከም ዝነጸግና። ካብዚ ኣሃዛት ዝኾነ ሰብ ክፍለጥ ኣይክእልን።
transparency-computed-at = ኣሃዛት ዝተሓሰበሉ ግዜ: { $moment } (UTC)። እዚ ወርሒ ገና ኣይተወድአን።
transparency-none-yet = ኣሃዛት ገና ኣይተሓሰቡን። በጃኹም ጸኒሕኩም ተመለሱ።
transparency-download = ነዚ ኣሃዛት ኣውርዱ (ፋይል CSV)
transparency-rule-heading = ብኸመይ ንቖጽር
transparency-rule-zero = ዝኾነ ነገር እንተዘየጋጠመ፣ 0 ንጽሕፍ።
transparency-rule-fewer = ካብ 1 ክሳብ 7 እንተኾይኑ፣ ዝኾነ ሰብ ምእንቲ ከይፍለጥ «ካብ 8 ዝውሕድ» ንጽሕፍ።
transparency-rule-rounded = ካልኦት ቁጽርታት ናብቲ ዝቐረበ 5፣ 10፣ 15፣ 20 … ነቐርቦም።
transparency-rule-totals = ጠቕላላ ድምር ካብቶም ልክዕ ቁጽርታት ይሕሰብ፣ ድሕሪኡ ድማ ይቕረብ። ስለዚ ምስ ድምር ናይቶም መስመራት ዘይሰማማዕ ክኸውን ይኽእል።
transparency-rule-rates = ግዜን ሚእታዊትን ዝርኣዩ፣ እንተወሓደ 23 ጠለባት ምስ ዝተመልሱ ጥራይ እዩ።
transparency-rule-quarters = ዓይነታት ጠለብን ምኽንያታት ምንጻግን ብርብዒ ዓመት (ሰለስተ ኣዋርሕ) እዮም ዝርኣዩ፣ ምኽንያቱ ናይ ሓደ ወርሒ ቁጽርታት ንምርኣይ ኣዝዮም ንኣሽቱ ምኾኑ።
transparency-fewer-than-eight = ካብ 8 ዝውሕድ
transparency-too-few = ንምዝራብ ኣዝዩ ውሑድ
transparency-percent = { $percent }%
transparency-days =
    { $days ->
        [one] { $days } መዓልቲ
       *[other] { $days } መዓልታት
    }
transparency-months-heading = ጠለባት ብወርሒ
transparency-chart-volume = ዝበጽሑን ዝተዛዘሙን ጠለባት፣ ብወርሒ
transparency-chart-note = እቶም ዓምድታት ኣሃዛት ናይቲ ኣብ ታሕቲ ዘሎ ሰንጠረዥ የርእዩ። ኣብ ትሕቲ ዓምድታት ዘለዉ ቁጽርታት ኣዋርሕ እዮም።
transparency-chart-timely = ኣብ ውሽጢ ሓደ ወርሒ መልሲ ዝረኸቡ ጠለባት (ሚእታዊት)
transparency-chart-timely-note = ሰረዝ (–) ማለት፣ በቲ ወርሒ ዝተመልሱ ጠለባት ንምዝራብ ኣዝዮም ውሑዳት ነይሮም ማለት እዩ።
transparency-months-caption = ጠለባት ብወርሒ፣ ኩሎም ዓይነታት ብሓባር
transparency-quarters-heading = ነፍሲ ወከፍ ዓይነት ጠለብ፣ ብርብዒ ዓመት
transparency-quarters-caption = ጠለባት ብርብዒ ዓመትን ብዓይነት ጠለብን
transparency-reasons-heading = ጠለባት ስለምንታይ ተነጺጎም
transparency-reasons-caption = ዝተነጸጉ ጠለባት ብርብዒ ዓመት፣ ብዝተዋህበ ምኽንያት (ሓደ ውሳነ ብዙሓት ምኽንያታት ክህብ ይኽእል)
transparency-month = ወርሒ
transparency-quarter = ርብዒ ዓመት
transparency-kind = ዓይነት ጠለብ
transparency-reason = ምኽንያት
transparency-all-kinds = ኩሎም ዓይነታት ብሓባር
transparency-received = ዝበጽሑ
transparency-closed = ዝተመልሱ ወይ ዝተሳሕቡ
transparency-median = ልሙድ ግዜ መልሲ (ማእከላይ)
transparency-within-month = ኣብ ውሽጢ ሓደ ወርሒ ዝተመልሱ
transparency-within-extended = ኣብ ውሽጢ ዝተናውሐ ግዜ ዝተመልሱ
transparency-extensions = ግዜ መልሲ ዝተናውሓሎም
transparency-refusals = ብምሉኡ ወይ ብኸፊል ዝተነጸጉ
transparency-routing-heading = ጠለብ መን ይከታተሎ
transparency-routing-intro = ሓድሽ ጠለብ ብመሰረት እዞም ደንብታት፣ በዚ ስርዓት፣ ናብ ሓደ ጉጅለ ይኸይድ። እቲ ምስኡ ዝሰማማዕ ቀዳማይ ደንቢ ይውስን።
transparency-routing-every = ኩሉ ዓይነት
transparency-routing-kind = ናይ ዓይነት «{ $value }»
transparency-routing-category = ብዛዕባ «{ $value }» ዝኾኑ
transparency-routing-language = ብ{ $value } ዝተጻሕፉ
transparency-routing-region = ካብ ዞባ { $value } ዝመጹ
transparency-routing-sensitive = ተንከፍቲ ሓበሬታ ዝምልከቱ
transparency-routing-not-sensitive = ተንከፍቲ ሓበሬታ ዘይምልከቱ
transparency-routing-rule = { $conditions } ጠለባት ናብ ጉጅለ «{ $team }» ይኸዱ።
transparency-routing-rest = ኩሎም ካልኦት ጠለባት ናብ ጉጅለ «{ $team }» ይኸዱ።
transparency-routing-human = ነፍሲ ወከፍ ጠለብ ዝውስን ኣብቲ ትካል ዘሎ ሰብ እዩ። ዝኾነ ኮምፒተር ኣይውስንን: እዞም ደንብታት ነቲ ጠለብ ኣየናይ ጉጅለ ከም ዘንብቦ ጥራይ እዮም ዝመርጹ።
transparency-breaches = ንተቖጻጻሪ ኣካል ዝተሓበሩ ጥሕሰታት ውልቃዊ ሓበሬታ
