# Amana — Amharic (አማርኛ): consent. Every locale has the same keys.

nav-consent = ፈቃድ
consent-title = የእርስዎ ፈቃድ
consent-intro = ከመረጃዎ አንዳንዱ ጥቅም ላይ የሚውለው እርስዎ ከተስማሙ ብቻ ነው። እዚህ እያንዳንዱን አጠቃቀም ማየት፣ ፈቃድዎን መስጠት ወይም በማንኛውም ጊዜ መልሰው መውሰድ ይችላሉ። መልሶ መውሰድ እንደ መስጠት ቀላል ነው፤ ወዲያውኑም ተግባራዊ ይሆናል።
notice-consent-changed = ምርጫዎ ተቀምጧል። ከአሁኑ ጀምሮ ተግባራዊ ይሆናል።
consent-given = ፈቃድዎን ሰጥተዋል
consent-not-given = ፈቃድዎን አልሰጡም
consent-give = ፈቃድ ይስጡ
consent-withdraw = ፈቃድዎን መልሰው ይውሰዱ
consent-history = የምርጫዎችዎ ታሪክ
consent-history-none = እስካሁን የተመዘገበ ምርጫ የለም።
consent-history-given = ፈቃድ ተሰጥቷል
consent-history-withdrawn = ፈቃድ መልሶ ተወስዷል
consent-version = የጽሑፍ እትም
my-data-consent-withdrawn = ከእንግዲህ ጥቅም ላይ አይውልም፤ ፈቃድዎን መልሰው ወስደዋል።

purpose-integration-support-explained = ይህን መረጃ የምንጠቀመው የትምህርት ቤት ቦታ፣ የቋንቋ ኮርሶች እና ሥራ ለማግኘት የሚረዳ ድጋፍ ለእርስዎ ለማቅረብ ነው። ለትምህርት ቤቱ ወይም ለኮርስ ሰጪው የምናጋራው እርስዎ ከተስማሙ ብቻ ነው።
purpose-resettlement-referral-explained = ይህን መረጃ የምንጠቀመው ወደ ሌላ አገር እንዲዛወሩ ጉዳይዎን ለመላክ (ሪፈራል) ነው። ለUNHCR እና ለዚያ አገር የምናጋራው እርስዎ ከተስማሙ ብቻ ነው።
purpose-service-updates-explained = ሊረዱዎት ስለሚችሉ አገልግሎቶች ዜና እንልክልዎታለን፤ ለምሳሌ ስለ አዳዲስ ኮርሶች ወይም ስለ ሥራ ሰዓት ለውጦች። ይህን የምናደርገው እርስዎ ከተስማሙ ብቻ ነው።
