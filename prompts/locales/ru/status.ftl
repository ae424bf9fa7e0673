## /status: кто ответил.

status-title = Ход консультаций на { $date }
status-submitted = Страны, представившие материалы: { $count }
status-registered = Страны с зарегистрированным координатором, но без материалов: { $count }
status-invited = Приглашенные страны без координатора: { $count }
status-topics = Материалы по темам:
status-topic-line = • { $topic }: { $count }
status-unreachable = Недоступные координаторы: { $count }
status-unreachable-line = • { $country }: { $name } ({ $reason }, с { $date })
