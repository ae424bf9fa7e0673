## Shared texts: language, help, menus, access, errors. Keys are stable ids; never reuse one.

start-choose-language = Welcome. This is the consultation bot of the UNEP secretariat. Please choose the language in which you wish to correspond.
language-choose = Please choose your language.
language-set = Your language is now English.
language-current-mark = ✓ { $name }

help-intro = { $title }
help-anyone =
    /start: register or show your profile
    /profile: view or correct your details
    /language: change the language
    /verify: check a submission by its reference
    /forget: erase your personal data
    /cancel: stop the current step
    /help: this list
help-focal-point =
    /comment: submit a comment
    /mycomments: your country's submissions
help-staff =
    /invite, /invites: invitation links
    /letters: letter pack for mail merge
    /pending: registrations awaiting approval
    /broadcast: send the renewed invitation or a reminder
    /broadcasts: every broadcast and reminder sent, and their delivery
    /schedule: deadline, meeting dates and reminders
    /status: who has answered
    /export: download the submissions
    /stats: figures and a chart
help-admin =
    /grant, /revoke: secretariat role

menu-title = What would you like to do?
menu-comment = Submit a comment
menu-mycomments = My country's comments
menu-profile = My profile
menu-language = Language
menu-help = Help
menu-broadcast = Broadcast
menu-schedule = Schedule
menu-status = Status
menu-export = Export
menu-pending = Pending registrations
menu-invites = Invitation links

cmd-start = Register or show your profile
cmd-help = What you can do
cmd-comment = Submit a comment
cmd-mycomments = Your country's submissions
cmd-profile = View or correct your details
cmd-language = Change the language
cmd-verify = Check a submission by reference
cmd-cancel = Stop the current step
cmd-forget = Erase your personal data

access-not-registered = This is reserved for registered national focal points. Please send /start to register; if the secretariat sent you an invitation link, please open that link.
access-pending = Your registration is awaiting the secretariat's approval. You will be notified here as soon as it has been reviewed.
access-rejected = Your registration was not approved by the secretariat. If you believe this is an error, please contact the secretariat.
access-focal-points-only = This is reserved for national focal points; secretariat accounts cannot submit comments.
access-denied = You are not authorized to do this.
access-private-only = Please write to me in a private chat: this cannot be done in a group.

error-internal = We are sorry: an error occurred on our side. Everything you entered before this message has been saved. Please try again in a moment.
unknown-command = This command is not recognized. Please send /help to see what you can do.
fallback-text = I did not understand this message. Please use the buttons, or send /help to see what you can do.
edit-not-taken = Editing a message that has already been sent does not change what was recorded. To correct an answer, please use the buttons offered (for example “Edit” on the preview of your comment) or, for a comment already submitted, /mycomments.
unsupported-content = I can only read text messages here. Please type your answer.
button-stale = This button is no longer valid. Please use the latest message, or send /help.
too-long-input = This message is too long ({ $length } { $length ->
        [one] character
       *[other] characters
    }; at most { $max }). Please shorten it and send it again.

## The facts every participant needs (prompts/dated.py: facts, with_contact), one a line.

facts-deadline = Deadline for comments: { $deadline }
facts-meeting = Meeting: { $meeting }
facts-contact = Contact: { $secretariat }, e-mail: { $email }
facts-web = Report and documents: { $web }
