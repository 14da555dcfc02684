# Amana — Central Kurdish (Sorani): exercising rights (requests about one's data). Every locale has the same keys.

nav-my-requests = داواکارییەکانم

## Actions beside each field on My data
action-correct = ئەمە هەڵەیە
action-erase = ئەمە بسڕەوە
action-restrict = بەکارهێنانی ئەمە ڕابگرە
my-data-erase-all = داوای سڕینەوەی هەموو زانیارییەکانم بکە

## Request forms
request-correct-title = زانیارییەکانت ڕاست بکەرەوە
request-erase-title = زانیارییەکانت بسڕەوە
request-restrict-title = بەکارهێنانی زانیارییەکانت ڕابگرە
request-erase-all-title = هەموو زانیارییەکانت بسڕەوە
request-proposed-value = زانیارییە دروستەکە چییە
request-proposed-value-hint = زانیارییە دروستەکە بنووسە.
request-erase-explained = تۆ داوا دەکەیت ئەم زانیارییە بسڕدرێتەوە. هەندێک زانیاری بەپێی یاسا دەبێت هەڵبگیرێت؛ ئەگەر وا بێت، پێت دەڵێین بۆچی.
request-erase-all-explained = تۆ داوا دەکەیت هەموو ئەو زانیارییانەی دەربارەی تۆ هەن بسڕدرێنەوە. هەندێک زانیاری بەپێی یاسا دەبێت هەڵبگیرێت، بۆ نموونە تا دۆسیەکەت کراوە بێت؛ ئەگەر وا بێت، پێت دەڵێین چی و بۆچی.
request-restrict-choose = چیت دەوێت؟
request-restriction-explained = زانیارییەکە بمێنێتەوە، بەڵام تا دەپشکنرێت بەکار نەهێنرێت (بۆ نموونە، چونکە پێت وایە هەڵەیە).
request-objection-explained = زانیارییەکە چیتر بۆ ئەم مەبەستە بەکار نەهێنرێت، بەهۆی بارودۆخی تایبەتیی خۆت.
request-explanation = هەر شتێک کە دەتەوێت زیادی بکەیت (ئەگەر بتەوێت)
request-explanation-hint = بۆ نموونە بۆچی، یان چی ڕوویدا. دەتوانیت دواتریش بەڵگەنامە بنێریت.
request-deadline-explained = داواکردن بێ پارەیە. لە ماوەی یەک مانگدا وەڵام وەردەگریت. ئەگەر داواکارییەکەت ئاڵۆز بێت، دەکرێت ئەم ماوەیە دوو مانگی تر درێژ بکرێتەوە، و پێت دەوترێت بۆچی.
request-send = داواکارییەکەم بنێرە
request-cancel = بگەڕێوە بەبێ ناردن
request-whole-record = هەموو زانیارییەکانم

## Kinds and states of requests
kind-access = کۆپیی زانیارییەکانم
kind-correction = ڕاستکردنەوە
kind-erasure = سڕینەوە
kind-restriction = ڕاگرتنی بەکارهێنان
kind-objection = ناڕەزایی لەسەر بەکارهێنان
kind-complaint = سکاڵا
status-submitted = وەرگیرا
status-in_review = لە پشکنیندایە
status-awaiting_information = چاوەڕێی زانیارییە لە تۆ
status-decided = بڕیاری لەسەر درا
status-completed = تەواو بوو
status-withdrawn = کشێنرایەوە

## My requests
requests-title = داواکارییەکانم
requests-intro = لێرە دەتوانیت بەدوای هەموو ئەو شتانەدا بچیت کە داوات کردوون، ببینیت لە چ ڕێکەوتێکدا وەڵام وەردەگریت، و نامەکان بخوێنیتەوە.
requests-none = هێشتا هیچ داواکارییەکت نەناردووە. بۆ ناردنی داواکاری، بڕۆ بۆ «زانیارییەکانم» و زانیارییەک هەڵبژێرە.
requests-back = گەڕانەوە بۆ داواکارییەکانم
request-title = داواکارییەکەت
request-reference = ژمارەی داواکاری
request-kind = داواکاری
request-about = دەربارەی
request-status = دۆخ
request-received = وەرگیراوە لە
request-due = وەڵام دەدرێتەوە تا
request-extended = ماوەی وەڵامدانەوە درێژ کرایەوە. هۆکار:
request-decision = بڕیارەکە
request-timeline = چی ڕوویداوە
request-upstream = لە سیستەمەکانی خودی دەزگاکەدا
request-upstream-done = لە { $system } جێبەجێ کرا لە { $date }.
request-upstream-waiting = هێشتا لە { $system } جێبەجێ نەکراوە. کارمەندان بەدواداچوونی بۆ دەکەن.
request-messages = نامەکان
request-no-messages = هێشتا هیچ نامەیەک نییە.
request-add-information = زانیاری زیاد بکە یان وەڵام بدەرەوە
request-add-information-hint = ئەگەر دەتەوێت شتێک زیاد بکەیت یان وەڵامی پرسیارێک بدەیتەوە، لێرە بنووسە.
request-send-information = بنێرە
request-withdraw = ئەم داواکارییە بکشێنەوە
notice-request-filed = داواکارییەکەت وەرگیرا. نامەیەکی پشتڕاستکردنەوەمان بۆ ناردوویت.
notice-request-sent = نامەکەت بۆ داواکارییەکە زیاد کرا.
notice-request-withdrawn = داواکارییەکەت کشێنرایەوە. چیتر هیچ کارێکی لەسەر ناکرێت.

actor-you = تۆ
actor-system = ئامانە
actor-source = { $role } · { $office } (لە { $system })
role-caseworker = کارمەندی دۆسیە
role-reviewer = پشکنەر
role-dpo = بەرپرسی پاراستنی زانیاری
role-admin = بەڕێوەبەر
role-auditor = وردبین

timeline-submitted = داواکاری وەرگیرا
timeline-in-review = لە پشکنیندایە
timeline-information-requested = داوای زانیاریی زیاتر کرا
timeline-information-added = زانیاری زیاد کرا
timeline-extended = ماوەی وەڵامدانەوە درێژ کرایەوە
timeline-decided = بڕیار درا
timeline-completed = تەواو بوو
timeline-withdrawn = داواکاری کشێنرایەوە

reason-legal-obligation = یاسا داوامان لێدەکات ئەم زانیارییە هەڵبگرین.
reason-still-needed-for-case = ئەم زانیارییە هێشتا بۆ دۆسیە کراوەکەت پێویستە.
reason-accuracy-confirmed = زانیارییەکەمان پشکنی و دروستە.
reason-public-interest = ئەم بەکارهێنانە بۆ ئەرکێکی بەرژەوەندیی گشتی پێویستە، و ئەو ئەرکە لە بارودۆخی تایبەتیی تۆ گرنگترە.

## Withdrawing
withdraw-title = داواکارییەکەت دەکشێنیتەوە؟
withdraw-explained = ئەگەر بیکشێنیتەوە، کارکردن لەسەر ئەم داواکارییە ڕادەگرین. هەر کاتێک بتەوێت دەتوانیت داواکارییەکی نوێ بنێریت.
withdraw-confirm = بەڵێ، بیکشێنەوە
withdraw-cancel = نەخێر، داواکارییەکەم بهێڵەوە

## Errors
RQ-001 = پێشتر داواکارییەکی کراوەت دەربارەی ئەمە هەیە. دەتوانیت لە «داواکارییەکانم» بەدوایدا بچیت.
RQ-002 = بڕیار لەسەر ئەم داواکارییە دراوە یان کشێنراوەتەوە، بۆیە ناتوانرێت بگۆڕدرێت.
RQ-010 = بنووسە زانیارییەکە دەبێت چی بێت.
RQ-011 = ئەمە زۆر درێژە. تکایە کورتی بکەرەوە بۆ ٥٠٠ پیت.
RQ-012 = ئەمە زۆر درێژە. تکایە کورتی بکەرەوە بۆ ٢٠٠٠ پیت.
RQ-013 = ئەمە هەمان ئەو زانیارییەیە کە لامان هەیە. لە جیاتی ئەوە، بنووسە دەبێت چی بێت.
RQ-014 = پێش ناردن نامەیەک بنووسە.
RQ-015 = ئەمە زۆر درێژە. تکایە کورتی بکەرەوە بۆ ٢٠٠٠ پیت.
RQ-016 = یەکێک لە هەڵبژاردنەکان دیاری بکە.

## E-mails (they never contain personal data)
mail-request-received-subject = داواکارییەکەتمان وەرگرت
mail-request-received-body =
    داواکارییەکەتمان وەرگرت. لە ماوەی یەک مانگدا وەڵام وەردەگریت.

    بۆ بەدواداچوونی بچۆ ژوورەوە: { $url }
mail-request-news-subject = هەواڵی نوێ دەربارەی داواکارییەکەت هەیە
mail-request-news-body =
    هەواڵی نوێ دەربارەی داواکارییەکەت هەیە. بۆ خوێندنەوەی بچۆ ژوورەوە: { $url }

## Documents
request-evidence = بەڵگەنامەیەک (ئەگەر بتەوێت)
request-evidence-hint = فایلی PDF یان وێنەیەک (JPEG یان PNG)، تا ٥ مێگابایت. بۆ نموونە بەڵگەنامەیەکی فەرمی کە زانیارییە دروستەکە پیشان دەدات.
request-documents = ئەو بەڵگەنامانەی ناردووتن
request-document = بەڵگەنامە
RQ-020 = فایلەکە زۆر گەورەیە. فایلێک بنێرە کە لە ٥ مێگابایت گەورەتر نەبێت.
RQ-021 = ئەم جۆرە فایلە وەرناگیرێت. فایلی PDF یان وێنەیەک (JPEG یان PNG) بنێرە.
RQ-022 = ئەم داواکارییە گەیشتووەتە زۆرترین ژمارەی بەڵگەنامە کە دەتوانێت هەیبێت (٢٠ فایل، بە گشتی ٥٠ مێگابایت). لە جیاتی ئەوە نامەیەک بنووسە، یان لێمان بپرسە چۆن زیاتر بنێریت.
