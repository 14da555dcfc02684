# El registro de brechas de datos (de la persona delegada de protección de datos) y el aviso que lee una persona sobre una brecha de sus datos.
nav-breaches = Brechas de datos
breaches-title = Registro de brechas de datos
breaches-intro = Aquí se registra toda brecha de datos personales, haya que notificarla o no. Hay que informar a la autoridad de control en un plazo de 72 horas desde el momento en que tuvimos conocimiento de ella, salvo que sea improbable que la brecha suponga un riesgo para alguien.
breaches-none = No se ha registrado ninguna brecha.
breach-title = Brecha de datos
breach-back = Volver al registro de brechas
breach-reference = Referencia
breach-clock-left =
    { $hours ->
        [one] Informe a la autoridad de control a más tardar el { $due }: queda { $hours } hora.
       *[other] Informe a la autoridad de control a más tardar el { $due }: quedan { $hours } horas.
    }
breach-clock-late =
    { $hours ->
        [one] Había que informar a la autoridad de control a más tardar el { $due }: { $hours } hora de retraso. Indique el motivo del retraso.
       *[other] Había que informar a la autoridad de control a más tardar el { $due }: { $hours } horas de retraso. Indique el motivo del retraso.
    }
breach-clock-told =
    { $hours ->
        [one] Se informó a la autoridad de control el { $when }, { $hours } hora después de que tuviéramos conocimiento.
       *[other] Se informó a la autoridad de control el { $when }, { $hours } horas después de que tuviéramos conocimiento.
    }
breach-people-count = Personas afectadas: { $people }. Avisos enviados: { $notified }.
breach-record-heading = Registrar una brecha
breach-discovered-at = Cuándo se descubrió la brecha
breach-aware-at = Cuándo supimos que había datos personales afectados
breach-aware-at-hint = Las 72 horas empiezan aquí. Fecha y hora en UTC.
breach-processor-reported-at = Cuándo nos la comunicó un encargado del tratamiento (si lo hubo)
breach-moment-hint = Fecha y hora en UTC, por ejemplo 2026-12-03 14:30.
breach-optional-moment-hint = Déjelo vacío si no intervino ningún encargado del tratamiento.
breach-not-given = No indicado
breach-nature = Qué les pasó a los datos
breach-nature-confidentiality = Alguien que no debía verlos puede haberlos visto (confidencialidad)
breach-nature-integrity = Se cambiaron indebidamente (integridad)
breach-nature-availability = Se perdieron o no se podía acceder a ellos (disponibilidad)
breach-description = Qué pasó
breach-description-hint = Solo para el registro; nunca se muestra a las personas afectadas. No escriba datos personales aquí.
breach-categories = Categorías de datos afectados
breach-approx-people = Número aproximado de personas
breach-approx-records = Número aproximado de registros
breach-consequences = Consecuencias probables para las personas afectadas
breach-consequence-others-may-read = Alguien que no debería tener su información podría leerla.
breach-consequence-identity-misuse = Alguien podría usar sus datos para hacerse pasar por usted.
breach-consequence-contact-by-strangers = Personas desconocidas podrían intentar contactar con usted o saber dónde vive.
breach-consequence-wrong-decision = Una decisión sobre usted podría tomarse con información equivocada.
breach-consequence-delay = Su expediente podría tardar más.
breach-consequence-data-lost = Es posible que se haya perdido parte de su información.
breach-measures = Qué hicimos o haremos
breach-measure-access-closed = Cerramos el camino por el que salió la información.
breach-measure-data-recovered = Recuperamos la información o la restauramos.
breach-measure-recipient-asked-to-delete = Pedimos a quien la recibió que la borrara, y comprobamos que lo hizo.
breach-measure-police-informed = Avisamos a la policía.
breach-measure-accounts-secured = Cambiamos las contraseñas y bloqueamos las cuentas afectadas.
breach-measure-staff-trained = Cambiamos la forma de trabajar de nuestro personal para que no vuelva a pasar.
breach-advice = Qué pueden hacer las personas afectadas
breach-advice-watch-for-contact = Tenga cuidado con llamadas, mensajes o visitas inesperadas sobre su expediente.
breach-advice-do-not-answer-strangers = Nunca dé su número de expediente ni su fecha de nacimiento a alguien que se ponga en contacto con usted primero.
breach-advice-check-my-data = Revise sus datos en Amana y pídanos que corrijamos lo que esté mal.
breach-advice-tell-helper = Si una organización de apoyo le ayuda, cuénteles lo que dice este aviso.
breach-advice-ask-us = Pregúntenos si tiene dudas o si no se siente a salvo.
breach-risk = Riesgo para las personas afectadas
breach-risk-unlikely = Es improbable que suponga un riesgo (no hace falta informar a la autoridad de control; explique por qué)
breach-risk-risk = Un riesgo (informar a la autoridad de control)
breach-risk-high = Un riesgo alto (informar a la autoridad de control y a cada persona afectada)
breach-risk-reasoning = Por qué este es el riesgo
breach-risk-reasoning-hint = Su razonamiento se guarda en el registro, también cuando decide no informar a la autoridad de control ni a las personas afectadas.
breach-record = Registrar la brecha
breach-recorded = La brecha está registrada. El plazo de 72 horas está corriendo.
breach-tell-heading = Informar a la autoridad de control
breach-told-at = Cuándo se informó a la autoridad de control
breach-authority-reference = Referencia de la autoridad de control
breach-delay-reason = Motivo del retraso, si lo hay
breach-delay-reason-hint = Obligatorio si se informa a la autoridad de control más de 72 horas después de que tuviéramos conocimiento.
breach-tell = Registrar que se informó a la autoridad de control
breach-authority-recorded = Registrado: se informó a la autoridad de control.
breach-updates-heading = Información dada más tarde
breach-update = Más información dada a la autoridad de control
breach-update-hint = Lo que supo y comunicó a la autoridad de control después de la primera notificación.
breach-add-update = Añadir esta información
breach-update-added = La información se ha añadido al registro.
breach-people-heading = Personas afectadas
breach-people = Números de expediente de las personas afectadas
breach-people-hint = Un número de expediente por línea.
breach-add-people = Añadir estas personas
breach-people-added = Las personas se han añadido. Envíeles el aviso cuando todo esté listo.
breach-notify-explained =
    { $people ->
        [one] { $people } persona todavía no ha recibido el aviso. Lo leerá al entrar, y recibirá un mensaje que le dice que hay novedades.
       *[other] { $people } personas todavía no han recibido el aviso. Lo leerán al entrar, y recibirán un mensaje que les dice que hay novedades.
    }
breach-notify = Enviar el aviso
breach-people-notified = Los avisos se han enviado.
breach-notice-heading = Un problema con sus datos
breach-notice-intro = El { $date } supimos que había un problema con parte de su información. Lo sentimos. Esto es lo que pasó y lo que usted puede hacer.
breach-notice-data = Información afectada: { $categories }
breach-notice-consequences = Qué podría pasar
breach-notice-measures = Qué hicimos
breach-notice-advice = Qué puede hacer usted
breach-notice-contact = ¿Tiene preguntas? Escriba a nuestra persona delegada de protección de datos: { $contact }
breach-notice-sent = Aviso enviado el { $date }
BR-001 = Escriba un número entero, 0 o más.
BR-002 = Este momento está en el futuro.
BR-003 = No puede ser anterior al momento en que se descubrió la brecha.
BR-004 = Han pasado más de 72 horas desde que tuvimos conocimiento: indique el motivo del retraso.
BR-005 = Estas líneas no coinciden con ningún número de expediente. Corríjalas o quítelas; todavía no se ha añadido a nadie.
BR-006 = Escriba una fecha y una hora, por ejemplo 2026-12-03 14:30.
BR-007 = La notificación a la autoridad de control ya está registrada. Añada más abajo la información posterior.
mail-data-incident-subject = Información importante sobre sus datos
mail-data-incident-body =
    Hay información importante sobre sus datos. Entre para leerla: { $url }
sms-data-incident = Amana: hay un aviso importante sobre sus datos. Entre para leerlo: { $url }
breach-nature-person-confidentiality = Es posible que alguien que no debía ver parte de su información la haya visto.
breach-nature-person-integrity = Parte de su información se cambió de forma incorrecta.
breach-nature-person-availability = Parte de su información se perdió, o no se pudo consultar durante un tiempo.
breach-clocks-heading = Brechas de datos: informar a la autoridad de control
breach-people-list = A quién afecta y cuándo se envió el aviso a cada persona
breach-person-reference = Número de expediente
breach-person-notified = Aviso enviado
breach-person-not-notified = Todavía no
