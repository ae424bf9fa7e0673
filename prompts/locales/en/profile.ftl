## Profile and privacy (handlers/profile.py).

prof-title = Your profile
prof-not-given = —
prof-details =
    Country: { $country }
    Name: { $name }
    Title: { $title }
    Organization: { $organisation }
    E-mail: { $email }
    Language: { $chosen }
prof-status-new = Status: registration not completed.
prof-status-pending = Status: awaiting the secretariat's approval.
prof-status-approved = Status: registered national focal point.
prof-status-rejected = Status: registration not approved by the secretariat.
prof-status-erased = Status: personal data erased.
prof-role-secretariat = Role: secretariat officer.
prof-role-admin = Role: administrator.
prof-telegram-id = Your Telegram ID: { $telegram_id }
prof-edit-name = Edit name
prof-edit-title = Edit title
prof-edit-org = Edit organization
prof-edit-email = Edit e-mail
prof-forget-button = Erase my data
prof-not-registered = You are not registered. Please send /start to register.
prof-edit-cancel-hint = To leave this unchanged, send /cancel.
prof-no-edit = No correction is in progress. Please send /profile.
prof-updated = Your profile has been updated.
prof-edit-cancelled = Nothing has been changed.

prof-forget-nothing = We hold no personal details about you.
prof-forget-confirm =
    Do you wish to erase your personal data?

    Your name, title, organization and e-mail address will be erased, and you will no longer be registered as a focal point.

    Comments already submitted for your country will remain as your Government's input, without your personal details.
prof-forget-confirm-staff =
    Do you wish to erase your personal data?

    Your name, title, organization and e-mail address will be erased, and this account will no longer have access to the secretariat's functions.
prof-forget-yes = Yes, erase my data
prof-forget-no = No, keep my data
prof-forget-done =
    Your personal data has been erased: your name, title, organization and e-mail address are no longer held, and you are no longer registered.

    Comments already submitted for your country remain as your Government's input, without your personal details.

    You may register again at any time with /start.
prof-forget-kept = Your data has been kept; nothing has changed.
