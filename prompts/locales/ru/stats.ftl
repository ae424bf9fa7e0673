## /stats (issue 6). Ключи — постоянные идентификаторы.

stats-title = Показатели консультаций на { $date }
stats-none = Материалы пока не поступали.
stats-total = Получено материалов (не отозванных): { $count }
stats-withdrawn = Отозвано материалов: { $count }
stats-countries = Ответившие страны: { $answered } из { $invited } приглашенных
stats-other-respondents = Другие респонденты (не входящие в список приглашенных стран): { $count }
stats-topics-heading = По темам:
stats-topic-line = • { $topic }: { $count }
stats-days-heading = По дням первого представления (время: { $zone }):
stats-day-line = • { $date }: { $count }
stats-days-earlier = Не показано более ранних дней: { $count }
stats-chart-title = Полученные материалы
stats-chart-topics = По темам
stats-chart-days = По дням
stats-chart-count = Материалы
stats-chart-caption = Материалы по темам и по дням
