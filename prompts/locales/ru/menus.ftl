## Telegram's command menu for secretariat officers and admins (handlers/command_menus.py).
## Each text is one command's description in the chat's menu (at most 256 characters).
staffcmd-status = Кто ответил, по государствам
staffcmd-read = Прочитать представление по номеру
staffcmd-review = Рассмотрение представлений
staffcmd-tags = Рубрики документа для обсуждения
staffcmd-focalpoints = Справочник национальных координаторов
staffcmd-pending = Регистрации, ожидающие утверждения
staffcmd-alerts = Оповещения о новых представлениях
staffcmd-invite = Создать ссылку-приглашение
staffcmd-invites = Ссылки-приглашения
staffcmd-letters = Пакет писем для рассылки
staffcmd-broadcast = Разослать приглашение или напоминание
staffcmd-broadcasts = Отправленные рассылки и напоминания
staffcmd-schedule = Срок, даты совещания и напоминания
staffcmd-extensions = Продление срока по государствам
staffcmd-export = Выгрузить представления
staffcmd-stats = Показатели и диаграмма
staffcmd-consultations = Консультации
staffcmd-grant = Предоставить роль секретариата
staffcmd-revoke = Отозвать роль секретариата
staffcmd-audit = Журнал аудита
