# Amana — Tigrinya (ትግርኛ). Every string a person reads comes from here; other locales must define every key.

## The whole site
app-name = ኣማና
nav-skip = ናብቲ ትሕዝቶ ሕለፉ
nav-label = ቀንዲ ዝርዝር
nav-language = ቋንቋ
nav-my-data = ሓበሬታይ
nav-sign-out = ውጹ
nav-quick-exit = ቅልጡፍ ምውጻእ
footer-fictional = ኣማና ንመርኣያ ዝተሰርሐ እዩ። ኣብኡ ዘለዉ ኩሎም ሰባትን መዛግብትን ሓቀኛታት ኣይኮኑን።
form-error-summary = ጸገም ኣሎ

## Home
home-title = ሓበሬታኹም፣ መሰላትኩም
home-choose-language = ቋንቋኹም ምረጹ
home-about-heading = እዚ እንታይ እዩ?
home-about = ኣብዚ፣ እቲ ትካል ብዛዕባኹም ዘለዎ ውልቃዊ ሓበሬታ ክትርእዩ ትኽእሉ ኢኹም፡ ስለምንታይ ከም ዝሕዞን ንመን ከም ዝህቦን ድማ። ክእረም ወይ ክድምሰስ ክትሓቱ፣ መን ከም ዝረኣዮ'ውን ክትፈልጡ ትኽእሉ ኢኹም።
home-rights-heading = መሰላትኩም
right-access = ብዛዕባኹም ዘሎ ኩሉ ሓበሬታ ምርኣይን ቅዳሑ ምውሳድን።
right-correct = ጌጋ ሓበሬታ ክእረም ምሕታት።
right-erase = ሓበሬታ ክድምሰስ ምሕታት።
right-restrict = ሓበሬታኹም ድሕሪ ሕጂ ከይጥቀሙሉ ምሕታት።
right-consent = ስምምዕኩም ኣብ ዝኾነ ግዜ ምሃብ ወይ ምስሓብ።
right-complain = ናብ ናጻ ተቖጻጻሪ ኣካል ጥርዓን ምቕራብ።
right-who-looked = መን ሓበሬታኹም ከም ዝረኣየን ስለምንታይን ምፍላጥ።
home-rights-free = መሰላትኩም ምጥቃም ብነጻ እዩ። ኣብ ውሽጢ ሓደ ወርሒ መልሲ ክትረኽቡ ኢኹም። ጠለብኩም ዝተሓላለኸ እንተኾይኑ፣ እዚ ግዜ ብክልተ ተወሳኺ ኣዋርሕ ክናዋሕ ይኽእል፣ ምኽንያቱ ድማ ክንነግረኩም ኢና።
home-sign-in = እተዉ
notice-signed-out = ወጺእኩም ኣለኹም። እዚ ምስ ካልኦት እትካፈልዎ ተሌፎን እንተኾይኑ፣ ሕጂ ነቲ ብራውዘር ዕጸውዎ።

## Not found
not-found-title = እቲ ገጽ ኣይተረኽበን
not-found-home = ናብ መበገሲ ገጽ ኪዱ

## Sign in
sign-in-title = ምእታው
sign-in-intro = ኣብ ወረቓቕትኹም ዝተጻሕፈ ቁጽሪ ጉዳይን ዕለት ልደትኩምን ኣእትዉ። ኣብ መዝገብና ናብ ዘሎ ኣድራሻ ርክብኩም፣ ሓንሳብ ጥራይ ዝሰርሕ ኮድ ክንሰደልኩም ኢና።
sign-in-case-reference = ቁጽሪ ጉዳይ
sign-in-case-reference-hint = ንኣብነት DEMO-0001። ኣብ ወረቓቕትኹም ተጻሒፉ ኣሎ።
sign-in-date-of-birth = ዕለት ልደት
sign-in-date-of-birth-hint = ከምቲ ኣብ ወረቓቕትኹም ዘሎ፣ ብናይ ፈረንጂ ዓውደ-ኣዋርሕ፦ ዓመት-ወርሒ-መዓልቲ (1990-01-31) ወይ መዓልቲ/ወርሒ/ዓመት (31/01/1990)። ወረቓቕትኹም ዓመት ጥራይ፣ ወይ ዓመትን ወርሕን ጥራይ እንተ ሒዞም፣ ንሱ ጥራይ ኣእትዉ (1978 ወይ 1978-11)።
sign-in-send-code = ኮድ ስደዱለይ
sign-in-privacy = ሓደ ቁጽሪ ጉዳይ ከም ዘሎ ወይ ከም ዘየሎ ንዝኾነ ሰብ ፈጺምና ኣይንነግርን ኢና።

code-title = ኮድኩም ኣእትዉ
code-intro = ዘእተኹምዎ ሓበሬታ ምስ መዝገብና እንተ ተሰማሚዑ፣ ኣብ መዝገብና ናብ ዘሎ ኣድራሻ ርክብኩም 6 ኣሃዛት ዘለዎ ኮድ ሰዲድና ኣለና። እቲ ኮድ ን10 ደቓይቕ ይሰርሕ።
code-label = 6 ኣሃዛት ዘለዎ ኮድ
code-hint = ኣብ መንጎ ኣሃዛት ባዶ ቦታ ክትገድፉ ትኽእሉ ኢኹም።
code-submit = እተዉ
code-start-again = ኮድ ኣይበጽሓኩምን? እንደገና ጀምሩ

## My data
my-data-title = ሓበሬታይ
my-data-reference = ቁጽሪ ጉዳይ:
my-data-intro = ብዛዕባኹም ዘሎ ኩሉ ሓበሬታ፣ ብዓይነቱ ተመቓቒሉ። ስም ሓደ ዓይነት ጠውቑ፦ ነፍሲ ወከፍ ሓበሬታ ካበይ ከም ዝመጸ፣ ስለምንታይን ክሳብ መዓስን ከም ዝዕቀብ፣ ንመን ከም ዝወሃብ፣ እንታይ ክትሓቱ ከም እትኽእሉን ክትርእዩ ኢኹም።
my-data-sensitive = ተንከፍቲ
my-data-sensitive-explained = እዚ ተንከፍቲ ሓበሬታ እዩ። ተወሳኺ ሓለዋ ኣለዎ፣ ሰራሕተኛታት ክኸፍትዎ እንተ ደልዮም ምኽንያት ክህቡ ኣለዎም።
my-data-source = ካበይ መጺኡ
my-data-purpose = ስለምንታይ ይዕቀብ
my-data-legal-basis = ዘፍቅዶ ሕጊ
my-data-kept-until = ክሳብ መዓስ ይዕቀብ
my-data-shared-with = ንመን ይወሃብ
# How many items of data one kind holds, beside its heading ("Identity · 6 items").
my-data-field-count = { $count ->
    [one] { $count } ሓበሬታ
   *[other] { $count } ሓበሬታ
}
my-data-why = ስለምንታይ ይዕቀብን ንመን ይወሃብን

category-identity = መንነት
category-contact = ሓበሬታ ርክብ
category-family = ስድራ
category-legal-status = ሕጋዊ ኩነታት
category-health = ጥዕና
category-biometrics = ባዮሜትሪክ (ኣሰር ኣጻብዕን ስእልን)
category-education = ትምህርቲ
category-employment = ስራሕ
category-case-history = ታሪኽ ጉዳይ

field-given-name = ሽም
field-family-name = ሽም ስድራ
field-date-of-birth = ዕለት ልደት
field-place-of-birth = ቦታ ልደት
field-nationality = ዜግነት
field-sex = ጾታ
field-native-language = ናይ ኣደ ቋንቋ
field-document-number = ቁጽሪ ሰነድ
field-email = ኣድራሻ ኢመይል
field-phone = ቁጽሪ ተሌፎን
field-address = ኣድራሻ
field-municipality = ምምሕዳር ከተማ
field-marital-status = ኩነታት መውስቦ
field-spouse-name = ሽም በዓል ቤት ወይ በዓልቲ ቤት
field-children-count = ብዝሒ ቆልዑ
field-dependants = ካልኦት ኣብ ትሕቲ ሓላፍነትኩም ዘለዉ ሰባት
field-next-of-kin = ቀረባ ቤተሰብ
field-residence-status = ኩነታት መንበሪ
field-permit-type = ዓይነት ፍቓድ መንበሪ
field-permit-expiry = ፍቓድ መንበሪ ዝሰርሓሉ ክሳብ
field-asylum-claim-date = ዕለት ሕቶ ዑቕባ
field-appeal-status = ይግባይ
field-screening-date = ዕለት ምርመራ ጥዕና
field-screening-result = ውጽኢት ምርመራ ጥዕና
field-vaccinations = ክታበታት
field-disability-needs = ናይ ስንክልና ደገፍ ዘድሊ
field-medication-needs = ዘድሊ መድሃኒት
field-fingerprint-record = መዝገብ ኣሰር ኣጻብዕ
field-photo-record = መዝገብ ስእሊ
field-enrolment-date = ዕለት ምዝገባ ባዮሜትሪክ
field-enrolment-office = ዝተመዝገብኩምሉ ቤት ጽሕፈት
field-highest-education = ዝለዓለ ደረጃ ትምህርቲ
field-languages-spoken = እትዛረብዎም ቋንቋታት
field-school-enrolment = ምዝገባ ቤት ትምህርቲ
field-work-permit = ፍቓድ ስራሕ
field-occupation = ሞያ
field-employer = ኣስራሒ
field-case-opened = ጉዳይ ዝተኸፍተሉ ዕለት
field-case-office = ጉዳይኩም ዝሕዝ ቤት ጽሕፈት
field-interview-date = ዕለት ቃለ-መሕትት
field-last-decision = ናይ መወዳእታ ውሳነ
field-decision-date = ዕለት ናይ መወዳእታ ውሳነ
field-resettlement-referral = ንምስፋር ናብ ካልእ ሃገር ጉዳይ ምቕራብ
field-statistics-cohort = ጉጅለ ስታቲስቲክስ

purpose-case-management = ጉዳይኩም ንምክያድ
purpose-residence-permit = ብዛዕባ ፍቓድ መንበሪኹም ንምውሳን
purpose-health-screening = ምስ በጻሕኩም ዝግበር ምርመራ ጥዕና
purpose-family-reunification = ምስ ስድራኹም ንምትእኽኻብ
purpose-biometric-identity = መንነትኩም ንምርግጋጽ
purpose-integration-support = ኣብ ትምህርቲ፣ ቋንቋን ስራሕን ደገፍ
purpose-resettlement-referral = ንምስፋር ናብ ካልእ ሃገር ጉዳይኩም ንምቕራብ
purpose-statistics = ሽም ዘይብሉ ስታቲስቲክስ
purpose-service-updates = ዜና ብዛዕባ ኣገልግሎታት

legal-basis-public-task = ሕጊ ዝሰርዖ ንረብሓ ሕብረተሰብ ዝግበር ስራሕ
legal-basis-legal-obligation = ሕጊ ኣብ ልዕሊ እቲ ትካል ዘንበሮ ግዴታ
legal-basis-consent = ስምምዕኩም፣ ክትስሕብዎ ትኽእሉ ኢኹም
legal-basis-vital-interests = ህይወት ሓደ ሰብ ንምሕላው
legal-basis-contract = ምሳኹም ዝተገብረ ውዕል
legal-basis-legitimate-interests = ሕጋዊ ረብሓ፣ ምስ መሰላትኩም ተመዚኑ

recipient-none = ካብቲ ትካል ወጻኢ ንዝኾነ ሰብ ኣይወሃብን
recipient-border-agency = ትካል ሓለዋ ዶብ
recipient-municipality = ምምሕዳር ከተማኹም
recipient-health-service = ህዝባዊ ኣገልግሎት ጥዕና
recipient-unhcr = UNHCR
recipient-education-provider = ቤት ትምህርቲ ወይ ኮርስ ቋንቋ ዝህብ ኣካል
recipient-resettlement-country = እታ ንምስፋር እትቕበል ሃገር
recipient-statistics-office = ቤት ጽሕፈት ስታቲስቲክስ (ብዘይ ሽምኩም)

## Values from source systems that have a translation
value-single = ዘይተመርዓወ/ት
value-married = ዝተመርዓወ/ት
value-widowed = ብሞት መጻምዲ ዝተፈልየ/ት
value-asylum-seeker = ሓታቲ ዑቕባ
value-refugee = ስደተኛ
value-subsidiary-protection = ንኡስ ሓለዋ
value-temporary-protection = ግዝያዊ ሓለዋ
value-none = የለን
value-pending = ኣብ መስርሕ
value-closed = ተዓጽዩ
value-no-follow-up = ተወሳኺ ክትትል ኣየድልን
value-follow-up-booked = ናይ ክትትል ቆጸራ ተወሲኑ
value-complete = ምሉእ
value-partial = ከፊል
value-unknown = ዘይፍለጥ
value-mobility-support = ደገፍ ምንቅስቓስ
value-hearing-support = ደገፍ ምስማዕ
value-regular-prescription = ስሩዕ ትእዛዝ መድሃኒት
value-primary = ቀዳማይ ደረጃ ቤት ትምህርቲ
value-secondary = ካልኣይ ደረጃ ቤት ትምህርቲ
value-vocational = ሞያዊ ስልጠና
value-university = ዩኒቨርሲቲ
value-not-applicable = ዘይምልከት
value-enrolled = ተመዝጊቡ
value-waiting-list = ኣብ ዝርዝር መጸበዪ
value-yes = እወ
value-no = ኣይፋል
value-applied = ሕቶ ቀሪቡ
value-nurse = ነርስ
value-electrician = ኤሌክትሪሻን
value-teacher = መምህር
value-cook = ኣብሳሊ
value-driver = መራሒ መኪና
value-student = ተምሃራይ
value-interview-scheduled = ቃለ-መሕትት ተወሲኑ
value-permit-granted = ፍቓድ ተዋሂቡ
value-under-review = ይጽናዕ ኣሎ
value-not-referred = ኣይቀረበን
value-referred = ቀሪቡ
value-accepted = ተቐባልነት ረኺቡ

## Errors (codes are stable; the text says what to do)
SI-001 = ቁጽሪ ጉዳይኩም ኣእትዉ።
SI-002 = ቁጽሪ ጉዳይ ፊደላት፣ ኣሃዛትን ሰረዝን (-) ጥራይ ክሕዝ ይኽእል፣ ከምቲ ኣብ ወረቓቕትኹም ዝተጻሕፈ።
SI-003 = ዕለት ልደትኩም ኣእትዉ።
SI-004 = ዕለት ልደትኩም ከምቲ ኣብ ወረቓቕትኹም ዘሎ ኣእትዉ፣ ንኣብነት 1990-01-31 ወይ 31/01/1990። ወረቓቕትኹም ዓመት ጥራይ፣ ወይ ዓመትን ወርሕን ጥራይ እንተ ሒዞም፣ 1978 ወይ 1978-11 ጥራይ ኣእትዉ።
SI-005 = ኣብቲ ዝሰደድናልኩም መልእኽቲ ዘሎ ኮድ ኣእትዉ።
SI-006 = እቲ ኮድ 6 ኣሃዛት ኣለዎ። ነቲ መልእኽቲ ተመልከቱ እሞ እንደገና ፈትኑ።
SI-010 = እቲ ኮድ ቅኑዕ ኣይኮነን፣ ወይ ግዝኡ ሓሊፉ። ነቲ መልእኽቲ ተመልከቱ እሞ እንደገና ፈትኑ።
SI-011 = ግዜ እዚ ምእታው ሓሊፉ፣ ወይ ብዙሕ ግዜ ተፈቲኑ። በጃኹም እንደገና ጀምሩ።
SI-012 = ብዙሕ ፈተነታት ተገይሩ። በጃኹም ቁሩብ ደቓይቕ ተጸበዩ እሞ እንደገና ፈትኑ።
AU-001 = ግዜ ምእታውኩም ተወዲኡ። በጃኹም እንደገና እተዉ።
GEN-400 = ገለ ካብቲ ሓበሬታ ቅኑዕ ኣይኮነን። ነቲ ቅጥዒ ተመልከቱ እሞ እንደገና ፈትኑ።
GEN-403 = ግዜ እዚ ቅጥዒ ሓሊፉ። ንድሕሪት ተመለሱ፣ ነቲ ገጽ ኣሐድሱ እሞ እንደገና ፈትኑ።
GEN-404 = እዚ ገጽ የለን፣ ወይ ክትርእይዎ ኣይፍቀደልኩምን።
GEN-409 = ካልእ ሰብ ኣብ ሓደ እዋን ነዚ ቀይርዎ፣ ስለዚ ዝኾነ ነገር ኣይተዓቀበን። ነቲ ገጽ ኣሐድሱ እሞ እንደገና ፈትኑ።
GEN-500 = ኣብ ወገንና ጸገም ኣጋጢሙ። ዝሰደድኩምዎ ዝኾነ ነገር ኣይጠፍአን። በጃኹም ድሕሪ ቁሩብ ደቓይቕ እንደገና ፈትኑ።

## E-mails (they never contain personal data)
mail-sign-in-subject = ናይ ኣማና መእተዊ ኮድኩም
mail-sign-in-body =
    መእተዊ ኮድኩም: { $code }

    ን{ $minutes } ደቓይቕ ይሰርሕ። ኣብቲ ዝሓተትኩምሉ ገጽ ጽሓፍዎ።

    ኮድ እንተ ዘይሓቲትኩም፣ ነዚ መልእኽቲ ሸለል ክትብልዎ ትኽእሉ ኢኹም። ብዘይ እቲ ኮድ ዝኾነ ሰብ ክኣቱ ኣይክእልን እዩ።

## Translation status
footer-draft-translation = እዚ ትርጉም ቀዳማይ ንድፊ እዩ። ዘይንጹር ነገር እንተሎ፣ ሰራሕተኛታት ወይ ሓጋዚ ሕተቱ።

# What search engines show under the portal's name (start and sign-in pages only).
meta-description = ትካል ስደትን ኢሚግሬሽንን ብዛዕባኹም እንታይ ሓበሬታ ከም ዝሕዝ ርኣዩ፤ ክእረም፣ ክድምሰስ ወይ ድሕሪ ሕጂ ከይጥቀሙሉ ድማ ብቋንቋኹም ሕተቱ።
