## The secretariat's workspace: the focal-point directory (/focalpoints), alerts (/alerts), the audit log (/audit).

help-workspace-staff =
    /focalpoints: the directory of focal points
    /alerts: alerts of new and revised submissions
help-workspace-admin =
    /audit: the audit log

## /focalpoints

fp-title = Focal points: { $total } (page { $page } of { $pages })
fp-title-search = Focal points matching “{ $text }”: { $total } (page { $page } of { $pages })
fp-none = No focal point has registered yet.
fp-none-search = No focal point matches “{ $text }”. Type /focalpoints alone to see them all.
fp-search-hint = To search, type /focalpoints followed by a name, an e-mail address or a State.
fp-entry =
    { $number }. { $country }: { $name }
    { $title }, { $organisation }
    { $email } · { $lang } · { $status }
    { $registered } · Last activity: { $activity }
fp-status-active = active
fp-status-deactivated = deactivated
fp-status-pending = awaiting approval
fp-status-rejected = not approved
fp-via-link = registered through a link made by { $by }
fp-via-link-anonymous = registered through an invitation link
fp-via-approval = approved by { $by } on { $date }
fp-via-approval-anonymous = approved by the secretariat
fp-via-undecided = registered without a link on { $date }
fp-activity-none = none
fp-open = { $number }
fp-page-previous = ‹ Previous
fp-page-next = Next ›
fp-export-xlsx = Export (XLSX)
fp-export-csv = Export (CSV)
fp-export-caption = Directory of focal points as at { $date }: { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    }.
fp-card =
    { $name }
    Title: { $title }
    Organization: { $organisation }
    E-mail: { $email }
    State: { $country }
    Language: { $lang }
    Status: { $status }
    Registration: { $registered }
    Last activity: { $activity }
    Submissions: { $submissions }
    Telegram ID: { $telegram_id }
fp-card-deactivated = Deactivated on { $date } by { $by }. Reason: { $reason }
fp-card-rejected = Reason given: { $reason }
fp-deactivate = Deactivate
fp-reactivate = Reactivate
fp-move = Move to another State
fp-successor = Invite a successor
fp-back = ‹ Back to the list
fp-gone = This person is no longer in the directory.
fp-deactivate-why = Why is { $name } ({ $country }) to be deactivated? Please choose a reason or type your own. It will be sent to the person in their language.
fp-type-reason = Please type the reason in one message (at most { $max } characters). It will be sent to the person as you write it. /cancel stops without any change.
fp-reason-too-long = The reason is { $length } characters long; at most { $max } are possible. Please shorten it and send it again.
fp-reason-not-text = Please type the reason as a text message, or /cancel to stop.
fp-deactivate-confirm =
    Deactivate { $name } ({ $country })?
    Reason: { $reason }

    They will no longer be able to submit comments; what they have already submitted stays. They will be told, in their language.
fp-deactivate-yes = Yes, deactivate
fp-no = No, go back
fp-deactivated-staff = { $name } ({ $country }) has been deactivated and will be told.
fp-reactivate-confirm = Reactivate { $name } ({ $country })? They will be able to submit comments again, and will be told.
fp-reactivate-yes = Yes, reactivate
fp-reactivated-staff = { $name } ({ $country }) is active again and will be told.
fp-not-possible = This is no longer possible: the person's status is now “{ $status }”.
fp-move-ask = To which State should { $name } be moved? Please type its name. /cancel stops without any change.
fp-move-which = Which State do you mean by “{ $text }”? Please choose:
fp-move-unknown = “{ $text }” is not a State or organization that we recognize. Please type its name in one of the six languages, or its ISO code.
fp-move-same = { $name } already represents { $country }. Please type another State.
fp-move-confirm = Move { $name } from { $from } to { $to }? Their submissions stay with { $from }. They will be told.
fp-move-yes = Yes, move
fp-moved-staff = { $name } now represents { $to }.
fp-cancelled = Nothing has been changed.

## Standard reasons (said to the person in their language)

reason-left-post = The person has left the post.
reason-replaced = The Government has designated another focal point.
reason-not-designated = The person has not been designated by the Government concerned.
reason-forwarded-link = The invitation link was passed on to a person for whom it was not intended.
reason-not-government = The details given do not show a governmental body.
reason-unverified = The details given could not be verified.
reason-type = Type another reason

## What the focal point is told

fp-you-are-deactivated = The secretariat has deactivated your registration as national focal point for { $country }. You can no longer submit comments through this bot; the comments you have already submitted remain on record. Reason: { $reason }
fp-you-are-reactivated = Your registration as national focal point for { $country } is active again. You may submit comments once more.
fp-you-are-moved = Your registration as national focal point now concerns { $country }.
fp-rejected-reason = Reason: { $reason }
prof-status-deactivated = Status: registration deactivated by the secretariat.
access-deactivated = Your registration as a focal point has been deactivated by the secretariat, so you can no longer submit comments. If you believe this is an error, please contact the secretariat.

## Rejecting a registration

role-reject-why = Why is the registration of { $name } ({ $country }) not approved? Please choose a reason or type your own. It will be sent to the person in their language.
role-reject-none = Reject without giving a reason

## /alerts

alerts-title = Alerts of new and revised submissions. Please choose a consultation:
alerts-line = { $consultation }: { $mode }
alerts-mode-immediate = each submission at once
alerts-mode-digest = a daily digest at { $hour } ({ $zone })
alerts-mode-off = no alerts
alerts-none = There is no consultation to follow.
alerts-choose-mode = { $consultation }. Now: { $mode }. How would you like to be told of new and revised submissions?
alerts-button-immediate = At once
alerts-button-digest = Daily digest
alerts-button-off = No alerts
alerts-choose-hour = At what hour should the digest be sent?
alerts-choose-zone = In which time zone is { $hour }?
alerts-saved = Saved. { $consultation }: { $mode }.
alert-new = New submission { $reference } from { $country }: { $topic }, { $type }.
alert-revised = Submission { $reference } from { $country } has been revised (version { $version }): { $topic }, { $type }.
alert-paragraph = Paragraph { $paragraph } of the report.
alert-title = { $consultation }
digest-title = Daily digest, { $consultation }: { $count ->
        [one] { $count } new or revised submission
       *[other] { $count } new or revised submissions
    } since { $since }.
digest-new = • { $reference } · { $country } · { $topic } (new)
digest-revised = • { $reference } · { $country } · { $topic } (version { $version })
digest-more = … and { $count } more.

## /audit

audit-title = Audit log: { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    }, newest first.
audit-filter = Filter: { $filter }
audit-entry =
    { $number }. { $when } · { $action }
    By: { $actor }
    About: { $subject }
audit-details = Details: { $details }
audit-actor = { $name } (participant { $participant }, Telegram { $telegram })
audit-actor-bot = the bot
audit-actor-erased = a person whose data have been erased
audit-actor-unnamed = participant { $participant }, Telegram { $telegram }
audit-none = No entry matches.
audit-older = Older ›
audit-newest = « Newest
audit-usage = /audit shows the latest entries of the audit log. To narrow them: /audit person <participant number>, /audit state <State>, /audit action <action>, /audit ref <submission reference>.
audit-bad-filter = “{ $text }” is not understood.
audit-unknown-state = “{ $text }” is not a State or organization that we recognize.

## The directory as a file (XLSX and CSV)

fpx-sheet = Focal points
fpx-col-country-code = Code
fpx-col-country = State
fpx-col-title = Title
fpx-col-name = Name
fpx-col-organisation = Organization
fpx-col-email = E-mail
fpx-col-language = Language
fpx-col-status = Status
fpx-col-registered-via = Registered through
fpx-col-registered-by = Link made or registration approved by
fpx-col-registered-at = Registered (UTC)
fpx-col-last-activity = Last activity (UTC)
fpx-col-submissions = Submissions
fpx-col-deactivated-at = Deactivated (UTC)
fpx-col-reason = Reason
fpx-col-telegram-id = Telegram ID
fpx-via-link = link
fpx-via-approval = approval
fpx-via-undecided = not yet decided
