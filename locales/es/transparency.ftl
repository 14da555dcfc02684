# La página pública de transparencia (/transparency) y su archivo CSV. La puede leer cualquier persona: palabras sencillas, sin jerga.
footer-transparency = Cómo tratamos las solicitudes: cifras y reglas
transparency-title = Cómo tratamos las solicitudes: cifras y reglas
transparency-intro = Cada mes publicamos cuántas solicitudes sobre datos personales recibimos y respondimos, con qué rapidez, y por qué rechazamos algunas. Con estas cifras no se puede reconocer a nadie.
transparency-computed-at = Cifras calculadas el { $moment } (UTC). El mes actual todavía no ha terminado.
transparency-none-yet = Las cifras todavía no se han calculado. Vuelva más tarde, por favor.
transparency-download = Descargar estas cifras (archivo CSV)
transparency-rule-heading = Cómo contamos
transparency-rule-zero = Cuando no pasó nada, escribimos 0.
transparency-rule-fewer = De 1 a 7 escribimos «menos de 8», para que nadie pueda ser reconocido.
transparency-rule-rounded = Los demás números se redondean al múltiplo de 5 más cercano.
transparency-rule-totals = Los totales se calculan con los números exactos y después se redondean, así que pueden ser distintos de la suma de las filas.
transparency-rule-rates = Los tiempos y los porcentajes solo se muestran cuando se basan en al menos 23 solicitudes respondidas.
transparency-rule-quarters = Los tipos de solicitud y los motivos de rechazo se muestran por trimestre (tres meses), porque mes a mes los números serían demasiado pequeños para mostrarlos.
transparency-fewer-than-eight = menos de 8
transparency-too-few = demasiado pocas para saberlo
transparency-percent = { $percent } %
transparency-days =
    { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
transparency-months-heading = Solicitudes por mes
transparency-chart-volume = Solicitudes recibidas y terminadas, por mes
transparency-chart-note = Las barras muestran las cifras de la tabla de abajo. Los números bajo las barras son los meses.
transparency-chart-timely = Parte de las solicitudes respondidas en un plazo de un mes
transparency-chart-timely-note = Una raya significa que ese mes se respondieron demasiado pocas solicitudes para saberlo.
transparency-months-caption = Solicitudes por mes, todos los tipos juntos
transparency-quarters-heading = Cada tipo de solicitud, por trimestre
transparency-quarters-caption = Solicitudes por trimestre y por tipo de solicitud
transparency-reasons-heading = Por qué se rechazaron solicitudes
transparency-reasons-caption = Rechazos por trimestre, según el motivo dado (una decisión puede dar varios motivos)
transparency-month = Mes
transparency-quarter = Trimestre
transparency-kind = Tipo de solicitud
transparency-reason = Motivo
transparency-all-kinds = Todos los tipos juntos
transparency-received = Recibidas
transparency-closed = Respondidas o retiradas
transparency-median = Tiempo habitual de respuesta (mediana)
transparency-within-month = Respondidas en un plazo de un mes
transparency-within-extended = Respondidas dentro del plazo alargado
transparency-extensions = Plazo de respuesta alargado
transparency-refusals = Rechazadas, del todo o en parte
transparency-routing-heading = Quién se ocupa de una solicitud
transparency-routing-intro = Una solicitud nueva va a un equipo según estas reglas, en este orden. Decide la primera regla que encaja.
transparency-routing-every = de cualquier tipo
transparency-routing-kind = del tipo «{ $value }»
transparency-routing-category = sobre «{ $value }»
transparency-routing-language = escritas en { $value }
transparency-routing-region = de la región { $value }
transparency-routing-sensitive = que afectan a datos sensibles
transparency-routing-not-sensitive = que no afectan a ningún dato sensible
transparency-routing-rule = Las solicitudes { $conditions } van al equipo «{ $team }».
transparency-routing-rest = Todas las demás solicitudes van al equipo «{ $team }».
transparency-routing-human = Una persona de la autoridad decide cada solicitud. Ninguna computadora decide: estas reglas solo eligen qué equipo la lee.
transparency-breaches = Brechas de datos personales notificadas a la autoridad de control
