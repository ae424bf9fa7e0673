## /stats (issue 6). Las claves son identificadores estables.

stats-title = Cifras de la consulta al { $date }
stats-none = Todavía no se ha recibido ninguna comunicación.
stats-total = Comunicaciones recibidas (no retiradas): { $count }
stats-withdrawn = Comunicaciones retiradas: { $count }
stats-countries = Países que han respondido: { $answered } de { $invited } invitados
stats-other-respondents = Otros participantes (que no figuran en la lista de países invitados): { $count }
stats-topics-heading = Por tema:
stats-topic-line = • { $topic }: { $count }
stats-days-heading = Por día de la primera presentación (hora de { $zone }):
stats-day-line = • { $date }: { $count }
stats-days-earlier = Días anteriores no mostrados: { $count }
stats-chart-title = Comunicaciones recibidas
stats-chart-topics = Por tema
stats-chart-days = Por día
stats-chart-count = Comunicaciones
stats-chart-caption = Comunicaciones por tema y por día
