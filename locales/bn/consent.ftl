# Amana — Bengali (bn): consent. Every locale has the same keys.

nav-consent = সম্মতি
consent-title = আপনার সম্মতি
consent-intro = আপনার কিছু তথ্য শুধু তখনই ব্যবহার করা হয়, যখন আপনি রাজি থাকেন। এখানে আপনি এমন প্রতিটি ব্যবহার দেখতে পারেন, আর যেকোনো সময় সম্মতি দিতে বা ফিরিয়ে নিতে পারেন। সম্মতি ফিরিয়ে নেওয়া দেওয়ার মতোই সহজ, আর তা সঙ্গে সঙ্গে কার্যকর হয়।
notice-consent-changed = আপনার পছন্দ সেভ হয়েছে। এটি এখন থেকেই কার্যকর।
consent-given = আপনি সম্মতি দিয়েছেন
consent-not-given = আপনি সম্মতি দেননি
consent-give = সম্মতি দিন
consent-withdraw = সম্মতি ফিরিয়ে নিন
consent-history = আপনার পছন্দের ইতিহাস
consent-history-none = এখনো কোনো পছন্দ রেকর্ড করা হয়নি।
consent-history-given = সম্মতি দেওয়া হয়েছে
consent-history-withdrawn = সম্মতি ফিরিয়ে নেওয়া হয়েছে
consent-version = লেখার সংস্করণ
my-data-consent-withdrawn = আর ব্যবহার করা হয় না: আপনি সম্মতি ফিরিয়ে নিয়েছেন।

purpose-integration-support-explained = এই তথ্য দিয়ে আমরা আপনাকে স্কুলে ভর্তি, ভাষা কোর্স আর কাজ খুঁজতে সাহায্যের সুযোগ দিই। আপনি রাজি হলে তবেই আমরা এটি স্কুল বা কোর্স চালায় এমন প্রতিষ্ঠানের সাথে শেয়ার করি।
purpose-resettlement-referral-explained = এই তথ্য দিয়ে আমরা আপনাকে অন্য দেশে পুনর্বাসনের জন্য সুপারিশ করি। আপনি রাজি হলে তবেই আমরা এটি UNHCR আর সেই দেশের সাথে শেয়ার করি।
purpose-service-updates-explained = যেসব সেবা আপনার কাজে লাগতে পারে, সেগুলোর খবর আমরা আপনাকে পাঠাই, যেমন নতুন কোর্স বা অফিস খোলার সময়ের পরিবর্তন। শুধু আপনি রাজি হলে।
