## Observations : /comment (rédaction, aperçu, accusé de réception), /mycomments (révision, retrait), /verify.

## Ouverture et dates

comment-intro = { $title }
    Vous allez soumettre une observation au nom de votre pays. Six courtes étapes vous guideront ; tout ce que vous saisissez est enregistré au fur et à mesure, et vous pourrez tout vérifier avant de soumettre.
comment-closed = Nous vous remercions de votre intérêt. La consultation a été close le { $deadline } : il n'est plus possible de soumettre ni de modifier des observations. Si vous avez besoin d'un délai supplémentaire, veuillez vous adresser au secrétariat, qui peut prolonger la date limite.
comment-not-open = La consultation n'est pas encore ouverte : les observations pourront être soumises à partir du { $opens }.

## Les étapes

comment-ask-topic = Étape 1 sur 6. Sur quel thème porte votre observation ?
comment-ask-type = Étape 2 sur 6. De quel type d'observation s'agit-il ? (Thème : { $topic })
comment-ask-paragraph = Étape 3 sur 6. Votre observation se rapporte-t-elle à un paragraphe particulier du rapport « { $document } » ? Veuillez choisir son numéro ({ $first } à { $last }) ou le saisir, ou appuyer sur « Aucun paragraphe en particulier ».
comment-paragraph-shown = Paragraphe { $number } du rapport :
    { $text }
comment-paragraph-invalid = Le rapport n'a pas de paragraphe « { $input } ». Veuillez choisir un numéro de { $first } à { $last }, ou appuyer sur « Aucun paragraphe en particulier ».
comment-paragraph-expected = Veuillez choisir le paragraphe à l'aide des boutons, ou saisir son numéro.
comment-ask-comment = Étape 4 sur 6. Veuillez saisir votre observation. Un texte long peut être envoyé en plusieurs messages : ils seront réunis dans l'ordre. Longueur maximale : { $max } { $max ->
        [one] caractère
       *[other] caractères
    }.
comment-ask-new-comment = Veuillez envoyer le nouveau texte de votre observation : il remplacera le texte actuel ({ $length } { $length ->
        [one] caractère
       *[other] caractères
    }). Longueur maximale : { $max } caractères. Vous pouvez aussi conserver le texte actuel.
comment-part-received = Bien reçu. Longueur actuelle de votre observation : { $length } { $length ->
        [one] caractère
       *[other] caractères
    } (maximum { $max }) ; nombre de messages : { $parts }. Vous pouvez envoyer d'autres messages pour la compléter, ou appuyer sur « Mon observation est complète ».
comment-too-long = Ce message n'a pas été ajouté : il porterait votre observation à { $length } caractères, au-delà du maximum de { $max }. Le texte reçu auparavant est conservé ({ $current } { $current ->
        [one] caractère
       *[other] caractères
    }). Veuillez envoyer un texte plus court, ou joindre un document plus long à l'étape des pièces jointes.
comment-empty = Ce message est vide. Veuillez saisir votre texte.
comment-need-text = Votre observation est encore vide. Veuillez la saisir avant de continuer.
comment-ask-proposed = Étape 5 sur 6. Si vous proposez un texte de remplacement pour le rapport, veuillez l'envoyer maintenant en un seul message. Sinon, veuillez appuyer sur le bouton ci-dessous.
comment-proposed-received = Texte proposé bien reçu ({ $length } { $length ->
        [one] caractère
       *[other] caractères
    }).
comment-proposed-too-long = Ce texte proposé compte { $length } caractères, au-delà du maximum de { $max }. Veuillez envoyer un texte plus court.
comment-ask-attachments = Étape 6 sur 6. Vous pouvez joindre des documents : PDF, DOC, DOCX ou ODT, de 20 Mo au plus chacun, { $max_files } au maximum. Veuillez les envoyer maintenant sous forme de fichiers. Documents joints : { $count }.
comment-size-kb = { $size } Ko
comment-file-received = Document bien reçu : { $name } ({ $size }).
    SHA-256 : { $sha256 }
comment-file-type = Le fichier « { $name } » ne peut être accepté : seuls les documents PDF, DOC, DOCX et ODT sont acceptés (le nom du fichier et son type doivent tous deux l'indiquer). Veuillez le convertir et l'envoyer de nouveau.
comment-file-too-big = Le fichier « { $name } » ne peut être accepté : il dépasse 20 Mo, taille maximale que le bot peut recevoir. Veuillez envoyer une version plus légère, ou l'adresser au secrétariat par courrier électronique.
comment-file-empty = Le fichier « { $name } » est vide. Veuillez l'envoyer de nouveau.
comment-file-content = Le fichier « { $name } » ne peut être accepté : son contenu n'est pas un document PDF, DOC, DOCX ou ODT valide, bien que son nom l'indique. Veuillez vérifier le fichier et l'envoyer de nouveau.
comment-file-too-many = Le fichier « { $name } » n'a pas été ajouté : une observation ne peut comporter plus de { $max_files } documents. Vous pouvez d'abord en retirer un.
comment-file-duplicate = Le fichier « { $name } » est déjà joint.
comment-file-download-failed = Le fichier « { $name } » n'a pas pu être reçu en raison d'un problème de connexion. Veuillez l'envoyer de nouveau.
comment-file-photo = Les photos ne peuvent pas être jointes. Veuillez envoyer votre document sous forme de fichier (PDF, DOC, DOCX ou ODT).
comment-files-expected = À cette étape, veuillez envoyer les documents sous forme de fichiers, ou appuyer sur le bouton ci-dessous pour continuer.

## Aperçu

comment-preview-title = Veuillez vérifier votre observation avant de la soumettre.
comment-preview-revision = Il s'agit d'une révision de { $reference } : elle sera enregistrée comme nouvelle version, et les versions antérieures sont conservées.
comment-preview-topic = Thème : { $topic }
comment-preview-type = Type : { $type }
comment-preview-paragraph = Paragraphe du rapport : { $paragraph }
comment-preview-no-paragraph = Paragraphe du rapport : aucun
comment-preview-comment = Observation ({ $length } { $length ->
        [one] caractère
       *[other] caractères
    }) :
comment-preview-shortened = (abrégée ici ; le texte intégral sera enregistré)
comment-preview-proposed = Texte proposé :
comment-preview-no-proposed = Texte proposé : aucun
comment-preview-attachments = Pièces jointes ({ $count }) :
comment-preview-no-attachments = Pièces jointes : aucune
comment-preview-question = Souhaitez-vous la soumettre maintenant ?
comment-edit-which = Quelle partie souhaitez-vous modifier ?

## Soumission et accusé de réception

comment-receipt = Nous vous remercions. Votre observation a été enregistrée.
    Référence : { $reference }
    Version : { $version }
    Date d'enregistrement : { $time }
    Empreinte (SHA-256) : { $fingerprint }
    Veuillez conserver cet accusé de réception. Envoyez /verify { $reference } à tout moment pour vérifier que ce qui est conservé a toujours cette empreinte. Tout correspondant de votre pays peut la consulter au moyen de /mycomments.
comment-receipt-revision = Nous vous remercions. La nouvelle version de l'observation de votre pays a été enregistrée ; les versions antérieures sont conservées.
    Référence : { $reference }
    Version : { $version }
    Date d'enregistrement : { $time }
    Empreinte (SHA-256) : { $fingerprint }
    Envoyez /verify { $reference } à tout moment pour vérifier que ce qui est conservé a toujours cette empreinte.
comment-receipt-repeat = Référence : { $reference }
    Version : { $version }
    Date d'enregistrement : { $time }
    Empreinte (SHA-256) : { $fingerprint }
comment-already-submitted = Cette observation a déjà été soumise ; elle n'a été enregistrée qu'une seule fois. Voici de nouveau son accusé de réception.
comment-concurrent-revision = Veuillez noter qu'un autre correspondant de votre pays a également révisé { $reference } pendant que vous la modifiiez. Les deux versions sont conservées ; la vôtre est la version { $version }. Vous pouvez les comparer dans /mycomments.
comment-submit-withdrawn = { $reference } a été retirée par un correspondant de votre pays pendant que vous la modifiiez ; elle ne peut donc plus être révisée. Votre texte est conservé : vous pouvez le soumettre comme nouvelle observation.
comment-incomplete = Certaines parties obligatoires de votre observation manquent. Veuillez les compléter.

## Brouillons, annulation, reprise

comment-no-draft = Vous n'avez aucune observation en cours de rédaction. Envoyez /comment pour en commencer une.
comment-draft-open = Vous avez une observation inachevée (thème : { $topic } ; { $length } { $length ->
        [one] caractère
       *[other] caractères
    } ; dernier enregistrement le { $saved }). Souhaitez-vous la poursuivre, ou l'abandonner et en commencer une nouvelle ?
comment-draft-open-revision = Vous avez une révision inachevée de { $reference } (dernier enregistrement le { $saved }). Souhaitez-vous la poursuivre, ou l'abandonner et recommencer ?
comment-resumed = Reprenons là où vous vous étiez arrêté(e).
comment-cancel-confirm = Souhaitez-vous vraiment abandonner ce brouillon ? Tout ce que vous avez saisi sera supprimé.
comment-discarded = Votre brouillon a été supprimé.
comment-draft-kept-continue = Votre brouillon est conservé. Poursuivons.
comment-revise-intro = Vous révisez { $reference }. La révision part du texte actuel ; modifiez toute partie avec « Modifier », puis soumettez-la comme version { $version }.
comment-revise-unavailable = Cette contribution n'est pas disponible.
comment-revise-withdrawn = { $reference } a été retirée et ne peut plus être révisée.

## Saisies inattendues

comment-button-stale = Ce bouton correspond à une étape précédente. Rien n'a été modifié ; voici de nouveau la question en cours.
comment-text-only = À cette étape, je ne peux lire que du texte saisi. Votre brouillon est conservé ; veuillez saisir votre réponse.
comment-use-buttons = Veuillez répondre à l'aide des boutons ci-dessous. Votre brouillon est conservé.

## Boutons

comment-btn-no-paragraph = Aucun paragraphe en particulier
comment-btn-comment-done = Mon observation est complète
comment-btn-keep-comment = Conserver le texte actuel
comment-btn-skip-proposed = Aucun texte proposé
comment-btn-keep-proposed = Conserver le texte proposé
comment-btn-remove-proposed = Supprimer le texte proposé
comment-btn-no-attachment = Aucune pièce jointe
comment-btn-files-done = Continuer
comment-btn-remove-file = Retirer { $name }
comment-btn-submit = Soumettre
comment-btn-full-text = Afficher le texte intégral
comment-btn-edit = Modifier
comment-btn-cancel = Annuler
comment-btn-edit-topic = Thème
comment-btn-edit-type = Type
comment-btn-edit-paragraph = Paragraphe
comment-btn-edit-comment = Observation
comment-btn-edit-proposed = Texte proposé
comment-btn-edit-attachments = Pièces jointes
comment-btn-back-to-preview = Retour à l'aperçu
comment-btn-continue = Poursuivre mon brouillon
comment-btn-start-new = L'abandonner et recommencer
comment-btn-discard = Oui, l'abandonner
comment-btn-keep-draft = Non, le conserver
comment-btn-submit-as-new = Soumettre comme nouvelle observation

## /mycomments

mycomments-title = Observations soumises pour { $country }. Nombre de contributions : { $count }. Choisissez-en une pour la consulter, la réviser ou la retirer.
mycomments-none = Aucune observation n'a encore été soumise pour { $country }. Envoyez /comment pour en soumettre une.
mycomments-item = { $reference } · { $topic } · version { $version }
mycomments-item-withdrawn = { $reference } · { $topic } · retirée
mycomments-detail = { $reference } — version { $version } sur { $versions }
    Statut : { $status }
    Thème : { $topic }
    Type : { $type }
    Paragraphe du rapport : { $paragraph }
    Soumise par : { $author }, le { $time }
    Langue détectée : { $detected }
    Pièces jointes : { $attachments }
    Empreinte (SHA-256) : { $fingerprint }
mycomments-excerpt = Observation ({ $length } { $length ->
        [one] caractère
       *[other] caractères
    }) :
mycomments-proposed = Texte proposé :
mycomments-status-submitted = soumise
mycomments-status-withdrawn = retirée le { $time }
mycomments-none-value = aucun
mycomments-none-attachments = aucune
mycomments-language-und = indéterminée
mycomments-unknown-author = un correspondant
mycomments-version-line = Version { $version } : { $time }, { $author }
    Empreinte : { $fingerprint }
mycomments-versions-title = Toutes les versions de { $reference } :
mycomments-withdraw-confirm = Souhaitez-vous vraiment retirer { $reference } ? Elle restera dans le dossier, marquée comme retirée, et le secrétariat ne l'examinera pas.
mycomments-withdrawn = { $reference } a été retirée. Elle reste dans le dossier, marquée comme retirée.
mycomments-already-withdrawn = { $reference } avait déjà été retirée.
mycomments-unavailable = Cette contribution n'est pas disponible.
mycomments-closed = La consultation a été close le { $deadline } : les contributions ne peuvent plus être révisées ni retirées. Veuillez vous adresser au secrétariat si nécessaire.
mycomments-btn-full = Texte intégral
mycomments-btn-versions = Toutes les versions
mycomments-btn-revise = Réviser
mycomments-btn-withdraw = Retirer
mycomments-btn-back = Retour à la liste
mycomments-btn-withdraw-yes = Oui, la retirer
mycomments-btn-withdraw-no = Non, la conserver

## /verify

verify-usage = Veuillez envoyer la référence avec la commande, par exemple : /verify { $example }
verify-not-found = Aucune contribution portant la référence { $reference } ne vous est accessible.
verify-intact = { $reference } : ce qui est conservé correspond toujours à ses empreintes.
verify-altered = Attention : { $reference } ne correspond plus à ce qui a été enregistré. Veuillez conserver votre accusé de réception et vous adresser au secrétariat.
verify-version-ok = Version { $version } : ✓ inchangée
    Empreinte : { $fingerprint }
verify-version-altered = Version { $version } : ✗ MODIFIÉE
    Empreinte enregistrée : { $fingerprint }
    Empreinte de ce qui est conservé aujourd'hui : { $computed }
verify-files-altered = Version { $version } : ✗ un document joint a été modifié ou est manquant.
verify-withdrawn = Cette contribution a été retirée le { $time }.

# Several consultations open to the State at once (issue 13).
comment-choose-consultation = À quelle consultation votre observation se rapporte-t-elle ?
comment-receipt-consultation = Consultation : { $title }
