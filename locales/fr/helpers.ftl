## Helpers of civil-society organisations
helper-sign-in-title = Connexion des personnes qui aident
helper-sign-in-intro = Réservé aux personnes qui aident au sein d'une organisation enregistrée auprès de l'administration. Connectez-vous avec votre adresse e-mail et votre mot de passe, puis avec un code de votre application d'authentification.
helper-home-title = Les personnes que vous aidez
helper-people = Personnes qui vous ont donné un mandat
helper-people-none = Personne ne vous a encore donné de mandat, ou tous les mandats ont pris fin. Une personne vous donne un mandat depuis son propre compte, avec un code court.
helper-scope = Vous pouvez
helper-until = Jusqu'au
nav-helper-people = Personnes que vous aidez
mandate-scope-view = voir ses données
mandate-scope-request = faire des demandes pour elle
mandate-scope-consent = gérer son accord
mandate-scope-complain = faire une réclamation pour elle

## Administration: organisations and their helpers
admin-organisations = Organisations d'aide
admin-organisations-intro = Organisations de la société civile dont les personnes qui aident peuvent agir pour celles qui leur donnent un mandat. Suspendre une organisation coupe aussitôt l'accès de toutes les personnes qui aident en son nom.
admin-new-organisation = Enregistrer une organisation
admin-organisation-kind = Type
admin-organisation-contact = Coordonnées
organisation-kind-ngo = Organisation non gouvernementale
organisation-kind-legal-aid = Aide juridique
organisation-kind-community-group = Association communautaire
admin-suspended = suspendue
admin-suspend = Suspendre
admin-reinstate = Réactiver
admin-helpers = Personnes qui aident
admin-new-helper = Ajouter une personne qui aide

## Mandates: the person gives a helper permission to act for them
nav-mandates = Personnes qui vous aident
mandates-title = Les personnes qui peuvent vous aider
mandates-intro = Vous pouvez permettre à une personne d'une organisation en qui vous avez confiance d'agir pour vous : voir vos données, faire des demandes, gérer votre accord ou faire une réclamation. Vous choisissez quoi et pour combien de temps, et vous pouvez arrêter à tout moment.
mandates-none = Vous n'avez encore donné de mandat à personne.
mandates-back = Retour aux personnes qui peuvent vous aider
mandate-no-helper-yet = La personne qui vous aide n'a pas encore entré le code
mandate-state-waiting = en attente du code
mandate-state-active = actif
mandate-state-revoked = retiré par vous
mandate-state-ended = terminé
mandate-revoke = Retirer ce mandat maintenant
mandate-grant-title = Donner un mandat à une personne qui vous aide
mandate-grant-intro = Vous allez recevoir un code court. Donnez-le vous-même à la personne qui vous aide, face à face ou par téléphone. Il est valable une seule fois, pendant 30 minutes.
mandate-grant-scope = Que peut faire la personne qui vous aide ?
mandate-grant-days = Pour combien de temps ?
mandate-days-1 = Un jour
mandate-days-7 = Une semaine
mandate-days-30 = Un mois
mandate-days-90 = Trois mois
mandate-days-182 = Six mois
mandate-grant = Obtenir le code
mandate-code-title = Le code pour la personne qui vous aide
mandate-code-intro = Donnez ce code à la personne qui vous aide. Il est valable une seule fois, dans les 30 minutes.
mandate-code-warning = Donnez-le seulement à la personne que vous voulez pour vous aider. Personne de l'administration ne vous le demandera.
mandate-code-shown = Le code n'a été montré qu'une fois. Si vous ne l'avez pas donné à la personne qui vous aide, retirez ce mandat et faites-en un nouveau.
notice-mandate-revoked = Le mandat a été retiré. La personne qui vous aidait ne peut plus agir pour vous.
MD-001 = Choisissez au moins une chose que la personne qui vous aide peut faire.
MD-002 = Choisissez pour combien de temps.
MD-003 = Ce code ne fonctionne pas. Il est peut-être mal tapé, déjà utilisé ou créé il y a plus de 30 minutes.
access-mandate-activated = A commencé à vous aider avec votre mandat

## The helper enters a code
helper-redeem-title = Entrez le code d'une personne
helper-redeem-intro = La personne vous donne un code depuis son propre compte. Tapez-le ici pour commencer à l'aider.
helper-redeem-code = Code
helper-redeem = Commencer à aider
helper-mandate-taken-up = Vous pouvez maintenant aider cette personne, dans les limites de ce qu'elle a permis.
