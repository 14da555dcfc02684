# Amana — Central Kurdish (Sorani): consent. Every locale has the same keys.

nav-consent = ڕەزامەندی
consent-title = ڕەزامەندییەکەت
consent-intro = هەندێک لە زانیارییەکانت تەنها ئەگەر تۆ ڕازی بیت بەکار دەهێنرێن. لێرە هەر یەک لەم بەکارهێنانانە دەبینیت، و دەتوانیت ڕەزامەندی بدەیت یان هەر کاتێک بتەوێت وەریبگریتەوە. وەرگرتنەوەی هێندەی دانی ئاسانە، و یەکسەر جێبەجێ دەبێت.
notice-consent-changed = هەڵبژاردنەکەت پاشەکەوت کرا. لە ئێستاوە جێبەجێ دەبێت.
consent-given = تۆ ڕەزامەندیت داوە
consent-not-given = تۆ ڕەزامەندیت نەداوە
consent-give = ڕەزامەندی بدە
consent-withdraw = ڕەزامەندی وەربگرەوە
consent-history = مێژووی هەڵبژاردنەکانت
consent-history-none = هێشتا هیچ هەڵبژاردنێک تۆمار نەکراوە.
consent-history-given = ڕەزامەندی درا
consent-history-withdrawn = ڕەزامەندی وەرگیرایەوە
consent-version = وەشانی دەق
my-data-consent-withdrawn = چیتر بەکار ناهێنرێت: تۆ ڕەزامەندییەکەت وەرگرتەوە.

purpose-integration-support-explained = ئەم زانیارییانە بەکار دەهێنین بۆ ئەوەی شوێنی قوتابخانە، خولی زمان و یارمەتی بۆ دۆزینەوەی کارت پێشکەش بکەین. تەنها ئەگەر تۆ ڕازی بیت، دەیدەین بە قوتابخانەکە یان شوێنی خولەکە.
purpose-resettlement-referral-explained = ئەم زانیارییانە بەکار دەهێنین بۆ ئەوەی ناوت بنێرین بۆ نیشتەجێبوون لە وڵاتێکی تر. تەنها ئەگەر تۆ ڕازی بیت، دەیدەین بە UNHCR و ئەو وڵاتە.
purpose-service-updates-explained = هەواڵی ئەو خزمەتگوزارییانەت بۆ دەنێرین کە لەوانەیە یارمەتیت بدەن، وەک خولی نوێ یان گۆڕانی کاتەکانی کارکردن. تەنها ئەگەر تۆ ڕازی بیت.
