# Los destinatarios fuera de la autoridad y sus acuerdos de intercambio de datos: la lista pública (/recipients), el
# registro de las personas administradoras y los nombres que aparecen en Mis datos.
nav-recipients = Destinatarios
footer-recipients = Quién recibe datos de nosotros
my-data-recipients = Quién lo recibe
recipients-title = Quién recibe datos de nosotros
recipients-intro = Estas organizaciones reciben de nosotros algunos datos personales, cada una con un acuerdo por escrito. Esto es lo que permite cada acuerdo.
recipients-none = Por ahora, ninguna organización fuera de la autoridad recibe datos personales de nosotros.
recipients-kind = Tipo de organización
recipients-country = País
recipients-purpose = Para qué
recipients-legal-basis = Base jurídica
recipients-categories = Tipos de datos que recibe
recipients-retention = Cuánto tiempo puede guardar los datos
recipients-days =
    { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
recipients-breach-notice = Debe informarnos de una brecha de datos en un plazo de
recipients-hours =
    { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    }
recipients-terms = Siempre
recipients-terms-fixed = No puede pasar los datos a nadie más, y nosotros podemos comprobar cómo los trata.
recipients-ends-on = El acuerdo termina el
recipients-register-title = Destinatarios y acuerdos
recipients-register-intro = Registre cada organización que recibe datos personales, con su acuerdo de intercambio de datos. Una autoridad de un país del que huyen personas nunca puede recibir datos que muestren que alguien pidió protección, ni dónde ni con quién vive.
recipients-origin-authority = Autoridad de un país de origen
recipients-origin-authority-choice = Es una autoridad de un país del que huyen personas
recipients-add-heading = Añadir un destinatario
recipients-name = Nombre de la organización
recipients-country-hint = Dos letras, por ejemplo DE o KE.
recipients-retention-days = Días que puede guardar los datos (de 1 a 1095)
recipients-breach-notice-hours = Plazo en horas para informarnos de una brecha de datos (24 como máximo)
recipients-ends-on-hint = El último día del acuerdo, por ejemplo 2027-12-31.
recipients-add = Añadir el destinatario
recipients-added = El destinatario y su acuerdo están registrados.
RC-001 = Una autoridad de un país del que huyen personas nunca puede recibir este tipo de datos.
RC-002 = Escriba el país con dos letras, como DE o KE.
RC-003 = Escriba el último día del acuerdo, posterior a hoy, como 2027-12-31.
RC-004 = Un destinatario debe informarnos de una brecha de datos en un plazo de 24 horas: escriba un número de 1 a 24.
RC-005 = Ya existe un destinatario con este nombre.
