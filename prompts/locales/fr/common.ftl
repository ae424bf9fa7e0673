## Textes communs : langue, aide, menus, accès, erreurs.

start-choose-language = Bienvenue. Ceci est le bot de consultation du secrétariat du PNUE. Veuillez choisir la langue dans laquelle vous souhaitez correspondre.
language-choose = Veuillez choisir votre langue.
language-set = Votre langue est désormais le français.
language-current-mark = ✓ { $name }

help-intro = { $title }
help-anyone =
    /start : vous inscrire ou afficher votre profil
    /profile : consulter ou corriger vos coordonnées
    /language : changer de langue
    /verify : vérifier une contribution au moyen de sa référence
    /forget : effacer vos données personnelles
    /cancel : interrompre l'étape en cours
    /help : la présente liste
help-focal-point =
    /comment : soumettre une observation
    /mycomments : les contributions de votre pays
help-staff =
    /invite, /invites : liens d'invitation
    /letters : dossier de lettres pour le publipostage
    /pending : inscriptions en attente d'approbation
    /broadcast : envoyer l'invitation renouvelée ou un rappel
    /broadcasts : les diffusions et rappels envoyés, et leur remise
    /schedule : date limite, dates de la réunion et rappels
    /status : état des réponses
    /export : télécharger les contributions
    /stats : chiffres et graphique
help-admin =
    /grant, /revoke : rôle de secrétariat

menu-title = Que souhaitez-vous faire ?
menu-comment = Soumettre une observation
menu-mycomments = Observations de mon pays
menu-profile = Mon profil
menu-language = Langue
menu-help = Aide
menu-broadcast = Diffusion
menu-schedule = Calendrier
menu-status = État des réponses
menu-export = Exporter
menu-pending = Inscriptions en attente
menu-invites = Liens d'invitation

cmd-start = Vous inscrire ou afficher votre profil
cmd-help = Ce que vous pouvez faire
cmd-comment = Soumettre une observation
cmd-mycomments = Contributions de votre pays
cmd-profile = Consulter ou corriger vos coordonnées
cmd-language = Changer de langue
cmd-verify = Vérifier une contribution par sa référence
cmd-cancel = Interrompre l'étape en cours
cmd-forget = Effacer vos données personnelles

access-not-registered = Cette fonction est réservée aux correspondants nationaux inscrits. Veuillez envoyer /start pour vous inscrire ; si le secrétariat vous a adressé un lien d'invitation, veuillez ouvrir ce lien.
access-pending = Votre inscription est en attente d'approbation par le secrétariat. Vous en serez informé(e) ici dès qu'elle aura été examinée.
access-rejected = Votre inscription n'a pas été approuvée par le secrétariat. Si vous pensez qu'il s'agit d'une erreur, veuillez prendre contact avec le secrétariat.
access-focal-points-only = Cette fonction est réservée aux correspondants nationaux ; les comptes du secrétariat ne peuvent pas soumettre d'observations.
access-denied = Vous n'êtes pas autorisé(e) à effectuer cette opération.
access-private-only = Veuillez m'écrire dans une conversation privée : cette opération n'est pas possible dans un groupe.

error-internal = Nous vous prions de nous excuser : une erreur s'est produite de notre côté. Tout ce que vous avez saisi avant ce message a été enregistré. Veuillez réessayer dans un instant.
unknown-command = Cette commande n'est pas reconnue. Veuillez envoyer /help pour voir ce que vous pouvez faire.
fallback-text = Je n'ai pas compris ce message. Veuillez utiliser les boutons ou envoyer /help pour voir ce que vous pouvez faire.
edit-not-taken = La modification d'un message déjà envoyé ne change pas ce qui a été enregistré. Pour corriger une réponse, veuillez utiliser les boutons proposés (par exemple « Modifier » dans l'aperçu de votre observation) ou, pour une observation déjà soumise, /mycomments.
unsupported-content = Je ne peux lire ici que des messages texte. Veuillez saisir votre réponse.
button-stale = Ce bouton n'est plus valable. Veuillez utiliser le dernier message ou envoyer /help.
too-long-input = Ce message est trop long ({ $length } { $length ->
        [one] caractère
       *[other] caractères
    } ; { $max } au maximum). Veuillez le raccourcir et l'envoyer de nouveau.

## Les informations utiles à chaque participant (prompts/dated.py : facts, with_contact), une par ligne.

facts-deadline = Date limite de présentation des observations : { $deadline }
facts-meeting = Réunion : { $meeting }
facts-contact = Contact : { $secretariat }, courriel : { $email }
facts-web = Rapport et documents : { $web }
