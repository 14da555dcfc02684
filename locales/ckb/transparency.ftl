# پەڕەی گشتیی ڕوونی (/transparency) و فایلی CSV. هەر کەسێک دەیخوێنێتەوە: وشەی سادە، بێ زاراوەی قورس.
footer-transparency = چۆن مامەڵە لەگەڵ داواکارییەکان دەکەین: ژمارە و ڕێساکان
transparency-title = چۆن مامەڵە لەگەڵ داواکارییەکان دەکەین: ژمارە و ڕێساکان
transparency-intro = هەموو مانگێک بڵاوی دەکەینەوە کە چەند داواکاریمان دەربارەی زانیاریی کەسی وەرگرتووە و وەڵامی چەندیانمان داوەتەوە، بە چ خێراییەک، و بۆچی هەندێکیانمان ڕەت کردووەتەوە. لەم ژمارانەوە کەس ناناسرێتەوە.
transparency-computed-at = ژمارەکان لە { $moment } (کاتی جیهانی، UTC) هەژمار کران. مانگی ئێستا هێشتا تەواو نەبووە.
transparency-none-yet = ژمارەکان هێشتا هەژمار نەکراون. تکایە دواتر بگەڕێوە.
transparency-download = ئەم ژمارانە دابگرە (فایلی CSV)
transparency-rule-heading = چۆن دەژمێرین
transparency-rule-zero = کاتێک هیچ ڕووی نەدابێت، ٠ دەنووسین.
transparency-rule-fewer = لە ١ تا ٧ دەنووسین «کەمتر لە ٨»، بۆ ئەوەی کەس نەناسرێتەوە.
transparency-rule-rounded = ژمارەکانی تر دەگۆڕدرێن بۆ نزیکترین ژمارە کە بەسەر ٥ دابەش دەبێت (وەک ١٠، ١٥ یان ٢٠).
transparency-rule-totals = کۆکان لە ژمارە وردەکانەوە هەژمار دەکرێن و پاشان بە هەمان شێوە دەگۆڕدرێن، بۆیە لەوانەیە جیاواز بن لە کۆی ڕیزەکان.
transparency-rule-rates = کات و ڕێژەی سەدی تەنها کاتێک پیشان دەدرێن کە لانیکەم لە ٢٣ داواکاریی وەڵامدراوەوە هەژمار کرابن.
transparency-rule-quarters = جۆرەکانی داواکاری و هۆکارەکانی ڕەتکردنەوە بۆ هەر چارەکێکی ساڵ (هەر سێ مانگ) پیشان دەدرێن، چونکە ژمارەکانی تەنها یەک مانگ ئەوەندە بچووکن کە ناتوانرێت پیشان بدرێن.
transparency-fewer-than-eight = کەمتر لە ٨
transparency-too-few = ژمارەکە زۆر کەمە
transparency-percent = { $percent }٪
transparency-days =
    { $days ->
        [one] { $days } ڕۆژ
       *[other] { $days } ڕۆژ
    }
transparency-months-heading = داواکارییەکان لە هەر مانگێکدا
transparency-chart-volume = داواکارییە وەرگیراو و داخراوەکان، لە هەر مانگێکدا
transparency-chart-note = ستوونەکان ژمارەکانی خشتەی خوارەوە پیشان دەدەن. ژمارەکانی ژێر ستوونەکان مانگەکانن.
transparency-chart-timely = ڕێژەی ئەو داواکارییانەی لە ماوەی یەک مانگدا وەڵام دراونەتەوە
transparency-chart-timely-note = هێڵێک (–) واتە لەو مانگەدا وەڵامی ئەوەندە کەم داواکاری دراوەتەوە کە ناتوانرێت هیچ بوترێت.
transparency-months-caption = داواکارییەکان لە هەر مانگێکدا، هەموو جۆرەکان پێکەوە
transparency-quarters-heading = هەر جۆرێکی داواکاری، لە هەر چارەکێکی ساڵدا
transparency-quarters-caption = داواکارییەکان بەپێی چارەکی ساڵ و جۆری داواکاری
transparency-reasons-heading = بۆچی داواکارییەکان ڕەت کرانەوە
transparency-reasons-caption = ڕەتکردنەوەکان لە هەر چارەکێکی ساڵدا، بەپێی ئەو هۆکارەی وترا (یەک بڕیار دەکرێت چەند هۆکارێکی هەبێت)
transparency-month = مانگ
transparency-quarter = چارەکی ساڵ
transparency-kind = جۆری داواکاری
transparency-reason = هۆکار
transparency-all-kinds = هەموو جۆرەکان پێکەوە
transparency-received = وەرگیراو
transparency-closed = وەڵام دراوەتەوە یان کشێنراوەتەوە
transparency-median = کاتی ئاسایی بۆ وەڵامدانەوە (ناوەند)
transparency-within-month = لە ماوەی یەک مانگدا وەڵام دراوەتەوە
transparency-within-extended = لە ماوە درێژکراوەکەدا وەڵام دراوەتەوە
transparency-extensions = ماوەی وەڵامدانەوە درێژ کرایەوە
transparency-refusals = ڕەت کراوەتەوە، بە تەواوی یان بەشێکی
transparency-routing-heading = کێ کار لەسەر داواکارییەک دەکات
transparency-routing-intro = هەر داواکارییەکی نوێ بەپێی ئەم ڕێسایانە، بەم ڕیزبەندییە، دەچێت بۆ تیمێک. یەکەم ڕێسا کە لەگەڵی بگونجێت بڕیار دەدات.
transparency-routing-every = لە هەر جۆرێک بن
transparency-routing-kind = لە جۆری «{ $value }» بن
transparency-routing-category = دەربارەی «{ $value }» بن
transparency-routing-language = بە زمانی { $value } نووسرابن
transparency-routing-region = لە ناوچەی { $value } هاتبن
transparency-routing-sensitive = پەیوەندییان بە زانیاریی هەستیارەوە هەبێت
transparency-routing-not-sensitive = هیچ پەیوەندییەکیان بە زانیاریی هەستیارەوە نەبێت
transparency-routing-rule = ئەو داواکارییانەی { $conditions }، دەچن بۆ تیمی «{ $team }».
transparency-routing-rest = هەر داواکارییەکی تر دەچێت بۆ تیمی «{ $team }».
transparency-routing-human = کەسێک لە دەزگاکە بڕیار لەسەر هەموو داواکارییەک دەدات. هیچ کۆمپیوتەرێک بڕیار نادات: ئەم ڕێسایانە تەنها ئەوە هەڵدەبژێرن کە کام تیم داواکارییەکە دەخوێنێتەوە.
transparency-breaches = پێشێلکارییەکانی زانیاریی کەسی کە بە دەزگای چاودێری ڕاگەیەنران
