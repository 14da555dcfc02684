# Le registre des violations de données (délégué à la protection des données) et l'avis qu'une personne lit sur une violation de ses données.
nav-breaches = Violations de données
breaches-title = Registre des violations de données
breaches-intro = Chaque violation de données personnelles est inscrite ici, qu'elle doive être notifiée ou non. L'autorité de contrôle doit être informée dans les 72 heures qui suivent le moment où nous en avons eu connaissance, sauf s'il est peu probable que la violation crée un risque pour qui que ce soit.
breaches-none = Aucune violation n'a été enregistrée.
breach-title = Violation de données
breach-back = Retour au registre des violations
breach-reference = Référence
breach-clock-left =
    { $hours ->
        [one] Informez l'autorité de contrôle au plus tard le { $due } : il reste { $hours } heure.
       *[other] Informez l'autorité de contrôle au plus tard le { $due } : il reste { $hours } heures.
    }
breach-clock-late =
    { $hours ->
        [one] L'autorité de contrôle aurait dû être informée au plus tard le { $due } : { $hours } heure de retard. Indiquez la raison du retard.
       *[other] L'autorité de contrôle aurait dû être informée au plus tard le { $due } : { $hours } heures de retard. Indiquez la raison du retard.
    }
breach-clock-told =
    { $hours ->
        [one] L'autorité de contrôle a été informée le { $when }, { $hours } heure après notre prise de connaissance.
       *[other] L'autorité de contrôle a été informée le { $when }, { $hours } heures après notre prise de connaissance.
    }
breach-people-count = Personnes concernées : { $people }. Avis envoyés : { $notified }.
breach-record-heading = Enregistrer une violation
breach-discovered-at = Moment où la violation a été découverte
breach-aware-at = Moment où nous avons su que des données personnelles étaient touchées
breach-aware-at-hint = Les 72 heures commencent ici. Date et heure en UTC.
breach-processor-reported-at = Moment où un sous-traitant nous l'a signalée (s'il y en a eu un)
breach-moment-hint = Date et heure en UTC, par exemple 2026-12-03 14:30.
breach-optional-moment-hint = Laissez vide si aucun sous-traitant n'était en cause.
breach-not-given = Non indiqué
breach-nature = Ce qui est arrivé aux données
breach-nature-confidentiality = Quelqu'un qui n'aurait pas dû les voir a pu les voir (confidentialité)
breach-nature-integrity = Elles ont été modifiées à tort (intégrité)
breach-nature-availability = Elles ont été perdues ou sont restées inaccessibles (disponibilité)
breach-description = Ce qui s'est passé
breach-description-hint = Pour le registre seulement, jamais montré aux personnes concernées. N'écrivez pas de données personnelles ici.
breach-categories = Catégories de données concernées
breach-approx-people = Nombre approximatif de personnes
breach-approx-records = Nombre approximatif d'enregistrements
breach-consequences = Conséquences probables pour les personnes concernées
breach-consequence-others-may-read = Une personne qui ne devrait pas avoir vos informations pourrait les lire.
breach-consequence-identity-misuse = Quelqu'un pourrait utiliser vos informations pour se faire passer pour vous.
breach-consequence-contact-by-strangers = Des inconnus pourraient essayer de vous contacter ou de savoir où vous habitez.
breach-consequence-wrong-decision = Une décision sur vous pourrait être prise à partir d'informations fausses.
breach-consequence-delay = Votre dossier pourrait prendre plus de temps.
breach-consequence-data-lost = Certaines de vos informations ont peut-être été perdues.
breach-measures = Ce que nous avons fait ou allons faire
breach-measure-access-closed = Nous avons fermé le passage par lequel les informations sont sorties.
breach-measure-data-recovered = Nous avons récupéré les informations, ou nous les avons rétablies.
breach-measure-recipient-asked-to-delete = Nous avons demandé à la personne qui les a reçues de les effacer, et nous avons vérifié qu'elle l'a fait.
breach-measure-police-informed = Nous avons prévenu la police.
breach-measure-accounts-secured = Nous avons changé les mots de passe et bloqué les comptes concernés.
breach-measure-staff-trained = Nous avons changé la façon de travailler de notre personnel, pour que cela ne se reproduise pas.
breach-advice = Ce que les personnes concernées peuvent faire
breach-advice-watch-for-contact = Faites attention aux appels, aux messages ou aux visites inattendus au sujet de votre dossier.
breach-advice-do-not-answer-strangers = Ne donnez jamais la référence de votre dossier ni votre date de naissance à quelqu'un qui vous contacte en premier.
breach-advice-check-my-data = Vérifiez vos données sur Amana, et demandez-nous de corriger ce qui est faux.
breach-advice-tell-helper = Si une organisation d'aide vous accompagne, parlez-lui de cet avis.
breach-advice-ask-us = Posez-nous vos questions, ou contactez-nous si vous ne vous sentez pas en sécurité.
breach-risk = Risque pour les personnes concernées
breach-risk-unlikely = Peu susceptible d'engendrer un risque (l'autorité n'a pas à être informée ; expliquez pourquoi)
breach-risk-risk = Un risque (informer l'autorité)
breach-risk-high = Un risque élevé (informer l'autorité et chaque personne concernée)
breach-risk-reasoning = Pourquoi ce niveau de risque
breach-risk-reasoning-hint = Votre raisonnement est conservé dans le registre, y compris quand vous décidez de ne pas informer l'autorité ou les personnes concernées.
breach-record = Enregistrer la violation
breach-recorded = La violation est enregistrée. Le délai de 72 heures court.
breach-tell-heading = Notification à l'autorité de contrôle
breach-told-at = Moment où l'autorité a été informée
breach-authority-reference = Référence donnée par l'autorité
breach-delay-reason = Raison d'un éventuel retard
breach-delay-reason-hint = Obligatoire si l'autorité est informée plus de 72 heures après notre prise de connaissance.
breach-tell = Enregistrer que l'autorité a été informée
breach-authority-recorded = Enregistré : l'autorité de contrôle a été informée.
breach-updates-heading = Informations données ensuite
breach-update = Informations complémentaires données à l'autorité
breach-update-hint = Ce que vous avez appris et communiqué à l'autorité après la première notification.
breach-add-update = Ajouter ces informations
breach-update-added = Les informations sont ajoutées au registre.
breach-people-heading = Personnes concernées
breach-people = Références de dossier des personnes concernées
breach-people-hint = Une référence de dossier par ligne.
breach-add-people = Ajouter ces personnes
breach-people-added = Les personnes sont ajoutées. Envoyez-leur l'avis quand tout est prêt.
breach-notify-explained =
    { $people ->
        [one] { $people } personne n'a pas encore reçu l'avis. Elle le lira en se connectant, et recevra un message lui disant qu'il y a du nouveau.
       *[other] { $people } personnes n'ont pas encore reçu l'avis. Elles le liront en se connectant, et recevront un message leur disant qu'il y a du nouveau.
    }
breach-notify = Envoyer l'avis
breach-people-notified = Les avis sont envoyés.
breach-notice-heading = Un problème avec vos données
breach-notice-intro = Le { $date }, nous avons appris qu'il y avait un problème avec certaines de vos informations. Nous en sommes désolés. Voici ce qui s'est passé et ce que vous pouvez faire.
breach-notice-data = Informations concernées : { $categories }
breach-notice-consequences = Ce qui pourrait arriver
breach-notice-measures = Ce que nous avons fait
breach-notice-advice = Ce que vous pouvez faire
breach-notice-contact = Des questions ? Écrivez à notre délégué à la protection des données : { $contact }
breach-notice-sent = Avis envoyé le { $date }
BR-001 = Écrivez un nombre entier, 0 ou plus.
BR-002 = Ce moment est dans le futur.
BR-003 = Ce moment ne peut pas être avant la découverte de la violation.
BR-004 = Plus de 72 heures se sont écoulées depuis notre prise de connaissance : indiquez la raison du retard.
BR-005 = Ces lignes ne correspondent à aucune référence de dossier. Corrigez-les ou supprimez-les ; personne n'a encore été ajouté.
BR-006 = Écrivez une date et une heure, par exemple 2026-12-03 14:30.
BR-007 = La notification à l'autorité est déjà enregistrée. Ajoutez les informations complémentaires plus bas.
mail-data-incident-subject = Information importante sur vos données
mail-data-incident-body =
    Il y a une information importante sur vos données. Connectez-vous pour la lire : { $url }
sms-data-incident = Amana : information importante sur vos données. Connectez-vous pour la lire : { $url }
breach-nature-person-confidentiality = Une personne qui n'aurait pas dû voir certaines de vos informations les a peut-être vues.
breach-nature-person-integrity = Certaines de vos informations ont été changées à tort.
breach-nature-person-availability = Certaines de vos informations ont été perdues, ou sont restées inaccessibles pendant un moment.
breach-clocks-heading = Violations de données : informer l'autorité de contrôle
breach-people-list = Qui est concerné, et quand l'avis a été envoyé à chacun
breach-person-reference = Référence du dossier
breach-person-notified = Avis envoyé
breach-person-not-notified = Pas encore
