# Kurum dışındaki alıcılar ve veri paylaşım anlaşmaları: herkese açık liste (/recipients), yöneticilerin
# kayıt defteri ve "Verilerim" sayfasındaki adlar.
nav-recipients = Alıcılar
footer-recipients = Verileri bizden kimler alıyor
my-data-recipients = Bu veriyi alan kuruluşlar
recipients-title = Verileri bizden kimler alıyor
recipients-intro = Bu kuruluşlar bizden bazı kişisel verileri alır; her biri yazılı bir anlaşmaya göre. Her anlaşmanın neye izin verdiği aşağıda yazıyor.
recipients-none = Şu anda kurum dışında hiçbir kuruluş bizden kişisel veri almıyor.
recipients-kind = Kuruluş türü
recipients-country = Ülke
recipients-purpose = Hangi amaçla
recipients-legal-basis = Yasal dayanak
recipients-categories = Aldığı veri türleri
recipients-retention = Verileri ne kadar süre tutabilir
recipients-days =
    { $days ->
        [one] { $days } gün
       *[other] { $days } gün
    }
recipients-breach-notice = Bir veri ihlalini bize bildirme süresi
recipients-hours =
    { $hours ->
        [one] { $hours } saat
       *[other] { $hours } saat
    }
recipients-terms = Her zaman
recipients-terms-fixed = Alıcı, verileri başka hiç kimseye veremez; verileri nasıl kullandığını biz denetleyebiliriz.
recipients-ends-on = Anlaşmanın son günü
recipients-register-title = Alıcılar ve anlaşmalar
recipients-register-intro = Kişisel veri alan her kuruluşu, veri paylaşım anlaşmasıyla birlikte kaydedin. İnsanların koruma aramak için terk etmek zorunda kaldığı bir ülkenin resmî makamı, bir kişinin koruma aradığını ya da nerede ve kiminle yaşadığını gösteren verileri hiçbir zaman alamaz.
recipients-origin-authority = Menşe ülkenin resmî makamı
recipients-origin-authority-choice = Bu, insanların koruma aramak için terk etmek zorunda kaldığı bir ülkenin resmî makamıdır
recipients-add-heading = Alıcı ekle
recipients-name = Kuruluşun adı
recipients-country-hint = İki harf, örneğin DE ya da KE.
recipients-retention-days = Verileri kaç gün tutabilir (1 ile 1095 arası)
recipients-breach-notice-hours = Bir ihlali bize kaç saat içinde bildirmeli (en fazla 24)
recipients-ends-on-hint = Anlaşmanın son günü, örneğin 2027-12-31.
recipients-add = Alıcıyı ekle
recipients-added = Alıcı ve anlaşması kaydedildi.
RC-001 = İnsanların koruma aramak için terk etmek zorunda kaldığı bir ülkenin resmî makamı bu tür verileri hiçbir zaman alamaz.
RC-002 = Ülkeyi iki harfle yazın, örneğin DE ya da KE.
RC-003 = Anlaşmanın son gününü yazın; bugünden sonra olmalı, örneğin 2027-12-31.
RC-004 = Alıcı bir ihlali bize 24 saat içinde bildirmelidir: 1 ile 24 arasında bir sayı yazın.
RC-005 = Bu adla zaten bir alıcı var.
