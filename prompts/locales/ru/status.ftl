## /status: кто ответил.

status-title = Ход консультаций на { $date }
status-submitted = Страны, представившие материалы: { $count }
status-registered = Страны с зарегистрированным координатором, но без материалов: { $count }
status-invited = Приглашенные страны без координатора: { $count }
status-topics = Материалы по темам:
status-topic-line = • { $topic }: { $count }
status-unreachable = Недоступные координаторы: { $count }
status-unreachable-line = • { $country }: { $name } ({ $reason }, с { $date })
status-country-title = { $country }: ход консультаций на { $date }
status-country-invited = Приглашена к участию в консультациях.
status-country-not-invited = Не входит в список приглашенных стран.
status-country-focal-points = Утвержденные координаторы: { $count }
status-country-submissions = Материалы: { $count }
status-country-submission = • { $reference } · { $topic }
status-country-which = Какое государство Вы имеете в виду под названием «{ $text }»? Просьба выбрать:
status-country-unknown = Название «{ $text }» не соответствует ни одному известному нам государству или организации. Просьба ввести после /status его название на одном из шести языков или код ISO.
