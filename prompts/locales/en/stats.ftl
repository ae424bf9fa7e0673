## /stats (issue 6). Keys are stable ids; never reuse one.

stats-title = Figures of the consultation, { $date }
stats-none = No submission has been received yet.
stats-total = Submissions received (not withdrawn): { $count }
stats-withdrawn = Withdrawn submissions: { $count }
stats-countries = Countries that have answered: { $answered } of { $invited } invited
stats-other-respondents = Other respondents (not on the list of invited countries): { $count }
stats-topics-heading = By topic:
stats-topic-line = • { $topic }: { $count }
stats-days-heading = By day of first submission ({ $zone } time):
stats-day-line = • { $date }: { $count }
stats-days-earlier = Earlier days not listed: { $count }
stats-chart-title = Submissions received
stats-chart-topics = By topic
stats-chart-days = By day
stats-chart-count = Submissions
stats-chart-caption = Submissions by topic and by day

# Several consultations (issue 13).
stats-unknown-consultation = There is no consultation no. { $number }. /consultations lists them; /stats alone gives the first one's figures.
