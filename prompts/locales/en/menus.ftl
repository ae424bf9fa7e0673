## Telegram's command menu for secretariat officers and admins (handlers/command_menus.py).
## Each text is one command's description in the chat's menu (at most 256 characters).
staffcmd-status = Who has answered, by State
staffcmd-read = Read a submission by reference
staffcmd-review = Review submissions
staffcmd-tags = Themes for the discussion paper
staffcmd-focalpoints = Directory of focal points
staffcmd-pending = Registrations awaiting approval
staffcmd-alerts = Alerts of new submissions
staffcmd-invite = Create an invitation link
staffcmd-invites = Invitation links
staffcmd-letters = Letter pack for mail merge
staffcmd-broadcast = Send an invitation or a reminder
staffcmd-broadcasts = Broadcasts and reminders sent
staffcmd-schedule = Deadline, meeting dates and reminders
staffcmd-extensions = Deadline extensions by State
staffcmd-export = Download the submissions
staffcmd-stats = Figures and a chart
staffcmd-consultations = Consultations
staffcmd-grant = Grant the secretariat role
staffcmd-revoke = Revoke the secretariat role
staffcmd-audit = Audit log
