-- Broadcasts and reminders (issue 5).
--
-- deliveries gains the status 'skipped' (a reminder whose country submitted before the
-- recipient's office hours came) and `in_doubt` (the send was in flight at a crash or timed
-- out, so it may have reached the user already: it is sent again and flagged). SQLite cannot
-- change a CHECK constraint in place, so the table is rebuilt; nothing references it.
CREATE TABLE deliveries_new (
    id                  INTEGER PRIMARY KEY,
    broadcast_id        INTEGER NOT NULL REFERENCES broadcasts (id),
    participant_id      INTEGER NOT NULL REFERENCES participants (id),
    chat_id             INTEGER NOT NULL,
    language            TEXT NOT NULL,
    status              TEXT NOT NULL DEFAULT 'pending'
                        CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'unreachable', 'skipped')),
    attempts            INTEGER NOT NULL DEFAULT 0,
    last_error          TEXT,
    next_attempt_at     TEXT,
    sent_at             TEXT,
    telegram_message_id INTEGER,
    updated_at          TEXT NOT NULL,
    in_doubt            INTEGER NOT NULL DEFAULT 0,
    UNIQUE (broadcast_id, participant_id)
);

INSERT INTO deliveries_new (id, broadcast_id, participant_id, chat_id, language, status, attempts,
                            last_error, next_attempt_at, sent_at, telegram_message_id, updated_at)
SELECT id, broadcast_id, participant_id, chat_id, language, status, attempts,
       last_error, next_attempt_at, sent_at, telegram_message_id, updated_at
FROM deliveries;

DROP TABLE deliveries;
ALTER TABLE deliveries_new RENAME TO deliveries;
CREATE INDEX deliveries_status ON deliveries (broadcast_id, status);
CREATE INDEX deliveries_participant ON deliveries (participant_id);

-- At most one scheduled reminder per offset (a cancelled or sent one may be added again).
CREATE UNIQUE INDEX reminders_scheduled_offset ON reminders (offset_days) WHERE status = 'scheduled';

-- What a secretariat officer has chosen or typed in a multi-step flow (broadcast, schedule),
-- saved at every step so that a restart loses nothing.
CREATE TABLE staff_drafts (
    participant_id  INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    flow            TEXT NOT NULL,
    data            TEXT NOT NULL DEFAULT '{}',
    updated_at      TEXT NOT NULL,
    PRIMARY KEY (participant_id, flow)
);
