# Amana — Tigrinya (ትግርኛ): exercising rights (requests about one's data). Every locale has the same keys.

nav-my-requests = ጠለባተይ

## Actions beside each field on My data
action-correct = እዚ ጌጋ እዩ
action-erase = እዚ ይደምሰስ
action-restrict = ምጥቃም እዚ ደው ይበል
my-data-erase-all = ኩሉ ሓበሬታይ ክድምሰስ ምሕታት

## Request forms
request-correct-title = ሓበሬታኹም ምእራም
request-erase-title = ሓበሬታኹም ምድምሳስ
request-restrict-title = ምጥቃም ሓበሬታኹም ደው ምባል
request-erase-all-title = ኩሉ ሓበሬታኹም ምድምሳስ
request-proposed-value = እንታይ ክብል ኣለዎ
request-proposed-value-hint = ቅኑዕ ሓበሬታ ጽሓፉ።
request-erase-explained = እዚ ሓበሬታ ክድምሰስ ትሓቱ ኣለኹም። ገለ ሓበሬታ ብሕጊ ክዕቀብ ኣለዎ። ከምኡ እንተኾይኑ፣ ስለምንታይ ክንነግረኩም ኢና።
request-erase-all-explained = ብዛዕባኹም ዘሎ ኩሉ ሓበሬታ ክድምሰስ ትሓቱ ኣለኹም። ገለ ሓበሬታ ብሕጊ ክዕቀብ ኣለዎ፣ ንኣብነት ጉዳይኩም ገና ክፉት ክሳብ ዘሎ። ከምኡ እንተኾይኑ፣ እንታይን ስለምንታይን ክንነግረኩም ኢና።
request-restrict-choose = እንታይ ትደልዩ?
request-restriction-explained = እቲ ሓበሬታ ይዕቀብ፣ ግን ክሳብ ዝረጋገጽ ኣይጥቀሙሉ (ንኣብነት፣ ጌጋ እዩ ኢልኩም ስለ እትሓስቡ)።
request-objection-explained = ብሰንኪ ናይ ባዕልኹም ኩነታት፣ ነዚ ሓበሬታ ንዚ ዕላማ ምጥቃም ደው የብሉ።
request-explanation = ክትውስኽዎ እትደልዩ ነገር (ግድን ኣይኮነን)
request-explanation-hint = ንኣብነት ስለምንታይ፣ ወይ እንታይ ከም ዘጋጠመ። ሰነዳት'ውን ደሓር ክትሰዱ ትኽእሉ ኢኹም።
request-deadline-explained = ምሕታት ብነጻ እዩ። ኣብ ውሽጢ ሓደ ወርሒ መልሲ ክትረኽቡ ኢኹም። ጠለብኩም ዝተሓላለኸ እንተኾይኑ፣ እቲ ግዜ ብክልተ ተወሳኺ ኣዋርሕ ክናዋሕ ይኽእል፣ ምኽንያቱ ድማ ክንነግረኩም ኢና።
request-send = ጠለበይ ስደዱ
request-cancel = ከይሰደድኩም ተመለሱ
request-whole-record = ኩሉ ሓበሬታይ

## Kinds and states of requests
kind-access = ቅዳሕ ሓበሬታይ
kind-correction = ምእራም
kind-erasure = ምድምሳስ
kind-restriction = ምጥቃም ንግዜኡ ደው ምባል
kind-objection = ንኣጠቓቕማ ምቅዋም
kind-complaint = ጥርዓን
status-submitted = በጺሑ
status-in_review = ይጽናዕ ኣሎ
status-awaiting_information = ካባኹም ሓበሬታ ንጽበ ኣለና
status-decided = ተወሲኑ
status-completed = ተፈጺሙ
status-withdrawn = ተሳሒቡ

## My requests
requests-title = ጠለባተይ
requests-intro = ኣብዚ ዝሓተትኩምዎ ኩሉ ክትከታተሉ፣ መልሲ እትረኽቡሉ ዕለት ክትርእዩን መልእኽትታት ከተንብቡን ትኽእሉ ኢኹም።
requests-none = ክሳብ ሕጂ ዝኾነ ጠለብ ኣየቕረብኩምን። ጠለብ ንምቕራብ፣ ናብ «ሓበሬታይ» ኪዱ እሞ ሓደ ሓበሬታ ምረጹ።
requests-back = ናብ ጠለባተይ ተመለሱ
request-title = ጠለብኩም
request-reference = ቁጽሪ መወከሲ
request-kind = ጠለብ
request-about = ብዛዕባ
request-status = ኩነታት
request-received = ዝበጽሓሉ ዕለት
request-due = መልሲ ክሳብ
request-extended = ናይ መልሲ ግዜ ተናዊሑ። ምኽንያት:
request-decision = ውሳነ
request-timeline = ዝተፈጸመ
request-upstream = ኣብ ናይቲ ትካል ሲስተማት
request-upstream-done = ኣብ { $system } ብዕለት { $date } ተፈጺሙ።
request-upstream-waiting = ኣብ { $system } ገና ኣይተፈጸመን። ሰራሕተኛታት ይከታተልዎ ኣለዉ።
request-messages = መልእኽትታት
request-no-messages = ክሳብ ሕጂ መልእኽቲ የለን።
request-add-information = ሓበሬታ ወስኹ ወይ መልሱ
request-add-information-hint = ገለ ክትውስኹ ወይ ንሕቶ ክትምልሱ እንተ ደሊኹም ኣብዚ ጽሓፉ።
request-send-information = ስደዱ
request-withdraw = ነዚ ጠለብ ስሓብዎ
notice-request-filed = ጠለብኩም በጺሑና ኣሎ። መረጋገጺ ሰዲድናልኩም ኣለና።
notice-request-sent = መልእኽትኹም ኣብቲ ጠለብ ተወሲኹ።
notice-request-withdrawn = ጠለብኩም ተሳሒቡ። ብዛዕባኡ ካልእ ዝግበር ነገር የለን።

actor-you = ንስኹም
actor-system = ኣማና
actor-source = { $role } · { $office } (ኣብ { $system })
role-caseworker = ኣካያዲ ጉዳይ
role-reviewer = ገምጋሚ
role-dpo = ሓላፊ ሓለዋ ሓበሬታ
role-admin = ኣመሓዳሪ
role-auditor = ኦዲተር

timeline-submitted = ጠለብ በጺሑ
timeline-in-review = ይጽናዕ ኣሎ
timeline-information-requested = ተወሳኺ ሓበሬታ ተሓቲቱ
timeline-information-added = ሓበሬታ ተወሲኹ
timeline-extended = ናይ መልሲ ግዜ ተናዊሑ
timeline-decided = ውሳነ ተዋሂቡ
timeline-completed = ተፈጺሙ
timeline-withdrawn = ጠለብ ተሳሒቡ

reason-legal-obligation = ነዚ ሓበሬታ ክንዕቅቦ ሕጊ ይግድደና።
reason-still-needed-for-case = እዚ ሓበሬታ ንክፉት ጉዳይኩም ገና የድሊ እዩ።
reason-accuracy-confirmed = ነቲ ሓበሬታ ተቐጻጺርናዮ፣ ቅኑዕ እዩ።
reason-public-interest = ንረብሓ ሕብረተሰብ ዝግበር ስራሕ ነዚ ኣጠቓቕማ የድልዮ እዩ፣ እዚ ድማ ካብ ናይ ባዕልኹም ኩነታት ዝያዳ ክብደት ኣለዎ።

## Withdrawing
withdraw-title = ጠለብኩም ክትስሕብዎ ትደልዩ ዶ?
withdraw-explained = እንተ ሲሒብኩምዎ፣ ኣብዚ ጠለብ ምስራሕ ነቋርጽ። ኣብ ዝኾነ ግዜ ሓድሽ ጠለብ ከተቕርቡ ትኽእሉ ኢኹም።
withdraw-confirm = እወ፣ ይሰሓብ
withdraw-cancel = ኣይፋል፣ ጠለበይ ይቐጽል

## Errors
RQ-001 = ብዛዕባ እዚ ድሮ ክፉት ጠለብ ኣለኩም። ኣብ «ጠለባተይ» ክትከታተልዎ ትኽእሉ ኢኹም።
RQ-002 = እዚ ጠለብ ድሮ ተወሲኑ ወይ ተሳሒቡ እዩ፣ ስለዚ ክቕየር ኣይክእልን።
RQ-010 = እቲ ሓበሬታ እንታይ ክብል ከም ዘለዎ ጽሓፉ።
RQ-011 = እዚ ኣዝዩ ነዊሕ እዩ። በጃኹም ናብ 500 ፊደላት ኣሕጽርዎ።
RQ-012 = እዚ ኣዝዩ ነዊሕ እዩ። በጃኹም ናብ 2000 ፊደላት ኣሕጽርዎ።
RQ-013 = እዚ ድሮ ኣብ መዝገብና ዘሎ እዩ። ኣብ ክንዲኡ እንታይ ክብል ከም ዘለዎ ጽሓፉ።
RQ-014 = ቅድሚ ምስዳድኩም መልእኽቲ ጽሓፉ።
RQ-015 = እዚ ኣዝዩ ነዊሕ እዩ። በጃኹም ናብ 2000 ፊደላት ኣሕጽርዎ።
RQ-016 = ሓደ ካብቶም ምርጫታት ምረጹ።

## E-mails (they never contain personal data)
mail-request-received-subject = ጠለብኩም በጺሑና ኣሎ
mail-request-received-body =
    ጠለብኩም በጺሑና ኣሎ። ኣብ ውሽጢ ሓደ ወርሒ መልሲ ክትረኽቡ ኢኹም።

    ንምክትታሉ እተዉ: { $url }
mail-request-news-subject = ብዛዕባ ጠለብኩም ሓድሽ ነገር ኣሎ
mail-request-news-body =
    ብዛዕባ ጠለብኩም ሓድሽ ነገር ኣሎ። ንምንባቡ እተዉ: { $url }

## Documents
request-evidence = ሰነድ (ግድን ኣይኮነን)
request-evidence-hint = PDF ወይ ስእሊ (JPEG ወይ PNG)፣ ክሳብ 5 MB። ንኣብነት ቅኑዕ ሓበሬታ ዘርኢ ምስክር ወረቐት።
request-documents = ዝሰደድኩምዎም ሰነዳት
request-document = ሰነድ
RQ-020 = እቲ ፋይል ኣዝዩ ዓቢ እዩ። ክሳብ 5 MB ዝኾነ ፋይል ስደዱ።
RQ-021 = እዚ ዓይነት ፋይል ክንቅበሎ ኣይንኽእልን። PDF ወይ ስእሊ (JPEG ወይ PNG) ስደዱ።
RQ-022 = እዚ ጠለብ ክሕዞ ዝኽእል ብዝሒ ሰነዳት መሊኡ ኣሎ (20 ፋይላት፣ ብድምር 50 MB)። ኣብ ክንዲኡ መልእኽቲ ጽሓፉ፣ ወይ ተወሳኺ ብኸመይ ክትሰዱ ከም እትኽእሉ ሕተቱና።
