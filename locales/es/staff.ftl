## Personal: entrar
nav-queue = Cola de trabajo
nav-audit = Registro de auditoría
nav-admin = Administración
staff-sign-in-title = Acceso del personal
staff-sign-in-intro = Para el personal de la autoridad. Entre con su correo electrónico de trabajo y su contraseña, y después con un código de su aplicación de autenticación.
staff-email = Correo electrónico de trabajo
staff-password = Contraseña
staff-continue = Continuar
staff-enrol-title = Configure su aplicación de autenticación
staff-enrol-intro = Las cuentas del personal están protegidas con un segundo paso. Configúrelo una sola vez, ahora.
staff-enrol-step-app = Abra una aplicación de autenticación en su teléfono de trabajo.
staff-enrol-step-scan = Escanee este código o escriba en la aplicación la clave que aparece abajo.
staff-enrol-qr = Código QR para su aplicación de autenticación
staff-enrol-secret = Clave:
staff-enrol-step-code = Escriba el código de seis cifras que muestra la aplicación.
staff-code = Código
staff-code-hint = Seis cifras de su aplicación de autenticación.
staff-enrol-confirm = Confirmar y entrar
staff-code-title = Segundo paso
staff-code-intro = Escriba el código que su aplicación de autenticación muestra ahora.
staff-code-recovery-hint = Seis cifras de la aplicación. ¿Perdió su teléfono? Escriba en su lugar uno de sus códigos de recuperación.
staff-recovery-title = Sus códigos de recuperación
staff-recovery-intro = Guarde estos códigos en un lugar seguro, lejos de su teléfono. Cada uno sirve una sola vez, si pierde su aplicación de autenticación. Solo se muestran ahora.
staff-recovery-shown = Sus códigos de recuperación ya se mostraron. Si no los guardó, pida a un administrador que restablezca su segundo paso.
SA-001 = El correo electrónico, la contraseña o el código no son correctos. Después de cinco intentos fallidos, la cuenta se bloquea durante 15 minutos.
SA-002 = El inicio de sesión tardó demasiado. Por favor, empiece de nuevo.
ST-001 = Su rol no le permite hacer esto.

## Personal: colas
queue-title = Solicitudes por tramitar
queue-take-next = Tomar la siguiente solicitud
queue-nothing-to-take = Ahora mismo no hay ninguna solicitud sin asignar en sus colas.
queue-team = Equipo
queue-any = Cualquiera
queue-kind = Solicitud
queue-status = Estado
queue-language = Idioma
queue-filter = Mostrar
queue-empty = No hay solicitudes abiertas que coincidan.
queue-count = Solicitudes abiertas:
queue-overdue = Fuera de plazo
queue-due-soon = Vence en 3 días o menos
team-general = Solicitudes generales
team-sensitive-data = Datos sensibles
team-dpo = Delegado/a de protección de datos

## Personal: una solicitud
case-title = Solicitud
case-back = Volver a la cola
case-person = Persona
case-anonymous = Persona anónima que presentó una queja
case-case-reference = Número de expediente
case-extended-because = Motivo para alargar el plazo
case-explanation = Explicación de la persona
case-concerned = De qué trata la solicitud
case-concerned-none = Todo el registro, o información de una categoría sensible: ábrala abajo indicando un motivo.
case-record = Otra información del registro
case-record-intro = Abra una categoría solo si la necesita para esta solicitud. Su motivo queda registrado y la persona puede verlo.
case-erased = (borrado)
case-proposed-value = Se pide:
case-restricted = El uso está limitado.
case-open-reason = Motivo
case-choose = Elija…
case-open = Abrir
case-proposal = Decisión propuesta, a la espera de una segunda persona
case-awaiting-approval = pendiente de aprobación
case-assignee = Tramitada por
case-assignee-you = Usted
case-unassigned = Nadie todavía
case-template = Mensaje
case-actions = Qué puede hacer
case-no-actions = Ahora no puede hacer nada con esta solicitud.
case-claim = Tomar esta solicitud
case-approve-explained = Un/a colega propuso esta decisión. Revísela: no cambia nada hasta que la apruebe una persona distinta de quien la propuso.
case-approve = Aprobar la decisión
case-send-back = Devolver para revisión
case-message = Enviar un mensaje a la persona
case-note = Sus propias palabras (opcional)
case-note-hint = Se añade debajo del mensaje. Escriba con palabras sencillas; es posible que la persona lo lea con un traductor automático.
case-send = Enviar
case-ask-information = Pedir información a la persona
case-identity = Todavía tenemos que comprobar la identidad de la persona (el plazo se detiene hasta que responda)
case-resume = Continuar sin la información
case-extend = Alargar el plazo
case-extend-explained = Solo una vez, durante el primer mes, por uno o dos meses. Se le dice a la persona por qué.
case-extend-months = Meses
case-extend-reason = Motivo
case-decide = Decidir
case-outcome = Decisión
case-reasons = Motivos (al menos uno)
case-decision-note = Nota para la persona (opcional)
case-second-person = Borrar datos, y corregir datos sensibles, requiere la aprobación de una segunda persona antes de que cambie nada.
case-reassign = Pasar a otra persona
case-reassign-to = Colega
staff-done-claim = Ahora la solicitud es suya.
staff-done-reassign = La solicitud se pasó a su colega.
staff-done-message = Su mensaje se envió. La persona recibe un correo electrónico que le avisa de que hay novedades.
staff-done-ask-information = Su pregunta se envió. La persona recibe un correo electrónico que le avisa de que hay novedades.
staff-done-resume = El trabajo en la solicitud continúa.
staff-done-extend = Se alargó el plazo y se le dijo a la persona por qué.
staff-done-decide = La decisión quedó registrada. Si necesita una segunda persona, queda a la espera de su aprobación.
staff-done-approve = La decisión se aprobó y se aplicó.
staff-done-send-back = La propuesta se devolvió para revisión.
ST-010 = Elija por qué necesita abrir esta información.
ST-011 = Elija un motivo para alargar el plazo.
ST-012 = Elija una decisión.
ST-013 = Elija al menos un motivo.
ST-014 = Es demasiado largo. Por favor, acórtelo a 2000 caracteres.
ST-015 = Elija un/a colega de la lista.
ST-016 = Elija un mensaje de la lista.
ST-017 = Esa acción no existe.
ST-020 = Esto no es posible en el estado actual de la solicitud.
ST-021 = El plazo ya se alargó una vez.
ST-022 = El plazo solo se puede alargar durante el primer mes.
ST-023 = El plazo solo se puede alargar uno o dos meses.
ST-024 = Usted propuso esta decisión, así que otra persona debe aprobarla.
ST-025 = Solo la persona que tramita esta solicitud puede hacer esto. Tómela primero.
ST-026 = Esta decisión necesita primero la aprobación de una segunda persona.
ST-027 = Otra persona cambió esta solicitud al mismo tiempo. Vuelva a revisarla e inténtelo de nuevo.

## Decisiones, tal como las lee la persona
outcome-approved = Su solicitud fue aceptada.
outcome-partly_approved = Su solicitud fue aceptada en parte.
outcome-refused = Su solicitud fue rechazada.
reason-request-granted = Hicimos lo que usted pidió.
reason-evidence-insufficient = La información que usted dio no muestra que nuestro registro esté mal.
reason-identity-not-verified = No pudimos confirmar que usted es la persona de quien trata la información.
reason-legal-claims = Necesitamos esta información para presentar, ejercer o defender reclamaciones ante la justicia.
reason-manifestly-unfounded = La solicitud repite otra anterior que ya fue respondida.
extension-reason-complexity = Su solicitud es complicada y necesita más tiempo.
extension-reason-number-of-requests = Recibimos muchas solicitudes y necesitamos más tiempo para responder bien a la suya.
timeline-message = Se le envió un mensaje

## Modelos de mensaje (el personal elige uno; la persona lo lee en su idioma)
template-information-needed-name = Necesitamos más información
template-information-needed = Para tramitar su solicitud necesitamos más información de usted. Por favor, entre y responda en esta solicitud.
template-identity-documents-name = Por favor, confirme su identidad
template-identity-documents = Antes de continuar, necesitamos confirmar que usted es la persona de quien trata la información. Por favor, añada a esta solicitud una foto de un documento de identidad.
template-progress-update-name = Estamos trabajando en su solicitud
template-progress-update = Estamos trabajando en su solicitud. Ahora no necesita hacer nada.
template-decision-made-name = Se tomó una decisión
template-decision-made = Se tomó una decisión sobre su solicitud. Puede leerla, con los motivos, en la página de la solicitud.

## Quién consultó mis datos: acciones del personal
access-request-claimed = Empezó a tramitar su solicitud
access-request-reassigned = Pasó su solicitud a un compañero o una compañera
access-request-messaged = Le envió un mensaje
access-request-information-requested = Le pidió información
access-request-resumed = Siguió trabajando en su solicitud
access-request-extended = Alargó el plazo para responder
access-request-decision-proposed = Propuso una decisión sobre su solicitud
access-request-decision-approved = Aprobó la decisión sobre su solicitud
access-request-decision-sent-back = Devolvió una decisión propuesta para revisarla
access-request-decided = Tomó una decisión sobre su solicitud
access-field-restricted = Limitó el uso de sus datos

## Deadline mails to staff (no personal data: a link to the request only)
staff-mail-due-soon-subject = Una solicitud que usted gestiona vence dentro de una semana
staff-mail-due-soon-body =
    Una solicitud asignada a usted debe responderse en un plazo de siete días.

    Abrirla: { $url }
staff-mail-overdue-subject = Una solicitud de su equipo está vencida
staff-mail-overdue-body =
    Una solicitud de su equipo superó su plazo legal y aún no tiene respuesta. Asegúrese de que se atienda hoy.

    Abrirla: { $url }
