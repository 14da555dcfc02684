## Helpers of civil-society organisations
helper-sign-in-title = Yardımcı girişi
helper-sign-in-intro = Kuruma kayıtlı kuruluşların yardımcıları içindir. E-posta adresiniz ve şifrenizle, ardından doğrulama uygulamanızdaki kodla giriş yapın.
helper-home-title = Yardım ettiğiniz kişiler
helper-people = Size izin veren kişiler
helper-people-none = Henüz kimse size izin vermedi ya da tüm izinler sona erdi. Kişi bu izni kendi hesabından, kısa bir kodla verir.
helper-scope = İzin verilen işlemler
helper-until = Bitiş tarihi
nav-helper-people = Yardım ettiğiniz kişiler
mandate-scope-view = verileri görmek
mandate-scope-request = başvuru yapmak
mandate-scope-consent = onayları yönetmek
mandate-scope-complain = şikâyette bulunmak

## Administration: organisations and their helpers
admin-organisations = Yardımcı kuruluşlar
admin-organisations-intro = Yardımcıları, kendilerine izin veren kişiler adına işlem yapabilen sivil toplum kuruluşları. Bir kuruluşu askıya almak, yardımcılarının erişimini hemen sona erdirir.
admin-new-organisation = Kuruluş kaydet
admin-organisation-kind = Tür
admin-organisation-contact = İletişim
organisation-kind-ngo = Sivil toplum kuruluşu
organisation-kind-legal-aid = Hukuki yardım
organisation-kind-community-group = Topluluk grubu
admin-suspended = askıya alındı
admin-suspend = Askıya al
admin-reinstate = Yeniden etkinleştir
admin-helpers = Yardımcılar
admin-new-helper = Yardımcı ekle
admin-helper-organisation = Kuruluş

## Mandates: the person gives a helper permission to act for them
nav-mandates = Yardımcılar
mandates-title = Size yardım edebilecek kişiler
mandates-intro = Güvendiğiniz bir kuruluştaki bir yardımcının sizin adınıza işlem yapmasına izin verebilirsiniz: verilerinizi görmek, başvuru yapmak, onaylarınızı yönetmek ya da şikâyette bulunmak. Neleri ve ne kadar süre yapabileceğini siz seçersiniz. Bu izni istediğiniz zaman durdurabilirsiniz.
mandates-none = Henüz kimseye izin vermediniz.
mandates-back = Size yardım edebilecek kişilere geri dön
mandate-no-helper-yet = Yardımcının kodu girmesi bekleniyor
mandate-state-waiting = kod bekleniyor
mandate-state-active = geçerli
mandate-state-revoked = siz durdurdunuz
mandate-state-ended = sona erdi
mandate-revoke = Bu izni şimdi durdur
mandate-grant-title = Bir yardımcıya izin verin
mandate-grant-intro = Kısa bir kod alacaksınız. Bu kodu yardımcınıza kendiniz verin: yüz yüze ya da telefonda. Kod bir kez ve 30 dakika boyunca geçerlidir.
mandate-grant-scope = Yardımcı neler yapabilsin?
mandate-grant-days = Ne kadar süreyle?
mandate-days-1 = Bir gün
mandate-days-7 = Bir hafta
mandate-days-30 = Bir ay
mandate-days-90 = Üç ay
mandate-days-182 = Altı ay
mandate-grant = Kodu al
mandate-code-title = Yardımcınız için kod
mandate-code-intro = Bu kodu yardımcınıza verin. Kod bir kez ve 30 dakika içinde kullanılabilir.
mandate-code-warning = Kodu yalnızca size yardım etmesini istediğiniz kişiye verin. Kurumdan hiç kimse bu kodu sizden istemez.
mandate-code-shown = Kod bir kez gösterildi. Kodu yardımcınıza vermediyseniz bu izni durdurun ve yeni bir izin verin.
notice-mandate-revoked = İzin durduruldu. Yardımcı artık sizin adınıza işlem yapamaz.
MD-001 = Yardımcının yapabileceği en az bir şey seçin.
MD-002 = Ne kadar süre için olduğunu seçin.
MD-003 = Bu kod çalışmıyor. Yanlış yazılmış, daha önce kullanılmış ya da süresi dolmuş olabilir.
MD-004 = Bu kişinin size verdiği izin bunu kapsamıyor ya da izin sona erdi.
MD-005 = Kişinin dosya numarasını girin.
MD-006 = Dosya numarasında yalnızca harf, rakam ve tire (-) olabilir. Kişinin belgelerinde yazdığı gibi girin.
MD-007 = Kişinin doğum tarihini girin.
MD-008 = Doğum tarihini kişinin belgelerinde yazdığı gibi girin, örneğin 1990-01-31 ya da 31/01/1990. Belgelerde yalnızca yıl ya da yıl ve ay varsa, sadece onu girin: 1978 ya da 1978-11.
access-mandate-activated = İzninizle size yardım etmeye başladı

## The helper enters a code
helper-redeem-title = Bir kişiden aldığınız kodu girin
helper-redeem-intro = Kişi size kendi hesabından aldığı bir kodu verir. Ona yardım etmeye başlamak için kodu buraya yazın.
helper-redeem-code = Kod
helper-redeem = Yardım etmeye başla
helper-mandate-taken-up = Artık bu kişiye, onun izin verdiği konularda yardım edebilirsiniz.

## A helper acting for a person
helper-act-for = Bu kişi adına işlem yap
helper-acting-label = Başka biri adına işlem yapıyorsunuz
helper-acting-for = Şu kişi adına işlem yapıyorsunuz: { $name }
helper-nav-data = Verileri
helper-nav-requests = Başvuruları
helper-nav-consent = Onayları
helper-nav-complain = Kişi adına şikâyet et
helper-stop-acting = Bu kişi adına işlem yapmayı bırak
helper-mandate-ended = O kişi adına işlem yapma izniniz sona erdi: süresi doldu, kişi izni durdurdu ya da kuruluşunuz askıya alındı.
actor-helper = { $organisation } kuruluşundan { $helper } (yardımcı)
actor-helper-for = { $organisation } kuruluşundan { $helper }, { $person } adına
actor-helper-for-you = { $organisation } kuruluşundan { $helper }, sizin adınıza
message-to-helper = yardımcıya
access-requests-listed = Başvurularınızın listesine baktı
access-consent-viewed = Onaylarınıza baktı
access-request-filed = Sizin adınıza bir başvuru yaptı
access-request-withdrawn = Başvurularınızdan birini geri çekti
access-request-information-added = Başvurularınızdan birine bilgi ekledi
access-consent-given = Sizin adınıza onay verdi
access-consent-withdrawn = Sizin adınıza onayı geri aldı
access-complaint-filed = Sizin adınıza şikâyette bulundu
case-submitted-by = Gönderen
case-submitted-by-helper = { $organisation } kuruluşundan { $helper }, { $person } adına
case-message-to = Alıcı
case-message-to-person = Kişinin kendisi
ST-028 = Yazılacak bir yardımcı yok: bu başvuru bir yardımcı aracılığıyla gelmedi ya da yardımcının izni sona erdi.
mail-helper-news-subject = Başka biri için yaptığınız bir başvuruyla ilgili mesaj
mail-helper-news-body =
    Başka biri için yaptığınız bir başvuruyla ilgili size bir mesaj var. Okumak için giriş yapın: { $url }

## Assisted start: the helper asks, the person confirms with a code
helper-assisted-title = Yanınızdaki biriyle başlayın
helper-assisted-intro = Kişi yanınızdaysa, onun dosya numarasını ve doğum tarihini yazın ve sizden ne yapmanızı istediğini seçin. Kişi kendi iletişim adresine bir kod alır. İletişim adresi yoksa kurumun ofisi kodu onun için kâğıda basar. İzniniz ancak bu kodu "Bir kişiden aldığınız kodu girin" bölümüne yazdığınızda başlar.
helper-assisted-send = Kişiden kod iste
helper-assisted-sent = Bu bilgiler bir kayıtla eşleşiyorsa kişi, iletişim adresine bir kod aldı. İletişim adresi yoksa kurumun ofisinden kâğıda basılmış bir kod isteyebilir.
mail-mandate-request-subject = Bir yardımcı sizin adınıza işlem yapmak istiyor
mail-mandate-request-body =
    { $organisation } kuruluşu, kurumdaki verilerinizle ilgili size yardım etmek istiyor. İzin verirseniz şunları yapabilecekler: { $scope }.

    Onlarla birlikteyseniz ve kabul ediyorsanız onlara bu kodu verin: { $code }

    Kod bir kez ve 30 dakika boyunca geçerlidir. Yardım istemediyseniz bu mesajı dikkate almayın: kod olmadan hiçbir şey olmaz.
access-mandate-requested = Sizin adınıza işlem yapmak istedi (siz kodunuzu verene kadar hiçbir şey olmaz)
access-mandate-code-printed = Bir yardımcıya izin verdiğinizi onaylamanız için size bir kod bastı
nav-staff-mandates = Yardımcı talepleri
staff-mandates-title = Kod bekleyen yardımcı talepleri
staff-mandates-intro = Bu talepleri bir yardımcı, iletişim adresi olmayabilecek bir kişi için başlattı. Önce kişinin kimliğini yüz yüze kontrol edin. Sonra bir kod basın ve kodu yardımcıya değil, kişiye verin: kod bir kez, üç gün boyunca ve yalnızca o yardımcı için geçerlidir.
staff-mandates-none = Bekleyen yardımcı talebi yok.
staff-mandates-requested = Talep tarihi
staff-mandates-print = Kişi için kod bas
staff-mandate-code-title = Kişi için kod
staff-mandate-code-intro = Bu kâğıdı kişiye verin. Kişi kabul ederse kodu yardımcısına verir, yardımcı da kodu sisteme yazar. Kodu yalnızca bu yardımcı, bir kez ve { $until } tarihine kadar kullanabilir.
staff-mandate-code-shown = Kod bir kez gösterildi. Kâğıt kaybolduysa yeni bir kod basın: eski kod artık çalışmaz.
access-mandate-request-viewed = Bir yardımcının sizin adınıza işlem yapma talebine baktı
notice-mandate-code-printed = Bir yardımcının sizin adınıza işlem yapabilmesi için personel kâğıda bir kod bastı. Bunu siz istemediyseniz "Yardımcılar" bölümünden durdurun.
