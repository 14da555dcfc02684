## Staff: sign-in
nav-queue = የሥራ ወረፋ
nav-audit = የኦዲት መዝገብ
nav-admin = አስተዳደር
staff-sign-in-title = የሠራተኞች መግቢያ
staff-sign-in-intro = ለባለሥልጣኑ ሠራተኞች። በሥራ ኢሜይል አድራሻዎ እና በይለፍ ቃልዎ ይግቡ፤ ከዚያም ከማረጋገጫ መተግበሪያዎ (authenticator app) የሚያገኙትን ኮድ ያስገቡ።
staff-email = የሥራ ኢሜይል አድራሻ
staff-password = የይለፍ ቃል
staff-continue = ይቀጥሉ
staff-enrol-title = የማረጋገጫ መተግበሪያዎን ያዘጋጁ
staff-enrol-intro = የሠራተኞች አካውንቶች በሁለተኛ የመግቢያ ደረጃ ይጠበቃሉ። አሁን፣ አንድ ጊዜ ያዘጋጁት።
staff-enrol-step-app = በሥራ ስልክዎ ላይ የማረጋገጫ መተግበሪያ ይክፈቱ።
staff-enrol-step-scan = ይህን ኮድ ይቃኙ (scan)፣ ወይም ከታች ያለውን ቁልፍ በመተግበሪያው ውስጥ ይጻፉ።
staff-enrol-qr = ለማረጋገጫ መተግበሪያዎ የQR ኮድ
staff-enrol-secret = ቁልፍ፦
staff-enrol-step-code = መተግበሪያው የሚያሳየውን ባለ ስድስት አሃዝ ኮድ ይጻፉ።
staff-code = ኮድ
staff-code-hint = ከማረጋገጫ መተግበሪያዎ የሚገኙ ስድስት አሃዞች።
staff-enrol-confirm = ያረጋግጡ እና ይግቡ
staff-code-title = ሁለተኛ ደረጃ
staff-code-intro = የማረጋገጫ መተግበሪያዎ አሁን የሚያሳየውን ኮድ ይጻፉ።
staff-code-recovery-hint = ከመተግበሪያው የሚገኙ ስድስት አሃዞች። ስልክዎ ጠፍቷል? በምትኩ ከመልሶ ማግኛ ኮዶችዎ አንዱን ይጻፉ።
staff-recovery-title = የመልሶ ማግኛ ኮዶችዎ
staff-recovery-intro = እነዚህን ኮዶች ከስልክዎ ለይተው ደኅንነቱ በተጠበቀ ቦታ ያስቀምጡ። የማረጋገጫ መተግበሪያዎ ከጠፋብዎ፣ እያንዳንዱ ኮድ አንድ ጊዜ ይሠራል። የሚታዩት አሁን ብቻ ነው።
staff-recovery-shown = የመልሶ ማግኛ ኮዶችዎ ከዚህ በፊት ታይተዋል። ካላስቀመጧቸው፣ ሁለተኛ ደረጃዎን ዳግም እንዲያስጀምር አስተዳዳሪ ይጠይቁ።
SA-001 = የኢሜይል አድራሻው፣ የይለፍ ቃሉ ወይም ኮዱ ትክክል አይደለም። ከአምስት የተሳሳቱ ሙከራዎች በኋላ አካውንቱ ለ15 ደቂቃ ይቆለፋል።
SA-002 = መግቢያዎ በጣም ረጅም ጊዜ ወስዷል። እባክዎ እንደገና ይጀምሩ።
ST-001 = የሥራ ድርሻዎ ይህን አይፈቅድም።

## Staff: queues
queue-title = የሚስተናገዱ ጥያቄዎች
queue-take-next = ቀጣዩን ጥያቄ ይውሰዱ
queue-nothing-to-take = በአሁኑ ጊዜ በወረፋዎችዎ ውስጥ ማንም ያልወሰደው ጥያቄ የለም።
queue-team = ቡድን
queue-any = ማንኛውም
queue-kind = የጥያቄ ዓይነት
queue-status = ሁኔታ
# A request's status as staff read it (the person reads status-<status>).
staff-status-submitted = አዲስ
staff-status-in_review = በግምገማ ላይ
staff-status-awaiting_information = የሰውየውን መረጃ በመጠበቅ ላይ
staff-status-decided = ተወስኗል
staff-status-completed = ተጠናቋል
staff-status-withdrawn = በሰውየው ተነስቷል
queue-language = ቋንቋ
queue-filter = አሳይ
queue-empty = የሚዛመድ ክፍት ጥያቄ የለም።
queue-count = ክፍት ጥያቄዎች፦
queue-overdue = ጊዜው ያለፈበት
queue-due-soon = በ3 ቀናት ውስጥ ጊዜው የሚያበቃ
team-general = አጠቃላይ ጥያቄዎች
team-sensitive-data = ስሱ መረጃ
team-dpo = የመረጃ ጥበቃ ኃላፊ

## Staff: one request
case-title = ጥያቄ
case-back = ወደ ወረፋው ይመለሱ
case-person = ባለጉዳይ
case-anonymous = ስም-አልባ ቅሬታ አቅራቢ
case-case-reference = የጉዳይ ቁጥር
case-extended-because = የተራዘመበት ምክንያት
case-explanation = የሰውየው ማብራሪያ
case-concerned = ጥያቄው የሚመለከተው
case-concerned-none = መዝገቡን በሙሉ፣ ወይም ስሱ በሆነ ምድብ ውስጥ ያለ መረጃን። ከታች ምክንያት በመምረጥ ይክፈቱት።
case-record = በመዝገቡ ውስጥ ያለ ሌላ መረጃ
case-record-intro = አንድን ምድብ ይክፈቱ ለዚህ ጥያቄ ካስፈለገዎት ብቻ። ምክንያትዎ ይመዘገባል፤ ሰውየውም ሊያዩት ይችላሉ።
case-upstream = የምንጭ ሲስተሞች
case-upstream-applied = በ{ $system } ውስጥ በ{ $date } ተፈጽሟል።
case-upstream-rejected = { $system } በ{ $date } ውድቅ አድርጎታል፦ { $reason }
case-upstream-waiting = { $system } እስካሁን አላረጋገጠም።
case-erased = (ተሰርዟል)
case-proposed-value = የተጠየቀው፦
case-restricted = አጠቃቀሙ ተገድቧል።
case-open-reason = ምክንያት
case-choose = ይምረጡ…
case-open = ይክፈቱ
case-proposal = የቀረበ ውሳኔ፤ የሁለተኛ ሰው ማጽደቅ በመጠበቅ ላይ
case-awaiting-approval = ማጽደቅ በመጠበቅ ላይ
case-assignee = የሚያስተናግደው
case-assignee-you = እርስዎ
case-unassigned = እስካሁን ማንም የለም
case-template = መልእክት
case-actions = ማድረግ የሚችሉት
case-no-actions = አሁን በዚህ ጥያቄ ላይ ማድረግ የሚችሉት ነገር የለም።
case-claim = ይህን ጥያቄ ይውሰዱ
case-approve-explained = አንድ የሥራ ባልደረባ ይህን ውሳኔ አቅርበዋል። ያረጋግጡት፤ ውሳኔውን ካቀረበው ሰው ሌላ የሆነ ሰው እስኪያጸድቀው ድረስ ምንም ነገር አይቀየርም።
case-approve = ውሳኔውን ያጽድቁ
case-send-back = ለግምገማ መልሰው ይላኩ
case-message = ለሰውየው መልእክት ይላኩ
case-note = የራስዎ ቃላት (ግዴታ አይደለም)
case-note-hint = ከመልእክቱ ስር ይጨመራል። ግልጽ በሆነ ቋንቋ ይጻፉ፤ ሰውየው በትርጉም መሣሪያ ሊያነቡት ይችላሉ።
case-send = ይላኩ
case-ask-information = ሰውየውን መረጃ ይጠይቁ
case-identity = የሰውየውን ማንነት ገና ማረጋገጥ አለብን (መልስ እስኪሰጡ ድረስ የጊዜ ገደቡ ይቆማል)
case-resume = ያለ መረጃው ይቀጥሉ
case-extend = የጊዜ ገደቡን ያራዝሙ
case-extend-explained = አንድ ጊዜ ብቻ፣ በመጀመሪያው ወር ውስጥ፣ በአንድ ወይም በሁለት ወር። ምክንያቱ ለሰውየው ይነገራቸዋል።
case-extend-months = ወራት
case-extend-reason = ምክንያት
case-decide = ይወስኑ
case-outcome = ውሳኔ
case-reasons = ምክንያቶች (ቢያንስ አንድ)
case-decision-note = ለሰውየው ማስታወሻ (ግዴታ አይደለም)
case-second-person = መረጃን መሰረዝ እና ስሱ መረጃን ማስተካከል፣ ምንም ነገር ከመቀየሩ በፊት የሁለተኛ ሰው ማጽደቅ ያስፈልጋቸዋል።
case-reassign = ለሌላ ሰው ይስጡ
case-reassign-to = የሥራ ባልደረባ
staff-done-claim = ጥያቄው አሁን የእርስዎ ነው።
staff-done-reassign = ጥያቄው ለሥራ ባልደረባዎ ተሰጥቷል።
staff-done-message = መልእክትዎ ተልኳል። ሰውየው አዲስ ነገር እንዳለ የሚገልጽ ኢሜይል ይደርሳቸዋል።
staff-done-ask-information = ጥያቄዎ ተልኳል። ሰውየው አዲስ ነገር እንዳለ የሚገልጽ ኢሜይል ይደርሳቸዋል።
staff-done-resume = በጥያቄው ላይ ሥራው ይቀጥላል።
staff-done-extend = የጊዜ ገደቡ ተራዝሟል፤ ምክንያቱም ለሰውየው ተነግሯቸዋል።
staff-done-decide = ውሳኔው ተመዝግቧል። ሁለተኛ ሰው የሚያስፈልገው ከሆነ፣ የእርሳቸውን ማጽደቅ ይጠብቃል።
staff-done-approve = ውሳኔው ጸድቆ ተፈጽሟል።
staff-done-send-back = የቀረበው ውሳኔ ለግምገማ ተመልሷል።
ST-010 = ይህን መረጃ ለምን መክፈት እንደሚያስፈልግዎ ይምረጡ።
ST-011 = ለማራዘሙ ምክንያት ይምረጡ።
ST-012 = ውሳኔ ይምረጡ።
ST-013 = ቢያንስ አንድ ምክንያት ይምረጡ።
ST-014 = ይህ በጣም ረጅም ነው። እባክዎ እስከ 2000 ፊደሎች እንዲሆን ያሳጥሩት።
ST-015 = ከዝርዝሩ ውስጥ የሥራ ባልደረባ ይምረጡ።
ST-016 = ከዝርዝሩ ውስጥ መልእክት ይምረጡ።
ST-017 = ያ ተግባር የለም።
ST-020 = ጥያቄው አሁን ባለበት ሁኔታ ይህ አይቻልም።
ST-021 = የጊዜ ገደቡ ከዚህ በፊት አንድ ጊዜ ተራዝሟል።
ST-022 = የጊዜ ገደቡ ሊራዘም የሚችለው በመጀመሪያው ወር ውስጥ ብቻ ነው።
ST-023 = ማራዘሚያው አንድ ወይም ሁለት ወር ነው።
ST-024 = ይህን ውሳኔ ያቀረቡት እርስዎ ስለሆኑ፣ ሌላ ሰው ማጽደቅ አለበት።
ST-025 = ይህን ማድረግ የሚችለው ጥያቄውን የሚያስተናግደው ሰው ብቻ ነው። መጀመሪያ ጥያቄውን ይውሰዱ።
ST-026 = ይህ ውሳኔ መጀመሪያ የሁለተኛ ሰው ማጽደቅ ያስፈልገዋል።
ST-027 = በዚያው ጊዜ ሌላ ሰው ይህን ጥያቄ ቀይሮታል። እንደገና ይመልከቱት እና ይሞክሩ።

## Decisions, as the person reads them
outcome-approved = ጥያቄዎ ተቀባይነት አግኝቷል።
outcome-partly_approved = ጥያቄዎ በከፊል ተቀባይነት አግኝቷል።
outcome-refused = ጥያቄዎ ውድቅ ተደርጓል።
reason-request-granted = የጠየቁትን አድርገናል።
reason-evidence-insufficient = የሰጡት መረጃ የእኛ መዝገብ ስህተት መሆኑን አያሳይም።
reason-identity-not-verified = መረጃው የሚመለከተው ሰው እርስዎ መሆንዎን ማረጋገጥ አልቻልንም።
reason-legal-claims = መረጃው በሕግ ጉዳይ (ለምሳሌ በፍርድ ቤት) መብትን ለማረጋገጥ፣ ለመጠየቅ ወይም ለመከላከል ያስፈልገናል።
reason-manifestly-unfounded = ጥያቄው ከዚህ በፊት መልስ የተሰጠውን ጥያቄ የሚደግም ነው።
extension-reason-complexity = ጥያቄዎ ውስብስብ ስለሆነ ተጨማሪ ጊዜ ያስፈልገዋል።
extension-reason-number-of-requests = ብዙ ጥያቄዎች ስለደረሱን፣ ለእርስዎ ጥያቄ በአግባቡ መልስ ለመስጠት ተጨማሪ ጊዜ ያስፈልገናል።
timeline-message = መልእክት ተልኮልዎታል

## Message templates (staff choose one; the person reads it in their language)
template-information-needed-name = ተጨማሪ መረጃ ያስፈልገናል
template-information-needed = ጥያቄዎን ለማስተናገድ ከእርስዎ ተጨማሪ መረጃ ያስፈልገናል። እባክዎ ይግቡ እና በዚህ ጥያቄ ስር መልስ ይስጡ።
template-identity-documents-name = እባክዎ ማንነትዎን ያረጋግጡ
template-identity-documents = ከመቀጠላችን በፊት፣ መረጃው የሚመለከተው ሰው እርስዎ መሆንዎን ማረጋገጥ አለብን። እባክዎ የመታወቂያ ሰነድ ፎቶ በዚህ ጥያቄ ላይ ያያይዙ።
template-progress-update-name = በጥያቄዎ ላይ እየሠራን ነው
template-progress-update = በጥያቄዎ ላይ እየሠራን ነው። አሁን ምንም ማድረግ አያስፈልግዎትም።
template-decision-made-name = ውሳኔ ተሰጥቷል
template-decision-made = በጥያቄዎ ላይ ውሳኔ ተሰጥቷል። ውሳኔውን ከምክንያቶቹ ጋር በጥያቄው ገጽ ላይ ማንበብ ይችላሉ።

## Who looked at my data: staff actions
access-request-claimed = ጥያቄዎን ማስተናገድ ጀምረዋል
access-request-reassigned = ጥያቄዎን ለሥራ ባልደረባቸው ሰጥተዋል
access-request-messaged = መልእክት ልከውልዎታል
access-request-information-requested = መረጃ ጠይቀውዎታል
access-request-resumed = በጥያቄዎ ላይ ሥራውን ቀጥለዋል
access-request-extended = መልስ የሚሰጥበትን ጊዜ አራዝመዋል
access-request-decision-proposed = በጥያቄዎ ላይ ውሳኔ አቅርበዋል
access-request-decision-approved = በጥያቄዎ ላይ የቀረበውን ውሳኔ አጽድቀዋል
access-request-decision-sent-back = የቀረበ ውሳኔን ለግምገማ መልሰው ልከዋል
access-request-decided = በጥያቄዎ ላይ ወስነዋል
access-field-restricted = በመረጃዎ መጠቀምን ገድበዋል

## Deadline mails to staff (no personal data: a link to the request only)
staff-mail-due-soon-subject = የሚያስተናግዱት ጥያቄ ጊዜው በአንድ ሳምንት ውስጥ ያበቃል
staff-mail-due-soon-body =
    ለእርስዎ የተመደበ ጥያቄ በሰባት ቀናት ውስጥ መልስ ማግኘት አለበት።

    ይክፈቱት፦ { $url }
staff-mail-overdue-subject = የቡድንዎ አንድ ጥያቄ ጊዜው አልፎበታል
staff-mail-overdue-body =
    የቡድንዎ አንድ ጥያቄ በሕግ የተቀመጠውን የጊዜ ገደብ አልፏል፤ እስካሁንም መልስ አልተሰጠውም። እባክዎ ዛሬውኑ መስተናገዱን ያረጋግጡ።

    ይክፈቱት፦ { $url }

## The auditor's screen
audit-title = የኦዲት መዝገብ
audit-verify = የመዝገቡን ሙሉ ሰንሰለት ያረጋግጡ
audit-verify-ok = የኦዲት መዝገቡ አልተነካም፤ ሁሉም { $events } ክስተቶች በትክክል ተያይዘዋል።
audit-verify-broken = የኦዲት መዝገቡ ያለአግባብ ተቀይሯል። { $events } ክስተቶች ተፈትሸዋል፤ የተገኙ ችግሮች፦
audit-break-altered = ክስተት { $seq } ከተጻፈ በኋላ ተቀይሯል ወይም ቦታው ተቀይሯል።
audit-break-chain-broken = ክስተት { $seq } ከእሱ በፊት ካለው ክስተት ጋር አይያያዝም።
audit-break-missing = ከክስተት { $seq } በኋላ ክስተቶች ጎድለዋል።
audit-break-truncated = በመዝገቡ ውስጥ ያለው ክስተት { $seq } የተፈረመ የፍተሻ ነጥብ (checkpoint) ከመዘገበው ጋር አይዛመድም ወይም የለም፤ አዳዲሶቹ ክስተቶች ተወግደዋል ወይም እንደገና ተጽፈዋል።
audit-break-checkpoint-forged = የፍተሻ ነጥብ (checkpoint) ፋይሉ መስመር { $seq } ተቀይሯል።
audit-action = ተግባር
audit-actor-kind = የፈጸመው
audit-actor-person = ሰው፣ ለራሱ
audit-actor-staff = ሠራተኛ
audit-actor-helper = ረዳት
audit-actor-anonymous = ስም-አልባ ሰው
audit-actor-system = አማና ራሱ
audit-actor-source-system = የባለሥልጣኑ የምንጭ ሲስተም
audit-actor-id = የፈጻሚው መለያ (Id)
audit-from = ከ
audit-to = እስከ
audit-download-csv = ይህን ምርጫ እንደ CSV ያውርዱ
audit-none = የሚዛመድ ክስተት የለም።
audit-when = መቼ
audit-who = ማን
audit-about = የሚመለከተው

## Administration
admin-title = አስተዳደር
admin-sections = ክፍሎች
admin-staff = የሠራተኞች አካውንቶች
admin-teams = ቡድኖች
admin-routing = አዳዲስ ጥያቄዎችን ማከፋፈል
admin-templates = የመልእክት አብነቶች
admin-default-team = ከየትኛውም ደንብ ጋር የማይዛመዱ ጥያቄዎችን ይቀበላል
admin-new-team = ቡድን ያክሉ
admin-team-key = አጭር መለያ (key)
admin-key-hint = ትናንሽ የላቲን ፊደሎች፣ አሃዞች እና ሰረዞች፤ ለምሳሌ north-office
admin-team-name = ስም
admin-add = ያክሉ
admin-save = ያስቀምጡ
admin-delete = ይሰርዙ
admin-saved = ተቀምጧል።
admin-role = የሥራ ድርሻ
admin-office = ቢሮ
admin-status = ሁኔታ
admin-active = ንቁ
admin-inactive = ተሰናክሏል
admin-enrolled = ሁለተኛ ደረጃ ተዘጋጅቷል
admin-not-enrolled = ሁለተኛ ደረጃ ገና አልተዘጋጀም
admin-locked = ባልተሳኩ የመግቢያ ሙከራዎች ምክንያት ተቆልፏል
admin-activate = ያንቁ
admin-deactivate = ያሰናክሉ
admin-reset-second-factor = ሁለተኛ ደረጃውን ዳግም ያስጀምሩ
admin-change-teams = ቡድኖችን ይቀይሩ
admin-new-staff = የሠራተኛ አካውንት ያክሉ
admin-name = ሙሉ ስም
admin-enrolment-link-hint = እዚህ የይለፍ ቃል አይገባም፤ አማና ሰውየው የራሳቸውን የይለፍ ቃል እንዲመርጡ ሊንክ በኢሜይል ይልካል። ሊንኩ የሚሠራው አንድ ጊዜ ብቻ፣ ለ72 ሰዓት ነው።
admin-send-enrolment-link = አዲስ የምዝገባ ሊንክ ይላኩ
admin-routing-intro = እያንዳንዱ አዲስ ጥያቄ ከእሱ ጋር ወደሚዛመደው የመጀመሪያው ደንብ ቡድን ይሄዳል። ቅሬታዎች ሁልጊዜ ወደ መረጃ ጥበቃ ኃላፊው ይሄዳሉ።
admin-routing-default = ከየትኛውም ደንብ ጋር የማይዛመድ ጥያቄ ወደ ነባሪው ቡድን ይሄዳል።
admin-category = ምድብ
admin-sensitive = ስሱ
admin-yes = አዎ
admin-no = አይ
admin-move-up = ወደ ላይ ያንቀሳቅሱ
admin-move-down = ወደ ታች ያንቀሳቅሱ
admin-new-rule = በመጨረሻ ላይ ደንብ ያክሉ
admin-templates-intro = ሠራተኞች ለአንድ ሰው ሲጽፉ ከእነዚህ አንዱን ይመርጣሉ፤ ሰውየው በራሳቸው ቋንቋ ያነቡታል። እያንዳንዱ አብነት በሁሉም ቋንቋዎች ጽሑፍ ያስፈልገዋል።
admin-new-template = አብነት ያክሉ
admin-template-key = አጭር መለያ (key)
AD-001 = ይህን ይሙሉ።
AD-002 = ይህ በጣም ረጅም ነው።
AD-003 = ቡድኖችን ከዝርዝሩ ይምረጡ።
AD-004 = እንደ name@example.org ያለ ሙሉ የኢሜይል አድራሻ ይጻፉ።
AD-005 = ከዝርዝሩ የሥራ ድርሻ ይምረጡ።
AD-006 = የይለፍ ቃሉ ቢያንስ 12 ፊደሎች (ምልክቶች) ሊኖሩት ይገባል።
AD-007 = በዚህ ኢሜይል አድራሻ የተከፈተ አካውንት አስቀድሞ አለ።
AD-008 = የራስዎን አካውንት ማሰናከል አይችሉም።
AD-009 = ከ2 እስከ 40 ትናንሽ የላቲን ፊደሎች፣ አሃዞች እና ሰረዞች ይጠቀሙ።
AD-010 = ይህ መለያ ያለው ቡድን አስቀድሞ አለ።
AD-011 = የደንቡን ሁኔታዎች ከዝርዝሮቹ ይምረጡ።
AD-012 = ቅሬታዎች ሁልጊዜ ወደ መረጃ ጥበቃ ኃላፊው ይሄዳሉ፤ ይህን የትኛውም ደንብ ሊቀይረው አይችልም።
AD-013 = ጽሑፉን በዚህ ቋንቋም ይጻፉ።

## Administration: the purpose register
admin-purposes = የዓላማዎች መዝገብ
admin-purposes-intro = መረጃ ለምን እንደሚቀመጥ፣ በምን ሕጋዊ መሠረት፣ ለምን ያህል ጊዜ እና ማን እንደሚቀበለው። ሰዎች ይህን በ"የእኔ መረጃ" እና በፈቃድ ገጹ ላይ በራሳቸው ቋንቋ ያነቡታል።
admin-purpose-name = ስም
admin-purpose-explanation = ሰዎች ፈቃድ ከመስጠታቸው በፊት የሚያነቡት ማብራሪያ
admin-purpose-version = የፈቃድ ጽሑፉ እትም፦
admin-legal-basis = ሕጋዊ መሠረት
admin-retention-days = የሚቀመጥበት ጊዜ (ቀናት)
admin-recipients = ተቀባዮች
AD-014 = ከ1 እስከ 36500 ያለ የቀናት ቁጥር ይጻፉ።
AD-015 = ከዝርዝሩ ይምረጡ።
ST-018 = ስለ አንድ መረጃ የቀረበ ጥያቄ ወይ ተቀባይነት ያገኛል ወይ ውድቅ ይደረጋል፤ በከፊል ሊሆን አይችልም።
staff-new-password = የራስዎን የይለፍ ቃል ይምረጡ
SA-003 = የኢሜይል አድራሻዎ ያልሆነ የይለፍ ቃል ይምረጡ።

# Enrolment links for new accounts
SA-004 = ይህ ሊንክ ጊዜው አልፎበታል ወይም ከዚህ በፊት ጥቅም ላይ ውሏል። አዲስ እንዲልኩልዎ አስተዳዳሪዎን ይጠይቁ።
AD-016 = ይህ አካውንት ሁለተኛ ደረጃውን አስቀድሞ አዘጋጅቷል። ሰውየው እንደገና መጀመር ካለባቸው፣ መጀመሪያ ሁለተኛ ደረጃውን ዳግም ያስጀምሩ።
welcome-title = አካውንትዎን ያዘጋጁ
welcome-intro = ለአካውንትዎ የይለፍ ቃል ይምረጡ፦
welcome-password-hint = ቢያንስ 12 ፊደሎች (ምልክቶች)። የይለፍ ቃሉን የሚያውቁት እርስዎ ብቻ ነዎት፤ ከአማና ማንም ሰው በፍጹም አይጠይቅዎትም። ቀጥሎ የማረጋገጫ መተግበሪያዎን ያዘጋጃሉ።
mail-enrolment-subject = የአማና አካውንትዎን ያዘጋጁ
mail-enrolment-body =
    ለዚህ አድራሻ የአማና አካውንት ተከፍቷል። የይለፍ ቃልዎን ለመምረጥ እና ሁለተኛውን የመግቢያ ደረጃ ለማዘጋጀት ይህን ሊንክ ይክፈቱ፦

    { $url }

    ሊንኩ የሚሠራው አንድ ጊዜ ብቻ፣ ለ{ $hours } ሰዓት ነው። ይህን ኢሜይል ካልጠበቁ፣ ችላ ሊሉት ይችላሉ።

## Administration: source systems, their API keys and webhooks
admin-source-systems = የምንጭ ሲስተሞች
admin-source-systems-intro = ሰዎችን በAPI በኩል ወደ አማና የሚጭኑ የባለሥልጣኑ የራሱ ሲስተሞች። እያንዳንዱ ሲስተም መጻፍ የሚችለው እዚህ ምልክት የተደረገባቸውን ዓላማዎች እና የመረጃ ዓይነቶች ብቻ ነው፤ ያውም በራሱ ቁልፎች ብቻ።
admin-new-source-system = የምንጭ ሲስተም ይመዝግቡ
admin-source-system-contact = የሚያስተዳድረው ማን ነው
admin-source-system-contact-hint = የሲስተሙ ጥሪዎች (calls) ሳይሳኩ ሲቀሩ የሚገናኙት ቡድን ወይም አድራሻ።
admin-source-system-purposes = ሊጽፋቸው የሚችላቸው ዓላማዎች
admin-source-system-categories = ሊጽፋቸው የሚችላቸው የመረጃ ዓይነቶች
admin-webhook = ዌብሁክ (webhook)
admin-webhook-none = የለም፤ ሲስተሙ የለውጦችን ምግብ (change feed) ያነባል።
admin-webhook-url = ለውጡ ይህን ሲስተም ሲመለከት አማና የሚጠራው አድራሻ
admin-webhook-hint = ሲያስቀምጡ አዲስ የመፈረሚያ ሚስጥር (signing secret) ይፈጠራል፤ የሚታየው አንድ ጊዜ ብቻ ነው። የድሮው ሚስጥር መሥራት ያቆማል።
admin-webhook-save = ዌብሁኩን ያስቀምጡ
admin-webhook-stop = ዌብሁኩን ያቁሙ
admin-api-keys = የAPI ቁልፎች
admin-new-key = አዲስ ቁልፍ ይፍጠሩ
admin-key-scopes = ቁልፉ ማድረግ የሚችለው
admin-key-days = የሚያገለግልበት ጊዜ (ቀናት)
admin-new-key-hint = ቁልፉ የሚታየው አንድ ጊዜ ብቻ ነው፤ ልክ ከተፈጠረ በኋላ። አንድ ሲስተም ሁለት የሚሠሩ ቁልፎች ሊኖሩት ይችላል፤ ስለዚህ አዲስ ቁልፍ የድሮውን ያለ መቋረጥ ሊተካ ይችላል።
admin-key-live = ይሠራል
admin-key-expired = ጊዜው አልፎበታል
admin-key-revoked = የተሻረበት ቀን
admin-key-created = የተፈጠረበት
admin-key-expires = የሚያበቃበት
admin-key-last-used = መጨረሻ ጥቅም ላይ የዋለበት
admin-key-never-used = ጥቅም ላይ ውሎ አያውቅም
admin-key-revoke = ይሻሩ
admin-new-key-shown = አዲስ የAPI ቁልፍ፣ ለዚህ ሲስተም፦
admin-webhook-secret-shown = አዲስ የዌብሁክ መፈረሚያ ሚስጥር፣ ለዚህ ሲስተም፦
admin-shown-once-hint = አሁኑኑ ይቅዱት እና ደኅንነቱ በተጠበቀ መንገድ ለሲስተሙ አስተዳዳሪዎች ይስጡ። አማና አያስቀምጠውም፤ ዳግመኛም ሊያሳየው አይችልም።
api-scope-people-write = ሰዎችን መጫን እና ማስወገድ
api-scope-changes-read = የጸደቁ ለውጦችን ማንበብ
api-scope-changes-ack = ለውጦቹ መፈጸማቸውን ማረጋገጥ
api-scope-access-events-write = መረጃን ማን እንዳየ ሪፖርት ማድረግ
AD-017 = ይህ ስም ያለው የምንጭ ሲስተም አስቀድሞ አለ።
AD-018 = ከ1 እስከ 1095 ያለ የቀናት ቁጥር ይጻፉ።
AD-019 = ይህ ሲስተም አሁንም የሚሠሩ ሁለት ቁልፎች አሉት። ሌላ ከመፍጠርዎ በፊት አንዱን ይሻሩ።
AD-020 = ቢያንስ አንድ ይምረጡ።
AD-021 = እንደ https://cases.example.org/amana ያለ ሙሉ የድረ-ገጽ አድራሻ ይጻፉ።

## Administration: languages
admin-locales = ቋንቋዎች
admin-locales-intro = ሰዎች ሊመርጧቸው የሚችሉ ቋንቋዎች በሙሉ፣ እና ቋንቋውን የሚናገር ሰው ትርጉሙን አረጋግጦ እንደሆነ።
admin-locale-source = ምንጭ ቋንቋ
admin-locale-draft = የመጀመሪያ ረቂቅ፣ ገና አልተረጋገጠም
admin-locale-reviewed = ያረጋገጠው፦ { $reviewer }፣ ቀን፦ { $date }
