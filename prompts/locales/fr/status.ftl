## /status : qui a répondu.

status-title = État de la consultation au { $date }
status-submitted = Pays ayant soumis une contribution : { $count }
status-registered = Pays ayant un correspondant inscrit mais aucune contribution : { $count }
status-invited = Pays invités sans correspondant : { $count }
status-topics = Contributions par thème :
status-topic-line = • { $topic } : { $count }
status-unreachable = Correspondants injoignables : { $count }
status-unreachable-line = • { $country } : { $name } ({ $reason }, depuis le { $date })
