## /status: who has answered.

status-title = Status of the consultation on { $date }
status-submitted = Countries that have submitted: { $count }
status-registered = Countries with a registered focal point but no submission: { $count }
status-invited = Invited countries without a focal point: { $count }
status-topics = Submissions by topic:
status-topic-line = • { $topic }: { $count }
status-unreachable = Unreachable focal points: { $count }
status-unreachable-line = • { $country }: { $name } ({ $reason }, since { $date })
