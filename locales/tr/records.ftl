# Amana — Türkçe: verilerinize kim baktı ve verilerin indirilmesi. Her dilde aynı anahtarlar vardır.

access-title = Verilerime kim baktı
access-intro = Bir personel ya da yardımcı bilgilerinizi her açtığında ya da değiştirdiğinde bu, burada kaydedilir: ne zaman, kim (görevi ve ofisi), neye baktı ve belirtmek zorunda olduğu neden.
access-none = Kurumdan ya da bir yardımcıdan henüz kimse verilerinize bakmadı.
access-no-more = Daha eski kayıt yok.
access-pages = Sayfalar
access-newer = Daha yeni kayıtlar
access-older = Daha eski kayıtlar
access-fields = Bilgiler:
access-reason = Belirtilen neden:
access-source-viewed = Dosyanıza kendi sistemlerinde baktı
access-purpose = Belirttikleri amaç:
access-legal-basis = Belirttikleri yasal dayanak:
access-record-viewed = Verilerinize baktı
access-category-opened = Verilerinizin hassas bir bölümünü açtı
access-request-viewed = Başvurularınızdan birine baktı
access-field-corrected = Verilerinizi düzeltti
access-field-erased = Verilerinizi sildi
access-record-exported = Verilerinizin bir kopyasını aldı
access-reason-handling-request = Başvurunuzla ilgilenmek için
access-reason-identity-check = Kimliğinizi kontrol etmek için
access-reason-safety-concern = Birinin güvenliğiyle ilgili bir endişe nedeniyle
access-reason-legal-duty = Yasa bunu gerektirdiği için

download-title = Verilerimi indir
download-intro = Sizinle ilgili tutulan her şeyin, başvurularınızın, onay seçimlerinizin ve verilerinize kimin baktığının tam bir kopyasını alabilirsiniz. Kopyayı güvenli bir yerde saklayın: içinde kişisel bilgiler var.
download-printable = Okunabilir kopya
download-printable-explained = Kendi dilinizde, okuyabileceğiniz, yazdırabileceğiniz ya da PDF olarak kaydedebileceğiniz bir sayfa.
download-json = Bilgisayarlar için kopya (JSON)
download-json-explained = Başka bir hizmetin ya da bir yardımcının bilgisayarının okuyabileceği bir dosya.
export-title = Verilerimin kopyası
export-print-hint = Bu sayfayı saklamak için tarayıcınızın "Yazdır" ya da "PDF olarak kaydet" seçeneğini kullanın.
export-generated = Oluşturulma tarihi
