## /consultations : les consultations de ce bot et les décisions du secrétariat à leur sujet.
consultations-title = Consultations
consultations-line =
    No { $id } : { $title }
    Statut : { $state }. Date limite : { $deadline }. Contributions : { $submissions }.
consultations-state-draft = projet
consultations-state-open = ouverte
consultations-state-closed = close
consultations-state-archived = archivée
consultations-btn-open = Ouvrir la no { $id }
consultations-btn-close = Clore la no { $id }
consultations-btn-archive = Archiver la no { $id }
consultations-btn-copy = Copier la no { $id } pour une nouvelle série
consultations-done-open = La consultation no { $id } est désormais ouverte aux observations.
consultations-done-close = La consultation no { $id } est désormais close : les observations ne peuvent plus être soumises ni modifiées.
consultations-done-archive = La consultation no { $id } a été archivée.
consultations-copy-ask-deadline = Copie de la consultation no { $id } pour une nouvelle série. Veuillez saisir sa date limite sous la forme année-mois-jour et heure (heure de { $zone }), par exemple : { $example }
consultations-copy-ask-meeting = La date limite sera le { $deadline }. Veuillez saisir le premier et le dernier jour de la réunion de la nouvelle série sous la forme année-mois-jour, par exemple : { $example }
consultations-copied-dates =
    La consultation no { $id } a été copiée pour une nouvelle série sous le no { $new } (projet, liée à la série qu'elle renouvelle).
    Date limite : { $deadline }. Réunion : { $meeting }. Ses références commencent par { $prefix }.
consultations-copy-cancelled = Aucune copie n'a été faite.
consultations-copy-no-prefix = La consultation no { $id } ne peut plus être copiée : tous les préfixes de référence prévus pour ses séries sont déjà utilisés. Veuillez importer la définition de la nouvelle série avec son propre préfixe.
comment-link-unavailable = La consultation que désigne ce lien n'est pas ouverte actuellement aux observations de votre gouvernement.
comment-link-draft-open = Vous avez une observation en cours. Veuillez d'abord la soumettre ou l'abandonner (/comment), puis rouvrir le lien pour { $title }.
inv-link-for-consultation = Pour accéder directement, une fois inscrit(e), à la consultation no { $id }, { $title } : { $link }
consultations-pick = No { $id } : { $title }
consultations-of = Consultation no { $id } : { $title }
export-choose-consultation = Exportation des contributions. Il existe plusieurs consultations : veuillez choisir celle dont vous souhaitez exporter les contributions (ou saisir /export suivi de son numéro).
status-choose-consultation = Plusieurs consultations sont ouvertes. Veuillez choisir celle dont vous souhaitez connaître l'état (ou saisir /status suivi de son numéro).
stats-choose-consultation = Plusieurs consultations sont ouvertes. Veuillez choisir celle dont vous souhaitez connaître les chiffres (ou saisir /stats suivi de son numéro).
broadcast-choose-consultation = Plusieurs consultations sont ouvertes. Veuillez choisir celle que concerne ce message : il sera adressé aux correspondants des États invités à y participer.
broadcast-custom-text-of =
    Message du secrétariat du Programme des Nations Unies pour l'environnement concernant la consultation « { $title } » :

    { $text }
status-unknown-consultation = Il n'existe pas de consultation no { $number }. /consultations en donne la liste ; /status seul donne l'état de la consultation ouverte.
export-col-source = Provenance
export-source-bot = Soumise au moyen du bot
export-source-imported = Importée : reçue par { $source } le { $date }
export-source-imported-undated = Importée : reçue par { $source }
reg-named-consultation = Le lien que vous avez ouvert désigne la consultation no { $id }, { $title } : vous pouvez désormais soumettre vos commentaires à son sujet.
reg-named-consultation-button = Commenter cette consultation
