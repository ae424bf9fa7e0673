-- More than one consultation in one bot (issue 13).
--
-- The single-row `consultation` table (CHECK id = 1, the dates changed by /schedule) becomes
-- `consultations`: one row per consultation, holding its definition (the validated TOML content
-- as JSON), a short code, its state, the consultation it renews (a copied round), and the dates
-- changed by the secretariat. An existing database's consultation becomes id 1 (state open; its
-- definition is filled in from the definition file at the next start, as the first start always
-- did), and every per-consultation row gets consultation_id = 1: it keeps its meaning.
--
-- Submissions are rebuilt so that seq and reference are unique per consultation (they were
-- unique in the table); their ids, and so every reference to them, are unchanged. The rebuild
-- drops the table while submission_versions and comment_drafts refer to it: foreign keys are
-- deferred to the COMMIT, and the rows copied back into the new table (same name, same ids)
-- satisfy them again before it.
-- Imported submissions (received outside the bot, e.g. by e-mail) say so in `source`, with the
-- day received and, if the secretariat knows it, who sent it (`submitted_by`: a name, not a
-- registered participant).
PRAGMA defer_foreign_keys = ON;

CREATE TABLE consultations (
    id              INTEGER PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE,
    state           TEXT NOT NULL DEFAULT 'draft'
                    CHECK (state IN ('draft', 'open', 'closed', 'archived')),
    definition      TEXT,
    renews_id       INTEGER REFERENCES consultations (id),
    deadline        TEXT,
    meeting_start   TEXT,
    meeting_end     TEXT,
    created_by      INTEGER,
    created_at      TEXT NOT NULL,
    updated_by      INTEGER,
    updated_at      TEXT
);

INSERT INTO consultations (id, code, state, definition, deadline, meeting_start, meeting_end,
                           created_at, updated_by, updated_at)
SELECT 1, 'first', 'open', NULL, c.deadline, c.meeting_start, c.meeting_end,
       strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now'), c.updated_by, c.updated_at
  FROM (SELECT 1 AS one) LEFT JOIN consultation c ON c.id = 1;

DROP TABLE consultation;
-- What the first consultation's dates were read from until now, for readers written before.
CREATE VIEW consultation AS
SELECT id, deadline, meeting_start, meeting_end, updated_by, updated_at FROM consultations WHERE id = 1;

CREATE TABLE submissions_before AS SELECT * FROM submissions;
DROP TABLE submissions;

CREATE TABLE submissions (
    id              INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL DEFAULT 1 REFERENCES consultations (id),
    seq             INTEGER NOT NULL,
    reference       TEXT NOT NULL,
    country_code    TEXT NOT NULL,
    participant_id  INTEGER REFERENCES participants (id),
    status          TEXT NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'withdrawn')),
    current_version INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    withdrawn_at    TEXT,
    source          TEXT,
    received_on     TEXT,
    submitted_by    TEXT,
    UNIQUE (consultation_id, seq),
    UNIQUE (consultation_id, reference)
);

INSERT INTO submissions (id, consultation_id, seq, reference, country_code, participant_id, status,
                         current_version, created_at, updated_at, withdrawn_at)
SELECT id, 1, seq, reference, country_code, participant_id, status,
       current_version, created_at, updated_at, withdrawn_at
  FROM submissions_before;
DROP TABLE submissions_before;
CREATE INDEX submissions_country ON submissions (consultation_id, country_code);
CREATE INDEX submissions_reference ON submissions (reference);

-- One open comment draft per person still; it says which consultation it is for.
ALTER TABLE comment_drafts ADD COLUMN consultation_id INTEGER NOT NULL DEFAULT 1;

-- Reminders and their receipts: per consultation (a reminder of one never counts another's).
ALTER TABLE reminders ADD COLUMN consultation_id INTEGER NOT NULL DEFAULT 1;
DROP INDEX reminders_scheduled_offset;
CREATE UNIQUE INDEX reminders_scheduled_offset ON reminders (consultation_id, offset_days)
    WHERE status = 'scheduled';

CREATE TABLE reminder_receipts_new (
    consultation_id INTEGER NOT NULL DEFAULT 1,
    offset_days     INTEGER NOT NULL,
    participant_id  INTEGER NOT NULL REFERENCES participants (id),
    reminder_id     INTEGER REFERENCES reminders (id),
    sent_at         TEXT NOT NULL,
    PRIMARY KEY (consultation_id, offset_days, participant_id)
);
INSERT INTO reminder_receipts_new (consultation_id, offset_days, participant_id, reminder_id, sent_at)
SELECT 1, offset_days, participant_id, reminder_id, sent_at FROM reminder_receipts;
DROP TABLE reminder_receipts;
ALTER TABLE reminder_receipts_new RENAME TO reminder_receipts;

ALTER TABLE broadcasts ADD COLUMN consultation_id INTEGER NOT NULL DEFAULT 1;
ALTER TABLE staff_drafts ADD COLUMN consultation_id INTEGER NOT NULL DEFAULT 1;
ALTER TABLE export_drafts ADD COLUMN consultation_id INTEGER NOT NULL DEFAULT 1;

-- The audit log: which consultation an entry is about (NULL: the bot as a whole, e.g. a
-- registration). Every earlier entry about comments, dates, broadcasts, reminders and exports
-- was about the one consultation.
ALTER TABLE audit_log ADD COLUMN consultation_id INTEGER;
UPDATE audit_log SET consultation_id = 1
 WHERE action LIKE 'comment.%' OR action LIKE 'schedule.%' OR action LIKE 'broadcast.%'
    OR action LIKE 'reminder.%' OR action LIKE 'export.%';
CREATE INDEX audit_log_consultation ON audit_log (consultation_id, at);
