## Рассылки (/broadcast), отчеты о доставке и тексты, направляемые координаторам.

broadcast-choose-message = Что Вы хотите направить национальным координаторам?
broadcast-kind-invitation = Повторное приглашение
broadcast-kind-reminder = Напоминание
broadcast-kind-custom = Собственный текст
broadcast-cancel-button = Отмена
broadcast-ask-text = Пожалуйста, введите текст сообщения. Оно будет отправлено в том виде, в каком Вы его напишете, под заголовком на языке каждого получателя (максимальное число знаков: { $max }).
broadcast-text-only = Пожалуйста, введите сообщение в виде текста: стикеры, фотографии, голосовые сообщения и файлы разослать нельзя.
broadcast-use-buttons = Пожалуйста, выберите один из вариантов с помощью кнопок ниже.
broadcast-choose-audience = Кому направить сообщение?
broadcast-choose-audience-reminder = Кому направить сообщение?

    Напоминание не направляется странам, материалы которых уже получены: приведенные ниже цифры их не учитывают.
broadcast-audience-all = Всем утвержденным координаторам ({ $count })
broadcast-audience-not-submitted = Странам, еще не представившим материалы ({ $count })
broadcast-audience-countries = Выбранным мною странам
broadcast-ask-countries = Пожалуйста, введите страны через запятую: названия на любом из шести языков или коды ISO (например: Кения, Франция, CN). Когда список будет готов, нажмите «Готово».
broadcast-countries-selected = Выбрано стран: { $count }
broadcast-country-line = • { $country } (координаторов: { $focal })
broadcast-countries-unknown = Не распознано: { $names }. Пожалуйста, проверьте написание.
broadcast-countries-suggest = Возможно, под «{ $text }» Вы имели в виду одну из этих стран?
broadcast-countries-done = Готово
broadcast-countries-clear = Очистить список
broadcast-countries-empty = Пожалуйста, добавьте хотя бы одну страну, прежде чем нажать «Готово».
broadcast-no-recipients = Этому выбору не соответствует ни один утвержденный координатор. Пожалуйста, выберите других получателей.
broadcast-preview-title = Выше приводятся сообщения в том виде, в каком их увидят получатели, на каждом из их языков.
broadcast-preview-language = Предварительный просмотр (язык: { $name }; получателей: { $count }):
broadcast-confirm = Число получателей: { $count }. Отправить сообщение сейчас?
broadcast-confirm-unreachable = Из них в прошлый раз были недоступны (бот заблокирован или чат больше не существует): { $count }; попытка будет повторена.
broadcast-send-button = Отправить
broadcast-change-message = Изменить сообщение
broadcast-change-audience = Изменить получателей
broadcast-queued = Рассылка { $id } поставлена в очередь. Число получателей: { $count }. Ход ее выполнения будет отображаться в этом сообщении.
broadcast-queued-behind = Рассылок перед ней в очереди: { $count }. Она начнется, как только они будут завершены.
broadcast-cancelled = Рассылка отменена; ничего не отправлено.
broadcast-progress = Рассылка { $id }: отправлено { $sent } из { $total }, недоступно: { $unreachable }
broadcast-progress-failed = Не доставлено из-за ошибки: { $count }
broadcast-progress-skipped = Не отправлено, поскольку страна тем временем представила материалы: { $count }
broadcast-progress-deferred = Ожидают рабочего времени в стране получателя: { $count }
broadcast-report = Рассылка { $id } завершена: доставлено { $sent } из { $total }. Недоступно: { $unreachable }. Ошибки: { $failed }. Больше не требуется: { $skipped }.
broadcast-report-in-doubt = Сообщения, которые отправлялись в момент перезапуска и были отправлены повторно (эти получатели могли получить две копии): { $count }
broadcast-report-unreachable-title = Не удалось связаться:
broadcast-report-unreachable-line = • { $country }: { $name } ({ $reason })
broadcast-reason-blocked = бот заблокирован
broadcast-reason-deactivated = учетная запись удалена
broadcast-reason-chat-not-found = чат больше не существует
broadcast-reason-failed = ошибка доставки

## Направляется координаторам (заголовок текста секретариата; напоминание).

broadcast-custom-text =
    Сообщение секретариата Программы Организации Объединенных Наций по окружающей среде:

    { $text }
broadcast-reminder-text =
    Напоминание секретариата Программы Организации Объединенных Наций по окружающей среде

    { $title }

    Секретариат еще не получил материалы Вашего правительства. Просим представить их не позднее { $deadline }, до начала совещания ({ $meeting }). Чтобы представить замечание, пожалуйста, нажмите кнопку ниже или отправьте /comment.
