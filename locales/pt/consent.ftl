# Amana — Português: consent. Every locale has the same keys.

nav-consent = Consentimento
consent-title = O seu consentimento
consent-intro = Algumas das suas informações só são usadas se concordar. Aqui pode ver cada um desses usos, e dar ou retirar o seu consentimento a qualquer momento. Retirar é tão fácil como dar, e tem efeito imediato.
notice-consent-changed = A sua escolha foi guardada. Já tem efeito.
consent-given = Deu o seu consentimento
consent-not-given = Não deu o seu consentimento
consent-give = Dar consentimento
consent-withdraw = Retirar consentimento
consent-history = Histórico das suas escolhas
consent-history-none = Ainda não há escolhas guardadas.
consent-history-given = Consentimento dado
consent-history-withdrawn = Consentimento retirado
consent-version = versão do texto
my-data-consent-withdrawn = Já não é usado: retirou o seu consentimento.

purpose-integration-support-explained = Usamos estas informações para oferecer vagas na escola, cursos de línguas e ajuda para encontrar trabalho. Só as enviamos à escola ou ao curso se concordar.
purpose-resettlement-referral-explained = Usamos estas informações para pedir a sua reinstalação em outro país. Só as enviamos ao ACNUR e a esse país se concordar.
purpose-service-updates-explained = Enviamos notícias sobre serviços que podem ajudar, como novos cursos ou mudanças no horário de atendimento. Só se concordar.
