## Helpers of civil-society organisations
helper-sign-in-title = የረዳቶች መግቢያ
helper-sign-in-intro = በባለሥልጣኑ ለተመዘገቡ ድርጅቶች ረዳቶች። በኢሜይል አድራሻዎ እና በይለፍ ቃልዎ ይግቡ፤ ከዚያም ከማረጋገጫ መተግበሪያዎ (authenticator app) የሚያገኙትን ኮድ ያስገቡ።
helper-home-title = የሚረዷቸው ሰዎች
helper-people = ውክልና የሰጡዎት ሰዎች
helper-people-none = እስካሁን ማንም ውክልና አልሰጠዎትም፣ ወይም ሁሉም ውክልናዎች አብቅተዋል። አንድ ሰው ውክልና የሚሰጠው ከራሱ አካውንት፣ በአጭር ኮድ ነው።
helper-scope = የተፈቀደልዎት
helper-until = የሚያበቃበት ቀን
nav-helper-people = የሚረዷቸው ሰዎች
mandate-scope-view = መረጃውን ማየት
mandate-scope-request = በባለቤቱ ስም ጥያቄ ማቅረብ
mandate-scope-consent = ፈቃዱን ማስተዳደር
mandate-scope-complain = በባለቤቱ ስም ቅሬታ ማቅረብ

## Administration: organisations and their helpers
admin-organisations = የረዳት ድርጅቶች
admin-organisations-intro = ውክልና ለሰጧቸው ሰዎች ረዳቶቻቸው በሰዎቹ ምትክ መሥራት የሚችሉ የሲቪል ማኅበረሰብ ድርጅቶች። አንድን ድርጅት ማገድ የረዳቶቹን መዳረሻ ወዲያውኑ ያቋርጣል።
admin-new-organisation = ድርጅት ይመዝግቡ
admin-organisation-kind = ዓይነት
admin-organisation-contact = የመገናኛ አድራሻ
organisation-kind-ngo = መንግሥታዊ ያልሆነ ድርጅት
organisation-kind-legal-aid = የሕግ ድጋፍ
organisation-kind-community-group = የማኅበረሰብ ቡድን
admin-suspended = ታግዷል
admin-suspend = ያግዱ
admin-reinstate = እገዳውን ያንሱ
admin-helpers = ረዳቶች
admin-new-helper = ረዳት ያክሉ
admin-helper-organisation = ድርጅት

## Mandates: the person gives a helper permission to act for them
nav-mandates = ረዳቶች
mandates-title = ሊረዱዎት የሚችሉ ሰዎች
mandates-intro = ከሚያምኑት ድርጅት የመጣ ረዳት በእርስዎ ምትክ እንዲሠሩ መፍቀድ ይችላሉ፦ መረጃዎን እንዲያዩ፣ ጥያቄ እንዲያቀርቡ፣ ፈቃድዎን እንዲያስተዳድሩ ወይም ቅሬታ እንዲያቀርቡ። ምን እንደሚያደርጉ እና ለምን ያህል ጊዜ እንደሆነ እርስዎ ይመርጣሉ። በማንኛውም ጊዜም ማቆም ይችላሉ።
mandates-none = እስካሁን ለማንም ውክልና አልሰጡም።
mandates-back = ሊረዱዎት ወደሚችሉ ሰዎች ገጽ ይመለሱ
mandate-no-helper-yet = ረዳቱ ኮዱን እስኪያስገቡ በመጠበቅ ላይ
mandate-state-waiting = ኮዱን በመጠበቅ ላይ
mandate-state-active = በሥራ ላይ
mandate-state-revoked = በእርስዎ ቆሟል
mandate-state-ended = አብቅቷል
mandate-revoke = ይህን ውክልና አሁኑኑ ያቁሙ
mandate-grant-title = ለረዳት ውክልና ይስጡ
mandate-grant-intro = አጭር ኮድ ያገኛሉ። ኮዱን ራስዎ ለረዳትዎ ይስጡ፤ በአካል ወይም በስልክ። ኮዱ የሚሠራው አንድ ጊዜ ብቻ፣ ለ30 ደቂቃ ነው።
mandate-grant-scope = ረዳቱ ምን ማድረግ ይችላሉ?
mandate-grant-days = ለምን ያህል ጊዜ?
mandate-days-1 = አንድ ቀን
mandate-days-7 = አንድ ሳምንት
mandate-days-30 = አንድ ወር
mandate-days-90 = ሦስት ወር
mandate-days-182 = ስድስት ወር
mandate-grant = ኮዱን ያግኙ
mandate-code-title = ለረዳትዎ የሚሰጡት ኮድ
mandate-code-intro = ይህን ኮድ ለረዳትዎ ይስጡ። ኮዱ የሚሠራው አንድ ጊዜ ብቻ፣ በ30 ደቂቃ ውስጥ ነው።
mandate-code-warning = ኮዱን እንዲረዳዎ ለሚፈልጉት ሰው ብቻ ይስጡ። ከባለሥልጣኑ ማንም ሰው ይህን ኮድ አይጠይቅዎትም።
mandate-code-shown = ኮዱ የታየው አንድ ጊዜ ብቻ ነው። ለረዳትዎ ካልሰጡት፣ ያንን ውክልና ያቁሙ እና አዲስ ይስጡ።
notice-mandate-revoked = ውክልናው ቆሟል። ረዳቱ ከእንግዲህ በእርስዎ ምትክ መሥራት አይችሉም።
MD-001 = ረዳቱ ማድረግ የሚችሉትን ቢያንስ አንድ ነገር ይምረጡ።
MD-002 = ለምን ያህል ጊዜ እንደሆነ ይምረጡ።
MD-003 = ይህ ኮድ አይሠራም። በስህተት ተጽፎ፣ ከዚህ በፊት ጥቅም ላይ ውሎ ወይም ጊዜው አልፎበት ሊሆን ይችላል።
MD-004 = ከዚህ ሰው ያገኙት ውክልና ይህን አይፈቅድም፣ ወይም ውክልናው አብቅቷል።
MD-005 = የሰውየውን የጉዳይ ቁጥር ያስገቡ።
MD-006 = የጉዳይ ቁጥር ፊደሎች፣ ቁጥሮች እና ሰረዞች (-) ብቻ ነው የሚይዘው። በሰውየው ወረቀቶች ላይ እንደታተመው ይጻፉት።
MD-007 = የሰውየውን የትውልድ ቀን ያስገቡ።
MD-008 = የትውልድ ቀኑን በሰውየው ወረቀቶች ላይ እንዳለው፣ በአውሮፓውያን አቆጣጠር ያስገቡ፤ ለምሳሌ 1990-01-31 ወይም 31/01/1990። ወረቀቶቹ ዓመቱን ብቻ፣ ወይም ዓመቱንና ወሩን ብቻ ከያዙ፣ 1978 ወይም 1978-11 ብቻ ያስገቡ።
access-mandate-activated = በሰጡት ውክልና እርስዎን መርዳት ጀምረዋል

## The helper enters a code
helper-redeem-title = ከሰውየው የተቀበሉትን ኮድ ያስገቡ
helper-redeem-intro = ሰውየው ከራሳቸው አካውንት ያገኙትን ኮድ ይሰጡዎታል። እርሳቸውን መርዳት ለመጀመር ኮዱን እዚህ ይጻፉ።
helper-redeem-code = ኮድ
helper-redeem = መርዳት ይጀምሩ
helper-mandate-taken-up = አሁን ይህን ሰው በፈቀዱልዎት መጠን መርዳት ይችላሉ።

## A helper acting for a person
helper-act-for = በዚህ ሰው ምትክ ይሥሩ
helper-acting-label = በሌላ ሰው ምትክ እየሠሩ ነው
helper-acting-for = በ{ $name } ምትክ እየሠሩ ነው
helper-nav-data = የሰውየው መረጃ
helper-nav-requests = የሰውየው ጥያቄዎች
helper-nav-consent = የሰውየው ፈቃድ
helper-nav-complain = በሰውየው ስም ቅሬታ ያቅርቡ
helper-stop-acting = በዚህ ሰው ምትክ መሥራት ያቁሙ
helper-mandate-ended = በዚያ ሰው ምትክ ለመሥራት የነበረዎት ውክልና አብቅቷል፤ ጊዜው አልፎበታል፣ ሰውየው አቁመውታል፣ ወይም ድርጅትዎ ታግዷል።
actor-helper = { $helper } ({ $organisation }፣ ረዳት)
actor-helper-for = { $helper } ({ $organisation })፣ በ{ $person } ስም
actor-helper-for-you = { $helper } ({ $organisation })፣ በእርስዎ ስም
message-to-helper = ለረዳቱ
access-requests-listed = የጥያቄዎችዎን ዝርዝር አይተዋል
access-consent-viewed = የፈቃድ ምርጫዎችዎን አይተዋል
access-request-filed = በእርስዎ ስም ጥያቄ አቅርበዋል
access-request-withdrawn = ከጥያቄዎችዎ አንዱን አንስተዋል
access-request-information-added = ከጥያቄዎችዎ በአንዱ ላይ መረጃ ጨምረዋል
access-consent-given = በእርስዎ ስም ፈቃድ ሰጥተዋል
access-consent-withdrawn = በእርስዎ ስም ፈቃድ መልሰው ወስደዋል
access-complaint-filed = በእርስዎ ስም ቅሬታ አቅርበዋል
case-submitted-by = ያቀረበው
case-submitted-by-helper = { $helper } ({ $organisation })፣ በ{ $person } ስም
case-message-to = ለማን ይላክ
case-message-to-person = ለሰውየው
ST-028 = መልእክት የሚጻፍለት ረዳት የለም፤ ይህ ጥያቄ በረዳት በኩል አልመጣም፣ ወይም የረዳቱ ውክልና አብቅቷል።
mail-helper-news-subject = ለሌላ ሰው ስላቀረቡት ጥያቄ መልእክት አለዎት
mail-helper-news-body =
    ለሌላ ሰው ስላቀረቡት ጥያቄ መልእክት አለዎት። ለማንበብ ይግቡ፦ { $url }

## Assisted start: the helper asks, the person confirms with a code
helper-assisted-title = አብሮዎት ካለ ሰው ጋር ይጀምሩ
helper-assisted-intro = ሰውየው አብሮዎት ካለ፣ የጉዳይ ቁጥራቸውን እና የትውልድ ቀናቸውን ይጻፉ፤ እንዲያደርጉላቸው የሚፈልጉትንም ይምረጡ። ሰውየው ኮድ የሚያገኙት በራሳቸው የመገናኛ አድራሻ ነው፤ አድራሻ ከሌላቸው፣ የባለሥልጣኑ ቢሮ ኮዱን አትሞ ይሰጣቸዋል። የእርስዎ ውክልና የሚጀምረው ያንን ኮድ "ከሰውየው የተቀበሉትን ኮድ ያስገቡ" በሚለው ገጽ ላይ ሲጽፉት ብቻ ነው።
helper-assisted-send = ከሰውየው ኮድ ይጠይቁ
helper-assisted-sent = እነዚህ መረጃዎች ከአንድ መዝገብ ጋር ከተዛመዱ፣ ሰውየው በመገናኛ አድራሻቸው ኮድ ደርሷቸዋል። የመገናኛ አድራሻ ከሌላቸው፣ ከባለሥልጣኑ ቢሮ የታተመ ኮድ መጠየቅ ይችላሉ።
mail-mandate-request-subject = አንድ ረዳት በእርስዎ ምትክ ለመሥራት ፈቃድ ይጠይቃሉ
mail-mandate-request-body =
    { $organisation } በባለሥልጣኑ ዘንድ ባለው መረጃዎ ሊረዳዎ ይጠይቃል። የሚፈቀድላቸው፦ { $scope }።

    አብረዋቸው ካሉ እና ከተስማሙ፣ ይህን ኮድ ይስጧቸው፦ { $code }

    ኮዱ የሚሠራው አንድ ጊዜ ብቻ፣ ለ30 ደቂቃ ነው። እርዳታ ካልጠየቁ፣ ይህን መልእክት ይተዉት፤ ያለ ኮዱ ምንም ነገር አይፈጸምም።
access-mandate-requested = በእርስዎ ምትክ ለመሥራት ጠይቀዋል (ኮድዎን እስኪሰጡ ድረስ ምንም ነገር አይፈጸምም)
access-mandate-code-printed = ረዳትን እንዲያረጋግጡ ኮድ አትመውልዎታል
nav-staff-mandates = የረዳት ጥያቄዎች
staff-mandates-title = ኮድ የሚጠብቁ የረዳት ጥያቄዎች
staff-mandates-intro = እነዚህን ጥያቄዎች የጀመረው አንድ ረዳት ነው፤ የመገናኛ አድራሻ ለሌለው ሰው ሊሆን ይችላል። መጀመሪያ የሰውየውን ማንነት በአካል ያረጋግጡ። ከዚያም ኮድ አትመው ለሰውየው ይስጡ እንጂ ለረዳቱ አይስጡ። ኮዱ የሚሠራው አንድ ጊዜ ብቻ፣ ለሦስት ቀናት እና ለዚያ ረዳት ብቻ ነው።
staff-mandates-none = የሚጠብቅ የረዳት ጥያቄ የለም።
staff-mandates-requested = የተጠየቀበት ቀን
staff-mandates-print = ለሰውየው ኮድ ያትሙ
staff-mandate-code-title = ለሰውየው የሚሰጥ ኮድ
staff-mandate-code-intro = ይህን ወረቀት ለሰውየው ይስጡ። ከተስማሙ ኮዱን ለረዳታቸው ይሰጣሉ፤ ረዳቱም ኮዱን ያስገባሉ። ኮዱን መጠቀም የሚችለው ይህ ረዳት ብቻ ነው፤ አንድ ጊዜ ብቻ፣ እስከ { $until } ድረስ።
staff-mandate-code-shown = ኮዱ የታየው አንድ ጊዜ ብቻ ነው። ወረቀቱ ከጠፋ አዲስ ኮድ ያትሙ፤ የድሮው ኮድ መሥራት ያቆማል።
access-mandate-request-viewed = በእርስዎ ምትክ ለመሥራት የቀረበውን የረዳት ጥያቄ አይተዋል
notice-mandate-code-printed = አንድ ረዳት በእርስዎ ምትክ እንዲሠራ ሠራተኞች ኮድ በወረቀት አትመዋል። ይህን ካልጠየቁ፣ "ረዳቶች" በሚለው ገጽ ላይ ያቁሙት።
