## Helpers of civil-society organisations
helper-sign-in-title = ምእታው ሓገዝቲ
helper-sign-in-intro = ንሓገዝቲ ናይቶም ኣብቲ ትካል ዝተመዝገቡ ማሕበራት። ብኢመይልኩምን ቃል ምሕላፍኩምን እተዉ፣ ድሕሪኡ ካብ ናይ መረጋገጺ ኣፕኩም ኮድ ኣእትዉ።
helper-home-title = እትሕግዝዎም ሰባት
helper-people = ፍቓድ ዝሃቡኹም ሰባት
helper-people-none = ክሳብ ሕጂ ዝኾነ ሰብ ፍቓድ ኣይሃበኩምን፣ ወይ ኩሉ ፍቓዳት ተወዲኡ። ሓደ ሰብ ካብ ናይ ባዕሉ ኣካውንት ብሓጺር ኮድ ፍቓድ ይህበኩም።
helper-scope = ክትገብርዎ ዝፍቀደልኩም
helper-until = ክሳብ
nav-helper-people = እትሕግዝዎም ሰባት
mandate-scope-view = ሓበሬታኦም ምርኣይ
mandate-scope-request = ኣብ ክንዳኦም ጠለብ ምቕራብ
mandate-scope-consent = ስምምዖም ምምሕዳር
mandate-scope-complain = ኣብ ክንዳኦም ጥርዓን ምቕራብ

## Administration: organisations and their helpers
admin-organisations = ማሕበራት ሓገዝቲ
admin-organisations-intro = ሓገዝቶም፣ ፍቓድ ንዝሃብዎም ሰባት ኣብ ክንዳኦም ክሰርሑ ዝኽእሉ ማሕበራት ሲቪል ሕብረተሰብ። ሓደ ማሕበር እንተ ተኣጊዱ፣ ሓገዝቱ ብኡንብኡ ክኣትዉ ኣይክእሉን።
admin-new-organisation = ማሕበር ኣመዝግቡ
admin-organisation-kind = ዓይነት
admin-organisation-contact = ርክብ
organisation-kind-ngo = ዘይመንግስታዊ ውድብ
organisation-kind-legal-aid = ሕጋዊ ሓገዝ
organisation-kind-community-group = ጉጅለ ማሕበረሰብ
admin-suspended = ተኣጊዱ
admin-suspend = ኣግዱ
admin-reinstate = እገዳ ኣልዕሉ
admin-helpers = ሓገዝቲ
admin-new-helper = ሓጋዚ ወስኹ
admin-helper-organisation = ማሕበር

## Mandates: the person gives a helper permission to act for them
nav-mandates = ሓገዝቲ
mandates-title = ክሕግዙኹም ዝኽእሉ ሰባት
mandates-intro = ካብ እትኣምንዎ ማሕበር ዝመጸ ሓጋዚ ኣብ ክንዳኹም ክሰርሕ ክተፍቅዱ ትኽእሉ ኢኹም: ሓበሬታኹም ክርኢ፣ ጠለብ ከቕርብ፣ ስምምዕ ከመሓድር ወይ ጥርዓን ከቕርብ። እንታይን ክሳብ መዓስን ንስኹም ትመርጹ። ኣብ ዝኾነ ግዜ ድማ ደው ከተብልዎ ትኽእሉ ኢኹም።
mandates-none = ክሳብ ሕጂ ንዝኾነ ሰብ ፍቓድ ኣይሃብኩምን።
mandates-back = ናብ ክሕግዙኹም ዝኽእሉ ሰባት ተመለሱ
mandate-no-helper-yet = እቲ ሓጋዚ ገና ኮድ ኣየእተወን
mandate-state-waiting = ኮድ ይጽበ ኣሎ
mandate-state-active = ይሰርሕ ኣሎ
mandate-state-revoked = ብኣኹም ደው ኢሉ
mandate-state-ended = ተወዲኡ
mandate-revoke = ነዚ ፍቓድ ሕጂ ደው ኣብልዎ
mandate-grant-title = ንሓጋዚ ፍቓድ ሃቡ
mandate-grant-intro = ሓጺር ኮድ ክትረኽቡ ኢኹም። ባዕልኹም ንሓጋዚኹም ሃብዎ፣ ኣካል ንኣካል ወይ ብተሌፎን። ሓንሳብ ጥራይ፣ ን30 ደቓይቕ ይሰርሕ።
mandate-grant-scope = እቲ ሓጋዚ እንታይ ክገብር ይፍቀደሉ?
mandate-grant-days = ክሳብ ክንደይ ግዜ?
mandate-days-1 = ሓደ መዓልቲ
mandate-days-7 = ሓደ ሰሙን
mandate-days-30 = ሓደ ወርሒ
mandate-days-90 = ሰለስተ ኣዋርሕ
mandate-days-182 = ሹድሽተ ኣዋርሕ
mandate-grant = ኮድ ርኸቡ
mandate-code-title = ኮድ ንሓጋዚኹም
mandate-code-intro = ነዚ ኮድ ንሓጋዚኹም ሃብዎ። ሓንሳብ ጥራይ፣ ኣብ ውሽጢ 30 ደቓይቕ ይሰርሕ።
mandate-code-warning = ክሕግዘኩም ንእትደልይዎ ሰብ ጥራይ ሃብዎ። ካብቲ ትካል ዝኾነ ሰብ ነዚ ኮድ ፈጺሙ ኣይሓተኩምን እዩ።
mandate-code-shown = እቲ ኮድ ሓንሳብ ተራእዩ እዩ። ንሓጋዚኹም እንተ ዘይሂብኩምዎ፣ ነቲ ፍቓድ ደው ኣብልዎ እሞ ሓድሽ ፍቓድ ግበሩ።
notice-mandate-revoked = እቲ ፍቓድ ደው ኢሉ። እቲ ሓጋዚ ድሕሪ ሕጂ ኣብ ክንዳኹም ክሰርሕ ኣይክእልን።
MD-001 = እቲ ሓጋዚ ክገብሮ ዝኽእል እንተወሓደ ሓደ ነገር ምረጹ።
MD-002 = ክሳብ ክንደይ ግዜ ምረጹ።
MD-003 = እዚ ኮድ ኣይሰርሕን። ብጌጋ ተጻሒፉ፣ ድሮ ተጠቒሞምሉ ወይ ግዝኡ ሓሊፉ ክኸውን ይኽእል።
MD-004 = ካብዚ ሰብ ዘለኩም ፍቓድ ነዚ ኣይሽፍንን፣ ወይ ተወዲኡ እዩ።
MD-005 = ቁጽሪ ጉዳይ ናይቲ ሰብ ኣእትዉ።
MD-006 = ቁጽሪ ጉዳይ ፊደላት፣ ኣሃዛትን ሰረዝን (-) ጥራይ ክሕዝ ይኽእል፣ ከምቲ ኣብ ወረቓቕቲ እቲ ሰብ ዝተጻሕፈ።
MD-007 = ዕለት ልደት ናይቲ ሰብ ኣእትዉ።
MD-008 = ዕለት ልደት ከምቲ ኣብ ወረቓቕቲ እቲ ሰብ ዘሎ ኣእትዉ፣ ንኣብነት 1990-01-31 ወይ 31/01/1990። ወረቓቕቱ ዓመት ጥራይ፣ ወይ ዓመትን ወርሕን ጥራይ እንተ ሒዞም፣ 1978 ወይ 1978-11 ጥራይ ኣእትዉ።
access-mandate-activated = ብፍቓድኩም ክሕግዙኹም ጀመሩ

## The helper enters a code
helper-redeem-title = ካብ ሓደ ሰብ ዝረኸብኩምዎ ኮድ ኣእትዉ
helper-redeem-intro = እቲ ሰብ ካብ ናይ ባዕሉ ኣካውንት ኮድ ይህበኩም። ክትሕግዝዎ ንምጅማር ኣብዚ ጽሓፍዎ።
helper-redeem-code = ኮድ
helper-redeem = ሓገዝ ጀምሩ
helper-mandate-taken-up = ሕጂ ነዚ ሰብ ክትሕግዝዎ ትኽእሉ ኢኹም፣ ኣብቲ ዘፍቀደልኩም ደረት ጥራይ።

## A helper acting for a person
helper-act-for = ኣብ ክንዲ እዚ ሰብ ስርሑ
helper-acting-label = ኣብ ክንዲ ካልእ ሰብ ትሰርሑ ኣለኹም
helper-acting-for = ኣብ ክንዲ { $name } ትሰርሑ ኣለኹም
helper-nav-data = ሓበሬታኦም
helper-nav-requests = ጠለባቶም
helper-nav-consent = ስምምዖም
helper-nav-complain = ኣብ ክንዳኦም ጥርዓን ኣቕርቡ
helper-stop-acting = ኣብ ክንዲ እዚ ሰብ ምስራሕ ደው ኣብሉ
helper-mandate-ended = ኣብ ክንዲ እቲ ሰብ ንምስራሕ ዝነበረኩም ፍቓድ ተወዲኡ: ግዝኡ ሓሊፉ፣ እቲ ሰብ ደው ኣቢልዎ፣ ወይ ማሕበርኩም ተኣጊዱ።
actor-helper = { $helper } ካብ { $organisation } (ሓጋዚ)
actor-helper-for = { $helper } ካብ { $organisation }፣ ኣብ ክንዲ { $person }
actor-helper-for-you = { $helper } ካብ { $organisation }፣ ኣብ ክንዳኹም
message-to-helper = ናብ ሓጋዚ
access-requests-listed = ዝርዝር ጠለባትኩም ረኣዩ
access-consent-viewed = ስምምዕኩም ረኣዩ
access-request-filed = ኣብ ክንዳኹም ጠለብ ኣቕረቡ
access-request-withdrawn = ሓደ ካብ ጠለባትኩም ሰሓቡ
access-request-information-added = ኣብ ሓደ ካብ ጠለባትኩም ሓበሬታ ወሰኹ
access-consent-given = ኣብ ክንዳኹም ስምምዕ ሃቡ
access-consent-withdrawn = ኣብ ክንዳኹም ስምምዕ ሰሓቡ
access-complaint-filed = ኣብ ክንዳኹም ጥርዓን ኣቕረቡ
case-submitted-by = ዘቕረቦ
case-submitted-by-helper = { $helper } ካብ { $organisation }፣ ኣብ ክንዲ { $person }
case-message-to = ተቐባሊ
case-message-to-person = እቲ ሰብ
ST-028 = መልእኽቲ ዝስደደሉ ሓጋዚ የለን: እዚ ጠለብ ብሓጋዚ ኣይመጸን፣ ወይ ፍቓድ እቲ ሓጋዚ ተወዲኡ እዩ።
mail-helper-news-subject = ኣብ ክንዲ ሓደ ሰብ ብዛዕባ ዘቕረብኩምዎ ጠለብ መልእኽቲ
mail-helper-news-body =
    ኣብ ክንዲ ሓደ ሰብ ብዛዕባ ዘቕረብኩምዎ ጠለብ መልእኽቲ ኣሎኩም። ንምንባቡ እተዉ: { $url }

## Assisted start: the helper asks, the person confirms with a code
helper-assisted-title = ምስቲ ምሳኹም ዘሎ ሰብ ጀምሩ
helper-assisted-intro = እቲ ሰብ ምሳኹም እንተሎ፣ ቁጽሪ ጉዳዩን ዕለት ልደቱን ጽሓፉ፣ እንታይ ክትገብርሉ ከም ዝደሊ ድማ ምረጹ። ኣብ ናይ ባዕሉ ኣድራሻ ርክብ ኮድ ይበጽሖ። ኣድራሻ እንተ ዘይብሉ፣ ቤት ጽሕፈት እቲ ትካል ሓቲሙ ይህቦ። ፍቓድኩም ዝጅምር ነቲ ኮድ ኣብ «ካብ ሓደ ሰብ ዝረኸብኩምዎ ኮድ ኣእትዉ» ምስ ጸሓፍኩምዎ ጥራይ እዩ።
helper-assisted-send = ካብቲ ሰብ ኮድ ሕተቱ
helper-assisted-sent = እዚ ሓበሬታ ምስ ሓደ መዝገብ እንተ ተሰማሚዑ፣ እቲ ሰብ ኣብ ኣድራሻ ርክቡ ኮድ በጺሕዎ ኣሎ። ኣድራሻ ርክብ እንተ ዘይብሉ፣ ካብ ቤት ጽሕፈት እቲ ትካል ዝተሓትመ ኮድ ክሓትት ይኽእል።
mail-mandate-request-subject = ሓደ ሓጋዚ ኣብ ክንዳኹም ክሰርሕ ይሓትት ኣሎ
mail-mandate-request-body =
    { $organisation } ኣብቲ ትካል ብዛዕባ ሓበሬታኹም ክሕግዙኹም ይሓቱ ኣለዉ። ዝፍቀደሎም ነገራት: { $scope }።

    ምሳታቶም እንተ ሃሊኹም እሞ እንተ ተሰማሚዕኩም፣ ነዚ ኮድ ሃብዎም: { $code }

    ሓንሳብ ጥራይ፣ ን30 ደቓይቕ ይሰርሕ። ሓገዝ እንተ ዘይሓቲትኩም፣ ነዚ መልእኽቲ ሸለል በልዎ: ብዘይ እቲ ኮድ ዝኾነ ነገር ኣይፍጸምን።
access-mandate-requested = ኣብ ክንዳኹም ክሰርሑ ሓተቱ (ኮድኩም ክሳብ እትህቡ ዝኾነ ነገር ኣይፍጸምን)
access-mandate-code-printed = ሓጋዚ ከተረጋግጹ ዝኽእሉ ኮድ ሓተሙልኩም
nav-staff-mandates = ጠለባት ሓገዝቲ
staff-mandates-title = ኮድ ዝጽበዩ ጠለባት ሓገዝቲ
staff-mandates-intro = እዚኦም ጠለባት፣ ሓገዝቲ ኣድራሻ ርክብ ዘይብሉ ክኸውን ንዝኽእል ሰብ ዝጀመርዎም እዮም። መጀመርያ መንነት እቲ ሰብ ኣካል ንኣካል ኣረጋግጹ። ድሕሪኡ ኮድ ሓቲምኩም ነቲ ሰብ ሃብዎ፣ ንሓጋዚ ኣይኮነን: ሓንሳብ ጥራይ፣ ን3 መዓልታት፣ ነቲ ሓጋዚ ጥራይ ይሰርሕ።
staff-mandates-none = ዝጽበ ጠለብ ሓጋዚ የለን።
staff-mandates-requested = ዝተሓተሉ ዕለት
staff-mandates-print = ነቲ ሰብ ኮድ ሕተሙ
staff-mandate-code-title = ንሰብ ዝኸውን ኮድ
staff-mandate-code-intro = ነዚ ወረቐት ነቲ ሰብ ሃብዎ። እንተ ተሰማሚዑ፣ ነቲ ኮድ ንሓጋዚኡ ይህቦ፣ ሓጋዚ ድማ የእትዎ። እዚ ሓጋዚ ጥራይ፣ ሓንሳብ፣ ክሳብ { $until } ክጥቀመሉ ይኽእል።
staff-mandate-code-shown = እቲ ኮድ ሓንሳብ ተራእዩ። እቲ ወረቐት እንተ ጠፊኡ፣ ሓድሽ ኮድ ሕተሙ: እቲ ኣረጊት ኮድ ምስራሕ የቋርጽ።
access-mandate-request-viewed = ኣብ ክንዳኹም ንምስራሕ ዝቐረበ ጠለብ ሓጋዚ ረኣዩ
notice-mandate-code-printed = ሓደ ሓጋዚ ኣብ ክንዳኹም ክሰርሕ ምእንቲ፣ ሰራሕተኛታት ኣብ ወረቐት ኮድ ሓቲሞም። እዚ እንተ ዘይሓቲትኩም፣ ኣብ «ሓገዝቲ» ደው ኣብልዎ።
