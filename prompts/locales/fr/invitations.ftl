## Liens d'invitation et dossier de lettres (handlers/invitations.py).

inv-invite-usage =
    Pour créer un lien d'invitation : /invite suivi du pays, puis, le cas échéant, du nombre d'utilisations et de la durée de validité en jours.
    Exemple : /invite Kenya 2 30
    Sans ces nombres : nombre d'utilisations { $uses }, validité en jours { $days }. Nombre maximal d'utilisations : { $max_uses } ; validité maximale en jours : { $max_days }.
inv-country-suggest = « { $text } » n'a pas été reconnu exactement. De quel pays s'agit-il ?
inv-country-which = « { $text } » peut désigner plusieurs États. Veuillez choisir celui pour lequel le lien d'invitation doit être créé.
inv-country-unknown = « { $text } » ne correspond à aucun pays ni aucune organisation que nous connaissons. Veuillez saisir son nom dans l'une des six langues, ou son code ISO.
inv-created =
    Lien d'invitation pour { $country } :
    { $link }

    Valable jusqu'au : { $expires }
    Nombre d'utilisations autorisées : { $uses }
inv-qr-caption = { $country } : { $link }
inv-revoke = Révoquer ce lien
inv-revoke-number = Révoquer { $number }
inv-list-empty = Aucun lien d'invitation n'est actif.
inv-list-title = Liens d'invitation actifs : { $count } (page { $page } sur { $pages })
inv-list-entry = { $country } : utilisé { $uses } sur { $max_uses }, valable jusqu'au { $expires }
    { $link }
inv-page-previous = ‹ Précédent
inv-page-next = Suivant ›
inv-revoke-confirm =
    Révoquer le lien d'invitation pour { $country } ?
    { $link }

    Il cessera immédiatement de fonctionner ; les inscriptions déjà effectuées au moyen de ce lien ne sont pas touchées.
inv-revoke-yes = Oui, le révoquer
inv-revoke-no = Non, revenir à la liste
inv-revoke-already = Ce lien avait déjà été révoqué.
inv-revoked = Le lien d'invitation pour { $country } a été révoqué.

inv-letters-unknown = Non reconnu : { $codes }
inv-letters-usage = Utilisation : /letters all pour tous les pays invités, ou /letters suivi de codes ISO (par exemple : /letters KE FR EU). Chaque pays reçoit un nouveau lien (nombre d'utilisations : { $uses } ; validité en jours : { $days }).
inv-letters-done = Dossier de lettres pour publipostage. Nombre de pays : { $count }. Nombre d'utilisations par lien : { $uses }. Valable jusqu'au : { $expires }.
inv-letters-readme =
    Dossier de lettres d'invitation

    letters.csv est la source de données d'un publipostage (UTF-8) : une ligne par pays, avec les colonnes code, country, country_in_letter_language, language, link, valid_until, max_uses, qr_image, letter_text et links_per_consultation. Le texte de la lettre est rédigé dans la langue de préférence du pays. Lorsque plusieurs consultations sont ouvertes au pays, la colonne links_per_consultation donne un lien pour chacune, qui mène directement à cette consultation une fois l'inscription faite.

    Le dossier qr contient un code QR par pays (qr/KE.png pour le Kenya, par exemple) ; la colonne qr_image en donne le nom de fichier, à utiliser avec un champ INCLUDEPICTURE.

    Nombre d'utilisations par lien : { $uses }. Les liens peuvent être consultés et révoqués dans le bot au moyen de /invites.
inv-letter-text =
    { $country }

    Le secrétariat du Programme des Nations Unies pour l'environnement présente ses compliments et a l'honneur d'inviter votre gouvernement ou organisation à contribuer au { $title }.

    Les observations peuvent être soumises jusqu'au { $deadline } au moyen du bot Telegram de la consultation. Pour inscrire votre correspondant(e) national(e), veuillez ouvrir le lien suivant sur un appareil sur lequel Telegram est installé, ou scanner le code QR ci-joint :
    { $link }

    Ce lien est réservé à votre gouvernement ou organisation et est valable jusqu'au { $expires }.

    Le secrétariat saisit cette occasion pour vous renouveler les assurances de sa très haute considération.
