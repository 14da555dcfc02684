# তথ্য লঙ্ঘনের রেজিস্টার (তথ্য সুরক্ষা কর্মকর্তার জন্য), আর কারও তথ্যে লঙ্ঘন হলে তিনি যে নোটিশ পড়েন।
nav-breaches = তথ্য লঙ্ঘন
breaches-title = তথ্য লঙ্ঘনের রেজিস্টার
breaches-intro = ব্যক্তিগত তথ্যের প্রতিটি লঙ্ঘন এখানে রেকর্ড করা হয়, জানানো দরকার হোক বা না হোক। আমরা যে মুহূর্তে জানতে পেরেছি, তার পর ৭২ ঘণ্টার মধ্যে তদারকি কর্তৃপক্ষকে জানাতে হবে; তবে লঙ্ঘনের কারণে কারও ঝুঁকি হওয়ার সম্ভাবনা না থাকলে জানাতে হয় না।
breaches-none = কোনো লঙ্ঘন রেকর্ড করা হয়নি।
breach-title = তথ্য লঙ্ঘন
breach-back = লঙ্ঘনের রেজিস্টারে ফিরে যান
breach-reference = রেফারেন্স নম্বর
breach-clock-left =
    { $hours ->
        [one] তদারকি কর্তৃপক্ষকে জানানোর শেষ সময় { $due }: আর { $hours } ঘণ্টা বাকি।
       *[other] তদারকি কর্তৃপক্ষকে জানানোর শেষ সময় { $due }: আর { $hours } ঘণ্টা বাকি।
    }
breach-clock-late =
    { $hours ->
        [one] তদারকি কর্তৃপক্ষকে জানানোর শেষ সময় ছিল { $due }: { $hours } ঘণ্টা দেরি হয়েছে। দেরির কারণ লিখুন।
       *[other] তদারকি কর্তৃপক্ষকে জানানোর শেষ সময় ছিল { $due }: { $hours } ঘণ্টা দেরি হয়েছে। দেরির কারণ লিখুন।
    }
breach-clock-told =
    { $hours ->
        [one] তদারকি কর্তৃপক্ষকে জানানো হয়েছে { $when }, আমরা জানতে পারার { $hours } ঘণ্টা পরে।
       *[other] তদারকি কর্তৃপক্ষকে জানানো হয়েছে { $when }, আমরা জানতে পারার { $hours } ঘণ্টা পরে।
    }
breach-people-count = সংশ্লিষ্ট মানুষ: { $people } জন। নোটিশ পাঠানো হয়েছে: { $notified }টি।
breach-record-heading = একটি লঙ্ঘন রেকর্ড করুন
breach-discovered-at = লঙ্ঘন কখন ধরা পড়েছে
breach-aware-at = ব্যক্তিগত তথ্য জড়িত বলে আমরা কখন জানতে পেরেছি
breach-aware-at-hint = ৭২ ঘণ্টা এখান থেকে গোনা শুরু। তারিখ ও সময় UTC অনুযায়ী।
breach-processor-reported-at = কোনো প্রসেসর (যে আমাদের হয়ে তথ্য প্রক্রিয়া করে) আমাদের কখন জানিয়েছে (যদি জানিয়ে থাকে)
breach-moment-hint = তারিখ ও সময় UTC অনুযায়ী, যেমন 2026-12-03 14:30।
breach-optional-moment-hint = কোনো প্রসেসর জড়িত না থাকলে খালি রাখুন।
breach-not-given = দেওয়া হয়নি
breach-nature = তথ্যের কী হয়েছে
breach-nature-confidentiality = যার দেখার কথা নয়, এমন কেউ তথ্য দেখে থাকতে পারে (গোপনীয়তা)
breach-nature-integrity = তথ্য ভুলভাবে বদলানো হয়েছে (অখণ্ডতা)
breach-nature-availability = তথ্য হারিয়ে গেছে বা পাওয়া যায়নি (প্রাপ্যতা)
breach-description = কী হয়েছে
breach-description-hint = শুধু রেজিস্টারের জন্য; সংশ্লিষ্ট মানুষদের কখনো দেখানো হয় না। এখানে ব্যক্তিগত তথ্য লিখবেন না।
breach-categories = কোন কোন ধরনের তথ্য জড়িত
breach-approx-people = আনুমানিক কতজন মানুষ
breach-approx-records = আনুমানিক কতগুলো রেকর্ড
breach-consequences = সংশ্লিষ্ট মানুষদের জন্য সম্ভাব্য পরিণতি
breach-consequence-others-may-read = যার কাছে আপনার তথ্য থাকার কথা নয়, এমন কেউ তা পড়তে পারে।
breach-consequence-identity-misuse = কেউ আপনার তথ্য ব্যবহার করে নিজেকে আপনি বলে দাবি করতে পারে।
breach-consequence-contact-by-strangers = অচেনা লোক আপনার সাথে যোগাযোগের চেষ্টা করতে পারে, বা আপনি কোথায় থাকেন তা খুঁজে বের করার চেষ্টা করতে পারে।
breach-consequence-wrong-decision = আপনার বিষয়ে কোনো সিদ্ধান্ত ভুল তথ্যের ভিত্তিতে নেওয়া হতে পারে।
breach-consequence-delay = আপনার কেসে বেশি সময় লাগতে পারে।
breach-consequence-data-lost = আপনার কিছু তথ্য হারিয়ে গিয়ে থাকতে পারে।
breach-measures = আমরা কী করেছি বা করব
breach-measure-access-closed = যে পথে তথ্য বাইরে গেছে, আমরা সেই পথ বন্ধ করেছি।
breach-measure-data-recovered = আমরা তথ্য ফিরিয়ে এনেছি বা আগের অবস্থায় ফিরিয়েছি।
breach-measure-recipient-asked-to-delete = যারা তথ্যটি পেয়েছে, আমরা তাদের তা মুছে ফেলতে বলেছি, আর তারা মুছেছে কিনা যাচাই করেছি।
breach-measure-police-informed = আমরা পুলিশকে জানিয়েছি।
breach-measure-accounts-secured = আমরা পাসওয়ার্ড বদলেছি আর সংশ্লিষ্ট অ্যাকাউন্টগুলো লক করেছি।
breach-measure-staff-trained = যাতে আবার এমন না হয়, সেজন্য আমরা আমাদের কর্মীদের কাজের নিয়ম বদলেছি।
breach-advice = সংশ্লিষ্ট মানুষেরা কী করতে পারেন
breach-advice-watch-for-contact = আপনার কেস নিয়ে হঠাৎ ফোন, মেসেজ এলে বা কেউ দেখা করতে এলে সাবধান থাকুন।
breach-advice-do-not-answer-strangers = কেউ নিজে থেকে আপনার সাথে যোগাযোগ করলে, তাকে কখনো আপনার কেস নম্বর বা জন্মতারিখ দেবেন না।
breach-advice-check-my-data = এই সাইটে আপনার তথ্য দেখে নিন, আর কিছু ভুল থাকলে আমাদের ঠিক করতে বলুন।
breach-advice-tell-helper = কোনো সংস্থা আপনাকে সাহায্য করলে, তাদের এই নোটিশের কথা জানান।
breach-advice-ask-us = কোনো প্রশ্ন থাকলে, বা নিজেকে অনিরাপদ মনে হলে, আমাদের জানান।
breach-risk = সংশ্লিষ্ট মানুষদের ঝুঁকি
breach-risk-unlikely = ঝুঁকির সম্ভাবনা নেই (তদারকি কর্তৃপক্ষকে জানানোর দরকার নেই; কেন, তা লিখুন)
breach-risk-risk = ঝুঁকি আছে (তদারকি কর্তৃপক্ষকে জানান)
breach-risk-high = উচ্চ ঝুঁকি (তদারকি কর্তৃপক্ষ আর প্রত্যেক সংশ্লিষ্ট মানুষকে জানান)
breach-risk-reasoning = ঝুঁকি কেন এমন
breach-risk-reasoning-hint = আপনার যুক্তি রেজিস্টারে রাখা হয়, তদারকি কর্তৃপক্ষ বা সংশ্লিষ্ট মানুষদের না জানানোর সিদ্ধান্ত নিলেও।
breach-record = লঙ্ঘন রেকর্ড করুন
breach-recorded = লঙ্ঘন রেকর্ড করা হয়েছে। ৭২ ঘণ্টার হিসাব চলছে।
breach-tell-heading = তদারকি কর্তৃপক্ষকে জানানো
breach-told-at = তদারকি কর্তৃপক্ষকে কখন জানানো হয়েছে
breach-authority-reference = তদারকি কর্তৃপক্ষের দেওয়া রেফারেন্স নম্বর
breach-delay-reason = দেরি হয়ে থাকলে তার কারণ
breach-delay-reason-hint = আমরা জানতে পারার ৭২ ঘণ্টার বেশি পরে তদারকি কর্তৃপক্ষকে জানানো হলে এটি লাগবে।
breach-tell = তদারকি কর্তৃপক্ষকে জানানো হয়েছে বলে রেকর্ড করুন
breach-authority-recorded = রেকর্ড করা হয়েছে: তদারকি কর্তৃপক্ষকে জানানো হয়েছে।
breach-updates-heading = পরে দেওয়া তথ্য
breach-update = তদারকি কর্তৃপক্ষকে দেওয়া আরও তথ্য
breach-update-hint = প্রথমবার জানানোর পরে আপনি যা জেনেছেন আর তদারকি কর্তৃপক্ষকে জানিয়েছেন।
breach-add-update = এই তথ্য যোগ করুন
breach-update-added = তথ্যটি রেজিস্টারে যোগ করা হয়েছে।
breach-people-heading = সংশ্লিষ্ট মানুষ
breach-people = সংশ্লিষ্ট মানুষদের কেস নম্বর
breach-people-hint = প্রতি লাইনে একটি কেস নম্বর।
breach-add-people = এই মানুষদের যোগ করুন
breach-people-added = মানুষদের যোগ করা হয়েছে। আপনি প্রস্তুত হলে তাঁদের নোটিশ পাঠান।
breach-notify-explained =
    { $people ->
        [one] { $people } জনকে এখনো নোটিশ পাঠানো হয়নি। তিনি লগ ইন করলে নোটিশটি পড়বেন, আর নতুন খবর আছে বলে একটি মেসেজ পাবেন।
       *[other] { $people } জনকে এখনো নোটিশ পাঠানো হয়নি। তাঁরা লগ ইন করলে নোটিশটি পড়বেন, আর নতুন খবর আছে বলে একটি মেসেজ পাবেন।
    }
breach-notify = নোটিশ পাঠান
breach-people-notified = নোটিশ পাঠানো হয়েছে।
breach-notice-heading = আপনার তথ্যে একটি সমস্যা
breach-notice-intro = { $date } তারিখে আমরা জানতে পেরেছি যে আপনার কিছু তথ্যে একটি সমস্যা হয়েছে। আমরা দুঃখিত। কী হয়েছে আর আপনি কী করতে পারেন, তা নিচে লেখা আছে।
breach-notice-data = যে তথ্যে সমস্যা হয়েছে: { $categories }
breach-notice-consequences = কী হতে পারে
breach-notice-measures = আমরা কী করেছি
breach-notice-advice = আপনি কী করতে পারেন
breach-notice-contact = প্রশ্ন আছে? আমাদের তথ্য সুরক্ষা কর্মকর্তাকে লিখুন: { $contact }
breach-notice-sent = আপনাকে জানানো হয়েছে { $date } তারিখে
BR-001 = একটি পূর্ণ সংখ্যা লিখুন, ০ বা তার বেশি।
BR-002 = এই সময় এখনো আসেনি।
BR-003 = এটি লঙ্ঘন ধরা পড়ার আগের সময় হতে পারে না।
BR-004 = আমরা জানতে পারার পর ৭২ ঘণ্টার বেশি পেরিয়ে গেছে: দেরির কারণ লিখুন।
BR-005 = এই লাইনগুলো কোনো কেস নম্বরের সাথে মেলে না। এগুলো ঠিক করুন বা মুছে দিন; এখনো কাউকে যোগ করা হয়নি।
BR-006 = তারিখ ও সময় লিখুন, যেমন 2026-12-03 14:30।
BR-007 = তদারকি কর্তৃপক্ষকে জানানোর কথা আগেই রেকর্ড করা আছে। পরের তথ্য নিচে যোগ করুন।
mail-data-incident-subject = আপনার তথ্য নিয়ে গুরুত্বপূর্ণ খবর
mail-data-incident-body =
    আপনার তথ্য নিয়ে গুরুত্বপূর্ণ খবর আছে। পড়তে লগ ইন করুন: { $url }
sms-data-incident = Amana: আপনার তথ্য নিয়ে গুরুত্বপূর্ণ খবর আছে। পড়তে লগ ইন করুন: { $url }
breach-nature-person-confidentiality = যার দেখার কথা নয়, এমন কেউ আপনার কিছু তথ্য দেখে থাকতে পারে।
breach-nature-person-integrity = আপনার কিছু তথ্য ভুলভাবে বদলানো হয়েছে।
breach-nature-person-availability = আপনার কিছু তথ্য হারিয়ে গেছে, বা কিছু সময় পাওয়া যায়নি।
breach-clocks-heading = তথ্য লঙ্ঘন: তদারকি কর্তৃপক্ষকে জানানো
breach-people-list = কারা সংশ্লিষ্ট, আর প্রত্যেককে কখন নোটিশ পাঠানো হয়েছে
breach-person-reference = কেস নম্বর
breach-person-notified = নোটিশ পাঠানো হয়েছে
breach-person-not-notified = এখনও না
