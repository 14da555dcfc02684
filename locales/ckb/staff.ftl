## Staff: sign-in
nav-queue = ڕیزی کار
nav-audit = تۆماری چاودێری
nav-admin = بەڕێوەبردن
staff-sign-in-title = چوونەژوورەوەی کارمەندان
staff-sign-in-intro = بۆ کارمەندانی دەزگاکە. بە ئیمەیڵی کار و وشەی نهێنییەکەت بچۆ ژوورەوە، پاشان بە کۆدێک لە ئەپی پشتڕاستکردنەوەکەت.
staff-email = ئیمەیڵی کار
staff-password = وشەی نهێنی
staff-continue = بەردەوام بە
staff-enrol-title = ئەپی پشتڕاستکردنەوەکەت ڕێکبخە
staff-enrol-intro = هەژماری کارمەندان بە هەنگاوێکی دووەم پارێزراون. یەک جار، ئێستا، ڕێکی بخە.
staff-enrol-step-app = ئەپێکی پشتڕاستکردنەوە لە مۆبایلی کارەکەت بکەرەوە.
staff-enrol-step-scan = ئەم کۆدە سکان بکە، یان ئەو کلیلەی خوارەوە لە ئەپەکەدا بنووسە.
staff-enrol-qr = کۆدی QR بۆ ئەپی پشتڕاستکردنەوەکەت
staff-enrol-secret = کلیل:
staff-enrol-step-code = ئەو کۆدە شەش ژمارەییە بنووسە کە ئەپەکە پیشانی دەدات.
staff-code = کۆد
staff-code-hint = شەش ژمارە لە ئەپی پشتڕاستکردنەوەکەت.
staff-enrol-confirm = پشتڕاستی بکەرەوە و بچۆ ژوورەوە
staff-code-title = هەنگاوی دووەم
staff-code-intro = ئەو کۆدە بنووسە کە ئێستا ئەپی پشتڕاستکردنەوەکەت پیشانی دەدات.
staff-code-recovery-hint = شەش ژمارە لە ئەپەکە. مۆبایلەکەت ون کردووە؟ لە جیاتی ئەوە یەکێک لە کۆدەکانی گەڕاندنەوەت بنووسە.
staff-recovery-title = کۆدەکانی گەڕاندنەوەت
staff-recovery-intro = ئەم کۆدانە لە شوێنێکی پارێزراو، دوور لە مۆبایلەکەت، هەڵبگرە. ئەگەر ئەپی پشتڕاستکردنەوەکەت ون کرد، هەر یەکێکیان یەک جار کار دەکات. تەنها ئێستا پیشان دەدرێن.
staff-recovery-shown = کۆدەکانی گەڕاندنەوەت پێشتر پیشان دراون. ئەگەر هەڵتنەگرتن، داوا لە بەڕێوەبەرێک بکە هەنگاوی دووەمت سفر بکاتەوە.
SA-001 = ئیمەیڵ، وشەی نهێنی یان کۆدەکە دروست نییە. دوای پێنج هەوڵی هەڵە، هەژمارەکە بۆ ماوەی ١٥ خولەک قوفڵ دەکرێت.
SA-002 = چوونەژوورەوەکەت زۆری خایاند. تکایە لە سەرەتاوە دەست پێبکەرەوە.
ST-001 = ڕۆڵەکەت ڕێگە بەمە نادات.

## Staff: queues
queue-title = داواکارییەکان بۆ جێبەجێکردن
queue-take-next = داواکاریی داهاتوو وەربگرە
queue-nothing-to-take = لە ئێستادا هیچ داواکارییەکی بێ خاوەن لە ڕیزەکانتدا نییە.
queue-team = تیم
queue-any = هەموو
queue-kind = داواکاری
queue-status = دۆخ
# A request's status as staff read it (the person reads status-<status>).
staff-status-submitted = نوێ
staff-status-in_review = لە پێداچوونەوەدایە
staff-status-awaiting_information = چاوەڕێی زانیاریی کەسەکەیە
staff-status-decided = بڕیاری لەسەر درا
staff-status-completed = تەواو کرا
staff-status-withdrawn = کەسەکە کشاندییەوە
queue-language = زمان
queue-filter = پیشاندان
queue-empty = هیچ داواکارییەکی کراوە لەگەڵ ئەم هەڵبژاردنە ناگونجێت.
queue-count = داواکارییە کراوەکان:
queue-overdue = وادەی تێپەڕیوە
queue-due-soon = وادەی لە ماوەی ٣ ڕۆژدایە
team-general = داواکارییە گشتییەکان
team-sensitive-data = زانیاریی هەستیار
team-dpo = بەرپرسی پاراستنی زانیاری

## Staff: one request
case-title = داواکاری
case-back = گەڕانەوە بۆ ڕیزی کار
case-person = کەس
case-anonymous = سکاڵاکاری بێ ناو
case-case-reference = ژمارەی دۆسیە
case-extended-because = درێژ کرایەوە چونکە
case-explanation = ڕوونکردنەوەی کەسەکە
case-concerned = داواکارییەکە دەربارەی چییە
case-concerned-none = هەموو تۆمارەکە، یان زانیارییەک لە بەشێکی هەستیاردا: لە خوارەوە بە هۆکارێکەوە بیکەرەوە.
case-record = زانیاریی تر لە تۆمارەکەدا
case-record-intro = بەشێک تەنها کاتێک بکەرەوە کە بۆ ئەم داواکارییە پێویستت پێیەتی. هۆکارەکەت تۆمار دەکرێت و کەسەکە دەتوانێت بیبینێت.
case-upstream = سیستەمەکانی سەرچاوە
case-upstream-applied = لە { $system } جێبەجێ کرا لە { $date }.
case-upstream-rejected = { $system } ڕەتی کردەوە لە { $date }: { $reason }
case-upstream-waiting = { $system } هێشتا پشتڕاستی نەکردووەتەوە.
case-erased = (سڕاوەتەوە)
case-proposed-value = داواکراو:
case-restricted = بەکارهێنانی سنووردار کراوە.
case-open-reason = هۆکار
case-choose = هەڵبژێرە…
case-open = کردنەوە
case-proposal = بڕیاری پێشنیارکراو، چاوەڕێی کەسی دووەمە
case-awaiting-approval = چاوەڕێی پەسەندکردنە
case-assignee = بەرپرس
case-assignee-you = تۆ
case-unassigned = هێشتا کەس نییە
case-template = نامە
case-actions = ئەوەی دەتوانیت بیکەیت
case-no-actions = لە ئێستادا هیچ کارێک نییە کە بتوانیت لەسەر ئەم داواکارییە بیکەیت.
case-claim = ئەم داواکارییە وەربگرە
case-approve-explained = هاوکارێک ئەم بڕیارەی پێشنیار کردووە. بیپشکنە: هیچ شتێک ناگۆڕێت تا کەسێکی جگە لە پێشنیارکەرەکە پەسەندی نەکات.
case-approve = بڕیارەکە پەسەند بکە
case-send-back = بیگەڕێنەوە بۆ پێداچوونەوە
case-message = نامەیەک بۆ کەسەکە بنێرە
case-note = قسەی خۆت (ئەگەر بتەوێت)
case-note-hint = لە ژێر نامەکەدا زیاد دەکرێت. بە سادەیی بنووسە؛ لەوانەیە کەسەکە بە ئامرازێکی وەرگێڕان بیخوێنێتەوە.
case-send = بنێرە
case-ask-information = داوای زانیاری لە کەسەکە بکە
case-identity = هێشتا پێویستە ناسنامەی کەسەکە بپشکنین (وادەکە ڕادەوەستێت تا وەڵام دەداتەوە)
case-resume = بەبێ زانیارییەکە بەردەوام بە
case-extend = وادەکە درێژ بکەرەوە
case-extend-explained = تەنها یەک جار، لە ماوەی مانگی یەکەمدا، بە یەک یان دوو مانگ. بە کەسەکە دەوترێت بۆچی.
case-extend-months = مانگ
case-extend-reason = هۆکار
case-decide = بڕیار بدە
case-outcome = بڕیار
case-reasons = هۆکارەکان (لانیکەم یەک)
case-decision-note = تێبینی بۆ کەسەکە (ئەگەر بتەوێت)
case-second-person = سڕینەوەی زانیاری، و ڕاستکردنەوەی زانیاریی هەستیار، پێویستی بە پەسەندکردنی کەسێکی دووەم هەیە پێش ئەوەی هیچ شتێک بگۆڕێت.
case-reassign = بیدە بە کەسێکی تر
case-reassign-to = هاوکار
staff-done-claim = ئێستا داواکارییەکە هی تۆیە.
staff-done-reassign = داواکارییەکە درا بە هاوکارەکەت.
staff-done-message = نامەکەت نێردرا. کەسەکە ئیمەیڵێک وەردەگرێت کە دەڵێت هەواڵی نوێ هەیە.
staff-done-ask-information = پرسیارەکەت نێردرا. کەسەکە ئیمەیڵێک وەردەگرێت کە دەڵێت هەواڵی نوێ هەیە.
staff-done-resume = کار لەسەر داواکارییەکە بەردەوام دەبێت.
staff-done-extend = وادەکە درێژ کرایەوە و بە کەسەکە وترا بۆچی.
staff-done-decide = بڕیارەکە تۆمار کرا. ئەگەر پێویستی بە کەسی دووەم هەبێت، چاوەڕێی پەسەندکردنی ئەو دەبێت.
staff-done-approve = بڕیارەکە پەسەند کرا و جێبەجێ کرا.
staff-done-send-back = پێشنیارەکە گەڕێنرایەوە بۆ پێداچوونەوە.
ST-010 = هەڵبژێرە بۆچی پێویستە ئەم زانیارییە بکەیتەوە.
ST-011 = هۆکارێک بۆ درێژکردنەوەکە هەڵبژێرە.
ST-012 = بڕیارێک هەڵبژێرە.
ST-013 = لانیکەم یەک هۆکار هەڵبژێرە.
ST-014 = ئەمە زۆر درێژە. تکایە کورتی بکەرەوە بۆ ٢٠٠٠ پیت.
ST-015 = هاوکارێک لە لیستەکە هەڵبژێرە.
ST-016 = نامەیەک لە لیستەکە هەڵبژێرە.
ST-017 = ئەو کردارە بوونی نییە.
ST-020 = ئەمە لە دۆخی ئێستای داواکارییەکەدا ناکرێت.
ST-021 = وادەکە پێشتر یەک جار درێژ کراوەتەوە.
ST-022 = وادەکە تەنها لە ماوەی مانگی یەکەمدا دەتوانرێت درێژ بکرێتەوە.
ST-023 = درێژکردنەوە یەک یان دوو مانگە.
ST-024 = تۆ ئەم بڕیارەت پێشنیار کردووە، بۆیە دەبێت کەسێکی تر پەسەندی بکات.
ST-025 = تەنها ئەو کەسەی ئەم داواکارییە جێبەجێ دەکات دەتوانێت ئەمە بکات. سەرەتا داواکارییەکە وەربگرە.
ST-026 = ئەم بڕیارە سەرەتا پێویستی بە پەسەندکردنی کەسێکی دووەم هەیە.
ST-027 = کەسێکی تر لە هەمان کاتدا ئەم داواکارییەی گۆڕی. دووبارە سەیری بکەرەوە و هەوڵ بدەرەوە.

## Decisions, as the person reads them
outcome-approved = داواکارییەکەت پەسەند کرا.
outcome-partly_approved = بەشێک لە داواکارییەکەت پەسەند کرا.
outcome-refused = داواکارییەکەت ڕەت کرایەوە.
reason-request-granted = ئەوەی داوات کرد، کردمان.
reason-evidence-insufficient = ئەو زانیارییەی داوت ئەوە پیشان نادات کە تۆمارەکەی ئێمە هەڵەیە.
reason-identity-not-verified = نەمانتوانی دڵنیا ببینەوە کە تۆ ئەو کەسەیت کە زانیارییەکە دەربارەی ئەوە.
reason-legal-claims = پێویستمان بەم زانیارییە هەیە بۆ دۆزێکی یاسایی: بۆ دەستپێکردنی، بەڕێوەبردنی، یان بەرگریکردن لە خۆمان تێیدا.
reason-manifestly-unfounded = ئەم داواکارییە دووبارەکردنەوەی داواکارییەکی پێشووە کە پێشتر وەڵام دراوەتەوە.
extension-reason-complexity = داواکارییەکەت ئاڵۆزە و کاتی زیاتری پێویستە.
extension-reason-number-of-requests = داواکارییەکی زۆرمان پێگەیشتووە و کاتی زیاترمان پێویستە بۆ ئەوەی بە دروستی وەڵامی داواکارییەکەت بدەینەوە.
timeline-message = نامەیەکت بۆ نێردرا

## Message templates (staff choose one; the person reads it in their language)
template-information-needed-name = زانیاریی زیاترمان پێویستە
template-information-needed = بۆ جێبەجێکردنی داواکارییەکەت، زانیاریی زیاترمان لە تۆ پێویستە. تکایە بچۆ ژوورەوە و لە ژێر ئەم داواکارییەدا وەڵام بدەرەوە.
template-identity-documents-name = تکایە ناسنامەکەت پشتڕاست بکەرەوە
template-identity-documents = پێش ئەوەی بەردەوام بین، پێویستە دڵنیا ببینەوە کە تۆ ئەو کەسەیت کە زانیارییەکە دەربارەی ئەوە. تکایە وێنەی بەڵگەنامەیەکی ناسنامە بۆ ئەم داواکارییە زیاد بکە.
template-progress-update-name = کار لەسەر داواکارییەکەت دەکەین
template-progress-update = کار لەسەر داواکارییەکەت دەکەین. لە ئێستادا پێویست ناکات هیچ شتێک بکەیت.
template-decision-made-name = بڕیارێک درا
template-decision-made = بڕیارێک دەربارەی داواکارییەکەت درا. دەتوانیت لە پەڕەی داواکارییەکەدا بیخوێنیتەوە، لەگەڵ هۆکارەکانی.

## Who looked at my data: staff actions
access-request-claimed = دەستی کرد بە جێبەجێکردنی داواکارییەکەت
access-request-reassigned = داواکارییەکەتی دا بە هاوکارێکی
access-request-messaged = نامەیەکی بۆ ناردیت
access-request-information-requested = داوای زانیاریی لێکردیت
access-request-resumed = کارکردنی لەسەر داواکارییەکەت بەردەوام کرد
access-request-extended = ماوەی وەڵامدانەوەی درێژ کردەوە
access-request-decision-proposed = بڕیارێکی لەسەر داواکارییەکەت پێشنیار کرد
access-request-decision-approved = بڕیاری سەر داواکارییەکەتی پەسەند کرد
access-request-decision-sent-back = بڕیارێکی پێشنیارکراوی گەڕاندەوە بۆ پێداچوونەوە
access-request-decided = بڕیاری لەسەر داواکارییەکەت دا
access-field-restricted = بەکارهێنانی زانیارییەکانتی سنووردار کرد

## Deadline mails to staff (no personal data: a link to the request only)
staff-mail-due-soon-subject = وادەی داواکارییەک کە تۆ جێبەجێی دەکەیت لە ماوەی یەک هەفتەدایە
staff-mail-due-soon-body =
    داواکارییەک کە دراوە بە تۆ دەبێت لە ماوەی حەوت ڕۆژدا وەڵام بدرێتەوە.

    بیکەرەوە: { $url }
staff-mail-overdue-subject = وادەی داواکارییەکی تیمەکەت تێپەڕیوە
staff-mail-overdue-body =
    وادە یاساییەکەی داواکارییەکی تیمەکەت تێپەڕیوە و هێشتا وەڵام نەدراوەتەوە. تکایە دڵنیا بەرەوە کە ئەمڕۆ جێبەجێ دەکرێت.

    بیکەرەوە: { $url }

## The auditor's screen
audit-title = تۆماری چاودێری
audit-verify = زنجیرەی هەموو تۆمارەکە بپشکنە
audit-verify-ok = تۆماری چاودێری دەستکاری نەکراوە: هەموو { $events } ڕووداوەکە بە دروستی بە یەکەوە بەستراون.
audit-verify-broken = تۆماری چاودێری دەستکاری کراوە. { $events } ڕووداو پشکنران؛ ئەم کێشانە دۆزرانەوە:
audit-break-altered = ڕووداوی { $seq } دوای نووسینی گۆڕدراوە یان جێگۆڕکێی پێکراوە.
audit-break-chain-broken = ڕووداوی { $seq } بە ڕووداوی پێش خۆیەوە نەبەستراوە.
audit-break-missing = دوای ڕووداوی { $seq } هەندێک ڕووداو نەماون.
audit-break-truncated = تۆمارەکە چیتر ڕووداوی { $seq } بەو شێوەیە لەخۆ ناگرێت کە خاڵێکی پشکنینی واژۆکراو تۆماری کردبوو: نوێترین ڕووداوەکان لابراون یان دووبارە نووسراونەتەوە.
audit-break-checkpoint-forged = دێڕی { $seq } لە فایلی خاڵەکانی پشکنین گۆڕدراوە.
audit-action = کردار
audit-actor-kind = ئەنجامدراوە لەلایەن
audit-actor-person = کەسێک، بۆ خۆی
audit-actor-staff = کارمەند
audit-actor-helper = یارمەتیدەرێک
audit-actor-anonymous = کەسێکی بێ ناو
audit-actor-system = خودی ئامانە
audit-actor-source-system = سیستەمێکی سەرچاوەی دەزگاکە
audit-actor-id = ناسێنەری (Id) ئەنجامدەر
audit-from = لە
audit-to = تا
audit-download-csv = ئەم هەڵبژاردنە وەک CSV دابگرە
audit-none = هیچ ڕووداوێک ناگونجێت.
audit-when = کەی
audit-who = کێ
audit-about = دەربارەی

## Administration
admin-title = بەڕێوەبردن
admin-sections = بەشەکان
admin-staff = هەژماری کارمەندان
admin-teams = تیمەکان
admin-routing = ئاراستەکردنی داواکارییە نوێیەکان
admin-templates = قاڵبی نامەکان
admin-default-team = ئەو داواکارییانە وەردەگرێت کە هیچ ڕێسایەک لەگەڵیان ناگونجێت
admin-new-team = زیادکردنی تیم
admin-team-key = کلیلی کورت
admin-key-hint = پیتی بچووکی لاتینی، ژمارە و هێڵی کورت، وەک north-office.
admin-team-name = ناو
admin-add = زیادکردن
admin-save = پاشەکەوتکردن
admin-delete = سڕینەوە
admin-saved = پاشەکەوت کرا.
admin-role = ڕۆڵ
admin-office = نووسینگە
admin-status = دۆخ
admin-active = چالاک
admin-inactive = ناچالاک کراوە
admin-enrolled = هەنگاوی دووەم ڕێکخراوە
admin-not-enrolled = هەنگاوی دووەم هێشتا ڕێک نەخراوە
admin-locked = دوای چوونەژوورەوەی سەرنەکەوتوو قوفڵ کراوە
admin-activate = چالاککردن
admin-deactivate = ناچالاککردن
admin-reset-second-factor = سفرکردنەوەی هەنگاوی دووەم
admin-change-teams = گۆڕینی تیمەکان
admin-new-staff = زیادکردنی هەژماری کارمەند
admin-name = ناوی تەواو
admin-enrolment-link-hint = لێرە وشەی نهێنی دانانرێت: ئامانە بەستەرێک بە ئیمەیڵ بۆ کەسەکە دەنێرێت بۆ ئەوەی وشەی نهێنیی خۆی هەڵبژێرێت. بەستەرەکە یەک جار کار دەکات، بۆ ماوەی ٧٢ کاتژمێر.
admin-send-enrolment-link = ناردنی بەستەرێکی نوێی تۆمارکردن
admin-routing-intro = هەر داواکارییەکی نوێ دەچێت بۆ تیمی یەکەم ڕێسا کە لەگەڵی بگونجێت. سکاڵاکان هەمیشە دەچن بۆ بەرپرسی پاراستنی زانیاری.
admin-routing-default = داواکارییەک کە هیچ ڕێسایەک لەگەڵی نەگونجێت دەچێت بۆ تیمی بنەڕەت.
admin-category = بەش
admin-sensitive = هەستیار
admin-yes = بەڵێ
admin-no = نەخێر
admin-move-up = بیبە بۆ سەرەوە
admin-move-down = بیبە بۆ خوارەوە
admin-new-rule = زیادکردنی ڕێسایەک لە کۆتاییدا
admin-templates-intro = کارمەندان کاتێک بۆ کەسێک دەنووسن یەکێک لەمانە هەڵدەبژێرن، و کەسەکە بە زمانی خۆی دەیخوێنێتەوە. هەر قاڵبێک پێویستی بە دەق هەیە بە هەموو زمانێک.
admin-new-template = زیادکردنی قاڵب
admin-template-key = کلیلی کورت
AD-001 = ئەمە پڕ بکەرەوە.
AD-002 = ئەمە زۆر درێژە.
AD-003 = تیمەکان لە لیستەکە هەڵبژێرە.
AD-004 = ئیمەیڵێکی تەواو بنووسە، وەک name@example.org.
AD-005 = ڕۆڵێک لە لیستەکە هەڵبژێرە.
AD-006 = وشەی نهێنی دەبێت لانیکەم ١٢ پیت بێت.
AD-007 = پێشتر هەژمارێک بەم ئیمەیڵە هەیە.
AD-008 = ناتوانیت هەژماری خۆت ناچالاک بکەیت.
AD-009 = ٢ تا ٤٠ پیتی بچووکی لاتینی، ژمارە و هێڵی کورت بەکار بهێنە.
AD-010 = پێشتر تیمێک بەم کلیلە هەیە.
AD-011 = مەرجەکانی ڕێساکە لە لیستەکان هەڵبژێرە.
AD-012 = سکاڵاکان هەمیشە دەچن بۆ بەرپرسی پاراستنی زانیاری؛ هیچ ڕێسایەک ناتوانێت ئەوە بگۆڕێت.
AD-013 = دەقەکە بەم زمانەش بنووسە.

## Administration: the purpose register
admin-purposes = تۆماری مەبەستەکان
admin-purposes-intro = بۆچی زانیاری هەڵدەگیرێت، لەسەر چ بنەمایەکی یاسایی، بۆ چەند ماوە و دەدرێت بە کێ. خەڵک ئەمە لە «زانیارییەکانم» و لە پەڕەی ڕەزامەندیدا دەخوێننەوە، بە زمانی خۆیان.
admin-purpose-name = ناو
admin-purpose-explanation = ئەو ڕوونکردنەوەیەی خەڵک پێش دانی ڕەزامەندی دەیخوێننەوە
admin-purpose-version = وەشانی دەقی ڕەزامەندی:
admin-legal-basis = بنەمای یاسایی
admin-retention-days = ماوەی هەڵگرتن (ڕۆژ)
admin-recipients = وەرگرەکان
AD-014 = ژمارەی ڕۆژ بنووسە، لە ١ تا ٣٦٥٠٠.
AD-015 = لە لیستەکە هەڵبژێرە.
ST-018 = داواکارییەک دەربارەی یەک زانیاری یان پەسەند دەکرێت یان ڕەت دەکرێتەوە، نەک بەشێکی.
staff-new-password = وشەی نهێنیی خۆت هەڵبژێرە
SA-003 = وشەی نهێنییەک هەڵبژێرە کە ئیمەیڵەکەت نەبێت.

# Enrolment links for new accounts
SA-004 = کاتی ئەم بەستەرە بەسەرچووە یان پێشتر بەکارهاتووە. داوا لە بەڕێوەبەرەکەت بکە یەکێکی نوێت بۆ بنێرێت.
AD-016 = ئەم هەژمارە پێشتر هەنگاوی دووەمی ڕێکخستووە. ئەگەر کەسەکە پێویستی بە دەستپێکردنەوە هەیە، سەرەتا هەنگاوی دووەم سفر بکەرەوە.
welcome-title = هەژمارەکەت ڕێکبخە
welcome-intro = وشەی نهێنیی هەژمارەکەت هەڵبژێرە:
welcome-password-hint = لانیکەم ١٢ پیت. تەنها تۆ دەیزانیت: هیچ کەسێک لە ئامانە هەرگیز داوای لێ ناکات. دواتر ئەپی پشتڕاستکردنەوەکەت ڕێکدەخەیت.
mail-enrolment-subject = هەژمارەکەت لە ئامانە ڕێکبخە
mail-enrolment-body =
    هەژمارێک لە ئامانە بۆ ئەم ئیمەیڵە دروست کرا. ئەم بەستەرە بکەرەوە بۆ هەڵبژاردنی وشەی نهێنییەکەت و ڕێکخستنی هەنگاوی دووەمی چوونەژوورەوە:

    { $url }

    بەستەرەکە یەک جار کار دەکات، بۆ ماوەی { $hours } کاتژمێر. ئەگەر چاوەڕێی ئەم نامەیەت نەدەکرد، دەتوانیت گوێی پێ نەدەیت.

## Administration: source systems, their API keys and webhooks
admin-source-systems = سیستەمەکانی سەرچاوە
admin-source-systems-intro = سیستەمەکانی خودی دەزگاکە کە بە بەکارهێنانی API کەسەکان بار دەکەن بۆ ناو ئامانە. هەر یەکێکیان تەنها دەتوانێت ئەو مەبەست و جۆرە زانیارییانە بنووسێت کە لێرە نیشانە کراون، و تەنها بە کلیلەکانی خۆی.
admin-new-source-system = تۆمارکردنی سیستەمێکی سەرچاوە
admin-source-system-contact = کێ بەڕێوەی دەبات
admin-source-system-contact-hint = تیمێک یان ناونیشانێک بۆ پەیوەندیکردن کاتێک بانگکردنەکانی API ی ئەم سیستەمە سەرناکەون.
admin-source-system-purposes = ئەو مەبەستانەی دەتوانێت بینووسێت
admin-source-system-categories = ئەو جۆرە زانیارییانەی دەتوانێت بینووسێت
admin-webhook = وێبهووک (Webhook)
admin-webhook-none = نییە: سیستەمەکە لیستی گۆڕانکارییەکان (change feed) دەخوێنێتەوە.
admin-webhook-url = ئەو ناونیشانەی ئامانە بانگی دەکات کاتێک گۆڕانکارییەک پەیوەندی بەم سیستەمەوە هەیە
admin-webhook-hint = پاشەکەوتکردن نهێنییەکی نوێی واژۆکردن دروست دەکات، کە یەک جار پیشان دەدرێت. نهێنییە کۆنەکە چیتر کار ناکات.
admin-webhook-save = پاشەکەوتکردنی وێبهووک
admin-webhook-stop = ڕاگرتنی وێبهووک
admin-api-keys = کلیلەکانی API
admin-new-key = دروستکردنی کلیلێکی نوێ
admin-key-scopes = کلیلەکە دەتوانێت چی بکات
admin-key-days = کارایە بۆ (ڕۆژ)
admin-new-key-hint = کلیلەکە یەک جار پیشان دەدرێت، یەکسەر دوای دروستکردن. سیستەمێک دەتوانێت دوو کلیلی کارای هەبێت، بۆ ئەوەی کلیلێکی نوێ بەبێ ڕاوەستان جێگەی کۆنەکە بگرێتەوە.
admin-key-live = کار دەکات
admin-key-expired = بەسەرچووە
admin-key-revoked = هەڵوەشێنرایەوە لە
admin-key-created = دروستکراوە لە
admin-key-expires = بەسەردەچێت لە
admin-key-last-used = دوایین بەکارهێنان
admin-key-never-used = هەرگیز
admin-key-revoke = هەڵوەشاندنەوە
admin-new-key-shown = کلیلی نوێی API بۆ
admin-webhook-secret-shown = نهێنیی نوێی واژۆکردنی وێبهووک بۆ
admin-shown-once-hint = ئێستا کۆپی بکە و بە ڕێگایەکی پارێزراو بیدە بە بەڕێوەبەرانی سیستەمەکە. ئامانە هەڵی ناگرێت و ناتوانێت دووبارە پیشانی بداتەوە.
api-scope-people-write = بارکردن و لابردنی کەسەکان
api-scope-changes-read = خوێندنەوەی گۆڕانکارییە پەسەندکراوەکان
api-scope-changes-ack = پشتڕاستکردنەوەی ئەوەی گۆڕانکارییەکان جێبەجێ کران
api-scope-access-events-write = ڕاپۆرتدانی ئەوەی کێ سەیری زانیاری کردووە
AD-017 = پێشتر سیستەمێکی سەرچاوە بەم ناوە هەیە.
AD-018 = ژمارەی ڕۆژ بنووسە، لە ١ تا ١٠٩٥.
AD-019 = ئەم سیستەمە دوو کلیلی هەیە کە هێشتا کار دەکەن. پێش دروستکردنی یەکێکی تر، یەکێکیان هەڵبوەشێنەوە.
AD-020 = لانیکەم یەکێک هەڵبژێرە.
AD-021 = ناونیشانێکی تەواوی وێب بنووسە، وەک https://cases.example.org/amana.

## Administration: languages
admin-locales = زمانەکان
admin-locales-intro = هەموو ئەو زمانانەی خەڵک دەتوانن هەڵیانبژێرن، و ئایا کەسێک کە ئەو زمانە دەزانێت وەرگێڕانەکەی پشکنیوە یان نا.
admin-locale-source = زمانی سەرچاوە
admin-locale-draft = یەکەم ڕەشنووس، هێشتا نەپشکنراوە
admin-locale-reviewed = پشکنراوە لەلایەن { $reviewer } لە { $date }
