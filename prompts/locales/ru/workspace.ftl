## Рабочее пространство секретариата: справочник координаторов (/focalpoints), оповещения (/alerts), журнал аудита (/audit).

help-workspace-staff =
    /focalpoints — справочник национальных координаторов
    /alerts — оповещения о новых и пересмотренных представлениях
help-workspace-admin =
    /audit — журнал аудита

## /focalpoints

fp-title = Национальные координаторы: { $total } (страница { $page } из { $pages })
fp-title-search = Национальные координаторы по запросу «{ $text }»: { $total } (страница { $page } из { $pages })
fp-none = Пока не зарегистрирован ни один национальный координатор.
fp-none-search = По запросу «{ $text }» национальных координаторов не найдено. Чтобы увидеть всех, введите /focalpoints без уточнений.
fp-search-hint = Для поиска введите /focalpoints и затем имя, адрес электронной почты или название государства.
fp-entry =
    { $number }. { $country }: { $name }
    { $title }, { $organisation }
    { $email } · { $lang } · { $status }
    { $registered } · Последняя активность: { $activity }
fp-status-active = действует
fp-status-deactivated = деактивирован
fp-status-pending = ожидает утверждения
fp-status-rejected = не утвержден
fp-via-link = зарегистрирован по ссылке, созданной пользователем { $by }
fp-via-link-anonymous = зарегистрирован по ссылке-приглашению
fp-via-approval = утвержден пользователем { $by } { $date }
fp-via-approval-anonymous = утвержден секретариатом
fp-via-undecided = зарегистрирован без ссылки { $date }
fp-activity-none = нет
fp-open = { $number }
fp-page-previous = ‹ Назад
fp-page-next = Далее ›
fp-export-xlsx = Выгрузить (XLSX)
fp-export-csv = Выгрузить (CSV)
fp-export-caption = Справочник национальных координаторов по состоянию на { $date }: записей — { $count }.
fp-card =
    { $name }
    Должность: { $title }
    Организация: { $organisation }
    Электронная почта: { $email }
    Государство: { $country }
    Язык: { $lang }
    Статус: { $status }
    Регистрация: { $registered }
    Последняя активность: { $activity }
    Представления: { $submissions }
    Идентификатор Telegram: { $telegram_id }
fp-card-deactivated = Деактивирован { $date } (пользователь: { $by }). Причина: { $reason }
fp-card-rejected = Указанная причина: { $reason }
fp-deactivate = Деактивировать
fp-reactivate = Восстановить
fp-move = Перевести в другое государство
fp-successor = Пригласить преемника
fp-back = ‹ Назад к списку
fp-gone = Этого лица больше нет в справочнике.
fp-deactivate-why = По какой причине деактивируется { $name } ({ $country })? Просим выбрать причину или ввести свою. Она будет сообщена этому лицу на его языке.
fp-type-reason = Просим ввести причину одним сообщением (не более { $max } знаков). Она будет сообщена этому лицу в том виде, в каком Вы ее напишете. /cancel — прекратить без изменений.
fp-reason-too-long = Причина содержит { $length } знаков; допускается не более { $max }. Просим сократить текст и отправить его снова.
fp-reason-not-text = Просим ввести причину текстовым сообщением или отправить /cancel, чтобы прекратить.
fp-deactivate-confirm =
    Деактивировать { $name } ({ $country })?
    Причина: { $reason }

    Это лицо больше не сможет представлять замечания; уже представленное сохраняется. Ему будет сообщено об этом на его языке.
fp-deactivate-yes = Да, деактивировать
fp-no = Нет, вернуться
fp-deactivated-staff = { $name } ({ $country }): регистрация деактивирована, лицу будет сообщено.
fp-reactivate-confirm = Восстановить { $name } ({ $country })? Это лицо вновь сможет представлять замечания, и ему будет сообщено.
fp-reactivate-yes = Да, восстановить
fp-reactivated-staff = { $name } ({ $country }): регистрация восстановлена, лицу будет сообщено.
fp-not-possible = Это уже невозможно: текущий статус лица — «{ $status }».
fp-move-ask = В какое государство перевести { $name }? Просим ввести его название. /cancel — прекратить без изменений.
fp-move-which = Какое государство Вы имеете в виду под «{ $text }»? Просим выбрать:
fp-move-unknown = «{ $text }» не является известным нам государством или организацией. Просим ввести название на одном из шести языков или код ISO.
fp-move-same = { $name } уже представляет государство { $country }. Просим ввести другое государство.
fp-move-confirm = Перевести { $name } из государства { $from } в государство { $to }? Его представления остаются за государством { $from }. Ему будет сообщено.
fp-move-yes = Да, перевести
fp-moved-staff = { $name } теперь представляет государство { $to }.
fp-cancelled = Ничего не изменено.

## Типовые причины (сообщаются лицу на его языке)

reason-left-post = Лицо покинуло свою должность.
reason-replaced = Правительство назначило другого координатора.
reason-not-designated = Лицо не было назначено соответствующим правительством.
reason-forwarded-link = Ссылка-приглашение была передана лицу, которому она не предназначалась.
reason-not-government = Представленные сведения не указывают на государственный орган.
reason-unverified = Представленные сведения не удалось проверить.
reason-type = Ввести другую причину

## Что сообщается координатору

fp-you-are-deactivated = Секретариат деактивировал Вашу регистрацию в качестве национального координатора (страна: { $country }). Вы больше не можете представлять замечания через этого бота; уже представленные Вами замечания сохраняются. Причина: { $reason }
fp-you-are-reactivated = Ваша регистрация в качестве национального координатора (страна: { $country }) восстановлена. Вы вновь можете представлять замечания.
fp-you-are-moved = Ваша регистрация в качестве национального координатора теперь относится к государству { $country }.
fp-rejected-reason = Причина: { $reason }
prof-status-deactivated = Статус: регистрация деактивирована секретариатом.
access-deactivated = Секретариат деактивировал Вашу регистрацию в качестве координатора, поэтому Вы больше не можете представлять замечания. Если Вы считаете это ошибкой, просим связаться с секретариатом.

## Отклонение регистрации

role-reject-why = По какой причине не утверждается регистрация { $name } ({ $country })? Просим выбрать причину или ввести свою. Она будет сообщена этому лицу на его языке.
role-reject-none = Отклонить без указания причины

## /alerts

alerts-title = Оповещения о новых и пересмотренных представлениях. Просим выбрать консультацию:
alerts-line = { $consultation }: { $mode }
alerts-mode-immediate = о каждом представлении сразу
alerts-mode-digest = ежедневная сводка в { $hour } ({ $zone })
alerts-mode-off = без оповещений
alerts-none = Нет консультаций, за которыми можно следить.
alerts-choose-mode = { $consultation }. Сейчас: { $mode }. Как Вы хотели бы узнавать о новых и пересмотренных представлениях?
alerts-button-immediate = Сразу
alerts-button-digest = Ежедневная сводка
alerts-button-off = Без оповещений
alerts-choose-hour = В котором часу отправлять сводку?
alerts-choose-zone = В каком часовом поясе указано время { $hour }?
alerts-saved = Сохранено. { $consultation }: { $mode }.
alert-new = Новое представление { $reference } (страна: { $country }): { $topic }, { $type }.
alert-revised = Представление { $reference } (страна: { $country }) пересмотрено (версия { $version }): { $topic }, { $type }.
alert-paragraph = Пункт { $paragraph } доклада.
alert-title = { $consultation }
digest-title = Ежедневная сводка, { $consultation }: новых или пересмотренных представлений с { $since } — { $count }.
digest-new = • { $reference } · { $country } · { $topic } (новое)
digest-revised = • { $reference } · { $country } · { $topic } (версия { $version })
digest-more = … и еще { $count }.

## /audit

audit-title = Журнал аудита: записей — { $count }, сначала самые новые.
audit-filter = Отбор: { $filter }
audit-entry =
    { $number }. { $when } · { $action }
    Кем: { $actor }
    Объект: { $subject }
audit-details = Подробности: { $details }
audit-actor = { $name } (участник { $participant }, Telegram { $telegram })
audit-actor-bot = бот
audit-actor-erased = лицо, данные которого удалены
audit-actor-unnamed = участник { $participant }, Telegram { $telegram }
audit-none = Подходящих записей нет.
audit-older = Более ранние ›
audit-newest = ‹‹ Самые новые
audit-usage = /audit показывает последние записи журнала аудита. Чтобы сузить отбор: /audit person <номер участника>, /audit state <государство>, /audit action <действие>, /audit ref <условное обозначение представления>.
audit-bad-filter = Запрос «{ $text }» непонятен.
audit-unknown-state = «{ $text }» не является известным нам государством или организацией.

## Справочник в виде файла (XLSX и CSV)

fpx-sheet = Координаторы
fpx-col-country-code = Код
fpx-col-country = Государство
fpx-col-title = Должность
fpx-col-name = Имя
fpx-col-organisation = Организация
fpx-col-email = Электронная почта
fpx-col-language = Язык
fpx-col-status = Статус
fpx-col-registered-via = Способ регистрации
fpx-col-registered-by = Ссылку создал или регистрацию утвердил
fpx-col-registered-at = Регистрация (UTC)
fpx-col-last-activity = Последняя активность (UTC)
fpx-col-submissions = Представления
fpx-col-deactivated-at = Деактивация (UTC)
fpx-col-reason = Причина
fpx-col-telegram-id = Идентификатор Telegram
fpx-via-link = ссылка
fpx-via-approval = утверждение
fpx-via-undecided = решение не принято
