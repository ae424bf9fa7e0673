## Замечания: /comment (подготовка, предварительный просмотр, подтверждение), /mycomments (пересмотр, отзыв), /verify.

## Начало и сроки

comment-intro = { $title }
    Вы собираетесь представить замечание от имени Вашей страны. Мы проведем Вас через шесть коротких шагов; все, что Вы вводите, сохраняется по ходу работы, и перед отправкой Вы сможете все проверить.
comment-closed = Благодарим Вас за интерес. Консультации завершились { $deadline }: представлять и изменять замечания больше нельзя. Если Вам требуется дополнительное время, просим обратиться в секретариат, который может продлить срок.
comment-not-open = Консультации еще не открыты: замечания можно будет представлять начиная с { $opens }.

## Шаги

comment-ask-topic = Шаг 1 из 6. К какой теме относится Ваше замечание?
comment-ask-type = Шаг 2 из 6. К какому виду относится замечание? (Тема: { $topic })
comment-ask-paragraph = Шаг 3 из 6. Относится ли Ваше замечание к определенному пункту доклада «{ $document }»? Просим выбрать его номер (от { $first } до { $last }) или ввести его, либо нажать «Без привязки к пункту».
comment-paragraph-shown = Пункт { $number } доклада:
    { $text }
comment-paragraph-invalid = В докладе нет пункта «{ $input }». Просим выбрать номер от { $first } до { $last } или нажать «Без привязки к пункту».
comment-paragraph-expected = Просим выбрать пункт с помощью кнопок или ввести его номер.
comment-ask-comment = Шаг 4 из 6. Просим ввести Ваше замечание. Длинный текст можно отправить несколькими сообщениями: они будут объединены по порядку. Максимальное число знаков: { $max }.
comment-ask-new-comment = Просим отправить новый текст замечания: он заменит нынешний текст (знаков: { $length }). Максимальное число знаков: { $max }. Вы также можете сохранить нынешний текст.
comment-part-received = Получено. Число знаков в замечании: { $length } (максимум: { $max }); число сообщений: { $parts }. Вы можете продолжить текст следующими сообщениями или нажать «Замечание готово».
comment-too-long = Это сообщение не добавлено: с ним число знаков в замечании составило бы { $length }, что превышает максимум ({ $max }). Полученный ранее текст (знаков: { $current }) сохранен. Просим отправить более короткий текст или приложить объемный документ на шаге вложений.
comment-empty = Это сообщение пустое. Просим ввести текст.
comment-need-text = Замечание пока пустое. Просим ввести его, прежде чем продолжить.
comment-ask-proposed = Шаг 5 из 6. Если Вы предлагаете новую формулировку текста доклада, просим отправить ее сейчас одним сообщением. В противном случае нажмите кнопку ниже.
comment-proposed-received = Предлагаемая формулировка получена (знаков: { $length }).
comment-proposed-too-long = Число знаков в предлагаемой формулировке ({ $length }) превышает максимум ({ $max }). Просим отправить более короткий текст.
comment-ask-attachments = Шаг 6 из 6. Вы можете приложить документы в формате PDF, DOC, DOCX или ODT размером до 20 МБ каждый, не более { $max_files }. Просим отправить их сейчас в виде файлов. Приложено документов: { $count }.
comment-size-kb = { $size } КБ
comment-file-received = Документ получен: { $name } ({ $size }).
    SHA-256: { $sha256 }
comment-file-type = Файл «{ $name }» не может быть принят: принимаются только документы PDF, DOC, DOCX и ODT (об этом должны говорить и имя файла, и его тип). Просим преобразовать его и отправить снова.
comment-file-too-big = Файл «{ $name }» не может быть принят: его размер превышает 20 МБ — максимальный размер, который может получить бот. Просим отправить облегченную версию или направить файл в секретариат по электронной почте.
comment-file-empty = Файл «{ $name }» пуст. Просим отправить его снова.
comment-file-content = Файл «{ $name }» не может быть принят: его содержимое не является действительным документом PDF, DOC, DOCX или ODT, хотя имя файла указывает на это. Просим проверить файл и отправить его снова.
comment-file-too-many = Файл «{ $name }» не добавлен: максимальное число документов, прилагаемых к замечанию, — { $max_files }. Сначала Вы можете удалить один из них.
comment-file-duplicate = Файл «{ $name }» уже приложен.
comment-file-download-failed = Не удалось получить файл «{ $name }» из-за проблемы со связью. Просим отправить его снова.
comment-file-photo = Фотографии приложить нельзя. Просим отправить документ в виде файла (PDF, DOC, DOCX или ODT).
comment-files-expected = На этом шаге просим отправлять документы в виде файлов или нажать кнопку ниже, чтобы продолжить.

## Предварительный просмотр

comment-preview-title = Просим проверить замечание перед отправкой.
comment-preview-revision = Это пересмотренный вариант { $reference }: он будет записан как новая версия, прежние версии сохраняются.
comment-preview-topic = Тема: { $topic }
comment-preview-type = Вид: { $type }
comment-preview-paragraph = Пункт доклада: { $paragraph }
comment-preview-no-paragraph = Пункт доклада: не указан
comment-preview-comment = Замечание (знаков: { $length }):
comment-preview-shortened = (здесь в сокращении; будет записан полный текст)
comment-preview-proposed = Предлагаемая формулировка:
comment-preview-no-proposed = Предлагаемая формулировка: нет
comment-preview-attachments = Вложения ({ $count }):
comment-preview-no-attachments = Вложения: нет
comment-preview-question = Отправить замечание сейчас?
comment-edit-which = Какую часть Вы хотите изменить?

## Отправка и подтверждение

comment-receipt = Благодарим Вас. Ваше замечание зарегистрировано.
    Номер: { $reference }
    Версия: { $version }
    Дата и время регистрации: { $time }
    Цифровой отпечаток (SHA-256): { $fingerprint }
    Просим сохранить это подтверждение. В любое время отправьте /verify { $reference }, чтобы проверить, что хранящиеся данные по-прежнему имеют этот отпечаток. Любой координатор Вашей страны может увидеть замечание с помощью /mycomments.
comment-receipt-revision = Благодарим Вас. Новая версия замечания Вашей страны зарегистрирована; прежние версии сохраняются.
    Номер: { $reference }
    Версия: { $version }
    Дата и время регистрации: { $time }
    Цифровой отпечаток (SHA-256): { $fingerprint }
    В любое время отправьте /verify { $reference }, чтобы проверить, что хранящиеся данные по-прежнему имеют этот отпечаток.
comment-receipt-repeat = Номер: { $reference }
    Версия: { $version }
    Дата и время регистрации: { $time }
    Цифровой отпечаток (SHA-256): { $fingerprint }
comment-already-submitted = Это замечание уже отправлено и зарегистрировано только один раз. Ниже повторно приводится подтверждение.
comment-concurrent-revision = Обращаем Ваше внимание: пока Вы вносили изменения, другой координатор Вашей страны также пересмотрел { $reference }. Обе версии сохранены; Ваша — версия { $version }. Сравнить их можно в /mycomments.
comment-submit-withdrawn = Пока Вы вносили изменения, координатор Вашей страны отозвал { $reference }, поэтому его больше нельзя пересмотреть. Ваш текст сохранен: Вы можете отправить его как новое замечание.
comment-incomplete = В замечании не хватает обязательных частей. Просим их заполнить.

## Черновики, отмена, возобновление

comment-no-draft = У Вас нет незавершенного замечания. Отправьте /comment, чтобы начать.
comment-draft-open = У Вас есть незавершенное замечание (тема: { $topic }; знаков: { $length }; последнее сохранение: { $saved }). Хотите продолжить его или удалить и начать новое?
comment-draft-open-revision = У Вас есть незавершенный пересмотр { $reference } (последнее сохранение: { $saved }). Хотите продолжить его или удалить и начать заново?
comment-resumed = Продолжим с того места, где Вы остановились.
comment-cancel-confirm = Вы действительно хотите удалить этот черновик? Все, что Вы в нем ввели, будет удалено.
comment-discarded = Черновик удален.
comment-draft-kept-continue = Черновик сохранен. Продолжим.
comment-revise-intro = Вы пересматриваете { $reference }. За основу взят нынешний текст; измените любую часть с помощью кнопки «Изменить», затем отправьте его как версию { $version }.
comment-revise-unavailable = Это представление недоступно.
comment-revise-withdrawn = { $reference } отозвано, и его больше нельзя пересмотреть.

## Неподходящий ввод

comment-button-stale = Эта кнопка относится к одному из предыдущих шагов. Ничего не изменено; ниже повторно приводится текущий вопрос.
comment-text-only = На этом шаге я могу прочитать только введенный текст. Черновик сохранен; просим ввести ответ.
comment-use-buttons = Просим ответить с помощью кнопок ниже. Черновик сохранен.

## Кнопки

comment-btn-no-paragraph = Без привязки к пункту
comment-btn-comment-done = Замечание готово
comment-btn-keep-comment = Оставить нынешний текст
comment-btn-skip-proposed = Без формулировки
comment-btn-keep-proposed = Оставить формулировку
comment-btn-remove-proposed = Удалить формулировку
comment-btn-no-attachment = Без вложений
comment-btn-files-done = Продолжить
comment-btn-remove-file = Удалить { $name }
comment-btn-submit = Отправить
comment-btn-full-text = Показать полный текст
comment-btn-edit = Изменить
comment-btn-cancel = Отменить
comment-btn-edit-topic = Тема
comment-btn-edit-type = Вид
comment-btn-edit-paragraph = Пункт
comment-btn-edit-comment = Замечание
comment-btn-edit-proposed = Формулировка
comment-btn-edit-attachments = Вложения
comment-btn-back-to-preview = Вернуться к просмотру
comment-btn-continue = Продолжить черновик
comment-btn-start-new = Удалить и начать заново
comment-btn-discard = Да, удалить
comment-btn-keep-draft = Нет, сохранить
comment-btn-submit-as-new = Отправить как новое замечание

## /mycomments

mycomments-title = Замечания, представленные от страны: { $country }. Число представлений: { $count }. Выберите одно из них, чтобы просмотреть, пересмотреть или отозвать его.
mycomments-none = От страны { $country } замечаний пока не представлено. Отправьте /comment, чтобы представить замечание.
mycomments-item = { $reference } · { $topic } · версия { $version }
mycomments-item-withdrawn = { $reference } · { $topic } · отозвано
mycomments-detail = { $reference } — версия { $version } из { $versions }
    Статус: { $status }
    Тема: { $topic }
    Вид: { $type }
    Пункт доклада: { $paragraph }
    Представил(а): { $author }, { $time }
    Язык (определен автоматически): { $detected }
    Вложения: { $attachments }
    Цифровой отпечаток (SHA-256): { $fingerprint }
mycomments-excerpt = Замечание (знаков: { $length }):
mycomments-proposed = Предлагаемая формулировка:
mycomments-status-submitted = представлено
mycomments-status-withdrawn = отозвано { $time }
mycomments-none-value = нет
mycomments-none-attachments = нет
mycomments-language-und = не определен
mycomments-unknown-author = координатор
mycomments-version-line = Версия { $version }: { $time }, { $author }
    Отпечаток: { $fingerprint }
mycomments-versions-title = Все версии { $reference }:
mycomments-withdraw-confirm = Вы действительно хотите отозвать { $reference }? Представление останется в деле с пометкой «отозвано», и секретариат не будет его рассматривать.
mycomments-withdrawn = Представление { $reference } отозвано. Оно остается в деле с пометкой «отозвано».
mycomments-already-withdrawn = Представление { $reference } уже было отозвано.
mycomments-unavailable = Это представление недоступно.
mycomments-closed = Консультации завершились { $deadline }: пересматривать и отзывать представления больше нельзя. При необходимости просим обратиться в секретариат.
mycomments-btn-full = Полный текст
mycomments-btn-versions = Все версии
mycomments-btn-revise = Пересмотреть
mycomments-btn-withdraw = Отозвать
mycomments-btn-back = К списку
mycomments-btn-withdraw-yes = Да, отозвать
mycomments-btn-withdraw-no = Нет, оставить

## /verify

verify-usage = Просим указать номер после команды, например: /verify { $example }
verify-not-found = Представление с номером { $reference } Вам недоступно.
verify-intact = { $reference }: хранящиеся данные по-прежнему соответствуют своим отпечаткам.
verify-altered = Внимание: { $reference } больше не соответствует зарегистрированным данным. Просим сохранить подтверждение и обратиться в секретариат.
verify-version-ok = Версия { $version }: ✓ без изменений
    Отпечаток: { $fingerprint }
verify-version-altered = Версия { $version }: ✗ ИЗМЕНЕНА
    Зарегистрированный отпечаток: { $fingerprint }
    Отпечаток хранящихся сейчас данных: { $computed }
verify-files-altered = Версия { $version }: ✗ приложенный документ изменен или отсутствует.
verify-withdrawn = Это представление отозвано { $time }.

# Several consultations open to the State at once (issue 13).
comment-choose-consultation = К какой консультации относится Ваше замечание?
comment-receipt-consultation = Консультация: { $title }
