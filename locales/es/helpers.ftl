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
