## Comments: /comment (writing, preview, receipt), /mycomments (revise, withdraw), /verify.

## Opening and dates

comment-intro = { $title }
    You are about to submit a comment on behalf of your country. You will be guided through six short steps; everything you enter is saved as you go, and you can check it all before submitting.
comment-closed = Thank you for your interest. The consultation closed on { $deadline }: comments can no longer be submitted or changed. If you need more time, please contact the secretariat, which can extend the deadline.
comment-not-open = The consultation is not open yet: comments can be submitted from { $opens }.

## The steps

comment-ask-topic = Step 1 of 6. Which topic does your comment concern?
comment-ask-type = Step 2 of 6. What kind of comment is it? (Topic: { $topic })
comment-ask-paragraph = Step 3 of 6. Does your comment refer to a particular paragraph of the report "{ $document }"? Please choose its number ({ $first } to { $last }) or type it, or press "No specific paragraph".
comment-paragraph-shown = Paragraph { $number } of the report:
    { $text }
comment-paragraph-invalid = The report has no paragraph "{ $input }". Please choose a number from { $first } to { $last }, or press "No specific paragraph".
comment-paragraph-expected = Please choose the paragraph with the buttons, or type its number.
comment-ask-comment = Step 4 of 6. Please type your comment. A long text may be sent in several messages: they are joined in order. Maximum length: { $max } { $max ->
        [one] character
       *[other] characters
    }.
comment-ask-new-comment = Please send the new text of your comment: it will replace the current text ({ $length } { $length ->
        [one] character
       *[other] characters
    }). Maximum length: { $max } characters. You may also keep the current text.
comment-part-received = Received. Your comment now has { $length } { $length ->
        [one] character
       *[other] characters
    } (maximum { $max }); number of messages: { $parts }. You may send more text to continue it, or press "My comment is complete".
comment-too-long = This message was not added: it would bring your comment to { $length } characters, above the maximum of { $max }. The text received before is kept ({ $current } { $current ->
        [one] character
       *[other] characters
    }). Please send a shorter text, or attach a longer document at the attachments step.
comment-empty = This message is empty. Please type your text.
comment-need-text = Your comment is still empty. Please type it before continuing.
comment-ask-proposed = Step 5 of 6. If you propose replacement text for the report, please send it now in one message. Otherwise, please press the button below.
comment-proposed-received = Proposed text received ({ $length } { $length ->
        [one] character
       *[other] characters
    }).
comment-proposed-too-long = This proposed text has { $length } characters, above the maximum of { $max }. Please send a shorter text.
comment-ask-attachments = Step 6 of 6. You may attach documents: PDF, DOC, DOCX or ODT, up to 20 MB each, at most { $max_files }. Please send them as files now. Documents attached: { $count }.
comment-size-kb = { $size } KB
comment-file-received = Document received: { $name } ({ $size }).
    SHA-256: { $sha256 }
comment-file-type = The file "{ $name }" cannot be accepted: only PDF, DOC, DOCX and ODT documents are accepted (the file name and its type must both say so). Please convert it and send it again.
comment-file-too-big = The file "{ $name }" cannot be accepted: it is larger than 20 MB, the largest file the bot can receive. Please send a smaller version, or send it to the secretariat by e-mail.
comment-file-empty = The file "{ $name }" is empty. Please send it again.
comment-file-content = The file "{ $name }" cannot be accepted: its content is not a valid PDF, DOC, DOCX or ODT document, although its name says so. Please check the file and send it again.
comment-file-too-many = The file "{ $name }" was not added: a comment can have at most { $max_files } documents. You may remove one first.
comment-file-duplicate = The file "{ $name }" is already attached.
comment-file-download-failed = The file "{ $name }" could not be received because of a connection problem. Please send it again.
comment-file-photo = Photos cannot be attached. Please send your document as a file (PDF, DOC, DOCX or ODT).
comment-files-expected = At this step, please send documents as files, or press the button below to continue.

## Preview

comment-preview-title = Please check your comment before submitting it.
comment-preview-revision = This is a revision of { $reference }: it will be recorded as a new version, and earlier versions are kept.
comment-preview-topic = Topic: { $topic }
comment-preview-type = Type: { $type }
comment-preview-paragraph = Paragraph of the report: { $paragraph }
comment-preview-no-paragraph = Paragraph of the report: none
comment-preview-comment = Comment ({ $length } { $length ->
        [one] character
       *[other] characters
    }):
comment-preview-shortened = (shortened here; the full text will be recorded)
comment-preview-proposed = Proposed text:
comment-preview-no-proposed = Proposed text: none
comment-preview-attachments = Attachments ({ $count }):
comment-preview-no-attachments = Attachments: none
comment-preview-question = Would you like to submit it now?
comment-edit-which = Which part would you like to change?

## Submission and receipt

comment-receipt = Thank you. Your comment has been recorded.
    Reference: { $reference }
    Version: { $version }
    Recorded on: { $time }
    Fingerprint (SHA-256): { $fingerprint }
    Please keep this receipt. Send /verify { $reference } at any time to check that what is stored still has this fingerprint. Any focal point of your country can see it with /mycomments.
comment-receipt-revision = Thank you. The new version of your country's comment has been recorded; earlier versions are kept.
    Reference: { $reference }
    Version: { $version }
    Recorded on: { $time }
    Fingerprint (SHA-256): { $fingerprint }
    Send /verify { $reference } at any time to check that what is stored still has this fingerprint.
comment-receipt-repeat = Reference: { $reference }
    Version: { $version }
    Recorded on: { $time }
    Fingerprint (SHA-256): { $fingerprint }
comment-already-submitted = This comment has already been submitted; it was recorded only once. Here is its receipt again.
comment-concurrent-revision = Please note: another focal point of your country also revised { $reference } while you were editing. Both versions are kept; yours is version { $version }. You can compare them in /mycomments.
comment-submit-withdrawn = { $reference } was withdrawn by a focal point of your country while you were editing, so it can no longer be revised. Your text is kept: you may submit it as a new comment.
comment-incomplete = Some required parts of your comment are missing. Please complete them.

## Drafts, cancelling, resuming

comment-no-draft = You have no comment in progress. Send /comment to start one.
comment-draft-open = You have an unfinished comment (topic: { $topic }; { $length } { $length ->
        [one] character
       *[other] characters
    }; last saved on { $saved }). Would you like to continue it, or discard it and start a new one?
comment-draft-open-revision = You have an unfinished revision of { $reference } (last saved on { $saved }). Would you like to continue it, or discard it and start again?
comment-resumed = Let us continue where you left off.
comment-cancel-confirm = Do you really want to discard this draft? Everything you entered for it will be deleted.
comment-discarded = Your draft has been discarded.
comment-draft-kept-continue = Your draft is kept. Let us continue.
comment-revise-intro = You are revising { $reference }. It starts from the current text; change any part with "Edit", then submit it as version { $version }.
comment-revise-unavailable = This submission is not available.
comment-revise-withdrawn = { $reference } has been withdrawn and can no longer be revised.

## Bad input

comment-button-stale = This button belongs to an earlier step. Nothing has changed; here is the current question again.
comment-text-only = At this step, I can only read typed text. Your draft is kept; please type your answer.
comment-use-buttons = Please answer with the buttons below. Your draft is kept.

## Buttons

comment-btn-no-paragraph = No specific paragraph
comment-btn-comment-done = My comment is complete
comment-btn-keep-comment = Keep the current text
comment-btn-skip-proposed = No proposed text
comment-btn-keep-proposed = Keep the proposed text
comment-btn-remove-proposed = Remove the proposed text
comment-btn-no-attachment = No attachment
comment-btn-files-done = Continue
comment-btn-remove-file = Remove { $name }
comment-btn-submit = Submit
comment-btn-full-text = Show the full text
comment-btn-edit = Edit
comment-btn-cancel = Cancel
comment-btn-edit-topic = Topic
comment-btn-edit-type = Type
comment-btn-edit-paragraph = Paragraph
comment-btn-edit-comment = Comment
comment-btn-edit-proposed = Proposed text
comment-btn-edit-attachments = Attachments
comment-btn-back-to-preview = Back to the preview
comment-btn-continue = Continue my draft
comment-btn-start-new = Discard it and start again
comment-btn-discard = Yes, discard it
comment-btn-keep-draft = No, keep it
comment-btn-submit-as-new = Submit as a new comment

## /mycomments

mycomments-title = Comments submitted for { $country }. Number of submissions: { $count }. Choose one to see it, revise it or withdraw it.
mycomments-none = No comment has been submitted for { $country } yet. Send /comment to submit one.
mycomments-item = { $reference } · { $topic } · version { $version }
mycomments-item-withdrawn = { $reference } · { $topic } · withdrawn
mycomments-detail = { $reference } — version { $version } of { $versions }
    Status: { $status }
    Topic: { $topic }
    Type: { $type }
    Paragraph of the report: { $paragraph }
    Submitted by: { $author }, on { $time }
    Language detected: { $detected }
    Attachments: { $attachments }
    Fingerprint (SHA-256): { $fingerprint }
mycomments-excerpt = Comment ({ $length } { $length ->
        [one] character
       *[other] characters
    }):
mycomments-proposed = Proposed text:
mycomments-status-submitted = submitted
mycomments-status-withdrawn = withdrawn on { $time }
mycomments-none-value = none
mycomments-none-attachments = none
mycomments-language-und = undetermined
mycomments-unknown-author = a focal point
mycomments-version-line = Version { $version }: { $time }, { $author }
    Fingerprint: { $fingerprint }
mycomments-versions-title = All versions of { $reference }:
mycomments-withdraw-confirm = Do you really want to withdraw { $reference }? It will remain in the record, marked as withdrawn, and the secretariat will not consider it.
mycomments-withdrawn = { $reference } has been withdrawn. It remains in the record, marked as withdrawn.
mycomments-already-withdrawn = { $reference } had already been withdrawn.
mycomments-unavailable = This submission is not available.
mycomments-closed = The consultation closed on { $deadline }: submissions can no longer be revised or withdrawn. Please contact the secretariat if necessary.
mycomments-btn-full = Full text
mycomments-btn-versions = All versions
mycomments-btn-revise = Revise
mycomments-btn-withdraw = Withdraw
mycomments-btn-back = Back to the list
mycomments-btn-withdraw-yes = Yes, withdraw it
mycomments-btn-withdraw-no = No, keep it

## /verify

verify-usage = Please send the reference with the command, for example: /verify { $example }
verify-not-found = No submission with the reference { $reference } is available to you.
verify-intact = { $reference }: what is stored still matches its fingerprints.
verify-altered = Warning: { $reference } no longer matches what was recorded. Please keep your receipt and contact the secretariat.
verify-version-ok = Version { $version }: ✓ unchanged
    Fingerprint: { $fingerprint }
verify-version-altered = Version { $version }: ✗ ALTERED
    Recorded fingerprint: { $fingerprint }
    Fingerprint of what is stored now: { $computed }
verify-files-altered = Version { $version }: ✗ an attached document has changed or is missing.
verify-withdrawn = This submission was withdrawn on { $time }.

# Several consultations open to the State at once (issue 13).
comment-choose-consultation = To which consultation does your comment relate?
comment-receipt-consultation = Consultation: { $title }
