## /status: quién ha respondido.

status-title = Estado de la consulta al { $date }
status-submitted = Países que han presentado aportaciones: { $count }
status-registered = Países con un coordinador inscrito pero sin aportaciones: { $count }
status-invited = Países invitados sin coordinador: { $count }
status-topics = Aportaciones por tema:
status-topic-line = • { $topic }: { $count }
status-unreachable = Coordinadores no localizables: { $count }
status-unreachable-line = • { $country }: { $name } ({ $reason }, desde el { $date })
status-country-title = { $country }: estado de la consulta al { $date }
status-country-invited = Invitado a la consulta.
status-country-not-invited = No figura en la lista de países invitados.
status-country-focal-points = Coordinadores aprobados: { $count }
status-country-submissions = Aportaciones: { $count }
status-country-submission = • { $reference } · { $topic }
status-country-which = ¿A qué Estado se refiere con «{ $text }»? Sírvase elegir:
status-country-unknown = «{ $text }» no es un Estado ni una organización que reconozcamos. Sírvase escribir su nombre en uno de los seis idiomas, o su código ISO, después de /status.
