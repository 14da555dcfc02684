# Amana — Bengali (bn): who looked at your data, and downloading it. Every locale has the same keys.

access-title = কে আমার তথ্য দেখেছে
access-intro = কোনো কর্মী বা সাহায্যকারী যখনই আপনার তথ্য খোলেন বা বদলান, তা এখানে লেখা থাকে: কখন, কে (তাঁর পদ আর অফিস), কী দেখেছেন, আর তাঁকে কোন কারণ জানাতে হয়েছে।
access-none = কর্তৃপক্ষের কেউ বা কোনো সাহায্যকারী এখনো আপনার তথ্য দেখেননি।
access-no-more = এর চেয়ে পুরনো আর কিছু নেই।
access-pages = পাতা
access-newer = নতুনগুলো
access-older = পুরনোগুলো
access-fields = তথ্য:
access-reason = জানানো কারণ:
access-source-viewed = নিজেদের সিস্টেমে আপনার ফাইল দেখেছেন
access-purpose = তাঁদের জানানো উদ্দেশ্য:
access-legal-basis = তাঁদের জানানো আইনি ভিত্তি:
access-record-viewed = আপনার তথ্য দেখেছেন
access-category-opened = আপনার তথ্যের একটি সংবেদনশীল অংশ খুলেছেন
access-request-viewed = আপনার একটি অনুরোধ দেখেছেন
access-field-corrected = আপনার তথ্য ঠিক করেছেন
access-field-erased = আপনার তথ্য মুছে ফেলেছেন
access-record-exported = আপনার তথ্যের একটি কপি তৈরি করেছেন
access-reason-handling-request = আপনার অনুরোধের কাজ করার জন্য
access-reason-identity-check = আপনার পরিচয় যাচাই করার জন্য
access-reason-safety-concern = কারও নিরাপত্তা নিয়ে চিন্তার কারণে
access-reason-legal-duty = কারণ আইন অনুযায়ী এটা করতে হয়

download-title = আমার তথ্য ডাউনলোড করুন
download-intro = আপনার সম্পর্কে রাখা সব তথ্য, আপনার অনুরোধ, সম্মতি নিয়ে আপনার পছন্দ, আর কে আপনার তথ্য দেখেছে — সবকিছুর একটি পুরো কপি আপনি নিতে পারেন। এটি নিরাপদ জায়গায় রাখুন: এতে ব্যক্তিগত তথ্য আছে।
download-printable = পড়ার মতো কপি
download-printable-explained = আপনার ভাষায় একটি পাতা, যা আপনি পড়তে, প্রিন্ট করতে বা PDF হিসেবে সেভ করতে পারেন।
download-json = কম্পিউটারের জন্য কপি (JSON)
download-json-explained = একটি ফাইল, যা অন্য কোনো সেবা বা সাহায্যকারীর কম্পিউটার পড়তে পারে।
export-title = আমার তথ্যের একটি কপি
export-print-hint = এই পাতাটি রাখতে, আপনার ব্রাউজারের "প্রিন্ট" বা "PDF হিসেবে সেভ" ব্যবহার করুন।
export-generated = তৈরির তারিখ
