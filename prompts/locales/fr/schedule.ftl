## /schedule : échéance, dates de la réunion et rappels.

schedule-title = Calendrier de la consultation
schedule-deadline = Date limite des contributions : { $deadline }
schedule-meeting = Réunion : { $meeting }
schedule-reminders-title = Rappels prévus :
schedule-reminders-none = Aucun rappel n'est prévu.
schedule-days-before = { $days ->
    [one] { $days } jour avant la date limite
   *[other] { $days } jours avant la date limite
}
schedule-reminder-line = • { $offset } : { $when } (destinataires à ce jour : { $count })
schedule-history-title = Rappels antérieurs :
schedule-reminder-sent = • { $offset } : envoyé le { $when }
schedule-reminder-skipped = • { $offset } : non envoyé (la date limite était passée ou un rappel ultérieur l'a remplacé)
schedule-reminder-cancelled = • { $offset } : annulé
schedule-change-deadline = Modifier la date limite
schedule-change-meeting = Modifier les dates de la réunion
schedule-add-reminder = Ajouter un rappel
schedule-cancel-reminder = Annuler un rappel
schedule-close = Fermer
schedule-back-button = Retour
schedule-confirm-button = Confirmer
schedule-ask-deadline = Veuillez saisir la nouvelle date limite sous la forme année-mois-jour et heure (heure de { $zone }), par exemple : { $example }
schedule-ask-meeting = Veuillez saisir le premier et le dernier jour de la réunion sous la forme année-mois-jour, par exemple : { $example }
schedule-ask-offset = Combien de jours avant la date limite le rappel doit-il être envoyé ? Veuillez saisir un nombre de 1 à { $max }.
schedule-bad-date = Cette date n'a pas pu être lue. Veuillez l'écrire sous cette forme : { $example }
schedule-deadline-past = La nouvelle date limite doit se situer dans l'avenir. Veuillez saisir une autre date.
schedule-deadline-before-opening = La date limite doit être postérieure à l'ouverture de la consultation ({ $opens }). Veuillez saisir une autre date.
schedule-deadline-after-meeting = La date limite doit précéder la réunion, qui s'ouvre le { $meeting }. Veuillez saisir une date antérieure ou modifier d'abord les dates de la réunion.
schedule-meeting-order = Le dernier jour de la réunion ne peut précéder le premier. Veuillez saisir de nouveau les dates.
schedule-meeting-before-deadline = La réunion doit s'ouvrir après la date limite de présentation des contributions ({ $deadline }). Veuillez saisir des dates ultérieures ou modifier d'abord la date limite.
schedule-bad-offset = Veuillez saisir un nombre entier de 1 à { $max }.
schedule-offset-past = Avec la date limite actuelle, ce rappel tomberait dans le passé ({ $when }). Veuillez saisir un nombre plus petit.
schedule-offset-exists = Un rappel est déjà prévu { $offset }.
schedule-confirm-deadline = Modifier la date limite du { $old } au { $new } ? Les rappels seront reprogrammés en conséquence.
schedule-confirm-meeting = Remplacer les dates de la réunion ({ $old }) par les suivantes : { $new } ?
schedule-changed = La modification a été enregistrée et les rappels ont été reprogrammés.
schedule-reminder-added = Le rappel a été ajouté.
schedule-reminder-removed = Le rappel a été annulé.
schedule-pick-reminder = Quel rappel souhaitez-vous annuler ?
schedule-reminder-button = { $offset } : { $date }
schedule-closed = Le calendrier a été fermé.
schedule-use-buttons = Veuillez utiliser les boutons ci-dessous.
schedule-text-only = Veuillez saisir votre réponse sous forme de texte.
schedule-cancelled = Aucune modification n'a été apportée.
