-- python-telegram-bot's user_data is no longer persisted: the flows keep what people type in
-- the repository (drafts), never in user_data, so the table only ever held empty objects and
-- cost a write per update.
DROP TABLE ptb_data;
