# Amana — Türkçe: şikâyetler. Her dilde aynı anahtarlar vardır.

footer-oversight = Bağımsız denetim:
footer-complain = Verilerinizin nasıl kullanıldığı hakkında şikâyette bulunun
complaint-title = Şikâyette bulunun
complaint-intro = Verilerinizin doğru şekilde kullanılmadığını düşünüyorsanız bunu burada bize bildirin. Şikâyetler yalnızca veri koruma görevlisine gider. Şikâyet ettiğiniz personele asla gitmez.
complaint-oversight-explained = Bu bağımsız kuruma da istediğiniz zaman, ücretsiz olarak doğrudan şikâyette bulunabilirsiniz.
complaint-signed-in = Giriş yaptınız. Bu yüzden şikâyetiniz dosyanıza bağlanacak ve "Başvurularım" bölümünden takip edebileceksiniz.
complaint-anonymous = Giriş yapmadınız. Bu yüzden şikâyetiniz isimsiz (anonim) olacak. Takip etmek için bir takip kodu alacaksınız. Kimse sizinle iletişime geçemeyecek.
complaint-text = Ne oldu?
complaint-text-hint = Kendi sözlerinizle yazın. Başka kişiler hakkında bilgi yazmayın.
complaint-related = Başvurularınızdan biriyle mi ilgili? (isteğe bağlı)
complaint-related-none = Hayır, bir başvuruyla ilgili değil
complaint-send = Şikâyetimi gönder
complaint-follow-link = İsimsiz bir şikâyeti takip koduyla takip edin

receipt-title = Şikâyetiniz alındı
receipt-intro = Takip kodunuz:
receipt-keep-safe = Bu kodu bir kâğıda yazın ve güvenli bir yerde saklayın. Kod yalnızca bir kez gösterilir. Şikâyetinizi takip etmenin tek yolu bu koddur.
receipt-follow = Şikâyetinizi görün
receipt-gone = Takip kodu yalnızca bir kez gösterilir. Kod sizdeyse, şikâyetinizi takip etmek için kullanabilirsiniz.

lookup-title = Bir şikâyeti takip edin
lookup-intro = Şikâyetinizi gönderdiğinizde aldığınız takip kodunu yazın.
lookup-code = Takip kodu
lookup-code-hint = 16 harf ve rakam, örneğin ABCD-EF23-GH45-JK67.
lookup-submit = Şikâyetimi göster
complaint-status-title = Şikâyetiniz
status-no-complaint = Gösterilecek şikâyet yok. Önce takip kodunuzu yazın.

CP-001 = Göndermeden önce ne olduğunu yazın.
CP-002 = Bu çok uzun. Lütfen en fazla 2000 karaktere kısaltın.
CP-003 = Kendi başvurularınızdan birini seçin ya da bir başvuruyla ilgili olmadığını seçin.
CP-004 = Bu takip koduyla bir şikâyet yok. Kodu kontrol edip yeniden deneyin.
complaint-staff-member = Şikâyetiniz bir personelle ilgiliyse, o kişinin adı ya da e-posta adresi (isteğe bağlı)
complaint-staff-member-hint = Verilerinizi kimin kötü kullandığını biliyorsanız buraya yazın. O kişi şikâyetinizi asla görmeyecek.
