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
admin-helper-organisation = Organisation

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
MD-003 = Ce code ne fonctionne pas. Il est peut-être mal tapé, déjà utilisé ou trop ancien.
MD-004 = Le mandat que cette personne vous a donné ne couvre pas cela, ou il a pris fin.
MD-005 = Entrez la référence du dossier de la personne.
MD-006 = La référence du dossier ne peut contenir que des lettres, des chiffres et des tirets, comme sur les papiers de la personne.
MD-007 = Entrez la date de naissance de la personne.
MD-008 = Entrez la date de naissance comme sur les papiers de la personne, par exemple 1990-01-31 ou 31/01/1990. S'ils donnent seulement l'année, ou l'année et le mois, entrez seulement cela : 1978 ou 1978-11.
access-mandate-activated = A commencé à vous aider avec votre mandat

## The helper enters a code
helper-redeem-title = Entrez le code d'une personne
helper-redeem-intro = La personne vous donne un code depuis son propre compte. Tapez-le ici pour commencer à l'aider.
helper-redeem-code = Code
helper-redeem = Commencer à aider
helper-mandate-taken-up = Vous pouvez maintenant aider cette personne, dans les limites de ce qu'elle a permis.

## A helper acting for a person
helper-act-for = Agir pour cette personne
helper-acting-label = Vous agissez pour une autre personne
helper-acting-for = Vous agissez pour { $name }
helper-nav-data = Ses données
helper-nav-requests = Ses demandes
helper-nav-consent = Son accord
helper-nav-complain = Faire une réclamation pour elle
helper-stop-acting = Arrêter d'agir pour cette personne
helper-mandate-ended = Votre mandat pour cette personne a pris fin : il a expiré, la personne l'a retiré, ou votre organisation a été suspendue.
actor-helper = { $helper } ({ $organisation }), personne qui aide
actor-helper-for = { $helper } ({ $organisation }), au nom de { $person }
actor-helper-for-you = { $helper } ({ $organisation }), en votre nom
message-to-helper = à la personne qui aide
access-requests-listed = A consulté la liste de vos demandes
access-consent-viewed = A consulté votre accord
access-request-filed = A fait une demande pour vous
access-request-withdrawn = A retiré une de vos demandes
access-request-information-added = A ajouté des informations à une de vos demandes
access-consent-given = A donné votre accord à votre place
access-consent-withdrawn = A retiré votre accord à votre place
access-complaint-filed = A fait une réclamation pour vous
case-submitted-by = Envoyée par
case-submitted-by-helper = { $helper } ({ $organisation }), au nom de { $person }
case-message-to = Envoyer à
case-message-to-person = La personne
ST-028 = Il n'y a personne à qui écrire : cette demande n'est pas passée par une personne qui aide, ou son mandat a pris fin.
mail-helper-news-subject = Un message sur une demande que vous avez faite pour quelqu'un
mail-helper-news-body =
    Vous avez un message sur une demande que vous avez faite pour quelqu'un. Connectez-vous pour le lire : { $url }

## Assisted start: the helper asks, the person confirms with a code
helper-assisted-title = Commencer avec une personne qui est avec vous
helper-assisted-intro = Si la personne est avec vous, entrez la référence de son dossier et sa date de naissance, et choisissez ce qu'elle veut que vous fassiez. Elle reçoit un code à l'adresse ou au numéro que nous avons pour elle ; si nous n'en avons pas, le bureau de l'administration lui imprime un code. Votre mandat commence seulement quand vous entrez ce code dans « Entrez le code d'une personne ».
helper-assisted-send = Demander un code à la personne
helper-assisted-sent = Si ces informations correspondent à un dossier, la personne a reçu un code à l'adresse ou au numéro que nous avons pour elle. Si nous n'avons ni adresse ni numéro pour elle, elle peut demander un code imprimé au bureau de l'administration.
mail-mandate-request-subject = Une personne qui aide demande à agir pour vous
mail-mandate-request-body =
    { $organisation } demande à vous aider pour vos données auprès de l'administration. Cette organisation pourrait : { $scope }.

    Si vous êtes avec la personne qui vous aide et que vous êtes d'accord, donnez-lui ce code : { $code }

    Il est valable une seule fois, pendant 30 minutes. Si vous n'avez pas demandé d'aide, ignorez ce message : rien ne se passe sans ce code.
access-mandate-requested = A demandé à agir pour vous (rien ne se passe tant que vous n'avez pas donné votre code)
access-mandate-code-printed = A imprimé un code pour que vous puissiez confirmer une personne qui vous aide
nav-staff-mandates = Demandes de mandat
staff-mandates-title = Demandes de mandat en attente d'un code
staff-mandates-intro = Une personne qui aide a commencé ces demandes pour quelqu'un qui n'a peut-être ni adresse ni numéro de contact. Vérifiez d'abord l'identité de la personne, en face à face. Puis imprimez un code et donnez-le à la personne, pas à la personne qui aide : il est valable une seule fois, pendant trois jours, et seulement pour cette personne qui aide.
staff-mandates-none = Aucune demande de mandat n'est en attente.
staff-mandates-requested = Demandée le
staff-mandates-print = Imprimer un code pour la personne
staff-mandate-code-title = Code pour la personne
staff-mandate-code-intro = Donnez ce papier à la personne. Si elle est d'accord, elle donne le code à la personne qui l'aide, qui le tape. Seule cette personne qui aide peut l'utiliser, une seule fois, jusqu'au { $until }.
staff-mandate-code-shown = Le code n'a été montré qu'une fois. Si le papier est perdu, imprimez un nouveau code : l'ancien ne fonctionne plus.
access-mandate-request-viewed = A consulté la demande d'une personne qui aide pour agir pour vous
notice-mandate-code-printed = Le personnel a imprimé un code pour qu’une personne d’aide puisse agir pour vous. Si vous ne l’avez pas demandé, arrêtez-le dans « Personnes qui vous aident ».
