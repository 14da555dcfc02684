# Mensajes de texto (SMS), para las personas que tienen teléfono y no tienen correo electrónico. Cada uno debe ser
# corto: un SMS lleva 160 letras latinas, o solo 70 en cualquier otra escritura (árabe, cirílica, etíope,
# georgiana…) o con acentos fuera del alfabeto GSM; una prueba falla si un texto necesita más de dos SMS. Nada
# personal aparte del código.

# El código para entrar. Debe caber en un solo SMS.
sms-sign-in = Amana: su código es { $code }. Sirve { $minutes } min. No se lo dé nunca a nadie.
# Una persona de una organización pide actuar en nombre de la persona; el código dice que sí.
sms-mandate-request = Amana: { $organisation } quiere ayudarle. Solo si usted acepta, dele este código: { $code }
sms-request-received = Amana: hemos recibido su solicitud. Entre para seguirla: { $url }
sms-request-news = Amana: hay novedades sobre su solicitud. Entre para leerlas: { $url }
