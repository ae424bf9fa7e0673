## /consultations: the consultations of this bot and what the secretariat does with them.
consultations-title = Consultations
consultations-line =
    No. { $id }: { $title }
    Status: { $state }. Deadline: { $deadline }. Submissions: { $submissions }.
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
consultations-copy-ask-deadline = A copy of consultation no. { $id } for a new round. Please type its deadline as year-month-day and hour, in the time of { $zone }, for example: { $example }
consultations-copy-ask-meeting = The deadline will be { $deadline }. Please type the first and last days of the new round's meeting as year-month-day, for example: { $example }
consultations-copied-dates =
    Consultation no. { $id } has been copied for a new round as consultation no. { $new } (a draft, linked to the round it renews).
    Deadline: { $deadline }. Meeting: { $meeting }. Its references begin with { $prefix }.
consultations-copy-cancelled = No copy has been made.
consultations-copy-no-prefix = Consultation no. { $id } cannot be copied again: every reference prefix for its rounds is already in use. Please import the new round's definition with its own prefix.
comment-link-unavailable = The consultation this link names is not open to comments from your Government at present.
comment-link-draft-open = You have a comment in progress. Please submit or discard it first (/comment), then open the link for { $title } again.
inv-link-for-consultation = To go straight to consultation no. { $id }, { $title }, once registered: { $link }
consultations-pick = No. { $id }: { $title }
consultations-of = Consultation no. { $id }: { $title }
export-choose-consultation = Export of submissions. Several consultations exist: please choose the one whose submissions you wish to export (or type /export followed by its number).
status-choose-consultation = Several consultations are open. Please choose the one whose status you wish to see (or type /status followed by its number).
stats-choose-consultation = Several consultations are open. Please choose the one whose figures you wish to see (or type /stats followed by its number).
broadcast-choose-consultation = Several consultations are open. Please choose the one this message concerns: it will go to the focal points of the States invited to it.
broadcast-custom-text-of =
    Message from the secretariat of the United Nations Environment Programme concerning { $title }:

    { $text }
status-unknown-consultation = There is no consultation no. { $number }. /consultations lists them; /status alone gives the open one's status.
export-col-source = Source
export-source-bot = Submitted through the bot
export-source-imported = Imported: received by { $source } on { $date }
export-source-imported-undated = Imported: received by { $source }
reg-named-consultation = The link you opened names consultation no. { $id }, { $title }: you may now submit your comments on it.
reg-named-consultation-button = Comment on this consultation
