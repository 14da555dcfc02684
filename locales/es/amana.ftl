# Amana — español. Cada texto que una persona lee viene de aquí; los demás idiomas deben definir todas las claves.

## Todo el sitio
app-name = Amana
nav-skip = Ir al contenido
nav-label = Menú principal
nav-language = Idioma
nav-my-data = Mis datos
nav-sign-out = Cerrar sesión
nav-quick-exit = Salida rápida
footer-fictional = Amana es una demostración. Todas las personas y los registros que aparecen son inventados.
form-error-summary = Hay un problema

## Inicio
home-title = Sus datos, sus derechos
home-choose-language = Elija su idioma
home-about-heading = ¿Qué es esto?
home-about = Aquí puede ver los datos personales que la autoridad tiene sobre usted, por qué los tiene y con quién los comparte. Puede pedir que se corrijan o se borren, y ver quién los ha consultado.
home-rights-heading = Sus derechos
right-access = Ver todos los datos que se tienen sobre usted y recibir una copia.
right-correct = Pedir que se corrijan los datos que están mal.
right-erase = Pedir que se borren datos.
right-restrict = Pedir que sus datos ya no se usen.
right-consent = Dar o retirar su consentimiento, en cualquier momento.
right-complain = Presentar una queja ante una autoridad independiente.
right-who-looked = Ver quién consultó sus datos y por qué.
home-rights-free = Usar sus derechos es gratis. Recibirá una respuesta en un plazo de un mes. Si su solicitud es complicada, el plazo puede alargarse dos meses más, y le diremos por qué.
home-sign-in = Entrar
notice-signed-out = Ha cerrado la sesión. Si este teléfono es compartido, cierre el navegador ahora.

## Página no encontrada
not-found-title = No se encontró la página
not-found-home = Ir a la página de inicio

## Entrar
sign-in-title = Entrar
sign-in-intro = Escriba el número de expediente que aparece en sus papeles y su fecha de nacimiento. Le enviaremos un código de un solo uso al contacto que tenemos registrado.
sign-in-case-reference = Número de expediente
sign-in-case-reference-hint = Por ejemplo DEMO-0001. Aparece en sus papeles.
sign-in-date-of-birth = Fecha de nacimiento
sign-in-date-of-birth-hint = Como en sus papeles: año-mes-día (1990-01-31) o día/mes/año (31/01/1990). Si solo dicen el año, o el año y el mes, escriba solo eso (1978 o 1978-11).
sign-in-send-code = Enviarme un código
sign-in-privacy = Nunca le decimos a nadie si un número de expediente existe o no.

code-title = Escriba su código
code-intro = Si los datos que escribió coinciden con nuestros registros, le hemos enviado un código de 6 cifras al contacto que tenemos registrado. El código sirve durante 10 minutos.
code-label = Código de 6 cifras
code-hint = Puede escribirlo con espacios.
code-submit = Entrar
code-start-again = ¿No le llegó el código? Empiece de nuevo

## Mis datos
my-data-title = Mis datos
my-data-reference = Número de expediente:
my-data-intro = Todo lo que se tiene sobre usted, por tipo. Toque el nombre de un tipo para ver de dónde viene cada dato, para qué y hasta cuándo se guarda, quién lo recibe y qué puede pedir.
my-data-sensitive = Sensible
my-data-sensitive-explained = Este es un dato sensible. Tiene una protección especial, y el personal debe dar un motivo para abrirlo.
my-data-source = De dónde viene
my-data-purpose = Para qué se guarda
my-data-legal-basis = Ley que lo permite
my-data-kept-until = Se guarda hasta
my-data-shared-with = Se comparte con
# Cuántos datos tiene un tipo, junto a su título («Identidad · 6 datos»).
my-data-field-count = { $count ->
    [one] { $count } dato
   *[other] { $count } datos
}
my-data-why = Para qué se guardan y quién los recibe

category-identity = Identidad
category-contact = Datos de contacto
category-family = Familia
category-legal-status = Situación legal
category-health = Salud
category-biometrics = Datos biométricos
category-education = Estudios
category-employment = Trabajo
category-case-history = Historial del expediente

field-given-name = Nombre
field-family-name = Apellidos
field-date-of-birth = Fecha de nacimiento
field-place-of-birth = Lugar de nacimiento
field-nationality = Nacionalidad
field-sex = Sexo
field-native-language = Idioma materno
field-document-number = Número de documento
field-email = Correo electrónico
field-phone = Número de teléfono
field-address = Dirección
field-municipality = Municipio
field-marital-status = Estado civil
field-spouse-name = Nombre del esposo o la esposa
field-children-count = Número de hijos
field-dependants = Otras personas a su cargo
field-next-of-kin = Familiar más cercano
field-residence-status = Situación de residencia
field-permit-type = Tipo de permiso
field-permit-expiry = Permiso válido hasta
field-asylum-claim-date = Fecha de la solicitud de asilo
field-appeal-status = Apelación
field-screening-date = Fecha del examen médico
field-screening-result = Resultado del examen médico
field-vaccinations = Vacunas
field-disability-needs = Apoyo que necesita por discapacidad
field-medication-needs = Medicamentos que necesita
field-fingerprint-record = Registro de huellas dactilares
field-photo-record = Registro de fotografía
field-enrolment-date = Fecha del registro biométrico
field-enrolment-office = Oficina de registro
field-highest-education = Nivel de estudios más alto
field-languages-spoken = Idiomas que habla
field-school-enrolment = Inscripción escolar
field-work-permit = Permiso de trabajo
field-occupation = Ocupación
field-employer = Empleador
field-case-opened = Apertura del expediente
field-case-office = Oficina que lleva el expediente
field-interview-date = Fecha de la entrevista
field-last-decision = Última decisión
field-decision-date = Fecha de la última decisión
field-resettlement-referral = Remisión para reasentamiento
field-statistics-cohort = Grupo estadístico

purpose-case-management = Tramitar su expediente
purpose-residence-permit = Decidir sobre su permiso de residencia
purpose-health-screening = Examen médico a su llegada
purpose-family-reunification = Reunir a su familia
purpose-biometric-identity = Confirmar su identidad
purpose-integration-support = Apoyo con la escuela, el idioma y el trabajo
purpose-resettlement-referral = Remisión para reasentamiento en otro país
purpose-statistics = Estadísticas anónimas
purpose-service-updates = Novedades sobre los servicios

legal-basis-public-task = Una tarea de interés público establecida por la ley
legal-basis-legal-obligation = Una obligación legal de la autoridad
legal-basis-consent = Su consentimiento, que usted puede retirar
legal-basis-vital-interests = Proteger la vida de una persona
legal-basis-contract = Un contrato con usted
legal-basis-legitimate-interests = Un interés legítimo, valorado frente a sus derechos

recipient-none = Nadie fuera de la autoridad
recipient-border-agency = Agencia de control de fronteras
recipient-municipality = Su municipio
recipient-health-service = Servicio público de salud
recipient-unhcr = ACNUR
recipient-education-provider = Escuela o centro de cursos de idioma
recipient-resettlement-country = El país de reasentamiento
recipient-statistics-office = Oficina de estadística (sin su nombre)

## Valores de los sistemas de origen que tienen traducción
value-single = Soltero/a
value-married = Casado/a
value-widowed = Viudo/a
value-asylum-seeker = Solicitante de asilo
value-refugee = Refugiado/a
value-subsidiary-protection = Protección subsidiaria
value-temporary-protection = Protección temporal
value-none = Ninguno
value-pending = Pendiente
value-closed = Cerrado
value-no-follow-up = No necesita seguimiento
value-follow-up-booked = Cita de seguimiento programada
value-complete = Completo
value-partial = Parcial
value-unknown = Desconocido
value-mobility-support = Apoyo para la movilidad
value-hearing-support = Apoyo para la audición
value-regular-prescription = Receta habitual
value-primary = Educación primaria
value-secondary = Educación secundaria
value-vocational = Formación profesional o técnica
value-university = Universidad
value-not-applicable = No corresponde
value-enrolled = Inscrito/a
value-waiting-list = En lista de espera
value-yes = Sí
value-no = No
value-applied = Solicitado
value-nurse = Enfermero/a
value-electrician = Electricista
value-teacher = Docente
value-cook = Cocinero/a
value-driver = Conductor/a
value-student = Estudiante
value-interview-scheduled = Entrevista programada
value-permit-granted = Permiso concedido
value-under-review = En revisión
value-not-referred = No remitido
value-referred = Remitido
value-accepted = Aceptado

## Errores (los códigos no cambian; el texto dice qué hacer)
SI-001 = Escriba su número de expediente.
SI-002 = El número de expediente solo puede tener letras, números y guiones, tal como aparece en sus papeles.
SI-003 = Escriba su fecha de nacimiento.
SI-004 = Escriba su fecha de nacimiento como aparece en sus papeles, por ejemplo 1990-01-31 o 31/01/1990. Si solo dicen el año, o el año y el mes, escriba solo eso: 1978 o 1978-11.
SI-005 = Escriba el código del mensaje que le enviamos.
SI-006 = El código tiene 6 cifras. Revise el mensaje e inténtelo de nuevo.
SI-010 = Ese código no es correcto o ya no es válido. Revise el mensaje e inténtelo de nuevo.
SI-011 = Este intento de entrar ya no es válido o se probó demasiadas veces. Por favor, empiece de nuevo.
SI-012 = Demasiados intentos. Por favor, espere unos minutos e inténtelo de nuevo.
AU-001 = Su sesión terminó. Por favor, vuelva a entrar.
GEN-400 = Algunos datos no son correctos. Revise el formulario e inténtelo de nuevo.
GEN-403 = Este formulario ya no es válido. Vuelva atrás, recargue la página e inténtelo de nuevo.
GEN-404 = Esta página no existe o usted no puede verla.
GEN-409 = Otra persona cambió esto en el mismo momento, así que no se guardó nada. Vuelva a cargar la página e inténtelo de nuevo.
GEN-500 = Algo salió mal de nuestro lado. No se perdió nada de lo que envió. Por favor, inténtelo de nuevo en unos minutos.

## Correos electrónicos (nunca contienen datos personales)
mail-sign-in-subject = Su código para entrar en Amana
mail-sign-in-body =
    Su código para entrar es: { $code }

    Sirve durante { $minutes } minutos. Escríbalo en la página donde lo pidió.

    Si usted no pidió un código, puede ignorar este mensaje. Nadie puede entrar sin el código.

## Translation status
footer-draft-translation = Esta traducción es un primer borrador. Si algo no está claro, pregunte al personal o a una persona que le ayude.

# Lo que muestran los buscadores bajo el nombre del portal (solo en la página de inicio y la de entrada).
meta-description = Vea qué datos tiene sobre usted la autoridad de migración y pida que se corrijan, se borren o ya no se usen, en su propio idioma.
