# Amana — español: quién consultó sus datos, y cómo descargarlos. Todos los idiomas tienen las mismas claves.

access-title = Quién consultó mis datos
access-intro = Cada vez que alguien del personal o una persona que le ayuda abre o cambia su información, queda registrado aquí: cuándo, quién (su cargo y su oficina), qué consultó y el motivo que tuvo que dar.
access-none = Todavía nadie de la autoridad ni ninguna persona que le ayude ha consultado sus datos.
access-no-more = No hay registros más antiguos.
access-pages = Páginas
access-newer = Registros más recientes
access-older = Registros más antiguos
access-fields = Información:
access-reason = Motivo que dio:
access-source-viewed = Consultó su expediente en su propio sistema
access-purpose = Finalidad indicada:
access-legal-basis = Base jurídica indicada:
access-record-viewed = Consultó sus datos
access-category-opened = Abrió una parte sensible de sus datos
access-request-viewed = Consultó una de sus solicitudes
access-field-corrected = Corrigió sus datos
access-field-erased = Borró sus datos
access-record-exported = Hizo una copia de sus datos
access-reason-handling-request = Para tramitar su solicitud
access-reason-identity-check = Para comprobar su identidad
access-reason-safety-concern = Por preocupación por la seguridad de una persona
access-reason-legal-duty = Porque la ley lo exige

download-title = Descargar mis datos
download-intro = Puede obtener una copia completa de todo lo que se tiene sobre usted, de sus solicitudes, de sus decisiones sobre el consentimiento y de quién consultó sus datos. Guárdela en un lugar seguro: contiene información personal.
download-printable = Copia para leer
download-printable-explained = Una página en su idioma que puede leer, imprimir o guardar como PDF.
download-json = Copia para computadora (JSON)
download-json-explained = Un archivo que puede leer otro servicio o la computadora de una persona que le ayuda.
export-title = Una copia de mis datos
export-print-hint = Para guardar esta página, use la opción «Imprimir» o «Guardar como PDF» de su navegador.
export-generated = Creada el
