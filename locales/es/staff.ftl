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
staff-status-submitted = Nueva
staff-status-in_review = En revisión
staff-status-awaiting_information = A la espera de información de la persona
staff-status-decided = Decidida
staff-status-completed = Terminada
staff-status-withdrawn = Retirada por la persona
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
case-upstream = Sistemas de origen
case-upstream-applied = Aplicado en { $system } el { $date }.
case-upstream-rejected = Rechazado por { $system } el { $date }: { $reason }
case-upstream-waiting = { $system } aún no lo ha confirmado.
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

## The auditor's screen
audit-title = Registro de auditoría
audit-verify = Comprobar la cadena de todo el registro
audit-verify-ok = El registro de auditoría está intacto: los { $events } eventos se encadenan correctamente.
audit-verify-broken = El registro de auditoría ha sido manipulado. Se comprobaron { $events } eventos; se encontraron estos problemas:
audit-break-altered = El evento { $seq } se modificó o se movió después de registrarse.
audit-break-chain-broken = El evento { $seq } no se deriva del evento anterior.
audit-break-missing = Faltan eventos después del evento { $seq }.
audit-break-truncated = El registro ya no contiene el evento { $seq } tal como lo anotó un punto de control firmado: se eliminaron o reescribieron los eventos más recientes.
audit-break-checkpoint-forged = Se modificó la línea { $seq } del archivo de puntos de control.
audit-action = Acción
audit-actor-kind = Realizado por
audit-actor-person = Una persona, para sí misma
audit-actor-staff = Alguien del personal
audit-actor-helper = Una persona que ayuda
audit-actor-anonymous = Una persona anónima
audit-actor-system = Amana (el sistema)
audit-actor-source-system = Un sistema de origen de la autoridad
audit-actor-id = Identificador de quien lo hizo
audit-from = Desde
audit-to = Hasta
audit-download-csv = Descargar esta selección como CSV
audit-none = Ningún evento coincide.
audit-when = Cuándo
audit-who = Quién
audit-about = Sobre

## Administration
admin-title = Administración
admin-sections = Secciones
admin-staff = Cuentas del personal
admin-teams = Equipos
admin-routing = Reparto de las solicitudes nuevas
admin-templates = Modelos de mensaje
admin-default-team = recibe las solicitudes que no coinciden con ninguna regla
admin-new-team = Añadir un equipo
admin-team-key = Clave corta
admin-key-hint = Letras minúsculas, cifras y guiones, como en north-office.
admin-team-name = Nombre
admin-add = Añadir
admin-save = Guardar
admin-delete = Eliminar
admin-saved = Guardado.
admin-role = Rol
admin-office = Oficina
admin-status = Estado
admin-active = activa
admin-inactive = desactivada
admin-enrolled = segundo paso configurado
admin-not-enrolled = segundo paso aún sin configurar
admin-locked = bloqueada tras intentos fallidos de inicio de sesión
admin-activate = Activar
admin-deactivate = Desactivar
admin-reset-second-factor = Restablecer el segundo paso
admin-change-teams = Cambiar equipos
admin-new-staff = Añadir una cuenta del personal
admin-name = Nombre completo
admin-enrolment-link-hint = Aquí no hay contraseña: Amana envía a la persona un enlace para elegir la suya. El enlace funciona una sola vez, durante 72 horas.
admin-send-enrolment-link = Enviar un nuevo enlace de activación
admin-routing-intro = Cada solicitud nueva va al equipo de la primera regla que coincida con ella. Las quejas van siempre a la persona delegada de protección de datos.
admin-routing-default = Una solicitud que no coincide con ninguna regla va al equipo predeterminado.
admin-category = Categoría
admin-sensitive = Sensible
admin-yes = Sí
admin-no = No
admin-move-up = Subir
admin-move-down = Bajar
admin-new-rule = Añadir una regla al final
admin-templates-intro = El personal elige uno de estos modelos al escribir a una persona, que lo lee en su propio idioma. Cada modelo necesita un texto en todos los idiomas.
admin-new-template = Añadir un modelo
admin-template-key = Clave corta
AD-001 = Rellene este campo.
AD-002 = Es demasiado largo.
AD-003 = Elija equipos de la lista.
AD-004 = Escriba una dirección de correo electrónico completa, como name@example.org.
AD-005 = Elija un rol de la lista.
AD-006 = La contraseña debe tener al menos 12 caracteres.
AD-007 = Ya existe una cuenta con este correo electrónico.
AD-008 = No puede desactivar su propia cuenta.
AD-009 = Use de 2 a 40 letras minúsculas, cifras y guiones.
AD-010 = Ya existe un equipo con esta clave.
AD-011 = Elija las condiciones de la regla en las listas.
AD-012 = Las quejas van siempre a la persona delegada de protección de datos; ninguna regla puede cambiarlo.
AD-013 = Escriba el texto también en este idioma.

## Administration: the purpose register
admin-purposes = Registro de finalidades
admin-purposes-intro = Por qué se guardan los datos, con qué base jurídica, durante cuánto tiempo y quién los recibe. Las personas lo leen en su propio idioma, en Mis datos y en la página de consentimiento.
admin-purpose-name = Nombre
admin-purpose-explanation = Explicación que las personas leen antes de dar su consentimiento
admin-purpose-version = Versión del texto de consentimiento:
admin-legal-basis = Base jurídica
admin-retention-days = Plazo de conservación (en días)
admin-recipients = Destinatarios
AD-014 = Escriba un número de días de 1 a 36500.
AD-015 = Elija una opción de la lista.
ST-018 = Una solicitud sobre un solo dato se acepta o se rechaza, no se acepta en parte.
staff-new-password = Elija su propia contraseña
SA-003 = Elija una contraseña que no sea su dirección de correo electrónico.

# Enrolment links for new accounts
SA-004 = Este enlace ha caducado o ya se usó. Pida a su administrador que le envíe uno nuevo.
AD-016 = Esta cuenta ya configuró su segundo paso. Restablezca primero el segundo paso si la persona necesita empezar de nuevo.
welcome-title = Configure su cuenta
welcome-intro = Elija la contraseña de su cuenta:
welcome-password-hint = Al menos 12 caracteres. Solo usted la conoce: nadie de Amana se la pedirá nunca. Después configurará su aplicación de autenticación.
mail-enrolment-subject = Configure su cuenta de Amana
mail-enrolment-body =
    Se creó una cuenta de Amana para esta dirección. Abra este enlace para elegir su contraseña y configurar su segundo paso de acceso:

    { $url }

    El enlace funciona una sola vez, durante { $hours } horas. Si no esperaba este correo, puede ignorarlo.

## Administración: sistemas de origen, sus claves de API y webhooks
admin-source-systems = Sistemas de origen
admin-source-systems-intro = Los sistemas propios de la autoridad que cargan personas en Amana mediante la API. Cada uno solo puede escribir las finalidades y los tipos de información marcados aquí, y solo con sus propias claves.
admin-new-source-system = Registrar un sistema de origen
admin-source-system-contact = Quién lo gestiona
admin-source-system-contact-hint = Un equipo o una dirección a quien avisar cuando sus llamadas fallan.
admin-source-system-purposes = Finalidades que puede escribir
admin-source-system-categories = Tipos de información que puede escribir
admin-webhook = Webhook
admin-webhook-none = Ninguno: el sistema lee el flujo de cambios.
admin-webhook-url = Dirección a la que Amana llama cuando un cambio afecta a este sistema
admin-webhook-hint = Al guardar se crea un nuevo secreto de firma, que se muestra una sola vez. El secreto anterior deja de funcionar.
admin-webhook-save = Guardar el webhook
admin-webhook-stop = Detener el webhook
admin-api-keys = Claves de API
admin-new-key = Crear una clave nueva
admin-key-scopes = Qué permite la clave
admin-key-days = Válida durante (días)
admin-new-key-hint = La clave se muestra una sola vez, justo después. Un sistema puede tener dos claves válidas, para que una clave nueva sustituya a la anterior sin interrupción.
admin-key-live = Válida
admin-key-expired = Caducada
admin-key-revoked = Revocada el
admin-key-created = Creada el
admin-key-expires = caduca el
admin-key-last-used = último uso
admin-key-never-used = nunca
admin-key-revoke = Revocar
admin-new-key-shown = Nueva clave de API para
admin-webhook-secret-shown = Nuevo secreto de firma del webhook para
admin-shown-once-hint = Cópielo ahora y entrégueselo a los responsables del sistema por una vía segura. Amana no lo guarda y no puede volver a mostrarlo.
api-scope-people-write = Cargar y retirar personas
api-scope-changes-read = Leer los cambios aprobados
api-scope-changes-ack = Confirmar que los cambios se hicieron
api-scope-access-events-write = Informar de quién consultó datos
AD-017 = Ya existe un sistema de origen con este nombre.
AD-018 = Escriba un número de días entre 1 y 1095.
AD-019 = Este sistema ya tiene dos claves válidas. Revoque una antes de crear otra.
AD-020 = Elija al menos una opción.
AD-021 = Escriba una dirección web completa, como https://cases.example.org/amana.

## Administration: languages
admin-locales = Idiomas
admin-locales-intro = Todos los idiomas que las personas pueden elegir, y si alguien que habla el idioma ya revisó la traducción.
admin-locale-source = Idioma de origen
admin-locale-draft = Primer borrador, todavía sin revisar
admin-locale-reviewed = Revisada por { $reviewer } el { $date }
