## Staff: sign-in
nav-queue = د کار کتار
nav-audit = د پلټنې ثبت
nav-admin = مدیریت
staff-sign-in-title = د کارکوونکو ننوتل
staff-sign-in-intro = د ادارې د کارکوونکو لپاره. په خپل دفتري ایمیل آدرس او پټنوم ننوځئ، بیا د خپل تصدیق اپلیکېشن (authenticator) یو کوډ ولیکئ.
staff-email = دفتري ایمیل آدرس
staff-password = پټنوم
staff-continue = دوام ورکړئ
staff-enrol-title = خپل تصدیق اپلیکېشن برابر کړئ
staff-enrol-intro = د کارکوونکو حسابونه د دویم ګام په واسطه خوندي کېږي. دا یو ځل، همدا اوس، برابر کړئ.
staff-enrol-step-app = په خپل دفتري ټیلیفون کې د تصدیق اپلیکېشن پرانیزئ.
staff-enrol-step-scan = دا کوډ سکن کړئ، یا لاندې کیلي په اپلیکېشن کې ولیکئ.
staff-enrol-qr = ستاسو د تصدیق اپلیکېشن لپاره QR کوډ
staff-enrol-secret = کیلي:
staff-enrol-step-code = هغه ۶ رقمي کوډ ولیکئ چې اپلیکېشن یې ښيي.
staff-code = کوډ
staff-code-hint = ستاسو د تصدیق اپلیکېشن ۶ رقمه.
staff-enrol-confirm = تایید کړئ او ننوځئ
staff-code-title = دویم ګام
staff-code-intro = هغه کوډ ولیکئ چې اوس مهال ستاسو د تصدیق اپلیکېشن ښيي.
staff-code-recovery-hint = د اپلیکېشن ۶ رقمه. ټیلیفون مو ورک شوی؟ پر ځای یې خپل د بیا رغونې یو کوډ ولیکئ.
staff-recovery-title = ستاسو د بیا رغونې کوډونه
staff-recovery-intro = دا کوډونه په خوندي ځای کې، له خپل ټیلیفون څخه لرې، وساتئ. که خپل تصدیق اپلیکېشن له لاسه ورکړئ، هر کوډ یو ځل کار کوي. دا کوډونه یوازې همدا اوس ښودل کېږي.
staff-recovery-shown = ستاسو د بیا رغونې کوډونه مخکې ښودل شوي دي. که مو نه وي ساتلي، له یوه مدیر وغواړئ چې ستاسو دویم ګام بیا تنظیم (reset) کړي.
SA-001 = ایمیل آدرس، پټنوم یا کوډ سم نه دی. له پنځو غلطو هڅو وروسته حساب د ۱۵ دقیقو لپاره بندېږي.
SA-002 = ستاسو ننوتل ډېر وخت ونیو. مهرباني وکړئ له سره پیل وکړئ.
ST-001 = ستاسو دنده (رول) د دې کار اجازه نه ورکوي.

## Staff: queues
queue-title = هغه غوښتنې چې باید پر مخ یوړل شي
queue-take-next = بله غوښتنه واخلئ
queue-nothing-to-take = اوس مهال ستاسو په کتارونو کې هېڅ داسې غوښتنه نشته چې چا نه وي اخیستې.
queue-team = ټیم
queue-any = هر یو
queue-kind = د غوښتنې ډول
queue-status = حالت
# د غوښتنې حالت لکه څنګه چې کارکوونکي یې لولي (کس یې status-<status> لولي).
staff-status-submitted = نوې
staff-status-in_review = تر کتنې لاندې
staff-status-awaiting_information = د کس د معلوماتو په انتظار
staff-status-decided = پرېکړه شوې
staff-status-completed = بشپړه شوې
staff-status-withdrawn = د کس له خوا بېرته اخیستل شوې
queue-language = ژبه
queue-filter = وښیاست
queue-empty = هېڅ پرانیستې غوښتنه له دې سره سمون نه لري.
queue-count = پرانیستې غوښتنې:
queue-overdue = وخت یې تېر شوی
queue-due-soon = په ۳ ورځو کې یې وخت پوره کېږي
team-general = عمومي غوښتنې
team-sensitive-data = حساس معلومات
team-dpo = د معلوماتو د ساتنې مسؤل

## Staff: one request
case-title = غوښتنه
case-back = بېرته کتار ته
case-person = کس
case-anonymous = بې نومه شکایت کوونکی
case-case-reference = د دوسیې شمېره
case-extended-because = موده له دې امله اوږده شوه
case-explanation = د کس توضیح
case-concerned = غوښتنه د څه په اړه ده
case-concerned-none = ټول ریکارډ، یا په یوه حساسه کټګورۍ کې معلومات: لاندې یې له دلیل سره پرانیزئ.
case-record = په ریکارډ کې نور معلومات
case-record-intro = یوه کټګوري یوازې هغه وخت پرانیزئ چې د دې غوښتنې لپاره ورته اړتیا لرئ. ستاسو دلیل ثبتېږي او هغه کس یې لیدلی شي.
case-upstream = سرچینه سیستمونه
case-upstream-applied = په { $system } کې د { $date } په نېټه پلی شو.
case-upstream-rejected = د { $system } له خوا د { $date } په نېټه رد شو: { $reason }
case-upstream-waiting = { $system } لا تر اوسه نه دی تایید کړی.
case-erased = (ړنګ شوی)
case-proposed-value = غوښتل شوي:
case-restricted = کارونه یې محدوده شوې ده.
case-open-reason = دلیل
case-choose = وټاکئ…
case-open = پرانیزئ
case-proposal = وړاندیز شوې پرېکړه، د دویم کس په انتظار
case-awaiting-approval = د تایید په انتظار
case-assignee = مسؤل کس
case-assignee-you = تاسو
case-unassigned = تر اوسه هېڅوک نه
case-template = پیغام
case-actions = تاسو څه کولی شئ
case-no-actions = اوس مهال تاسو له دې غوښتنې سره هېڅ کار نه شئ کولی.
case-claim = دا غوښتنه واخلئ
case-approve-explained = یوه همکار دا پرېکړه وړاندیز کړې ده. وې ګورئ: تر هغه چې له وړاندیز کوونکي پرته بل څوک یې تایید نه کړي، هېڅ شی نه بدلېږي.
case-approve = پرېکړه تایید کړئ
case-send-back = د بیا کتنې لپاره یې بېرته ولېږئ
case-message = هغه کس ته پیغام ولېږئ
case-note = ستاسو خپلې خبرې (اختیاري)
case-note-hint = د پیغام لاندې زیاتېږي. ساده ولیکئ؛ ښايي هغه کس یې د ژباړې د وسیلې په مرسته ولولي.
case-send = ولېږئ
case-ask-information = له هغه کس څخه معلومات وغواړئ
case-identity = موږ لا هم اړتیا لرو چې د هغه کس هویت وڅېړو (تر هغه چې ځواب ورکړي، د وروستۍ نېټې شمېرنه درېږي)
case-resume = بې له معلوماتو دوام ورکړئ
case-extend = وروستۍ نېټه اوږده کړئ
case-extend-explained = یوازې یو ځل، په لومړۍ میاشت کې، د یوې یا دوو میاشتو لپاره. هغه کس ته لامل ویل کېږي.
case-extend-months = میاشتې
case-extend-reason = لامل
case-decide = پرېکړه وکړئ
case-outcome = پرېکړه
case-reasons = دلیلونه (لږ تر لږه یو)
case-decision-note = هغه کس ته یادښت (اختیاري)
case-second-person = د معلوماتو ړنګول، او د حساسو معلوماتو سمول، مخکې له دې چې څه بدل شي د دویم کس تایید ته اړتیا لري.
case-reassign = بل چا ته یې ورکړئ
case-reassign-to = همکار
staff-done-claim = دا غوښتنه اوس ستاسو ده.
staff-done-reassign = غوښتنه ستاسو همکار ته ورکړل شوه.
staff-done-message = ستاسو پیغام ولېږل شو. هغه کس ته یو ایمیل ځي چې نوی خبر شته.
staff-done-ask-information = ستاسو پوښتنه ولېږل شوه. هغه کس ته یو ایمیل ځي چې نوی خبر شته.
staff-done-resume = پر غوښتنه کار دوام لري.
staff-done-extend = وروستۍ نېټه اوږده شوه او هغه کس ته لامل وویل شو.
staff-done-decide = پرېکړه ثبت شوه. که دویم کس ته اړتیا ولري، د هغه د تایید په انتظار پاتې کېږي.
staff-done-approve = پرېکړه تایید او پلې شوه.
staff-done-send-back = وړاندیز د بیا کتنې لپاره بېرته ولېږل شو.
ST-010 = وټاکئ چې ولې دې معلوماتو پرانیستلو ته اړتیا لرئ.
ST-011 = د مودې د اوږدولو لپاره یو لامل وټاکئ.
ST-012 = یوه پرېکړه وټاکئ.
ST-013 = لږ تر لږه یو دلیل وټاکئ.
ST-014 = دا ډېر اوږد دی. مهرباني وکړئ لنډ یې کړئ، تر ۲۰۰۰ تورو پورې.
ST-015 = له لست څخه یو همکار وټاکئ.
ST-016 = له لست څخه یو پیغام وټاکئ.
ST-017 = دا کړنه شتون نه لري.
ST-020 = دا کار د غوښتنې په اوسني حالت کې ممکن نه دی.
ST-021 = وروستۍ نېټه مخکې یو ځل اوږده شوې ده.
ST-022 = وروستۍ نېټه یوازې په لومړۍ میاشت کې اوږدېدای شي.
ST-023 = موده یوازې یوه یا دوه میاشتې اوږدېدای شي.
ST-024 = دا پرېکړه تاسو وړاندیز کړې ده، نو بل څوک باید یې تایید کړي.
ST-025 = یوازې هغه کس چې دا غوښتنه پر مخ وړي دا کار کولی شي. لومړی غوښتنه واخلئ.
ST-026 = دا پرېکړه لومړی د دویم کس تایید ته اړتیا لري.
ST-027 = په همدې وخت کې بل چا دا غوښتنه بدله کړه. بیا یې وګورئ او بیا هڅه وکړئ.

## Decisions, as the person reads them
outcome-approved = ستاسو غوښتنه ومنل شوه.
outcome-partly_approved = ستاسو د غوښتنې یوه برخه ومنل شوه.
outcome-refused = ستاسو غوښتنه رد شوه.
reason-request-granted = موږ هغه څه وکړل چې تاسو غوښتي وو.
reason-evidence-insufficient = هغه معلومات چې تاسو ورکړي، دا نه ښيي چې زموږ ریکارډ غلط دی.
reason-identity-not-verified = موږ ونه شو کولی تایید کړو چې تاسو هماغه کس یاست چې دا معلومات د هغه په اړه دي.
reason-legal-claims = موږ دې معلوماتو ته د یوې قانوني دعوې د ثابتولو، تعقیبولو یا دفاع لپاره اړتیا لرو.
reason-manifestly-unfounded = دا غوښتنه د یوې پخوانۍ غوښتنې تکرار دی چې مخکې ځواب شوې ده.
extension-reason-complexity = ستاسو غوښتنه پېچلې ده او ډېر وخت ته اړتیا لري.
extension-reason-number-of-requests = موږ ډېرې غوښتنې ترلاسه کړې دي او ډېر وخت ته اړتیا لرو ترڅو ستاسو غوښتنې ته سم ځواب ورکړو.
timeline-message = تاسو ته یو پیغام ولېږل شو

## Message templates (staff choose one; the person reads it in their language)
template-information-needed-name = نورو معلوماتو ته اړتیا لرو
template-information-needed = ستاسو د غوښتنې د پر مخ وړلو لپاره له تاسو څخه نورو معلوماتو ته اړتیا لرو. مهرباني وکړئ ننوځئ او د همدې غوښتنې لاندې ځواب ورکړئ.
template-identity-documents-name = مهرباني وکړئ خپل هویت تایید کړئ
template-identity-documents = مخکې له دې چې کار ته دوام ورکړو، باید تایید کړو چې تاسو هماغه کس یاست چې دا معلومات د هغه په اړه دي. مهرباني وکړئ دې غوښتنې ته د خپل هویت د یوه سند عکس زیات کړئ.
template-progress-update-name = پر ستاسو غوښتنه کار کوو
template-progress-update = موږ پر ستاسو غوښتنه کار کوو. اوس تاسو ته د هېڅ کار کولو اړتیا نشته.
template-decision-made-name = پرېکړه وشوه
template-decision-made = ستاسو د غوښتنې په اړه پرېکړه وشوه. تاسو کولی شئ پرېکړه او د هغې دلیلونه د غوښتنې په پاڼه کې ولولئ.

## Who looked at my data: staff actions
access-request-claimed = ستاسو د غوښتنې پر مخ وړل یې پیل کړل
access-request-reassigned = ستاسو غوښتنه یې یوه همکار ته ورکړه
access-request-messaged = تاسو ته یې پیغام ولېږه
access-request-information-requested = له تاسو یې معلومات وغوښتل
access-request-resumed = پر ستاسو غوښتنه یې کار ته دوام ورکړ
access-request-extended = د ځواب موده یې اوږده کړه
access-request-decision-proposed = ستاسو پر غوښتنه یې یوه پرېکړه وړاندیز کړه
access-request-decision-approved = ستاسو پر غوښتنه یې پرېکړه تایید کړه
access-request-decision-sent-back = وړاندیز شوې پرېکړه یې د بیا کتنې لپاره بېرته ولېږله
access-request-decided = ستاسو پر غوښتنه یې پرېکړه وکړه
access-field-restricted = د ستاسو د معلوماتو کارونه یې محدوده کړه

## Deadline mails to staff (no personal data: a link to the request only)
staff-mail-due-soon-subject = د هغې غوښتنې وخت چې تاسو یې پر مخ وړئ په یوه اونۍ کې پوره کېږي
staff-mail-due-soon-body =
    یوه غوښتنه چې تاسو ته سپارل شوې، باید په اوو ورځو کې ځواب شي.

    پرانیزئ یې: { $url }
staff-mail-overdue-subject = ستاسو د ټیم د یوې غوښتنې وخت تېر شوی
staff-mail-overdue-body =
    ستاسو د ټیم د یوې غوښتنې قانوني وروستۍ نېټه تېره شوې او لا نه ده ځواب شوې. مهرباني وکړئ پام وکړئ چې نن پر مخ یوړل شي.

    پرانیزئ یې: { $url }

## The auditor's screen
audit-title = د پلټنې ثبت
audit-verify = د ټول ثبت زنځیر وڅېړئ
audit-verify-ok = د پلټنې ثبت روغ دی: ټولې { $events } پېښې په سمه توګه یو له بل سره تړل شوې دي.
audit-verify-broken = په پلټنې ثبت کې لاسوهنه شوې ده. { $events } پېښې وڅېړل شوې؛ موندل شوې ستونزې:
audit-break-altered = پېښه { $seq } له لیکلو وروسته بدله یا ځای په ځای شوې ده.
audit-break-chain-broken = پېښه { $seq } له مخکنۍ پېښې سره سمه نه تړل کېږي.
audit-break-missing = له پېښې { $seq } وروسته ځینې پېښې ورکې دي.
audit-break-truncated = ثبت نور پېښه { $seq } هغسې نه لري لکه څنګه چې یو لاسلیک شوي کنټرول ټکي (checkpoint) ثبت کړې وه: تر ټولو نوې پېښې لرې شوې یا بیا لیکل شوې دي.
audit-break-checkpoint-forged = د کنټرول ټکو (checkpoint) په فایل کې کرښه { $seq } بدله شوې ده.
audit-action = کړنه
audit-actor-kind = چا وکړه
audit-actor-person = یو کس، د ځان لپاره
audit-actor-staff = کارکوونکي
audit-actor-helper = یو مرستندوی
audit-actor-anonymous = یو بې نومه کس
audit-actor-system = پخپله امانه
audit-actor-source-system = د ادارې یو سرچینه سیستم
audit-actor-id = د کړونکي پېژند (ID)
audit-from = له
audit-to = تر
audit-download-csv = دا انتخاب د CSV په توګه ډاونلوډ کړئ
audit-none = هېڅ پېښه سمون نه لري.
audit-when = کله
audit-who = چا
audit-about = د څه په اړه

## Administration
admin-title = مدیریت
admin-sections = برخې
admin-staff = د کارکوونکو حسابونه
admin-teams = ټیمونه
admin-routing = د نویو غوښتنو وېش
admin-templates = د پیغامونو نمونې
admin-default-team = هغه غوښتنې ترلاسه کوي چې له هېڅ قاعدې سره سمون نه لري
admin-new-team = ټیم زیات کړئ
admin-team-key = لنډ نوم (key)
admin-key-hint = کوچني لاتیني توري، شمېرې او ډش، لکه north-office.
admin-team-name = نوم
admin-add = زیات کړئ
admin-save = خوندي کړئ
admin-delete = ړنګ کړئ
admin-saved = خوندي شو.
admin-role = دنده
admin-office = دفتر
admin-status = حالت
admin-active = فعال
admin-inactive = غیرفعال شوی
admin-enrolled = دویم ګام برابر شوی
admin-not-enrolled = دویم ګام لا نه دی برابر شوی
admin-locked = د ناکامو ننوتلو له امله بند شوی
admin-activate = فعال کړئ
admin-deactivate = غیرفعال کړئ
admin-reset-second-factor = دویم ګام بیا تنظیم کړئ
admin-change-teams = ټیمونه بدل کړئ
admin-new-staff = د کارکوونکي حساب زیات کړئ
admin-name = بشپړ نوم
admin-enrolment-link-hint = دلته پټنوم نشته: امانه هغه کس ته یو لینک په ایمیل کې لېږي ترڅو خپل پټنوم پخپله وټاکي. لینک یو ځل، د ۷۲ ساعتونو لپاره کار کوي.
admin-send-enrolment-link = د ثبت نوی لینک ولېږئ
admin-routing-intro = هره نوې غوښتنه د هغې لومړۍ قاعدې ټیم ته ځي چې ورسره سمون ولري. شکایتونه تل د معلوماتو د ساتنې مسؤل ته ځي.
admin-routing-default = هغه غوښتنه چې له هېڅ قاعدې سره سمون ونه لري، اصلي (ډیفالټ) ټیم ته ځي.
admin-category = کټګوري
admin-sensitive = حساس
admin-yes = هو
admin-no = نه
admin-move-up = پورته یې یوسئ
admin-move-down = ښکته یې یوسئ
admin-new-rule = په پای کې یوه قاعده زیاته کړئ
admin-templates-intro = کارکوونکي له دې نمونو څخه یوه ټاکي کله چې یو کس ته لیکي، او هغه کس یې په خپله ژبه لولي. هره نمونه باید په هره ژبه متن ولري.
admin-new-template = نمونه زیاته کړئ
admin-template-key = لنډ نوم (key)
AD-001 = دا ډک کړئ.
AD-002 = دا ډېر اوږد دی.
AD-003 = ټیمونه له لست څخه وټاکئ.
AD-004 = بشپړ ایمیل آدرس ولیکئ، لکه name@example.org.
AD-005 = له لست څخه یوه دنده وټاکئ.
AD-006 = پټنوم باید لږ تر لږه ۱۲ توري ولري.
AD-007 = په دې ایمیل آدرس مخکې یو حساب شته.
AD-008 = تاسو نه شئ کولی خپل حساب غیرفعال کړئ.
AD-009 = له ۲ تر ۴۰ پورې کوچني لاتیني توري، شمېرې او ډش وکاروئ.
AD-010 = په دې لنډ نوم مخکې یو ټیم شته.
AD-011 = د قاعدې شرطونه له لستونو څخه وټاکئ.
AD-012 = شکایتونه تل د معلوماتو د ساتنې مسؤل ته ځي؛ هېڅ قاعده دا نه شي بدلولی.
AD-013 = متن په دې ژبه هم ولیکئ.

## Administration: the purpose register
admin-purposes = د موخو ثبت
admin-purposes-intro = معلومات ولې ساتل کېږي، پر کوم قانوني اساس، تر کومې مودې او څوک یې ترلاسه کوي. خلک دا په «زما معلومات» او د رضایت په پاڼه کې، په خپله ژبه لولي.
admin-purpose-name = نوم
admin-purpose-explanation = هغه توضیح چې خلک یې د رضایت ورکولو مخکې لولي
admin-purpose-version = د رضایت د متن نسخه:
admin-legal-basis = قانوني اساس
admin-retention-days = د ساتلو موده (ورځې)
admin-recipients = ترلاسه کوونکي
AD-014 = د ورځو شمېر له ۱ تر ۳۶۵۰۰ پورې ولیکئ.
AD-015 = له لست څخه وټاکئ.
ST-018 = د یوه معلومات په اړه غوښتنه یا منل کېږي یا ردېږي، په برخه‌یي ډول نه شي منل کېدای.
staff-new-password = خپل پټنوم وټاکئ
SA-003 = داسې پټنوم وټاکئ چې ستاسو ایمیل آدرس نه وي.

# د نویو حسابونو د ثبت لینکونه
SA-004 = د دې لینک وخت تېر شوی یا مخکې کارول شوی دی. له خپل مدیر وغواړئ چې نوی لینک درته ولېږي.
AD-016 = دې حساب مخکې خپل دویم ګام برابر کړی دی. که هغه کس باید له سره پیل وکړي، لومړی دویم ګام بیا تنظیم کړئ.
welcome-title = خپل حساب برابر کړئ
welcome-intro = د خپل حساب لپاره پټنوم وټاکئ:
welcome-password-hint = لږ تر لږه ۱۲ توري. یوازې تاسو پرې پوهېږئ: په امانه کې به هېڅوک هېڅکله دا له تاسو ونه غواړي. وروسته به خپل تصدیق اپلیکېشن برابر کړئ.
mail-enrolment-subject = د امانه خپل حساب برابر کړئ
mail-enrolment-body =
    د دې ایمیل آدرس لپاره د امانه یو حساب جوړ شوی دی. دا لینک پرانیزئ ترڅو خپل پټنوم وټاکئ او د ننوتلو دویم ګام برابر کړئ:

    { $url }

    لینک یو ځل، د { $hours } ساعتونو لپاره کار کوي. که تاسو د دې ایمیل تمه نه درلوده، کولی شئ پروا یې ونه کړئ.

## Administration: source systems, their API keys and webhooks
admin-source-systems = سرچینه سیستمونه
admin-source-systems-intro = د ادارې خپل سیستمونه چې د API له لارې کسان امانه ته ننباسي. هر سیستم یوازې هغه موخې او د معلوماتو هغه ډولونه لیکلی شي چې دلته په نښه شوي، او یوازې په خپلو کیلیو.
admin-new-source-system = یو سرچینه سیستم ثبت کړئ
admin-source-system-contact = څوک یې چلوي
admin-source-system-contact-hint = یو ټیم یا پته چې کله د سیستم غوښتنې (calls) ناکامې شي، ورسره اړیکه ونیول شي.
admin-source-system-purposes = هغه موخې چې لیکلی یې شي
admin-source-system-categories = د معلوماتو هغه ډولونه چې لیکلی یې شي
admin-webhook = Webhook
admin-webhook-none = هېڅ: سیستم د بدلونونو فیډ (change feed) لولي.
admin-webhook-url = هغه پته چې امانه یې غږوي کله چې یو بدلون دې سیستم پورې اړه ولري
admin-webhook-hint = خوندي کول یو نوی د لاسلیک پټ کوډ (secret) جوړوي چې یو ځل ښودل کېږي. زوړ پټ کوډ نور کار نه کوي.
admin-webhook-save = Webhook خوندي کړئ
admin-webhook-stop = Webhook ودروئ
admin-api-keys = د API کیلي
admin-new-key = نوې کیلي جوړه کړئ
admin-key-scopes = کیلي څه کولی شي
admin-key-days = د اعتبار موده (ورځې)
admin-new-key-hint = کیلي یو ځل، سمدستي وروسته ښودل کېږي. یو سیستم کولی شي دوه کارېدونکې کیلي ولري، ترڅو نوې کیلي بې له ځنډه د زړې ځای ونیسي.
admin-key-live = کار کوي
admin-key-expired = وخت یې تېر شوی
admin-key-revoked = لغوه شوې په
admin-key-created = جوړه شوې
admin-key-expires = وخت یې تېرېږي
admin-key-last-used = وروستی ځل کارول شوې
admin-key-never-used = هېڅکله
admin-key-revoke = لغوه کړئ
admin-new-key-shown = نوې API کیلي د دې سیستم لپاره:
admin-webhook-secret-shown = د Webhook نوی د لاسلیک پټ کوډ د دې سیستم لپاره:
admin-shown-once-hint = همدا اوس یې کاپي کړئ او د یوې خوندي لارې د سیستم چلوونکو ته یې ورکړئ. امانه یې نه ساتي او بیا یې نه شي ښودلی.
api-scope-people-write = کسان ننباسل او لرې کول
api-scope-changes-read = تایید شوي بدلونونه لوستل
api-scope-changes-ack = تاییدول چې بدلونونه پلي شول
api-scope-access-events-write = راپور ورکول چې چا معلوماتو ته کتلي
AD-017 = په دې نوم مخکې یو سرچینه سیستم شته.
AD-018 = د ورځو شمېر له ۱ تر ۱۰۹۵ پورې ولیکئ.
AD-019 = دا سیستم دوه کیلي لري چې لا کار کوي. مخکې له دې چې بله جوړه کړئ، یوه یې لغوه کړئ.
AD-020 = لږ تر لږه یو وټاکئ.
AD-021 = بشپړ ویب آدرس ولیکئ، لکه https://cases.example.org/amana.

## Administration: languages
admin-locales = ژبې
admin-locales-intro = ټولې هغه ژبې چې خلک یې ټاکلی شي، او دا چې آیا چا چې په دې ژبه خبرې کوي ژباړه کتلې ده که نه.
admin-locale-source = اصلي ژبه
admin-locale-draft = لومړۍ مسوده، لا نه ده کتل شوې
admin-locale-reviewed = د { $reviewer } له خوا د { $date } په نېټه کتل شوې
