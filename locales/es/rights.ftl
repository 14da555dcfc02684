# Amana — español: ejercer los derechos (solicitudes sobre los propios datos). Todos los idiomas tienen las mismas claves.

nav-my-requests = Mis solicitudes

## Acciones junto a cada dato en Mis datos
action-correct = Esto está mal
action-erase = Borrar esto
action-restrict = Dejar de usar esto
my-data-erase-all = Pedir que se borren todos mis datos

## Formularios de solicitud
request-correct-title = Corregir sus datos
request-erase-title = Borrar sus datos
request-restrict-title = Dejar de usar sus datos
request-erase-all-title = Borrar todos sus datos
request-proposed-value = Lo que debería decir
request-proposed-value-hint = Escriba la información correcta.
request-erase-explained = Usted pide que se borre esta información. La ley obliga a guardar alguna información; si es así, le diremos por qué.
request-erase-all-explained = Usted pide que se borre toda la información que se tiene sobre usted. La ley obliga a guardar alguna información, por ejemplo mientras su expediente esté abierto; si es así, le diremos cuál y por qué.
request-restrict-choose = ¿Qué quiere?
request-restriction-explained = Guardar la información, pero no usarla mientras se revisa (por ejemplo, porque usted cree que está mal).
request-objection-explained = Dejar de usar la información para este fin, por su situación personal.
request-explanation = Algo más que quiera añadir (opcional)
request-explanation-hint = Por ejemplo, por qué o qué pasó. También puede enviar documentos más tarde.
request-deadline-explained = Pedirlo es gratis. Recibirá una respuesta en un plazo de un mes. Si su solicitud es complicada, el plazo puede alargarse dos meses más, y le diremos por qué.
request-send = Enviar mi solicitud
request-cancel = Volver sin enviar
request-whole-record = Todos mis datos

## Tipos y estados de las solicitudes
kind-access = Copia de mis datos
kind-correction = Corrección
kind-erasure = Borrado
kind-restriction = Pausar el uso
kind-objection = Oposición al uso
kind-complaint = Queja
status-submitted = Recibida
status-in_review = En revisión
status-awaiting_information = Esperando información de usted
status-decided = Decidida
status-completed = Terminada
status-withdrawn = Retirada

## Mis solicitudes
requests-title = Mis solicitudes
requests-intro = Aquí puede seguir todo lo que ha pedido, ver la fecha en que recibirá una respuesta y leer los mensajes.
requests-none = Todavía no ha hecho ninguna solicitud. Para hacer una, vaya a Mis datos y elija un dato.
requests-back = Volver a mis solicitudes
request-title = Su solicitud
request-reference = Referencia
request-kind = Solicitud
request-about = Sobre
request-status = Estado
request-received = Recibida el
request-due = Respuesta a más tardar el
request-extended = Se alargó el plazo para responder. Motivo:
request-decision = La decisión
request-timeline = Qué pasó
request-upstream = En los sistemas de la autoridad
request-upstream-done = Hecho en { $system } el { $date }.
request-upstream-waiting = Aún no hecho en { $system }. El personal se ocupa de ello.
request-messages = Mensajes
request-no-messages = Todavía no hay mensajes.
request-add-information = Añadir información o responder
request-add-information-hint = Escriba aquí si quiere añadir algo o responder a una pregunta.
request-send-information = Enviar
request-withdraw = Retirar esta solicitud
notice-request-filed = Recibimos su solicitud. Le enviamos una confirmación.
notice-request-sent = Su mensaje se añadió a la solicitud.
notice-request-withdrawn = Su solicitud fue retirada. No se hará nada más con ella.

actor-you = Usted
actor-system = Amana
actor-source = { $role } · { $office } (en { $system })
role-caseworker = Encargado/a del expediente
role-reviewer = Revisor/a
role-dpo = Delegado/a de protección de datos
role-admin = Administrador/a
role-auditor = Auditor/a

timeline-submitted = Solicitud recibida
timeline-in-review = En revisión
timeline-information-requested = Se pidió más información
timeline-information-added = Se añadió información
timeline-extended = Se alargó el plazo para responder
timeline-decided = Se tomó una decisión
timeline-completed = Terminada
timeline-withdrawn = Solicitud retirada

reason-legal-obligation = La ley nos obliga a guardar esta información.
reason-still-needed-for-case = La información todavía es necesaria para su expediente abierto.
reason-accuracy-confirmed = Revisamos la información y es correcta.
reason-public-interest = El uso es necesario para una tarea de interés público que pesa más que su situación.

## Retirar
withdraw-title = ¿Retirar su solicitud?
withdraw-explained = Si la retira, dejaremos de trabajar en esta solicitud. Puede hacer una nueva solicitud en cualquier momento.
withdraw-confirm = Sí, retirarla
withdraw-cancel = No, mantener mi solicitud

## Errores (los códigos no cambian; el texto dice qué hacer)
RQ-001 = Ya tiene una solicitud abierta sobre esto. Puede seguirla en Mis solicitudes.
RQ-002 = Esta solicitud ya fue decidida o retirada, así que no se puede cambiar.
RQ-010 = Escriba lo que debería decir la información.
RQ-011 = Es demasiado largo. Por favor, acórtelo a 500 caracteres.
RQ-012 = Es demasiado largo. Por favor, acórtelo a 2000 caracteres.
RQ-013 = Eso es lo que ya tenemos. Escriba lo que debería decir.
RQ-014 = Escriba un mensaje antes de enviar.
RQ-015 = Es demasiado largo. Por favor, acórtelo a 2000 caracteres.
RQ-016 = Elija una de las opciones.

## Correos electrónicos (nunca contienen datos personales)
mail-request-received-subject = Recibimos su solicitud
mail-request-received-body =
    Recibimos su solicitud. Recibirá una respuesta en un plazo de un mes.

    Entre para seguirla: { $url }
mail-request-news-subject = Hay novedades sobre su solicitud
mail-request-news-body =
    Hay novedades sobre su solicitud. Entre para leerlas: { $url }

## Documents
request-evidence = Un documento (opcional)
request-evidence-hint = Un PDF o una foto (JPEG o PNG), de hasta 5 MB. Por ejemplo, un certificado que muestre la información correcta.
request-documents = Documentos que envió
request-document = Documento
RQ-020 = El archivo es demasiado grande. Envíe un archivo de hasta 5 MB.
RQ-021 = No se puede aceptar este tipo de archivo. Envíe un PDF o una foto (JPEG o PNG).
RQ-022 = Esta solicitud ya tiene todos los documentos que admite (20 archivos, 50 MB en total). Escriba un mensaje o pregúntenos cómo enviar más.
