## Profil et confidentialité (handlers/profile.py).

prof-title = Votre profil
prof-not-given = —
prof-details =
    Pays : { $country }
    Nom : { $name }
    Titre : { $title }
    Organisation : { $organisation }
    Adresse électronique : { $email }
    Langue : { $chosen }
prof-status-new = Statut : inscription non terminée.
prof-status-pending = Statut : en attente de l'approbation du secrétariat.
prof-status-approved = Statut : correspondant(e) national(e) inscrit(e).
prof-status-rejected = Statut : inscription non approuvée par le secrétariat.
prof-status-erased = Statut : données personnelles effacées.
prof-role-secretariat = Rôle : membre du secrétariat.
prof-role-admin = Rôle : administrateur.
prof-telegram-id = Votre identifiant Telegram : { $telegram_id }
prof-edit-name = Modifier le nom
prof-edit-title = Modifier le titre
prof-edit-org = Modifier l'organisation
prof-edit-email = Modifier l'adresse électronique
prof-forget-button = Effacer mes données
prof-not-registered = Vous n'êtes pas inscrit(e). Veuillez envoyer /start pour vous inscrire.
prof-edit-cancel-hint = Pour ne rien modifier, envoyez /cancel.
prof-no-edit = Aucune correction n'est en cours. Veuillez envoyer /profile.
prof-updated = Votre profil a été mis à jour.
prof-edit-cancelled = Aucune modification n'a été apportée.

prof-forget-nothing = Nous ne détenons aucune donnée personnelle vous concernant.
prof-forget-confirm =
    Souhaitez-vous effacer vos données personnelles ?

    Vos nom, titre, organisation et adresse électronique seront effacés, et vous ne serez plus inscrit(e) en qualité de correspondant(e).

    Les observations déjà soumises pour votre pays demeureront la contribution de votre gouvernement, sans vos données personnelles.
prof-forget-confirm-staff =
    Souhaitez-vous effacer vos données personnelles ?

    Vos nom, titre, organisation et adresse électronique seront effacés, et ce compte n'aura plus accès aux fonctions du secrétariat.
prof-forget-yes = Oui, effacer mes données
prof-forget-no = Non, conserver mes données
prof-forget-done =
    Vos données personnelles ont été effacées : vos nom, titre, organisation et adresse électronique ne sont plus conservés, et vous n'êtes plus inscrit(e).

    Les observations déjà soumises pour votre pays demeurent la contribution de votre gouvernement, sans vos données personnelles.

    Vous pouvez vous inscrire de nouveau à tout moment au moyen de /start.
prof-forget-kept = Vos données ont été conservées ; rien n'a été modifié.
