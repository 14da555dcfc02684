# Amana — Tigrinya (ትግርኛ): consent. Every locale has the same keys.

nav-consent = ስምምዕ
consent-title = ስምምዕኩም
consent-intro = ገለ ካብ ሓበሬታኹም እንተ ተሰማሚዕኩም ጥራይ ኢና ንጥቀመሉ። ኣብዚ ነፍሲ ወከፍ ካብዚ ኣጠቓቕማታት ክትርእዩ፣ ስምምዕኩም ክትህቡ ወይ ኣብ ዝኾነ ግዜ ክትስሕቡ ትኽእሉ ኢኹም። ምስሓብ ከም ምሃብ ቀሊል እዩ፣ ብኡንብኡ ድማ ይሰርሕ።
notice-consent-changed = ምርጫኹም ተዓቂቡ። ካብ ሕጂ ይሰርሕ።
consent-given = ስምምዕኩም ሂብኩም ኣለኹም
consent-not-given = ስምምዕኩም ኣይሃብኩምን
consent-give = ስምምዕ ሃቡ
consent-withdraw = ስምምዕ ስሓቡ
consent-history = ታሪኽ ምርጫታትኩም
consent-history-none = ክሳብ ሕጂ ዝተመዝገበ ምርጫ የለን።
consent-history-given = ስምምዕ ተዋሂቡ
consent-history-withdrawn = ስምምዕ ተሳሒቡ
consent-version = ሕታም ጽሑፍ
my-data-consent-withdrawn = ድሕሪ ሕጂ ኣይንጥቀመሉን: ስምምዕኩም ስሒብኩም ኢኹም።

purpose-integration-support-explained = ነዚ ሓበሬታ ቦታ ኣብ ቤት ትምህርቲ፣ ኮርስ ቋንቋን ስራሕ ንምርካብ ሓገዝን ንምሃብኩም ኢና ንጥቀመሉ። ንቤት ትምህርቲ ወይ ንኮርስ ዝህብ ኣካል እንተ ተሰማሚዕኩም ጥራይ ኢና ንህቦ።
purpose-resettlement-referral-explained = ነዚ ሓበሬታ ንምስፋር ናብ ካልእ ሃገር ጉዳይኩም ንምቕራብ ኢና ንጥቀመሉ። ንUNHCRን ነታ ሃገርን እንተ ተሰማሚዕኩም ጥራይ ኢና ንህቦ።
purpose-service-updates-explained = ክሕግዙኹም ዝኽእሉ ኣገልግሎታት ዜና ንሰደልኩም፣ ንኣብነት ሓደሽቲ ኮርሳት ወይ ለውጢ ሰዓታት ስራሕ። እንተ ተሰማሚዕኩም ጥራይ።
