## Изменение сроков (issue 17): продление срока для отдельных государств, уведомления об изменениях, предупреждения о неотправленных проектах, просьбы о продлении и сведения в /schedule.

deadlines-help-staff = /extensions: продление срока, предоставленное отдельным государствам, и просьбы о продлении

deadlines-extended-notice = Секретариат имеет честь сообщить, что срок представления материалов для консультаций «{ $title }» продлен до { $deadline } (ранее: { $previous }).
deadlines-brought-forward-notice = Секретариат имеет честь сообщить, что срок представления материалов для консультаций «{ $title }» перенесен на более раннюю дату: { $deadline } (ранее: { $previous }). Материалы, полученные после этого времени, не могут быть приняты.
deadlines-state-extended-notice = Секретариат имеет честь сообщить, что в рамках консультаций «{ $title }» следующему государству предоставлено продление срока: { $country }. Материалы могут быть представлены до { $deadline }.
deadlines-state-revoked-notice = Секретариат имеет честь сообщить, что продление срока в рамках консультаций «{ $title }», предоставленное следующему государству, отменено: { $country }. Срок истекает { $deadline }.
deadlines-warning-day = У Вас есть проект замечания по консультациям «{ $title }», который еще не отправлен. Срок истекает { $deadline }, через сутки: просим завершить и отправить замечание до этого времени.
deadlines-warning-hour = У Вас есть проект замечания по консультациям «{ $title }», который еще не отправлен. Срок истекает { $deadline }, через час: просим отправить замечание сейчас.
deadlines-request-notice = Национальный координатор просит продлить срок в рамках консультаций «{ $title }» для следующего государства: { $country }. Просим предоставить продление, указав новую дату, или отклонить просьбу, указав причину.
deadlines-request-grant = Предоставить продление
deadlines-request-decline = Отклонить
deadlines-declined-notice = Секретариат внимательно рассмотрел Вашу просьбу о продлении срока в рамках консультаций «{ $title }» и, к сожалению, не может ее удовлетворить по следующей причине: { $reason }

deadlines-draft-closed = Консультации завершились { $deadline }: это замечание больше нельзя отправить. Ваш проект сохранен без изменений.
deadlines-draft-title = Ваш проект, не отправленный:
deadlines-draft-offer-request = Если Вашему правительству требуется больше времени, Вы можете обратиться в секретариат с просьбой о продлении срока.
deadlines-ask-button = Просить о продлении срока
deadlines-request-sent = Ваша просьба о продлении срока передана в секретариат. О его решении Вам сообщат здесь.
deadlines-request-pending = Просьба о продлении срока для Вашего государства уже находится на рассмотрении секретариата. О его решении Вам сообщат здесь.

deadlines-reminder-delivered = • { $offset }: отправлено { $when }, получателей: { $count }
deadlines-reminder-queued = • { $offset }: поставлено в очередь { $when }, еще не доставлено
deadlines-reminder-waiting = (ожидают рабочего времени сообщений: { $count }, начиная с { $when })
deadlines-reminder-not-delivered = • { $offset }: не доставлено (сообщений: { $count }; государство уже представило материалы, срок истек до начала рабочего времени или получатель был недоступен)
deadlines-skipped-no-civil-hour = • { $offset }: не отправлено (в странах получателей до истечения срока не оставалось ни рабочего, ни дневного времени)
deadlines-skipped-already-reminded = • { $offset }: не отправлено (все адресаты уже получили это напоминание)
deadlines-skipped-nobody = • { $offset }: не отправлено (все соответствующие государства представили материалы)
deadlines-skipped-deadline-moved = • { $offset }: не отправлено (при новом сроке его время уже прошло)
deadlines-schedule-state = Продление срока для государства { $country }: до { $deadline }
deadlines-schedule-state-withdrawn = Продление срока для государства { $country } (отменено):
deadlines-notice-preview = Это уведомление будет отправлено в рабочее время страны каждого получателя. Число получателей (координаторы соответствующих государств, не представивших материалы, и все, у кого есть неотправленный проект): { $count }.

deadlines-title = Продление срока: { $title }
deadlines-none = Продление срока не предоставлялось.
deadlines-line = • { $country }: до { $deadline } (предоставлено { $granted })
deadlines-requests-title = Просьбы, ожидающие ответа:
deadlines-request-line = • { $country }, получена { $when }
deadlines-grant-button = Предоставить продление
deadlines-withdraw-button = Отменить продление
deadlines-close-button = Закрыть
deadlines-back-button = Назад
deadlines-confirm-button = Подтвердить
deadlines-ask-state = Просим ввести название государства, которому предоставляется продление срока.
deadlines-unknown-state = Это название не распознано как название государства. Просим ввести его снова, например: Кения
deadlines-state-candidates = Это название распознано неточно. Возможно, имеется в виду: { $names }? Просим ввести название снова.
deadlines-ask-date = Срок для государства { $country } истекает { $deadline }. Просим ввести новый срок в формате год-месяц-день и час, по времени города { $zone }, например: { $example }
deadlines-date-not-later = Продленный срок должен истекать позднее, чем { $deadline }. Просим ввести более позднюю дату.
deadlines-confirm-grant = Предоставить государству { $country } продление срока до { $deadline }?
deadlines-confirm-withdraw = Отменить продление срока, предоставленное государству { $country }? Срок снова будет истекать { $deadline }.
deadlines-pick-withdraw = Какое продление срока следует отменить?
deadlines-pick-line = { $country }: { $date }
deadlines-granted = Государству { $country } предоставлено продление срока до { $deadline }; его напоминания перенесены.
deadlines-withdrawn = Продление срока, предоставленное государству { $country }, отменено.
deadlines-ask-reason = Просим ввести причину отказа на просьбу государства { $country } (не более { $max } знаков). Координатор получит ее в том виде, в каком Вы ее напишете.
deadlines-bad-reason = Просим ввести причину текстом, не более { $max } знаков.
deadlines-declined = Просьба государства { $country } отклонена, его координатор уведомлен.
deadlines-request-answered = На эту просьбу уже дан ответ.
deadlines-use-buttons = Просим воспользоваться кнопками ниже.
deadlines-text-only = Просим ввести ответ текстом.
deadlines-cancelled = Ничего не изменено.
deadlines-closed = Раздел продления сроков закрыт.

# Выгрузка неотправленных проектов (/extensions).
deadlines-unsent-button = Неотправленные проекты (CSV)
deadlines-unsent-none = Неотправленных проектов нет: все начатые замечания отправлены или удалены.
deadlines-unsent-caption = Неотправленные проекты: { $count }. Эти замечания не были отправлены и не входят в число полученных материалов.
deadlines-unsent-mark = НЕОТПРАВЛЕННЫЙ ПРОЕКТ
deadlines-col-status = Статус
deadlines-col-country = Государство
deadlines-col-focal-point = Национальный координатор
deadlines-col-saved = Последнее сохранение
deadlines-col-topic = Тема
deadlines-col-type = Вид замечания
deadlines-col-paragraph = Пункт
deadlines-col-comment = Замечание (проект)
deadlines-col-proposed = Предлагаемый текст (проект)
deadlines-col-revises = Новая версия материала

# Завершение консультаций до истечения срока (/consultations).
deadlines-closed-early-notice = Секретариат имеет честь сообщить, что консультации «{ $title }» завершены { $deadline }, до истечения срока. Представлять материалы больше нельзя; уже представленные материалы сохранены.
deadlines-confirm-close = Завершить консультации № { $id } ({ $title }) сейчас, до истечения срока?
deadlines-confirm-close-button = Завершить сейчас
