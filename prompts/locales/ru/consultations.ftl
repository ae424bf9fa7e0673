## /consultations: консультации этого бота и решения секретариата по ним.
consultations-title = Консультации
consultations-line =
    № { $id }: { $title }
    Состояние: { $state }. Срок: { $deadline }. Представления: { $submissions }.
consultations-state-draft = проект
consultations-state-open = открыта
consultations-state-closed = закрыта
consultations-state-archived = в архиве
consultations-btn-open = Открыть № { $id }
consultations-btn-close = Закрыть № { $id }
consultations-btn-archive = В архив № { $id }
consultations-btn-copy = Копировать № { $id } для нового раунда
consultations-done-open = Консультация № { $id } открыта для представления замечаний.
consultations-done-close = Консультация № { $id } закрыта: замечания больше нельзя представить или изменить.
consultations-done-archive = Консультация № { $id } помещена в архив.
consultations-copy-ask-deadline = Копия консультации № { $id } для нового раунда. Просим ввести ее срок в формате год-месяц-день и час, по времени { $zone }, например: { $example }
consultations-copy-ask-meeting = Срок: { $deadline }. Просим ввести первый и последний дни совещания нового раунда в формате год-месяц-день, например: { $example }
consultations-copied-dates =
    Консультация № { $id } скопирована для нового раунда как консультация № { $new } (проект, связанный с раундом, который она продолжает).
    Срок: { $deadline }. Совещание: { $meeting }. Номера ее представлений начинаются с { $prefix }.
consultations-copy-cancelled = Копия не создана.
consultations-copy-no-prefix = Консультацию № { $id } нельзя скопировать еще раз: все префиксы номеров для ее раундов уже используются. Просим импортировать определение нового раунда с собственным префиксом.
comment-link-unavailable = Консультация, указанная в этой ссылке, в настоящее время не открыта для замечаний Вашего правительства.
comment-link-draft-open = У Вас есть незавершенное замечание. Просим сначала представить его или отказаться от него (/comment), а затем снова открыть ссылку на «{ $title }».
inv-link-for-consultation = Чтобы после регистрации сразу перейти к консультации № { $id } «{ $title }»: { $link }
consultations-pick = № { $id }: { $title }
consultations-of = Консультация № { $id }: { $title }
export-choose-consultation = Выгрузка представлений. Существует несколько консультаций: просим выбрать ту, представления по которой Вы хотите выгрузить (или ввести /export и ее номер).
status-choose-consultation = Открыто несколько консультаций. Просим выбрать ту, ход которой Вы хотите увидеть (или ввести /status и ее номер).
stats-choose-consultation = Открыто несколько консультаций. Просим выбрать ту, показатели которой Вы хотите увидеть (или ввести /stats и ее номер).
broadcast-choose-consultation = Открыто несколько консультаций. Просим выбрать ту, к которой относится это сообщение: оно будет направлено координаторам приглашенных к ней государств.
broadcast-custom-text-of =
    Сообщение секретариата Программы Организации Объединенных Наций по окружающей среде относительно консультации «{ $title }»:

    { $text }
status-unknown-consultation = Консультации № { $number } не существует. Их перечень выводит команда /consultations; команда /status без номера выводит ход открытой консультации.
export-col-source = Источник
export-source-bot = Представлено через бот
export-source-imported = Импортировано: получено по каналу «{ $source }» { $date }
export-source-imported-undated = Импортировано: получено по каналу «{ $source }»
reg-named-consultation = Открытая вами ссылка указывает на консультацию № { $id } «{ $title }»: теперь вы можете представить по ней свои комментарии.
reg-named-consultation-button = Прокомментировать эту консультацию
