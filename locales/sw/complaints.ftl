# Amana — Kiswahili (sw): complaints. Every locale has the same keys.

footer-oversight = Chombo huru cha usimamizi:
footer-complain = Lalamika kuhusu jinsi taarifa zako zilivyoshughulikiwa
complaint-title = Wasilisha malalamiko
complaint-intro = Ikiwa unafikiri taarifa zako hazikushughulikiwa ipasavyo, tuambie hapa. Malalamiko yanakwenda kwa afisa wa ulinzi wa taarifa tu, kamwe si kwa wafanyakazi wanaolalamikiwa.
complaint-oversight-explained = Unaweza pia kulalamika moja kwa moja kwa chombo hiki huru, wakati wowote, bila malipo.
complaint-signed-in = Umeingia, kwa hiyo malalamiko yako yataunganishwa na kesi yako, na utaweza kuyafuatilia kwenye "Maombi yangu".
complaint-anonymous = Hujaingia, kwa hiyo malalamiko yako hayatakuwa na jina lako. Utapata msimbo wa risiti ili kuyafuatilia. Hakuna mtu atakayeweza kuwasiliana nawe.
complaint-text = Nini kilitokea?
complaint-text-hint = Andika kwa maneno yako mwenyewe. Usiandike taarifa za watu wengine.
complaint-related = Je, yanahusu mojawapo ya maombi yako? (si lazima)
complaint-related-none = Hapana, hayahusu ombi lolote
complaint-send = Tuma malalamiko yangu
complaint-follow-link = Fuatilia malalamiko yasiyo na jina kwa msimbo wa risiti

receipt-title = Malalamiko yako yamepokelewa
receipt-intro = Msimbo wako wa risiti ni:
receipt-keep-safe = Andika msimbo huu na uutunze mahali salama. Unaonyeshwa mara moja tu, na ndiyo njia pekee ya kufuatilia malalamiko yako.
receipt-follow = Angalia malalamiko yako
receipt-gone = Msimbo wa risiti unaonyeshwa mara moja tu. Ikiwa unao, unaweza kuutumia kufuatilia malalamiko yako.

lookup-title = Fuatilia malalamiko
lookup-intro = Andika msimbo wa risiti uliopata ulipotuma malalamiko yako.
lookup-code = Msimbo wa risiti
lookup-code-hint = Herufi na tarakimu 16, kwa mfano ABCD-EF23-GH45-JK67.
lookup-submit = Onyesha malalamiko yangu
complaint-status-title = Malalamiko yako
status-no-complaint = Hakuna malalamiko ya kuonyesha. Kwanza andika msimbo wako wa risiti.

CP-001 = Andika kilichotokea kabla ya kutuma.
CP-002 = Maandishi ni marefu mno. Tafadhali yafupishe yasizidi herufi 2000.
CP-003 = Chagua mojawapo ya maombi yako mwenyewe, au usichague lolote.
CP-004 = Hakuna malalamiko yenye msimbo huu wa risiti. Angalia msimbo na ujaribu tena.
complaint-staff-member = Jina au barua pepe ya mfanyakazi, ikiwa malalamiko yanamhusu mfanyakazi fulani (si lazima)
complaint-staff-member-hint = Ikiwa unajua nani alishughulikia taarifa zako vibaya, andika hapa. Mtu huyo hataona malalamiko yako kamwe.
