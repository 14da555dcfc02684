# Amana — Bengali (bn): exercising rights (requests about one's data). Every locale has the same keys.

nav-my-requests = আমার অনুরোধ

## Actions beside each field on My data
action-correct = এটা ভুল
action-erase = এটা মুছে ফেলুন
action-restrict = এটার ব্যবহার বন্ধ করুন
my-data-erase-all = আমার সব তথ্য মুছে ফেলতে বলুন

## Request forms
request-correct-title = আপনার তথ্য ঠিক করতে বলুন
request-erase-title = আপনার তথ্য মুছে ফেলতে বলুন
request-restrict-title = আপনার তথ্যের ব্যবহার বন্ধ করতে বলুন
request-erase-all-title = আপনার সব তথ্য মুছে ফেলতে বলুন
request-proposed-value = এখানে কী লেখা থাকা উচিত
request-proposed-value-hint = সঠিক তথ্যটি লিখুন।
request-erase-explained = আপনি এই তথ্য মুছে ফেলতে বলছেন। কিছু তথ্য আইন অনুযায়ী রেখে দিতে হয়; তেমন হলে আমরা আপনাকে কারণ জানাব।
request-erase-all-explained = আপনি আপনার সম্পর্কে রাখা সব তথ্য মুছে ফেলতে বলছেন। কিছু তথ্য আইন অনুযায়ী রেখে দিতে হয়, যেমন আপনার কেস চলার সময়; তেমন হলে আমরা আপনাকে জানাব কোন তথ্য রাখা হবে, আর কেন।
request-restrict-choose = আপনি কী চান?
request-restriction-explained = তথ্যটি রেখে দিন, কিন্তু যাচাই চলার সময় এটি ব্যবহার করবেন না (যেমন, আপনার মনে হয় তথ্যটি ভুল)।
request-objection-explained = আপনার নিজের পরিস্থিতির কারণে, এই কাজে তথ্যটি ব্যবহার করা বন্ধ করুন।
request-explanation = আর কিছু জানাতে চাইলে লিখুন (না দিলেও চলবে)
request-explanation-hint = যেমন কেন চাইছেন, বা কী হয়েছিল। কাগজপত্র পরেও পাঠাতে পারেন।
request-deadline-explained = অনুরোধ করতে কোনো টাকা লাগে না। আপনি এক মাসের মধ্যে উত্তর পাবেন। আপনার অনুরোধ জটিল হলে এই সময় আরও দুই মাস বাড়ানো যেতে পারে। তখন কেন বাড়ানো হলো, তা আপনাকে জানানো হবে।
request-send = আমার অনুরোধ পাঠান
request-cancel = না পাঠিয়ে ফিরে যান
request-whole-record = আমার সব তথ্য

## Kinds and states of requests
kind-access = আমার তথ্যের কপি
kind-correction = তথ্য ঠিক করা
kind-erasure = তথ্য মুছে ফেলা
kind-restriction = ব্যবহার সাময়িক বন্ধ রাখা
kind-objection = ব্যবহারে আপত্তি
kind-complaint = অভিযোগ
status-submitted = পাওয়া গেছে
status-in_review = যাচাই চলছে
status-awaiting_information = আপনার কাছ থেকে তথ্যের অপেক্ষায়
status-decided = সিদ্ধান্ত হয়েছে
status-completed = কাজ শেষ
status-withdrawn = তুলে নেওয়া হয়েছে

## My requests
requests-title = আমার অনুরোধ
requests-intro = এখানে আপনি আপনার সব অনুরোধের খোঁজ রাখতে পারেন, কোন তারিখের মধ্যে উত্তর পাবেন তা দেখতে পারেন, আর বার্তা পড়তে পারেন।
requests-none = আপনি এখনো কোনো অনুরোধ করেননি। অনুরোধ করতে "আমার তথ্য" পাতায় যান, তারপর একটি তথ্য বেছে নিন।
requests-back = আমার অনুরোধে ফিরে যান
request-title = আপনার অনুরোধ
request-reference = রেফারেন্স নম্বর
request-kind = অনুরোধ
request-about = বিষয়
request-status = অবস্থা
request-received = পাওয়ার তারিখ
request-due = উত্তরের শেষ তারিখ
request-extended = উত্তর দেওয়ার সময় বাড়ানো হয়েছে। কারণ:
request-decision = সিদ্ধান্ত
request-timeline = কী কী হয়েছে
request-upstream = কর্তৃপক্ষের নিজস্ব সিস্টেমে
request-upstream-done = { $date } তারিখে { $system } সিস্টেমে করা হয়েছে।
request-upstream-waiting = { $system } সিস্টেমে এখনো করা হয়নি। কর্মীরা বিষয়টির খোঁজ রাখছেন।
request-messages = বার্তা
request-no-messages = এখনো কোনো বার্তা নেই।
request-add-information = তথ্য যোগ করুন বা উত্তর দিন
request-add-information-hint = কিছু যোগ করতে চাইলে, বা কোনো প্রশ্নের উত্তর দিতে চাইলে, এখানে লিখুন।
request-send-information = পাঠান
request-withdraw = এই অনুরোধ তুলে নিন
notice-request-filed = আপনার অনুরোধ আমরা পেয়েছি। আমরা আপনাকে একটি নিশ্চিত করার বার্তা পাঠিয়েছি।
notice-request-sent = আপনার বার্তা অনুরোধের সাথে যোগ করা হয়েছে।
notice-request-withdrawn = আপনার অনুরোধ তুলে নেওয়া হয়েছে। এটি নিয়ে আর কিছু করা হবে না।

actor-you = আপনি
actor-system = আমানা
actor-source = { $role } · { $office } ({ $system } সিস্টেমে)
role-caseworker = কেস কর্মকর্তা
role-reviewer = পর্যালোচক
role-dpo = তথ্য সুরক্ষা কর্মকর্তা
role-admin = অ্যাডমিনিস্ট্রেটর
role-auditor = নিরীক্ষক (অডিটর)

timeline-submitted = অনুরোধ পাওয়া গেছে
timeline-in-review = যাচাই চলছে
timeline-information-requested = আরও তথ্য চাওয়া হয়েছে
timeline-information-added = তথ্য যোগ করা হয়েছে
timeline-extended = উত্তর দেওয়ার সময় বাড়ানো হয়েছে
timeline-decided = সিদ্ধান্ত নেওয়া হয়েছে
timeline-completed = কাজ শেষ
timeline-withdrawn = অনুরোধ তুলে নেওয়া হয়েছে

reason-legal-obligation = আইন অনুযায়ী এই তথ্য আমাদের রেখে দিতে হবে।
reason-still-needed-for-case = আপনার কেস এখনো চলছে, আর তার জন্য এই তথ্য এখনো দরকার।
reason-accuracy-confirmed = আমরা তথ্যটি যাচাই করেছি, আর এটি সঠিক।
reason-public-interest = জনস্বার্থের একটি কাজের জন্য এই ব্যবহার দরকার, আর এখানে সেই কাজ আপনার পরিস্থিতির চেয়ে বেশি গুরুত্বপূর্ণ।

## Withdrawing
withdraw-title = আপনার অনুরোধ তুলে নেবেন?
withdraw-explained = তুলে নিলে আমরা এই অনুরোধের কাজ বন্ধ করে দেব। আপনি যেকোনো সময় নতুন অনুরোধ করতে পারেন।
withdraw-confirm = হ্যাঁ, তুলে নিন
withdraw-cancel = না, আমার অনুরোধ থাকুক

## Errors
RQ-001 = এ বিষয়ে আপনার একটি অনুরোধ আগে থেকেই চলছে। "আমার অনুরোধ" পাতায় এর খোঁজ রাখতে পারেন।
RQ-002 = এই অনুরোধের সিদ্ধান্ত হয়ে গেছে, বা এটি তুলে নেওয়া হয়েছে, তাই এটি আর বদলানো যাবে না।
RQ-010 = তথ্যটিতে কী লেখা থাকা উচিত, তা লিখুন।
RQ-011 = লেখাটি অনেক লম্বা। দয়া করে ৫০০ অক্ষরের মধ্যে ছোট করুন।
RQ-012 = লেখাটি অনেক লম্বা। দয়া করে ২০০০ অক্ষরের মধ্যে ছোট করুন।
RQ-013 = এটা তো আমাদের কাছে আগে থেকেই আছে। এর বদলে কী লেখা থাকা উচিত, তা লিখুন।
RQ-014 = পাঠানোর আগে একটি বার্তা লিখুন।
RQ-015 = লেখাটি অনেক লম্বা। দয়া করে ২০০০ অক্ষরের মধ্যে ছোট করুন।
RQ-016 = যেকোনো একটি বেছে নিন।

## E-mails (they never contain personal data)
mail-request-received-subject = আমরা আপনার অনুরোধ পেয়েছি
mail-request-received-body =
    আমরা আপনার অনুরোধ পেয়েছি। আপনি এক মাসের মধ্যে উত্তর পাবেন।

    খোঁজ রাখতে লগ ইন করুন: { $url }
mail-request-news-subject = আপনার অনুরোধ নিয়ে নতুন খবর আছে
mail-request-news-body =
    আপনার অনুরোধ নিয়ে নতুন খবর আছে। পড়তে লগ ইন করুন: { $url }

## Documents
request-evidence = একটি কাগজ বা ডকুমেন্ট (না দিলেও চলবে)
request-evidence-hint = একটি PDF বা ছবি (JPEG বা PNG), ৫ MB পর্যন্ত। যেমন, সঠিক তথ্য দেখায় এমন একটি সার্টিফিকেট।
request-documents = আপনার পাঠানো কাগজপত্র
request-document = ডকুমেন্ট
RQ-020 = ফাইলটি খুব বড়। ৫ MB বা তার চেয়ে ছোট ফাইল পাঠান।
RQ-021 = এই ধরনের ফাইল নেওয়া যায় না। একটি PDF বা ছবি (JPEG বা PNG) পাঠান।
RQ-022 = এই অনুরোধে যত কাগজপত্র রাখা যায়, তা আগেই পূর্ণ হয়ে গেছে (২০টি ফাইল, মোট ৫০ MB)। এর বদলে একটি বার্তা লিখুন, অথবা আরও কীভাবে পাঠাবেন তা আমাদের জিজ্ঞেস করুন।
