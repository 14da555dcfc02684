# Amana — Central Kurdish (Sorani): who looked at your data, and downloading it. Every locale has the same keys.

access-title = کێ سەیری زانیارییەکانمی کردووە
access-intro = هەر جارێک کارمەندێک یان یارمەتیدەرێک زانیارییەکانت بکاتەوە یان بیانگۆڕێت، لێرە تۆمار دەکرێت: کەی، کێ (ڕۆڵ و نووسینگەکەی)، سەیری چی کردووە، و ئەو هۆکارەی کە دەبوو بیڵێت.
access-none = هێشتا هیچ کەسێک لە دەزگاکە و هیچ یارمەتیدەرێک سەیری زانیارییەکانتی نەکردووە.
access-no-more = تۆماری کۆنتر نییە.
access-pages = پەڕەکان
access-newer = تۆمارە نوێترەکان
access-older = تۆمارە کۆنترەکان
access-fields = زانیاری:
access-reason = هۆکاری وتراو:
access-source-viewed = لە سیستەمی خۆیاندا سەیری دۆسیەکەتیان کرد
access-purpose = ئەو مەبەستەی وتیان:
access-legal-basis = ئەو بنەما یاساییەی وتیان:
access-record-viewed = سەیری زانیارییەکانتی کرد
access-category-opened = بەشێکی هەستیاری زانیارییەکانتی کردەوە
access-request-viewed = سەیری یەکێک لە داواکارییەکانتی کرد
access-field-corrected = زانیارییەکانتی ڕاست کردەوە
access-field-erased = زانیارییەکانتی سڕییەوە
access-record-exported = کۆپییەکی لە زانیارییەکانت دروست کرد
access-reason-handling-request = بۆ جێبەجێکردنی داواکارییەکەت
access-reason-identity-check = بۆ پشکنینی ناسنامەکەت
access-reason-safety-concern = بەهۆی نیگەرانی دەربارەی سەلامەتیی کەسێک
access-reason-legal-duty = چونکە یاسا داوای دەکات

download-title = زانیارییەکانم دابگرە
download-intro = دەتوانیت کۆپییەکی تەواو وەربگریت لە هەموو ئەو زانیارییانەی دەربارەی تۆ هەن، لە داواکارییەکانت، لە هەڵبژاردنەکانی ڕەزامەندیت و لەوەی کێ سەیری زانیارییەکانتی کردووە. لە شوێنێکی پارێزراو هەڵیبگرە: زانیاریی کەسیی تێدایە.
download-printable = کۆپی بۆ خوێندنەوە
download-printable-explained = پەڕەیەک بە زمانی خۆت کە دەتوانیت بیخوێنیتەوە، چاپی بکەیت یان وەک PDF پاشەکەوتی بکەیت.
download-json = کۆپی بۆ کۆمپیوتەر (JSON)
download-json-explained = فایلێک کە خزمەتگوزارییەکی تر یان کۆمپیوتەری یارمەتیدەرێک دەتوانێت بیخوێنێتەوە.
export-title = کۆپییەک لە زانیارییەکانم
export-print-hint = بۆ هەڵگرتنی ئەم پەڕەیە، لە وێبگەڕەکەتدا «چاپکردن» (Print) یان «پاشەکەوتکردن وەک PDF» بەکار بهێنە.
export-generated = دروستکراوە لە
