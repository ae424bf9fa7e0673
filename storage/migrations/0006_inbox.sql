-- The durable inbox (bot/inbox.py): every update the Bot API hands over is committed here
-- before the server is told it was received (the next getUpdates, or the webhook's 200), and
-- deleted, in the same transaction that records its id in processed_updates, once it has been
-- handled. `seq` is the order of arrival (update ids may start again after a quiet week);
-- `payload` is the update as the Bot API sent it (JSON), kept only until it is handled.
CREATE TABLE inbox (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    update_id    INTEGER NOT NULL UNIQUE,
    payload      TEXT NOT NULL,
    received_at  TEXT NOT NULL
);
