# Telefonu olan ama e-posta adresi olmayan kişiler için kısa mesajlar (SMS). Her biri kısa olmalı: bir SMS'e 160 Latin
# harfi sığar, başka bir yazıda (Arap, Kiril, Etiyopya, Gürcü…) ya da GSM alfabesi dışındaki harflerle (ş, ğ, ı, ç)
# yalnızca 70; ikiden fazla SMS gerektiren bir metinde test başarısız olur. Kod dışında kişisel hiçbir şey yok.

# Giriş kodu. Tek bir SMS'e sığmalıdır.
sms-sign-in = Amana giriş kodu: { $code }. { $minutes } dakika geçerli. Kodu kimseye vermeyin.
# Bir kuruluştan bir yardımcı, kişi adına işlem yapmak istiyor; kod "evet" demektir.
sms-mandate-request = Amana: { $organisation } size yardım etmek istiyor. Yalnızca kabul ediyorsanız onlara bu kodu verin: { $code }
sms-request-received = Amana: başvurunuzu aldık. Takip etmek için giriş yapın: { $url }
sms-request-news = Amana: başvurunuzla ilgili yeni bir gelişme var. Okumak için giriş yapın: { $url }
