# ለሕዝብ የሚታየው የግልጽነት ገጽ (/transparency) እና የCSV ፋይሉ። ማንም ያነበዋል፦ ቀላል ቃላት፣ ያለ ሙያዊ ቃላት።
footer-transparency = ጥያቄዎችን እንዴት እንደምናስተናግድ፦ ቁጥሮች እና ደንቦች
transparency-title = ጥያቄዎችን እንዴት እንደምናስተናግድ፦ ቁጥሮች እና ደንቦች
transparency-intro = በየወሩ ስለ ግል መረጃ ስንት ጥያቄዎች እንደደረሱን እና ለስንቱ መልስ እንደሰጠን፣ በምን ያህል ፍጥነት፣ እንዲሁም አንዳንዶቹን ለምን ውድቅ እንዳደረግን እናሳውቃለን። ከእነዚህ ቁጥሮች ማንም ሰው ሊታወቅ አይችልም።
transparency-computed-at = ቁጥሮቹ የተሰሉበት ጊዜ፦ { $moment } (UTC)። የአሁኑ ወር ገና አላለቀም።
transparency-none-yet = ቁጥሮቹ ገና አልተሰሉም። እባክዎ ቆየት ብለው ይመለሱ።
transparency-download = እነዚህን ቁጥሮች ያውርዱ (የCSV ፋይል)
transparency-rule-heading = እንዴት እንደምንቆጥር
transparency-rule-zero = ምንም ነገር ካልተከሰተ 0 እንጽፋለን።
transparency-rule-fewer = ከ1 እስከ 7 ሲሆን ማንም ሰው እንዳይታወቅ «ከ8 ያነሰ» እንጽፋለን።
transparency-rule-rounded = ሌሎች ቁጥሮችን ወደ ቅርቡ 5፣ 10፣ 15፣ 20 … እናጠጋጋለን።
transparency-rule-totals = ድምሮቹ ከትክክለኛዎቹ ቁጥሮች ተቆጥረው ከዚያ ይጠጋጋሉ፤ ስለዚህ ከረድፎቹ ድምር ሊለዩ ይችላሉ።
transparency-rule-rates = ጊዜ እና መቶኛ የሚታዩት ቢያንስ 23 ጥያቄዎች መልስ ካገኙ ብቻ ነው።
transparency-rule-quarters = የጥያቄ ዓይነቶች እና ውድቅ የተደረጉበት ምክንያቶች በየሩብ ዓመቱ (በየሦስት ወሩ) ይታያሉ፤ ምክንያቱም የአንድ ወር ቁጥሮች ለማሳየት በጣም ትንሽ ይሆናሉ።
transparency-fewer-than-eight = ከ8 ያነሰ
transparency-too-few = ለመናገር በጣም ጥቂት
transparency-percent = { $percent }%
transparency-days =
    { $days ->
        [one] { $days } ቀን
       *[other] { $days } ቀናት
    }
transparency-months-heading = ጥያቄዎች በየወሩ
transparency-chart-volume = በየወሩ የደረሱ እና የተጠናቀቁ ጥያቄዎች
transparency-chart-note = ዓምዶቹ ከታች ያለውን የሠንጠረዥ ቁጥሮች ያሳያሉ። ከዓምዶቹ ሥር ያሉት ቁጥሮች ወሮቹ ናቸው።
transparency-chart-timely = በአንድ ወር ውስጥ መልስ ያገኙ ጥያቄዎች ድርሻ (መቶኛ)
transparency-chart-timely-note = ሰረዝ (–) ማለት በዚያ ወር መልስ ያገኙት ጥያቄዎች ለመናገር በጣም ጥቂት ነበሩ ማለት ነው።
transparency-months-caption = ጥያቄዎች በየወሩ፣ ሁሉም ዓይነቶች በአንድ ላይ
transparency-quarters-heading = እያንዳንዱ የጥያቄ ዓይነት፣ በየሩብ ዓመቱ
transparency-quarters-caption = ጥያቄዎች በሩብ ዓመት እና በጥያቄ ዓይነት
transparency-reasons-heading = ጥያቄዎች ለምን ውድቅ ተደረጉ
transparency-reasons-caption = ውድቅ የተደረጉ ጥያቄዎች በየሩብ ዓመቱ፣ በተሰጠው ምክንያት (አንድ ውሳኔ ብዙ ምክንያቶች ሊኖሩት ይችላል)
transparency-month = ወር
transparency-quarter = ሩብ ዓመት
transparency-kind = የጥያቄ ዓይነት
transparency-reason = ምክንያት
transparency-all-kinds = ሁሉም ዓይነቶች በአንድ ላይ
transparency-received = የደረሱ
transparency-closed = መልስ የተሰጣቸው ወይም የተነሱ
transparency-median = የተለመደው የመልስ ጊዜ (መካከለኛ)
transparency-within-month = በአንድ ወር ውስጥ መልስ የተሰጣቸው
transparency-within-extended = በተራዘመው ጊዜ ውስጥ መልስ የተሰጣቸው
transparency-extensions = የመልስ ጊዜ የተራዘመላቸው
transparency-refusals = ሙሉ በሙሉ ወይም በከፊል ውድቅ የተደረጉ
transparency-routing-heading = ጥያቄን ማን ያስተናግዳል
transparency-routing-intro = አዲስ ጥያቄ በእነዚህ ደንቦች፣ በዚህ ቅደም ተከተል፣ ወደ አንድ ቡድን ይሄዳል። ከጥያቄው ጋር የሚዛመደው የመጀመሪያው ደንብ ይወስናል።
transparency-routing-every = ሁሉም ዓይነት
transparency-routing-kind = የ«{ $value }» ዓይነት የሆኑ
transparency-routing-category = «{ $value }»ን የሚመለከቱ
transparency-routing-language = በ{ $value } የተጻፉ
transparency-routing-region = ከ{ $value } ክልል የመጡ
transparency-routing-sensitive = ስሱ መረጃን የሚመለከቱ
transparency-routing-not-sensitive = ስሱ መረጃን የማይመለከቱ
transparency-routing-rule = { $conditions } ጥያቄዎች ወደ «{ $team }» ቡድን ይሄዳሉ።
transparency-routing-rest = ሌሎቹ ጥያቄዎች በሙሉ ወደ «{ $team }» ቡድን ይሄዳሉ።
transparency-routing-human = እያንዳንዱን ጥያቄ የሚወስነው በባለሥልጣኑ ያለ ሰው ነው። ኮምፒውተር አይወስንም፤ እነዚህ ደንቦች የሚመርጡት ጥያቄውን የትኛው ቡድን እንደሚያነበው ብቻ ነው።
transparency-breaches = ለተቆጣጣሪው ባለሥልጣን ሪፖርት የተደረጉ የግል መረጃ ጥሰቶች
