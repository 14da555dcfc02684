# Amana — Türkçe: onay. Her dilde aynı anahtarlar vardır.

nav-consent = Onay
consent-title = Onayınız
consent-intro = Bazı bilgileriniz yalnızca siz kabul ederseniz kullanılır. Burada bu kullanımların her birini görebilir, onay verebilir ya da onayınızı istediğiniz zaman geri alabilirsiniz. Onayı geri almak, vermek kadar kolaydır ve hemen geçerli olur.
notice-consent-changed = Seçiminiz kaydedildi. Şu andan itibaren geçerlidir.
consent-given = Onay verdiniz
consent-not-given = Onay vermediniz
consent-give = Onay ver
consent-withdraw = Onayı geri al
consent-history = Seçimlerinizin geçmişi
consent-history-none = Henüz kayıtlı bir seçim yok.
consent-history-given = Onay verildi
consent-history-withdrawn = Onay geri alındı
consent-version = metin sürümü
my-data-consent-withdrawn = Artık kullanılmıyor: onayınızı geri aldınız.

purpose-integration-support-explained = Bu bilgileri size okul yeri, dil kursu ve iş bulmada yardım önermek için kullanırız. Bilgileri okulla ya da kursu veren kurumla yalnızca siz kabul ederseniz paylaşırız.
purpose-resettlement-referral-explained = Bu bilgileri sizi başka bir ülkeye yeniden yerleşim için yönlendirmek amacıyla kullanırız. Bilgileri UNHCR ve o ülkeyle yalnızca siz kabul ederseniz paylaşırız.
purpose-service-updates-explained = Size yardımcı olabilecek hizmetlerle ilgili haberler göndeririz, örneğin yeni kurslar ya da çalışma saatlerindeki değişiklikler. Bunu yalnızca siz kabul ederseniz yaparız.
