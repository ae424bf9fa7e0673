## Rôles et approbations (handlers/roles.py).

role-pending-entry = { $name }, { $title }, { $organisation } ({ $country }), { $email }, identifiant Telegram { $telegram_id }
role-pending-notice = Une nouvelle inscription, effectuée sans lien d'invitation, est en attente d'approbation :
role-pending-link-problem = Le lien d'invitation utilisé { $problem ->
        [expired] avait expiré.
        [revoked] avait été retiré.
        [used_up] avait déjà été utilisé le nombre de fois autorisé.
       *[other] n'était pas valide.
    }
role-approve = ✓ Approuver
role-reject = ✗ Rejeter
role-approve-number = ✓ Approuver { $number }
role-reject-number = ✗ Rejeter { $number }
role-pending-none = Aucune inscription n'est en attente d'approbation.
role-pending-title = Inscriptions en attente d'approbation : { $count }
role-pending-more = Inscriptions non affichées : { $count }. Veuillez d'abord traiter celles qui figurent ci-dessus.
role-already-decided = Cette inscription a déjà été traitée (statut actuel : { $status ->
        [approved] approuvée
        [rejected] rejetée
        [erased] données effacées par l'intéressé(e)
       *[other] { $status }
    }).
role-approved-staff = Approuvée : { $name } ({ $country }). Le ou la correspondant(e) en a été informé(e).
role-rejected-staff = Rejetée : { $name } ({ $country }). L'intéressé(e) en a été informé(e).
role-you-are-approved = Votre inscription en qualité de correspondant(e) national(e) pour { $country } a été approuvée par le secrétariat.
role-you-are-rejected = Votre inscription en qualité de correspondant(e) national(e) pour { $country } n'a pas été approuvée par le secrétariat. Si vous estimez qu'il s'agit d'une erreur, veuillez prendre contact avec le secrétariat.

role-staff-entry = • { $name }, identifiant Telegram { $telegram_id } : { $role ->
        [admin] administrateur
       *[secretariat] membre du secrétariat
    }
role-grant-usage =
    Pour attribuer le rôle de membre du secrétariat : /grant suivi de l'identifiant Telegram de la personne (elle peut le consulter au moyen de /profile).

    Personnel actuel :
    { $staff }
role-revoke-usage =
    Pour retirer le rôle de membre du secrétariat : /revoke suivi de l'identifiant Telegram de la personne.

    Personnel actuel :
    { $staff }
role-grant-unchanged = Aucune modification : { $telegram_id } est déjà { $role ->
        [admin] administrateur
       *[secretariat] membre du secrétariat
    }.
role-revoke-unchanged = Aucune modification : { $telegram_id } { $role ->
        [admin] est administrateur (les administrateurs sont définis dans la configuration, ADMIN_IDS)
       *[other] n'est pas membre du secrétariat
    }.
role-granted = { $telegram_id } est désormais membre du secrétariat et en a été informé(e).
role-granted-not-told = { $telegram_id } est désormais membre du secrétariat. La personne n'a pas pu être informée : elle doit envoyer /start au bot.
role-revoked = { $telegram_id } n'est plus membre du secrétariat et en a été informé(e).
role-revoked-not-told = { $telegram_id } n'est plus membre du secrétariat.
role-granted-you = Le rôle de membre du secrétariat vous a été attribué pour la présente consultation.
role-revoked-you = Votre rôle de membre du secrétariat pour la présente consultation a pris fin.
