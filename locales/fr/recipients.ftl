# Les destinataires extérieurs à l'administration et leurs conventions de partage de données : la liste publique
# (/recipients), le registre des administrateurs, et les noms affichés dans « Mes données ».
nav-recipients = Destinataires
footer-recipients = Qui reçoit des données de notre part
my-data-recipients = Qui le reçoit
recipients-title = Qui reçoit des données de notre part
recipients-intro = Ces organisations reçoivent de notre part certaines données personnelles, chacune selon une convention écrite. Voici ce que chaque convention permet.
recipients-none = Pour le moment, aucune organisation en dehors de l'administration ne reçoit de données personnelles de notre part.
recipients-kind = Type d'organisation
recipients-country = Pays
recipients-purpose = Dans quel but
recipients-legal-basis = Base légale
recipients-categories = Types de données reçues
recipients-retention = Combien de temps elle peut garder les données
recipients-days =
    { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
recipients-breach-notice = Doit nous signaler une violation de données dans un délai de
recipients-hours =
    { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    }
recipients-terms = Toujours
recipients-terms-fixed = L'organisation ne peut transmettre les données à personne d'autre, et nous pouvons vérifier ce qu'elle en fait.
recipients-ends-on = La convention prend fin le
recipients-register-title = Destinataires et conventions
recipients-register-intro = Enregistrez chaque organisation qui reçoit des données personnelles, avec sa convention de partage de données. Une autorité d'un pays que des personnes ont dû fuir ne peut jamais recevoir de données qui montrent qu'une personne a demandé une protection, ni où et avec qui elle vit.
recipients-origin-authority = Autorité d'un pays d'origine
recipients-origin-authority-choice = C'est une autorité d'un pays que des personnes ont dû fuir
recipients-add-heading = Ajouter un destinataire
recipients-name = Nom de l'organisation
recipients-country-hint = Deux lettres, par exemple DE ou KE.
recipients-retention-days = Durée de conservation des données, en jours (de 1 à 1095)
recipients-breach-notice-hours = Délai pour nous signaler une violation de données, en heures (24 au maximum)
recipients-ends-on-hint = Le dernier jour de la convention, par exemple 2027-12-31.
recipients-add = Ajouter le destinataire
recipients-added = Le destinataire et sa convention sont enregistrés.
RC-001 = Une autorité d'un pays que des personnes ont dû fuir ne peut jamais recevoir ce type de données.
RC-002 = Écrivez le pays en deux lettres, comme DE ou KE.
RC-003 = Écrivez le dernier jour de la convention, après aujourd'hui, comme 2027-12-31.
RC-004 = Un destinataire doit nous signaler une violation de données dans les 24 heures : écrivez un nombre entre 1 et 24.
RC-005 = Il existe déjà un destinataire portant ce nom.
