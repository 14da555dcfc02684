# Amana — français. Chaque texte qu'une personne lit vient d'ici ; les autres langues doivent définir chaque clé.

## Tout le site
app-name = Amana
nav-skip = Aller au contenu
nav-label = Menu principal
nav-language = Langue
nav-my-data = Mes données
nav-sign-out = Se déconnecter
nav-quick-exit = Sortie rapide
footer-fictional = Amana est une démonstration. Toutes les personnes et tous les dossiers sont inventés.
form-error-summary = Il y a un problème

## Accueil
home-title = Vos données, vos droits
home-choose-language = Choisissez votre langue
home-about-heading = À quoi sert ce site ?
home-about = Ici, vous pouvez voir les données personnelles que l'administration a sur vous, pourquoi elle les garde et avec qui elle les partage. Vous pouvez demander de les corriger ou de les effacer, et voir qui les a consultées.
home-rights-heading = Vos droits
right-access = Voir toutes les données que l'on a sur vous, et en recevoir une copie.
right-correct = Demander de corriger les données qui sont fausses.
right-erase = Demander d'effacer des données.
right-restrict = Demander que vos données ne soient plus utilisées.
right-consent = Donner ou retirer votre accord, à tout moment.
right-complain = Faire une réclamation auprès d'une autorité indépendante.
right-who-looked = Voir qui a consulté vos données, et pourquoi.
home-rights-free = Utiliser vos droits est gratuit. Vous recevrez une réponse dans un délai d'un mois. Si votre demande est compliquée, ce délai peut être prolongé de deux mois, et on vous dira pourquoi.
home-sign-in = Se connecter
notice-signed-out = Votre session est fermée. Si ce téléphone est partagé, fermez le navigateur maintenant.

## Page introuvable
not-found-title = Page introuvable
not-found-home = Aller à la page d'accueil

## Connexion
sign-in-title = Se connecter
sign-in-intro = Entrez la référence du dossier écrite sur vos papiers et votre date de naissance. Nous enverrons un code, valable une seule fois, à l'adresse ou au numéro que nous avons pour vous.
sign-in-case-reference = Référence du dossier
sign-in-case-reference-hint = Par exemple DEMO-0001. Elle est écrite sur vos papiers.
sign-in-date-of-birth = Date de naissance
sign-in-date-of-birth-hint = Comme sur vos papiers : année-mois-jour (1990-01-31) ou jour/mois/année (31/01/1990). S'ils donnent seulement l'année, ou l'année et le mois, entrez seulement cela (1978 ou 1978-11).
sign-in-send-code = Envoyez-moi un code
sign-in-privacy = Nous ne disons jamais à personne si une référence de dossier existe.

code-title = Entrez votre code
code-intro = Si les informations saisies correspondent à notre dossier, nous avons envoyé un code à 6 chiffres à l'adresse ou au numéro que nous avons pour vous. Le code est valable 10 minutes.
code-label = Code à 6 chiffres
code-hint = Vous pouvez le taper avec des espaces.
code-submit = Se connecter
code-start-again = Pas de code ? Recommencer

## Mes données
my-data-title = Mes données
my-data-reference = Référence du dossier :
my-data-intro = Tout ce que l'on a sur vous, par type. Touchez le nom d'un type pour voir, pour chaque élément, d'où il vient, pourquoi et jusqu'à quand on le garde, qui le reçoit et ce que vous pouvez demander.
my-data-sensitive = Sensible
my-data-sensitive-explained = Ce sont des données sensibles. Elles sont mieux protégées, et le personnel doit donner une raison pour les ouvrir.
my-data-source = Vient de
my-data-purpose = Pourquoi on le garde
my-data-legal-basis = Loi qui le permet
my-data-kept-until = Gardé jusqu'au
my-data-shared-with = Partagé avec
# Nombre d'éléments de données dans un type, à côté de son titre (« Identité · 6 éléments »).
my-data-field-count = { $count ->
    [one] { $count } élément
   *[other] { $count } éléments
}
my-data-why = Pourquoi on les garde et qui les reçoit

category-identity = Identité
category-contact = Coordonnées
category-family = Famille
category-legal-status = Statut administratif
category-health = Santé
category-biometrics = Biométrie
category-education = Éducation
category-employment = Travail
category-case-history = Historique du dossier

field-given-name = Prénom
field-family-name = Nom de famille
field-date-of-birth = Date de naissance
field-place-of-birth = Lieu de naissance
field-nationality = Nationalité
field-sex = Sexe
field-native-language = Langue maternelle
field-document-number = Numéro du document
field-email = Adresse e-mail
field-phone = Numéro de téléphone
field-address = Adresse
field-municipality = Commune
field-marital-status = Situation familiale
field-spouse-name = Nom du conjoint ou de la conjointe
field-children-count = Nombre d'enfants
field-dependants = Autres personnes à charge
field-next-of-kin = Proche à contacter
field-residence-status = Statut de séjour
field-permit-type = Type de titre de séjour
field-permit-expiry = Titre valable jusqu'au
field-asylum-claim-date = Date de la demande d'asile
field-appeal-status = Recours
field-screening-date = Date du bilan de santé
field-screening-result = Résultat du bilan de santé
field-vaccinations = Vaccins
field-disability-needs = Besoins liés au handicap
field-medication-needs = Besoins en médicaments
field-fingerprint-record = Empreintes digitales
field-photo-record = Photo
field-enrolment-date = Date de l'enregistrement biométrique
field-enrolment-office = Bureau d'enregistrement
field-highest-education = Plus haut niveau d'études
field-languages-spoken = Langues parlées
field-school-enrolment = Inscription à l'école
field-work-permit = Autorisation de travail
field-occupation = Métier
field-employer = Employeur
field-case-opened = Ouverture du dossier
field-case-office = Bureau qui suit le dossier
field-interview-date = Date de l'entretien
field-last-decision = Dernière décision
field-decision-date = Date de la dernière décision
field-resettlement-referral = Proposition de réinstallation
field-statistics-cohort = Groupe statistique

purpose-case-management = Traiter votre dossier
purpose-residence-permit = Décider de votre titre de séjour
purpose-health-screening = Bilan de santé à l'arrivée
purpose-family-reunification = Réunir votre famille
purpose-biometric-identity = Confirmer votre identité
purpose-integration-support = Aide pour l'école, la langue et le travail
purpose-resettlement-referral = Proposition de réinstallation dans un autre pays
purpose-statistics = Statistiques anonymes
purpose-service-updates = Informations sur les services

legal-basis-public-task = Une mission d'intérêt public prévue par la loi
legal-basis-legal-obligation = Une obligation légale de l'administration
legal-basis-consent = Votre accord, que vous pouvez retirer
legal-basis-vital-interests = Pour protéger la vie d'une personne
legal-basis-contract = Un contrat avec vous
legal-basis-legitimate-interests = Un intérêt légitime, qui ne doit pas passer avant vos droits

recipient-none = Personne en dehors de l'administration
recipient-border-agency = Service des frontières
recipient-municipality = Votre commune
recipient-health-service = Service public de santé
recipient-unhcr = HCR (UNHCR)
recipient-education-provider = École ou organisme de cours de langue
recipient-resettlement-country = Le pays de réinstallation
recipient-statistics-office = Institut de statistique (sans votre nom)

## Valeurs venant d'autres systèmes qui ont une traduction
value-single = Célibataire
value-married = Marié(e)
value-widowed = Veuf/veuve
value-asylum-seeker = Demandeur/demandeuse d'asile
value-refugee = Réfugié(e)
value-subsidiary-protection = Protection subsidiaire
value-temporary-protection = Protection temporaire
value-none = Aucun
value-pending = En attente
value-closed = Terminé
value-no-follow-up = Pas de suivi nécessaire
value-follow-up-booked = Rendez-vous de suivi pris
value-complete = Complet
value-partial = Partiel
value-unknown = Inconnu
value-mobility-support = Aide pour se déplacer
value-hearing-support = Aide pour l'audition
value-regular-prescription = Traitement régulier sur ordonnance
value-primary = École primaire
value-secondary = École secondaire
value-vocational = Formation professionnelle
value-university = Université
value-not-applicable = Non concerné
value-enrolled = Inscrit(e)
value-waiting-list = Sur liste d'attente
value-yes = Oui
value-no = Non
value-applied = Demande faite
value-nurse = Infirmier/infirmière
value-electrician = Électricien/électricienne
value-teacher = Enseignant/enseignante
value-cook = Cuisinier/cuisinière
value-driver = Chauffeur/chauffeuse
value-student = Étudiant/étudiante
value-interview-scheduled = Entretien prévu
value-permit-granted = Titre de séjour accordé
value-under-review = En cours d'examen
value-not-referred = Non proposé
value-referred = Proposé
value-accepted = Accepté

## Erreurs (les codes ne changent pas ; le texte dit quoi faire)
SI-001 = Entrez la référence de votre dossier.
SI-002 = La référence du dossier ne peut contenir que des lettres, des chiffres et des tirets, comme sur vos papiers.
SI-003 = Entrez votre date de naissance.
SI-004 = Entrez votre date de naissance comme sur vos papiers, par exemple 1990-01-31 ou 31/01/1990. S'ils donnent seulement l'année, ou l'année et le mois, entrez seulement cela : 1978 ou 1978-11.
SI-005 = Entrez le code reçu dans notre message.
SI-006 = Le code a 6 chiffres. Vérifiez le message et réessayez.
SI-010 = Ce code n'est pas bon, ou il n'est plus valable. Vérifiez le message et réessayez.
SI-011 = Cette connexion n'est plus valable, ou il y a eu trop d'essais. Merci de recommencer.
SI-012 = Trop d'essais. Attendez quelques minutes, puis réessayez.
AU-001 = Votre session est terminée. Merci de vous reconnecter.
GEN-400 = Certaines informations ne sont pas correctes. Vérifiez le formulaire et réessayez.
GEN-403 = Ce formulaire n'est plus valable. Revenez en arrière, rechargez la page et réessayez.
GEN-404 = Cette page n'existe pas, ou vous ne pouvez pas la voir.
GEN-409 = Quelqu'un d'autre a modifié ceci au même moment, donc rien n'a été enregistré. Rechargez la page et réessayez.
GEN-500 = Un problème est survenu de notre côté. Rien de ce que vous avez envoyé n'a été perdu. Réessayez dans quelques minutes.

## E-mails (ils ne contiennent jamais de données personnelles)
mail-sign-in-subject = Votre code de connexion Amana
mail-sign-in-body =
    Votre code de connexion est : { $code }

    Il est valable { $minutes } minutes. Tapez-le sur la page où vous l'avez demandé.

    Si vous n'avez pas demandé de code, vous pouvez ignorer ce message. Personne ne peut se connecter sans ce code.

## Translation status
footer-draft-translation = Cette traduction est un premier brouillon. Si quelque chose n'est pas clair, demandez au personnel ou à une personne qui vous aide.

# Ce que les moteurs de recherche montrent sous le nom du portail (page d'accueil et page de connexion seulement).
meta-description = Voyez ce que l'administration des migrations a sur vous, et demandez de le corriger, de l'effacer ou de ne plus l'utiliser, dans votre langue.
