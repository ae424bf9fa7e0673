## L'espace de travail du secrétariat : l'annuaire des correspondants (/focalpoints), les alertes (/alerts), le journal d'audit (/audit).

help-workspace-staff =
    /focalpoints : l'annuaire des correspondants
    /alerts : les alertes de contributions nouvelles ou révisées
help-workspace-admin =
    /audit : le journal d'audit

## /focalpoints

fp-title = Correspondants : { $total } (page { $page } sur { $pages })
fp-title-search = Correspondants répondant à « { $text } » : { $total } (page { $page } sur { $pages })
fp-none = Aucun correspondant ne s'est encore inscrit.
fp-none-search = Aucun correspondant ne correspond à « { $text } ». Tapez /focalpoints seul pour les voir tous.
fp-search-hint = Pour chercher, tapez /focalpoints suivi d'un nom, d'une adresse électronique ou d'un État.
fp-entry =
    { $number }. { $country } : { $name }
    { $title }, { $organisation }
    { $email } · { $lang } · { $status }
    { $registered } · Dernière activité : { $activity }
fp-status-active = actif
fp-status-deactivated = désactivé
fp-status-pending = en attente d'approbation
fp-status-rejected = non approuvé
fp-via-link = inscrit au moyen d'un lien créé par { $by }
fp-via-link-anonymous = inscrit au moyen d'un lien d'invitation
fp-via-approval = approuvé par { $by } le { $date }
fp-via-approval-anonymous = approuvé par le secrétariat
fp-via-undecided = inscrit sans lien le { $date }
fp-activity-none = aucune
fp-open = { $number }
fp-page-previous = ‹ Précédent
fp-page-next = Suivant ›
fp-export-xlsx = Exporter (XLSX)
fp-export-csv = Exporter (CSV)
fp-export-caption = Annuaire des correspondants au { $date } : { $count ->
        [one] { $count } entrée
       *[other] { $count } entrées
    }.
fp-card =
    { $name }
    Titre : { $title }
    Organisation : { $organisation }
    Adresse électronique : { $email }
    État : { $country }
    Langue : { $lang }
    Statut : { $status }
    Inscription : { $registered }
    Dernière activité : { $activity }
    Contributions : { $submissions }
    Identifiant Telegram : { $telegram_id }
fp-card-deactivated = Désactivé le { $date } par { $by }. Motif : { $reason }
fp-card-rejected = Motif indiqué : { $reason }
fp-deactivate = Désactiver
fp-reactivate = Réactiver
fp-move = Rattacher à un autre État
fp-successor = Inviter un successeur
fp-back = ‹ Retour à la liste
fp-gone = Cette personne ne figure plus dans l'annuaire.
fp-deactivate-why = Pour quel motif faut-il désactiver { $name } ({ $country }) ? Veuillez choisir un motif ou saisir le vôtre. Il sera communiqué à la personne dans sa langue.
fp-type-reason = Veuillez saisir le motif en un seul message ({ $max } caractères au plus). Il sera communiqué à la personne tel que vous l'écrivez. /cancel arrête sans rien modifier.
fp-reason-too-long = Le motif compte { $length } caractères ; { $max } au plus sont possibles. Veuillez le raccourcir et l'envoyer de nouveau.
fp-reason-not-text = Veuillez saisir le motif sous forme de message texte, ou /cancel pour arrêter.
fp-deactivate-confirm =
    Désactiver { $name } ({ $country }) ?
    Motif : { $reason }

    Cette personne ne pourra plus soumettre d'observations ; ce qu'elle a déjà soumis est conservé. Elle en sera informée dans sa langue.
fp-deactivate-yes = Oui, désactiver
fp-no = Non, revenir
fp-deactivated-staff = L'inscription de { $name } ({ $country }) a été désactivée ; la personne en sera informée.
fp-reactivate-confirm = Réactiver { $name } ({ $country }) ? Cette personne pourra de nouveau soumettre des observations et en sera informée.
fp-reactivate-yes = Oui, réactiver
fp-reactivated-staff = L'inscription de { $name } ({ $country }) est de nouveau active ; la personne en sera informée.
fp-not-possible = Cette opération n'est plus possible : le statut de la personne est désormais « { $status } ».
fp-move-ask = À quel État faut-il rattacher { $name } ? Veuillez en saisir le nom. /cancel arrête sans rien modifier.
fp-move-which = Quel État entendez-vous par « { $text } » ? Veuillez choisir :
fp-move-unknown = « { $text } » n'est pas un État ou une organisation que nous reconnaissons. Veuillez en saisir le nom dans l'une des six langues, ou son code ISO.
fp-move-same = { $name } représente déjà { $country }. Veuillez saisir un autre État.
fp-move-confirm = Rattacher { $name } à { $to } au lieu de { $from } ? Ses contributions restent attribuées à { $from }. La personne en sera informée.
fp-move-yes = Oui, rattacher
fp-moved-staff = { $name } représente désormais { $to }.
fp-cancelled = Rien n'a été modifié.

## Motifs types (communiqués à la personne dans sa langue)

reason-left-post = La personne a quitté ses fonctions.
reason-replaced = Le Gouvernement a désigné un autre correspondant.
reason-not-designated = La personne n'a pas été désignée par le Gouvernement concerné.
reason-forwarded-link = Le lien d'invitation a été transmis à une personne à laquelle il n'était pas destiné.
reason-not-government = Les renseignements fournis ne font pas apparaître un organisme gouvernemental.
reason-unverified = Les renseignements fournis n'ont pas pu être vérifiés.
reason-type = Saisir un autre motif

## Ce qui est communiqué au correspondant

fp-you-are-deactivated = Le secrétariat a désactivé votre inscription en qualité de correspondant(e) national(e) pour { $country }. Vous ne pouvez plus soumettre d'observations au moyen de ce bot ; les observations que vous avez déjà soumises restent consignées. Motif : { $reason }
fp-you-are-reactivated = Votre inscription en qualité de correspondant(e) national(e) pour { $country } est de nouveau active. Vous pouvez de nouveau soumettre des observations.
fp-you-are-moved = Votre inscription en qualité de correspondant(e) national(e) concerne désormais { $country }.
fp-rejected-reason = Motif : { $reason }
prof-status-deactivated = Statut : inscription désactivée par le secrétariat.
access-deactivated = Votre inscription en qualité de correspondant(e) a été désactivée par le secrétariat ; vous ne pouvez donc plus soumettre d'observations. Si vous estimez qu'il s'agit d'une erreur, veuillez prendre contact avec le secrétariat.

## Refus d'une inscription

role-reject-why = Pour quel motif l'inscription de { $name } ({ $country }) n'est-elle pas approuvée ? Veuillez choisir un motif ou saisir le vôtre. Il sera communiqué à la personne dans sa langue.
role-reject-none = Refuser sans indiquer de motif

## /alerts

alerts-title = Alertes de contributions nouvelles ou révisées. Veuillez choisir une consultation :
alerts-line = { $consultation } : { $mode }
alerts-mode-immediate = chaque contribution dès sa réception
alerts-mode-digest = un récapitulatif quotidien à { $hour } ({ $zone })
alerts-mode-off = aucune alerte
alerts-none = Il n'y a aucune consultation à suivre.
alerts-choose-mode = { $consultation }. Actuellement : { $mode }. Comment souhaitez-vous être informé(e) des contributions nouvelles ou révisées ?
alerts-button-immediate = Dès réception
alerts-button-digest = Récapitulatif quotidien
alerts-button-off = Aucune alerte
alerts-choose-hour = À quelle heure le récapitulatif doit-il être envoyé ?
alerts-choose-zone = Dans quel fuseau horaire faut-il entendre { $hour } ?
alerts-saved = Choix enregistré. { $consultation } : { $mode }.
alert-new = Nouvelle contribution { $reference } de { $country } : { $topic }, { $type }.
alert-revised = La contribution { $reference } de { $country } a été révisée (version { $version }) : { $topic }, { $type }.
alert-paragraph = Paragraphe { $paragraph } du rapport.
alert-title = { $consultation }
digest-title = Récapitulatif quotidien, { $consultation } : { $count ->
        [one] { $count } contribution nouvelle ou révisée
       *[other] { $count } contributions nouvelles ou révisées
    } depuis le { $since }.
digest-new = • { $reference } · { $country } · { $topic } (nouvelle)
digest-revised = • { $reference } · { $country } · { $topic } (version { $version })
digest-more = … et { $count } autres.

## /audit

audit-title = Journal d'audit : { $count ->
        [one] { $count } entrée
       *[other] { $count } entrées
    }, des plus récentes aux plus anciennes.
audit-filter = Filtre : { $filter }
audit-entry =
    { $number }. { $when } · { $action }
    Par : { $actor }
    Objet : { $subject }
audit-details = Détails : { $details }
audit-actor = { $name } (participant { $participant }, Telegram { $telegram })
audit-actor-bot = le bot
audit-actor-erased = une personne dont les données ont été effacées
audit-actor-unnamed = participant { $participant }, Telegram { $telegram }
audit-none = Aucune entrée ne correspond.
audit-older = Plus anciennes ›
audit-newest = ‹‹ Plus récentes
audit-usage = /audit affiche les dernières entrées du journal d'audit. Pour les restreindre : /audit person <numéro de participant>, /audit state <État>, /audit action <action>, /audit ref <référence de la contribution>.
audit-bad-filter = « { $text } » n'a pas été compris.
audit-unknown-state = « { $text } » n'est pas un État ou une organisation que nous reconnaissons.

## L'annuaire sous forme de fichier (XLSX et CSV)

fpx-sheet = Correspondants
fpx-col-country-code = Code
fpx-col-country = État
fpx-col-title = Titre
fpx-col-name = Nom
fpx-col-organisation = Organisation
fpx-col-email = Adresse électronique
fpx-col-language = Langue
fpx-col-status = Statut
fpx-col-registered-via = Mode d'inscription
fpx-col-registered-by = Lien créé ou inscription approuvée par
fpx-col-registered-at = Inscription (UTC)
fpx-col-last-activity = Dernière activité (UTC)
fpx-col-submissions = Contributions
fpx-col-deactivated-at = Désactivation (UTC)
fpx-col-reason = Motif
fpx-col-telegram-id = Identifiant Telegram
fpx-via-link = lien
fpx-via-approval = approbation
fpx-via-undecided = pas encore décidé
