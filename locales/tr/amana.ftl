# Amana — Türkçe. Bir kişinin okuduğu her metin buradan gelir; her dil bütün anahtarları tanımlamalıdır.

## The whole site
app-name = Amana
nav-skip = İçeriğe geç
nav-label = Ana menü
nav-language = Dil
nav-my-data = Verilerim
nav-sign-out = Çıkış yap
nav-quick-exit = Hızlı çıkış
footer-fictional = Amana bir deneme sürümüdür. İçindeki kişilerin ve kayıtların hiçbiri gerçek değildir.
form-error-summary = Bir sorun var

## Home
home-title = Verileriniz, haklarınız
home-choose-language = Dilinizi seçin
home-about-heading = Burası nedir?
home-about = Burada kurumun sizinle ilgili hangi kişisel verileri tuttuğunu, bunları neden tuttuğunu ve kimlerle paylaştığını görebilirsiniz. Verilerin düzeltilmesini ya da silinmesini isteyebilir, verilerinize kimin baktığını görebilirsiniz.
home-rights-heading = Haklarınız
right-access = Sizinle ilgili tutulan tüm verileri görün ve bir kopyasını alın.
right-correct = Yanlış verilerin düzeltilmesini isteyin.
right-erase = Verilerin silinmesini isteyin.
right-restrict = Verilerinizin artık kullanılmamasını isteyin.
right-consent = Onayınızı istediğiniz zaman verin ya da geri alın.
right-complain = Bağımsız bir kuruma şikâyette bulunun.
right-who-looked = Verilerinize kimin, neden baktığını görün.
home-rights-free = Haklarınızı kullanmak ücretsizdir. Bir ay içinde yanıt alırsınız. Başvurunuz karmaşıksa bu süre iki ay daha uzatılabilir; o zaman size nedeni bildirilir.
home-sign-in = Giriş yap
notice-signed-out = Çıkış yaptınız. Bu telefonu başkalarıyla birlikte kullanıyorsanız tarayıcıyı şimdi kapatın.

## Not found
not-found-title = Sayfa bulunamadı
not-found-home = Başlangıç sayfasına git

## Sign in
sign-in-title = Giriş yap
sign-in-intro = Belgelerinizde yazan dosya numarasını ve doğum tarihinizi girin. Kayıtlarımızdaki iletişim bilginize tek kullanımlık bir kod göndereceğiz.
sign-in-case-reference = Dosya numarası
sign-in-case-reference-hint = Örneğin DEMO-0001. Belgelerinizde yazılıdır.
sign-in-date-of-birth = Doğum tarihi
sign-in-date-of-birth-hint = Belgelerinizde yazdığı gibi: yıl-ay-gün (1990-01-31) ya da gün/ay/yıl (31/01/1990). Belgelerinizde yalnızca yıl ya da yıl ve ay varsa, sadece onu yazın (1978 ya da 1978-11).
sign-in-send-code = Bana kod gönder
sign-in-privacy = Bir dosya numarasının var olup olmadığını hiç kimseye söylemeyiz.

code-title = Kodunuzu girin
code-intro = Girdiğiniz bilgiler kayıtlarımızla eşleşiyorsa, kayıtlarımızdaki iletişim bilginize 6 haneli bir kod gönderdik. Kod 10 dakika geçerlidir.
code-label = 6 haneli kod
code-hint = Kodu boşluklu da yazabilirsiniz.
code-submit = Giriş yap
code-start-again = Kod gelmedi mi? Baştan başlayın

## My data
my-data-title = Verilerim
my-data-reference = Dosya numarası:
my-data-intro = Sizinle ilgili tutulan her şey, türlerine göre. Bir türün adına dokunun: her bilginin nereden geldiğini, neden ve ne zamana kadar tutulduğunu, kimlere verildiğini ve neler isteyebileceğinizi görürsünüz.
my-data-sensitive = Hassas
my-data-sensitive-explained = Bu hassas bir veridir. Ek koruma altındadır; personel bu veriyi açmak için bir neden belirtmek zorundadır.
my-data-source = Nereden geldi
my-data-purpose = Neden tutuluyor
my-data-legal-basis = Buna izin veren yasa
my-data-kept-until = Ne zamana kadar tutulacak
my-data-shared-with = Kimlerle paylaşılıyor
# How many items of data one kind holds, beside its heading ("Identity · 6 items").
my-data-field-count = { $count ->
    [one] { $count } bilgi
   *[other] { $count } bilgi
}
my-data-why = Neden tutuluyor ve kimlere veriliyor

category-identity = Kimlik
category-contact = İletişim bilgileri
category-family = Aile
category-legal-status = Yasal durum
category-health = Sağlık
category-biometrics = Biyometrik veriler
category-education = Eğitim
category-employment = İş
category-case-history = Dosya geçmişi

field-given-name = Ad
field-family-name = Soyadı
field-date-of-birth = Doğum tarihi
field-place-of-birth = Doğum yeri
field-nationality = Uyruk
field-sex = Cinsiyet
field-native-language = Ana dil
field-document-number = Belge numarası
field-email = E-posta adresi
field-phone = Telefon numarası
field-address = Adres
field-municipality = Belediye
field-marital-status = Medeni durum
field-spouse-name = Eşin adı
field-children-count = Çocuk sayısı
field-dependants = Bakmakla yükümlü olunan diğer kişiler
field-next-of-kin = En yakın akraba
field-residence-status = Oturum durumu
field-permit-type = İzin türü
field-permit-expiry = İznin bitiş tarihi
field-asylum-claim-date = Sığınma başvurusu tarihi
field-appeal-status = İtiraz
field-screening-date = Sağlık taraması tarihi
field-screening-result = Sağlık taraması sonucu
field-vaccinations = Aşılar
field-disability-needs = Engellilikle ilgili destek ihtiyaçları
field-medication-needs = İlaç ihtiyaçları
field-fingerprint-record = Parmak izi kaydı
field-photo-record = Fotoğraf kaydı
field-enrolment-date = Biyometrik kayıt tarihi
field-enrolment-office = Kaydın yapıldığı ofis
field-highest-education = En yüksek eğitim düzeyi
field-languages-spoken = Konuşulan diller
field-school-enrolment = Okul kaydı
field-work-permit = Çalışma izni
field-occupation = Meslek
field-employer = İşveren
field-case-opened = Dosyanın açıldığı tarih
field-case-office = Dosyayla ilgilenen ofis
field-interview-date = Görüşme tarihi
field-last-decision = Son karar
field-decision-date = Son karar tarihi
field-resettlement-referral = Yeniden yerleşim için yönlendirme
field-statistics-cohort = İstatistik grubu

purpose-case-management = Dosyanızla ilgili işlemler
purpose-residence-permit = Oturma izniniz hakkında karar verilmesi
purpose-health-screening = Gelişte sağlık taraması
purpose-family-reunification = Ailenizin bir araya getirilmesi
purpose-biometric-identity = Kimliğinizin doğrulanması
purpose-integration-support = Okul, dil ve iş konusunda destek
purpose-resettlement-referral = Başka bir ülkeye yeniden yerleşim için yönlendirme
purpose-statistics = İsimsiz (anonim) istatistikler
purpose-service-updates = Hizmetlerle ilgili haberler

legal-basis-public-task = Yasayla verilmiş, kamu yararına bir görev
legal-basis-legal-obligation = Kurumun yasal bir yükümlülüğü
legal-basis-consent = Sizin onayınız (geri alabilirsiniz)
legal-basis-vital-interests = Birinin hayatını korumak
legal-basis-contract = Sizinle yapılmış bir sözleşme
legal-basis-legitimate-interests = Haklarınızla karşılaştırılıp tartılmış haklı bir çıkar

recipient-none = Kurum dışında hiç kimse
recipient-border-agency = Sınır kurumu
recipient-municipality = Belediyeniz
recipient-health-service = Kamu sağlık kurumu
recipient-unhcr = UNHCR (BM Mülteci Ajansı)
recipient-education-provider = Okul ya da dil kursu
recipient-resettlement-country = Yeniden yerleşim ülkesi
recipient-statistics-office = İstatistik kurumu (adınız olmadan)

## Values from source systems that have a translation
value-single = Bekâr
value-married = Evli
value-widowed = Dul
value-asylum-seeker = Sığınmacı
value-refugee = Mülteci
value-subsidiary-protection = İkincil koruma
value-temporary-protection = Geçici koruma
value-none = Yok
value-pending = Beklemede
value-closed = Kapandı
value-no-follow-up = Takip gerekmiyor
value-follow-up-booked = Kontrol randevusu alındı
value-complete = Tamamlandı
value-partial = Kısmen
value-unknown = Bilinmiyor
value-mobility-support = Hareket etmede destek
value-hearing-support = İşitme desteği
value-regular-prescription = Düzenli kullanılan reçeteli ilaç
value-primary = İlkokul
value-secondary = Ortaokul / lise
value-vocational = Meslek eğitimi
value-university = Üniversite
value-not-applicable = Geçerli değil
value-enrolled = Kayıtlı
value-waiting-list = Bekleme listesinde
value-yes = Evet
value-no = Hayır
value-applied = Başvuruldu
value-nurse = Hemşire
value-electrician = Elektrikçi
value-teacher = Öğretmen
value-cook = Aşçı
value-driver = Şoför
value-student = Öğrenci
value-interview-scheduled = Görüşme tarihi belirlendi
value-permit-granted = İzin verildi
value-under-review = İnceleniyor
value-not-referred = Yönlendirilmedi
value-referred = Yönlendirildi
value-accepted = Kabul edildi

## Errors (codes are stable; the text says what to do)
SI-001 = Dosya numaranızı girin.
SI-002 = Dosya numarasında yalnızca harf, rakam ve tire (-) olabilir. Belgelerinizde yazdığı gibi girin.
SI-003 = Doğum tarihinizi girin.
SI-004 = Doğum tarihinizi belgelerinizde yazdığı gibi girin, örneğin 1990-01-31 ya da 31/01/1990. Belgelerinizde yalnızca yıl ya da yıl ve ay varsa, sadece onu girin: 1978 ya da 1978-11.
SI-005 = Size gönderdiğimiz mesajdaki kodu girin.
SI-006 = Kod 6 hanelidir. Mesajı kontrol edip yeniden deneyin.
SI-010 = Bu kod yanlış ya da süresi dolmuş. Mesajı kontrol edip yeniden deneyin.
SI-011 = Bu girişin süresi doldu ya da çok fazla deneme yapıldı. Lütfen baştan başlayın.
SI-012 = Çok fazla deneme yapıldı. Lütfen birkaç dakika bekleyip yeniden deneyin.
AU-001 = Oturumunuz sona erdi. Lütfen yeniden giriş yapın.
GEN-400 = Bilgilerin bazıları doğru değil. Formu kontrol edip yeniden deneyin.
GEN-403 = Bu formun süresi doldu. Geri gidin, sayfayı yenileyin ve yeniden deneyin.
GEN-404 = Bu sayfa yok ya da bu sayfayı görme izniniz yok.
GEN-409 = Aynı anda başka biri bunu değiştirdi, bu yüzden hiçbir şey kaydedilmedi. Sayfayı yenileyip yeniden deneyin.
GEN-500 = Bizim tarafımızda bir sorun oldu. Gönderdiğiniz hiçbir şey kaybolmadı. Lütfen birkaç dakika sonra yeniden deneyin.

## E-mails (they never contain personal data)
mail-sign-in-subject = Amana giriş kodunuz
mail-sign-in-body =
    Giriş kodunuz: { $code }

    Kod { $minutes } dakika geçerlidir. Kodu, istediğiniz sayfaya yazın.

    Kod istemediyseniz bu mesajı dikkate almayın. Kod olmadan kimse giriş yapamaz.

## Translation status
footer-draft-translation = Bu çeviri ilk taslaktır. Anlamadığınız bir şey olursa personele ya da bir yardımcıya sorun.

# What search engines show under the portal's name (start and sign-in pages only).
meta-description = Göç idaresinin sizinle ilgili neler tuttuğunu görün; bunların düzeltilmesini, silinmesini ya da artık kullanılmamasını kendi dilinizde isteyin.
