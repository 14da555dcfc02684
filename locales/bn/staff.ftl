## Staff: sign-in
nav-queue = কাজের তালিকা
nav-audit = অডিট লগ
nav-admin = প্রশাসন
staff-sign-in-title = কর্মীদের লগ ইন
staff-sign-in-intro = কর্তৃপক্ষের কর্মীদের জন্য। আপনার অফিসের ইমেইল ঠিকানা আর পাসওয়ার্ড দিয়ে লগ ইন করুন, তারপর আপনার অথেনটিকেটর অ্যাপের একটি কোড দিন।
staff-email = অফিসের ইমেইল ঠিকানা
staff-password = পাসওয়ার্ড
staff-continue = চালিয়ে যান
staff-enrol-title = আপনার অথেনটিকেটর সেট আপ করুন
staff-enrol-intro = কর্মীদের অ্যাকাউন্ট একটি দ্বিতীয় ধাপ দিয়ে সুরক্ষিত। এখনই, একবার, এটি সেট আপ করুন।
staff-enrol-step-app = আপনার অফিসের ফোনে একটি অথেনটিকেটর অ্যাপ খুলুন।
staff-enrol-step-scan = এই কোডটি স্ক্যান করুন, অথবা নিচের সিক্রেট কী অ্যাপে টাইপ করুন।
staff-enrol-qr = আপনার অথেনটিকেটর অ্যাপের জন্য QR কোড
staff-enrol-secret = সিক্রেট কী:
staff-enrol-step-code = অ্যাপে যে ছয় অঙ্কের কোড দেখাচ্ছে, সেটি লিখুন।
staff-code = কোড
staff-code-hint = আপনার অথেনটিকেটর অ্যাপের ছয়টি অঙ্ক।
staff-enrol-confirm = নিশ্চিত করে লগ ইন করুন
staff-code-title = দ্বিতীয় ধাপ
staff-code-intro = আপনার অথেনটিকেটর অ্যাপে এখন যে কোড দেখাচ্ছে, সেটি লিখুন।
staff-code-recovery-hint = অ্যাপের ছয়টি অঙ্ক। ফোন হারিয়ে গেছে? তাহলে এর বদলে আপনার একটি রিকভারি কোড লিখুন।
staff-recovery-title = আপনার রিকভারি কোড
staff-recovery-intro = এই কোডগুলো আপনার ফোন থেকে আলাদা, নিরাপদ কোনো জায়গায় রাখুন। অথেনটিকেটর হারিয়ে গেলে প্রতিটি কোড একবার করে কাজ করবে। এগুলো শুধু এখনই দেখানো হচ্ছে।
staff-recovery-shown = আপনার রিকভারি কোড আগেই দেখানো হয়েছে। আপনি সেগুলো রেখে না থাকলে, একজন অ্যাডমিনিস্ট্রেটরকে আপনার দ্বিতীয় ধাপ রিসেট করতে বলুন।
SA-001 = ইমেইল ঠিকানা, পাসওয়ার্ড বা কোড ঠিক নয়। পাঁচবার ভুল হলে অ্যাকাউন্ট ১৫ মিনিটের জন্য লক হয়ে যায়।
SA-002 = লগ ইন করতে অনেক বেশি সময় লেগেছে। দয়া করে আবার শুরু করুন।
ST-001 = আপনার পদে এটি করার অনুমতি নেই।

## Staff: queues
queue-title = যে অনুরোধগুলোর কাজ করতে হবে
queue-take-next = পরের অনুরোধটি নিন
queue-nothing-to-take = এই মুহূর্তে আপনার তালিকাগুলোতে এমন কোনো অনুরোধ নেই, যার দায়িত্ব কেউ নেয়নি।
queue-team = দল
queue-any = যেকোনো
queue-kind = অনুরোধ
queue-status = অবস্থা
# A request's status as staff read it (the person reads status-<status>).
staff-status-submitted = নতুন
staff-status-in_review = পর্যালোচনা চলছে
staff-status-awaiting_information = ব্যক্তির তথ্যের অপেক্ষায়
staff-status-decided = সিদ্ধান্ত হয়েছে
staff-status-completed = সম্পন্ন
staff-status-withdrawn = ব্যক্তি তুলে নিয়েছেন
queue-language = ভাষা
queue-filter = দেখান
queue-empty = মেলে এমন কোনো খোলা অনুরোধ নেই।
queue-count = খোলা অনুরোধ:
queue-overdue = সময় পেরিয়ে গেছে
queue-due-soon = ৩ দিনের মধ্যে শেষ সময়
team-general = সাধারণ অনুরোধ
team-sensitive-data = সংবেদনশীল তথ্য
team-dpo = তথ্য সুরক্ষা কর্মকর্তা

## Staff: one request
case-title = অনুরোধ
case-back = কাজের তালিকায় ফিরে যান
case-person = ব্যক্তি
case-anonymous = বেনামি অভিযোগকারী
case-case-reference = কেস নম্বর
case-extended-because = সময় বাড়ানোর কারণ
case-explanation = ব্যক্তির ব্যাখ্যা
case-concerned = অনুরোধটি কী নিয়ে
case-concerned-none = পুরো রেকর্ড, অথবা সংবেদনশীল কোনো ধরনের তথ্য: নিচে কারণ দিয়ে এটি খুলুন।
case-record = রেকর্ডের অন্য তথ্য
case-record-intro = এই অনুরোধের জন্য দরকার হলে তবেই কোনো ধরনের তথ্য খুলুন। আপনার কারণ রেকর্ড করা হয়, আর ব্যক্তি তা দেখতে পারেন।
case-upstream = উৎস সিস্টেম
case-upstream-applied = { $date } তারিখে { $system } সিস্টেমে প্রয়োগ করা হয়েছে।
case-upstream-rejected = { $date } তারিখে { $system } সিস্টেম প্রত্যাখ্যান করেছে: { $reason }
case-upstream-waiting = { $system } সিস্টেম এখনো নিশ্চিত করেনি।
case-erased = (মুছে ফেলা হয়েছে)
case-proposed-value = যা চাওয়া হয়েছে:
case-restricted = ব্যবহার সীমিত করা আছে।
case-open-reason = কারণ
case-choose = বেছে নিন…
case-open = খুলুন
case-proposal = প্রস্তাবিত সিদ্ধান্ত, দ্বিতীয় একজনের অনুমোদনের অপেক্ষায়
case-awaiting-approval = অনুমোদনের অপেক্ষায়
case-assignee = দায়িত্বে আছেন
case-assignee-you = আপনি
case-unassigned = এখনো কেউ নেই
case-template = বার্তা
case-actions = আপনি যা করতে পারেন
case-no-actions = এই অনুরোধ নিয়ে এখন আপনার কিছু করার নেই।
case-claim = এই অনুরোধের দায়িত্ব নিন
case-approve-explained = একজন সহকর্মী এই সিদ্ধান্তের প্রস্তাব দিয়েছেন। এটি যাচাই করুন: প্রস্তাবকারী ছাড়া অন্য কেউ অনুমোদন না করা পর্যন্ত কিছুই বদলাবে না।
case-approve = সিদ্ধান্ত অনুমোদন করুন
case-send-back = পর্যালোচনার জন্য ফেরত পাঠান
case-message = ব্যক্তিকে একটি বার্তা পাঠান
case-note = আপনার নিজের কথা (না দিলেও চলবে)
case-note-hint = বার্তার নিচে যোগ হবে। সহজ ভাষায় লিখুন; ব্যক্তি হয়তো অনুবাদ টুল দিয়ে এটি পড়বেন।
case-send = পাঠান
case-ask-information = ব্যক্তির কাছে তথ্য চান
case-identity = ব্যক্তির পরিচয় এখনো যাচাই করতে হবে (তিনি উত্তর না দেওয়া পর্যন্ত সময়সীমা থেমে থাকবে)
case-resume = তথ্য ছাড়াই কাজ চালিয়ে যান
case-extend = সময়সীমা বাড়ান
case-extend-explained = শুধু একবার, প্রথম মাসের মধ্যে, এক বা দুই মাসের জন্য। ব্যক্তিকে কারণ জানানো হয়।
case-extend-months = মাস
case-extend-reason = কারণ
case-decide = সিদ্ধান্ত নিন
case-outcome = সিদ্ধান্ত
case-reasons = কারণ (অন্তত একটি)
case-decision-note = ব্যক্তির জন্য নোট (না দিলেও চলবে)
case-second-person = তথ্য মুছে ফেলতে, আর সংবেদনশীল তথ্য সংশোধন করতে, দ্বিতীয় একজনের অনুমোদন লাগে; অনুমোদনের আগে কিছুই বদলায় না।
case-reassign = অন্য কাউকে দিন
case-reassign-to = সহকর্মী
staff-done-claim = অনুরোধটি এখন আপনার দায়িত্বে।
staff-done-reassign = অনুরোধটি আপনার সহকর্মীকে দেওয়া হয়েছে।
staff-done-message = আপনার বার্তা পাঠানো হয়েছে। ব্যক্তি একটি ইমেইল পাবেন যে নতুন খবর আছে।
staff-done-ask-information = আপনার প্রশ্ন পাঠানো হয়েছে। ব্যক্তি একটি ইমেইল পাবেন যে নতুন খবর আছে।
staff-done-resume = অনুরোধের কাজ আবার চলছে।
staff-done-extend = সময়সীমা বাড়ানো হয়েছে, আর ব্যক্তিকে কারণ জানানো হয়েছে।
staff-done-decide = সিদ্ধান্ত রেকর্ড করা হয়েছে। দ্বিতীয় একজনের অনুমোদন লাগলে, সেটি তাঁর অনুমোদনের অপেক্ষায় থাকবে।
staff-done-approve = সিদ্ধান্ত অনুমোদন করা হয়েছে এবং কার্যকর করা হয়েছে।
staff-done-send-back = প্রস্তাবটি পর্যালোচনার জন্য ফেরত পাঠানো হয়েছে।
ST-010 = এই তথ্য কেন খুলতে হবে, তা বেছে নিন।
ST-011 = সময় বাড়ানোর একটি কারণ বেছে নিন।
ST-012 = একটি সিদ্ধান্ত বেছে নিন।
ST-013 = অন্তত একটি কারণ বেছে নিন।
ST-014 = লেখাটি অনেক লম্বা। দয়া করে ২০০০ অক্ষরের মধ্যে ছোট করুন।
ST-015 = তালিকা থেকে একজন সহকর্মী বেছে নিন।
ST-016 = তালিকা থেকে একটি বার্তা বেছে নিন।
ST-017 = এমন কোনো কাজ নেই।
ST-020 = অনুরোধটির এখনকার অবস্থায় এটি করা যায় না।
ST-021 = সময়সীমা আগেই একবার বাড়ানো হয়েছে।
ST-022 = সময়সীমা শুধু প্রথম মাসের মধ্যেই বাড়ানো যায়।
ST-023 = সময় বাড়ানো যায় এক বা দুই মাস।
ST-024 = এই সিদ্ধান্তের প্রস্তাব আপনি দিয়েছেন, তাই অন্য কাউকে এটি অনুমোদন করতে হবে।
ST-025 = শুধু যিনি এই অনুরোধের দায়িত্বে আছেন, তিনিই এটি করতে পারেন। আগে অনুরোধটির দায়িত্ব নিন।
ST-026 = এই সিদ্ধান্তের জন্য আগে দ্বিতীয় একজনের অনুমোদন লাগবে।
ST-027 = একই সময়ে অন্য কেউ এই অনুরোধটি বদলেছেন। আবার দেখে নিয়ে আবার চেষ্টা করুন।

## Decisions, as the person reads them
outcome-approved = আপনার অনুরোধ মঞ্জুর করা হয়েছে।
outcome-partly_approved = আপনার অনুরোধের একটি অংশ মঞ্জুর করা হয়েছে।
outcome-refused = আপনার অনুরোধ মঞ্জুর করা হয়নি।
reason-request-granted = আপনি যা চেয়েছেন, আমরা তা করেছি।
reason-evidence-insufficient = আপনার দেওয়া তথ্য থেকে বোঝা যায় না যে আমাদের রেকর্ড ভুল।
reason-identity-not-verified = তথ্যটি যাঁর সম্পর্কে, আপনিই যে সেই মানুষ, তা আমরা নিশ্চিত হতে পারিনি।
reason-legal-claims = একটি আইনি দাবি তোলা, প্রমাণ করা বা তার বিরুদ্ধে নিজেদের পক্ষ নেওয়ার জন্য আমাদের এই তথ্য দরকার।
reason-manifestly-unfounded = এই অনুরোধটি আগের একটি অনুরোধের মতোই, যার উত্তর আগেই দেওয়া হয়েছে।
extension-reason-complexity = আপনার অনুরোধটি জটিল, তাই আরও সময় লাগবে।
extension-reason-number-of-requests = আমরা অনেক অনুরোধ পেয়েছি। আপনার অনুরোধের ঠিকমতো উত্তর দিতে আরও সময় লাগবে।
timeline-message = আপনাকে একটি বার্তা পাঠানো হয়েছে

## Message templates (staff choose one; the person reads it in their language)
template-information-needed-name = আমাদের আরও তথ্য দরকার
template-information-needed = আপনার অনুরোধের কাজ করতে আপনার কাছ থেকে আমাদের আরও তথ্য দরকার। দয়া করে লগ ইন করে এই অনুরোধের নিচে উত্তর দিন।
template-identity-documents-name = দয়া করে আপনার পরিচয় নিশ্চিত করুন
template-identity-documents = কাজ এগিয়ে নেওয়ার আগে আমাদের নিশ্চিত হতে হবে যে তথ্যটি আপনারই সম্পর্কে। দয়া করে এই অনুরোধে একটি পরিচয়পত্রের ছবি যোগ করুন।
template-progress-update-name = আমরা আপনার অনুরোধ নিয়ে কাজ করছি
template-progress-update = আমরা আপনার অনুরোধ নিয়ে কাজ করছি। এখন আপনাকে কিছু করতে হবে না।
template-decision-made-name = একটি সিদ্ধান্ত নেওয়া হয়েছে
template-decision-made = আপনার অনুরোধ নিয়ে একটি সিদ্ধান্ত নেওয়া হয়েছে। অনুরোধের পাতায় আপনি কারণসহ সিদ্ধান্তটি পড়তে পারেন।

## Who looked at my data: staff actions
access-request-claimed = আপনার অনুরোধের কাজ শুরু করেছেন
access-request-reassigned = আপনার অনুরোধ একজন সহকর্মীকে দিয়েছেন
access-request-messaged = আপনাকে একটি বার্তা পাঠিয়েছেন
access-request-information-requested = আপনার কাছে তথ্য চেয়েছেন
access-request-resumed = আপনার অনুরোধের কাজ আবার শুরু করেছেন
access-request-extended = উত্তর দেওয়ার সময় বাড়িয়েছেন
access-request-decision-proposed = আপনার অনুরোধ নিয়ে একটি সিদ্ধান্তের প্রস্তাব দিয়েছেন
access-request-decision-approved = আপনার অনুরোধের সিদ্ধান্ত অনুমোদন করেছেন
access-request-decision-sent-back = একটি প্রস্তাবিত সিদ্ধান্ত পর্যালোচনার জন্য ফেরত পাঠিয়েছেন
access-request-decided = আপনার অনুরোধের সিদ্ধান্ত নিয়েছেন
access-field-restricted = আপনার তথ্যের ব্যবহার সীমিত করেছেন

## Deadline mails to staff (no personal data: a link to the request only)
staff-mail-due-soon-subject = আপনার দায়িত্বে থাকা একটি অনুরোধের সময়সীমা এক সপ্তাহের মধ্যে শেষ হবে
staff-mail-due-soon-body =
    আপনাকে দেওয়া একটি অনুরোধের উত্তর সাত দিনের মধ্যে দিতে হবে।

    খুলুন: { $url }
staff-mail-overdue-subject = আপনার দলের একটি অনুরোধের সময়সীমা পেরিয়ে গেছে
staff-mail-overdue-body =
    আপনার দলের একটি অনুরোধের আইনি সময়সীমা পেরিয়ে গেছে, কিন্তু এখনো উত্তর দেওয়া হয়নি। দয়া করে আজই এর ব্যবস্থা করুন।

    খুলুন: { $url }

## The auditor's screen
audit-title = অডিট লগ
audit-verify = পুরো লগের চেইন যাচাই করুন
audit-verify-ok = অডিট লগ অক্ষত আছে: সব { $events }টি ঘটনা ঠিকভাবে চেইনে যুক্ত।
audit-verify-broken = অডিট লগে কারসাজি করা হয়েছে। { $events }টি ঘটনা যাচাই করা হয়েছে; যে সমস্যাগুলো পাওয়া গেছে:
audit-break-altered = ঘটনা { $seq } লেখার পরে বদলানো বা সরানো হয়েছে।
audit-break-chain-broken = ঘটনা { $seq } তার আগের ঘটনার সাথে চেইনে মেলে না।
audit-break-missing = ঘটনা { $seq }-এর পরের ঘটনাগুলো নেই।
audit-break-truncated = একটি স্বাক্ষর করা চেকপয়েন্টে ঘটনা { $seq } যেভাবে রেকর্ড করা ছিল, লগে সেটি আর সেভাবে নেই: সবচেয়ে নতুন ঘটনাগুলো সরিয়ে ফেলা হয়েছে বা নতুন করে লেখা হয়েছে।
audit-break-checkpoint-forged = চেকপয়েন্ট ফাইলের { $seq } নম্বর লাইন বদলানো হয়েছে।
audit-action = কাজ
audit-actor-kind = কে করেছে
audit-actor-person = একজন ব্যক্তি, নিজের জন্য
audit-actor-staff = কর্মী
audit-actor-helper = একজন সাহায্যকারী
audit-actor-anonymous = বেনামি কেউ
audit-actor-system = আমানা নিজে
audit-actor-source-system = কর্তৃপক্ষের একটি উৎস সিস্টেম
audit-actor-id = যে করেছে তার আইডি
audit-from = থেকে
audit-to = পর্যন্ত
audit-download-csv = এই বাছাই করা অংশ CSV হিসেবে ডাউনলোড করুন
audit-none = মেলে এমন কোনো ঘটনা নেই।
audit-when = কখন
audit-who = কে
audit-about = বিষয়

## Administration
admin-title = প্রশাসন
admin-sections = অংশ
admin-staff = কর্মীদের অ্যাকাউন্ট
admin-teams = দল
admin-routing = নতুন অনুরোধ কোন দলে যাবে
admin-templates = বার্তার টেমপ্লেট
admin-default-team = কোনো নিয়মের সাথে না মেলা অনুরোধ এই দলে যায়
admin-new-team = একটি দল যোগ করুন
admin-team-key = সংক্ষিপ্ত আইডি (key)
admin-key-hint = ছোট হাতের ইংরেজি অক্ষর, অঙ্ক আর ড্যাশ, যেমন north-office
admin-team-name = নাম
admin-add = যোগ করুন
admin-save = সেভ করুন
admin-delete = মুছে ফেলুন
admin-saved = সেভ হয়েছে।
admin-role = পদ
admin-office = অফিস
admin-status = অবস্থা
admin-active = চালু
admin-inactive = বন্ধ করা
admin-enrolled = দ্বিতীয় ধাপ সেট আপ করা আছে
admin-not-enrolled = দ্বিতীয় ধাপ এখনো সেট আপ করা হয়নি
admin-locked = বারবার ভুল লগ ইনের পর লক করা
admin-activate = চালু করুন
admin-deactivate = বন্ধ করুন
admin-reset-second-factor = দ্বিতীয় ধাপ রিসেট করুন
admin-change-teams = দল বদলান
admin-new-staff = একটি কর্মী অ্যাকাউন্ট যোগ করুন
admin-name = পুরো নাম
admin-enrolment-link-hint = এখানে কোনো পাসওয়ার্ড নেই: আমানা ব্যক্তিকে একটি লিংক ইমেইল করে, যাতে তিনি নিজের পাসওয়ার্ড বেছে নিতে পারেন। লিংকটি একবারই কাজ করে, ৭২ ঘণ্টার জন্য।
admin-send-enrolment-link = নতুন একটি নিবন্ধনের লিংক পাঠান
admin-routing-intro = প্রতিটি নতুন অনুরোধ সেই দলে যায়, যে দলের নিয়ম প্রথমে মেলে। অভিযোগ সবসময় তথ্য সুরক্ষা কর্মকর্তার কাছে যায়।
admin-routing-default = কোনো নিয়মের সাথে না মেলা অনুরোধ ডিফল্ট দলে যায়।
admin-category = তথ্যের ধরন
admin-sensitive = সংবেদনশীল
admin-yes = হ্যাঁ
admin-no = না
admin-move-up = উপরে সরান
admin-move-down = নিচে সরান
admin-new-rule = শেষে একটি নিয়ম যোগ করুন
admin-templates-intro = কোনো ব্যক্তিকে লেখার সময় কর্মীরা এগুলোর একটি বেছে নেন, আর ব্যক্তি সেটি নিজের ভাষায় পড়েন। প্রতিটি টেমপ্লেটে প্রতিটি ভাষার লেখা থাকতে হবে।
admin-new-template = একটি টেমপ্লেট যোগ করুন
admin-template-key = সংক্ষিপ্ত আইডি (key)
AD-001 = এটি পূরণ করুন।
AD-002 = লেখাটি অনেক লম্বা।
AD-003 = তালিকা থেকে দল বেছে নিন।
AD-004 = পুরো ইমেইল ঠিকানা লিখুন, যেমন name@example.org
AD-005 = তালিকা থেকে একটি পদ বেছে নিন।
AD-006 = পাসওয়ার্ডে অন্তত ১২টি অক্ষর থাকতে হবে।
AD-007 = এই ইমেইল ঠিকানা দিয়ে আগেই একটি অ্যাকাউন্ট আছে।
AD-008 = আপনি নিজের অ্যাকাউন্ট বন্ধ করতে পারবেন না।
AD-009 = ২ থেকে ৪০টি ছোট হাতের ইংরেজি অক্ষর, অঙ্ক আর ড্যাশ ব্যবহার করুন।
AD-010 = এই আইডি দিয়ে আগেই একটি দল আছে।
AD-011 = নিয়মের শর্তগুলো তালিকা থেকে বেছে নিন।
AD-012 = অভিযোগ সবসময় তথ্য সুরক্ষা কর্মকর্তার কাছে যায়; কোনো নিয়ম তা বদলাতে পারে না।
AD-013 = এই ভাষাতেও লেখাটি লিখুন।

## Administration: the purpose register
admin-purposes = উদ্দেশ্যের তালিকা
admin-purposes-intro = তথ্য কেন রাখা হয়, কোন আইনি ভিত্তিতে, কত দিন, আর কারা তা পায়। মানুষ এটি "আমার তথ্য" পাতায় আর সম্মতির পাতায় নিজের ভাষায় পড়েন।
admin-purpose-name = নাম
admin-purpose-explanation = সম্মতি দেওয়ার আগে মানুষ যে ব্যাখ্যা পড়েন
admin-purpose-version = সম্মতির লেখার সংস্করণ:
admin-legal-basis = আইনি ভিত্তি
admin-retention-days = কত দিন রাখা হবে (দিন)
admin-recipients = প্রাপক
AD-014 = ১ থেকে ৩৬৫০০-এর মধ্যে দিনের সংখ্যা লিখুন।
AD-015 = তালিকা থেকে বেছে নিন।
ST-018 = একটি তথ্য নিয়ে অনুরোধ হয় মঞ্জুর হয়, নয়তো মঞ্জুর হয় না; আংশিক মঞ্জুর হয় না।
staff-new-password = নিজের পাসওয়ার্ড বেছে নিন
SA-003 = এমন একটি পাসওয়ার্ড বেছে নিন, যা আপনার ইমেইল ঠিকানা নয়।

# Enrolment links for new accounts
SA-004 = এই লিংকের মেয়াদ শেষ হয়ে গেছে, অথবা এটি আগেই ব্যবহার করা হয়েছে। আপনার অ্যাডমিনিস্ট্রেটরকে নতুন একটি লিংক পাঠাতে বলুন।
AD-016 = এই অ্যাকাউন্টে দ্বিতীয় ধাপ আগেই সেট আপ করা হয়েছে। ব্যক্তিকে আবার শুরু করতে হলে, আগে দ্বিতীয় ধাপ রিসেট করুন।
welcome-title = আপনার অ্যাকাউন্ট সেট আপ করুন
welcome-intro = আপনার অ্যাকাউন্টের পাসওয়ার্ড বেছে নিন:
welcome-password-hint = অন্তত ১২টি অক্ষর। শুধু আপনিই এটি জানবেন: আমানার কেউ কখনো আপনার কাছে এটি চাইবে না। এরপর আপনি আপনার অথেনটিকেটর অ্যাপ সেট আপ করবেন।
mail-enrolment-subject = আপনার আমানা অ্যাকাউন্ট সেট আপ করুন
mail-enrolment-body =
    এই ঠিকানার জন্য একটি আমানা অ্যাকাউন্ট তৈরি করা হয়েছে। আপনার পাসওয়ার্ড বেছে নিতে আর লগ ইনের দ্বিতীয় ধাপ সেট আপ করতে এই লিংকটি খুলুন:

    { $url }

    লিংকটি একবারই কাজ করে, { $hours } ঘণ্টার জন্য। আপনি এই ইমেইল আশা না করে থাকলে, এটি নিয়ে কিছু করার দরকার নেই।

## Administration: source systems, their API keys and webhooks
admin-source-systems = উৎস সিস্টেম
admin-source-systems-intro = কর্তৃপক্ষের নিজস্ব সিস্টেম, যেগুলো API দিয়ে আমানায় মানুষের তথ্য লোড করে। প্রতিটি সিস্টেম শুধু এখানে টিক দেওয়া উদ্দেশ্য আর তথ্যের ধরনই লিখতে পারে, আর শুধু নিজের API কী দিয়ে।
admin-new-source-system = একটি উৎস সিস্টেম নিবন্ধন করুন
admin-source-system-contact = কারা এটি চালান
admin-source-system-contact-hint = এর কল ব্যর্থ হলে যোগাযোগের জন্য একটি দল বা ঠিকানা।
admin-source-system-purposes = যে উদ্দেশ্যগুলো এটি লিখতে পারে
admin-source-system-categories = যে ধরনের তথ্য এটি লিখতে পারে
admin-webhook = ওয়েবহুক
admin-webhook-none = নেই: সিস্টেমটি পরিবর্তনের ফিড (change feed) পড়ে।
admin-webhook-url = এই সিস্টেম সংক্রান্ত কোনো পরিবর্তন হলে আমানা যে ঠিকানায় কল করে
admin-webhook-hint = সেভ করলে একটি নতুন সাইনিং সিক্রেট তৈরি হয়, যা একবারই দেখানো হয়। পুরনো সিক্রেট আর কাজ করে না।
admin-webhook-save = ওয়েবহুক সেভ করুন
admin-webhook-stop = ওয়েবহুক বন্ধ করুন
admin-api-keys = API কী
admin-new-key = নতুন API কী তৈরি করুন
admin-key-scopes = এই API কী দিয়ে যা করা যাবে
admin-key-days = মেয়াদ (দিন)
admin-new-key-hint = তৈরির ঠিক পরেই API কী একবার দেখানো হয়। একটি সিস্টেমের দুটি চালু API কী থাকতে পারে, তাই কাজ না থামিয়েই নতুন API কী দিয়ে পুরনোটি বদলানো যায়।
admin-key-live = চালু
admin-key-expired = মেয়াদ শেষ
admin-key-revoked = বাতিলের তারিখ
admin-key-created = তৈরি
admin-key-expires = মেয়াদ শেষ হবে
admin-key-last-used = শেষ ব্যবহার
admin-key-never-used = কখনো না
admin-key-revoke = বাতিল করুন
admin-new-key-shown = নতুন API কী, এই সিস্টেমের জন্য:
admin-webhook-secret-shown = নতুন ওয়েবহুক সাইনিং সিক্রেট, এই সিস্টেমের জন্য:
admin-shown-once-hint = এটি এখনই কপি করুন, আর নিরাপদ উপায়ে সিস্টেমের পরিচালনাকারীদের দিন। আমানা এটি রাখে না, আর আবার দেখাতে পারবে না।
api-scope-people-write = মানুষের তথ্য লোড করা ও সরানো
api-scope-changes-read = অনুমোদিত পরিবর্তন পড়া
api-scope-changes-ack = পরিবর্তন করা হয়েছে বলে নিশ্চিত করা
api-scope-access-events-write = কে তথ্য দেখেছে তা জানানো
AD-017 = এই নামে আগেই একটি উৎস সিস্টেম আছে।
AD-018 = ১ থেকে ১০৯৫-এর মধ্যে দিনের সংখ্যা লিখুন।
AD-019 = এই সিস্টেমের দুটি API কী এখনো চালু আছে। আরেকটি তৈরির আগে একটি বাতিল করুন।
AD-020 = অন্তত একটি বেছে নিন।
AD-021 = পুরো ওয়েব ঠিকানা লিখুন, যেমন https://cases.example.org/amana

## Administration: languages
admin-locales = ভাষাগুলো
admin-locales-intro = মানুষ যে সব ভাষা বেছে নিতে পারেন, আর সেই ভাষা জানেন এমন কেউ অনুবাদটি যাচাই করেছেন কি না।
admin-locale-source = মূল ভাষা
admin-locale-draft = প্রথম খসড়া, এখনো যাচাই করা হয়নি
admin-locale-reviewed = যাচাই করেছেন { $reviewer }, { $date } তারিখে
