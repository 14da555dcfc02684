# Amana — español: quejas. Todos los idiomas tienen las mismas claves.

footer-oversight = Supervisión independiente:
footer-complain = Presentar una queja sobre cómo se trataron sus datos
complaint-title = Presentar una queja
complaint-intro = Si cree que sus datos no se trataron bien, cuéntenoslo aquí. Las quejas llegan solo a la persona delegada de protección de datos, nunca al personal del que usted se queja.
complaint-oversight-explained = También puede presentar una queja directamente ante esta autoridad independiente, en cualquier momento y gratis.
complaint-signed-in = Usted ya entró, así que su queja quedará unida a su expediente y podrá seguirla en Mis solicitudes.
complaint-anonymous = Usted no ha entrado, así que su queja será anónima. Recibirá un código de recibo para seguirla. Nadie podrá contactarle.
complaint-text = ¿Qué pasó?
complaint-text-hint = Escriba con sus propias palabras. No ponga información sobre otras personas.
complaint-related = ¿Es sobre una de sus solicitudes? (opcional)
complaint-related-none = No, no es sobre una solicitud
complaint-send = Enviar mi queja
complaint-follow-link = Seguir una queja anónima con su código de recibo

receipt-title = Recibimos su queja
receipt-intro = Su código de recibo es:
receipt-keep-safe = Anote este código y guárdelo en un lugar seguro. Solo se muestra una vez, y es la única forma de seguir su queja.
receipt-follow = Ver su queja
receipt-gone = El código de recibo se muestra solo una vez. Si lo tiene, puede usarlo para seguir su queja.

lookup-title = Seguir una queja
lookup-intro = Escriba el código de recibo que le dimos cuando envió su queja.
lookup-code = Código de recibo
lookup-code-hint = 16 letras y números, por ejemplo ABCD-EF23-GH45-JK67.
lookup-submit = Mostrar mi queja
complaint-status-title = Su queja
status-no-complaint = No hay ninguna queja para mostrar. Primero escriba su código de recibo.

CP-001 = Escriba qué pasó antes de enviar.
CP-002 = Es demasiado largo. Por favor, acórtelo a 2000 caracteres.
CP-003 = Elija una de sus propias solicitudes, o ninguna.
CP-004 = Ninguna queja tiene este código de recibo. Revise el código e inténtelo de nuevo.
complaint-staff-member = Nombre o correo electrónico de un miembro del personal, si la queja es sobre esa persona (opcional)
complaint-staff-member-hint = Si sabe quién trató mal sus datos, escríbalo aquí. Esa persona nunca verá su queja.
