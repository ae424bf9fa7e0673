## История (/broadcasts): что проходит через очередь отправки помимо рассылок и напоминаний.

broadcasts-kind-personal-alert = Оповещение сотрудника о новом или пересмотренном представлении
broadcasts-kind-personal-digest = Ежедневная сводка сотруднику
broadcasts-kind-personal-notice = Уведомление национальному координатору (справочник)
broadcasts-kind-reply = Ответ секретариата на представление
broadcasts-kind-deadline-notice = Уведомление о сроке

## /audit: записи, относящиеся к одной консультации.

audit-usage-consultation = При нескольких консультациях: /audit consultation <номер>.
