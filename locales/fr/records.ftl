# Amana — français : qui a consulté vos données, et les télécharger. Chaque langue a les mêmes clés.

access-title = Qui a consulté mes données
access-intro = Chaque fois qu'un membre du personnel ou une personne qui vous aide ouvre ou modifie vos informations, c'est noté ici : quand, qui (sa fonction et son bureau), ce qui a été consulté, et la raison qu'il a fallu donner.
access-none = Pour l'instant, personne de l'administration ni aucune personne qui vous aide n'a consulté vos données.
access-no-more = Il n'y a rien de plus ancien.
access-pages = Pages
access-newer = Plus récent
access-older = Plus ancien
access-fields = Informations :
access-reason = Raison donnée :
access-source-viewed = A consulté votre dossier dans son propre système
access-purpose = Finalité indiquée :
access-legal-basis = Base légale indiquée :
access-record-viewed = A consulté vos données
access-category-opened = A ouvert une partie sensible de vos données
access-request-viewed = A consulté une de vos demandes
access-field-corrected = A corrigé vos données
access-field-erased = A effacé vos données
access-record-exported = A fait une copie de vos données
access-reason-handling-request = Pour traiter votre demande
access-reason-identity-check = Pour vérifier votre identité
access-reason-safety-concern = Par inquiétude pour la sécurité d'une personne
access-reason-legal-duty = Parce que la loi l'exige

download-title = Télécharger mes données
download-intro = Vous pouvez recevoir une copie complète de tout ce que l'on a sur vous, de vos demandes, de vos choix pour votre accord et de la liste des personnes qui ont consulté vos données. Gardez-la dans un endroit sûr : elle contient des informations personnelles.
download-printable = Copie à lire
download-printable-explained = Une page dans votre langue, que vous pouvez lire, imprimer ou enregistrer en PDF.
download-json = Copie pour ordinateur (JSON)
download-json-explained = Un fichier qu'un autre service ou l'ordinateur d'une personne qui vous aide peut lire.
export-title = Une copie de mes données
export-print-hint = Pour garder cette page, utilisez « Imprimer » ou « Enregistrer en PDF » dans votre navigateur.
export-generated = Faite le
