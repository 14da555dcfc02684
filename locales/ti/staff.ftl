## Staff: sign-in
nav-queue = መስርዕ
nav-audit = መዝገብ ኦዲት
nav-admin = ምምሕዳር
staff-sign-in-title = ምእታው ሰራሕተኛታት
staff-sign-in-intro = ንሰራሕተኛታት እቲ ትካል። ብናይ ስራሕ ኢመይልኩምን ቃል ምሕላፍኩምን እተዉ፣ ድሕሪኡ ካብ ናይ መረጋገጺ ኣፕኩም ኮድ ኣእትዉ።
staff-email = ናይ ስራሕ ኣድራሻ ኢመይል
staff-password = ቃል ምሕላፍ
staff-continue = ቀጽሉ
staff-enrol-title = ናይ መረጋገጺ ኣፕኩም ኣዳልዉ
staff-enrol-intro = ኣካውንታት ሰራሕተኛታት ብካልኣይ ስጉምቲ ይሕለዉ። ሕጂ ሓንሳብ ኣዳልውዎ።
staff-enrol-step-app = ኣብ ናይ ስራሕ ተሌፎንኩም ናይ መረጋገጺ ኣፕ ክፈቱ።
staff-enrol-step-scan = ነዚ ኮድ ስካን ግበርዎ፣ ወይ ኣብ ታሕቲ ዘሎ መፍትሕ ኣብቲ ኣፕ ጽሓፍዎ።
staff-enrol-qr = QR ኮድ ንናይ መረጋገጺ ኣፕኩም
staff-enrol-secret = መፍትሕ:
staff-enrol-step-code = እቲ ኣፕ ዘርእዮ ሹድሽተ ኣሃዛት ዘለዎ ኮድ ጽሓፉ።
staff-code = ኮድ
staff-code-hint = ካብ ናይ መረጋገጺ ኣፕኩም ሹድሽተ ኣሃዛት።
staff-enrol-confirm = ኣረጋግጹ እሞ እተዉ
staff-code-title = ካልኣይ ስጉምቲ
staff-code-intro = ሕጂ ናይ መረጋገጺ ኣፕኩም ዘርእዮ ኮድ ጽሓፉ።
staff-code-recovery-hint = ካብቲ ኣፕ ሹድሽተ ኣሃዛት። ተሌፎንኩም ጠፊኡ ድዩ? ኣብ ክንዲኡ ሓደ ካብ ናይ ምምላስ ኮዳትኩም ጽሓፉ።
staff-recovery-title = ናይ ምምላስ ኮዳትኩም
staff-recovery-intro = ነዞም ኮዳት ካብ ተሌፎንኩም ርሒቑ ኣብ ውሑስ ቦታ ሓልውዎም። ናይ መረጋገጺ ኣፕኩም እንተ ጠፊኡ፣ ነፍሲ ወከፍ ኮድ ሓንሳብ ይሰርሕ። ሕጂ ጥራይ እዮም ዝርኣዩ።
staff-recovery-shown = ናይ ምምላስ ኮዳትኩም ድሮ ተራእዮም እዮም። እንተ ዘይሓዝኩምዎም፣ ካልኣይ ስጉምትኹም ናብ መጀመርታ ክመልሶ ንሓደ ኣመሓዳሪ ሕተቱ።
SA-001 = ኢመይል፣ ቃል ምሕላፍ ወይ ኮድ ቅኑዕ ኣይኮነን። ድሕሪ ሓሙሽተ ጌጋ ፈተነታት፣ እቲ ኣካውንት ን15 ደቓይቕ ይዕጾ።
SA-002 = ምእታውኩም ኣዝዩ ነዊሕ ግዜ ወሲዱ። በጃኹም እንደገና ጀምሩ።
ST-001 = ተራኹም ነዚ ኣየፍቅደልኩምን።

## Staff: queues
queue-title = ዝካየዱ ጠለባት
queue-take-next = ዝቕጽል ጠለብ ውሰዱ
queue-nothing-to-take = ኣብ መስርዓትኩም ሕጂ ዘይተወስደ ጠለብ የለን።
queue-team = ጉጅለ
queue-any = ዝኾነ
queue-kind = ጠለብ
queue-status = ኩነታት
# A request's status as staff read it (the person reads status-<status>).
staff-status-submitted = ሓድሽ
staff-status-in_review = ኣብ ምጽናዕ
staff-status-awaiting_information = ሓበሬታ ካብቲ ሰብ ይጽበ
staff-status-decided = ተወሲኑ
staff-status-completed = ተዛዚሙ
staff-status-withdrawn = ብወገን እቲ ሰብ ተሳሒቡ
queue-language = ቋንቋ
queue-filter = ኣርእዩ
queue-empty = ዝሰማማዕ ክፉት ጠለብ የለን።
queue-count = ክፉታት ጠለባት:
queue-overdue = ግዝኡ ዝሓለፈ
queue-due-soon = ኣብ ውሽጢ 3 መዓልታት ግዝኡ ዝውዳእ
team-general = ሓፈሻዊ ጠለባት
team-sensitive-data = ተንከፍቲ ሓበሬታ
team-dpo = ሓላፊ ሓለዋ ሓበሬታ

## Staff: one request
case-title = ጠለብ
case-back = ናብ መስርዕ ተመለሱ
case-person = ሰብ
case-anonymous = ሽሙ ዘይፍለጥ ጠራዒ
case-case-reference = ቁጽሪ ጉዳይ
case-extended-because = ዝተናውሓሉ ምኽንያት
case-explanation = መብርሂ እቲ ሰብ
case-concerned = እቲ ጠለብ ብዛዕባ እንታይ እዩ
case-concerned-none = ኩሉ መዝገብ፣ ወይ ኣብ ተንከፍቲ ምድብ ዘሎ ሓበሬታ: ኣብ ታሕቲ ምኽንያት ሂብኩም ክፈትዎ።
case-record = ኣብቲ መዝገብ ዘሎ ካልእ ሓበሬታ
case-record-intro = ንዚ ጠለብ እንተ ኣድልዩኩም ጥራይ ምድብ ክፈቱ። ምኽንያትኩም ይምዝገብ፣ እቲ ሰብ ድማ ክርእዮ ይኽእል።
case-upstream = ምንጪ ሲስተማት
case-upstream-applied = ኣብ { $system } ብዕለት { $date } ተተግቢሩ።
case-upstream-rejected = { $system } ብዕለት { $date } ነጺግዎ: { $reason }
case-upstream-waiting = { $system } ገና ኣየረጋገጸን።
case-erased = (ተደምሲሱ)
case-proposed-value = ዝተሓተ:
case-restricted = ምጥቃሙ ተገዲቡ ኣሎ።
case-open-reason = ምኽንያት
case-choose = ምረጹ…
case-open = ክፈቱ
case-proposal = ዝቐረበ ውሳነ፣ ካልኣይ ሰብ ይጽበ
case-awaiting-approval = ምጽዳቕ ይጽበ
case-assignee = ዝካይዶ
case-assignee-you = ንስኹም
case-unassigned = ገና ዝኾነ ሰብ የለን
case-template = መልእኽቲ
case-actions = ክትገብርዎ እትኽእሉ
case-no-actions = ሕጂ ብዚ ጠለብ ክትገብርዎ እትኽእሉ ነገር የለን።
case-claim = ነዚ ጠለብ ውሰዱ
case-approve-explained = ሓደ መሳርሕትኹም ነዚ ውሳነ ኣቕሪቡ። ተቐጻጸርዎ: ብዘይካ እቲ ዘቕረቦ ካልእ ሰብ ክሳብ ዘጽድቖ፣ ዝኾነ ነገር ኣይቕየርን።
case-approve = ውሳነ ኣጽድቑ
case-send-back = ንዳግመ ምጽናዕ መልሱ
case-message = ናብቲ ሰብ መልእኽቲ ስደዱ
case-note = ናይ ባዕልኹም ቃላት (ግድን ኣይኮነን)
case-note-hint = ኣብ ትሕቲ እቲ መልእኽቲ ይውሰኽ። ብቀሊል ቋንቋ ጽሓፉ፤ እቲ ሰብ ብመሳርሒ ትርጉም ከንብቦ ይኽእል እዩ።
case-send = ስደዱ
case-ask-information = ካብቲ ሰብ ሓበሬታ ሕተቱ
case-identity = ገና መንነት እቲ ሰብ ከነረጋግጽ ኣሎና (ክሳብ ዝምልስ፣ ግዜ ገደብ ደው ይብል)
case-resume = ብዘይ እቲ ሓበሬታ ቀጽሉ
case-extend = ግዜ ገደብ ኣናውሑ
case-extend-explained = ሓንሳብ ጥራይ፣ ኣብቲ ቀዳማይ ወርሒ፣ ብሓደ ወይ ክልተ ኣዋርሕ። ንሰብ ምኽንያቱ ይንገሮ።
case-extend-months = ኣዋርሕ
case-extend-reason = ምኽንያት
case-decide = ወስኑ
case-outcome = ውሳነ
case-reasons = ምኽንያታት (እንተወሓደ ሓደ)
case-decision-note = ንሰብ ዝኸውን መልእኽቲ (ግድን ኣይኮነን)
case-second-person = ሓበሬታ ምድምሳስን ተንከፍቲ ሓበሬታ ምእራምን፣ ቅድሚ ዝኾነ ለውጢ ምጽዳቕ ካልኣይ ሰብ የድልዮ።
case-reassign = ንካልእ ሰብ ሃቡ
case-reassign-to = መሳርሕቲ
staff-done-claim = እቲ ጠለብ ሕጂ ናትኩም እዩ።
staff-done-reassign = እቲ ጠለብ ንመሳርሕትኹም ተዋሂቡ።
staff-done-message = መልእኽትኹም ተሰዲዱ። እቲ ሰብ ሓድሽ ነገር ከም ዘሎ ዝሕብር ኢመይል ይበጽሖ።
staff-done-ask-information = ሕቶኹም ተሰዲዱ። እቲ ሰብ ሓድሽ ነገር ከም ዘሎ ዝሕብር ኢመይል ይበጽሖ።
staff-done-resume = ስራሕ ኣብቲ ጠለብ ይቕጽል ኣሎ።
staff-done-extend = ግዜ ገደብ ተናዊሑ፣ ንሰብ ድማ ምኽንያቱ ተነጊርዎ።
staff-done-decide = እቲ ውሳነ ተመዝጊቡ። ካልኣይ ሰብ ዘድልዮ እንተኾይኑ፣ ምጽዳቑ ይጽበ።
staff-done-approve = እቲ ውሳነ ጸዲቑ ተፈጺሙ።
staff-done-send-back = እቲ ዝቐረበ ውሳነ ንዳግመ ምጽናዕ ተመሊሱ።
ST-010 = ነዚ ሓበሬታ ክትከፍትዎ ዘድልየኩም ምኽንያት ምረጹ።
ST-011 = ንምንዋሕ ግዜ ገደብ ምኽንያት ምረጹ።
ST-012 = ውሳነ ምረጹ።
ST-013 = እንተወሓደ ሓደ ምኽንያት ምረጹ።
ST-014 = እዚ ኣዝዩ ነዊሕ እዩ። በጃኹም ናብ 2000 ፊደላት ኣሕጽርዎ።
ST-015 = ካብቲ ዝርዝር መሳርሕቲ ምረጹ።
ST-016 = ካብቲ ዝርዝር መልእኽቲ ምረጹ።
ST-017 = እዚ ተግባር የለን።
ST-020 = እቲ ጠለብ ኣብ ዘለዎ ኩነታት እዚ ክግበር ኣይከኣልን።
ST-021 = ግዜ ገደብ ድሮ ሓንሳብ ተናዊሑ እዩ።
ST-022 = ግዜ ገደብ ክናዋሕ ዝኽእል ኣብቲ ቀዳማይ ወርሒ ጥራይ እዩ።
ST-023 = ምንዋሕ ሓደ ወይ ክልተ ኣዋርሕ እዩ።
ST-024 = ነዚ ውሳነ ዘቕረብኩምዎ ንስኹም ኢኹም፣ ስለዚ ካልእ ሰብ ከጽድቆ ኣለዎ።
ST-025 = እዚ ክገብር ዝኽእል እቲ ነዚ ጠለብ ዝካይድ ሰብ ጥራይ እዩ። መጀመርያ ውሰድዎ።
ST-026 = እዚ ውሳነ መጀመርያ ምጽዳቕ ካልኣይ ሰብ የድልዮ።
ST-027 = ካልእ ሰብ ኣብ ሓደ እዋን ነዚ ጠለብ ቀይርዎ። እንደገና ርኣይዎ እሞ ደጊምኩም ፈትኑ።

## Decisions, as the person reads them
outcome-approved = ጠለብኩም ተቐባልነት ረኺቡ።
outcome-partly_approved = ጠለብኩም ብከፊል ተቐባልነት ረኺቡ።
outcome-refused = ጠለብኩም ተነጺጉ።
reason-request-granted = ዝሓተትኩምዎ ፈጺምና ኢና።
reason-evidence-insufficient = ዝሃብኩምዎ ሓበሬታ መዝገብና ጌጋ ምዃኑ ኣየርእን።
reason-identity-not-verified = ንስኹም እቲ ሓበሬታ ዝምልከቶ ሰብ ምዃንኩም ከነረጋግጽ ኣይከኣልናን።
reason-legal-claims = ሕጋዊ ክሲ ንምቕራብ፣ ንምቕጻል ወይ ንምክልኻል እቲ ሓበሬታ የድልየና እዩ።
reason-manifestly-unfounded = እዚ ጠለብ ነቲ ቀደም ዝቐረበን መልሲ ዝረኸበን ጠለብ ዝደግም እዩ።
extension-reason-complexity = ጠለብኩም ዝተሓላለኸ ስለ ዝኾነ ተወሳኺ ግዜ የድልዮ።
extension-reason-number-of-requests = ብዙሓት ጠለባት ስለ ዝበጽሑና፣ ንጠለብኩም ብግቡእ ንምምላስ ተወሳኺ ግዜ የድልየና።
timeline-message = መልእኽቲ ተሰዲዱልኩም

## Message templates (staff choose one; the person reads it in their language)
template-information-needed-name = ተወሳኺ ሓበሬታ የድልየና
template-information-needed = ጠለብኩም ንምክያድ ካባኹም ተወሳኺ ሓበሬታ የድልየና። በጃኹም እተዉ እሞ ኣብ ትሕቲ እዚ ጠለብ መልሱ።
template-identity-documents-name = በጃኹም መንነትኩም ኣረጋግጹ
template-identity-documents = ቅድሚ ምቕጻልና፣ እቲ ሓበሬታ ዝምልከቶ ሰብ ንስኹም ምዃንኩም ከነረጋግጽ ኣሎና። በጃኹም ኣብዚ ጠለብ ስእሊ ናይ መንነት ሰነድ ወስኹ።
template-progress-update-name = ኣብ ጠለብኩም ንሰርሕ ኣለና
template-progress-update = ኣብ ጠለብኩም ንሰርሕ ኣለና። ሕጂ ዝኾነ ነገር ክትገብሩ ኣየድልየኩምን።
template-decision-made-name = ውሳነ ተዋሂቡ
template-decision-made = ብዛዕባ ጠለብኩም ውሳነ ተዋሂቡ። ምስ ምኽንያታቱ ኣብ ገጽ እቲ ጠለብ ከተንብብዎ ትኽእሉ ኢኹም።

## Who looked at my data: staff actions
access-request-claimed = ጠለብኩም ምክያድ ጀመሩ
access-request-reassigned = ጠለብኩም ንመሳርሕቶም ሃቡ
access-request-messaged = መልእኽቲ ሰደዱልኩም
access-request-information-requested = ሓበሬታ ሓተቱኹም
access-request-resumed = ኣብ ጠለብኩም ስራሕ ቀጸሉ
access-request-extended = ናይ መልሲ ግዜ ኣናውሑ
access-request-decision-proposed = ኣብ ጠለብኩም ውሳነ ኣቕረቡ
access-request-decision-approved = ኣብ ጠለብኩም ዝተዋህበ ውሳነ ኣጽደቑ
access-request-decision-sent-back = ዝቐረበ ውሳነ ንዳግመ ምጽናዕ መለሱ
access-request-decided = ኣብ ጠለብኩም ወሰኑ
access-field-restricted = ምጥቃም ሓበሬታኹም ገደቡ

## Deadline mails to staff (no personal data: a link to the request only)
staff-mail-due-soon-subject = እትካይድዎ ጠለብ ኣብ ውሽጢ ሰሙን ግዝኡ ይውዳእ
staff-mail-due-soon-body =
    ዝተመደበልኩም ጠለብ ኣብ ውሽጢ ሾብዓተ መዓልታት መልሲ ክወሃቦ ኣለዎ።

    ክፈትዎ: { $url }
staff-mail-overdue-subject = ናይ ጉጅለኹም ጠለብ ግዝኡ ሓሊፉ
staff-mail-overdue-body =
    ናይ ጉጅለኹም ሓደ ጠለብ ሕጋዊ ግዜ ገደቡ ሓሊፉ፣ ገና መልሲ ኣይረኸበን። በጃኹም ሎሚ ከም ዝካየድ ግበሩ።

    ክፈትዎ: { $url }

## The auditor's screen
audit-title = መዝገብ ኦዲት
audit-verify = ሰንሰለት ናይ ምሉእ መዝገብ ተቐጻጸሩ
audit-verify-ok = መዝገብ ኦዲት ምሉእ እዩ: ኩሎም { $events } ፍጻመታት ብቕኑዕ ይተኣሳሰሩ።
audit-verify-broken = መዝገብ ኦዲት ተተንኪፉ እዩ። { $events } ፍጻመታት ተፈቲሾም፤ ዝተረኽቡ ጸገማት:
audit-break-altered = ፍጻመ { $seq } ድሕሪ ምምዝጋቡ ተቐይሩ ወይ ካብ ቦታኡ ተንቀሳቒሱ።
audit-break-chain-broken = ፍጻመ { $seq } ካብቲ ቅድሚኡ ዘሎ ፍጻመ ኣይቕጽልን።
audit-break-missing = ድሕሪ ፍጻመ { $seq } ፍጻመታት ጎዲሎም ኣለዉ።
audit-break-truncated = እቲ መዝገብ ንፍጻመ { $seq } ከምቲ ሓደ ዝተፈረመ checkpoint ዝመዝገቦ ኣይሕዞን: እቶም ሓደሽቲ ፍጻመታት ተላጊሶም ወይ ዳግማይ ተጻሒፎም።
audit-break-checkpoint-forged = መስመር { $seq } ናይቲ ፋይል checkpoint ተቐይሩ።
audit-action = ተግባር
audit-actor-kind = ዝፈጸሞ
audit-actor-person = ሰብ፣ ንባዕሉ
audit-actor-staff = ሰራሕተኛ
audit-actor-helper = ሓጋዚ
audit-actor-anonymous = ሽሙ ዘይፍለጥ ሰብ
audit-actor-system = ኣማና ባዕሉ
audit-actor-source-system = ናይቲ ትካል ምንጪ ሲስተም
audit-actor-id = መለለዪ (Id) ናይቲ ዝፈጸመ
audit-from = ካብ
audit-to = ክሳብ
audit-download-csv = ነዚ ምርጫ ከም CSV ኣውርዱ
audit-none = ዝሰማማዕ ፍጻመ የለን።
audit-when = መዓስ
audit-who = መን
audit-about = ብዛዕባ

## Administration
admin-title = ምምሕዳር
admin-sections = ክፍልታት
admin-staff = ኣካውንታት ሰራሕተኛታት
admin-teams = ጉጅለታት
admin-routing = ኣመሓላልፋ ሓደሽቲ ጠለባት
admin-templates = ቅድመ-ዝተዳለዉ መልእኽትታት
admin-default-team = ምስ ዝኾነ ደንቢ ዘይሰማማዑ ጠለባት ይቕበል
admin-new-team = ጉጅለ ወስኹ
admin-team-key = ሓጺር መለለዪ
admin-key-hint = ንኣሽቱ ፊደላት፣ ኣሃዛትን ሰረዝን፣ ከም north-office።
admin-team-name = ሽም
admin-add = ወስኹ
admin-save = ዓቅቡ
admin-delete = ደምስሱ
admin-saved = ተዓቂቡ።
admin-role = ተራ
admin-office = ቤት ጽሕፈት
admin-status = ኩነታት
admin-active = ንጡፍ
admin-inactive = ዘይንጡፍ ተገይሩ
admin-enrolled = ካልኣይ ስጉምቲ ተዳልዩ
admin-not-enrolled = ካልኣይ ስጉምቲ ገና ኣይተዳለወን
admin-locked = ድሕሪ ዘይተዓወተ ምእታው ተዓጽዩ
admin-activate = ኣንጥፉ
admin-deactivate = ዘይንጡፍ ግበሩ
admin-reset-second-factor = ካልኣይ ስጉምቲ ናብ መጀመርታ መልሱ
admin-change-teams = ጉጅለታት ቀይሩ
admin-new-staff = ኣካውንት ሰራሕተኛ ወስኹ
admin-name = ምሉእ ሽም
admin-enrolment-link-hint = ኣብዚ ቃል ምሕላፍ የለን: ኣማና ናብቲ ሰብ ናይ ባዕሉ ቃል ምሕላፍ ክመርጽ ዘኽእሎ ሊንክ ብኢመይል ይሰድድ። እቲ ሊንክ ሓንሳብ ጥራይ፣ ን72 ሰዓታት ይሰርሕ።
admin-send-enrolment-link = ሓድሽ ናይ ምዝገባ ሊንክ ስደዱ
admin-routing-intro = ነፍሲ ወከፍ ሓድሽ ጠለብ ናብ ጉጅለ ናይቲ ቀዳማይ ምስኡ ዝሰማማዕ ደንቢ ይኸይድ። ጥርዓናት ኩሉ ግዜ ናብ ሓላፊ ሓለዋ ሓበሬታ ይኸዱ።
admin-routing-default = ምስ ዝኾነ ደንቢ ዘይሰማማዕ ጠለብ ናብቲ ናይ ንቡር ጉጅለ ይኸይድ።
admin-category = ምድብ
admin-sensitive = ተንከፍቲ
admin-yes = እወ
admin-no = ኣይፋል
admin-move-up = ናብ ላዕሊ ኣደይቡ
admin-move-down = ናብ ታሕቲ ኣውርዱ
admin-new-rule = ኣብ መወዳእታ ደንቢ ወስኹ
admin-templates-intro = ሰራሕተኛታት ናብ ሓደ ሰብ ክጽሕፉ ከለዉ ሓደ ካብዚኦም ይመርጹ፣ እቲ ሰብ ድማ ብቋንቋኡ የንብቦ። ነፍሲ ወከፍ ቅድመ-ዝተዳለወ መልእኽቲ ብኹሉ ቋንቋታት ጽሑፍ የድልዮ።
admin-new-template = ቅድመ-ዝተዳለወ መልእኽቲ ወስኹ
admin-template-key = ሓጺር መለለዪ
AD-001 = ነዚ ምልእዎ።
AD-002 = እዚ ኣዝዩ ነዊሕ እዩ።
AD-003 = ካብቲ ዝርዝር ጉጅለታት ምረጹ።
AD-004 = ምሉእ ኣድራሻ ኢመይል ጽሓፉ፣ ከም name@example.org።
AD-005 = ካብቲ ዝርዝር ተራ ምረጹ።
AD-006 = ቃል ምሕላፍ እንተወሓደ 12 ፊደላት ክህልዎ ኣለዎ።
AD-007 = በዚ ኣድራሻ ኢመይል ዝተኸፍተ ኣካውንት ድሮ ኣሎ።
AD-008 = ናይ ባዕልኹም ኣካውንት ዘይንጡፍ ክትገብርዎ ኣይትኽእሉን።
AD-009 = ካብ 2 ክሳብ 40 ንኣሽቱ ፊደላት፣ ኣሃዛትን ሰረዝን ተጠቐሙ።
AD-010 = በዚ መለለዪ ዝተመዝገበ ጉጅለ ድሮ ኣሎ።
AD-011 = ኩነታት ናይቲ ደንቢ ካብቲ ዝርዝራት ምረጹ።
AD-012 = ጥርዓናት ኩሉ ግዜ ናብ ሓላፊ ሓለዋ ሓበሬታ ይኸዱ፤ ዝኾነ ደንቢ ነዚ ክቕይሮ ኣይክእልን።
AD-013 = ነቲ ጽሑፍ ብዚ ቋንቋ'ውን ጽሓፍዎ።

## Administration: the purpose register
admin-purposes = መዝገብ ዕላማታት
admin-purposes-intro = ሓበሬታ ስለምንታይ፣ ብኣየናይ ሕጋዊ መሰረት፣ ክሳብ መዓስ ከም ዝዕቀብን መን ከም ዝቕበሎን። ሰባት እዚ ኣብ «ሓበሬታይ»ን ኣብ ገጽ ስምምዕን ብቋንቋኦም የንብብዎ።
admin-purpose-name = ሽም
admin-purpose-explanation = ሰባት ቅድሚ ስምምዕ ምሃቦም ዘንብብዎ መብርሂ
admin-purpose-version = ሕታም ጽሑፍ ስምምዕ:
admin-legal-basis = ሕጋዊ መሰረት
admin-retention-days = ዝዕቀበሉ ግዜ (መዓልታት)
admin-recipients = ተቐበልቲ
AD-014 = ካብ 1 ክሳብ 36500 ዝኾነ ቁጽሪ መዓልታት ጽሓፉ።
AD-015 = ካብቲ ዝርዝር ምረጹ።
ST-018 = ብዛዕባ ሓደ ሓበሬታ ዝቐረበ ጠለብ ወይ ይቕበል ወይ ይንጸግ፣ ብከፊል ኣይኮነን።
staff-new-password = ናይ ባዕልኹም ቃል ምሕላፍ ምረጹ
SA-003 = ኣድራሻ ኢመይልኩም ዘይኮነ ቃል ምሕላፍ ምረጹ።

# Enrolment links for new accounts
SA-004 = እዚ ሊንክ ግዝኡ ሓሊፉ ወይ ድሮ ተጠቒሞምሉ። ሓድሽ ሊንክ ክሰደልኩም ንኣመሓዳሪኹም ሕተቱ።
AD-016 = እዚ ኣካውንት ካልኣይ ስጉምቱ ድሮ ኣዳልዩ እዩ። እቲ ሰብ ካብ መጀመርታ ክጅምር እንተ ደልዩ፣ መጀመርያ ካልኣይ ስጉምቲ ናብ መጀመርታ መልስዎ።
welcome-title = ኣካውንትኩም ኣዳልዉ
welcome-intro = ንኣካውንትኩም ቃል ምሕላፍ ምረጹ:
welcome-password-hint = እንተወሓደ 12 ፊደላት። ንስኹም ጥራይ ኢኹም እትፈልጥዎ: ኣብ ኣማና ዝኾነ ሰብ ፈጺሙ ኣይሓተኩምን እዩ። ቀጺልኩም ናይ መረጋገጺ ኣፕኩም ተዳልዉ።
mail-enrolment-subject = ናይ ኣማና ኣካውንትኩም ኣዳልዉ
mail-enrolment-body =
    ንዚ ኣድራሻ ናይ ኣማና ኣካውንት ተኸፊቱ ኣሎ። ቃል ምሕላፍኩም ክትመርጹን ካልኣይ ስጉምቲ ምእታውኩም ከተዳልዉን ነዚ ሊንክ ክፈትዎ:

    { $url }

    እቲ ሊንክ ሓንሳብ ጥራይ፣ ን{ $hours } ሰዓታት ይሰርሕ። ነዚ መልእኽቲ እንተ ዘይተጸቢኹምዎ፣ ሸለል ክትብልዎ ትኽእሉ ኢኹም።

## Administration: source systems, their API keys and webhooks
admin-source-systems = ምንጪ ሲስተማት
admin-source-systems-intro = ብAPI ኣቢሎም ሰባት ናብ ኣማና ዘእትዉ ናይቲ ትካል ሲስተማት። ነፍሲ ወከፍ ኣብዚ ዝተመልከቱ ዕላማታትን ዓይነታት ሓበሬታን ጥራይ፣ ብናይ ባዕሉ መፍትሕታት ጥራይ ክጽሕፍ ይኽእል።
admin-new-source-system = ምንጪ ሲስተም ኣመዝግቡ
admin-source-system-contact = መን የካይዶ
admin-source-system-contact-hint = ጻውዒታቱ ምስ ዝፈሽሉ ዝርከብ ጉጅለ ወይ ኣድራሻ።
admin-source-system-purposes = ክጽሕፎም ዝኽእል ዕላማታት
admin-source-system-categories = ክጽሕፎም ዝኽእል ዓይነታት ሓበሬታ
admin-webhook = Webhook
admin-webhook-none = የለን: እቲ ሲስተም ነቲ ዝርዝር ለውጥታት (change feed) የንብብ።
admin-webhook-url = ሓደ ለውጢ ነዚ ሲስተም ምስ ዝምልከት ኣማና ዝጽውዖ ኣድራሻ
admin-webhook-hint = ምዕቃብ ሓድሽ ናይ ምፍራም ምስጢር (signing secret) ይፈጥር፣ ሓንሳብ ጥራይ ይርአ። እቲ ኣረጊት ምስጢር ምስራሕ የቋርጽ።
admin-webhook-save = Webhook ዓቅቡ
admin-webhook-stop = Webhook ደው ኣብሉ
admin-api-keys = መፍትሕታት API
admin-new-key = ሓድሽ መፍትሕ ስርሑ
admin-key-scopes = እቲ መፍትሕ ክገብሮ ዝኽእል
admin-key-days = ዝሰርሓሉ ግዜ (መዓልታት)
admin-new-key-hint = እቲ መፍትሕ ብኡንብኡ ድሕሪኡ ሓንሳብ ጥራይ ይርአ። ሓደ ሲስተም ክልተ ዝሰርሑ መፍትሕታት ክሕዝ ይኽእል፣ ስለዚ ሓድሽ መፍትሕ ብዘይ ምቁራጽ ንኣረጊት ክትክኦ ይኽእል።
admin-key-live = ይሰርሕ
admin-key-expired = ግዝኡ ሓሊፉ
admin-key-revoked = ዝተሰረዘሉ ዕለት
admin-key-created = ዝተሰርሐሉ ዕለት
admin-key-expires = ዝውድኣሉ ዕለት
admin-key-last-used = ናይ መወዳእታ ዝተጠቕመሉ
admin-key-never-used = ፈጺሙ
admin-key-revoke = ሰርዙ
admin-new-key-shown = ሓድሽ መፍትሕ API ንዚ ሲስተም:
admin-webhook-secret-shown = ሓድሽ ናይ webhook ምፍራም ምስጢር ንዚ ሲስተም:
admin-shown-once-hint = ሕጂ ቅድሕዎ እሞ ብውሑስ መንገዲ ንኣካየድቲ እቲ ሲስተም ሃብዎ። ኣማና ኣይዕቅቦን፣ ደጊሙ ከርእዮ'ውን ኣይክእልን።
api-scope-people-write = ሰባት ምእታውን ምልጋስን
api-scope-changes-read = ዝጸደቑ ለውጥታት ምንባብ
api-scope-changes-ack = ለውጥታት ከም ዝተገብሩ ምርግጋጽ
api-scope-access-events-write = መን ሓበሬታ ከም ዝረኣየ ምሕባር
AD-017 = በዚ ሽም ዝተመዝገበ ምንጪ ሲስተም ድሮ ኣሎ።
AD-018 = ካብ 1 ክሳብ 1095 ዝኾነ ቁጽሪ መዓልታት ጽሓፉ።
AD-019 = እዚ ሲስተም ገና ዝሰርሑ ክልተ መፍትሕታት ኣለውዎ። ካልእ ቅድሚ ምስራሕኩም ሓደ ሰርዙ።
AD-020 = እንተወሓደ ሓደ ምረጹ።
AD-021 = ምሉእ ናይ መርበብ ኣድራሻ ጽሓፉ፣ ከም https://cases.example.org/amana።

## Administration: languages
admin-locales = ቋንቋታት
admin-locales-intro = ሰባት ክመርጽዎ ዝኽእሉ ኩሉ ቋንቋታት፣ ከምኡ'ውን እቲ ቋንቋ ዝዛረብ ሰብ ነቲ ትርጉም ኣረጋጊጽዎ እንተኾይኑ።
admin-locale-source = ምንጪ ቋንቋ
admin-locale-draft = ቀዳማይ ንድፊ፣ ገና ኣይተረጋገጸን
admin-locale-reviewed = ዘረጋገጾ፦ { $reviewer }፣ ዕለት፦ { $date }
