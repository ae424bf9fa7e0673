## /stats (issue 6). Les clés sont des identifiants stables.

stats-title = Chiffres de la consultation au { $date }
stats-none = Aucune contribution n'a encore été reçue.
stats-total = Contributions reçues (non retirées) : { $count }
stats-withdrawn = Contributions retirées : { $count }
stats-countries = Pays ayant répondu : { $answered } sur { $invited } invités
stats-other-respondents = Autres répondants (ne figurant pas sur la liste des pays invités) : { $count }
stats-topics-heading = Par thème :
stats-topic-line = • { $topic } : { $count }
stats-days-heading = Par jour de première soumission (heure de { $zone }) :
stats-day-line = • { $date } : { $count }
stats-days-earlier = Jours antérieurs non affichés : { $count }
stats-chart-title = Contributions reçues
stats-chart-topics = Par thème
stats-chart-days = Par jour
stats-chart-count = Contributions
stats-chart-caption = Contributions par thème et par jour
