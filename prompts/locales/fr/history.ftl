## L'historique (/broadcasts) : ce qui passe par la file d'envoi outre les diffusions et les rappels.

broadcasts-kind-personal-alert = Alerte à un fonctionnaire d'une contribution nouvelle ou révisée
broadcasts-kind-personal-digest = Récapitulatif quotidien à un fonctionnaire
broadcasts-kind-personal-notice = Avis à un correspondant (répertoire)
broadcasts-kind-reply = Réponse du secrétariat à une contribution
broadcasts-kind-deadline-notice = Avis concernant la date limite

## /audit : les entrées relatives à une consultation.

audit-usage-consultation = S'il y a plusieurs consultations : /audit consultation <numéro>.
