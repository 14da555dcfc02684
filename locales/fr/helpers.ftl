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
