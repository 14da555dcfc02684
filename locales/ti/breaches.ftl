# መዝገብ ጥሕሰት ሓበሬታ (ንሓላፊ ሓለዋ ሓበሬታ)፣ ከምኡ'ውን ሓደ ሰብ ብዛዕባ ጥሕሰት ሓበሬታኡ ዘንብቦ መፍለጢ።
nav-breaches = ጥሕሰታት ሓበሬታ
breaches-title = መዝገብ ጥሕሰታት ሓበሬታ
breaches-intro = ነፍሲ ወከፍ ጥሕሰት ውልቃዊ ሓበሬታ፣ ክሕበር ዘለዎ ይኹን ዘይኮነ፣ ኣብዚ ይምዝገብ። እቲ ጥሕሰት ንዝኾነ ሰብ ኣብ ሓደጋ ከእቱ ዘይመስል እንተ ዘይኮይኑ፣ ካብታ ዝፈለጥናላ ህሞት ኣትሒዝና ኣብ ውሽጢ 72 ሰዓታት ንተቖጻጻሪ ኣካል ክንሕብር ኣለና።
breaches-none = ክሳብ ሕጂ ዝተመዝገበ ጥሕሰት የለን።
breach-title = ጥሕሰት ሓበሬታ
breach-back = ናብ መዝገብ ጥሕሰታት ተመለሱ
breach-reference = ቁጽሪ መወከሲ
breach-clock-left =
    { $hours ->
        [one] ክሳብ { $due } ንተቖጻጻሪ ኣካል ሕበሩ: { $hours } ሰዓት ተሪፉ።
       *[other] ክሳብ { $due } ንተቖጻጻሪ ኣካል ሕበሩ: { $hours } ሰዓታት ተሪፉ።
    }
breach-clock-late =
    { $hours ->
        [one] ተቖጻጻሪ ኣካል ክሳብ { $due } ክሕበር ነይሩዎ: { $hours } ሰዓት ደንጒዩ። ምኽንያት ምድንጓዩ ግለጹ።
       *[other] ተቖጻጻሪ ኣካል ክሳብ { $due } ክሕበር ነይሩዎ: { $hours } ሰዓታት ደንጒዩ። ምኽንያት ምድንጓዩ ግለጹ።
    }
breach-clock-told =
    { $hours ->
        [one] ተቖጻጻሪ ኣካል ብዕለት { $when } ተሓቢሩ፣ ምስ ፈለጥና ድሕሪ { $hours } ሰዓት።
       *[other] ተቖጻጻሪ ኣካል ብዕለት { $when } ተሓቢሩ፣ ምስ ፈለጥና ድሕሪ { $hours } ሰዓታት።
    }
breach-people-count = ዝምልከቶም ሰባት: { $people }። ዝተሰዱ መፍለጢታት: { $notified }።
breach-record-heading = ጥሕሰት መዝግቡ
breach-discovered-at = እቲ ጥሕሰት መዓስ ተረኺቡ
breach-aware-at = ውልቃዊ ሓበሬታ ከም ዝተተንከፈ መዓስ ፈሊጥና
breach-aware-at-hint = እቶም 72 ሰዓታት ካብዚ ይጅምሩ። ዕለትን ሰዓትን ብUTC።
breach-processor-reported-at = ኣሰራሒ ሓበሬታ (processor) መዓስ ሓቢሩና (እንተ ሓቢሩ)
breach-moment-hint = ዕለትን ሰዓትን ብUTC፣ ንኣብነት 2026-12-03 14:30።
breach-optional-moment-hint = ኣሰራሒ ሓበሬታ እንተ ዘይተሳተፈ ባዶ ግደፍዎ።
breach-not-given = ኣይተገልጸን
breach-nature = ኣብቲ ሓበሬታ እንታይ ኣጋጢሙ
breach-nature-confidentiality = ክርእዮ ዘይግብኦ ሰብ ርእይዎ ክኸውን ይኽእል (ምስጢራውነት)
breach-nature-integrity = ብጌጋ ተቐይሩ (ምሉእነት)
breach-nature-availability = ጠፊኡ ወይ ክርከብ ኣይከኣለን (ተበጻሕነት)
breach-description = እንታይ ኣጋጢሙ
breach-description-hint = ንመዝገብ ጥራይ እዩ፤ ንዝምልከቶም ሰባት ፈጺሙ ኣይርአን። ኣብዚ ውልቃዊ ሓበሬታ ኣይትጽሓፉ።
breach-categories = ዝምልከቶ ዓይነታት ሓበሬታ
breach-approx-people = ብግምት ክንደይ ሰባት
breach-approx-records = ብግምት ክንደይ መዛግብ
breach-consequences = ኣብ ዝምልከቶም ሰባት ክስዕብ ዝኽእል ሳዕቤን
breach-consequence-others-may-read = ሓበሬታኹም ክበጽሖ ዘይግብኦ ሰብ ከንብቦ ይኽእል እዩ።
breach-consequence-identity-misuse = ሓደ ሰብ ሓበሬታኹም ተጠቒሙ ከም ንስኹም መሲሉ ክቐርብ ይኽእል እዩ።
breach-consequence-contact-by-strangers = ዘይትፈልጥዎም ሰባት ክረኽቡኹም ወይ ኣበይ ከም እትቕመጡ ክፈልጡ ክፍትኑ ይኽእሉ እዮም።
breach-consequence-wrong-decision = ብዛዕባኹም ዝወሃብ ውሳነ ኣብ ጌጋ ሓበሬታ ተመርኲሱ ክኸውን ይኽእል እዩ።
breach-consequence-delay = ጉዳይኩም ዝያዳ ግዜ ክወስድ ይኽእል እዩ።
breach-consequence-data-lost = ገለ ካብ ሓበሬታኹም ጠፊኡ ክኸውን ይኽእል እዩ።
breach-measures = ዝገበርናዮ ወይ ክንገብሮ ዘለና
breach-measure-access-closed = እቲ ሓበሬታ ዝወጸሉ መንገዲ ዓጺና ኣለና።
breach-measure-data-recovered = ነቲ ሓበሬታ መሊስና ረኺብናዮ ወይ ናብ ቦትኡ መሊስናዮ ኣለና።
breach-measure-recipient-asked-to-delete = ነቲ ዝተቐበሎ ሰብ ክድምስሶ ሓቲትናዮ፣ ከም ዝደምሰሶ'ውን ኣረጋጊጽና ኣለና።
breach-measure-police-informed = ንፖሊስ ሓቢርና ኣለና።
breach-measure-accounts-secured = ቃላት ምሕላፍ ቀይርና፣ ነቶም ዝምልከቶም ኣካውንትታት ድማ ዓጺናዮም ኣለና።
breach-measure-staff-trained = እዚ ከም ብሓድሽ ከይፍጠር፣ ኣሰራርሓ ሰራሕተኛታትና ቀይርና ኣለና።
breach-advice = ዝምልከቶም ሰባት እንታይ ክገብሩ ይኽእሉ
breach-advice-watch-for-contact = ብዛዕባ ጉዳይኩም ብዘይ ትጽቢት ዝመጽእ ጻውዒት ተሌፎን፣ መልእኽቲ ወይ በጻሒ እንተ መጺኡ ተጠንቀቑ።
breach-advice-do-not-answer-strangers = ቁጽሪ ጉዳይኩም ወይ ዕለት ልደትኩም፣ ባዕሉ ቀዲሙ ንዝረኸበኩም ሰብ ፈጺምኩም ኣይትሃቡ።
breach-advice-check-my-data = ኣብዚ ኣብ ኣማና ሓበሬታኹም ርኣዩ፣ ጌጋ እንተሎ ድማ ክንእርሞ ሕተቱና።
breach-advice-tell-helper = ዝሕግዘኩም ማሕበር እንተሎ፣ ብዛዕባ እዚ መፍለጢ ንገርዎም።
breach-advice-ask-us = ሕቶ እንተለኩም፣ ወይ ውሑስ ከም ዘይኮንኩም እንተ ተሰሚዑኩም፣ ሕተቱና።
breach-risk = ኣብ ዝምልከቶም ሰባት ዘሎ ሓደጋ
breach-risk-unlikely = ዝኾነ ሓደጋ ከስዕብ ኣይመስልን (ንተቖጻጻሪ ኣካል ምሕባር ኣየድልን፤ ምኽንያቱ ግለጹ)
breach-risk-risk = ሓደጋ ኣሎ (ንተቖጻጻሪ ኣካል ሕበሩ)
breach-risk-high = ዓቢ ሓደጋ ኣሎ (ንተቖጻጻሪ ኣካልን ንነፍሲ ወከፍ ዝምልከቶ ሰብን ሕበሩ)
breach-risk-reasoning = ስለምንታይ እዚ ደረጃ ሓደጋ ኮይኑ
breach-risk-reasoning-hint = ምኽንያትኩም ኣብ መዝገብ ይዕቀብ፣ ንተቖጻጻሪ ኣካል ወይ ንዝምልከቶም ሰባት ከይትሕብሩ ምስ እትውስኑ'ውን።
breach-record = ነቲ ጥሕሰት መዝግቡ
breach-recorded = እቲ ጥሕሰት ተመዝጊቡ። ቆጸራ 72 ሰዓታት ጀሚሩ ኣሎ።
breach-tell-heading = ንተቖጻጻሪ ኣካል ምሕባር
breach-told-at = ተቖጻጻሪ ኣካል መዓስ ተሓቢሩ
breach-authority-reference = ቁጽሪ መወከሲ ናይ ተቖጻጻሪ ኣካል
breach-delay-reason = ምኽንያት ምድንጓይ (እንተሎ)
breach-delay-reason-hint = ተቖጻጻሪ ኣካል ምስ ፈለጥና ካብ 72 ሰዓታት ንላዕሊ ደንጒዩ እንተ ተሓቢሩ የድሊ።
breach-tell = ተቖጻጻሪ ኣካል ከም ዝተሓበረ መዝግቡ
breach-authority-recorded = ተመዝጊቡ: ተቖጻጻሪ ኣካል ተሓቢሩ።
breach-updates-heading = ደሓር ዝተወሃበ ሓበሬታ
breach-update = ንተቖጻጻሪ ኣካል ዝተወሃበ ተወሳኺ ሓበሬታ
breach-update-hint = ድሕሪ እቲ ቀዳማይ ምሕባር ዝፈለጥኩምዎን ንተቖጻጻሪ ኣካል ዝሓበርኩምዎን።
breach-add-update = ነዚ ሓበሬታ ወስኹ
breach-update-added = እቲ ሓበሬታ ኣብ መዝገብ ተወሲኹ።
breach-people-heading = ዝምልከቶም ሰባት
breach-people = ቁጽሪ ጉዳይ ናይ ዝምልከቶም ሰባት
breach-people-hint = ኣብ ነፍሲ ወከፍ መስመር ሓደ ቁጽሪ ጉዳይ።
breach-add-people = ነዞም ሰባት ወስኹ
breach-people-added = እቶም ሰባት ተወሲኾም። ምስ ተዳለኹም እቲ መፍለጢ ስደዱሎም።
breach-notify-explained =
    { $people ->
        [one] ን{ $people } ሰብ እቲ መፍለጢ ገና ኣይተሰደደሉን። ምስ ኣተወ ከንብቦ እዩ፣ ሓድሽ ነገር ከም ዘሎ ዝሕብር መልእኽቲ ድማ ክበጽሖ እዩ።
       *[other] ን{ $people } ሰባት እቲ መፍለጢ ገና ኣይተሰደደሎምን። ምስ ኣተዉ ከንብብዎ እዮም፣ ሓድሽ ነገር ከም ዘሎ ዝሕብር መልእኽቲ ድማ ክበጽሖም እዩ።
    }
breach-notify = እቲ መፍለጢ ስደዱ
breach-people-notified = እቶም መፍለጢታት ተሰዲዶም።
breach-notice-heading = ኣብ ሓበሬታኹም ዘጋጠመ ጸገም
breach-notice-intro = ብዕለት { $date } ኣብ ገለ ካብ ሓበሬታኹም ጸገም ከም ዘጋጠመ ፈሊጥና። ይቕረታ ንሓትት። ኣብ ታሕቲ፣ እንታይ ከም ዘጋጠመን እንታይ ክትገብሩ ከም እትኽእሉን ኣሎ።
breach-notice-data = ዝምልከቶ ሓበሬታ: { $categories }
breach-notice-consequences = እንታይ ከጋጥም ይኽእል
breach-notice-measures = ዝገበርናዮ
breach-notice-advice = ክትገብርዎ እትኽእሉ
breach-notice-contact = ሕቶ ኣለኩም? ንሓላፊ ሓለዋ ሓበሬታና ጽሓፉ: { $contact }
breach-notice-sent = ብዕለት { $date } ተሓቢሩ
BR-001 = ምሉእ ቁጽሪ ጽሓፉ፣ 0 ወይ ካብኡ ንላዕሊ።
BR-002 = እዚ ግዜ ኣብ መጻኢ እዩ።
BR-003 = እዚ ቅድሚ እቲ ጥሕሰት ምርካቡ ክኸውን ኣይክእልን።
BR-004 = ካብ እንፈልጥ ልዕሊ 72 ሰዓታት ሓሊፉ: ምኽንያት ምድንጓይ ግለጹ።
BR-005 = እዞም መስመራት ምስ ዝኾነ ቁጽሪ ጉዳይ ኣይሰማምዑን። ኣእርምዎም ወይ ኣልግስዎም፤ ገና ዝተወሰኸ ሰብ የለን።
BR-006 = ዕለትን ሰዓትን ጽሓፉ፣ ንኣብነት 2026-12-03 14:30።
BR-007 = ንተቖጻጻሪ ኣካል ዝተገብረ ምሕባር ድሮ ተመዝጊቡ ኣሎ። ደሓር ዝመጸ ሓበሬታ ኣብ ታሕቲ ወስኹ።
mail-data-incident-subject = ብዛዕባ ሓበሬታኹም ኣገዳሲ መልእኽቲ
mail-data-incident-body =
    ብዛዕባ ሓበሬታኹም ኣገዳሲ መልእኽቲ ኣሎ። ንምንባቡ እተዉ: { $url }
sms-data-incident = Amana: ብዛዕባ ሓበሬታኹም ኣገዳሲ መልእኽቲ ኣሎ። ንምንባቡ እተዉ: { $url }
breach-nature-person-confidentiality = ክርእዮ ዘይግብኦ ሰብ ገለ ካብ ሓበሬታኹም ርእዩ ክኸውን ይኽእል።
breach-nature-person-integrity = ገለ ካብ ሓበሬታኹም ብጌጋ ተቐይሩ።
breach-nature-person-availability = ገለ ካብ ሓበሬታኹም ጠፊኡ፣ ወይ ንገለ ግዜ ክርከብ ኣይከኣለን።
breach-clocks-heading = ጥሕሰታት ሓበሬታ: ንተቖጻጻሪ ኣካል ምሕባር
breach-people-list = ዝምልከቶም ሰባት፣ እቲ መፍለጢ ንነፍሲ ወከፍ መዓስ ከም ዝተሰደደሉ
breach-person-reference = ቁጽሪ ጉዳይ
breach-person-notified = መፍለጢ ተሰዲዱ
breach-person-not-notified = ገና ኣይተሰደደን
