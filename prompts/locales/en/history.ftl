## The history (/broadcasts): what rides the outbox besides broadcasts and reminders.

broadcasts-kind-personal-alert = Alert to an officer of a new or revised submission
broadcasts-kind-personal-digest = Daily digest to an officer
broadcasts-kind-personal-notice = Notice to a focal point (directory)
broadcasts-kind-reply = Reply of the secretariat to a submission
broadcasts-kind-deadline-notice = Notice concerning the deadline

## /audit: entries about one consultation.

audit-usage-consultation = With several consultations: /audit consultation <number>.
