## Registration of national focal points (handlers/registration.py).

reg-ask-country = Which country or organization do you represent? Please type its name in any of the six official languages, or its ISO code (for example "Kenya", "UK", "中国" or "KE").
reg-ask-name = Please type your full name as it should appear in the secretariat's records.
reg-ask-title = Please type your title or position (for example "Director, Chemicals Management").
reg-ask-organisation = Please type the name of your ministry or organization.
reg-ask-email = Please type your official e-mail address.
reg-current-value = Currently: { $value }

reg-privacy-notice =
    Privacy notice

    The secretariat of the United Nations Environment Programme (UNEP) collects your name, title, ministry or organization, e-mail address, country, preferred language and Telegram account number in order to confirm that you speak for your Government or organization in this consultation, to contact you about it, and to attribute your Government's comments.

    Only secretariat staff of this consultation can see these details. They are kept for the duration of the consultative process and its follow-up, and are not shared with third parties.

    You may view and correct your details at any time with /profile, and erase them with /forget. Comments already submitted remain as your Government's input, without your personal details.

    Do you agree to these terms?
reg-consent-yes = I agree
reg-consent-no = I do not agree
reg-consent-declined = Without your agreement to the privacy notice we are unable to register you. What you have entered is kept, so you may still agree below; or you may discard it.
reg-discard = Discard what I entered
reg-discarded = What you entered has been discarded. You may start again at any time with /start.
reg-cancelled = Registration paused. What you have entered is saved: send /start to continue where you left off.
reg-resumed = Welcome back. Your registration continues where you left off.
reg-not-in-progress = No registration is in progress. Please send /start.

reg-summary = Please check your details:
reg-summary-invited = As you were invited with a link, your registration takes effect as soon as you confirm.
reg-summary-review = Your registration will be reviewed by the secretariat after you confirm.
reg-confirm = ✓ Confirm
reg-edit-lang = Edit language
reg-edit-country = Edit country
reg-edit-name = Edit name
reg-edit-title = Edit title
reg-edit-org = Edit organization
reg-edit-email = Edit e-mail

reg-link-invited = You have been invited as a national focal point for { $country }.
reg-link-expired = This invitation link has expired. You may still register: the secretariat will review your registration before it takes effect.
reg-link-revoked = This invitation link has been withdrawn by the secretariat. You may still register: the secretariat will review your registration before it takes effect.
reg-link-used_up = This invitation link has already been used as many times as allowed. You may still register: the secretariat will review your registration before it takes effect.
reg-link-unknown = This invitation link is not valid (it may be incomplete). You may still register: the secretariat will review your registration before it takes effect.

reg-country-set = Country: { $country }.
reg-country-suggest = "{ $text }" was not recognized exactly. Did you mean one of these? If not, please type the name again.
reg-country-which = “{ $text }” may refer to more than one State. Please choose the one you represent.
reg-country-unknown = "{ $text }" is not a country or organization that we recognize.

reg-empty = The answer is empty.
reg-no-letter = This does not look like a name: it contains no letters.
reg-bad-email = This is not a valid e-mail address (for example: name@ministry.gov).
reg-not-text = I did not understand this message: here I can only read typed text.
reg-use-buttons = Please answer with one of the buttons.

reg-done-approved = Thank you. You are registered as a national focal point for { $country }.
reg-done-pending = Thank you. Your registration as a national focal point for { $country } has been sent to the secretariat for approval. You will be notified here as soon as it has been reviewed.
