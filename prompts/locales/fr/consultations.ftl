## /consultations : les consultations de ce bot et les décisions du secrétariat à leur sujet.
consultations-title = Consultations
consultations-line =
    No { $id } : { $title }
    État : { $state }. Date limite : { $deadline }. Contributions : { $submissions }.
consultations-state-draft = projet
consultations-state-open = ouverte
consultations-state-closed = close
consultations-state-archived = archivée
consultations-btn-open = Ouvrir la no { $id }
consultations-btn-close = Clore la no { $id }
consultations-btn-archive = Archiver la no { $id }
consultations-btn-copy = Copier la no { $id } pour une nouvelle série
consultations-done-open = La consultation no { $id } est désormais ouverte aux commentaires.
consultations-done-close = La consultation no { $id } est désormais close : les commentaires ne peuvent plus être soumis ni modifiés.
consultations-done-archive = La consultation no { $id } a été archivée.
consultations-copied = La consultation no { $id } a été copiée pour une nouvelle série sous le no { $new } (projet, lié à la série qu'il renouvelle).
