## The secretariat's workspace (issue 15): /read, the review of each submission, /tags, and
## the reply a State's focal points receive. Keys are stable ids; never reuse one.

help-review =
    /read: read a submission and review it
    /tags: the themes of the discussion paper

review-read-usage = Please give the reference of a submission after /read, for example: /read { $example }
review-read-not-found = There is no submission with the reference { $reference }.
review-unknown-person = (unknown)
review-none-value = none

## A submission as the country sent it.
review-card-title = { $reference }: { $country }
review-card-version = Version { $version } of { $versions }, submitted on { $time } by { $author }
review-card-consultation = Consultation: { $title }
review-card-withdrawn = Withdrawn by the country on { $time }.
review-card-topic = Topic: { $topic }
review-card-type = Type of comment: { $type }
review-card-paragraph = Paragraph { $number } of the document:
review-card-no-paragraph = Paragraph: none (general comment)
review-card-language = Detected language: { $detected }
review-card-language-confidence = Detected language: { $detected } (confidence: { $percent } per cent)
review-card-language-unknown = Detected language: not determined
review-card-comment = Comment ({ $length } { $length ->
        [one] character
       *[other] characters
    }):
review-card-proposed = Proposed text:
review-card-no-proposed = Proposed text: none
review-card-attachments = { $count ->
        [one] Attachment
       *[other] Attachments
    }: { $names }
review-card-no-attachments = Attachments: none

## Where the review stands.
review-status-received = Received
review-status-under_review = Under review
review-status-addressed = Addressed
review-status-noted = Noted without action
review-card-status = Review status: { $status }
review-card-status-by = Review status: { $status } (set on { $time } by { $officer })
review-card-reopened = The country revised this submission after it had been reviewed (version { $version }); its status was therefore set back from “{ $previous }” to “Received”.
review-card-tags = Themes: { $tags }
review-card-no-tags = Themes: none
review-card-notes = Internal notes: { $notes }; replies to the country: { $replies }
review-status-set = { $reference }: { $status }

## Buttons.
review-btn-tags = Themes
review-btn-note = Add an internal note
review-btn-reply = Reply to the country
review-btn-notes = Notes and replies
review-btn-versions = Versions and changes
review-btn-files = { $count ->
        [one] Attachment
       *[other] Attachments ({ $count })
    }
review-btn-country = All submissions of { $country }
review-btn-back = Back to the submission
review-btn-open = { $reference } · { $topic } · { $status }
review-btn-cancel = Cancel
review-btn-send-reply = Send the reply
review-btn-new-tag = New theme
review-btn-rename-tag = Rename “{ $name }”

## A State's submissions.
review-country-title = Submissions of { $country }. Please choose one to read it:
review-country-none = { $country } has no current submission.

## Attachments.
review-file-caption = { $reference }, version { $version }: { $name }
review-file-missing = The file “{ $name }” is no longer in the store of attachments.
review-files-none = The current version of { $reference } has no attachment.

## Versions and what changed.
review-versions-title = { $reference }: { $count ->
        [one] one version
       *[other] { $count } versions
    }
review-version-heading = Version { $version }, submitted on { $time } by { $author }
review-version-first = As first submitted.
review-change-none = No change to the content; the submission was sent again as it was.
review-change-topic = Topic changed: { $before } → { $after }
review-change-type = Type of comment changed: { $before } → { $after }
review-change-paragraph = Paragraph changed: { $before } → { $after }
review-change-attachments = Attachments changed: { $before } → { $after }
review-change-comment = Comment changed:
review-change-proposed = Proposed text changed:
review-change-removed = − deleted: { $text }
review-change-added = + added: { $text }
review-history-title = History of the review status:
review-history-officer = { $time }: { $previous } → { $status }, by { $person } (version { $version })
review-history-revised = { $time }: { $previous } → { $status }, because the country revised the submission (version { $version })

## Notes and replies.
review-notes-title = { $reference }: internal notes and replies to the country
review-notes-none = No internal note and no reply yet.
review-note-line = Internal note by { $author }, { $time } (version { $version }):
review-reply-line = Reply by { $author }, { $time } (version { $version }), sent to { $count ->
        [one] one focal point
       *[other] { $count } focal points
    }:
review-note-ask = Please type the internal note on { $reference }. Internal notes are seen by the secretariat only, never by focal points. To stop, press Cancel or send /cancel.
review-note-saved = The internal note on { $reference } has been saved.
review-reply-ask = Please type the reply to { $country } on { $reference }. It will be sent to { $count ->
        [one] the State's approved focal point
       *[other] the State's { $count } approved focal points
    } ({ $languages }), under a heading in each one's language; your text is sent as you write it. To stop, press Cancel or send /cancel.
review-reply-ask-nobody = { $country } has no approved focal point at present: the reply on { $reference } will be kept with the submission but sent to nobody. Please type it, or press Cancel.
review-reply-preview = Reply to { $country } on { $reference }, to be sent to { $count ->
        [one] one focal point
       *[other] { $count } focal points
    } ({ $languages }):

    { $text }
review-reply-queued = The reply on { $reference } is being sent to { $count ->
        [one] the focal point
       *[other] the { $count } focal points
    } of { $country }, and is kept with the submission.
review-reply-kept = The reply on { $reference } is kept with the submission; { $country } has no approved focal point to send it to.
review-type-text = Please type the text as a message, or send /cancel.
review-use-buttons = Please use the buttons below the preview, or send /cancel.
review-cancelled = Cancelled; nothing was saved.
review-draft-gone = This step is no longer open. Please start again from the submission.

## What a focal point receives.
review-reply-message = The secretariat has replied to your submission { $reference } ({ $consultation }):

    { $text }

## Themes.
review-tags-title = Themes of { $reference }. Press a theme to add it or to remove it:
review-tags-none-yet = The secretariat has no themes for this consultation yet. Please create the first one for { $reference }.
review-tags-list-title = Themes of the discussion paper: { $title } ({ $count })
review-tags-list-empty = There are no themes yet.
review-tags-list-line = • { $name }: { $count ->
        [one] one submission
       *[other] { $count } submissions
    }
review-tag-ask-name = Please type the name of the new theme in { $name }. You may add its name in other official languages, one per line, each beginning with the language code, for example: fr: Financement
review-tag-ask-rename = Please type the new name of “{ $tag }” in { $name }, or its names in other official languages, one per line, each beginning with the language code (ar, zh, en, fr, ru, es).
review-tag-created = The theme “{ $name }” has been created.
review-tag-renamed = The theme is now named “{ $name }”.
review-unknown-consultation = There is no consultation no. { $number }. /consultations lists them.

## What cannot be accepted.
review-error-note-empty = The note is empty. Please type its text.
review-error-note-too-long = A note may have at most { $max } characters; this one has { $length }. Please shorten it.
review-error-reply-empty = The reply is empty. Please type its text.
review-error-reply-too-long = A reply may have at most { $max } characters; this one has { $length }. Please shorten it.
review-error-tag-empty = The name is empty. Please type the theme's name.
review-error-tag-too-long = The name of a theme may have at most { $max } characters. Please shorten it.
review-error-tag-taken = Another theme of this consultation already has this name. Please choose another name.
review-error-tag-language = Only the codes of the six official languages may begin a line: ar, zh, en, fr, ru, es.
review-error-tag-lines = Please give at most one name without a language code; begin the other lines with their code, for example: fr: Financement

## Exports (XLSX, CSV, JSON Lines, the DOCX compilation) and the /export filters.
review-col-title = Title
review-col-name = Name
review-col-email = E-mail
review-col-status = Review status
review-col-themes = Themes
review-col-notes = Internal notes
review-col-replies = Replies to the country
review-docx-col-response = Secretariat's response
review-export-entry = { $time }, { $author }: { $text }
review-filter-themes = Themes: { $value }
review-filter-notes = Internal notes and replies included (for the secretariat only)
review-export-btn-themes = Themes
review-export-btn-notes-off = Notes and replies: no
review-export-btn-notes-on = Notes and replies: yes
review-export-pick-tags = Please tick the themes to include (none ticked: every submission, with or without a theme).
review-export-no-tags = The secretariat has no themes for this consultation yet (/tags creates them).

## A focal point's own submission (/mycomments): the replies kept with it.
review-mycomments-reply = Reply from the secretariat, { $time }:
    { $text }
