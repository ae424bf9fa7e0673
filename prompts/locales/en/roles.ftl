## Roles and approvals (handlers/roles.py).

role-pending-entry = { $name }, { $title }, { $organisation } ({ $country }), { $email }, Telegram ID { $telegram_id }
role-pending-notice = A new registration, made without an invitation link, is awaiting approval:
role-pending-link-problem = The invitation link used { $problem ->
        [expired] had expired.
        [revoked] had been withdrawn.
        [used_up] had already been used as many times as allowed.
       *[other] was not valid.
    }
role-approve = ✓ Approve
role-reject = ✗ Reject
role-approve-number = ✓ Approve { $number }
role-reject-number = ✗ Reject { $number }
role-pending-none = No registration is awaiting approval.
role-pending-title = Registrations awaiting approval: { $count }
role-pending-more = Registrations not shown: { $count }. Please deal with those above first.
role-already-decided = This registration has already been dealt with (current status: { $status ->
        [approved] approved
        [rejected] rejected
        [erased] data erased by the person
       *[other] { $status }
    }).
role-approved-staff = Approved: { $name } ({ $country }). The focal point has been notified.
role-rejected-staff = Rejected: { $name } ({ $country }). The person has been notified.
role-you-are-approved = Your registration as a national focal point for { $country } has been approved by the secretariat.
role-you-are-rejected = Your registration as a national focal point for { $country } has not been approved by the secretariat. If you believe this is an error, please contact the secretariat.

role-staff-entry = • { $name }, Telegram ID { $telegram_id }: { $role ->
        [admin] administrator
       *[secretariat] secretariat officer
    }
role-grant-usage =
    To give the secretariat role: /grant followed by the person's Telegram ID (they can see it with /profile).

    Current staff:
    { $staff }
role-revoke-usage =
    To take back the secretariat role: /revoke followed by the person's Telegram ID.

    Current staff:
    { $staff }
role-grant-unchanged = Nothing changed: { $telegram_id } is already { $role ->
        [admin] an administrator
       *[secretariat] a secretariat officer
    }.
role-revoke-unchanged = Nothing changed: { $telegram_id } is { $role ->
        [admin] an administrator (administrators are set in the configuration, ADMIN_IDS)
       *[other] not a secretariat officer
    }.
role-granted = { $telegram_id } is now a secretariat officer and has been notified.
role-granted-not-told = { $telegram_id } is now a secretariat officer. They could not be notified: they should send /start to the bot.
role-revoked = { $telegram_id } is no longer a secretariat officer and has been notified.
role-revoked-not-told = { $telegram_id } is no longer a secretariat officer.
role-granted-you = You have been given the secretariat role for this consultation.
role-revoked-you = Your secretariat role for this consultation has ended.
