# Amana — Kiswahili (sw): consent. Every locale has the same keys.

nav-consent = Ridhaa
consent-title = Ridhaa yako
consent-intro = Baadhi ya taarifa zako zinatumika tu ikiwa unakubali. Hapa unaweza kuona kila moja ya matumizi haya, na kutoa ridhaa yako au kuiondoa wakati wowote. Kuiondoa ni rahisi kama kuitoa, na inaanza kufanya kazi mara moja.
notice-consent-changed = Chaguo lako limehifadhiwa. Linaanza kufanya kazi sasa hivi.
consent-given = Umetoa ridhaa yako
consent-not-given = Hujatoa ridhaa yako
consent-give = Toa ridhaa
consent-withdraw = Ondoa ridhaa
consent-history = Historia ya machaguo yako
consent-history-none = Bado hakuna chaguo lililorekodiwa.
consent-history-given = Ridhaa imetolewa
consent-history-withdrawn = Ridhaa imeondolewa
consent-version = toleo la maandishi
my-data-consent-withdrawn = Haitumiki tena: uliondoa ridhaa yako.

purpose-integration-support-explained = Tunatumia taarifa hizi kukupatia nafasi shuleni, kozi za lugha na msaada wa kutafuta kazi. Tunazitoa kwa shule au kwa mtoaji wa kozi ikiwa tu unakubali.
purpose-resettlement-referral-explained = Tunatumia taarifa hizi kukupendekeza uhamishiwe nchi nyingine. Tunazitoa kwa UNHCR na kwa nchi hiyo ikiwa tu unakubali.
purpose-service-updates-explained = Tunakutumia habari kuhusu huduma zinazoweza kukusaidia, kama kozi mpya au mabadiliko ya saa za kufungua ofisi. Ikiwa tu unakubali.
