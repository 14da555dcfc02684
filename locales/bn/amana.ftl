# Amana — Bengali (bn). Every string a person reads comes from here; other locales must define every key.

## The whole site
app-name = আমানা
nav-skip = মূল অংশে যান
nav-label = প্রধান মেনু
nav-language = ভাষা
nav-my-data = আমার তথ্য
nav-sign-out = লগ আউট
nav-quick-exit = দ্রুত বের হোন
footer-fictional = আমানা একটি নমুনা (ডেমো)। এখানে সব মানুষ আর সব রেকর্ড বানানো, সত্যি নয়।
form-error-summary = একটি সমস্যা আছে

## Home
home-title = আপনার তথ্য, আপনার অধিকার
home-choose-language = আপনার ভাষা বেছে নিন
home-about-heading = এটা কী?
home-about = এখানে আপনি দেখতে পারবেন কর্তৃপক্ষের কাছে আপনার কোন কোন ব্যক্তিগত তথ্য আছে, কেন আছে, আর কাদের সাথে তা শেয়ার করা হয়। আপনি তথ্য ঠিক করতে বা মুছে ফেলতে বলতে পারেন। কে আপনার তথ্য দেখেছে, তাও দেখতে পারেন।
home-rights-heading = আপনার অধিকার
right-access = আপনার সম্পর্কে রাখা সব তথ্য দেখুন, আর তার একটি কপি নিন।
right-correct = ভুল তথ্য ঠিক করতে বলুন।
right-erase = তথ্য মুছে ফেলতে বলুন।
right-restrict = আপনার তথ্য আর ব্যবহার না করতে বলুন।
right-consent = যেকোনো সময় আপনার সম্মতি দিন, বা ফিরিয়ে নিন।
right-complain = একটি স্বাধীন কর্তৃপক্ষের কাছে অভিযোগ করুন।
right-who-looked = কে আপনার তথ্য দেখেছে, আর কেন দেখেছে, তা দেখুন।
home-rights-free = আপনার অধিকার ব্যবহার করতে কোনো টাকা লাগে না। আপনি এক মাসের মধ্যে উত্তর পাবেন। আপনার অনুরোধ জটিল হলে এই সময় আরও দুই মাস বাড়ানো যেতে পারে। তখন কেন বাড়ানো হলো, তা আপনাকে জানানো হবে।
home-sign-in = লগ ইন করুন
notice-signed-out = আপনি লগ আউট করেছেন। ফোনটি অন্যরাও ব্যবহার করলে, এখনই ব্রাউজার বন্ধ করুন।

## Not found
not-found-title = পাতাটি পাওয়া যায়নি
not-found-home = শুরুর পাতায় যান

## Sign in
sign-in-title = লগ ইন
sign-in-intro = আপনার কাগজে ছাপা কেস নম্বর আর আপনার জন্মতারিখ লিখুন। আপনার যে যোগাযোগের ঠিকানা আমাদের কাছে আছে, সেখানে আমরা একটি কোড পাঠাব। কোডটি একবারই ব্যবহার করা যায়।
sign-in-case-reference = কেস নম্বর
sign-in-case-reference-hint = যেমন DEMO-0001। এটি আপনার কাগজে ছাপা আছে।
sign-in-date-of-birth = জন্মতারিখ
sign-in-date-of-birth-hint = আপনার কাগজে যেভাবে আছে: বছর-মাস-দিন (1990-01-31) অথবা দিন/মাস/বছর (31/01/1990)। কাগজে শুধু বছর, বা বছর আর মাস থাকলে, শুধু সেটুকুই লিখুন (1978 অথবা 1978-11)।
sign-in-send-code = আমাকে একটি কোড পাঠান
sign-in-privacy = কোনো কেস নম্বর আছে কি নেই, তা আমরা কখনো কাউকে জানাই না।

code-title = আপনার কোডটি লিখুন
code-intro = আপনার দেওয়া তথ্য আমাদের রেকর্ডের সাথে মিললে, আপনার যে যোগাযোগের ঠিকানা আমাদের কাছে আছে, সেখানে আমরা একটি ৬ অঙ্কের কোড পাঠিয়েছি। কোডটি ১০ মিনিট কাজ করবে।
code-label = ৬ অঙ্কের কোড
code-hint = মাঝে ফাঁকা রেখেও লিখতে পারেন।
code-submit = লগ ইন করুন
code-start-again = কোড পাননি? আবার শুরু করুন

## My data
my-data-title = আমার তথ্য
my-data-reference = কেস নম্বর:
my-data-intro = আপনার সম্পর্কে যা কিছু রাখা আছে, ধরন অনুযায়ী। কোনো ধরনের নামে ট্যাপ করলে প্রতিটি তথ্যের বেলায় দেখবেন: কোথা থেকে এসেছে, কেন আর কবে পর্যন্ত রাখা হবে, কারা এটা পায়, আর আপনি কী কী চাইতে পারেন।
my-data-sensitive = সংবেদনশীল
my-data-sensitive-explained = এটি সংবেদনশীল তথ্য। এর জন্য বাড়তি সুরক্ষা আছে। কর্মীরা এটি খোলার আগে কারণ জানাতে বাধ্য।
my-data-source = কোথা থেকে এসেছে
my-data-purpose = কেন রাখা হয়েছে
my-data-legal-basis = যে আইনে রাখা যায়
my-data-kept-until = যে তারিখ পর্যন্ত রাখা হবে
my-data-shared-with = যাদের সাথে শেয়ার করা হয়
# How many items of data one kind holds, beside its heading ("Identity · 6 items").
my-data-field-count = { $count ->
    [one] { $count }টি তথ্য
   *[other] { $count }টি তথ্য
}
my-data-why = কেন রাখা হয়েছে আর কারা এটা পায়

category-identity = পরিচয়
category-contact = যোগাযোগের তথ্য
category-family = পরিবার
category-legal-status = আইনি অবস্থা
category-health = স্বাস্থ্য
category-biometrics = বায়োমেট্রিক (আঙুলের ছাপ ও ছবি)
category-education = পড়াশোনা
category-employment = কাজ
category-case-history = কেসের ইতিহাস

field-given-name = নিজের নাম
field-family-name = পারিবারিক নাম (পদবি)
field-date-of-birth = জন্মতারিখ
field-place-of-birth = জন্মস্থান
field-nationality = জাতীয়তা
field-sex = লিঙ্গ
field-native-language = মাতৃভাষা
field-document-number = ডকুমেন্ট নম্বর
field-email = ইমেইল ঠিকানা
field-phone = ফোন নম্বর
field-address = ঠিকানা
field-municipality = পৌরসভা
field-marital-status = বৈবাহিক অবস্থা
field-spouse-name = স্বামী বা স্ত্রীর নাম
field-children-count = সন্তানের সংখ্যা
field-dependants = আপনার উপর নির্ভরশীল অন্য মানুষ
field-next-of-kin = নিকটাত্মীয়
field-residence-status = বসবাসের আইনি অবস্থা
field-permit-type = পারমিটের ধরন
field-permit-expiry = পারমিট যে তারিখ পর্যন্ত বৈধ
field-asylum-claim-date = আশ্রয়ের আবেদনের তারিখ
field-appeal-status = আপিল
field-screening-date = স্বাস্থ্য পরীক্ষার তারিখ
field-screening-result = স্বাস্থ্য পরীক্ষার ফল
field-vaccinations = টিকা
field-disability-needs = প্রতিবন্ধিতার জন্য দরকারি সহায়তা
field-medication-needs = দরকারি ওষুধ
field-fingerprint-record = আঙুলের ছাপের রেকর্ড
field-photo-record = ছবির রেকর্ড
field-enrolment-date = বায়োমেট্রিক নিবন্ধনের তারিখ
field-enrolment-office = নিবন্ধনের অফিস
field-highest-education = সর্বোচ্চ পড়াশোনা
field-languages-spoken = যে ভাষাগুলো বলতে পারেন
field-school-enrolment = স্কুলে ভর্তি
field-work-permit = কাজের অনুমতি (ওয়ার্ক পারমিট)
field-occupation = পেশা
field-employer = নিয়োগকর্তা
field-case-opened = কেস খোলার তারিখ
field-case-office = কেসের অফিস
field-interview-date = সাক্ষাৎকারের তারিখ
field-last-decision = সর্বশেষ সিদ্ধান্ত
field-decision-date = সর্বশেষ সিদ্ধান্তের তারিখ
field-resettlement-referral = অন্য দেশে পুনর্বাসনের জন্য সুপারিশ
field-statistics-cohort = পরিসংখ্যানের দল

purpose-case-management = আপনার কেসের কাজ করা
purpose-residence-permit = আপনার বসবাসের অনুমতি নিয়ে সিদ্ধান্ত নেওয়া
purpose-health-screening = এ দেশে আসার পর স্বাস্থ্য পরীক্ষা
purpose-family-reunification = আপনার পরিবারকে আবার একসাথে করা
purpose-biometric-identity = আপনার পরিচয় নিশ্চিত করা
purpose-integration-support = স্কুল, ভাষা শেখা আর কাজের জন্য সহায়তা
purpose-resettlement-referral = অন্য দেশে পুনর্বাসনের জন্য সুপারিশ
purpose-statistics = নাম ছাড়া পরিসংখ্যান
purpose-service-updates = বিভিন্ন সেবার খবর

legal-basis-public-task = আইনে ঠিক করা জনস্বার্থের একটি কাজ
legal-basis-legal-obligation = কর্তৃপক্ষের একটি আইনি বাধ্যবাধকতা
legal-basis-consent = আপনার সম্মতি, যা আপনি ফিরিয়ে নিতে পারেন
legal-basis-vital-interests = কারও জীবন রক্ষা করার জন্য
legal-basis-contract = আপনার সাথে একটি চুক্তি
legal-basis-legitimate-interests = একটি ন্যায্য স্বার্থ, যা আপনার অধিকারের সাথে তুলনা করে বিচার করা হয়েছে

recipient-none = কর্তৃপক্ষের বাইরে কেউ না
recipient-border-agency = সীমান্ত সংস্থা
recipient-municipality = আপনার পৌরসভা
recipient-health-service = সরকারি স্বাস্থ্যসেবা
recipient-unhcr = UNHCR (জাতিসংঘের শরণার্থী সংস্থা)
recipient-education-provider = স্কুল বা ভাষা কোর্স চালায় এমন প্রতিষ্ঠান
recipient-resettlement-country = যে দেশে পুনর্বাসন হবে
recipient-statistics-office = পরিসংখ্যান অফিস (আপনার নাম ছাড়া)

## Values from source systems that have a translation
value-single = অবিবাহিত
value-married = বিবাহিত
value-widowed = বিধবা বা বিপত্নীক
value-asylum-seeker = আশ্রয়প্রার্থী
value-refugee = শরণার্থী
value-subsidiary-protection = সাবসিডিয়ারি (সহায়ক) সুরক্ষা
value-temporary-protection = অস্থায়ী সুরক্ষা
value-none = নেই
value-pending = অপেক্ষায় আছে
value-closed = বন্ধ
value-no-follow-up = আবার দেখানোর দরকার নেই
value-follow-up-booked = পরের সাক্ষাতের সময় ঠিক করা হয়েছে
value-complete = সম্পূর্ণ
value-partial = আংশিক
value-unknown = জানা নেই
value-mobility-support = চলাফেরায় সহায়তা
value-hearing-support = শোনার জন্য সহায়তা
value-regular-prescription = নিয়মিত ওষুধ (প্রেসক্রিপশন)
value-primary = প্রাথমিক স্কুল
value-secondary = মাধ্যমিক স্কুল
value-vocational = কারিগরি প্রশিক্ষণ
value-university = বিশ্ববিদ্যালয়
value-not-applicable = প্রযোজ্য নয়
value-enrolled = ভর্তি হয়েছে
value-waiting-list = অপেক্ষার তালিকায়
value-yes = হ্যাঁ
value-no = না
value-applied = আবেদন করা হয়েছে
value-nurse = নার্স
value-electrician = ইলেকট্রিশিয়ান
value-teacher = শিক্ষক
value-cook = রাঁধুনি
value-driver = ড্রাইভার
value-student = ছাত্র বা ছাত্রী
value-interview-scheduled = সাক্ষাৎকারের তারিখ ঠিক হয়েছে
value-permit-granted = পারমিট দেওয়া হয়েছে
value-under-review = যাচাই চলছে
value-not-referred = সুপারিশ করা হয়নি
value-referred = সুপারিশ করা হয়েছে
value-accepted = গ্রহণ করা হয়েছে

## Errors (codes are stable; the text says what to do)
SI-001 = আপনার কেস নম্বর লিখুন।
SI-002 = কেস নম্বরে শুধু অক্ষর, সংখ্যা আর ড্যাশ (-) থাকতে পারে, ঠিক যেমন আপনার কাগজে ছাপা আছে।
SI-003 = আপনার জন্মতারিখ লিখুন।
SI-004 = আপনার কাগজে যেভাবে আছে, সেভাবে জন্মতারিখ লিখুন, যেমন 1990-01-31 অথবা 31/01/1990। কাগজে শুধু বছর, বা বছর আর মাস থাকলে, শুধু সেটুকুই লিখুন: 1978 অথবা 1978-11।
SI-005 = আমরা যে বার্তা পাঠিয়েছি, তার কোডটি লিখুন।
SI-006 = কোডে ৬টি অঙ্ক থাকে। বার্তাটি দেখে আবার চেষ্টা করুন।
SI-010 = কোডটি ঠিক নয়, অথবা এর মেয়াদ শেষ হয়ে গেছে। বার্তাটি দেখে আবার চেষ্টা করুন।
SI-011 = এই লগ ইনের মেয়াদ শেষ হয়ে গেছে, অথবা অনেকবার চেষ্টা করা হয়েছে। দয়া করে আবার শুরু করুন।
SI-012 = অনেকবার চেষ্টা করা হয়েছে। কয়েক মিনিট অপেক্ষা করে আবার চেষ্টা করুন।
AU-001 = আপনার সেশন শেষ হয়ে গেছে। দয়া করে আবার লগ ইন করুন।
GEN-400 = কিছু তথ্য ঠিক নেই। ফর্মটি দেখে আবার চেষ্টা করুন।
GEN-403 = এই ফর্মের মেয়াদ শেষ হয়ে গেছে। পিছনে যান, পাতাটি আবার লোড করুন, তারপর আবার চেষ্টা করুন।
GEN-404 = এই পাতাটি নেই, অথবা এটি দেখার অনুমতি আপনার নেই।
GEN-409 = ঠিক একই সময়ে অন্য কেউ এটি বদলেছে, তাই কিছুই সেভ হয়নি। পাতাটি আবার লোড করে আবার চেষ্টা করুন।
GEN-500 = আমাদের দিকে একটি সমস্যা হয়েছে। আপনি যা পাঠিয়েছেন, তার কিছুই হারায়নি। কয়েক মিনিট পরে আবার চেষ্টা করুন।

## E-mails (they never contain personal data)
mail-sign-in-subject = আপনার আমানা লগ ইন কোড
mail-sign-in-body =
    আপনার লগ ইন কোড: { $code }

    এটি { $minutes } মিনিট কাজ করবে। যে পাতায় কোডটি চেয়েছিলেন, সেখানে এটি লিখুন।

    আপনি কোড না চেয়ে থাকলে, এই বার্তা নিয়ে কিছু করার দরকার নেই। কোড ছাড়া কেউ লগ ইন করতে পারবে না।

## Translation status
footer-draft-translation = এই অনুবাদটি প্রথম খসড়া। কিছু বুঝতে না পারলে কর্মী বা সাহায্যকারীকে জিজ্ঞেস করুন।

# What search engines show under the portal's name (start and sign-in pages only).
meta-description = অভিবাসন কর্তৃপক্ষের কাছে আপনার কোন কোন তথ্য আছে দেখুন, আর নিজের ভাষায় তা ঠিক করতে, মুছে ফেলতে বা আর ব্যবহার না করতে বলুন।
