# Amana — français : réclamations. Chaque langue a les mêmes clés.

footer-oversight = Contrôle indépendant :
footer-complain = Faire une réclamation sur la façon dont vos données ont été traitées
complaint-title = Faire une réclamation
complaint-intro = Si vous pensez que vos données n'ont pas été traitées correctement, dites-le-nous ici. Les réclamations vont seulement au délégué à la protection des données, jamais aux agents qu'elles concernent.
complaint-oversight-explained = Vous pouvez aussi faire une réclamation directement auprès de cette autorité indépendante, à tout moment et gratuitement.
complaint-signed-in = Vous êtes connecté(e), donc votre réclamation sera liée à votre dossier et vous pourrez la suivre dans « Mes demandes ».
complaint-anonymous = Vous n'êtes pas connecté(e), donc votre réclamation sera anonyme. Vous recevrez un code de reçu pour la suivre. Personne ne pourra vous contacter.
complaint-text = Que s'est-il passé ?
complaint-text-hint = Écrivez avec vos propres mots. N'écrivez pas d'informations sur d'autres personnes.
complaint-related = Est-ce au sujet d'une de vos demandes ? (facultatif)
complaint-related-none = Non, pas au sujet d'une demande
complaint-send = Envoyer ma réclamation
complaint-follow-link = Suivre une réclamation anonyme avec son code de reçu

receipt-title = Votre réclamation a bien été reçue
receipt-intro = Votre code de reçu est :
receipt-keep-safe = Notez ce code et gardez-le dans un endroit sûr. Il n'est affiché qu'une seule fois, et c'est le seul moyen de suivre votre réclamation.
receipt-follow = Voir votre réclamation
receipt-gone = Le code de reçu n'est affiché qu'une seule fois. Si vous l'avez, vous pouvez l'utiliser pour suivre votre réclamation.

lookup-title = Suivre une réclamation
lookup-intro = Entrez le code de reçu obtenu quand vous avez envoyé votre réclamation.
lookup-code = Code de reçu
lookup-code-hint = 16 lettres et chiffres, par exemple ABCD-EF23-GH45-JK67.
lookup-submit = Afficher ma réclamation
complaint-status-title = Votre réclamation
status-no-complaint = Aucune réclamation à afficher. Entrez d'abord votre code de reçu.

CP-001 = Écrivez ce qui s'est passé avant d'envoyer.
CP-002 = C'est trop long. Merci de raccourcir à 2000 caractères maximum.
CP-003 = Choisissez une de vos propres demandes, ou aucune.
CP-004 = Aucune réclamation n'a ce code de reçu. Vérifiez le code et réessayez.
complaint-staff-member = Nom ou adresse e-mail d’un membre du personnel, si la plainte le concerne (facultatif)
complaint-staff-member-hint = Si vous savez qui a mal traité vos données, écrivez-le ici. Cette personne ne verra jamais votre plainte.
