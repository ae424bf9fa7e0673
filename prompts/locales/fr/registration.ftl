## Inscription des correspondants nationaux (handlers/registration.py).

reg-ask-country = Quel pays ou quelle organisation représentez-vous ? Veuillez saisir son nom dans l'une des six langues officielles, ou son code ISO (par exemple « Kenya », « UK », « 中国 » ou « KE »).
reg-ask-name = Veuillez saisir vos nom et prénom tels qu'ils doivent figurer dans les registres du secrétariat.
reg-ask-title = Veuillez saisir votre titre ou fonction (par exemple « Directeur de la gestion des produits chimiques »).
reg-ask-organisation = Veuillez saisir le nom de votre ministère ou organisation.
reg-ask-email = Veuillez saisir votre adresse électronique officielle.
reg-current-value = Valeur actuelle : { $value }

reg-privacy-notice =
    Avis de confidentialité

    Le secrétariat du Programme des Nations Unies pour l'environnement (PNUE) recueille vos nom et prénom, titre, ministère ou organisation, adresse électronique, pays, langue de préférence et numéro de compte Telegram afin de confirmer que vous vous exprimez au nom de votre gouvernement ou organisation dans le cadre de la présente consultation, de vous contacter à ce sujet et d'attribuer les observations de votre gouvernement.

    Seuls les membres du secrétariat chargés de la consultation peuvent consulter ces données. Elles sont conservées pendant la durée du processus consultatif et de son suivi, et ne sont pas communiquées à des tiers.

    Vous pouvez à tout moment consulter et corriger vos données au moyen de /profile, et les effacer au moyen de /forget. Les observations déjà soumises demeurent la contribution de votre gouvernement, sans vos données personnelles.

    Acceptez-vous ces conditions ?
reg-consent-yes = J'accepte
reg-consent-no = Je n'accepte pas
reg-consent-declined = Sans votre accord sur l'avis de confidentialité, nous ne sommes pas en mesure de vous inscrire. Les informations que vous avez saisies sont conservées : vous pouvez encore donner votre accord ci-dessous, ou les supprimer.
reg-discard = Supprimer ce que j'ai saisi
reg-discarded = Les informations que vous aviez saisies ont été supprimées. Vous pouvez recommencer à tout moment au moyen de /start.
reg-cancelled = Inscription interrompue. Les informations que vous avez saisies sont enregistrées : envoyez /start pour reprendre là où vous vous étiez arrêté(e).
reg-resumed = Bon retour. Votre inscription reprend là où vous vous étiez arrêté(e).
reg-not-in-progress = Aucune inscription n'est en cours. Veuillez envoyer /start.

reg-summary = Veuillez vérifier vos informations :
reg-summary-invited = Comme vous avez été invité(e) au moyen d'un lien, votre inscription prendra effet dès votre confirmation.
reg-summary-review = Après votre confirmation, votre inscription sera examinée par le secrétariat.
reg-confirm = ✓ Confirmer
reg-edit-lang = Modifier la langue
reg-edit-country = Modifier le pays
reg-edit-name = Modifier le nom
reg-edit-title = Modifier le titre
reg-edit-org = Modifier l'organisation
reg-edit-email = Modifier l'adresse électronique

reg-link-invited = Vous avez été invité(e) en qualité de correspondant(e) national(e) pour { $country }.
reg-link-expired = Ce lien d'invitation a expiré. Vous pouvez néanmoins vous inscrire : le secrétariat examinera votre inscription avant qu'elle ne prenne effet.
reg-link-revoked = Ce lien d'invitation a été retiré par le secrétariat. Vous pouvez néanmoins vous inscrire : le secrétariat examinera votre inscription avant qu'elle ne prenne effet.
reg-link-used_up = Ce lien d'invitation a déjà été utilisé le nombre de fois autorisé. Vous pouvez néanmoins vous inscrire : le secrétariat examinera votre inscription avant qu'elle ne prenne effet.
reg-link-unknown = Ce lien d'invitation n'est pas valide (il est peut-être incomplet). Vous pouvez néanmoins vous inscrire : le secrétariat examinera votre inscription avant qu'elle ne prenne effet.

reg-country-set = Pays : { $country }.
reg-country-suggest = « { $text } » n'a pas été reconnu exactement. Vouliez-vous dire l'un des suivants ? Sinon, veuillez saisir de nouveau le nom.
reg-country-which = « { $text } » peut désigner plusieurs États. Veuillez choisir celui que vous représentez.
reg-country-unknown = « { $text } » ne correspond à aucun pays ni aucune organisation que nous connaissons.

reg-empty = La réponse est vide.
reg-no-letter = Cela ne ressemble pas à un nom : aucune lettre n'y figure.
reg-bad-email = Cette adresse électronique n'est pas valide (exemple : nom@ministere.gouv).
reg-not-text = Je n'ai pas compris ce message : ici, je ne peux lire que du texte saisi.
reg-use-buttons = Veuillez répondre au moyen de l'un des boutons.

reg-done-approved = Merci. Vous êtes inscrit(e) en qualité de correspondant(e) national(e) pour { $country }.
reg-done-pending = Merci. Votre inscription en qualité de correspondant(e) national(e) pour { $country } a été transmise au secrétariat pour approbation. Vous en serez informé(e) ici dès qu'elle aura été examinée.
