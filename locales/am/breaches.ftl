# የመረጃ ጥሰት መዝገብ (ለመረጃ ጥበቃ ኃላፊው) እና አንድ ሰው በመረጃው ላይ ስለደረሰ ጥሰት የሚያነበው ማሳወቂያ።
nav-breaches = የመረጃ ጥሰቶች
breaches-title = የመረጃ ጥሰት መዝገብ
breaches-intro = እያንዳንዱ የግል መረጃ ጥሰት፣ ሪፖርት መደረግ ቢኖርበትም ባይኖርበትም፣ እዚህ ይመዘገባል። ጥሰቱ ማንንም ለአደጋ ያጋልጣል ተብሎ የማይገመት ካልሆነ በስተቀር፣ ካወቅንበት ጊዜ ጀምሮ በ72 ሰዓት ውስጥ ለተቆጣጣሪው ባለሥልጣን ማሳወቅ አለብን።
breaches-none = እስካሁን የተመዘገበ ጥሰት የለም።
breach-title = የመረጃ ጥሰት
breach-back = ወደ ጥሰት መዝገቡ ይመለሱ
breach-reference = መለያ ቁጥር
breach-clock-left =
    { $hours ->
        [one] እስከ { $due } ድረስ ለተቆጣጣሪው ባለሥልጣን ያሳውቁ፦ { $hours } ሰዓት ቀርቷል።
       *[other] እስከ { $due } ድረስ ለተቆጣጣሪው ባለሥልጣን ያሳውቁ፦ { $hours } ሰዓታት ቀርተዋል።
    }
breach-clock-late =
    { $hours ->
        [one] ለተቆጣጣሪው ባለሥልጣን እስከ { $due } ድረስ መነገር ነበረበት፦ { $hours } ሰዓት ዘግይቷል። የመዘግየቱን ምክንያት ይግለጹ።
       *[other] ለተቆጣጣሪው ባለሥልጣን እስከ { $due } ድረስ መነገር ነበረበት፦ { $hours } ሰዓታት ዘግይቷል። የመዘግየቱን ምክንያት ይግለጹ።
    }
breach-clock-told =
    { $hours ->
        [one] ለተቆጣጣሪው ባለሥልጣን በ{ $when } ተነግሯል፤ ይህም ካወቅን ከ{ $hours } ሰዓት በኋላ ነው።
       *[other] ለተቆጣጣሪው ባለሥልጣን በ{ $when } ተነግሯል፤ ይህም ካወቅን ከ{ $hours } ሰዓታት በኋላ ነው።
    }
breach-people-count = የሚመለከታቸው ሰዎች፦ { $people }። የተላኩ ማሳወቂያዎች፦ { $notified }።
breach-record-heading = ጥሰት ይመዝግቡ
breach-discovered-at = ጥሰቱ የተገኘበት ጊዜ
breach-aware-at = የግል መረጃ መነካቱን ያወቅንበት ጊዜ
breach-aware-at-hint = 72ቱ ሰዓታት የሚጀምሩት ከዚህ ነው። ቀን እና ሰዓት በUTC።
breach-processor-reported-at = መረጃ አቀናባሪ (processor) ለእኛ ሪፖርት ያደረገበት ጊዜ (ካደረገ)
breach-moment-hint = ቀን እና ሰዓት በUTC፣ ለምሳሌ 2026-12-03 14:30።
breach-optional-moment-hint = መረጃ አቀናባሪ ካልተሳተፈ ባዶ ይተዉት።
breach-not-given = አልተገለጸም
breach-nature = በመረጃው ላይ የደረሰው
breach-nature-confidentiality = ሊያየው የማይገባ ሰው አይቶት ሊሆን ይችላል (ምስጢራዊነት)
breach-nature-integrity = በስህተት ተቀይሯል (ትክክለኛነት)
breach-nature-availability = ጠፍቷል ወይም ሊገኝ አልቻለም (ተደራሽነት)
breach-description = ምን ተፈጠረ
breach-description-hint = ለመዝገቡ ብቻ ነው፤ ለሚመለከታቸው ሰዎች በፍጹም አይታይም። እዚህ የግል መረጃ አይጻፉ።
breach-categories = የሚመለከታቸው የመረጃ ዓይነቶች
breach-approx-people = በግምት ስንት ሰዎች
breach-approx-records = በግምት ስንት መዛግብት
breach-consequences = ለሚመለከታቸው ሰዎች ሊከተሉ የሚችሉ መዘዞች
breach-consequence-others-may-read = መረጃዎን ማግኘት የሌለበት ሰው ሊያነበው ይችላል።
breach-consequence-identity-misuse = አንድ ሰው እርስዎን መስሎ ለመቅረብ መረጃዎን ሊጠቀም ይችላል።
breach-consequence-contact-by-strangers = የማያውቋቸው ሰዎች ሊያገኙዎት ወይም የት እንደሚኖሩ ለማወቅ ሊሞክሩ ይችላሉ።
breach-consequence-wrong-decision = ስለ እርስዎ የሚሰጥ ውሳኔ በተሳሳተ መረጃ ላይ ተመሥርቶ ሊሆን ይችላል።
breach-consequence-delay = ጉዳይዎ ተጨማሪ ጊዜ ሊወስድ ይችላል።
breach-consequence-data-lost = ከመረጃዎ የተወሰነው ጠፍቶ ሊሆን ይችላል።
breach-measures = ያደረግነው ወይም የምናደርገው
breach-measure-access-closed = መረጃው የወጣበትን መንገድ ዘግተናል።
breach-measure-data-recovered = መረጃውን መልሰን አግኝተናል ወይም ወደ ቦታው መልሰናል።
breach-measure-recipient-asked-to-delete = መረጃውን የተቀበለውን እንዲሰርዘው ጠይቀናል፤ መሰረዙንም አረጋግጠናል።
breach-measure-police-informed = ለፖሊስ አሳውቀናል።
breach-measure-accounts-secured = የይለፍ ቃሎችን ቀይረናል፤ የሚመለከታቸውን አካውንቶች ቆልፈናል።
breach-measure-staff-trained = ይህ እንደገና እንዳይከሰት ሠራተኞቻችን የሚሠሩበትን መንገድ ቀይረናል።
breach-advice = የሚመለከታቸው ሰዎች ማድረግ የሚችሉት
breach-advice-watch-for-contact = ስለ ጉዳይዎ ያልጠበቁት ስልክ፣ መልእክት ወይም ጉብኝት ቢመጣ ይጠንቀቁ።
breach-advice-do-not-answer-strangers = በራሱ ቀድሞ ለሚያገኝዎት ሰው የጉዳይ ቁጥርዎን ወይም የትውልድ ቀንዎን በፍጹም አይስጡ።
breach-advice-check-my-data = መረጃዎን እዚሁ በአማና ይመልከቱ፤ የተሳሳተ ነገር ካለ እንድናስተካክለው ይጠይቁን።
breach-advice-tell-helper = የሚረዳዎት ድርጅት ካለ፣ ስለዚህ ማሳወቂያ ይንገሯቸው።
breach-advice-ask-us = ጥያቄ ካለዎት፣ ወይም ደኅንነት ካልተሰማዎት፣ ይጠይቁን።
breach-risk = ለሚመለከታቸው ሰዎች ያለው አደጋ
breach-risk-unlikely = ምንም አደጋ ያስከትላል ተብሎ አይገመትም (ለተቆጣጣሪው ባለሥልጣን ማሳወቅ አያስፈልግም፤ ምክንያቱን ይግለጹ)
breach-risk-risk = አደጋ አለ (ለተቆጣጣሪው ባለሥልጣን ያሳውቁ)
breach-risk-high = ከፍተኛ አደጋ አለ (ለተቆጣጣሪው ባለሥልጣን እና ለእያንዳንዱ የሚመለከተው ሰው ያሳውቁ)
breach-risk-reasoning = አደጋው በዚህ ደረጃ የተገመተበት ምክንያት
breach-risk-reasoning-hint = ለተቆጣጣሪው ባለሥልጣን ወይም ለሚመለከታቸው ሰዎች ላለማሳወቅ ሲወስኑም ጭምር፣ ምክንያትዎ በመዝገቡ ውስጥ ይቀመጣል።
breach-record = ጥሰቱን ይመዝግቡ
breach-recorded = ጥሰቱ ተመዝግቧል። የ72 ሰዓቱ ቆጠራ ጀምሯል።
breach-tell-heading = ለተቆጣጣሪው ባለሥልጣን ማሳወቅ
breach-told-at = ለተቆጣጣሪው ባለሥልጣን የተነገረበት ጊዜ
breach-authority-reference = የተቆጣጣሪው ባለሥልጣን መለያ ቁጥር
breach-delay-reason = የመዘግየት ምክንያት (ካለ)
breach-delay-reason-hint = ካወቅንበት ጊዜ ከ72 ሰዓት በላይ ቆይቶ ለተቆጣጣሪው ባለሥልጣን ከተነገረ ያስፈልጋል።
breach-tell = ለተቆጣጣሪው ባለሥልጣን መነገሩን ይመዝግቡ
breach-authority-recorded = ተመዝግቧል፦ ለተቆጣጣሪው ባለሥልጣን ተነግሯል።
breach-updates-heading = በኋላ የተሰጠ መረጃ
breach-update = ለተቆጣጣሪው ባለሥልጣን የተሰጠ ተጨማሪ መረጃ
breach-update-hint = ከመጀመሪያው ማሳወቂያ በኋላ ያወቁት እና ለተቆጣጣሪው ባለሥልጣን የነገሩት።
breach-add-update = ይህን መረጃ ያክሉ
breach-update-added = መረጃው በመዝገቡ ላይ ተጨምሯል።
breach-people-heading = የሚመለከታቸው ሰዎች
breach-people = የሚመለከታቸው ሰዎች የጉዳይ ቁጥሮች
breach-people-hint = በእያንዳንዱ መስመር አንድ የጉዳይ ቁጥር።
breach-add-people = እነዚህን ሰዎች ያክሉ
breach-people-added = ሰዎቹ ተጨምረዋል። ዝግጁ ሲሆኑ ማሳወቂያውን ይላኩላቸው።
breach-notify-explained =
    { $people ->
        [one] ለ{ $people } ሰው ማሳወቂያው ገና አልተላከም። ሲገቡ ያነቡታል፤ አዲስ ነገር እንዳለ የሚገልጽ መልእክትም ይደርሳቸዋል።
       *[other] ለ{ $people } ሰዎች ማሳወቂያው ገና አልተላከም። ሲገቡ ያነቡታል፤ አዲስ ነገር እንዳለ የሚገልጽ መልእክትም ይደርሳቸዋል።
    }
breach-notify = ማሳወቂያውን ይላኩ
breach-people-notified = ማሳወቂያዎቹ ተልከዋል።
breach-notice-heading = በመረጃዎ ላይ ያጋጠመ ችግር
breach-notice-intro = በ{ $date } ከመረጃዎ የተወሰነው ላይ ችግር እንደነበረ አውቀናል። ይቅርታ እንጠይቃለን። የሆነውን እና እርስዎ ማድረግ የሚችሉትን ከዚህ በታች ያገኛሉ።
breach-notice-data = የሚመለከተው መረጃ፦ { $categories }
breach-notice-consequences = ምን ሊከሰት ይችላል
breach-notice-measures = ያደረግነው
breach-notice-advice = እርስዎ ማድረግ የሚችሉት
breach-notice-contact = ጥያቄ አለዎት? ለመረጃ ጥበቃ ኃላፊያችን ይጻፉ፦ { $contact }
breach-notice-sent = በ{ $date } ተነግሯል
BR-001 = ሙሉ ቁጥር ይጻፉ፣ 0 ወይም ከዚያ በላይ።
BR-002 = ይህ ጊዜ ገና ወደፊት ነው።
BR-003 = ይህ ጥሰቱ ከተገኘበት ጊዜ በፊት ሊሆን አይችልም።
BR-004 = ካወቅንበት ጊዜ ከ72 ሰዓት በላይ አልፏል፦ የመዘግየቱን ምክንያት ይግለጹ።
BR-005 = እነዚህ መስመሮች ከየትኛውም የጉዳይ ቁጥር ጋር አይዛመዱም። ያስተካክሏቸው ወይም ያስወግዷቸው፤ እስካሁን ማንም አልተጨመረም።
BR-006 = ቀን እና ሰዓት ይጻፉ፣ ለምሳሌ 2026-12-03 14:30።
BR-007 = ለተቆጣጣሪው ባለሥልጣን የተደረገው ማሳወቂያ አስቀድሞ ተመዝግቧል። በኋላ የታወቀ መረጃን ከዚህ በታች ያክሉ።
mail-data-incident-subject = ስለ መረጃዎ አስፈላጊ መልእክት
mail-data-incident-body =
    ስለ መረጃዎ አስፈላጊ መልእክት አለ። ለማንበብ ይግቡ፦ { $url }
sms-data-incident = Amana: ስለ መረጃዎ አስፈላጊ መልእክት አለ። ለማንበብ ይግቡ፦ { $url }
breach-nature-person-confidentiality = ሊያየው የማይገባ ሰው ከመረጃዎ የተወሰነውን አይቶት ሊሆን ይችላል።
breach-nature-person-integrity = ከመረጃዎ የተወሰነው በስህተት ተቀይሯል።
breach-nature-person-availability = ከመረጃዎ የተወሰነው ጠፍቷል፣ ወይም ለተወሰነ ጊዜ ሊገኝ አልቻለም።
breach-clocks-heading = የመረጃ ጥሰቶች፦ ለተቆጣጣሪው ባለሥልጣን ማሳወቅ
breach-people-list = የሚመለከታቸው ሰዎች፣ እና ማሳወቂያው ለእያንዳንዳቸው መቼ እንደተላከ
breach-person-reference = የጉዳይ ቁጥር
breach-person-notified = ማሳወቂያው ተልኳል
breach-person-not-notified = ገና አልተላከም
