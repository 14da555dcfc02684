# La page publique sur la transparence (/transparency) et son fichier CSV. Tout le monde peut la lire : des mots simples, pas de jargon.
footer-transparency = Comment nous traitons les demandes : chiffres et règles
transparency-title = Comment nous traitons les demandes : chiffres et règles
transparency-intro = Chaque mois, nous publions combien de demandes sur les données personnelles nous avons reçues, à combien nous avons répondu, en combien de temps, et pourquoi nous en avons refusé certaines. Ces chiffres ne permettent de reconnaître personne.
transparency-computed-at = Chiffres calculés le { $moment } (UTC). Le mois en cours n'est pas encore fini.
transparency-none-yet = Les chiffres n'ont pas encore été calculés. Revenez plus tard, s'il vous plaît.
transparency-download = Télécharger ces chiffres (fichier CSV)
transparency-rule-heading = Comment nous comptons
transparency-rule-zero = Quand rien ne s'est passé, nous écrivons 0.
transparency-rule-fewer = De 1 à 7, nous écrivons « moins de 8 », pour que personne ne puisse être reconnu.
transparency-rule-rounded = Les autres nombres sont arrondis au multiple de 5 le plus proche.
transparency-rule-totals = Les totaux sont calculés avec les nombres exacts, puis arrondis : ils peuvent donc être différents de la somme des lignes.
transparency-rule-rates = Les durées et les pourcentages sont affichés seulement s'ils reposent sur au moins 23 demandes qui ont reçu une réponse.
transparency-rule-quarters = Les types de demande et les raisons des refus sont donnés par trimestre (trois mois), car mois par mois, les nombres seraient trop petits pour être affichés.
transparency-fewer-than-eight = moins de 8
transparency-too-few = trop peu pour le dire
transparency-percent = { $percent } %
transparency-days =
    { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
transparency-months-heading = Demandes par mois
transparency-chart-volume = Demandes reçues et terminées, par mois
transparency-chart-note = Les barres montrent les chiffres du tableau ci-dessous. Les nombres sous les barres sont les mois.
transparency-chart-timely = Part des demandes qui ont reçu une réponse dans un délai d'un mois
transparency-chart-timely-note = Un tiret veut dire que, ce mois-là, trop peu de demandes ont reçu une réponse pour le dire.
transparency-months-caption = Demandes par mois, tous types ensemble
transparency-quarters-heading = Chaque type de demande, par trimestre
transparency-quarters-caption = Demandes par trimestre et par type de demande
transparency-reasons-heading = Pourquoi des demandes ont été refusées
transparency-reasons-caption = Refus par trimestre, selon la raison donnée (une décision peut donner plusieurs raisons)
transparency-month = Mois
transparency-quarter = Trimestre
transparency-kind = Type de demande
transparency-reason = Raison
transparency-all-kinds = Tous types ensemble
transparency-received = Reçues
transparency-closed = Avec réponse, ou retirées
transparency-median = Délai de réponse habituel (médiane)
transparency-within-month = Réponse dans un délai d'un mois
transparency-within-extended = Réponse dans le délai prolongé
transparency-extensions = Délai de réponse prolongé
transparency-refusals = Refusées, en tout ou en partie
transparency-routing-heading = Qui traite une demande
transparency-routing-intro = Une nouvelle demande va à une équipe selon ces règles, dans cet ordre. La première règle qui correspond décide.
transparency-routing-every = de tout type
transparency-routing-kind = du type « { $value } »
transparency-routing-category = concernant « { $value } »
transparency-routing-language = écrites en { $value }
transparency-routing-region = venant de la région { $value }
transparency-routing-sensitive = qui touchent des données sensibles
transparency-routing-not-sensitive = qui ne touchent aucune donnée sensible
transparency-routing-rule = Les demandes { $conditions } vont à l'équipe « { $team } ».
transparency-routing-rest = Toutes les autres demandes vont à l'équipe « { $team } ».
transparency-routing-human = Une personne de l'administration décide pour chaque demande. Aucun ordinateur ne décide : ces règles choisissent seulement quelle équipe lit la demande.
transparency-breaches = Violations de données personnelles notifiées à l'autorité de contrôle
