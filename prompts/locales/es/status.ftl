## /status: quién ha respondido.

status-title = Estado de la consulta al { $date }
status-submitted = Países que han presentado aportaciones: { $count }
status-registered = Países con un coordinador inscrito pero sin aportaciones: { $count }
status-invited = Países invitados sin coordinador: { $count }
status-topics = Aportaciones por tema:
status-topic-line = • { $topic }: { $count }
status-unreachable = Coordinadores no localizables: { $count }
status-unreachable-line = • { $country }: { $name } ({ $reason }, desde el { $date })
