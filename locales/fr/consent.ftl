# Amana — français : accord (consentement). Chaque langue a les mêmes clés.

nav-consent = Mon accord
consent-title = Votre accord
consent-intro = Certaines de vos informations sont utilisées seulement si vous êtes d'accord. Ici, vous pouvez voir chacune de ces utilisations, et donner ou retirer votre accord à tout moment. Retirer votre accord est aussi simple que de le donner, et cela s'applique tout de suite.
notice-consent-changed = Votre choix est enregistré. Il s'applique dès maintenant.
consent-given = Vous avez donné votre accord
consent-not-given = Vous n'avez pas donné votre accord
consent-give = Donner mon accord
consent-withdraw = Retirer mon accord
consent-history = Historique de vos choix
consent-history-none = Aucun choix enregistré pour l'instant.
consent-history-given = Accord donné
consent-history-withdrawn = Accord retiré
consent-version = version du texte
my-data-consent-withdrawn = Ne sert plus : vous avez retiré votre accord.

purpose-integration-support-explained = Nous utilisons ces informations pour vous proposer une place à l'école, des cours de langue et de l'aide pour trouver du travail. Nous les partageons avec l'école ou l'organisme de cours seulement si vous êtes d'accord.
purpose-resettlement-referral-explained = Nous utilisons ces informations pour proposer votre dossier pour une réinstallation dans un autre pays. Nous les partageons avec le HCR et ce pays seulement si vous êtes d'accord.
purpose-service-updates-explained = Nous vous envoyons des informations sur des services qui peuvent vous aider, par exemple de nouveaux cours ou des changements d'horaires d'ouverture. Seulement si vous êtes d'accord.
