# SMS, pour les personnes qui ont un téléphone et pas d'adresse e-mail. Chaque texte doit rester court : un SMS
# contient 160 lettres latines, ou seulement 70 dans une autre écriture (arabe, cyrillique, éthiopien, géorgien…)
# ou avec des accents hors de l'alphabet GSM ; un test échoue si un texte demande plus de deux SMS. Rien de
# personnel à part le code.

# Le code de connexion. Il doit tenir dans un seul SMS.
sms-sign-in = Amana, code : { $code }. Valable { $minutes } min. Ne le donnez jamais à personne.
# Une personne d'une organisation demande à agir pour la personne ; le code veut dire oui.
sms-mandate-request = Amana : { $organisation } demande à vous aider. Seulement si vous acceptez, donnez-lui ce code : { $code }
sms-request-received = Amana : votre demande est bien arrivée. Connectez-vous pour la suivre : { $url }
sms-request-news = Amana : il y a du nouveau sur votre demande. Connectez-vous pour en savoir plus : { $url }
