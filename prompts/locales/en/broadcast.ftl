## Broadcasts (/broadcast), the delivery reports, and the texts sent to focal points.

broadcast-choose-message = What would you like to send to the national focal points?
broadcast-kind-invitation = Renewed invitation
broadcast-kind-reminder = Reminder
broadcast-kind-custom = A text of my own
broadcast-cancel-button = Cancel
broadcast-ask-text = Please type the message. It will be sent exactly as written, under a heading in each recipient's language (at most { $max } characters).
broadcast-text-only = Please type the message as text: stickers, photos, voice messages and files cannot be broadcast.
broadcast-use-buttons = Please choose one of the options with the buttons below.
broadcast-choose-audience = Who should receive it?
broadcast-choose-audience-reminder = Who should receive it?

    A reminder is not sent to countries whose input has already been received: the numbers below leave them out.
broadcast-audience-all = All approved focal points ({ $count })
broadcast-audience-not-submitted = Countries without a submission ({ $count })
broadcast-audience-countries = Countries I choose
broadcast-ask-countries = Please type the countries, separated by commas: names in any of the six languages, or ISO codes (for example: Kenya, France, CN). Press “Done” when the list is complete.
broadcast-countries-selected = Countries selected: { $count }
broadcast-country-line = • { $country } (focal points: { $focal })
broadcast-countries-unknown = Not recognized: { $names }. Please check the spelling.
broadcast-countries-suggest = Did you mean one of these for “{ $text }”?
broadcast-countries-done = Done
broadcast-countries-clear = Clear the list
broadcast-countries-empty = Please add at least one country before pressing “Done”.
broadcast-no-recipients = No approved focal point matches this choice. Please choose other recipients.
broadcast-preview-title = The previews above show the message exactly as the recipients will see it, in each of their languages.
broadcast-preview-language = Preview in { $name } (recipients: { $count }):
broadcast-confirm = Number of recipients: { $count }. Do you wish to send the message now?
broadcast-confirm-unreachable = Of these, { $count } could not be reached last time (the bot was blocked or the chat no longer exists); they will be tried once more.
broadcast-send-button = Send
broadcast-change-message = Change the message
broadcast-change-audience = Change the recipients
broadcast-queued = Broadcast { $id } has been queued. Number of recipients: { $count }. Its progress will be shown in this message.
broadcast-queued-behind = Broadcasts ahead of it in the queue: { $count }. It will start as soon as they are finished.
broadcast-cancelled = The broadcast has been cancelled; nothing was sent.
broadcast-progress = Broadcast { $id }: { $sent } of { $total } sent, { $unreachable } unreachable
broadcast-progress-failed = Failed: { $count }
broadcast-progress-skipped = Not sent because the country has submitted in the meantime: { $count }
broadcast-progress-deferred = Waiting for office hours in the recipient's country: { $count }
broadcast-report = Broadcast { $id } is complete: { $sent } of { $total } delivered. Unreachable: { $unreachable }. Failed: { $failed }. No longer needed: { $skipped }.
broadcast-report-in-doubt = Messages that were being sent during a restart and were sent again (these recipients may have received two copies): { $count }
broadcast-report-unreachable-title = Could not be reached:
broadcast-report-unreachable-line = • { $country }: { $name } ({ $reason })
broadcast-reason-blocked = has blocked the bot
broadcast-reason-deactivated = account deleted
broadcast-reason-chat-not-found = chat no longer exists
broadcast-reason-failed = delivery failed

## Sent to focal points (a heading above a text typed by the secretariat; the reminder).

broadcast-custom-text =
    Message from the secretariat of the United Nations Environment Programme:

    { $text }
broadcast-reminder-text =
    Reminder from the secretariat of the United Nations Environment Programme

    { $title }

    The secretariat has not yet received your Government's input. Input is kindly requested by { $deadline }, ahead of the meeting on { $meeting }. To submit a comment, please press the button below or send /comment.
