## Personnel : connexion
nav-queue = File d'attente
nav-audit = Journal d'audit
nav-admin = Administration
staff-sign-in-title = Connexion du personnel
staff-sign-in-intro = Réservé au personnel de l'administration. Connectez-vous avec votre adresse e-mail professionnelle et votre mot de passe, puis avec un code de votre application d'authentification.
staff-email = Adresse e-mail professionnelle
staff-password = Mot de passe
staff-continue = Continuer
staff-enrol-title = Configurer votre application d'authentification
staff-enrol-intro = Les comptes du personnel sont protégés par une deuxième étape. Configurez-la une seule fois, maintenant.
staff-enrol-step-app = Ouvrez une application d'authentification sur votre téléphone professionnel.
staff-enrol-step-scan = Scannez ce code, ou tapez la clé ci-dessous dans l'application.
staff-enrol-qr = Code QR pour votre application d'authentification
staff-enrol-secret = Clé :
staff-enrol-step-code = Tapez le code à six chiffres affiché par l'application.
staff-code = Code
staff-code-hint = Six chiffres donnés par votre application d'authentification.
staff-enrol-confirm = Confirmer et se connecter
staff-code-title = Deuxième étape
staff-code-intro = Tapez le code affiché en ce moment par votre application d'authentification.
staff-code-recovery-hint = Six chiffres donnés par l'application. Vous avez perdu votre téléphone ? Tapez plutôt un de vos codes de secours.
staff-recovery-title = Vos codes de secours
staff-recovery-intro = Gardez ces codes dans un endroit sûr, loin de votre téléphone. Chacun ne fonctionne qu'une fois, si vous perdez votre application d'authentification. Ils ne sont affichés que maintenant.
staff-recovery-shown = Vos codes de secours ont déjà été affichés. Si vous ne les avez pas gardés, demandez à un administrateur de réinitialiser votre deuxième étape.
SA-001 = L'adresse e-mail, le mot de passe ou le code n'est pas correct. Après cinq essais incorrects, le compte est bloqué pendant 15 minutes.
SA-002 = Votre connexion a pris trop de temps. Merci de recommencer.
ST-001 = Votre rôle ne vous permet pas de faire cela.

## Personnel : files d'attente
queue-title = Demandes à traiter
queue-take-next = Prendre la demande suivante
queue-nothing-to-take = Aucune demande non attribuée dans vos files d'attente pour le moment.
queue-team = Équipe
queue-any = Tous
queue-kind = Demande
queue-status = État
staff-status-submitted = Nouvelle
staff-status-in_review = En cours d'examen
staff-status-awaiting_information = En attente d'informations de la personne
staff-status-decided = Décidée
staff-status-completed = Terminée
staff-status-withdrawn = Retirée par la personne
queue-language = Langue
queue-filter = Afficher
queue-empty = Aucune demande en cours ne correspond.
queue-count = Demandes en cours :
queue-overdue = En retard
queue-due-soon = Échéance dans 3 jours ou moins
team-general = Demandes générales
team-sensitive-data = Données sensibles
team-dpo = Délégué à la protection des données

## Personnel : une demande
case-title = Demande
case-back = Retour à la file d'attente
case-person = Personne
case-anonymous = Auteur anonyme d'une réclamation
case-case-reference = Référence du dossier
case-extended-because = Motif de la prolongation
case-explanation = Explication de la personne
case-concerned = Objet de la demande
case-concerned-none = Le dossier entier, ou des informations d'une catégorie sensible : ouvrez-les ci-dessous en indiquant une raison.
case-record = Autres informations du dossier
case-record-intro = N'ouvrez une catégorie que si vous en avez besoin pour cette demande. Votre raison est enregistrée et la personne peut la voir.
case-upstream = Systèmes sources
case-upstream-applied = Appliqué dans { $system } le { $date }.
case-upstream-rejected = Refusé par { $system } le { $date } : { $reason }
case-upstream-waiting = { $system } ne l'a pas encore confirmé.
case-erased = (effacé)
case-proposed-value = Demandé :
case-restricted = L'utilisation est limitée.
case-open-reason = Raison
case-choose = Choisir…
case-open = Ouvrir
case-proposal = Décision proposée, en attente d'une deuxième personne
case-awaiting-approval = en attente de validation
case-assignee = Traitée par
case-assignee-you = Vous
case-unassigned = Personne pour l'instant
case-template = Message
case-actions = Ce que vous pouvez faire
case-no-actions = Vous ne pouvez rien faire sur cette demande pour le moment.
case-claim = Prendre cette demande
case-approve-explained = Un collègue a proposé cette décision. Vérifiez-la : rien ne change tant qu'une personne autre que l'auteur de la proposition ne l'a pas validée.
case-approve = Valider la décision
case-send-back = Renvoyer pour réexamen
case-message = Envoyer un message à la personne
case-note = Vos propres mots (facultatif)
case-note-hint = Ajouté sous le message. Écrivez simplement : la personne le lira peut-être avec un outil de traduction.
case-send = Envoyer
case-ask-information = Demander des informations à la personne
case-identity = Nous devons encore vérifier l'identité de la personne (le délai est suspendu jusqu'à sa réponse)
case-resume = Continuer sans l'information
case-extend = Prolonger le délai
case-extend-explained = Une seule fois, pendant le premier mois, d'un ou deux mois. La personne est informée de la raison.
case-extend-months = Mois
case-extend-reason = Raison
case-decide = Décider
case-outcome = Décision
case-reasons = Raisons (au moins une)
case-decision-note = Note pour la personne (facultatif)
case-second-person = Effacer des données, ou corriger des données sensibles, nécessite la validation d'une deuxième personne avant tout changement.
case-reassign = Confier à quelqu'un d'autre
case-reassign-to = Collègue
staff-done-claim = La demande vous est maintenant attribuée.
staff-done-reassign = La demande a été confiée à votre collègue.
staff-done-message = Votre message a été envoyé. La personne reçoit un e-mail lui disant qu'il y a du nouveau.
staff-done-ask-information = Votre question a été envoyée. La personne reçoit un e-mail lui disant qu'il y a du nouveau.
staff-done-resume = Le traitement de la demande continue.
staff-done-extend = Le délai a été prolongé et la personne a été informée de la raison.
staff-done-decide = La décision a été enregistrée. Si elle nécessite une deuxième personne, elle attend sa validation.
staff-done-approve = La décision a été validée et appliquée.
staff-done-send-back = La proposition a été renvoyée pour réexamen.
ST-010 = Choisissez pourquoi vous devez ouvrir ces informations.
ST-011 = Choisissez une raison pour la prolongation.
ST-012 = Choisissez une décision.
ST-013 = Choisissez au moins une raison.
ST-014 = C'est trop long. Merci de raccourcir à 2000 caractères maximum.
ST-015 = Choisissez un collègue dans la liste.
ST-016 = Choisissez un message dans la liste.
ST-017 = Cette action n'existe pas.
ST-020 = C'est impossible dans l'état actuel de la demande.
ST-021 = Le délai a déjà été prolongé une fois.
ST-022 = Le délai ne peut être prolongé que pendant le premier mois.
ST-023 = Une prolongation est d'un ou deux mois.
ST-024 = Vous avez proposé cette décision : quelqu'un d'autre doit donc la valider.
ST-025 = Seule la personne qui traite cette demande peut faire cela. Prenez-la d'abord.
ST-026 = Cette décision doit d'abord être validée par une deuxième personne.
ST-027 = Quelqu'un d'autre a modifié cette demande en même temps. Consultez-la de nouveau et réessayez.

## Décisions, telles que la personne les lit
outcome-approved = Votre demande a été acceptée.
outcome-partly_approved = Votre demande a été acceptée en partie.
outcome-refused = Votre demande a été refusée.
reason-request-granted = Nous avons fait ce que vous avez demandé.
reason-evidence-insufficient = Les informations que vous avez données ne montrent pas que notre dossier contient une erreur.
reason-identity-not-verified = Nous n'avons pas pu confirmer que ces informations vous concernent bien.
reason-legal-claims = Nous avons besoin de ces informations pour faire valoir, exercer ou défendre des droits en justice.
reason-manifestly-unfounded = Cette demande répète une demande précédente qui a déjà reçu une réponse.
extension-reason-complexity = Votre demande est compliquée et il nous faut plus de temps.
extension-reason-number-of-requests = Nous avons reçu beaucoup de demandes et il nous faut plus de temps pour bien répondre à la vôtre.
timeline-message = Un message vous a été envoyé

## Modèles de message (le personnel en choisit un ; la personne le lit dans sa langue)
template-information-needed-name = Nous avons besoin de plus d'informations
template-information-needed = Pour traiter votre demande, nous avons besoin de plus d'informations de votre part. Merci de vous connecter et de répondre dans cette demande.
template-identity-documents-name = Merci de confirmer votre identité
template-identity-documents = Avant de continuer, nous devons vérifier que ces informations vous concernent bien. Merci d'ajouter à cette demande la photo d'une pièce d'identité.
template-progress-update-name = Nous traitons votre demande
template-progress-update = Nous traitons votre demande. Vous n'avez rien à faire pour le moment.
template-decision-made-name = Une décision a été prise
template-decision-made = Une décision a été prise sur votre demande. Vous pouvez la lire, avec les raisons, sur la page de la demande.

## Qui a consulté mes données : actions du personnel
access-request-claimed = A commencé à traiter votre demande
access-request-reassigned = A confié votre demande à un collègue
access-request-messaged = Vous a envoyé un message
access-request-information-requested = Vous a demandé des informations
access-request-resumed = A repris le traitement de votre demande
access-request-extended = A prolongé le délai de réponse
access-request-decision-proposed = A proposé une décision sur votre demande
access-request-decision-approved = A validé la décision sur votre demande
access-request-decision-sent-back = A renvoyé une proposition de décision pour réexamen
access-request-decided = A pris une décision sur votre demande
access-field-restricted = A limité l'utilisation de vos données

## Deadline mails to staff (no personal data: a link to the request only)
staff-mail-due-soon-subject = Une demande que vous traitez arrive à échéance dans une semaine
staff-mail-due-soon-body =
    Une demande qui vous est attribuée doit recevoir une réponse dans les sept jours.

    L’ouvrir : { $url }
staff-mail-overdue-subject = Une demande de votre équipe est en retard
staff-mail-overdue-body =
    Une demande de votre équipe a dépassé son délai légal et n’a pas encore de réponse. Veillez à ce qu’elle soit traitée aujourd’hui.

    L’ouvrir : { $url }

## The auditor's screen
audit-title = Journal d'audit
audit-verify = Vérifier la chaîne de tout le journal
audit-verify-ok = Le journal d'audit est intact : les { $events } événements s'enchaînent correctement.
audit-verify-broken = Le journal d'audit a été falsifié. { $events } événements vérifiés ; problèmes constatés :
audit-break-altered = L'événement { $seq } a été modifié ou déplacé après son enregistrement.
audit-break-chain-broken = L'événement { $seq } ne découle pas de l'événement précédent.
audit-break-missing = Des événements manquent après l'événement { $seq }.
audit-break-truncated = Le journal ne contient plus l'événement { $seq } tel qu'un point de contrôle signé l'a enregistré : les événements les plus récents ont été supprimés ou réécrits.
audit-break-checkpoint-forged = La ligne { $seq } du fichier des points de contrôle a été modifiée.
audit-action = Action
audit-actor-kind = Effectué par
audit-actor-person = Une personne, pour elle-même
audit-actor-staff = Un membre du personnel
audit-actor-helper = Une personne qui aide
audit-actor-anonymous = Une personne anonyme
audit-actor-system = Amana (le système)
audit-actor-source-system = Un système source de l'autorité
audit-actor-id = Identifiant de l'auteur de l'action
audit-from = Du
audit-to = Au
audit-download-csv = Télécharger cette sélection en CSV
audit-none = Aucun événement ne correspond.
audit-when = Quand
audit-who = Qui
audit-about = Concerne

## Administration
admin-title = Administration
admin-sections = Rubriques
admin-staff = Comptes du personnel
admin-teams = Équipes
admin-routing = Répartition des nouvelles demandes
admin-templates = Modèles de message
admin-default-team = reçoit les demandes qui ne correspondent à aucune règle
admin-new-team = Ajouter une équipe
admin-team-key = Clé courte
admin-key-hint = Lettres minuscules, chiffres et tirets, comme dans north-office.
admin-team-name = Nom
admin-add = Ajouter
admin-save = Enregistrer
admin-delete = Supprimer
admin-saved = Enregistré.
admin-role = Rôle
admin-office = Bureau
admin-status = État
admin-active = actif
admin-inactive = désactivé
admin-enrolled = deuxième étape configurée
admin-not-enrolled = deuxième étape pas encore configurée
admin-locked = bloqué après des échecs de connexion
admin-activate = Activer
admin-deactivate = Désactiver
admin-reset-second-factor = Réinitialiser la deuxième étape
admin-change-teams = Modifier les équipes
admin-new-staff = Ajouter un compte du personnel
admin-name = Nom complet
admin-enrolment-link-hint = Pas de mot de passe ici : Amana envoie à la personne un lien pour choisir le sien. Le lien fonctionne une seule fois, pendant 72 heures.
admin-send-enrolment-link = Envoyer un nouveau lien d'activation
admin-routing-intro = Chaque nouvelle demande est attribuée à l'équipe de la première règle qui lui correspond. Les réclamations vont toujours au délégué à la protection des données.
admin-routing-default = Une demande qui ne correspond à aucune règle va à l'équipe par défaut.
admin-category = Catégorie
admin-sensitive = Sensible
admin-yes = Oui
admin-no = Non
admin-move-up = Monter
admin-move-down = Descendre
admin-new-rule = Ajouter une règle à la fin
admin-templates-intro = Le personnel choisit l'un de ces modèles pour écrire à une personne, qui le lit dans sa propre langue. Chaque modèle doit avoir un texte dans chaque langue.
admin-new-template = Ajouter un modèle
admin-template-key = Clé courte
AD-001 = Remplissez ce champ.
AD-002 = C'est trop long.
AD-003 = Choisissez des équipes dans la liste.
AD-004 = Écrivez une adresse e-mail complète, par exemple name@example.org.
AD-005 = Choisissez un rôle dans la liste.
AD-006 = Le mot de passe doit comporter au moins 12 caractères.
AD-007 = Il existe déjà un compte avec cette adresse e-mail.
AD-008 = Vous ne pouvez pas désactiver votre propre compte.
AD-009 = Utilisez de 2 à 40 lettres minuscules, chiffres et tirets.
AD-010 = Il existe déjà une équipe avec cette clé.
AD-011 = Choisissez les conditions de la règle dans les listes.
AD-012 = Les réclamations vont toujours au délégué à la protection des données ; aucune règle ne peut changer cela.
AD-013 = Écrivez aussi le texte dans cette langue.

## Administration: the purpose register
admin-purposes = Registre des finalités
admin-purposes-intro = Pourquoi les données sont conservées, sur quelle base légale, pendant combien de temps et qui les reçoit. Les personnes lisent ces informations dans leur propre langue, sur les pages « Mes données » et « Mon accord ».
admin-purpose-name = Nom
admin-purpose-explanation = Explication que les personnes lisent avant de donner leur accord
admin-purpose-version = Version du texte d'accord :
admin-legal-basis = Base légale
admin-retention-days = Durée de conservation (en jours)
admin-recipients = Destinataires
AD-014 = Écrivez un nombre de jours compris entre 1 et 36500.
AD-015 = Choisissez dans la liste.
ST-018 = Une demande portant sur une seule information est acceptée ou refusée, pas acceptée en partie.
staff-new-password = Choisissez votre propre mot de passe
SA-003 = Choisissez un mot de passe qui n'est pas votre adresse e-mail.

# Enrolment links for new accounts
SA-004 = Ce lien a expiré ou a déjà été utilisé. Demandez à votre administrateur de vous en envoyer un nouveau.
AD-016 = Ce compte a déjà configuré sa deuxième étape. Réinitialisez d'abord la deuxième étape si la personne doit recommencer.
welcome-title = Configurez votre compte
welcome-intro = Choisissez le mot de passe de votre compte :
welcome-password-hint = Au moins 12 caractères. Vous seul le connaissez : personne chez Amana ne vous le demandera jamais. Ensuite, vous configurerez votre application d'authentification.
mail-enrolment-subject = Configurez votre compte Amana
mail-enrolment-body =
    Un compte Amana a été créé pour cette adresse. Ouvrez ce lien pour choisir votre mot de passe et configurer votre deuxième étape de connexion :

    { $url }

    Le lien fonctionne une seule fois, pendant { $hours } heures. Si vous n'attendiez pas ce message, vous pouvez l'ignorer.

## Administration : systèmes sources, leurs clés d'API et webhooks
admin-source-systems = Systèmes sources
admin-source-systems-intro = Les systèmes propres à l'autorité qui chargent des personnes dans Amana par l'API. Chacun ne peut écrire que les finalités et les types d'informations cochés ici, et seulement avec ses propres clés.
admin-new-source-system = Enregistrer un système source
admin-source-system-contact = Qui le fait fonctionner
admin-source-system-contact-hint = Une équipe ou une adresse à joindre quand ses appels échouent.
admin-source-system-purposes = Finalités qu'il peut écrire
admin-source-system-categories = Types d'informations qu'il peut écrire
admin-webhook = Webhook
admin-webhook-none = Aucun : le système lit le flux des changements.
admin-webhook-url = Adresse qu'Amana appelle quand un changement concerne ce système
admin-webhook-hint = L'enregistrement crée un nouveau secret de signature, affiché une seule fois. L'ancien secret cesse de fonctionner.
admin-webhook-save = Enregistrer le webhook
admin-webhook-stop = Arrêter le webhook
admin-api-keys = Clés d'API
admin-new-key = Créer une nouvelle clé
admin-key-scopes = Ce que la clé permet
admin-key-days = Valable pendant (jours)
admin-new-key-hint = La clé est affichée une seule fois, juste après. Un système peut avoir deux clés valides, pour qu'une nouvelle clé remplace l'ancienne sans interruption.
admin-key-live = Valide
admin-key-expired = Expirée
admin-key-revoked = Révoquée le
admin-key-created = Créée le
admin-key-expires = expire le
admin-key-last-used = dernière utilisation
admin-key-never-used = jamais
admin-key-revoke = Révoquer
admin-new-key-shown = Nouvelle clé d'API pour
admin-webhook-secret-shown = Nouveau secret de signature du webhook pour
admin-shown-once-hint = Copiez-le maintenant et transmettez-le aux responsables du système par un moyen sûr. Amana ne le conserve pas et ne pourra plus l'afficher.
api-scope-people-write = Charger et retirer des personnes
api-scope-changes-read = Lire les changements approuvés
api-scope-changes-ack = Confirmer que les changements sont faits
api-scope-access-events-write = Signaler qui a consulté des données
AD-017 = Il existe déjà un système source portant ce nom.
AD-018 = Écrivez un nombre de jours entre 1 et 1095.
AD-019 = Ce système a déjà deux clés valides. Révoquez-en une avant d'en créer une autre.
AD-020 = Choisissez au moins un élément.
AD-021 = Écrivez une adresse web complète, comme https://cases.example.org/amana.

## Administration: languages
admin-locales = Langues
admin-locales-intro = Toutes les langues que les gens peuvent choisir, et si une personne qui parle la langue a vérifié la traduction.
admin-locale-source = Langue source
admin-locale-draft = Premier brouillon, pas encore vérifié
admin-locale-reviewed = Vérifiée par { $reviewer } le { $date }
