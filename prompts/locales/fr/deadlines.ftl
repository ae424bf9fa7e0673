## Dates limites modifiées (issue 17) : prorogations par État, avis de modification, avertissements aux correspondants ayant un projet en cours, demandes de prorogation, et ce qu'affiche /schedule.

deadlines-help-staff = /extensions : prorogations du délai accordées à tel ou tel État, et demandes de prorogation

deadlines-extended-notice = Le secrétariat a l'honneur de vous informer que le délai de présentation des contributions à la consultation « { $title } » a été prorogé jusqu'au { $deadline } (au lieu du { $previous }).
deadlines-brought-forward-notice = Le secrétariat a l'honneur de vous informer que la date limite de présentation des contributions à la consultation « { $title } » a été avancée au { $deadline } (au lieu du { $previous }). Les contributions reçues après cette date ne pourront être acceptées.
deadlines-state-extended-notice = Le secrétariat a l'honneur de vous informer qu'une prorogation du délai a été accordée pour { $country } au titre de la consultation « { $title } » : les contributions pourront être présentées jusqu'au { $deadline }.
deadlines-state-revoked-notice = Le secrétariat a l'honneur de vous informer que la prorogation du délai accordée pour { $country } au titre de la consultation « { $title } » a été retirée : la date limite est le { $deadline }.
deadlines-warning-day = Vous avez un projet d'observation sur la consultation « { $title } » qui n'a pas encore été soumis. La date limite est fixée au { $deadline }, soit dans un jour : veuillez achever et soumettre votre observation d'ici là.
deadlines-warning-hour = Vous avez un projet d'observation sur la consultation « { $title } » qui n'a pas encore été soumis. La date limite est fixée au { $deadline }, soit dans une heure : veuillez soumettre votre observation dès maintenant.
deadlines-request-notice = Le correspondant national désigné pour { $country } demande une prorogation du délai de la consultation « { $title } ». Veuillez accorder une prorogation en fixant une nouvelle date, ou refuser la demande en indiquant le motif.
deadlines-request-grant = Accorder une prorogation
deadlines-request-decline = Refuser
deadlines-declined-notice = Le secrétariat a examiné avec attention votre demande de prorogation du délai de la consultation « { $title } » et regrette de ne pouvoir y donner suite, pour le motif suivant : { $reason }

deadlines-draft-closed = La consultation a été close le { $deadline } : cette observation ne peut plus être soumise. Votre projet a été conservé tel quel.
deadlines-draft-title = Votre projet, non soumis :
deadlines-draft-offer-request = Si votre gouvernement a besoin d'un délai supplémentaire, vous pouvez demander au secrétariat une prorogation du délai.
deadlines-ask-button = Demander une prorogation
deadlines-request-sent = Votre demande de prorogation a été transmise au secrétariat. Vous serez informé(e) ici de sa décision.
deadlines-request-pending = Une demande de prorogation pour votre État est déjà soumise au secrétariat. Vous serez informé(e) ici de sa décision.

deadlines-reminder-delivered = • { $offset } : envoyé le { $when } à { $count ->
    [one] 1 correspondant
   *[other] { $count } correspondants
}
deadlines-reminder-queued = • { $offset } : mis en file le { $when }, pas encore remis
deadlines-reminder-waiting = ({ $count ->
    [one] 1 message en attente
   *[other] { $count } messages en attente
} des heures de bureau, à partir du { $when })
deadlines-reminder-not-delivered = • { $offset } : non remis ({ $count ->
    [one] 1 message : l'État a présenté sa contribution auparavant, la date limite est passée avant les heures de bureau, ou le destinataire n'a pu être joint
   *[other] { $count } messages : les États ont présenté leur contribution auparavant, la date limite est passée avant les heures de bureau, ou les destinataires n'ont pu être joints
})
deadlines-skipped-no-civil-hour = • { $offset } : non envoyé (il ne restait plus aucune heure de bureau ni heure diurne avant la date limite dans les pays des destinataires)
deadlines-skipped-already-reminded = • { $offset } : non envoyé (tous les intéressés avaient déjà reçu ce rappel)
deadlines-skipped-nobody = • { $offset } : non envoyé (tous les États concernés avaient présenté leur contribution)
deadlines-skipped-deadline-moved = • { $offset } : non envoyé (avec la nouvelle date limite, son heure était déjà passée)
deadlines-schedule-state = Prorogation accordée pour { $country } : date limite le { $deadline }
deadlines-schedule-state-withdrawn = Prorogation accordée pour { $country }, retirée :
deadlines-notice-preview = Cet avis sera envoyé, aux heures de bureau du pays de chaque destinataire, { $count ->
    [0] à personne (aucun correspondant concerné)
    [one] à 1 personne (correspondants des États concernés n'ayant pas présenté de contribution, et toute personne ayant un projet en cours)
   *[other] à { $count } personnes (correspondants des États concernés n'ayant pas présenté de contribution, et toute personne ayant un projet en cours)
} :

deadlines-title = Prorogations du délai : { $title }
deadlines-none = Aucune prorogation n'a été accordée.
deadlines-line = • { $country } : jusqu'au { $deadline } (accordée le { $granted })
deadlines-requests-title = Demandes en attente de réponse :
deadlines-request-line = • { $country }, reçue le { $when }
deadlines-grant-button = Accorder une prorogation
deadlines-withdraw-button = Retirer une prorogation
deadlines-close-button = Fermer
deadlines-back-button = Retour
deadlines-confirm-button = Confirmer
deadlines-ask-state = Veuillez saisir le nom de l'État auquel la prorogation est accordée.
deadlines-unknown-state = Ce nom n'a pas été reconnu comme celui d'un État. Veuillez le saisir à nouveau, par exemple : Kenya
deadlines-state-candidates = Ce nom n'a pas été reconnu exactement. S'agit-il de : { $names } ? Veuillez saisir à nouveau le nom.
deadlines-ask-date = La date limite pour { $country } est le { $deadline }. Veuillez saisir la nouvelle date limite sous la forme année-mois-jour et heure, à l'heure de { $zone }, par exemple : { $example }
deadlines-date-not-later = Une prorogation doit prendre fin après le { $deadline }. Veuillez saisir une date ultérieure.
deadlines-confirm-grant = Accorder une prorogation du délai pour { $country } jusqu'au { $deadline } ?
deadlines-confirm-withdraw = Retirer la prorogation accordée pour { $country } ? Sa date limite redeviendra le { $deadline }.
deadlines-pick-withdraw = Quelle prorogation faut-il retirer ?
deadlines-pick-line = { $country } : { $date }
deadlines-granted = La prorogation a été accordée pour { $country } jusqu'au { $deadline }, et ses rappels ont été reprogrammés.
deadlines-withdrawn = La prorogation accordée pour { $country } a été retirée.
deadlines-ask-reason = Veuillez saisir le motif du refus de la demande présentée pour { $country } ({ $max } caractères au plus). Le correspondant le recevra tel que vous l'aurez rédigé.
deadlines-bad-reason = Veuillez saisir le motif sous forme de texte, de { $max } caractères au plus.
deadlines-declined = La demande présentée pour { $country } a été refusée, et son correspondant en a été informé.
deadlines-request-answered = Il a déjà été répondu à cette demande.
deadlines-use-buttons = Veuillez utiliser les boutons ci-dessous.
deadlines-text-only = Veuillez saisir votre réponse sous forme de texte.
deadlines-cancelled = Rien n'a été modifié.
deadlines-closed = La liste des prorogations a été fermée.

# L'export des projets non soumis (/extensions).
deadlines-unsent-button = Projets non soumis (CSV)
deadlines-unsent-none = Aucun projet n'est en cours : toute observation commencée a été soumise ou abandonnée.
deadlines-unsent-caption = Projets non soumis : { $count }. Ces observations n'ont jamais été soumises et ne font pas partie des contributions reçues.
deadlines-unsent-mark = PROJET NON SOUMIS
deadlines-col-status = Statut
deadlines-col-country = État
deadlines-col-focal-point = Correspondant national
deadlines-col-saved = Dernier enregistrement
deadlines-col-topic = Thème
deadlines-col-type = Type d'observation
deadlines-col-paragraph = Paragraphe
deadlines-col-comment = Observation (projet)
deadlines-col-proposed = Texte proposé (projet)
deadlines-col-revises = Révision de

# Clôture d'une consultation avant sa date limite (/consultations).
deadlines-closed-early-notice = Le secrétariat a l'honneur de vous informer que la consultation « { $title } » a été close le { $deadline }, avant sa date limite. Il n'est plus possible de présenter de contributions ; les contributions déjà présentées sont conservées.
deadlines-confirm-close = Clore dès maintenant la consultation no { $id } ({ $title }), avant sa date limite ?
deadlines-confirm-close-button = Clore maintenant
