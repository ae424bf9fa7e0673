## Deadlines that move (issue 17): extensions per State, notices of a change, warnings to a
## focal point with an open draft, requests for an extension, and what /schedule says.

deadlines-help-staff = /extensions: extensions of the deadline granted to individual States, and requests for them

# Notices, sent through the outbox in each recipient's language.
deadlines-extended-notice = The secretariat has the honour to inform you that the deadline for submitting input to the consultation “{ $title }” has been extended to { $deadline } (previously { $previous }).
deadlines-brought-forward-notice = The secretariat has the honour to inform you that the deadline for submitting input to the consultation “{ $title }” has been brought forward to { $deadline } (previously { $previous }). Input received after that time cannot be accepted.
deadlines-state-extended-notice = The secretariat has the honour to inform you that an extension of the deadline has been granted to { $country } for the consultation “{ $title }”: input may be submitted until { $deadline }.
deadlines-state-revoked-notice = The secretariat has the honour to inform you that the extension of the deadline granted to { $country } for the consultation “{ $title }” has been withdrawn: the deadline is { $deadline }.
deadlines-warning-day = You have a draft comment on the consultation “{ $title }” that has not yet been submitted. The deadline, { $deadline }, is one day away: please complete and submit your comment before then.
deadlines-warning-hour = You have a draft comment on the consultation “{ $title }” that has not yet been submitted. The deadline, { $deadline }, is one hour away: please submit your comment now.
deadlines-request-notice = The focal point of { $country } requests an extension of the deadline for the consultation “{ $title }”. Please grant an extension with a new date, or decline the request with a reason.
deadlines-request-grant = Grant an extension
deadlines-request-decline = Decline
deadlines-declined-notice = The secretariat has given careful consideration to your request for an extension of the deadline for the consultation “{ $title }” and regrets that it is unable to grant it, for the following reason: { $reason }

# A draft after the close.
deadlines-draft-closed = The consultation closed on { $deadline }: this comment can no longer be submitted. Your draft has been kept as it stands.
deadlines-draft-title = Your draft, not submitted:
deadlines-draft-offer-request = If your Government needs more time, you may ask the secretariat for an extension of the deadline.
deadlines-ask-button = Ask for an extension
deadlines-request-sent = Your request for an extension has been sent to the secretariat. You will be informed of its decision here.
deadlines-request-pending = A request for an extension for your State is already before the secretariat. You will be informed of its decision here.

# /schedule: what each reminder really did.
deadlines-reminder-delivered = • { $offset }: sent on { $when } to { $count ->
    [one] 1 focal point
   *[other] { $count } focal points
}
deadlines-reminder-queued = • { $offset }: queued on { $when }, not yet delivered
deadlines-reminder-waiting = ({ $count ->
    [one] 1 message
   *[other] { $count } messages
} waiting for office hours, from { $when })
deadlines-reminder-not-delivered = • { $offset }: not delivered ({ $count ->
    [one] 1 message: its State submitted its input first, the deadline passed before office hours came, or the recipient could not be reached
   *[other] { $count } messages: their States submitted their input first, the deadline passed before office hours came, or the recipients could not be reached
})
deadlines-skipped-no-civil-hour = • { $offset }: not sent (no office or waking hour was left in the recipients' countries before the deadline)
deadlines-skipped-already-reminded = • { $offset }: not sent (everyone concerned had already received this reminder)
deadlines-skipped-nobody = • { $offset }: not sent (every State concerned had submitted its input)
deadlines-skipped-deadline-moved = • { $offset }: not sent (with the new deadline, its time had already passed)
deadlines-schedule-state = Extension for { $country }: deadline { $deadline }
deadlines-schedule-state-withdrawn = Extension for { $country }, withdrawn:
deadlines-notice-preview = This notice will be sent, at office hours in each recipient's country, to { $count ->
    [0] nobody (no focal point concerned)
    [one] 1 person (focal points of the States concerned that have not submitted, and anyone with a draft open)
   *[other] { $count } people (focal points of the States concerned that have not submitted, and anyone with a draft open)
}:

# /extensions
deadlines-title = Extensions of the deadline: { $title }
deadlines-none = No extension has been granted.
deadlines-line = • { $country }: until { $deadline } (granted on { $granted })
deadlines-requests-title = Requests awaiting an answer:
deadlines-request-line = • { $country }, received on { $when }
deadlines-grant-button = Grant an extension
deadlines-withdraw-button = Withdraw an extension
deadlines-close-button = Close
deadlines-back-button = Back
deadlines-confirm-button = Confirm
deadlines-ask-state = Please type the name of the State to which the extension is granted.
deadlines-unknown-state = This name was not recognised as a State. Please type it again, for example: Kenya
deadlines-state-candidates = This name was not recognised exactly. Did you mean: { $names }? Please type the name again.
deadlines-ask-date = The deadline for { $country } is { $deadline }. Please type its new deadline as year-month-day and hour, in the time of { $zone }, for example: { $example }
deadlines-date-not-later = An extension must end after { $deadline }. Please type a later date.
deadlines-confirm-grant = Grant { $country } an extension of the deadline until { $deadline }?
deadlines-confirm-withdraw = Withdraw the extension granted to { $country }? Its deadline will again be { $deadline }.
deadlines-pick-withdraw = Which extension should be withdrawn?
deadlines-pick-line = { $country }: { $date }
deadlines-granted = The extension has been granted to { $country } until { $deadline }, and its reminders have been rescheduled.
deadlines-withdrawn = The extension granted to { $country } has been withdrawn.
deadlines-ask-reason = Please type the reason for declining the request of { $country } (at most { $max } characters). The focal point will receive it as you write it.
deadlines-bad-reason = Please type the reason as text, of at most { $max } characters.
deadlines-declined = The request of { $country } has been declined, and its focal point informed.
deadlines-request-answered = This request has already been answered.
deadlines-use-buttons = Please use the buttons below.
deadlines-text-only = Please type your answer as text.
deadlines-cancelled = Nothing has been changed.
deadlines-closed = The list of extensions has been closed.

# The staff's export of unsent drafts (/extensions).
deadlines-unsent-button = Unsent drafts (CSV)
deadlines-unsent-none = No draft is open: every comment begun has been submitted or discarded.
deadlines-unsent-caption = Unsent drafts: { $count }. These comments were never submitted and are not part of the input received.
deadlines-unsent-mark = UNSENT DRAFT, not submitted
deadlines-col-status = Status
deadlines-col-country = State
deadlines-col-focal-point = Focal point
deadlines-col-saved = Last saved
deadlines-col-topic = Topic
deadlines-col-type = Type of comment
deadlines-col-paragraph = Paragraph
deadlines-col-comment = Comment (draft)
deadlines-col-proposed = Proposed text (draft)
deadlines-col-revises = Revision of

# Closing a consultation before its deadline (/consultations).
deadlines-closed-early-notice = The secretariat has the honour to inform you that the consultation “{ $title }” was closed on { $deadline }, before its deadline. Input can no longer be submitted; input already submitted is kept.
deadlines-confirm-close = Close consultation no. { $id } ({ $title }) now, before its deadline?
deadlines-confirm-close-button = Close now
