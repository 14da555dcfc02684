# Amana — français : exercer ses droits (demandes sur ses propres données). Chaque langue a les mêmes clés.

nav-my-requests = Mes demandes

## Actions à côté de chaque donnée dans Mes données
action-correct = C'est faux
action-erase = Effacer ceci
action-restrict = Ne plus utiliser ceci
my-data-erase-all = Demander d'effacer toutes mes données

## Formulaires de demande
request-correct-title = Corriger vos données
request-erase-title = Effacer vos données
request-restrict-title = Arrêter l'utilisation de vos données
request-erase-all-title = Effacer toutes vos données
request-proposed-value = Ce qui devrait être écrit
request-proposed-value-hint = Écrivez l'information correcte.
request-erase-explained = Vous demandez d'effacer cette information. La loi oblige à garder certaines informations ; dans ce cas, nous vous dirons pourquoi.
request-erase-all-explained = Vous demandez d'effacer toutes les informations que l'on a sur vous. La loi oblige à garder certaines informations, par exemple tant que votre dossier est ouvert ; dans ce cas, nous vous dirons lesquelles et pourquoi.
request-restrict-choose = Que voulez-vous ?
request-restriction-explained = Garder l'information, mais ne pas l'utiliser pendant qu'on la vérifie (par exemple, parce que vous pensez qu'elle est fausse).
request-objection-explained = Ne plus utiliser l'information dans ce but, à cause de votre situation personnelle.
request-explanation = Autre chose à ajouter (facultatif)
request-explanation-hint = Par exemple pourquoi, ou ce qui s'est passé. Vous pouvez aussi envoyer des documents plus tard.
request-deadline-explained = Faire une demande est gratuit. Vous recevrez une réponse dans un délai d'un mois. Si votre demande est compliquée, ce délai peut être prolongé de deux mois, et on vous dira pourquoi.
request-send = Envoyer ma demande
request-cancel = Revenir sans envoyer
request-whole-record = Toutes mes données

## Types et états des demandes
kind-access = Copie de mes données
kind-correction = Correction
kind-erasure = Effacement
kind-restriction = Pause de l'utilisation
kind-objection = Opposition à l'utilisation
kind-complaint = Réclamation
status-submitted = Reçue
status-in_review = En cours de vérification
status-awaiting_information = En attente d'informations de votre part
status-decided = Décision prise
status-completed = Terminée
status-withdrawn = Retirée

## Mes demandes
requests-title = Mes demandes
requests-intro = Ici, vous pouvez suivre tout ce que vous avez demandé, voir la date à laquelle vous aurez une réponse et lire les messages.
requests-none = Vous n'avez encore fait aucune demande. Pour en faire une, allez dans « Mes données » et choisissez une information.
requests-back = Retour à mes demandes
request-title = Votre demande
request-reference = Référence
request-kind = Demande
request-about = Concerne
request-status = État
request-received = Reçue le
request-due = Réponse au plus tard le
request-extended = Le délai de réponse a été prolongé. Raison :
request-decision = La décision
request-timeline = Ce qui s'est passé
request-upstream = Dans les systèmes de l'autorité
request-upstream-done = Fait dans { $system } le { $date }.
request-upstream-waiting = Pas encore fait dans { $system }. Le personnel suit la question.
request-messages = Messages
request-no-messages = Pas encore de message.
request-add-information = Ajouter une information ou répondre
request-add-information-hint = Écrivez ici si vous voulez ajouter quelque chose ou répondre à une question.
request-send-information = Envoyer
request-withdraw = Retirer cette demande
notice-request-filed = Votre demande a bien été reçue. Nous vous avons envoyé une confirmation.
notice-request-sent = Votre message a été ajouté à la demande.
notice-request-withdrawn = Votre demande a été retirée. Elle ne sera plus traitée.

actor-you = Vous
actor-system = Amana
actor-source = { $role } · { $office } (dans { $system })
role-caseworker = Agent chargé du dossier
role-reviewer = Agent de vérification
role-dpo = Délégué à la protection des données
role-admin = Administrateur
role-auditor = Auditeur

timeline-submitted = Demande reçue
timeline-in-review = En cours de vérification
timeline-information-requested = Des informations en plus ont été demandées
timeline-information-added = Information ajoutée
timeline-extended = Délai de réponse prolongé
timeline-decided = Décision prise
timeline-completed = Terminé
timeline-withdrawn = Demande retirée

reason-legal-obligation = La loi nous oblige à garder cette information.
reason-still-needed-for-case = Cette information est encore nécessaire pour votre dossier en cours.
reason-accuracy-confirmed = Nous avons vérifié cette information, et elle est correcte.
reason-public-interest = Cette utilisation est nécessaire pour une mission d'intérêt public, qui passe avant votre situation.

## Retirer une demande
withdraw-title = Retirer votre demande ?
withdraw-explained = Si vous la retirez, nous arrêtons de traiter cette demande. Vous pouvez faire une nouvelle demande à tout moment.
withdraw-confirm = Oui, la retirer
withdraw-cancel = Non, garder ma demande

## Erreurs (les codes ne changent pas ; le texte dit quoi faire)
RQ-001 = Vous avez déjà une demande en cours à ce sujet. Vous pouvez la suivre dans « Mes demandes ».
RQ-002 = Cette demande a déjà reçu une décision ou a été retirée. Elle ne peut donc plus être modifiée.
RQ-010 = Écrivez ce que l'information devrait dire.
RQ-011 = C'est trop long. Merci de raccourcir à 500 caractères maximum.
RQ-012 = C'est trop long. Merci de raccourcir à 2000 caractères maximum.
RQ-013 = C'est déjà ce que nous avons. Écrivez plutôt ce qui devrait être écrit.
RQ-014 = Écrivez un message avant d'envoyer.
RQ-015 = C'est trop long. Merci de raccourcir à 2000 caractères maximum.
RQ-016 = Choisissez une des options.

## E-mails (ils ne contiennent jamais de données personnelles)
mail-request-received-subject = Nous avons reçu votre demande
mail-request-received-body =
    Nous avons reçu votre demande. Vous recevrez une réponse dans un délai d'un mois.

    Connectez-vous pour la suivre : { $url }
mail-request-news-subject = Il y a du nouveau sur votre demande
mail-request-news-body =
    Il y a du nouveau sur votre demande. Connectez-vous pour en savoir plus : { $url }

## Documents
request-evidence = Un document (facultatif)
request-evidence-hint = Un PDF ou une photo (JPEG ou PNG), jusqu’à 5 Mo. Par exemple un certificat qui montre la bonne information.
request-documents = Documents que vous avez envoyés
request-document = Document
RQ-020 = Le fichier est trop gros. Envoyez un fichier de 5 Mo maximum.
RQ-021 = Ce type de fichier n’est pas accepté. Envoyez un PDF ou une photo (JPEG ou PNG).
RQ-022 = Cette demande contient déjà le nombre maximal de documents (20 fichiers, 50 Mo en tout). Écrivez plutôt un message, ou demandez-nous comment en envoyer davantage.
