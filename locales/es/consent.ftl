# Amana — español: consentimiento. Todos los idiomas tienen las mismas claves.

nav-consent = Consentimiento
consent-title = Su consentimiento
consent-intro = Algunos de sus datos solo se usan si usted está de acuerdo. Aquí puede ver cada uno de estos usos y dar o retirar su consentimiento en cualquier momento. Retirarlo es tan fácil como darlo, y se aplica de inmediato.
notice-consent-changed = Se guardó su elección. Se aplica desde ahora.
consent-given = Usted dio su consentimiento
consent-not-given = Usted no ha dado su consentimiento
consent-give = Dar mi consentimiento
consent-withdraw = Retirar mi consentimiento
consent-history = Historial de sus decisiones
consent-history-none = Todavía no hay decisiones registradas.
consent-history-given = Consentimiento dado
consent-history-withdrawn = Consentimiento retirado
consent-version = versión del texto
my-data-consent-withdrawn = Ya no se usa: usted retiró su consentimiento.

purpose-integration-support-explained = Usamos esta información para ofrecerle un lugar en la escuela, cursos de idioma y ayuda para encontrar trabajo. Solo la compartimos con la escuela o el centro de cursos si usted está de acuerdo.
purpose-resettlement-referral-explained = Usamos esta información para proponer su caso para reasentamiento en otro país. Solo la compartimos con ACNUR y con ese país si usted está de acuerdo.
purpose-service-updates-explained = Le enviamos novedades sobre servicios que pueden ayudarle, como cursos nuevos o cambios en el horario de atención. Solo si usted está de acuerdo.
