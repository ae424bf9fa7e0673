## /schedule: срок, даты совещания и напоминания.

schedule-title = График консультаций
schedule-deadline = Срок представления материалов: { $deadline }
schedule-meeting = Совещание: { $meeting }
schedule-reminders-title = Запланированные напоминания:
schedule-reminders-none = Напоминания не запланированы.
schedule-days-before = { $days ->
    [one] за { $days } день до истечения срока
    [few] за { $days } дня до истечения срока
   *[many] за { $days } дней до истечения срока
}
schedule-reminder-line = • { $offset }: { $when } (получателей на данный момент: { $count })
schedule-history-title = Прежние напоминания:
schedule-reminder-sent = • { $offset }: отправлено { $when }
schedule-reminder-skipped = • { $offset }: не отправлено (срок истек или его заменило более позднее напоминание)
schedule-reminder-cancelled = • { $offset }: отменено
schedule-change-deadline = Изменить срок
schedule-change-meeting = Изменить даты совещания
schedule-add-reminder = Добавить напоминание
schedule-cancel-reminder = Отменить напоминание
schedule-close = Закрыть
schedule-back-button = Назад
schedule-confirm-button = Подтвердить
schedule-ask-deadline = Пожалуйста, введите новый срок в формате год-месяц-день и время (часовой пояс: { $zone }), например: { $example }
schedule-ask-meeting = Пожалуйста, введите первый и последний дни совещания в формате год-месяц-день, например: { $example }
schedule-ask-offset = За сколько дней до истечения срока следует отправить напоминание? Пожалуйста, введите число от 1 до { $max }.
schedule-bad-date = Не удалось прочитать эту дату. Пожалуйста, напишите ее в таком виде: { $example }
schedule-deadline-past = Новый срок должен быть в будущем. Пожалуйста, введите другую дату.
schedule-deadline-before-opening = Срок должен наступать после начала консультаций ({ $opens }). Пожалуйста, введите другую дату.
schedule-deadline-after-meeting = Срок должен истекать до начала совещания, которое открывается { $meeting }. Пожалуйста, введите более раннюю дату или сначала измените даты совещания.
schedule-meeting-order = Последний день совещания не может предшествовать первому. Пожалуйста, введите даты еще раз.
schedule-meeting-before-deadline = Совещание должно открываться после истечения срока представления материалов ({ $deadline }). Пожалуйста, введите более поздние даты или сначала измените срок.
schedule-bad-offset = Пожалуйста, введите целое число от 1 до { $max }.
schedule-offset-past = При нынешнем сроке это напоминание пришлось бы на прошедшее время ({ $when }). Пожалуйста, введите меньшее число.
schedule-offset-exists = Напоминание { $offset } уже запланировано.
schedule-confirm-deadline = Изменить срок с { $old } на { $new }? Напоминания будут перенесены соответствующим образом.
schedule-confirm-meeting = Изменить даты совещания ({ $old }) на { $new }?
schedule-changed = Изменение сохранено, напоминания перенесены.
schedule-reminder-added = Напоминание добавлено.
schedule-reminder-removed = Напоминание отменено.
schedule-pick-reminder = Какое напоминание следует отменить?
schedule-reminder-button = { $offset }: { $date }
schedule-closed = График закрыт.
schedule-use-buttons = Пожалуйста, воспользуйтесь кнопками ниже.
schedule-text-only = Пожалуйста, введите ответ в виде текста.
schedule-cancelled = Ничего не изменено.
