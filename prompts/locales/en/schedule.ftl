## /schedule: deadline, meeting dates and reminders.

schedule-title = Schedule of the consultation
schedule-deadline = Deadline for input: { $deadline }
schedule-meeting = Meeting: { $meeting }
schedule-reminders-title = Upcoming reminders:
schedule-reminders-none = No reminder is scheduled.
schedule-days-before = { $days ->
    [one] 1 day before the deadline
   *[other] { $days } days before the deadline
}
schedule-reminder-line = • { $offset }: { $when } (recipients at present: { $count })
schedule-history-title = Earlier reminders:
schedule-reminder-sent = • { $offset }: sent on { $when }
schedule-reminder-skipped = • { $offset }: not sent (the deadline had passed or a later reminder replaced it)
schedule-reminder-cancelled = • { $offset }: cancelled
schedule-change-deadline = Change the deadline
schedule-change-meeting = Change the meeting dates
schedule-add-reminder = Add a reminder
schedule-cancel-reminder = Cancel a reminder
schedule-close = Close
schedule-back-button = Back
schedule-confirm-button = Confirm
schedule-ask-deadline = Please type the new deadline as year-month-day and hour, in the time of { $zone }, for example: { $example }
schedule-ask-meeting = Please type the first and last days of the meeting as year-month-day, for example: { $example }
schedule-ask-offset = How many days before the deadline should the reminder be sent? Please type a number from 1 to { $max }.
schedule-bad-date = This date could not be read. Please write it in this form: { $example }
schedule-deadline-past = The new deadline must be in the future. Please type another date.
schedule-deadline-before-opening = The deadline must be after the opening of the consultation ({ $opens }). Please type another date.
schedule-deadline-after-meeting = The deadline must fall before the meeting, which opens on { $meeting }. Please type an earlier date, or change the meeting dates first.
schedule-meeting-order = The last day of the meeting cannot be before the first. Please type the dates again.
schedule-meeting-before-deadline = The meeting must open after the deadline for input ({ $deadline }). Please type later dates, or change the deadline first.
schedule-bad-offset = Please type a whole number from 1 to { $max }.
schedule-offset-past = With the current deadline, this reminder would fall in the past ({ $when }). Please type a smaller number.
schedule-offset-exists = A reminder is already scheduled { $offset }.
schedule-confirm-deadline = Change the deadline from { $old } to { $new }? The reminders will be rescheduled accordingly.
schedule-confirm-meeting = Change the meeting dates from { $old } to { $new }?
schedule-changed = The change has been saved and the reminders have been rescheduled.
schedule-reminder-added = The reminder has been added.
schedule-reminder-removed = The reminder has been cancelled.
schedule-pick-reminder = Which reminder should be cancelled?
schedule-reminder-button = { $offset }: { $date }
schedule-closed = The schedule has been closed.
schedule-use-buttons = Please use the buttons below.
schedule-text-only = Please type your answer as text.
schedule-cancelled = Nothing has been changed.
