## /status : qui a répondu.

status-title = État de la consultation au { $date }
status-submitted = Pays ayant soumis une contribution : { $count }
status-registered = Pays ayant un correspondant inscrit mais aucune contribution : { $count }
status-invited = Pays invités sans correspondant : { $count }
status-topics = Contributions par thème :
status-topic-line = • { $topic } : { $count }
status-unreachable = Correspondants injoignables : { $count }
status-unreachable-line = • { $country } : { $name } ({ $reason }, depuis le { $date })
status-country-title = { $country } : état de la consultation au { $date }
status-country-invited = Invité(e) à la consultation.
status-country-not-invited = Ne figure pas sur la liste des pays invités.
status-country-focal-points = Correspondants approuvés : { $count }
status-country-submissions = Contributions : { $count }
status-country-submission = • { $reference } · { $topic }
status-country-which = Quel État désignez-vous par « { $text } » ? Veuillez choisir :
status-country-unknown = « { $text } » n'est pas un État ou une organisation que nous reconnaissons. Veuillez saisir son nom dans l'une des six langues, ou son code ISO, après /status.
