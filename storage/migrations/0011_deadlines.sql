-- Deadlines that move and stay true (issue 17, items 5 and 6).
--
-- * deadline_extensions: a State's own deadline, granted by the secretariat (UN practice
--   grants an extension on request); one granted extension per State and consultation, a
--   revoked one kept as history.
-- * reminders: `country_code` (NULL: every State without an extension; a code: that State's
--   own reminders, following its extended deadline), `deadline_at` (the deadline the row's due
--   time was computed for: when the deadline moves, every row not really delivered is
--   recomputed) and `note` (why a reminder was not sent).
-- * broadcasts: `notice`, a message rendered from the catalogs in each recipient's language
--   (an extension, an early closing, a draft's warning, an answer to a request), queued in
--   the same outbox as every broadcast.
-- * draft_warnings: the "a day / an hour before the deadline" warnings to a focal point with
--   an open draft, one per person, kind and deadline, taken in the transaction that queues it.
-- * extension_requests: a focal point's request for an extension, and the staff's answer.
CREATE TABLE deadline_extensions (
    id              INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations (id),
    country_code    TEXT NOT NULL,
    deadline        TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'granted' CHECK (status IN ('granted', 'revoked')),
    request_id      INTEGER,
    granted_by      INTEGER,
    granted_at      TEXT NOT NULL,
    revoked_by      INTEGER,
    revoked_at      TEXT
);
CREATE UNIQUE INDEX deadline_extensions_granted ON deadline_extensions (consultation_id, country_code)
    WHERE status = 'granted';

ALTER TABLE reminders ADD COLUMN country_code TEXT;
ALTER TABLE reminders ADD COLUMN deadline_at TEXT;
ALTER TABLE reminders ADD COLUMN note TEXT;
DROP INDEX reminders_scheduled_offset;
CREATE UNIQUE INDEX reminders_scheduled_offset ON reminders (consultation_id, COALESCE(country_code, ''), offset_days)
    WHERE status = 'scheduled';

ALTER TABLE broadcasts ADD COLUMN notice TEXT;

CREATE TABLE draft_warnings (
    consultation_id INTEGER NOT NULL,
    participant_id  INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('day', 'hour')),
    deadline        TEXT NOT NULL,
    broadcast_id    INTEGER REFERENCES broadcasts (id),
    created_at      TEXT NOT NULL,
    PRIMARY KEY (consultation_id, participant_id, kind, deadline)
);

CREATE TABLE extension_requests (
    id              INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations (id),
    participant_id  INTEGER REFERENCES participants (id) ON DELETE SET NULL,
    country_code    TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'granted', 'declined')),
    requested_at    TEXT NOT NULL,
    answered_by     INTEGER,
    answered_at     TEXT,
    reason          TEXT,
    extension_id    INTEGER REFERENCES deadline_extensions (id)
);
CREATE UNIQUE INDEX extension_requests_open ON extension_requests (consultation_id, country_code)
    WHERE status = 'open';
