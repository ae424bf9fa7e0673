## Diffusions (/broadcast), rapports de remise et textes envoyés aux correspondants.

broadcast-choose-message = Que souhaitez-vous envoyer aux correspondants nationaux ?
broadcast-kind-invitation = Invitation renouvelée
broadcast-kind-reminder = Rappel
broadcast-kind-custom = Un texte de ma rédaction
broadcast-cancel-button = Annuler
broadcast-ask-text = Veuillez saisir le message. Il sera envoyé tel que vous l'aurez rédigé, sous un intitulé dans la langue de chaque destinataire (longueur maximale : { $max } caractères).
broadcast-text-only = Veuillez saisir le message sous forme de texte : les autocollants, photos, messages vocaux et fichiers ne peuvent pas être diffusés.
broadcast-use-buttons = Veuillez choisir l'une des options à l'aide des boutons ci-dessous.
broadcast-choose-audience = À qui ce message doit-il être envoyé ?
broadcast-choose-audience-reminder = À qui ce message doit-il être envoyé ?

    Un rappel n'est pas envoyé aux pays dont la contribution a déjà été reçue : les nombres ci-dessous n'en tiennent pas compte.
broadcast-audience-all = Tous les correspondants approuvés ({ $count })
broadcast-audience-not-submitted = Pays n'ayant pas encore soumis de contribution ({ $count })
broadcast-audience-countries = Pays de mon choix
broadcast-ask-countries = Veuillez saisir les pays, séparés par des virgules : noms dans l'une des six langues ou codes ISO (par exemple : Kenya, France, CN). Appuyez sur « Terminé » lorsque la liste est complète.
broadcast-countries-selected = Pays sélectionnés : { $count }
broadcast-country-line = • { $country } (correspondants : { $focal })
broadcast-countries-unknown = Non reconnu : { $names }. Veuillez vérifier l'orthographe.
broadcast-countries-suggest = Vouliez-vous dire l'un de ces pays pour « { $text } » ?
broadcast-countries-done = Terminé
broadcast-countries-clear = Vider la liste
broadcast-countries-empty = Veuillez ajouter au moins un pays avant d'appuyer sur « Terminé ».
broadcast-no-recipients = Aucun correspondant approuvé ne correspond à ce choix. Veuillez choisir d'autres destinataires.
broadcast-preview-title = Les aperçus ci-dessus montrent le message tel que les destinataires le verront, dans chacune de leurs langues.
broadcast-preview-language = Aperçu en { $name } (destinataires : { $count }) :
broadcast-confirm = Nombre de destinataires : { $count }. Souhaitez-vous envoyer le message maintenant ?
broadcast-confirm-unreachable = Parmi eux, certains n'ont pas pu être joints la dernière fois (le bot a été bloqué ou la conversation n'existe plus) ; un nouvel essai sera fait. Nombre : { $count }.
broadcast-send-button = Envoyer
broadcast-change-message = Modifier le message
broadcast-change-audience = Modifier les destinataires
broadcast-queued = La diffusion { $id } a été mise en file d'attente. Nombre de destinataires : { $count }. Son avancement sera indiqué dans ce message.
broadcast-queued-behind = Diffusions qui la précèdent dans la file : { $count }. Elle commencera dès que celles-ci seront terminées.
broadcast-cancelled = La diffusion a été annulée ; aucun message n'a été envoyé.
broadcast-progress = Diffusion { $id } : { $sent } sur { $total } envoyés, { $unreachable } injoignables
broadcast-progress-failed = Échecs : { $count }
broadcast-progress-skipped = Non envoyés, le pays ayant soumis sa contribution entre-temps : { $count }
broadcast-progress-deferred = En attente des heures de bureau dans le pays du destinataire : { $count }
broadcast-report = La diffusion { $id } est terminée : { $sent } sur { $total } remis. Injoignables : { $unreachable }. Échecs : { $failed }. Devenus inutiles : { $skipped }.
broadcast-report-in-doubt = Messages en cours d'envoi lors d'un redémarrage et envoyés de nouveau (ces destinataires ont pu en recevoir deux exemplaires) : { $count }
broadcast-report-unreachable-title = N'ont pas pu être joints :
broadcast-report-unreachable-line = • { $country } : { $name } ({ $reason })
broadcast-reason-blocked = a bloqué le bot
broadcast-reason-deactivated = compte supprimé
broadcast-reason-chat-not-found = la conversation n'existe plus
broadcast-reason-failed = échec de la remise

## Envoyés aux correspondants (intitulé d'un texte rédigé par le secrétariat ; rappel).

broadcast-custom-text =
    Message du secrétariat du Programme des Nations Unies pour l'environnement :

    { $text }
broadcast-reminder-text =
    Rappel du secrétariat du Programme des Nations Unies pour l'environnement

    { $title }

    Le secrétariat n'a pas encore reçu la contribution de votre gouvernement et vous saurait gré de bien vouloir la lui communiquer d'ici au { $deadline }, en vue de la réunion prévue ({ $meeting }). Pour soumettre une observation, veuillez appuyer sur le bouton ci-dessous ou envoyer /comment.
