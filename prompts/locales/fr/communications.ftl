## Communications (issue 17) : une note en six versions linguistiques, ses documents, le moment de l'envoi,
## les modèles enregistrés et l'historique de chaque diffusion et de chaque rappel (/broadcasts).

broadcast-kind-template = Un modèle enregistré
broadcast-ask-version = Veuillez saisir la version en { $name } du message ({ $max } caractères au plus). Elle sera envoyée telle quelle, sous un intitulé dans la langue du destinataire.
broadcast-versions-format = Vous pouvez aussi envoyer toutes les versions en une seule fois dans un document en texte brut (.txt, UTF-8), chaque version sous une ligne ne contenant que le code de sa langue entre crochets : [ar], [zh], [en], [fr], [ru] ou [es].
broadcast-version-saved = La version en { $name } a été enregistrée.
broadcast-versions-given = Versions fournies : { $names }
broadcast-versions-missing = Versions manquantes : { $names }
broadcast-versions-all-given = Les six versions linguistiques ont été fournies. Appuyez sur « Terminé » pour continuer, ou sur une langue pour en saisir de nouveau la version.
broadcast-version-button = { $name }
broadcast-version-button-given = ✓ { $name }
broadcast-versions-done = Terminé
broadcast-version-choose-language = Veuillez d'abord choisir, au moyen des boutons, la langue de la version que vous souhaitez saisir.
broadcast-versions-file-type = Le fichier « { $name } » ne peut pas être lu comme des versions linguistiques : veuillez envoyer un document en texte brut (.txt).
broadcast-versions-file-bad = Les versions n'ont pas pu être lues dans « { $name } ». Chaque version doit figurer sous une ligne ne contenant que le code de sa langue entre crochets, par exemple [en] ou [fr], sans rien avant la première de ces lignes, chaque langue une seule fois, et chaque version ne doit pas dépasser { $max } caractères.
broadcast-versions-file-read = Versions lues dans « { $name } » : { $names }.
broadcast-versions-or-audience = Lorsque les versions que vous souhaitez fournir sont saisies, veuillez choisir les destinataires :

broadcast-templates-title = Modèles enregistrés :
broadcast-template-line = • { $name } ({ $languages })
broadcast-template-use = Utiliser « { $name } »
broadcast-template-delete = Supprimer « { $name } »
broadcast-template-deleted = Le modèle a été supprimé.
broadcast-templates-none = Aucun modèle n'a encore été enregistré. Un message de votre propre rédaction peut être enregistré comme modèle à partir de son aperçu.
broadcast-template-loaded = Le modèle « { $name } » a été chargé. Vous pouvez en modifier ou en compléter les versions.
broadcast-save-template = Enregistrer comme modèle
broadcast-template-ask-name = Veuillez saisir un nom pour ce modèle ({ $max } caractères au plus). Un modèle portant le même nom sera remplacé.
broadcast-template-saved = Les versions de ce message ont été enregistrées comme modèle « { $name } ».
broadcast-templates-full = Le modèle n'a pas pu être enregistré : { $max } modèles au plus peuvent être conservés. Veuillez d'abord en supprimer un.

broadcast-ask-files = Vous pouvez joindre des documents à ce message (PDF, DOC, DOCX ou ODT, { $max } au plus), par exemple une note verbale : veuillez envoyer chacun d'eux sous forme de fichier. Un document est adressé à tous les destinataires, sauf si vous appuyez sur son bouton pour le réserver aux destinataires d'une langue.
broadcast-files-attached = Documents joints : { $count }
broadcast-file-received = Document reçu : { $name }.
broadcast-file-language = { $name } : pour { $audience }
broadcast-file-for-everyone = tous les destinataires
broadcast-file-remove = Retirer { $name }
broadcast-files-done = Continuer
broadcast-files-none = Continuer sans document
broadcast-files-only = Veuillez envoyer les documents sous forme de fichiers, ou appuyer sur l'un des boutons ci-dessous.
broadcast-files-too-many = Le fichier « { $name } » n'a pas été ajouté : une diffusion peut comporter { $max_files } documents au plus.
broadcast-preview-files = Documents joints à l'envoi : { $names }
broadcast-change-files = Joindre ou modifier des documents

broadcast-choose-when = Quand le message doit-il être envoyé ?
broadcast-when-now = Maintenant
broadcast-when-at = À la date et à l'heure que j'indique
broadcast-when-office-hours = Aux prochaines heures de bureau dans le pays de chaque destinataire
broadcast-ask-time = Veuillez saisir la date et l'heure d'envoi dans votre fuseau horaire, par exemple : { $example }
broadcast-bad-time = La date et l'heure n'ont pas pu être lues. Veuillez les saisir comme dans cet exemple : 2013-01-20 10:00.
broadcast-time-past = Ce moment est déjà passé. Veuillez indiquer une date et une heure à venir.
broadcast-change-when = Modifier le moment de l'envoi
broadcast-when-line-now = Le message sera envoyé dès que vous appuierez sur « Envoyer ».
broadcast-when-line-at = Le message sera envoyé le { $at }.
broadcast-when-line-office-hours = Le message sera envoyé pendant les heures de bureau dans le pays de chaque destinataire : dès maintenant à { $now } destinataires, plus tard à { $later }.
broadcast-queued-scheduled = La diffusion { $id } sera envoyée au moment choisi. Elle peut être annulée d'ici là au moyen de /broadcasts.

broadcast-missing-no-recipients = Aucune version en : { $names } (aucun destinataire ne lit ces langues).
broadcast-fallback-needed = Aucune version en { $missing } : veuillez choisir, au moyen des boutons ci-dessous, la version que recevront ses destinataires (nombre : { $count }).
broadcast-fallback-set = Aucune version en { $missing } : ses destinataires (nombre : { $count }) recevront la version en { $chosen }.
broadcast-fallback-button = Destinataires lisant le { $missing } : envoyer la version en { $chosen }

## L'historique (/broadcasts).

broadcasts-none = Aucune diffusion ni aucun rappel n'a encore été envoyé.
broadcasts-title = Diffusions et rappels, les plus récents en premier (page { $page } sur { $pages } ; { $total } au total) :
broadcasts-line = No { $id } : { $kind }, { $when }. Documents : { $documents }.
broadcasts-kind-note = Message du secrétariat
broadcasts-kind-scheduled-reminder = Rappel programmé
broadcasts-when-now = mise en file le { $created }
broadcasts-when-at = mise en file le { $created } pour le { $at }
broadcasts-when-office-hours = mise en file le { $created } pour les heures de bureau
broadcasts-counts = Destinataires : { $total }. Envoyés : { $sent }. Incertains : { $doubt }. Échecs : { $failed }. Bloqués ou injoignables : { $blocked }. Non envoyés (devenus inutiles ou annulés) : { $skipped }.
broadcasts-counts-waiting = { " " }Restant à envoyer : { $waiting }.
broadcasts-open = No { $id }
broadcasts-newer = Plus récents
broadcasts-older = Plus anciens
broadcasts-back = Retour à la liste
broadcasts-detail = Diffusion no { $id } : { $kind }, { $when }.
broadcasts-resend-of = Elle reprend la diffusion no { $id } pour les destinataires que celle-ci n'a pas atteints.
broadcasts-documents = Documents : { $names }
broadcasts-not-reached-title = Non atteints ({ $count }) :
broadcasts-not-reached-line = • { $country } : { $name } ({ $reason })
broadcasts-not-reached-more = … et { $count } autres (voir le rapport).
broadcasts-skipped-title = Non envoyés ({ $count }) :
broadcasts-next-at = La prochaine remise est prévue le { $at }.
broadcasts-reason-cancelled = l'envoi programmé a été annulé
broadcasts-reason-erased = les données de la personne ont été effacées
broadcasts-reason-submitted = le pays a soumis sa contribution
broadcasts-reason-deadline = la date limite était passée
broadcasts-reason-skipped = devenu inutile
broadcasts-reason-waiting = restant à envoyer
broadcasts-resend = Renvoyer aux destinataires non atteints ({ $count })
broadcasts-resend-queued = La diffusion { $id } a été mise en file : elle reprend la diffusion { $original } pour les destinataires que celle-ci n'a pas atteints (nombre : { $count }).
broadcasts-resend-nobody = Il n'y a personne à qui la renvoyer : les destinataires non atteints ont quitté la consultation, ou la diffusion est déjà en cours de renvoi.
broadcasts-cancel = Annuler l'envoi programmé ({ $count })
broadcasts-cancelled = L'envoi programmé de la diffusion { $id } a été annulé. Messages qui ne seront pas envoyés : { $count }.
broadcasts-cancel-too-late = Il n'y a plus rien à annuler : les messages de cette diffusion ont déjà été envoyés.
broadcasts-export-xlsx = Rapport de remise (XLSX)
broadcasts-export-csv = Rapport de remise (CSV)
broadcasts-report-title = Diffusion { $id }
broadcasts-report-caption = Rapport de remise de la diffusion { $id }. Destinataires : { $rows }.
broadcasts-column-country = Pays
broadcasts-column-name = Nom
broadcasts-column-language = Langue
broadcasts-column-status = Statut
broadcasts-column-reason = Motif
broadcasts-column-doubt = Incertain (peut avoir reçu deux exemplaires)
broadcasts-column-attempts = Tentatives
broadcasts-column-sent-at = Envoyé le
broadcasts-status-pending = à envoyer
broadcasts-status-sending = en cours d'envoi
broadcasts-status-sent = envoyé
broadcasts-status-failed = échec
broadcasts-status-unreachable = injoignable
broadcasts-status-skipped = non envoyé
broadcasts-yes = oui

## /schedule: the documents the automatic reminders carry
schedule-documents-button = Documents joints aux rappels
schedule-documents-ask = Les documents ci-dessous accompagnent chaque rappel automatique de cette consultation (PDF, DOC, DOCX ou ODT, { $max } au plus), par exemple la note verbale : pour en ajouter un, veuillez l'envoyer sous forme de fichier. Un document est adressé à tous les destinataires, sauf si vous appuyez sur son bouton pour le réserver aux destinataires d'une langue. Les rappels déjà envoyés ne sont pas modifiés.
schedule-documents-back = Retour au calendrier
schedule-documents-line = Documents joints aux rappels : { $count }
schedule-documents-too-many = Le fichier « { $name } » n'a pas été ajouté : les rappels peuvent comporter { $max_files } documents au plus.
