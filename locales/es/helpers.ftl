## Helpers of civil-society organisations
helper-sign-in-title = Acceso de las personas que ayudan
helper-sign-in-intro = Para las personas que ayudan en organizaciones registradas ante la autoridad. Entre con su correo electrónico y su contraseña, y después con un código de su aplicación de autenticación.
helper-home-title = Personas a las que ayuda
helper-people = Personas que le han dado una autorización
helper-people-none = Todavía nadie le ha dado una autorización, o todas las autorizaciones han terminado. Una persona se la da desde su propia cuenta, con un código corto.
helper-scope = Puede
helper-until = Hasta
nav-helper-people = Personas a las que ayuda
mandate-scope-view = ver sus datos
mandate-scope-request = hacer solicitudes en su nombre
mandate-scope-consent = gestionar su consentimiento
mandate-scope-complain = presentar quejas en su nombre

## Administration: organisations and their helpers
admin-organisations = Organizaciones de ayuda
admin-organisations-intro = Organizaciones de la sociedad civil cuyas personas que ayudan pueden actuar en nombre de quienes les dan una autorización. Suspender una organización corta de inmediato el acceso de todas las personas que ayudan en ella.
admin-new-organisation = Registrar una organización
admin-organisation-kind = Tipo
admin-organisation-contact = Datos de contacto
organisation-kind-ngo = Organización no gubernamental
organisation-kind-legal-aid = Asistencia jurídica
organisation-kind-community-group = Grupo comunitario
admin-suspended = suspendida
admin-suspend = Suspender
admin-reinstate = Reactivar
admin-helpers = Personas que ayudan
admin-new-helper = Añadir una persona que ayuda
admin-helper-organisation = Organización

## Mandates: the person gives a helper permission to act for them
nav-mandates = Personas que le ayudan
mandates-title = Personas que pueden ayudarle
mandates-intro = Puede permitir que una persona de una organización de su confianza actúe en su nombre: ver sus datos, hacer solicitudes, gestionar su consentimiento o presentar quejas. Usted elige qué y por cuánto tiempo, y puede detenerlo en cualquier momento.
mandates-none = Todavía no le ha dado una autorización a nadie.
mandates-back = Volver a las personas que pueden ayudarle
mandate-no-helper-yet = Esperando a que la persona que le ayuda escriba el código
mandate-state-waiting = esperando el código
mandate-state-active = activa
mandate-state-revoked = retirada por usted
mandate-state-ended = terminada
mandate-revoke = Retirar esta autorización ahora
mandate-grant-title = Dar una autorización a una persona que le ayuda
mandate-grant-intro = Recibirá un código corto. Déselo usted a la persona que le ayuda, cara a cara o por teléfono. Sirve una sola vez, durante 30 minutos.
mandate-grant-scope = ¿Qué puede hacer la persona que le ayuda?
mandate-grant-days = ¿Por cuánto tiempo?
mandate-days-1 = Un día
mandate-days-7 = Una semana
mandate-days-30 = Un mes
mandate-days-90 = Tres meses
mandate-days-182 = Seis meses
mandate-grant = Obtener el código
mandate-code-title = El código para la persona que le ayuda
mandate-code-intro = Dé este código a la persona que le ayuda. Sirve una sola vez, durante los próximos 30 minutos.
mandate-code-warning = Déselo solo a la persona que usted quiere que le ayude. Nadie de la autoridad se lo pedirá.
mandate-code-shown = El código se mostró una sola vez. Si no se lo dio a la persona que le ayuda, retire esa autorización y haga una nueva.
notice-mandate-revoked = Se retiró la autorización. La persona que le ayudaba ya no puede actuar en su nombre.
MD-001 = Elija al menos una cosa que la persona que le ayuda pueda hacer.
MD-002 = Elija por cuánto tiempo.
MD-003 = Este código no funciona. Puede que esté mal escrito, que ya se haya usado o que haya caducado.
MD-004 = La autorización que le dio esta persona no cubre esto, o ya terminó.
MD-005 = Escriba el número de expediente de la persona.
MD-006 = El número de expediente solo puede tener letras, números y guiones, tal como aparece en los papeles de la persona.
MD-007 = Escriba la fecha de nacimiento de la persona.
MD-008 = Escriba la fecha de nacimiento como aparece en los papeles de la persona, por ejemplo 1990-01-31 o 31/01/1990. Si solo dicen el año, o el año y el mes, escriba solo eso: 1978 o 1978-11.
access-mandate-activated = Empezó a ayudarle con su autorización

## The helper enters a code
helper-redeem-title = Escriba el código de una persona
helper-redeem-intro = La persona le da un código desde su propia cuenta. Escríbalo aquí para empezar a ayudar a esa persona.
helper-redeem-code = Código
helper-redeem = Empezar a ayudar
helper-mandate-taken-up = Ahora puede ayudar a esta persona, dentro de lo que ella permitió.

## A helper acting for a person
helper-act-for = Actuar en nombre de esta persona
helper-acting-label = Actuando en nombre de otra persona
helper-acting-for = Está actuando en nombre de { $name }
helper-nav-data = Datos de la persona
helper-nav-requests = Solicitudes de la persona
helper-nav-consent = Consentimiento de la persona
helper-nav-complain = Presentar una queja en su nombre
helper-stop-acting = Dejar de actuar en nombre de esta persona
helper-mandate-ended = Su autorización para actuar en nombre de esa persona terminó: se acabó el plazo, la persona la retiró o su organización fue suspendida.
actor-helper = { $helper }, de { $organisation } (persona que ayuda)
actor-helper-for = { $helper }, de { $organisation }, en nombre de { $person }
actor-helper-for-you = { $helper }, de { $organisation }, en su nombre
message-to-helper = para la persona que ayuda
access-requests-listed = Consultó la lista de sus solicitudes
access-consent-viewed = Consultó su consentimiento
access-request-filed = Hizo una solicitud en su nombre
access-request-withdrawn = Retiró una de sus solicitudes
access-request-information-added = Añadió información a una de sus solicitudes
access-consent-given = Dio el consentimiento en su nombre
access-consent-withdrawn = Retiró el consentimiento en su nombre
access-complaint-filed = Presentó una queja en su nombre
case-submitted-by = Enviada por
case-submitted-by-helper = { $helper }, de { $organisation }, en nombre de { $person }
case-message-to = Enviar a
case-message-to-person = La persona
ST-028 = No hay a quién escribir: esta solicitud no llegó a través de una persona que ayuda, o su autorización ya terminó.
mail-helper-news-subject = Un mensaje sobre una solicitud que hizo para otra persona
mail-helper-news-body =
    Tiene un mensaje sobre una solicitud que hizo para otra persona. Entre para leerlo: { $url }

## Assisted start: the helper asks, the person confirms with a code
helper-assisted-title = Empezar con una persona que está con usted
helper-assisted-intro = Si la persona está con usted, escriba su número de expediente y su fecha de nacimiento, y elija lo que ella quiere que usted haga. La persona recibe un código en el contacto que tenemos registrado; si no tiene ninguno, la oficina de la autoridad le imprime uno. Su autorización empieza solo cuando usted escribe ese código en «Escriba el código de una persona».
helper-assisted-send = Pedir un código a la persona
helper-assisted-sent = Si estos datos coinciden con un registro, la persona recibió un código en el contacto que tenemos registrado. Si no tiene ningún contacto, puede pedir un código impreso en la oficina de la autoridad.
mail-mandate-request-subject = Una persona que ayuda pide actuar en su nombre
mail-mandate-request-body =
    { $organisation } pide ayudarle con sus datos ante la autoridad. Tendría permiso para: { $scope }.

    Si está con la persona que le ayuda y está de acuerdo, dele este código: { $code }

    Sirve una sola vez, durante 30 minutos. Si usted no pidió ayuda, ignore este mensaje: sin el código no pasa nada.
access-mandate-requested = Pidió actuar en su nombre (no pasa nada hasta que usted dé su código)
access-mandate-code-printed = Imprimió un código para que usted confirme a una persona que le ayuda
nav-staff-mandates = Solicitudes de autorización
staff-mandates-title = Solicitudes de autorización que esperan un código
staff-mandates-intro = Una persona que ayuda inició estas solicitudes para alguien que quizá no tiene ningún contacto. Primero compruebe la identidad de esa persona cara a cara. Después imprima un código y déselo a ella, no a la persona que ayuda: sirve una sola vez, durante tres días, y solo para esa persona que ayuda.
staff-mandates-none = No hay ninguna solicitud de autorización en espera.
staff-mandates-requested = Pedida el
staff-mandates-print = Imprimir un código para la persona
staff-mandate-code-title = Código para la persona
staff-mandate-code-intro = Dé este papel a la persona. Si está de acuerdo, ella da el código a la persona que le ayuda, que lo escribe. Solo esa persona que ayuda puede usarlo, una sola vez, hasta el { $until }.
staff-mandate-code-shown = El código se mostró una sola vez. Si se perdió el papel, imprima un código nuevo: el anterior deja de funcionar.
access-mandate-request-viewed = Consultó la solicitud de una persona que ayuda para actuar en su nombre
notice-mandate-code-printed = El personal imprimió un código en papel para que una persona de apoyo pueda actuar por usted. Si usted no lo pidió, deténgalo en «Personas que le ayudan».
