# Amana — Amharic (አማርኛ). Every string a person reads comes from here; other locales must define every key.

## The whole site
app-name = አማና
nav-skip = ወደ ዋናው ይዘት ይለፉ
nav-label = ዋና ምናሌ
nav-language = ቋንቋ
nav-my-data = የእኔ መረጃ
nav-sign-out = ይውጡ
nav-quick-exit = በፍጥነት ይውጡ
footer-fictional = አማና ማሳያ ብቻ ነው። በውስጡ ያሉት ሰዎችና መዝገቦች በሙሉ እውነተኛ አይደሉም።
form-error-summary = ችግር አለ

## Home
home-title = የእርስዎ መረጃ፣ የእርስዎ መብት
home-choose-language = ቋንቋዎን ይምረጡ
home-about-heading = ይህ ምንድን ነው?
home-about = እዚህ ባለሥልጣኑ ስለ እርስዎ የያዘውን የግል መረጃ፣ ለምን እንደያዘው እና ለማን እንደሚያጋራው ማየት ይችላሉ። መረጃው እንዲስተካከል ወይም እንዲሰረዝ መጠየቅ ይችላሉ። ማን እንዳየውም ማየት ይችላሉ።
home-rights-heading = መብቶችዎ
right-access = ስለ እርስዎ የተያዘውን መረጃ በሙሉ ማየት እና ቅጂውን መውሰድ።
right-correct = የተሳሳተ መረጃ እንዲስተካከል መጠየቅ።
right-erase = መረጃ እንዲሰረዝ መጠየቅ።
right-restrict = መረጃዎ ከእንግዲህ ጥቅም ላይ እንዳይውል መጠየቅ።
right-consent = ፈቃድዎን በማንኛውም ጊዜ መስጠት ወይም መልሰው መውሰድ።
right-complain = ገለልተኛ ለሆነ ባለሥልጣን ቅሬታ ማቅረብ።
right-who-looked = መረጃዎን ማን እንዳየው እና ለምን እንደሆነ ማየት።
home-rights-free = መብቶችዎን መጠቀም ነፃ ነው። በአንድ ወር ውስጥ መልስ ያገኛሉ። ጥያቄዎ ውስብስብ ከሆነ፣ ይህ ጊዜ በሁለት ተጨማሪ ወራት ሊራዘም ይችላል፤ ምክንያቱም ይነገርዎታል።
home-sign-in = ይግቡ
notice-signed-out = ወጥተዋል። ይህ የጋራ ስልክ ከሆነ፣ አሁኑኑ አሳሹን (ብራውዘሩን) ይዝጉ።

## Not found
not-found-title = ገጹ አልተገኘም
not-found-home = ወደ መጀመሪያው ገጽ ይሂዱ

## Sign in
sign-in-title = ይግቡ
sign-in-intro = በወረቀቶችዎ ላይ የታተመውን የጉዳይ ቁጥር እና የትውልድ ቀንዎን ያስገቡ። በመዝገባችን ወዳለው የመገናኛ አድራሻዎ የአንድ ጊዜ ኮድ እንልካለን።
sign-in-case-reference = የጉዳይ ቁጥር
sign-in-case-reference-hint = ለምሳሌ DEMO-0001። በወረቀቶችዎ ላይ ታትሟል።
sign-in-date-of-birth = የትውልድ ቀን
sign-in-date-of-birth-hint = በወረቀቶችዎ ላይ እንዳለው፣ በአውሮፓውያን አቆጣጠር (እ.ኤ.አ.)፦ ዓመት-ወር-ቀን (1990-01-31) ወይም ቀን/ወር/ዓመት (31/01/1990)። ወረቀቶችዎ ዓመቱን ብቻ፣ ወይም ዓመቱንና ወሩን ብቻ ከያዙ፣ ያንኑ ብቻ ያስገቡ (1978 ወይም 1978-11)።
sign-in-send-code = ኮድ ይላኩልኝ
sign-in-privacy = አንድ የጉዳይ ቁጥር መኖሩን ወይም አለመኖሩን ለማንም አንናገርም።

code-title = ኮድዎን ያስገቡ
code-intro = ያስገቡት መረጃ ከመዝገባችን ጋር ከተዛመደ፣ በመዝገባችን ወዳለው የመገናኛ አድራሻዎ ባለ 6 አሃዝ ኮድ ልከናል። ኮዱ የሚሠራው ለ10 ደቂቃ ብቻ ነው።
code-label = ባለ 6 አሃዝ ኮድ
code-hint = በቁጥሮቹ መካከል ክፍተት ቢያደርጉም ችግር የለውም።
code-submit = ይግቡ
code-start-again = ኮድ አልደረሰዎትም? እንደገና ይጀምሩ

## My data
my-data-title = የእኔ መረጃ
my-data-reference = የጉዳይ ቁጥር:
my-data-intro = ስለ እርስዎ የተያዘው መረጃ በሙሉ፣ በዓይነት ተከፋፍሎ። የአንድን ዓይነት ስም ሲነኩ፣ እያንዳንዱ መረጃ ከየት እንደመጣ፣ ለምን እና እስከ መቼ እንደሚቀመጥ፣ ማን እንደሚቀበለው እና ምን መጠየቅ እንደሚችሉ ያያሉ።
my-data-sensitive = ስሱ መረጃ
my-data-sensitive-explained = ይህ ስሱ መረጃ ነው። ተጨማሪ ጥበቃ አለው፤ ሠራተኞች ይህን ለመክፈት ምክንያት መስጠት አለባቸው።
my-data-source = ምንጭ
my-data-purpose = የተያዘበት ምክንያት
my-data-legal-basis = የሚፈቅደው ሕግ
my-data-kept-until = እስከ መቼ ይቀመጣል
my-data-shared-with = የሚጋራላቸው
# How many items of data one kind holds, beside its heading ("Identity · 6 items").
my-data-field-count = { $count ->
    [one] { $count } መረጃ
   *[other] { $count } መረጃዎች
}
my-data-why = የተያዘበት ምክንያት እና ማን እንደሚቀበለው

category-identity = ማንነት
category-contact = የመገናኛ አድራሻ
category-family = ቤተሰብ
category-legal-status = ሕጋዊ ሁኔታ
category-health = ጤና
category-biometrics = ባዮሜትሪክ (የጣት አሻራ፣ ፎቶ)
category-education = ትምህርት
category-employment = ሥራ
category-case-history = የጉዳይ ታሪክ

field-given-name = ስም
field-family-name = የቤተሰብ ስም
field-date-of-birth = የትውልድ ቀን
field-place-of-birth = የትውልድ ቦታ
field-nationality = ዜግነት
field-sex = ጾታ
field-native-language = የአፍ መፍቻ ቋንቋ
field-document-number = የሰነድ ቁጥር
field-email = የኢሜይል አድራሻ
field-phone = ስልክ ቁጥር
field-address = አድራሻ
field-municipality = ማዘጋጃ ቤት
field-marital-status = የጋብቻ ሁኔታ
field-spouse-name = የትዳር አጋር ስም
field-children-count = የልጆች ብዛት
field-dependants = በእርስዎ የሚተዳደሩ ሌሎች ሰዎች
field-next-of-kin = የቅርብ ዘመድ
field-residence-status = የነዋሪነት ሁኔታ
field-permit-type = የፈቃድ ዓይነት
field-permit-expiry = ፈቃዱ የሚያገለግለው እስከ
field-asylum-claim-date = የጥገኝነት ጥያቄ የቀረበበት ቀን
field-appeal-status = ይግባኝ
field-screening-date = የጤና ምርመራ ቀን
field-screening-result = የጤና ምርመራ ውጤት
field-vaccinations = ክትባቶች
field-disability-needs = ለአካል ጉዳት የሚያስፈልግ ድጋፍ
field-medication-needs = የሚያስፈልጉ መድኃኒቶች
field-fingerprint-record = የጣት አሻራ መዝገብ
field-photo-record = የፎቶ መዝገብ
field-enrolment-date = ባዮሜትሪክ መረጃ የተመዘገበበት ቀን
field-enrolment-office = የተመዘገቡበት ቢሮ
field-highest-education = ከፍተኛው የትምህርት ደረጃ
field-languages-spoken = የሚናገሯቸው ቋንቋዎች
field-school-enrolment = የትምህርት ቤት ምዝገባ
field-work-permit = የሥራ ፈቃድ
field-occupation = ሙያ
field-employer = አሠሪ
field-case-opened = ጉዳዩ የተከፈተበት ቀን
field-case-office = ጉዳዩን የያዘው ቢሮ
field-interview-date = የቃለ መጠይቅ ቀን
field-last-decision = የመጨረሻው ውሳኔ
field-decision-date = የመጨረሻው ውሳኔ ቀን
field-resettlement-referral = ወደ ሌላ አገር ለመዛወር የተላከ (ሪፈራል)
field-statistics-cohort = የስታትስቲክስ ቡድን

purpose-case-management = ጉዳይዎን ማስተናገድ
purpose-residence-permit = በመኖሪያ ፈቃድዎ ላይ መወሰን
purpose-health-screening = እንደደረሱ የሚደረግ የጤና ምርመራ
purpose-family-reunification = ከቤተሰብዎ ጋር ማገናኘት
purpose-biometric-identity = ማንነትዎን ማረጋገጥ
purpose-integration-support = በትምህርት፣ በቋንቋ እና በሥራ ድጋፍ
purpose-resettlement-referral = ወደ ሌላ አገር ለመዛወር ጉዳይዎን መላክ (ሪፈራል)
purpose-statistics = ማንነትን የማይገልጽ ስታትስቲክስ
purpose-service-updates = ስለ አገልግሎቶች ዜና

legal-basis-public-task = ለሕዝብ ጥቅም በሕግ የተሰጠ ሥራ
legal-basis-legal-obligation = ባለሥልጣኑ በሕግ ያለበት ግዴታ
legal-basis-consent = የእርስዎ ፈቃድ (መልሰው ሊወስዱት ይችላሉ)
legal-basis-vital-interests = የአንድን ሰው ሕይወት ለመጠበቅ
legal-basis-contract = ከእርስዎ ጋር ያለ ውል
legal-basis-legitimate-interests = ሕጋዊ ጥቅም፣ ከመብቶችዎ ጋር ተመዝኖ

recipient-none = ከባለሥልጣኑ ውጭ ለማንም አይጋራም
recipient-border-agency = የድንበር ቁጥጥር መሥሪያ ቤት
recipient-municipality = የእርስዎ ማዘጋጃ ቤት
recipient-health-service = የሕዝብ ጤና አገልግሎት
recipient-unhcr = UNHCR (የተባበሩት መንግሥታት የስደተኞች ድርጅት)
recipient-education-provider = ትምህርት ቤት ወይም የቋንቋ ኮርስ ሰጪ
recipient-resettlement-country = የሚዛወሩበት አገር
recipient-statistics-office = የስታትስቲክስ መሥሪያ ቤት (ያለ ስምዎ)

## Values from source systems that have a translation
value-single = ያላገባ/ች
value-married = ያገባ/ች
value-widowed = የትዳር አጋሩ/ሯ የሞተበት/ባት
value-asylum-seeker = ጥገኝነት ጠያቂ
value-refugee = ስደተኛ
value-subsidiary-protection = ተጓዳኝ ጥበቃ
value-temporary-protection = ጊዜያዊ ጥበቃ
value-none = የለም
value-pending = በሂደት ላይ
value-closed = ተዘግቷል
value-no-follow-up = ክትትል አያስፈልግም
value-follow-up-booked = የክትትል ቀጠሮ ተይዟል
value-complete = የተሟላ
value-partial = በከፊል
value-unknown = አይታወቅም
value-mobility-support = የእንቅስቃሴ ድጋፍ
value-hearing-support = የመስማት ድጋፍ
value-regular-prescription = መደበኛ የሐኪም ማዘዣ
value-primary = አንደኛ ደረጃ ትምህርት ቤት
value-secondary = ሁለተኛ ደረጃ ትምህርት ቤት
value-vocational = የሙያ ሥልጠና
value-university = ዩኒቨርሲቲ
value-not-applicable = አይመለከትም
value-enrolled = ተመዝግቧል
value-waiting-list = በተጠባባቂ ዝርዝር ላይ
value-yes = አዎ
value-no = አይ
value-applied = ተጠይቋል
value-nurse = ነርስ
value-electrician = ኤሌክትሪሻን
value-teacher = መምህር
value-cook = ምግብ አብሳይ
value-driver = ሹፌር
value-student = ተማሪ
value-interview-scheduled = የቃለ መጠይቅ ቀጠሮ ተይዟል
value-permit-granted = ፈቃድ ተሰጥቷል
value-under-review = በመታየት ላይ
value-not-referred = አልተላከም
value-referred = ተልኳል
value-accepted = ተቀባይነት አግኝቷል

## Errors (codes are stable; the text says what to do)
SI-001 = የጉዳይ ቁጥርዎን ያስገቡ።
SI-002 = የጉዳይ ቁጥር ፊደሎች፣ ቁጥሮች እና ሰረዞች (-) ብቻ ነው የሚይዘው። በወረቀቶችዎ ላይ እንደታተመው ይጻፉት።
SI-003 = የትውልድ ቀንዎን ያስገቡ።
SI-004 = የትውልድ ቀንዎን በወረቀቶችዎ ላይ እንዳለው፣ በአውሮፓውያን አቆጣጠር ያስገቡ፤ ለምሳሌ 1990-01-31 ወይም 31/01/1990። ወረቀቶችዎ ዓመቱን ብቻ፣ ወይም ዓመቱንና ወሩን ብቻ ከያዙ፣ 1978 ወይም 1978-11 ብቻ ያስገቡ።
SI-005 = በላክንልዎ መልእክት ውስጥ ያለውን ኮድ ያስገቡ።
SI-006 = ኮዱ 6 አሃዞች አሉት። መልእክቱን አይተው እንደገና ይሞክሩ።
SI-010 = ይህ ኮድ ትክክል አይደለም፣ ወይም ጊዜው አልፎበታል። መልእክቱን አይተው እንደገና ይሞክሩ።
SI-011 = ይህ የመግቢያ ሙከራ ጊዜው አልፎበታል፣ ወይም ብዙ ጊዜ ተሞክሯል። እባክዎ እንደገና ይጀምሩ።
SI-012 = በጣም ብዙ ሙከራዎች ተደርገዋል። እባክዎ ጥቂት ደቂቃዎች ቆይተው እንደገና ይሞክሩ።
AU-001 = የመግቢያ ጊዜዎ አብቅቷል። እባክዎ እንደገና ይግቡ።
GEN-400 = ከመረጃው የተወሰነው ትክክል አይደለም። ቅጹን አይተው እንደገና ይሞክሩ።
GEN-403 = የዚህ ቅጽ ጊዜ አልፎበታል። ወደ ኋላ ይመለሱ፣ ገጹን ያድሱ (reload) እና እንደገና ይሞክሩ።
GEN-404 = ይህ ገጽ የለም፣ ወይም እርስዎ ሊያዩት አይችሉም።
GEN-409 = በዚያው ቅጽበት ሌላ ሰው ይህን ስለቀየረ ምንም ነገር አልተቀመጠም። ገጹን ያድሱ እና እንደገና ይሞክሩ።
GEN-500 = በእኛ በኩል ችግር ተፈጥሯል። የላኩት ምንም ነገር አልጠፋም። እባክዎ ከጥቂት ደቂቃዎች በኋላ እንደገና ይሞክሩ።

## E-mails (they never contain personal data)
mail-sign-in-subject = የአማና መግቢያ ኮድዎ
mail-sign-in-body =
    የመግቢያ ኮድዎ፦ { $code }

    ኮዱ የሚሠራው ለ{ $minutes } ደቂቃ ብቻ ነው። ኮዱን በጠየቁበት ገጽ ላይ ይጻፉት።

    ኮድ ካልጠየቁ፣ ይህን መልእክት መተው ይችላሉ። ያለ ኮዱ ማንም ሰው መግባት አይችልም።

## Translation status
footer-draft-translation = ይህ ትርጉም የመጀመሪያ ረቂቅ ነው። ግልጽ ያልሆነ ነገር ካለ፣ ሠራተኞችን ወይም ረዳትን ይጠይቁ።

# What search engines show under the portal's name (start and sign-in pages only).
meta-description = የኢሚግሬሽን ባለሥልጣኑ ስለ እርስዎ የያዘውን መረጃ ይመልከቱ፤ እንዲስተካከል፣ እንዲሰረዝ ወይም ከእንግዲህ ጥቅም ላይ እንዳይውል በራስዎ ቋንቋ ይጠይቁ።
