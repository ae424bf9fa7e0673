## /consultations: the consultations of this bot and what the secretariat does with them.
consultations-title = Consultations
consultations-line =
    No. { $id }: { $title }
    State: { $state }. Deadline: { $deadline }. Submissions: { $submissions }.
consultations-state-draft = draft
consultations-state-open = open
consultations-state-closed = closed
consultations-state-archived = archived
consultations-btn-open = Open no. { $id }
consultations-btn-close = Close no. { $id }
consultations-btn-archive = Archive no. { $id }
consultations-btn-copy = Copy no. { $id } for a new round
consultations-done-open = Consultation no. { $id } is now open for comments.
consultations-done-close = Consultation no. { $id } is now closed: comments can no longer be submitted or changed.
consultations-done-archive = Consultation no. { $id } has been archived.
consultations-copied = Consultation no. { $id } has been copied for a new round as consultation no. { $new } (a draft, linked to the round it renews).
