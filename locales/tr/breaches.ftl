# Veri ihlali kayıt defteri (veri koruma görevlisi için) ve bir kişinin, kendi verileriyle ilgili bir ihlal hakkında okuduğu bildirim.
nav-breaches = Veri ihlalleri
breaches-title = Veri ihlali kayıt defteri
breaches-intro = Kişisel verilerle ilgili her ihlal, bildirilmesi gereksin ya da gerekmesin, buraya kaydedilir. İhlal, ihlali öğrendiğimiz andan itibaren 72 saat içinde denetim makamına bildirilmelidir; ancak ihlalin kimseyi riske atması olası değilse bildirim gerekmez.
breaches-none = Kayıtlı bir ihlal yok.
breach-title = Veri ihlali
breach-back = Veri ihlali kayıt defterine geri dön
breach-reference = Referans numarası
breach-clock-left =
    { $hours ->
        [one] Denetim makamına bildirim için son an: { $due }. { $hours } saat kaldı.
       *[other] Denetim makamına bildirim için son an: { $due }. { $hours } saat kaldı.
    }
breach-clock-late =
    { $hours ->
        [one] Denetim makamına bildirim için son an { $due } idi: { $hours } saat geç kalındı. Gecikmenin nedenini yazın.
       *[other] Denetim makamına bildirim için son an { $due } idi: { $hours } saat geç kalındı. Gecikmenin nedenini yazın.
    }
breach-clock-told =
    { $hours ->
        [one] Denetim makamına { $when } tarihinde, ihlali öğrenmemizden { $hours } saat sonra bildirildi.
       *[other] Denetim makamına { $when } tarihinde, ihlali öğrenmemizden { $hours } saat sonra bildirildi.
    }
breach-people-count = İlgili kişiler: { $people }. Gönderilen bildirimler: { $notified }.
breach-record-heading = Bir ihlali kaydet
breach-discovered-at = İhlalin fark edildiği zaman
breach-aware-at = Kişisel verilerin etkilendiğini öğrendiğimiz zaman
breach-aware-at-hint = 72 saat buradan başlar. Tarih ve saat UTC olarak.
breach-processor-reported-at = Bir veri işleyen bize bildirdiyse, bildirdiği zaman
breach-moment-hint = Tarih ve saat UTC olarak, örneğin 2026-12-03 14:30.
breach-optional-moment-hint = Hiçbir veri işleyen yer almadıysa boş bırakın.
breach-not-given = Belirtilmedi
breach-nature = Verilere ne oldu
breach-nature-confidentiality = Verileri, görmemesi gereken biri görmüş olabilir (gizlilik)
breach-nature-integrity = Veriler yanlış şekilde değiştirildi (bütünlük)
breach-nature-availability = Veriler kayboldu ya da verilere ulaşılamadı (erişilebilirlik)
breach-description = Ne oldu
breach-description-hint = Yalnızca kayıt defteri içindir, ilgili kişilere asla gösterilmez. Buraya kişisel veri yazmayın.
breach-categories = İlgili veri türleri
breach-approx-people = Yaklaşık kaç kişi
breach-approx-records = Yaklaşık kaç kayıt
breach-consequences = İlgili kişiler için olası sonuçlar
breach-consequence-others-may-read = Bilgilerinize sahip olmaması gereken biri onları okuyabilir.
breach-consequence-identity-misuse = Biri, kendini siz gibi göstermek için bilgilerinizi kullanabilir.
breach-consequence-contact-by-strangers = Tanımadığınız kişiler sizinle iletişim kurmaya ya da nerede yaşadığınızı bulmaya çalışabilir.
breach-consequence-wrong-decision = Sizinle ilgili bir karar yanlış bilgilere dayanabilir.
breach-consequence-delay = Dosyanızın sonuçlanması daha uzun sürebilir.
breach-consequence-data-lost = Bilgilerinizin bir kısmı kaybolmuş olabilir.
breach-measures = Ne yaptık ya da ne yapacağız
breach-measure-access-closed = Bilgilerin dışarı çıktığı yolu kapattık.
breach-measure-data-recovered = Bilgileri geri aldık ya da eski hâline getirdik.
breach-measure-recipient-asked-to-delete = Bilgileri kim aldıysa silmesini istedik ve sildiğini kontrol ettik.
breach-measure-police-informed = Polise haber verdik.
breach-measure-accounts-secured = Şifreleri değiştirdik ve ilgili hesapları kilitledik.
breach-measure-staff-trained = Bu bir daha olmasın diye personelimizin çalışma şeklini değiştirdik.
breach-advice = İlgili kişiler ne yapabilir
breach-advice-watch-for-contact = Dosyanızla ilgili beklenmedik aramalara, mesajlara ya da ziyaretlere karşı dikkatli olun.
breach-advice-do-not-answer-strangers = Sizinle ilk önce kendisi iletişime geçen birine dosya numaranızı ya da doğum tarihinizi asla vermeyin.
breach-advice-check-my-data = Bu sitede verilerinize bakın; yanlış bir şey varsa düzeltmemizi isteyin.
breach-advice-tell-helper = Size yardım eden bir kuruluş varsa, onlara bu bildirimden söz edin.
breach-advice-ask-us = Sorunuz varsa ya da kendinizi güvende hissetmiyorsanız bize ulaşın.
breach-risk = İlgili kişiler için risk
breach-risk-unlikely = Risk oluşturması olası değil (denetim makamına bildirim gerekmez; nedenini yazın)
breach-risk-risk = Risk var (denetim makamına bildirin)
breach-risk-high = Yüksek risk (denetim makamına ve ilgili her kişiye bildirin)
breach-risk-reasoning = Risk neden bu düzeyde
breach-risk-reasoning-hint = Gerekçeniz kayıt defterinde saklanır; denetim makamına ya da ilgili kişilere bildirmemeye karar verdiğinizde de.
breach-record = İhlali kaydet
breach-recorded = İhlal kaydedildi. 72 saatlik süre işliyor.
breach-tell-heading = Denetim makamına bildirim
breach-told-at = Denetim makamına bildirildiği zaman
breach-authority-reference = Denetim makamının verdiği numara
breach-delay-reason = Gecikme olduysa nedeni
breach-delay-reason-hint = Denetim makamına, ihlali öğrenmemizden 72 saatten daha sonra bildirildiyse gereklidir.
breach-tell = Denetim makamına bildirildiğini kaydet
breach-authority-recorded = Kaydedildi: denetim makamına bildirildi.
breach-updates-heading = Sonradan verilen bilgiler
breach-update = Denetim makamına verilen ek bilgi
breach-update-hint = İlk bildirimden sonra öğrendiğiniz ve denetim makamına ilettiğiniz bilgiler.
breach-add-update = Bu bilgiyi ekle
breach-update-added = Bilgi kayıt defterine eklendi.
breach-people-heading = İlgili kişiler
breach-people = İlgili kişilerin dosya numaraları
breach-people-hint = Her satıra bir dosya numarası.
breach-add-people = Bu kişileri ekle
breach-people-added = Kişiler eklendi. Hazır olduğunuzda onlara bildirimi gönderin.
breach-notify-explained =
    { $people ->
        [one] { $people } kişiye bildirim henüz gönderilmedi. Kişi bildirimi giriş yaptığında okuyacak ve yeni bir gelişme olduğunu bildiren bir mesaj alacak.
       *[other] { $people } kişiye bildirim henüz gönderilmedi. Bu kişiler bildirimi giriş yaptıklarında okuyacak ve yeni bir gelişme olduğunu bildiren bir mesaj alacak.
    }
breach-notify = Bildirimi gönder
breach-people-notified = Bildirimler gönderildi.
breach-notice-heading = Verilerinizle ilgili bir sorun
breach-notice-intro = { $date } tarihinde, bazı bilgilerinizle ilgili bir sorun olduğunu öğrendik. Özür dileriz. Ne olduğunu ve neler yapabileceğinizi aşağıda okuyabilirsiniz.
breach-notice-data = Etkilenen bilgiler: { $categories }
breach-notice-consequences = Neler olabilir
breach-notice-measures = Ne yaptık
breach-notice-advice = Siz ne yapabilirsiniz
breach-notice-contact = Sorunuz mu var? Veri koruma görevlimize yazın: { $contact }
breach-notice-sent = Size { $date } tarihinde bildirildi
BR-001 = 0 ya da daha büyük bir tam sayı yazın.
BR-002 = Bu zaman henüz gelmedi.
BR-003 = Bu, ihlalin fark edildiği zamandan önce olamaz.
BR-004 = İhlali öğrenmemizin üzerinden 72 saatten fazla geçti: gecikmenin nedenini yazın.
BR-005 = Bu satırlar hiçbir dosya numarasıyla eşleşmiyor. Düzeltin ya da silin; henüz kimse eklenmedi.
BR-006 = Bir tarih ve saat yazın, örneğin 2026-12-03 14:30.
BR-007 = Denetim makamına yapılan bildirim zaten kaydedildi. Sonraki bilgileri aşağıya ekleyin.
mail-data-incident-subject = Verilerinizle ilgili önemli bilgi
mail-data-incident-body =
    Verilerinizle ilgili önemli bir bilgi var. Okumak için giriş yapın: { $url }
sms-data-incident = Amana: verilerinizle ilgili önemli bilgi var. Okumak için giriş yapın: { $url }
breach-nature-person-confidentiality = Bazı bilgilerinizi, görmemesi gereken biri görmüş olabilir.
breach-nature-person-integrity = Bazı bilgileriniz yanlış şekilde değiştirildi.
breach-nature-person-availability = Bazı bilgileriniz kayboldu ya da bir süre bu bilgilere ulaşılamadı.
breach-clocks-heading = Veri ihlalleri: denetim makamına bildirim
breach-people-list = İlgili kişiler ve her birine bildirimin ne zaman gönderildiği
breach-person-reference = Dosya numarası
breach-person-notified = Bildirim gönderildi
breach-person-not-notified = Henüz değil
