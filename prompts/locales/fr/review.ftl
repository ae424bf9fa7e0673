## L'espace de travail du secrétariat (issue 15) : /read, l'examen de chaque contribution, /tags, et
## la réponse que reçoivent les correspondants d'un État. Les clés sont des identifiants stables.

help-review =
    /read : lire une contribution et l'examiner
    /tags : les rubriques du document de réflexion

review-read-usage = Veuillez indiquer la référence d'une contribution après /read, par exemple : /read { $example }
review-read-not-found = Aucune contribution ne porte la référence { $reference }.
review-unknown-person = (inconnu)
review-none-value = aucun

## Une contribution telle que le pays l'a envoyée.
review-card-title = { $reference } : { $country }
review-card-version = Version { $version } sur { $versions }, soumise le { $time } par { $author }
review-card-consultation = Consultation : { $title }
review-card-withdrawn = Retirée par le pays le { $time }.
review-card-topic = Thème : { $topic }
review-card-type = Type d'observation : { $type }
review-card-paragraph = Paragraphe { $number } du document :
review-card-no-paragraph = Paragraphe : aucun (observation générale)
review-card-language = Langue détectée : { $detected }
review-card-language-confidence = Langue détectée : { $detected } (degré de confiance : { $percent } %)
review-card-language-unknown = Langue détectée : indéterminée
review-card-comment = Observation ({ $length } { $length ->
        [one] caractère
       *[other] caractères
    }) :
review-card-proposed = Texte proposé :
review-card-no-proposed = Texte proposé : aucun
review-card-attachments = { $count ->
        [one] Pièce jointe
       *[other] Pièces jointes
    } : { $names }
review-card-no-attachments = Pièces jointes : aucune

## L'état de l'examen.
review-status-received = Reçue
review-status-under_review = En cours d'examen
review-status-addressed = Traitée
review-status-noted = Prise en note, sans suite
review-card-status = État de l'examen : { $status }
review-card-status-by = État de l'examen : { $status } (fixé le { $time } par { $officer })
review-card-reopened = Le pays a révisé cette contribution après son examen (version { $version }) ; son état est donc repassé de « { $previous } » à « Reçue ».
review-card-tags = Rubriques : { $tags }
review-card-no-tags = Rubriques : aucune
review-card-notes = Notes internes : { $notes } ; réponses au pays : { $replies }
review-status-set = { $reference } : { $status }

## Boutons.
review-btn-tags = Rubriques
review-btn-note = Ajouter une note interne
review-btn-reply = Répondre au pays
review-btn-notes = Notes et réponses
review-btn-versions = Versions et modifications
review-btn-files = { $count ->
        [one] Pièce jointe
       *[other] Pièces jointes ({ $count })
    }
review-btn-country = Toutes les contributions : { $country }
review-btn-back = Retour à la contribution
review-btn-open = { $reference } · { $topic } · { $status }
review-btn-cancel = Annuler
review-btn-send-reply = Envoyer la réponse
review-btn-new-tag = Nouvelle rubrique
review-btn-rename-tag = Renommer « { $name } »

## Les contributions d'un État.
review-country-title = Contributions de l'État suivant : { $country }. Veuillez en choisir une pour la lire :
review-country-none = L'État suivant n'a aucune contribution en cours : { $country }.

## Pièces jointes.
review-file-caption = { $reference }, version { $version } : { $name }
review-file-missing = Le fichier « { $name } » ne figure plus dans le dépôt des pièces jointes.
review-files-none = La version actuelle de { $reference } n'a pas de pièce jointe.

## Les versions et ce qui a changé.
review-versions-title = { $reference } : { $count ->
        [one] une version
       *[other] { $count } versions
    }
review-version-heading = Version { $version }, soumise le { $time } par { $author }
review-version-first = Telle que soumise initialement.
review-change-none = Aucune modification du contenu ; la contribution a été renvoyée telle quelle.
review-change-topic = Thème modifié : { $before } → { $after }
review-change-type = Type d'observation modifié : { $before } → { $after }
review-change-paragraph = Paragraphe modifié : { $before } → { $after }
review-change-attachments = Pièces jointes modifiées : { $before } → { $after }
review-change-comment = Observation modifiée :
review-change-proposed = Texte proposé modifié :
review-change-removed = − supprimé : { $text }
review-change-added = + ajouté : { $text }
review-history-title = Historique de l'état de l'examen :
review-history-officer = { $time } : { $previous } → { $status }, par { $person } (version { $version })
review-history-revised = { $time } : { $previous } → { $status }, le pays ayant révisé la contribution (version { $version })

## Notes et réponses.
review-notes-title = { $reference } : notes internes et réponses au pays
review-notes-none = Aucune note interne ni réponse pour l'instant.
review-note-line = Note interne de { $author }, { $time } (version { $version }) :
review-reply-line = Réponse de { $author }, { $time } (version { $version }), envoyée { $count ->
        [one] à un correspondant
       *[other] à { $count } correspondants
    } :
review-note-ask = Veuillez saisir la note interne relative à { $reference }. Les notes internes ne sont lues que par le secrétariat, jamais par les correspondants. Pour arrêter, appuyez sur Annuler ou envoyez /cancel.
review-note-saved = La note interne relative à { $reference } a été enregistrée.
review-reply-ask = Veuillez saisir la réponse adressée à l'État suivant au sujet de { $reference } : { $country }. Elle sera envoyée { $count ->
        [one] au correspondant approuvé de cet État
       *[other] aux { $count } correspondants approuvés de cet État
    } ({ $languages }), sous un intitulé dans la langue de chacun ; votre texte est envoyé tel que vous l'écrivez. Pour arrêter, appuyez sur Annuler ou envoyez /cancel.
review-reply-ask-nobody = L'État suivant n'a actuellement aucun correspondant approuvé : { $country }. La réponse relative à { $reference } sera conservée avec la contribution, mais envoyée à personne. Veuillez la saisir, ou appuyer sur Annuler.
review-reply-preview = Réponse à { $country } au sujet de { $reference }, à envoyer { $count ->
        [one] à un correspondant
       *[other] à { $count } correspondants
    } ({ $languages }) :

    { $text }
review-reply-queued = La réponse relative à { $reference } est en cours d'envoi { $count ->
        [one] au correspondant
       *[other] aux { $count } correspondants
    } de l'État suivant : { $country }. Elle est conservée avec la contribution.
review-reply-kept = La réponse relative à { $reference } est conservée avec la contribution ; l'État suivant n'a aucun correspondant approuvé à qui l'envoyer : { $country }.
review-type-text = Veuillez saisir le texte dans un message, ou envoyer /cancel.
review-use-buttons = Veuillez utiliser les boutons sous l'aperçu, ou envoyer /cancel.
review-cancelled = Annulé ; rien n'a été enregistré.
review-draft-gone = Cette étape n'est plus ouverte. Veuillez reprendre à partir de la contribution.

## Ce que reçoit un correspondant.
review-reply-message = Le secrétariat a répondu à votre contribution { $reference } ({ $consultation }) :

    { $text }

## Rubriques.
review-tags-title = Rubriques de { $reference }. Appuyez sur une rubrique pour l'ajouter ou la retirer :
review-tags-none-yet = Le secrétariat n'a encore aucune rubrique pour cette consultation. Veuillez créer la première pour { $reference }.
review-tags-list-title = Rubriques du document de réflexion : { $title } ({ $count })
review-tags-list-empty = Il n'y a encore aucune rubrique.
review-tags-list-line = • { $name } : { $count ->
        [one] une contribution
       *[other] { $count } contributions
    }
review-tag-ask-name = Veuillez saisir le nom de la nouvelle rubrique (langue : { $name }). Vous pouvez ajouter son nom dans d'autres langues officielles, un par ligne, chacun précédé du code de la langue, par exemple : en : Financing
review-tag-ask-rename = Veuillez saisir le nouveau nom de « { $tag } » (langue : { $name }), ou ses noms dans d'autres langues officielles, un par ligne, chacun précédé du code de la langue (ar, zh, en, fr, ru, es).
review-tag-created = La rubrique « { $name } » a été créée.
review-tag-renamed = La rubrique s'intitule désormais « { $name } ».
review-unknown-consultation = Il n'y a pas de consultation no { $number }. La commande /consultations les énumère.

## Ce qui ne peut être accepté.
review-error-note-empty = La note est vide. Veuillez en saisir le texte.
review-error-note-too-long = Une note peut compter au plus { $max } caractères ; celle-ci en compte { $length }. Veuillez l'abréger.
review-error-reply-empty = La réponse est vide. Veuillez en saisir le texte.
review-error-reply-too-long = Une réponse peut compter au plus { $max } caractères ; celle-ci en compte { $length }. Veuillez l'abréger.
review-error-tag-empty = Le nom est vide. Veuillez saisir le nom de la rubrique.
review-error-tag-too-long = Le nom d'une rubrique peut compter au plus { $max } caractères. Veuillez l'abréger.
review-error-tag-taken = Une autre rubrique de cette consultation porte déjà ce nom. Veuillez en choisir un autre.
review-error-tag-language = Seuls les codes des six langues officielles peuvent commencer une ligne : ar, zh, en, fr, ru, es.
review-error-tag-lines = Veuillez indiquer au plus un nom sans code de langue ; faites précéder les autres lignes de leur code, par exemple : en : Financing

## Exportations (XLSX, CSV, JSON Lines, la compilation DOCX) et les filtres de /export.
review-col-title = Titre
review-col-name = Nom
review-col-email = Adresse électronique
review-col-status = État de l'examen
review-col-themes = Rubriques
review-col-notes = Notes internes
review-col-replies = Réponses au pays
review-docx-col-response = Réponse du secrétariat
review-export-entry = { $time }, { $author } : { $text }
review-filter-themes = Rubriques : { $value }
review-filter-notes = Notes internes et réponses incluses (à l'usage exclusif du secrétariat)
review-export-btn-themes = Rubriques
review-export-btn-notes-off = Notes et réponses : non
review-export-btn-notes-on = Notes et réponses : oui
review-export-pick-tags = Veuillez cocher les rubriques à inclure (aucune cochée : toutes les contributions, avec ou sans rubrique).
review-export-no-tags = Le secrétariat n'a encore aucune rubrique pour cette consultation (la commande /tags permet d'en créer).

## La contribution vue par un correspondant (/mycomments) : les réponses conservées avec elle.
review-mycomments-reply = Réponse du secrétariat, { $time } :
    { $text }
