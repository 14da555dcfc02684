# Amana — Amharic (አማርኛ): exercising rights (requests about one's data). Every locale has the same keys.

nav-my-requests = የእኔ ጥያቄዎች

## Actions beside each field on My data
action-correct = ይህ ስህተት ነው
action-erase = ይህ ይሰረዝ
action-restrict = በዚህ መጠቀም ይቁም
my-data-erase-all = መረጃዬ በሙሉ እንዲሰረዝ እጠይቃለሁ

## Request forms
request-correct-title = መረጃዎ እንዲስተካከል ይጠይቁ
request-erase-title = መረጃዎ እንዲሰረዝ ይጠይቁ
request-restrict-title = በመረጃዎ መጠቀም እንዲቆም ይጠይቁ
request-erase-all-title = መረጃዎ በሙሉ እንዲሰረዝ ይጠይቁ
request-proposed-value = ትክክለኛው ምን መሆን አለበት?
request-proposed-value-hint = ትክክለኛውን መረጃ ይጻፉ።
request-erase-explained = ይህ መረጃ እንዲሰረዝ እየጠየቁ ነው። አንዳንድ መረጃዎች በሕግ መቀመጥ አለባቸው፤ እንደዚያ ከሆነ ምክንያቱን እንነግርዎታለን።
request-erase-all-explained = ስለ እርስዎ የተያዘው መረጃ በሙሉ እንዲሰረዝ እየጠየቁ ነው። አንዳንድ መረጃዎች በሕግ መቀመጥ አለባቸው፤ ለምሳሌ ጉዳይዎ ክፍት እስከሆነ ድረስ። እንደዚያ ከሆነ፣ የትኛው መረጃ እንደሆነ እና ለምን እንደሆነ እንነግርዎታለን።
request-restrict-choose = ምን ይፈልጋሉ?
request-restriction-explained = መረጃው ይቀመጥ፣ ነገር ግን እየተጣራ ባለበት ጊዜ ጥቅም ላይ አይዋል (ለምሳሌ፣ መረጃው ስህተት ነው ብለው ስለሚያስቡ)።
request-objection-explained = በራስዎ ሁኔታ ምክንያት፣ መረጃው ለዚህ ዓላማ መዋሉ ይቁም።
request-explanation = መጨመር የሚፈልጉት ነገር (ግዴታ አይደለም)
request-explanation-hint = ለምሳሌ ለምን እንደሆነ፣ ወይም ምን እንደተፈጠረ። ሰነዶችን በኋላም መላክ ይችላሉ።
request-deadline-explained = መጠየቅ ነፃ ነው። በአንድ ወር ውስጥ መልስ ያገኛሉ። ጥያቄዎ ውስብስብ ከሆነ፣ ጊዜው በሁለት ተጨማሪ ወራት ሊራዘም ይችላል፤ ምክንያቱም ይነገርዎታል።
request-send = ጥያቄውን ይላኩ
request-cancel = ሳይልኩ ይመለሱ
request-whole-record = መረጃዬ በሙሉ

## Kinds and states of requests
kind-access = የመረጃዬ ቅጂ
kind-correction = ማስተካከያ
kind-erasure = መሰረዝ
kind-restriction = አጠቃቀሙን ለጊዜው ማቆም
kind-objection = አጠቃቀሙን መቃወም
kind-complaint = ቅሬታ
status-submitted = ደርሷል
status-in_review = እየተጣራ ነው
status-awaiting_information = ከእርስዎ መረጃ በመጠበቅ ላይ
status-decided = ተወስኗል
status-completed = ተጠናቋል
status-withdrawn = ተነስቷል

## My requests
requests-title = የእኔ ጥያቄዎች
requests-intro = እዚህ የጠየቁትን ሁሉ መከታተል፣ መልስ የሚያገኙበትን ቀን ማየት እና መልእክቶችን ማንበብ ይችላሉ።
requests-none = እስካሁን ምንም ጥያቄ አላቀረቡም። ጥያቄ ለማቅረብ ወደ "የእኔ መረጃ" ይሂዱ እና አንድ መረጃ ይምረጡ።
requests-back = ወደ ጥያቄዎቼ ይመለሱ
request-title = የእርስዎ ጥያቄ
request-reference = መለያ ቁጥር
request-kind = የጥያቄው ዓይነት
request-about = የሚመለከተው
request-status = ሁኔታ
request-received = የደረሰበት ቀን
request-due = መልስ የሚሰጥበት የመጨረሻ ቀን
request-extended = መልስ የሚሰጥበት ጊዜ ተራዝሟል። ምክንያቱ፦
request-decision = ውሳኔው
request-timeline = የተፈጸሙ ነገሮች
request-upstream = በባለሥልጣኑ የራሱ ሲስተሞች ውስጥ
request-upstream-done = በ{ $system } ውስጥ በ{ $date } ተፈጽሟል።
request-upstream-waiting = በ{ $system } ውስጥ እስካሁን አልተፈጸመም። ሠራተኞች እየተከታተሉት ነው።
request-messages = መልእክቶች
request-no-messages = እስካሁን መልእክት የለም።
request-add-information = መረጃ ይጨምሩ ወይም መልስ ይስጡ
request-add-information-hint = አንድ ነገር መጨመር ወይም ለጥያቄ መልስ መስጠት ከፈለጉ እዚህ ይጻፉ።
request-send-information = ይላኩ
request-withdraw = ይህን ጥያቄ ያንሱ
notice-request-filed = ጥያቄዎ ደርሶናል። ማረጋገጫ ልከንልዎታል።
notice-request-sent = መልእክትዎ ወደ ጥያቄው ተጨምሯል።
notice-request-withdrawn = ጥያቄዎ ተነስቷል። ከዚህ በኋላ በዚህ ጥያቄ ላይ ምንም ነገር አይደረግም።

actor-you = እርስዎ
actor-system = አማና
actor-source = { $role } · { $office } ({ $system } ውስጥ)
role-caseworker = የጉዳይ ባለሙያ
role-reviewer = ገምጋሚ
role-dpo = የመረጃ ጥበቃ ኃላፊ
role-admin = አስተዳዳሪ
role-auditor = ኦዲተር

timeline-submitted = ጥያቄው ደርሷል
timeline-in-review = እየተጣራ ነው
timeline-information-requested = ተጨማሪ መረጃ ተጠይቋል
timeline-information-added = መረጃ ተጨምሯል
timeline-extended = መልስ የሚሰጥበት ጊዜ ተራዝሟል
timeline-decided = ውሳኔ ተሰጥቷል
timeline-completed = ተጠናቋል
timeline-withdrawn = ጥያቄው ተነስቷል

reason-legal-obligation = ይህን መረጃ እንድንይዝ ሕጉ ያስገድደናል።
reason-still-needed-for-case = መረጃው ለክፍት ጉዳይዎ አሁንም ያስፈልጋል።
reason-accuracy-confirmed = መረጃውን አጣርተናል፤ ትክክል ነው።
reason-public-interest = አጠቃቀሙ ለሕዝብ ጥቅም ለሚሠራ ሥራ ያስፈልጋል፤ ይህም ከእርስዎ ሁኔታ የበለጠ ክብደት አለው።

## Withdrawing
withdraw-title = ጥያቄዎን ማንሳት ይፈልጋሉ?
withdraw-explained = ጥያቄውን ካነሱ፣ በዚህ ጥያቄ ላይ መሥራት እናቆማለን። በማንኛውም ጊዜ አዲስ ጥያቄ ማቅረብ ይችላሉ።
withdraw-confirm = አዎ፣ ጥያቄው ይነሳ
withdraw-cancel = አይ፣ ጥያቄዬ ይቆይ

## Errors
RQ-001 = ስለዚህ ጉዳይ ክፍት የሆነ ጥያቄ አስቀድሞ አለዎት። "የእኔ ጥያቄዎች" በሚለው ገጽ ላይ ሊከታተሉት ይችላሉ።
RQ-002 = በዚህ ጥያቄ ላይ ውሳኔ ተሰጥቷል ወይም ጥያቄው ተነስቷል፤ ስለዚህ ሊቀየር አይችልም።
RQ-010 = መረጃው ምን መሆን እንዳለበት ይጻፉ።
RQ-011 = ይህ በጣም ረጅም ነው። እባክዎ እስከ 500 ፊደሎች እንዲሆን ያሳጥሩት።
RQ-012 = ይህ በጣም ረጅም ነው። እባክዎ እስከ 2000 ፊደሎች እንዲሆን ያሳጥሩት።
RQ-013 = ይህ አሁን የያዝነው መረጃ ነው። በምትኩ ትክክለኛው ምን መሆን እንዳለበት ይጻፉ።
RQ-014 = ከመላክዎ በፊት መልእክት ይጻፉ።
RQ-015 = ይህ በጣም ረጅም ነው። እባክዎ እስከ 2000 ፊደሎች እንዲሆን ያሳጥሩት።
RQ-016 = ከአማራጮቹ አንዱን ይምረጡ።

## E-mails (they never contain personal data)
mail-request-received-subject = ጥያቄዎ ደርሶናል
mail-request-received-body =
    ጥያቄዎ ደርሶናል። በአንድ ወር ውስጥ መልስ ያገኛሉ።

    ጥያቄውን ለመከታተል ይግቡ፦ { $url }
mail-request-news-subject = ስለ ጥያቄዎ አዲስ ነገር አለ
mail-request-news-body =
    ስለ ጥያቄዎ አዲስ ነገር አለ። ለማንበብ ይግቡ፦ { $url }

## Documents
request-evidence = ሰነድ (ግዴታ አይደለም)
request-evidence-hint = PDF ወይም ፎቶ (JPEG ወይም PNG)፣ እስከ 5 MB። ለምሳሌ ትክክለኛውን መረጃ የሚያሳይ የምስክር ወረቀት።
request-documents = የላኳቸው ሰነዶች
request-document = ሰነድ
RQ-020 = ፋይሉ በጣም ትልቅ ነው። እስከ 5 MB የሆነ ፋይል ይላኩ።
RQ-021 = ይህን ዓይነት ፋይል መቀበል አንችልም። PDF ወይም ፎቶ (JPEG ወይም PNG) ይላኩ።
RQ-022 = ይህ ጥያቄ ሊይዝ የሚችለውን ያህል ሰነዶች ይዟል (20 ፋይሎች፣ በድምሩ 50 MB)። በምትኩ መልእክት ይጻፉ፣ ወይም ተጨማሪ እንዴት መላክ እንደሚችሉ ይጠይቁን።
