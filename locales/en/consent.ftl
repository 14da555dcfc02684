# Amana — English: consent. Every locale has the same keys.

nav-consent = Consent
consent-title = Your consent
consent-intro = Some of your information is only used if you agree. Here you can see each of these uses, give your consent or take it back at any time. Taking it back is as easy as giving it, and it takes effect at once.
notice-consent-changed = Your choice was saved. It takes effect now.
consent-given = You have given your consent
consent-not-given = You have not given your consent
consent-give = Give consent
consent-withdraw = Take back consent
consent-history = History of your choices
consent-history-none = No choices recorded yet.
consent-history-given = Consent given
consent-history-withdrawn = Consent taken back
consent-version = text version
my-data-consent-withdrawn = Not used any more: you took back your consent.

purpose-integration-support-explained = We use this information to offer you school places, language courses and help with finding work. We share it with the school or course provider only if you agree.
purpose-resettlement-referral-explained = We use this information to refer you for resettlement to another country, and share it with UNHCR and that country only if you agree.
purpose-service-updates-explained = We send you news about services that may help you, such as new courses or changes in opening hours. Only if you agree.
