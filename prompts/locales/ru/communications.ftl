## Сообщения (issue 17): записка в шести языковых вариантах, ее документы, время отправки,
## сохраненные шаблоны и история каждой рассылки и каждого напоминания (/broadcasts).

broadcast-kind-template = Сохраненный шаблон
broadcast-ask-version = Просьба ввести вариант сообщения на языке: { $name } (не более { $max } знаков). Он будет отправлен в точности так, как написан, под заголовком на языке получателя.
broadcast-versions-format = Можно также отправить все варианты сразу одним документом в формате простого текста (.txt, UTF-8), поместив каждый вариант под строкой, содержащей только код его языка в квадратных скобках: [ar], [zh], [en], [fr], [ru] или [es].
broadcast-version-saved = Вариант на языке «{ $name }» сохранен.
broadcast-versions-given = Представленные варианты: { $names }
broadcast-versions-missing = Недостающие варианты: { $names }
broadcast-versions-all-given = Представлены все шесть языковых вариантов. Нажмите «Готово», чтобы продолжить, или кнопку языка, чтобы ввести его вариант заново.
broadcast-version-button = { $name }
broadcast-version-button-given = ✓ { $name }
broadcast-versions-done = Готово
broadcast-version-choose-language = Просьба сначала выбрать кнопкой язык варианта, который Вы хотите ввести.
broadcast-versions-file-type = Файл «{ $name }» нельзя прочитать как языковые варианты: просьба отправить документ в формате простого текста (.txt).
broadcast-versions-file-bad = Не удалось прочитать варианты из файла «{ $name }». Каждый вариант должен стоять под строкой, содержащей только код его языка в квадратных скобках, например [en] или [fr]; перед первой такой строкой не должно быть текста, каждый язык указывается один раз, а каждый вариант должен содержать не более { $max } знаков.
broadcast-versions-file-read = Из файла «{ $name }» прочитаны варианты: { $names }.
broadcast-versions-or-audience = Когда все варианты, которые Вы хотите представить, будут введены, просьба выбрать получателей:

broadcast-templates-title = Сохраненные шаблоны:
broadcast-template-line = • { $name } ({ $languages })
broadcast-template-use = Использовать «{ $name }»
broadcast-template-delete = Удалить «{ $name }»
broadcast-template-deleted = Шаблон удален.
broadcast-templates-none = Сохраненных шаблонов пока нет. Собственное сообщение можно сохранить как шаблон на этапе предварительного просмотра.
broadcast-template-loaded = Шаблон «{ $name }» загружен. Его варианты можно изменить или дополнить.
broadcast-save-template = Сохранить как шаблон
broadcast-template-ask-name = Просьба ввести название этого шаблона (не более { $max } знаков). Шаблон с таким же названием будет заменен.
broadcast-template-saved = Варианты этого сообщения сохранены как шаблон «{ $name }».
broadcast-templates-full = Шаблон не удалось сохранить: можно хранить не более { $max } шаблонов. Просьба сначала удалить один из них.

broadcast-ask-files = К этому сообщению можно приложить документы (PDF, DOC, DOCX или ODT, не более { $max }), например вербальную ноту: просьба отправить каждый из них в виде файла. Документ направляется всем получателям, если только Вы не нажмете его кнопку, чтобы направить его получателям одного языка.
broadcast-files-attached = Приложено документов: { $count }
broadcast-file-received = Документ получен: { $name }.
broadcast-file-language = { $name }: для получателей — { $audience }
broadcast-file-for-everyone = все получатели
broadcast-file-remove = Убрать { $name }
broadcast-files-done = Продолжить
broadcast-files-none = Продолжить без документов
broadcast-files-only = Просьба отправить документы в виде файлов или нажать одну из кнопок ниже.
broadcast-files-too-many = Файл «{ $name }» не добавлен: к рассылке можно приложить не более { $max_files } документов.
broadcast-preview-files = Прилагаемые документы: { $names }
broadcast-change-files = Приложить или изменить документы

broadcast-choose-when = Когда его отправить?
broadcast-when-now = Сейчас
broadcast-when-at = В указанные мной дату и время
broadcast-when-office-hours = В ближайшие рабочие часы в стране каждого получателя
broadcast-ask-time = Просьба ввести дату и время отправки в Вашем часовом поясе, например: { $example }
broadcast-bad-time = Не удалось прочитать дату и время. Просьба ввести их так, как в этом примере: 2013-01-20 10:00.
broadcast-time-past = Этот момент уже прошел. Просьба указать будущие дату и время.
broadcast-change-when = Изменить время отправки
broadcast-when-line-now = Сообщение будет отправлено, как только Вы нажмете «Отправить».
broadcast-when-line-at = Сообщение будет отправлено { $at }.
broadcast-when-line-office-hours = Сообщение будет отправлено в рабочие часы в стране каждого получателя: сейчас — получателей: { $now }, позднее — получателей: { $later }.
broadcast-queued-scheduled = Рассылка { $id } будет отправлена в выбранное время. До тех пор ее можно отменить командой /broadcasts.

broadcast-missing-no-recipients = Нет варианта на языках: { $names } (среди получателей нет читающих на этих языках).
broadcast-fallback-needed = Нет варианта на языке «{ $missing }»: просьба выбрать кнопками ниже, какой вариант получат его получатели (число: { $count }).
broadcast-fallback-set = Нет варианта на языке «{ $missing }»: его получатели (число: { $count }) получат вариант на языке «{ $chosen }».
broadcast-fallback-button = Получатели на языке «{ $missing }»: отправить вариант на языке «{ $chosen }»

## История (/broadcasts).

broadcasts-none = Ни одной рассылки или напоминания еще не отправлено.
broadcasts-title = Рассылки и напоминания, начиная с последних (страница { $page } из { $pages }; всего { $total }):
broadcasts-line = № { $id }: { $kind }, { $when }. Документы: { $documents }.
broadcasts-kind-note = Сообщение секретариата
broadcasts-kind-scheduled-reminder = Запланированное напоминание
broadcasts-when-now = поставлена в очередь { $created }
broadcasts-when-at = поставлена в очередь { $created } на { $at }
broadcasts-when-office-hours = поставлена в очередь { $created } на рабочие часы
broadcasts-counts = Получатели: { $total }. Отправлено: { $sent }. Под сомнением: { $doubt }. Не удалось: { $failed }. Заблокировали бота или недоступны: { $blocked }. Не отправлено (уже не нужно или отменено): { $skipped }.
broadcasts-counts-waiting = { " " }Осталось отправить: { $waiting }.
broadcasts-open = № { $id }
broadcasts-newer = Более поздние
broadcasts-older = Более ранние
broadcasts-back = Вернуться к списку
broadcasts-detail = Рассылка № { $id }: { $kind }, { $when }.
broadcasts-resend-of = Она повторяет рассылку № { $id } для тех, до кого та не дошла.
broadcasts-documents = Документы: { $names }
broadcasts-not-reached-title = Не получили ({ $count }):
broadcasts-not-reached-line = • { $country }: { $name } ({ $reason })
broadcasts-not-reached-more = … и еще { $count } (см. отчет).
broadcasts-skipped-title = Не отправлено ({ $count }):
broadcasts-next-at = Следующая доставка запланирована на { $at }.
broadcasts-reason-cancelled = запланированная отправка отменена
broadcasts-reason-erased = данные этого лица удалены
broadcasts-reason-submitted = страна представила свои материалы
broadcasts-reason-deadline = срок уже истек
broadcasts-reason-skipped = уже не нужно
broadcasts-reason-waiting = еще не отправлено
broadcasts-resend = Отправить повторно тем, кто не получил ({ $count })
broadcasts-resend-queued = Рассылка { $id } поставлена в очередь: повтор рассылки { $original } для получателей, до которых она не дошла (число: { $count }).
broadcasts-resend-nobody = Повторно отправлять некому: все, кто не получил сообщение, вышли из консультации, или оно уже отправляется им повторно.
broadcasts-cancel = Отменить запланированную отправку ({ $count })
broadcasts-cancelled = Запланированная отправка рассылки { $id } отменена. Не будет отправлено сообщений: { $count }.
broadcasts-cancel-too-late = Отменять уже нечего: сообщения этой рассылки уже отправлены.
broadcasts-export-xlsx = Отчет о доставке (XLSX)
broadcasts-export-csv = Отчет о доставке (CSV)
broadcasts-report-title = Рассылка { $id }
broadcasts-report-caption = Отчет о доставке рассылки { $id }. Получатели: { $rows }.
broadcasts-column-country = Страна
broadcasts-column-name = Имя
broadcasts-column-language = Язык
broadcasts-column-status = Статус
broadcasts-column-reason = Причина
broadcasts-column-doubt = Под сомнением (мог получить два экземпляра)
broadcasts-column-attempts = Попытки
broadcasts-column-sent-at = Дата отправки
broadcasts-status-pending = ожидает отправки
broadcasts-status-sending = отправляется
broadcasts-status-sent = отправлено
broadcasts-status-failed = не удалось
broadcasts-status-unreachable = недоступен
broadcasts-status-skipped = не отправлено
broadcasts-yes = да

## /schedule: the documents the automatic reminders carry
schedule-documents-button = Документы к напоминаниям
schedule-documents-ask = Приведенные ниже документы прилагаются к каждому автоматическому напоминанию по этой консультации (PDF, DOC, DOCX или ODT, не более { $max }), например вербальная нота: чтобы добавить документ, отправьте его в виде файла. Документ направляется всем получателям, если только вы не нажмете его кнопку, чтобы предназначить его получателям на одном языке. Уже отправленные напоминания не изменяются.
schedule-documents-back = Вернуться к графику
schedule-documents-line = Документы, прилагаемые к напоминаниям: { $count }
schedule-documents-too-many = Файл «{ $name }» не добавлен: к напоминаниям можно приложить не более { $max_files } документов.
