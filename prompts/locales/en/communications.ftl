## Communications (issue 17): a note in six language versions, its documents, when it is sent,
## saved templates, and the history of every broadcast and reminder (/broadcasts).

broadcast-kind-template = A saved template
broadcast-ask-version = Please type the { $name } version of the message (at most { $max } characters). It will be sent exactly as written, under a heading in the recipient's language.
broadcast-versions-format = You may also send all the versions at once as one plain-text document (.txt, UTF-8), each version under a line holding only its language code in square brackets: [ar], [zh], [en], [fr], [ru] or [es].
broadcast-version-saved = The { $name } version has been saved.
broadcast-versions-given = Versions given: { $names }
broadcast-versions-missing = Versions missing: { $names }
broadcast-versions-all-given = All six language versions have been given. Press “Done” to continue, or a language to type its version again.
broadcast-version-button = { $name }
broadcast-version-button-given = ✓ { $name }
broadcast-versions-done = Done
broadcast-version-choose-language = Please first choose, with the buttons, the language of the version you wish to type.
broadcast-versions-file-type = The file “{ $name }” cannot be read as language versions: please send a plain-text document (.txt).
broadcast-versions-file-bad = The versions could not be read from “{ $name }”. Each version must stand under a line holding only its language code in square brackets, such as [en] or [fr], with nothing before the first such line, each language once, and each version at most { $max } characters.
broadcast-versions-file-read = Versions read from “{ $name }”: { $names }.
broadcast-versions-or-audience = When the versions you wish to give are typed, please choose the recipients:

broadcast-templates-title = Saved templates:
broadcast-template-line = • { $name } ({ $languages })
broadcast-template-use = Use “{ $name }”
broadcast-template-delete = Delete “{ $name }”
broadcast-template-deleted = The template has been deleted.
broadcast-templates-none = No template has been saved yet. A note of your own can be saved as a template from its preview.
broadcast-template-loaded = The template “{ $name }” has been loaded. You may amend or complete its versions.
broadcast-save-template = Save as a template
broadcast-template-ask-name = Please type a name for this template (at most { $max } characters). A template of the same name is replaced.
broadcast-template-saved = The versions of this message have been saved as the template “{ $name }”.
broadcast-templates-full = The template could not be saved: at most { $max } templates may be kept. Please delete one first.

broadcast-ask-files = You may attach documents to this message (PDF, DOC, DOCX or ODT, at most { $max }), such as a note verbale: please send each one as a file. A document goes to every recipient unless you press its button to reserve it for the recipients of one language.
broadcast-files-attached = Documents attached: { $count }
broadcast-file-received = Document received: { $name }.
broadcast-file-language = { $name }: for { $audience }
broadcast-file-for-everyone = all recipients
broadcast-file-remove = Remove { $name }
broadcast-files-done = Continue
broadcast-files-none = Continue without documents
broadcast-files-only = Please send the documents as files, or press a button below.
broadcast-files-too-many = The file “{ $name }” was not added: a broadcast can have at most { $max_files } documents.
broadcast-preview-files = Documents sent with it: { $names }
broadcast-change-files = Attach or change documents

broadcast-choose-when = When should it be sent?
broadcast-when-now = Now
broadcast-when-at = At a date and time I give
broadcast-when-office-hours = At the next office hours in each recipient's country
broadcast-ask-time = Please type the date and time of sending in your time zone, for example: { $example }
broadcast-bad-time = The date and time could not be read. Please type them as in this example: 2013-01-20 10:00.
broadcast-time-past = That moment has already passed. Please give a date and time in the future.
broadcast-change-when = Change when it is sent
broadcast-when-line-now = It will be sent as soon as you press “Send”.
broadcast-when-line-at = It will be sent on { $at }.
broadcast-when-line-office-hours = It will be sent during office hours in each recipient's country: now to { $now } recipients, later to { $later }.
broadcast-queued-scheduled = Broadcast { $id } will be sent at the time chosen. It may be cancelled until then with /broadcasts.

broadcast-missing-no-recipients = No version in: { $names } (no recipient reads these languages).
broadcast-fallback-needed = No version in { $missing }: please choose with the buttons below which version { $count ->
        [one] its recipient
       *[other] its { $count } recipients
    } will receive.
broadcast-fallback-set = No version in { $missing }: { $count ->
        [one] its recipient
       *[other] its { $count } recipients
    } will receive the { $chosen } version.
broadcast-fallback-button = { $missing } recipients: send the { $chosen } version

## The history (/broadcasts).

broadcasts-none = No broadcast or reminder has been sent yet.
broadcasts-title = Broadcasts and reminders, the most recent first (page { $page } of { $pages }; { $total } in all):
broadcasts-line = No. { $id }: { $kind }, { $when }. Documents: { $documents }.
broadcasts-kind-note = Message from the secretariat
broadcasts-kind-scheduled-reminder = Scheduled reminder
broadcasts-when-now = queued on { $created }
broadcasts-when-at = queued on { $created } for { $at }
broadcasts-when-office-hours = queued on { $created } for office hours
broadcasts-counts = Recipients: { $total }. Sent: { $sent }. In doubt: { $doubt }. Failed: { $failed }. Blocked or unreachable: { $blocked }. Not sent (no longer needed or cancelled): { $skipped }.
broadcasts-counts-waiting = { " " }Still to be sent: { $waiting }.
broadcasts-open = No. { $id }
broadcasts-newer = More recent
broadcasts-older = Older
broadcasts-back = Back to the list
broadcasts-detail = Broadcast No. { $id }: { $kind }, { $when }.
broadcasts-resend-of = It repeats broadcast No. { $id } for those that broadcast did not reach.
broadcasts-documents = Documents: { $names }
broadcasts-not-reached-title = Not reached ({ $count }):
broadcasts-not-reached-line = • { $country }: { $name } ({ $reason })
broadcasts-not-reached-more = … and { $count } more (see the report).
broadcasts-skipped-title = Not sent ({ $count }):
broadcasts-next-at = The next delivery is scheduled for { $at }.
broadcasts-reason-cancelled = the scheduled send was cancelled
broadcasts-reason-erased = the person's data were erased
broadcasts-reason-submitted = the country has submitted its input
broadcasts-reason-deadline = the deadline had passed
broadcasts-reason-skipped = no longer needed
broadcasts-reason-waiting = still to be sent
broadcasts-resend = Send again to those not reached ({ $count })
broadcasts-resend-queued = Broadcast { $id } has been queued: broadcast { $original } again, to the { $count } recipients it did not reach.
broadcasts-resend-nobody = There is nobody to send it to again: everyone not reached has left the consultation, or it is being sent to them again already.
broadcasts-cancel = Cancel the scheduled send ({ $count })
broadcasts-cancelled = The scheduled send of broadcast { $id } has been cancelled: { $count } messages will not be sent.
broadcasts-cancel-too-late = There is nothing left to cancel: the messages of this broadcast have already been sent.
broadcasts-export-xlsx = Delivery report (XLSX)
broadcasts-export-csv = Delivery report (CSV)
broadcasts-report-title = Broadcast { $id }
broadcasts-report-caption = Delivery report of broadcast { $id }: { $rows } recipients.
broadcasts-column-country = Country
broadcasts-column-name = Name
broadcasts-column-language = Language
broadcasts-column-status = Status
broadcasts-column-reason = Reason
broadcasts-column-doubt = In doubt (may have received two copies)
broadcasts-column-attempts = Attempts
broadcasts-column-sent-at = Sent on
broadcasts-status-pending = to be sent
broadcasts-status-sending = being sent
broadcasts-status-sent = sent
broadcasts-status-failed = failed
broadcasts-status-unreachable = unreachable
broadcasts-status-skipped = not sent
broadcasts-yes = yes

## /schedule: the documents the automatic reminders carry
schedule-documents-button = Documents for the reminders
schedule-documents-ask = The documents below go with every automatic reminder of this consultation (PDF, DOC, DOCX or ODT, at most { $max }), such as the note verbale: to add one, please send it as a file. A document goes to every recipient unless you press its button to reserve it for the recipients of one language. The reminders already sent are not changed.
schedule-documents-back = Back to the schedule
schedule-documents-line = Documents carried by the reminders: { $count }
schedule-documents-too-many = The file “{ $name }” was not added: the reminders can carry at most { $max_files } documents.
