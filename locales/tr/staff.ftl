## Staff: sign-in
nav-queue = İş listesi
nav-audit = Denetim kaydı
nav-admin = Yönetim
staff-sign-in-title = Personel girişi
staff-sign-in-intro = Kurum personeli içindir. İş e-posta adresiniz ve şifrenizle, ardından doğrulama uygulamanızdaki kodla giriş yapın.
staff-email = İş e-posta adresi
staff-password = Şifre
staff-continue = Devam
staff-enrol-title = Doğrulama uygulamanızı kurun
staff-enrol-intro = Personel hesapları ikinci bir adımla korunur. Bunu şimdi, bir kez kurun.
staff-enrol-step-app = İş telefonunuzda bir doğrulama uygulaması açın.
staff-enrol-step-scan = Bu kodu tarayın ya da aşağıdaki anahtarı uygulamaya yazın.
staff-enrol-qr = Doğrulama uygulamanız için QR kod
staff-enrol-secret = Anahtar:
staff-enrol-step-code = Uygulamanın gösterdiği altı haneli kodu yazın.
staff-code = Kod
staff-code-hint = Doğrulama uygulamanızdaki altı haneli kod.
staff-enrol-confirm = Onayla ve giriş yap
staff-code-title = İkinci adım
staff-code-intro = Doğrulama uygulamanızın şu anda gösterdiği kodu yazın.
staff-code-recovery-hint = Uygulamadaki altı haneli kod. Telefonunuzu mu kaybettiniz? Bunun yerine kurtarma kodlarınızdan birini yazın.
staff-recovery-title = Kurtarma kodlarınız
staff-recovery-intro = Bu kodları telefonunuzdan ayrı, güvenli bir yerde saklayın. Doğrulama uygulamanızı kaybederseniz her kod bir kez çalışır. Kodlar yalnızca şimdi gösteriliyor.
staff-recovery-shown = Kurtarma kodlarınız daha önce gösterildi. Onları saklamadıysanız bir yöneticiden ikinci adımınızı sıfırlamasını isteyin.
SA-001 = E-posta adresi, şifre ya da kod yanlış. Beş yanlış denemeden sonra hesap 15 dakika kilitlenir.
SA-002 = Girişiniz çok uzun sürdü. Lütfen baştan başlayın.
ST-001 = Rolünüz buna izin vermiyor.

## Staff: queues
queue-title = İşlenecek başvurular
queue-take-next = Sıradaki başvuruyu al
queue-nothing-to-take = Şu anda iş listelerinizde kimsenin almadığı bir başvuru yok.
queue-team = Ekip
queue-any = Tümü
queue-kind = Başvuru türü
queue-status = Durum
# A request's status as staff read it (the person reads status-<status>).
staff-status-submitted = Yeni
staff-status-in_review = İncelemede
staff-status-awaiting_information = Kişiden bilgi bekleniyor
staff-status-decided = Karar verildi
staff-status-completed = Tamamlandı
staff-status-withdrawn = Kişi geri çekti
queue-language = Dil
queue-filter = Göster
queue-empty = Eşleşen açık başvuru yok.
queue-count = Açık başvurular:
queue-overdue = Süresi geçti
queue-due-soon = Süresi 3 gün içinde doluyor
team-general = Genel başvurular
team-sensitive-data = Hassas veriler
team-dpo = Veri koruma görevlisi

## Staff: one request
case-title = Başvuru
case-back = İş listesine geri dön
case-person = Kişi
case-anonymous = İsimsiz şikâyetçi
case-case-reference = Dosya numarası
case-extended-because = Uzatma nedeni
case-explanation = Kişinin açıklaması
case-concerned = Başvurunun konusu
case-concerned-none = Kaydın tamamı ya da hassas bir kategorideki bilgi: aşağıda bir neden seçerek açın.
case-record = Kayıttaki diğer bilgiler
case-record-intro = Bir kategoriyi yalnızca bu başvuru için gerekiyorsa açın. Nedeniniz kaydedilir ve kişi bunu görebilir.
case-upstream = Kaynak sistemler
case-upstream-applied = { $date } tarihinde { $system } sisteminde uygulandı.
case-upstream-rejected = { $system } sistemi { $date } tarihinde reddetti: { $reason }
case-upstream-waiting = { $system } sistemi bunu henüz onaylamadı.
case-erased = (silindi)
case-proposed-value = İstenen:
case-restricted = Kullanımı kısıtlandı.
case-open-reason = Neden
case-choose = Seçin…
case-open = Aç
case-proposal = Önerilen karar, ikinci bir kişinin onayını bekliyor
case-awaiting-approval = onay bekliyor
case-assignee = İlgilenen kişi
case-assignee-you = Siz
case-unassigned = Henüz kimse
case-template = Mesaj
case-actions = Yapabilecekleriniz
case-no-actions = Şu anda bu başvuruyla ilgili yapabileceğiniz bir şey yok.
case-claim = Bu başvuruyu al
case-approve-explained = Bir meslektaşınız bu kararı önerdi. Kontrol edin: öneren kişiden başka biri onaylayana kadar hiçbir şey değişmez.
case-approve = Kararı onayla
case-send-back = İncelemeye geri gönder
case-message = Kişiye mesaj gönder
case-note = Kendi sözleriniz (isteğe bağlı)
case-note-hint = Mesajın altına eklenir. Sade yazın; kişi bunu bir çeviri aracıyla okuyabilir.
case-send = Gönder
case-ask-information = Kişiden bilgi iste
case-identity = Kişinin kimliğini hâlâ doğrulamamız gerekiyor (kişi yanıt verene kadar süre durur)
case-resume = Bilgi olmadan devam et
case-extend = Süreyi uzat
case-extend-explained = Yalnızca bir kez, ilk ay içinde, bir ya da iki ay. Kişiye nedeni bildirilir.
case-extend-months = Ay
case-extend-reason = Neden
case-decide = Karar ver
case-outcome = Karar
case-reasons = Gerekçeler (en az bir tane)
case-decision-note = Kişiye not (isteğe bağlı)
case-second-person = Veri silmek ve hassas verileri düzeltmek için, herhangi bir şey değişmeden önce ikinci bir kişinin onayı gerekir.
case-reassign = Başkasına ver
case-reassign-to = Meslektaş
staff-done-claim = Başvuru artık sizde.
staff-done-reassign = Başvuru meslektaşınıza verildi.
staff-done-message = Mesajınız gönderildi. Kişi, yeni bir gelişme olduğunu bildiren bir e-posta alır.
staff-done-ask-information = Sorunuz gönderildi. Kişi, yeni bir gelişme olduğunu bildiren bir e-posta alır.
staff-done-resume = Başvuru üzerindeki çalışma devam ediyor.
staff-done-extend = Süre uzatıldı ve kişiye nedeni bildirildi.
staff-done-decide = Karar kaydedildi. İkinci bir kişinin onayı gerekiyorsa karar bu onayı bekler.
staff-done-approve = Karar onaylandı ve uygulandı.
staff-done-send-back = Öneri incelemeye geri gönderildi.
ST-010 = Bu bilgiyi neden açmanız gerektiğini seçin.
ST-011 = Uzatma için bir neden seçin.
ST-012 = Bir karar seçin.
ST-013 = En az bir gerekçe seçin.
ST-014 = Bu çok uzun. Lütfen en fazla 2000 karaktere kısaltın.
ST-015 = Listeden bir meslektaş seçin.
ST-016 = Listeden bir mesaj seçin.
ST-017 = Böyle bir işlem yok.
ST-020 = Başvurunun şu anki durumunda bu yapılamaz.
ST-021 = Süre daha önce bir kez uzatıldı.
ST-022 = Süre yalnızca ilk ay içinde uzatılabilir.
ST-023 = Uzatma bir ya da iki ay olabilir.
ST-024 = Bu kararı siz önerdiniz; bu yüzden başka biri onaylamalı.
ST-025 = Bunu yalnızca bu başvuruyla ilgilenen kişi yapabilir. Önce başvuruyu alın.
ST-026 = Bu karar için önce ikinci bir kişinin onayı gerekir.
ST-027 = Aynı anda başka biri bu başvuruyu değiştirdi. Başvuruya yeniden bakın ve tekrar deneyin.

## Decisions, as the person reads them
outcome-approved = Başvurunuz kabul edildi.
outcome-partly_approved = Başvurunuz kısmen kabul edildi.
outcome-refused = Başvurunuz reddedildi.
reason-request-granted = İstediğinizi yaptık.
reason-evidence-insufficient = Verdiğiniz bilgiler, kaydımızın yanlış olduğunu göstermiyor.
reason-identity-not-verified = Bilgilerin ait olduğu kişinin siz olduğunuzu doğrulayamadık.
reason-legal-claims = Bu bilgiye, hukuki bir talepte hakkımızı ortaya koymak, kullanmak ya da savunmak için ihtiyacımız var.
reason-manifestly-unfounded = Bu başvuru, daha önce yanıtlanmış bir başvurunun tekrarı.
extension-reason-complexity = Başvurunuz karmaşık ve daha fazla zaman gerekiyor.
extension-reason-number-of-requests = Çok sayıda başvuru aldık. Sizinkini doğru şekilde yanıtlamak için daha fazla zamana ihtiyacımız var.
timeline-message = Size bir mesaj gönderildi

## Message templates (staff choose one; the person reads it in their language)
template-information-needed-name = Daha fazla bilgiye ihtiyacımız var
template-information-needed = Başvurunuzla ilgilenebilmek için sizden daha fazla bilgiye ihtiyacımız var. Lütfen giriş yapın ve bu başvurunun altında yanıt verin.
template-identity-documents-name = Lütfen kimliğinizi doğrulayın
template-identity-documents = Devam edebilmek için, bilgilerin ait olduğu kişinin siz olduğunuzu doğrulamamız gerekiyor. Lütfen bu başvuruya bir kimlik belgesinin fotoğrafını ekleyin.
template-progress-update-name = Başvurunuz üzerinde çalışıyoruz
template-progress-update = Başvurunuz üzerinde çalışıyoruz. Şu anda sizin bir şey yapmanız gerekmiyor.
template-decision-made-name = Bir karar verildi
template-decision-made = Başvurunuzla ilgili bir karar verildi. Kararı ve gerekçelerini başvurunun sayfasında okuyabilirsiniz.

## Who looked at my data: staff actions
access-request-claimed = Başvurunuzla ilgilenmeye başladı
access-request-reassigned = Başvurunuzu bir meslektaşına verdi
access-request-messaged = Size bir mesaj gönderdi
access-request-information-requested = Sizden bilgi istedi
access-request-resumed = Başvurunuz üzerinde çalışmaya devam etti
access-request-extended = Yanıt süresini uzattı
access-request-decision-proposed = Başvurunuz için bir karar önerdi
access-request-decision-approved = Başvurunuzla ilgili kararı onayladı
access-request-decision-sent-back = Önerilen bir kararı incelemeye geri gönderdi
access-request-decided = Başvurunuz hakkında karar verdi
access-field-restricted = Verilerinizin kullanımını kısıtladı

## Deadline mails to staff (no personal data: a link to the request only)
staff-mail-due-soon-subject = İlgilendiğiniz bir başvurunun süresi bir hafta içinde doluyor
staff-mail-due-soon-body =
    Size verilen bir başvurunun yedi gün içinde yanıtlanması gerekiyor.

    Başvuruyu açın: { $url }
staff-mail-overdue-subject = Ekibinizin bir başvurusunun süresi geçti
staff-mail-overdue-body =
    Ekibinizin bir başvurusunun yasal süresi doldu ve başvuru henüz yanıtlanmadı. Lütfen bugün ilgilenilmesini sağlayın.

    Başvuruyu açın: { $url }

## The auditor's screen
audit-title = Denetim kaydı
audit-verify = Tüm kaydın zincirini kontrol et
audit-verify-ok = Denetim kaydı sağlam: { $events } olayın tamamı zincire doğru şekilde bağlı.
audit-verify-broken = Denetim kaydıyla oynanmış. { $events } olay kontrol edildi; bulunan sorunlar:
audit-break-altered = { $seq } numaralı olay, yazıldıktan sonra değiştirilmiş ya da yeri değiştirilmiş.
audit-break-chain-broken = { $seq } numaralı olay, kendisinden önceki olaya zincirle bağlı değil.
audit-break-missing = { $seq } numaralı olaydan sonraki olaylar eksik.
audit-break-truncated = Kayıt, { $seq } numaralı olayı imzalı bir kontrol noktasının kaydettiği hâliyle artık içermiyor: en yeni olaylar silinmiş ya da yeniden yazılmış.
audit-break-checkpoint-forged = Kontrol noktası dosyasının { $seq } numaralı satırı değiştirilmiş.
audit-action = İşlem
audit-actor-kind = Yapan
audit-actor-person = Kişinin kendisi, kendi adına
audit-actor-staff = Personel
audit-actor-helper = Bir yardımcı
audit-actor-anonymous = İsimsiz biri
audit-actor-system = Amana sisteminin kendisi
audit-actor-source-system = Kurumun bir kaynak sistemi
audit-actor-id = Yapanın kimlik numarası (ID)
audit-from = Başlangıç
audit-to = Bitiş
audit-download-csv = Bu seçimi CSV olarak indir
audit-none = Eşleşen olay yok.
audit-when = Ne zaman
audit-who = Kim
audit-about = Konu

## Administration
admin-title = Yönetim
admin-sections = Bölümler
admin-staff = Personel hesapları
admin-teams = Ekipler
admin-routing = Yeni başvuruların yönlendirilmesi
admin-templates = Mesaj şablonları
admin-default-team = hiçbir kurala uymayan başvuruları alır
admin-new-team = Ekip ekle
admin-team-key = Kısa anahtar
admin-key-hint = Küçük harf, rakam ve tire; örneğin north-office.
admin-team-name = Ad
admin-add = Ekle
admin-save = Kaydet
admin-delete = Sil
admin-saved = Kaydedildi.
admin-role = Rol
admin-office = Ofis
admin-status = Durum
admin-active = etkin
admin-inactive = devre dışı
admin-enrolled = ikinci adım kuruldu
admin-not-enrolled = ikinci adım henüz kurulmadı
admin-locked = başarısız girişler nedeniyle kilitlendi
admin-activate = Etkinleştir
admin-deactivate = Devre dışı bırak
admin-reset-second-factor = İkinci adımı sıfırla
admin-change-teams = Ekipleri değiştir
admin-new-staff = Personel hesabı ekle
admin-name = Ad soyad
admin-enrolment-link-hint = Burada şifre girilmez: Amana, kişiye kendi şifresini seçmesi için e-postayla bir bağlantı gönderir. Bağlantı bir kez ve 72 saat boyunca geçerlidir.
admin-send-enrolment-link = Yeni kurulum bağlantısı gönder
admin-routing-intro = Her yeni başvuru, ona uyan ilk kuralın ekibine gider. Şikâyetler her zaman veri koruma görevlisine gider.
admin-routing-default = Hiçbir kurala uymayan başvuru varsayılan ekibe gider.
admin-category = Kategori
admin-sensitive = Hassas
admin-yes = Evet
admin-no = Hayır
admin-move-up = Yukarı taşı
admin-move-down = Aşağı taşı
admin-new-rule = Sona bir kural ekle
admin-templates-intro = Personel bir kişiye yazarken bunlardan birini seçer; kişi mesajı kendi dilinde okur. Her şablonun her dilde bir metni olmalıdır.
admin-new-template = Şablon ekle
admin-template-key = Kısa anahtar
AD-001 = Bu alanı doldurun.
AD-002 = Bu çok uzun.
AD-003 = Ekipleri listeden seçin.
AD-004 = Tam bir e-posta adresi yazın, örneğin name@example.org.
AD-005 = Listeden bir rol seçin.
AD-006 = Şifre en az 12 karakter olmalıdır.
AD-007 = Bu e-posta adresiyle zaten bir hesap var.
AD-008 = Kendi hesabınızı devre dışı bırakamazsınız.
AD-009 = 2 ile 40 arasında küçük harf, rakam ve tire kullanın.
AD-010 = Bu anahtarla zaten bir ekip var.
AD-011 = Kuralın koşullarını listelerden seçin.
AD-012 = Şikâyetler her zaman veri koruma görevlisine gider; hiçbir kural bunu değiştiremez.
AD-013 = Metni bu dilde de yazın.

## Administration: the purpose register
admin-purposes = Amaç listesi
admin-purposes-intro = Verilerin neden, hangi yasal dayanakla ve ne kadar süre tutulduğu ve kimlere verildiği. Kişiler bunu "Verilerim" sayfasında ve onay sayfasında, kendi dillerinde okur.
admin-purpose-name = Ad
admin-purpose-explanation = Kişilerin onay vermeden önce okuduğu açıklama
admin-purpose-version = Onay metninin sürümü:
admin-legal-basis = Yasal dayanak
admin-retention-days = Saklama süresi (gün)
admin-recipients = Alıcılar
AD-014 = 1 ile 36500 arasında bir gün sayısı yazın.
AD-015 = Listeden seçin.
ST-018 = Tek bir bilgiyle ilgili başvuru ya kabul edilir ya reddedilir; kısmen kabul edilemez.
staff-new-password = Kendi şifrenizi seçin
SA-003 = E-posta adresinizden farklı bir şifre seçin.

# Enrolment links for new accounts
SA-004 = Bu bağlantının süresi doldu ya da bağlantı daha önce kullanıldı. Yöneticinizden size yeni bir bağlantı göndermesini isteyin.
AD-016 = Bu hesabın ikinci adımı zaten kurulmuş. Kişinin baştan başlaması gerekiyorsa önce ikinci adımı sıfırlayın.
welcome-title = Hesabınızı kurun
welcome-intro = Hesabınız için şifre seçin:
welcome-password-hint = En az 12 karakter. Şifreyi yalnızca siz bilirsiniz: Amana'dan hiç kimse sizden şifrenizi istemez. Ardından doğrulama uygulamanızı kuracaksınız.
mail-enrolment-subject = Amana hesabınızı kurun
mail-enrolment-body =
    Bu adres için bir Amana hesabı oluşturuldu. Şifrenizi seçmek ve ikinci giriş adımınızı kurmak için bu bağlantıyı açın:

    { $url }

    Bağlantı bir kez ve { $hours } saat boyunca geçerlidir. Bu e-postayı beklemiyorsanız dikkate almayabilirsiniz.

## Administration: source systems, their API keys and webhooks
admin-source-systems = Kaynak sistemler
admin-source-systems-intro = Kişileri API üzerinden Amana'ya yükleyen, kurumun kendi sistemleri. Her sistem yalnızca burada işaretlenen amaçlar ve bilgi türleri için yazabilir ve yalnızca kendi anahtarlarıyla.
admin-new-source-system = Kaynak sistem kaydet
admin-source-system-contact = Sistemi kim yönetiyor
admin-source-system-contact-hint = Sistemin çağrıları başarısız olduğunda ulaşılacak ekip ya da adres.
admin-source-system-purposes = Yazabileceği amaçlar
admin-source-system-categories = Yazabileceği bilgi türleri
admin-webhook = Webhook
admin-webhook-none = Yok: sistem değişiklik akışını okuyor.
admin-webhook-url = Bir değişiklik bu sistemi ilgilendirdiğinde Amana'nın çağıracağı adres
admin-webhook-hint = Kaydettiğinizde yeni bir gizli imza anahtarı oluşturulur ve bir kez gösterilir. Eski gizli anahtar artık çalışmaz.
admin-webhook-save = Webhook'u kaydet
admin-webhook-stop = Webhook'u durdur
admin-api-keys = API anahtarları
admin-new-key = Yeni anahtar oluştur
admin-key-scopes = Anahtarın yapabilecekleri
admin-key-days = Geçerlilik süresi (gün)
admin-new-key-hint = Anahtar, oluşturulduktan hemen sonra bir kez gösterilir. Bir sistemin aynı anda iki geçerli anahtarı olabilir; böylece yeni anahtar, eskisinin yerini kesinti olmadan alabilir.
admin-key-live = Geçerli
admin-key-expired = Süresi doldu
admin-key-revoked = İptal tarihi
admin-key-created = Oluşturulma tarihi
admin-key-expires = bitiş tarihi
admin-key-last-used = son kullanım
admin-key-never-used = yok
admin-key-revoke = İptal et
admin-new-key-shown = Şu sistem için yeni API anahtarı:
admin-webhook-secret-shown = Şu sistem için yeni webhook gizli imza anahtarı:
admin-shown-once-hint = Şimdi kopyalayın ve güvenli bir yolla sistemin işletmecilerine iletin. Amana bunu saklamaz ve bir daha gösteremez.
api-scope-people-write = Kişileri yükleme ve kaldırma
api-scope-changes-read = Onaylanmış değişiklikleri okuma
api-scope-changes-ack = Değişikliklerin yapıldığını bildirme
api-scope-access-events-write = Verilere kimin baktığını bildirme
AD-017 = Bu adla zaten bir kaynak sistem var.
AD-018 = 1 ile 1095 arasında bir gün sayısı yazın.
AD-019 = Bu sistemin hâlâ geçerli iki anahtarı var. Yenisini oluşturmadan önce birini iptal edin.
AD-020 = En az birini seçin.
AD-021 = Tam bir web adresi yazın, örneğin https://cases.example.org/amana.

## Administration: languages
admin-locales = Diller
admin-locales-intro = Kişilerin seçebileceği tüm diller ve çeviriyi o dili konuşan birinin kontrol edip etmediği.
admin-locale-source = Kaynak dil
admin-locale-draft = İlk taslak, henüz kontrol edilmedi
admin-locale-reviewed = { $date } tarihinde { $reviewer } kontrol etti
