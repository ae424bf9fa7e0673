## /status: who has answered.

status-title = Status of the consultation on { $date }
status-submitted = Countries that have submitted: { $count }
status-registered = Countries with a registered focal point but no submission: { $count }
status-invited = Invited countries without a focal point: { $count }
status-topics = Submissions by topic:
status-topic-line = • { $topic }: { $count }
status-unreachable = Unreachable focal points: { $count }
status-unreachable-line = • { $country }: { $name } ({ $reason }, since { $date })
status-country-title = { $country }: status of the consultation on { $date }
status-country-invited = Invited to the consultation.
status-country-not-invited = Not on the list of invited countries.
status-country-focal-points = Approved focal points: { $count }
status-country-submissions = Submissions: { $count }
status-country-submission = • { $reference } · { $topic }
status-country-which = Which State do you mean by “{ $text }”? Please choose:
status-country-unknown = “{ $text }” is not a State or organization that we recognize. Please type its name in one of the six languages, or its ISO code, after /status.
