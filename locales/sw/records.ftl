# Amana — Kiswahili (sw): who looked at your data, and downloading it. Every locale has the same keys.

access-title = Nani aliangalia taarifa zangu
access-intro = Kila mara mfanyakazi au msaidizi anapofungua au kubadilisha taarifa zako, inaandikwa hapa: lini, nani (kazi yake na ofisi yake), aliangalia nini, na sababu aliyolazimika kutoa.
access-none = Bado hakuna mtu wa mamlaka wala msaidizi aliyeangalia taarifa zako.
access-no-more = Hakuna kumbukumbu za zamani zaidi.
access-pages = Kurasa
access-newer = Kumbukumbu mpya zaidi
access-older = Kumbukumbu za zamani zaidi
access-fields = Taarifa:
access-reason = Sababu iliyotolewa:
access-source-viewed = Aliangalia faili lako kwenye mfumo wa ofisi yake
access-purpose = Lengo lililotajwa:
access-legal-basis = Msingi wa kisheria uliotajwa:
access-record-viewed = Aliangalia taarifa zako
access-category-opened = Alifungua sehemu nyeti ya taarifa zako
access-request-viewed = Aliangalia mojawapo ya maombi yako
access-field-corrected = Alisahihisha taarifa zako
access-field-erased = Alifuta taarifa zako
access-record-exported = Alitengeneza nakala ya taarifa zako
access-reason-handling-request = Ili kushughulikia ombi lako
access-reason-identity-check = Ili kuthibitisha utambulisho wako
access-reason-safety-concern = Kwa sababu ya wasiwasi kuhusu usalama wa mtu
access-reason-legal-duty = Kwa sababu sheria inataka hivyo

download-title = Pakua taarifa zangu
download-intro = Unaweza kuchukua nakala kamili ya taarifa zote zinazohifadhiwa kukuhusu, maombi yako, machaguo yako ya ridhaa, na nani aliangalia taarifa zako. Itunze mahali salama: ina taarifa binafsi.
download-printable = Nakala ya kusoma
download-printable-explained = Ukurasa katika lugha yako ambao unaweza kuusoma, kuuchapisha au kuuhifadhi kama PDF.
download-json = Nakala ya kompyuta (JSON)
download-json-explained = Faili ambalo huduma nyingine au kompyuta ya msaidizi inaweza kulisoma.
export-title = Nakala ya taarifa zangu
export-print-hint = Ili kuhifadhi ukurasa huu, tumia "Chapisha" (Print) au "Hifadhi kama PDF" kwenye kivinjari chako.
export-generated = Imetengenezwa tarehe
