# Herkese açık şeffaflık sayfası (/transparency) ve CSV dosyası. Herkes okuyabilir: sade sözcükler, teknik terim yok.
footer-transparency = Başvuruları nasıl ele alıyoruz: rakamlar ve kurallar
transparency-title = Başvuruları nasıl ele alıyoruz: rakamlar ve kurallar
transparency-intro = Her ay, kişisel verilerle ilgili kaç başvuru aldığımızı ve kaçını yanıtladığımızı, ne kadar hızlı yanıtladığımızı ve bazılarını neden reddettiğimizi yayımlıyoruz. Bu rakamlardan hiç kimse tanınamaz.
transparency-computed-at = Rakamlar { $moment } tarihinde hesaplandı (UTC). İçinde bulunduğumuz ay henüz bitmedi.
transparency-none-yet = Rakamlar henüz hesaplanmadı. Lütfen daha sonra tekrar gelin.
transparency-download = Bu rakamları indir (CSV dosyası)
transparency-rule-heading = Nasıl sayıyoruz
transparency-rule-zero = Hiçbir şey olmadıysa 0 yazıyoruz.
transparency-rule-fewer = 1 ile 7 arasında "8'den az" yazıyoruz; böylece kimse tanınamaz.
transparency-rule-rounded = Diğer sayıları 5'in en yakın katına yuvarlıyoruz.
transparency-rule-totals = Toplamları kesin sayılardan hesaplıyor, sonra yuvarlıyoruz; bu yüzden satırların toplamından farklı olabilirler.
transparency-rule-rates = Süreleri ve yüzdeleri yalnızca en az 23 yanıtlanmış başvuruya dayandıklarında gösteriyoruz.
transparency-rule-quarters = Başvuru türlerini ve ret nedenlerini üçer aylık dönemlere göre gösteriyoruz; çünkü tek tek aylarda sayılar gösterilemeyecek kadar küçük olurdu.
transparency-fewer-than-eight = 8'den az
transparency-too-few = bir şey söylemek için çok az
transparency-percent = %{ $percent }
transparency-days =
    { $days ->
        [one] { $days } gün
       *[other] { $days } gün
    }
transparency-months-heading = Aylara göre başvurular
transparency-chart-volume = Aylara göre alınan ve kapatılan başvurular
transparency-chart-note = Çubuklar aşağıdaki tablonun rakamlarını gösterir. Çubukların altındaki sayılar aylardır.
transparency-chart-timely = Bir ay içinde yanıtlanan başvuruların oranı
transparency-chart-timely-note = Kısa çizgi, o ay bir şey söylemek için çok az başvurunun yanıtlandığı anlamına gelir.
transparency-months-caption = Aylara göre başvurular, tüm türler birlikte
transparency-quarters-heading = Her başvuru türü, üç aylık dönemlere göre
transparency-quarters-caption = Üç aylık dönemlere ve başvuru türüne göre başvurular
transparency-reasons-heading = Başvurular neden reddedildi
transparency-reasons-caption = Üç aylık dönemlere ve belirtilen nedene göre retler (bir kararda birden fazla neden olabilir)
transparency-month = Ay
transparency-quarter = Üç aylık dönem
transparency-kind = Başvuru türü
transparency-reason = Neden
transparency-all-kinds = Tüm türler birlikte
transparency-received = Alınan
transparency-closed = Yanıtlanan ya da geri çekilen
transparency-median = Olağan yanıt süresi (medyan)
transparency-within-month = Bir ay içinde yanıtlanan
transparency-within-extended = Uzatılan süre içinde yanıtlanan
transparency-extensions = Yanıt süresi uzatılan
transparency-refusals = Tamamen ya da kısmen reddedilen
transparency-routing-heading = Başvuruyla kim ilgilenir
transparency-routing-intro = Yeni bir başvuru bu kurallara göre, bu sırayla bir ekibe gider. Uyan ilk kural karar verir.
transparency-routing-every = Her türden
transparency-routing-kind = "{ $value }" türündeki
transparency-routing-category = "{ $value }" ile ilgili
transparency-routing-language = { $value } dilinde yazılmış
transparency-routing-region = { $value } bölgesinden gelen
transparency-routing-sensitive = hassas veri içeren
transparency-routing-not-sensitive = hassas veri içermeyen
transparency-routing-rule = { $conditions } başvurular "{ $team }" ekibine gider.
transparency-routing-rest = Diğer tüm başvurular "{ $team }" ekibine gider.
transparency-routing-human = Her başvuruya kurumda bir insan karar verir. Hiçbir bilgisayar karar vermez: bu kurallar yalnızca başvuruyu hangi ekibin okuyacağını seçer.
transparency-breaches = Denetim makamına bildirilen kişisel veri ihlalleri
