# Amana — Türkçe: hakların kullanılması (verilerle ilgili başvurular). Her dilde aynı anahtarlar vardır.

nav-my-requests = Başvurularım

## Actions beside each field on My data
action-correct = Bu yanlış
action-erase = Bunu sil
action-restrict = Bunun kullanımını durdur
my-data-erase-all = Tüm verilerimin silinmesini iste

## Request forms
request-correct-title = Verilerinizin düzeltilmesini isteyin
request-erase-title = Verilerinizin silinmesini isteyin
request-restrict-title = Verilerinizin kullanılmamasını isteyin
request-erase-all-title = Tüm verilerinizin silinmesini isteyin
request-proposed-value = Doğrusu ne olmalı
request-proposed-value-hint = Doğru bilgiyi yazın.
request-erase-explained = Bu bilginin silinmesini istiyorsunuz. Bazı bilgilerin yasa gereği saklanması zorunludur. Böyle bir durumda size nedenini söyleriz.
request-erase-all-explained = Sizinle ilgili tutulan tüm bilgilerin silinmesini istiyorsunuz. Bazı bilgilerin yasa gereği saklanması zorunludur, örneğin dosyanız açıkken. Böyle bir durumda size neyin ve neden saklandığını söyleriz.
request-restrict-choose = Ne istiyorsunuz?
request-restriction-explained = Bilgi saklansın ama kontrol edilirken kullanılmasın (örneğin, yanlış olduğunu düşündüğünüz için).
request-objection-explained = Kendi durumunuz nedeniyle, bilgi bu amaç için artık kullanılmasın.
request-explanation = Eklemek istediğiniz bir şey (isteğe bağlı)
request-explanation-hint = Örneğin nedenini ya da ne olduğunu yazın. Belgeleri daha sonra da gönderebilirsiniz.
request-deadline-explained = Başvuru yapmak ücretsizdir. Bir ay içinde yanıt alırsınız. Başvurunuz karmaşıksa bu süre iki ay daha uzatılabilir; o zaman size nedeni bildirilir.
request-send = Başvurumu gönder
request-cancel = Göndermeden geri dön
request-whole-record = Tüm verilerim

## Kinds and states of requests
kind-access = Verilerimin kopyası
kind-correction = Düzeltme
kind-erasure = Silme
kind-restriction = Kullanıma ara verme
kind-objection = Kullanıma itiraz
kind-complaint = Şikâyet
status-submitted = Alındı
status-in_review = İnceleniyor
status-awaiting_information = Sizden bilgi bekleniyor
status-decided = Karar verildi
status-completed = Tamamlandı
status-withdrawn = Geri çekildi

## My requests
requests-title = Başvurularım
requests-intro = Burada istediğiniz her şeyi takip edebilir, yanıtı hangi tarihe kadar alacağınızı görebilir ve mesajları okuyabilirsiniz.
requests-none = Henüz hiç başvuru yapmadınız. Başvuru yapmak için "Verilerim" sayfasına gidin ve bir bilgi seçin.
requests-back = Başvurularıma geri dön
request-title = Başvurunuz
request-reference = Başvuru numarası
request-kind = Başvuru türü
request-about = Konusu
request-status = Durum
request-received = Alındığı tarih
request-due = Son yanıt tarihi
request-extended = Yanıt süresi uzatıldı. Nedeni:
request-decision = Karar
request-timeline = Neler oldu
request-upstream = Kurumun kendi sistemlerinde
request-upstream-done = { $date } tarihinde { $system } sisteminde yapıldı.
request-upstream-waiting = { $system } sisteminde henüz yapılmadı. Personel bunu takip ediyor.
request-messages = Mesajlar
request-no-messages = Henüz mesaj yok.
request-add-information = Bilgi ekleyin ya da yanıt verin
request-add-information-hint = Bir şey eklemek ya da bir soruyu yanıtlamak istiyorsanız buraya yazın.
request-send-information = Gönder
request-withdraw = Bu başvuruyu geri çek
notice-request-filed = Başvurunuz alındı. Size bunu bildiren bir mesaj gönderdik.
notice-request-sent = Mesajınız başvuruya eklendi.
notice-request-withdrawn = Başvurunuz geri çekildi. Bu başvuruyla ilgili başka bir işlem yapılmayacak.

actor-you = Siz
actor-system = Amana
actor-source = { $role } · { $office } ({ $system } sisteminde)
role-caseworker = Dosya görevlisi
role-reviewer = Kontrol görevlisi
role-dpo = Veri koruma görevlisi
role-admin = Yönetici
role-auditor = Denetçi

timeline-submitted = Başvuru alındı
timeline-in-review = İnceleniyor
timeline-information-requested = Ek bilgi istendi
timeline-information-added = Bilgi eklendi
timeline-extended = Yanıt süresi uzatıldı
timeline-decided = Karar verildi
timeline-completed = Tamamlandı
timeline-withdrawn = Başvuru geri çekildi

reason-legal-obligation = Yasa, bu bilgiyi saklamamızı zorunlu kılıyor.
reason-still-needed-for-case = Bu bilgi, açık olan dosyanız için hâlâ gerekli.
reason-accuracy-confirmed = Bilgiyi kontrol ettik ve bilgi doğru.
reason-public-interest = Bu kullanım, kamu yararına bir görev için gerekli. Bu görev, sizin durumunuzdan daha ağır basıyor.

## Withdrawing
withdraw-title = Başvurunuzu geri çekmek istiyor musunuz?
withdraw-explained = Geri çekerseniz bu başvuru üzerindeki çalışmayı durdururuz. İstediğiniz zaman yeni bir başvuru yapabilirsiniz.
withdraw-confirm = Evet, geri çek
withdraw-cancel = Hayır, başvurum kalsın

## Errors
RQ-001 = Bu konuda zaten açık bir başvurunuz var. "Başvurularım" bölümünden takip edebilirsiniz.
RQ-002 = Bu başvuru hakkında zaten karar verildi ya da başvuru geri çekildi. Bu yüzden değiştirilemez.
RQ-010 = Bilginin doğrusunun ne olması gerektiğini yazın.
RQ-011 = Bu çok uzun. Lütfen en fazla 500 karaktere kısaltın.
RQ-012 = Bu çok uzun. Lütfen en fazla 2000 karaktere kısaltın.
RQ-013 = Kayıtlarımızda zaten bu yazıyor. Bunun yerine doğrusunun ne olması gerektiğini yazın.
RQ-014 = Göndermeden önce bir mesaj yazın.
RQ-015 = Bu çok uzun. Lütfen en fazla 2000 karaktere kısaltın.
RQ-016 = Seçeneklerden birini seçin.

## E-mails (they never contain personal data)
mail-request-received-subject = Başvurunuzu aldık
mail-request-received-body =
    Başvurunuzu aldık. Bir ay içinde yanıt alacaksınız.

    Takip etmek için giriş yapın: { $url }
mail-request-news-subject = Başvurunuzla ilgili yeni bir gelişme var
mail-request-news-body =
    Başvurunuzla ilgili yeni bir gelişme var. Okumak için giriş yapın: { $url }

## Documents
request-evidence = Belge (isteğe bağlı)
request-evidence-hint = PDF ya da fotoğraf (JPEG veya PNG), en fazla 5 MB. Örneğin doğru bilgiyi gösteren bir belge.
request-documents = Gönderdiğiniz belgeler
request-document = Belge
RQ-020 = Dosya çok büyük. En fazla 5 MB boyutunda bir dosya gönderin.
RQ-021 = Bu tür dosya kabul edilemiyor. PDF ya da fotoğraf (JPEG veya PNG) gönderin.
RQ-022 = Bu başvuruya eklenebilecek belge sınırına ulaşıldı (toplam 20 dosya, 50 MB). Bunun yerine bir mesaj yazın ya da daha fazlasını nasıl gönderebileceğinizi bize sorun.
