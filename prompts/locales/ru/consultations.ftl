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
consultations-done-open = Консультация № { $id } открыта для комментариев.
consultations-done-close = Консультация № { $id } закрыта: комментарии больше нельзя представить или изменить.
consultations-done-archive = Консультация № { $id } помещена в архив.
consultations-copied = Консультация № { $id } скопирована для нового раунда как консультация № { $new } (проект, связанный с раундом, который он продолжает).
