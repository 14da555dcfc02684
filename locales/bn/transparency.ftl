# সবার জন্য খোলা স্বচ্ছতার পাতা (/transparency) আর এর CSV ফাইল। যে কেউ পড়তে পারেন: সহজ কথা, কঠিন শব্দ নয়।
footer-transparency = আমরা কীভাবে অনুরোধ সামলাই: সংখ্যা ও নিয়ম
transparency-title = আমরা কীভাবে অনুরোধ সামলাই: সংখ্যা ও নিয়ম
transparency-intro = প্রতি মাসে আমরা জানাই: ব্যক্তিগত তথ্য নিয়ে কতগুলো অনুরোধ পেয়েছি আর কতগুলোর উত্তর দিয়েছি, কত তাড়াতাড়ি দিয়েছি, আর কিছু অনুরোধ কেন মঞ্জুর করিনি। এই সংখ্যাগুলো দেখে কাউকে চেনা যায় না।
transparency-computed-at = সংখ্যাগুলো হিসাব করা হয়েছে { $moment } (UTC)। চলতি মাস এখনো শেষ হয়নি।
transparency-none-yet = সংখ্যাগুলো এখনো হিসাব করা হয়নি। দয়া করে পরে আবার আসুন।
transparency-download = এই সংখ্যাগুলো ডাউনলোড করুন (CSV ফাইল)
transparency-rule-heading = আমরা কীভাবে গুনি
transparency-rule-zero = কিছু না ঘটলে আমরা ০ লিখি।
transparency-rule-fewer = ১ থেকে ৭ হলে আমরা লিখি "৮-এর কম", যাতে কাউকে চেনা না যায়।
transparency-rule-rounded = অন্য সংখ্যাগুলো আমরা ৫-এর সবচেয়ে কাছের গুণিতকে মিলিয়ে লিখি।
transparency-rule-totals = মোট সংখ্যা আমরা সঠিক সংখ্যা থেকে হিসাব করি, তারপর মিলিয়ে লিখি। তাই মোট সংখ্যা সারিগুলোর যোগফল থেকে আলাদা হতে পারে।
transparency-rule-rates = সময় আর শতাংশ আমরা তখনই দেখাই, যখন সেগুলো অন্তত ২৩টি অনুরোধের ওপর ভিত্তি করে, যেগুলোর উত্তর দেওয়া হয়েছে।
transparency-rule-quarters = অনুরোধের ধরন আর মঞ্জুর না করার কারণ আমরা প্রতি তিন মাস (ত্রৈমাসিক) হিসেবে দেখাই, কারণ আলাদা আলাদা মাসে সংখ্যাগুলো দেখানোর জন্য খুব ছোট হয়ে যেত।
transparency-fewer-than-eight = ৮-এর কম
transparency-too-few = বলার মতো যথেষ্ট নয়
transparency-percent = { $percent }%
transparency-days =
    { $days ->
        [one] { $days } দিন
       *[other] { $days } দিন
    }
transparency-months-heading = মাস অনুযায়ী অনুরোধ
transparency-chart-volume = প্রতি মাসে পাওয়া ও শেষ করা অনুরোধ
transparency-chart-note = বারগুলো নিচের টেবিলের সংখ্যা দেখায়। বারের নিচের সংখ্যাগুলো হলো মাস।
transparency-chart-timely = এক মাসের মধ্যে উত্তর দেওয়া অনুরোধের ভাগ
transparency-chart-timely-note = ড্যাশ মানে, সেই মাসে এত কম অনুরোধের উত্তর দেওয়া হয়েছে যে কিছু বলা যায় না।
transparency-months-caption = মাস অনুযায়ী অনুরোধ, সব ধরন একসাথে
transparency-quarters-heading = প্রতিটি ধরনের অনুরোধ, তিন মাস অনুযায়ী
transparency-quarters-caption = তিন মাস আর অনুরোধের ধরন অনুযায়ী অনুরোধ
transparency-reasons-heading = কেন অনুরোধ মঞ্জুর করা হয়নি
transparency-reasons-caption = তিন মাস অনুযায়ী মঞ্জুর না করা অনুরোধ, জানানো কারণ অনুযায়ী (একটি সিদ্ধান্তে কয়েকটি কারণ থাকতে পারে)
transparency-month = মাস
transparency-quarter = তিন মাস
transparency-kind = অনুরোধের ধরন
transparency-reason = কারণ
transparency-all-kinds = সব ধরন একসাথে
transparency-received = পাওয়া গেছে
transparency-closed = উত্তর দেওয়া হয়েছে বা তুলে নেওয়া হয়েছে
transparency-median = উত্তর দিতে সাধারণত কত সময় লাগে (মধ্যমা)
transparency-within-month = এক মাসের মধ্যে উত্তর
transparency-within-extended = বাড়ানো সময়ের মধ্যে উত্তর
transparency-extensions = উত্তরের সময় বাড়ানো হয়েছে
transparency-refusals = পুরোপুরি বা আংশিক মঞ্জুর করা হয়নি
transparency-routing-heading = কে অনুরোধ দেখেন
transparency-routing-intro = নতুন অনুরোধ এই নিয়মগুলো মেনে, এই ক্রমে, একটি দলের কাছে যায়। যে নিয়ম প্রথমে মেলে, সেটিই ঠিক করে।
transparency-routing-every = সব ধরনের
transparency-routing-kind = "{ $value }" ধরনের
transparency-routing-category = "{ $value }" বিষয়ক
transparency-routing-language = { $value } ভাষায় লেখা
transparency-routing-region = { $value } অঞ্চল থেকে আসা
transparency-routing-sensitive = সংবেদনশীল তথ্য জড়িত
transparency-routing-not-sensitive = সংবেদনশীল তথ্য জড়িত নয় এমন
transparency-routing-rule = { $conditions } অনুরোধ "{ $team }" দলে যায়।
transparency-routing-rest = অন্য সব অনুরোধ "{ $team }" দলে যায়।
transparency-routing-human = প্রতিটি অনুরোধের সিদ্ধান্ত নেন কর্তৃপক্ষের একজন মানুষ। কোনো কম্পিউটার সিদ্ধান্ত নেয় না: এই নিয়মগুলো শুধু ঠিক করে, কোন দল অনুরোধটি পড়বে।
transparency-breaches = তদারকি কর্তৃপক্ষকে জানানো ব্যক্তিগত তথ্যের লঙ্ঘন
