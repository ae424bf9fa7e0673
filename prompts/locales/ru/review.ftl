## Рабочее пространство секретариата (issue 15): /read, рассмотрение каждого представления, /tags и
## ответ, который получают координаторы государства. Ключи — постоянные идентификаторы.

help-review =
    /read — прочитать представление и рассмотреть его
    /tags — рубрики документа для обсуждения

review-read-usage = Укажите номер представления после /read, например: /read { $example }
review-read-not-found = Представления с номером { $reference } нет.
review-unknown-person = (неизвестно)
review-none-value = нет

## Представление в том виде, в каком его направила страна.
review-card-title = { $reference }: { $country }
review-card-version = Версия { $version } из { $versions }, представлена { $time }; представил(а): { $author }
review-card-consultation = Консультация: { $title }
review-card-withdrawn = Отозвано страной { $time }.
review-card-topic = Тема: { $topic }
review-card-type = Вид замечания: { $type }
review-card-paragraph = Пункт { $number } документа:
review-card-no-paragraph = Пункт: не указан (общее замечание)
review-card-language = Язык (определен автоматически): { $detected }
review-card-language-confidence = Язык (определен автоматически): { $detected } (степень уверенности: { $percent } %)
review-card-language-unknown = Язык (определен автоматически): не определен
review-card-comment = Замечание (знаков: { $length }):
review-card-proposed = Предлагаемая формулировка:
review-card-no-proposed = Предлагаемая формулировка: нет
review-card-attachments = { $count ->
        [one] Вложение
       *[other] Вложения
    }: { $names }
review-card-no-attachments = Вложения: нет

## Ход рассмотрения.
review-status-received = Получено
review-status-under_review = На рассмотрении
review-status-addressed = Учтено
review-status-noted = Принято к сведению без действий
review-card-status = Статус рассмотрения: { $status }
review-card-status-by = Статус рассмотрения: { $status } (установлен { $time }; установил(а): { $officer })
review-card-reopened = Страна изменила это представление после его рассмотрения (версия { $version }), поэтому его статус вновь изменен с «{ $previous }» на «Получено».
review-card-tags = Рубрики: { $tags }
review-card-no-tags = Рубрики: нет
review-card-notes = Внутренние заметки: { $notes }; ответы стране: { $replies }
review-status-set = { $reference }: { $status }

## Кнопки.
review-btn-tags = Рубрики
review-btn-note = Добавить внутреннюю заметку
review-btn-reply = Ответить стране
review-btn-notes = Заметки и ответы
review-btn-versions = Версии и изменения
review-btn-files = { $count ->
        [one] Вложение
       *[other] Вложения ({ $count })
    }
review-btn-country = Все представления: { $country }
review-btn-back = Назад к представлению
review-btn-open = { $reference } · { $topic } · { $status }
review-btn-cancel = Отмена
review-btn-send-reply = Отправить ответ
review-btn-new-tag = Новая рубрика
review-btn-rename-tag = Переименовать «{ $name }»

## Представления государства.
review-country-title = Представления государства { $country }. Выберите представление, чтобы прочитать его:
review-country-none = У государства { $country } нет действующих представлений.

## Вложения.
review-file-caption = { $reference }, версия { $version }: { $name }
review-file-missing = Файла «{ $name }» больше нет в хранилище вложений.
review-files-none = В текущей версии { $reference } нет вложений.

## Версии и изменения.
review-versions-title = { $reference }: { $count ->
        [one] { $count } версия
        [few] { $count } версии
       *[many] { $count } версий
    }
review-version-heading = Версия { $version }, представлена { $time }; представил(а): { $author }
review-version-first = В первоначально представленном виде.
review-change-none = Содержание не изменилось; представление было направлено повторно без изменений.
review-change-topic = Изменена тема: { $before } → { $after }
review-change-type = Изменен вид замечания: { $before } → { $after }
review-change-paragraph = Изменен пункт: { $before } → { $after }
review-change-attachments = Изменены вложения: { $before } → { $after }
review-change-comment = Изменено замечание:
review-change-proposed = Изменена предлагаемая формулировка:
review-change-removed = − исключено: { $text }
review-change-added = + добавлено: { $text }
review-history-title = История статуса рассмотрения:
review-history-officer = { $time }: { $previous } → { $status }; изменил(а): { $person } (версия { $version })
review-history-revised = { $time }: { $previous } → { $status }, поскольку страна изменила представление (версия { $version })

## Заметки и ответы.
review-notes-title = { $reference }: внутренние заметки и ответы стране
review-notes-none = Внутренних заметок и ответов пока нет.
review-note-line = Внутренняя заметка; автор: { $author }, { $time } (версия { $version }):
review-reply-line = Ответ; автор: { $author }, { $time } (версия { $version }); отправлен { $count ->
        [one] { $count } координатору
       *[other] { $count } координаторам
    }:
review-note-ask = Введите внутреннюю заметку к { $reference }. Внутренние заметки видит только секретариат, но не координаторы. Чтобы прервать, нажмите «Отмена» или отправьте /cancel.
review-note-saved = Внутренняя заметка к { $reference } сохранена.
review-reply-ask = Введите ответ государству { $country } по { $reference }. Он будет направлен { $count ->
        [one] { $count } утвержденному координатору
       *[other] { $count } утвержденным координаторам
    } этого государства ({ $languages }) с заголовком на языке каждого из них; Ваш текст отправляется в том виде, в каком Вы его напишете. Чтобы прервать, нажмите «Отмена» или отправьте /cancel.
review-reply-ask-nobody = У государства { $country } сейчас нет утвержденных координаторов: ответ по { $reference } будет сохранен вместе с представлением, но никому не отправлен. Введите его или нажмите «Отмена».
review-reply-preview = Ответ государству { $country } по { $reference }; будет отправлен { $count ->
        [one] { $count } координатору
       *[other] { $count } координаторам
    } ({ $languages }):

    { $text }
review-reply-queued = Ответ по { $reference } отправляется { $count ->
        [one] { $count } координатору
       *[other] { $count } координаторам
    } государства { $country } и сохранен вместе с представлением.
review-reply-kept = Ответ по { $reference } сохранен вместе с представлением; у государства { $country } нет утвержденных координаторов, которым его можно отправить.
review-type-text = Введите текст сообщением или отправьте /cancel.
review-use-buttons = Воспользуйтесь кнопками под предварительным просмотром или отправьте /cancel.
review-cancelled = Отменено; ничего не сохранено.
review-draft-gone = Этот шаг больше не открыт. Начните заново с представления.

## Что получает координатор.
review-reply-message = Секретариат ответил на Ваше представление { $reference } ({ $consultation }):

    { $text }

## Рубрики.
review-tags-title = Рубрики { $reference }. Нажмите на рубрику, чтобы добавить или снять ее:
review-tags-none-yet = У секретариата пока нет рубрик для этой консультации. Создайте первую для { $reference }.
review-tags-list-title = Рубрики документа для обсуждения: { $title } ({ $count })
review-tags-list-empty = Рубрик пока нет.
review-tags-list-line = • { $name }: { $count ->
        [one] { $count } представление
        [few] { $count } представления
       *[many] { $count } представлений
    }
review-tag-ask-name = Введите название новой рубрики (язык: { $name }). Можно добавить ее название на других официальных языках, по одному в строке, указав в начале строки код языка, например: fr: Financement
review-tag-ask-rename = Введите новое название рубрики «{ $tag }» (язык: { $name }) или ее названия на других официальных языках, по одному в строке, указав в начале строки код языка (ar, zh, en, fr, ru, es).
review-tag-created = Рубрика «{ $name }» создана.
review-tag-renamed = Рубрика теперь называется «{ $name }».
review-unknown-consultation = Консультации № { $number } не существует. Их перечень выводит команда /consultations.

## Что не может быть принято.
review-error-note-empty = Заметка пуста. Введите ее текст.
review-error-note-too-long = Заметка может содержать не более { $max } знаков; в этой — { $length }. Сократите ее.
review-error-reply-empty = Ответ пуст. Введите его текст.
review-error-reply-too-long = Ответ может содержать не более { $max } знаков; в этом — { $length }. Сократите его.
review-error-tag-empty = Название пусто. Введите название рубрики.
review-error-tag-too-long = Название рубрики может содержать не более { $max } знаков. Сократите его.
review-error-tag-taken = Другая рубрика этой консультации уже носит это название. Выберите другое.
review-error-tag-language = В начале строки можно указывать только коды шести официальных языков: ar, zh, en, fr, ru, es.
review-error-tag-lines = Укажите не более одного названия без кода языка; в начале остальных строк укажите их код, например: fr: Financement

## Выгрузки (XLSX, CSV, JSON Lines, сводный документ DOCX) и фильтры /export.
review-col-title = Должность или обращение
review-col-name = Имя
review-col-email = Адрес электронной почты
review-col-status = Статус рассмотрения
review-col-themes = Рубрики
review-col-notes = Внутренние заметки
review-col-replies = Ответы стране
review-docx-col-response = Ответ секретариата
review-export-entry = { $time }, { $author }: { $text }
review-filter-themes = Рубрики: { $value }
review-filter-notes = Внутренние заметки и ответы включены (только для секретариата)
review-export-btn-themes = Рубрики
review-export-btn-notes-off = Заметки и ответы: нет
review-export-btn-notes-on = Заметки и ответы: да
review-export-pick-tags = Отметьте рубрики, которые следует включить (если ничего не отмечено, включаются все представления, с рубриками и без них).
review-export-no-tags = У секретариата пока нет рубрик для этой консультации (их создает команда /tags).

## Представление, как его видит координатор (/mycomments): сохраненные ответы.
review-mycomments-reply = Ответ секретариата, { $time }:
    { $text }
