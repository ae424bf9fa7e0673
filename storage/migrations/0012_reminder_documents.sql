-- Two gaps left by the consultations and communications issues.
--
-- 1. The documents the AUTOMATIC reminders of a consultation carry (issue 17): given by the
-- staff in /schedule, each for every recipient (`language` NULL) or for those of one language,
-- in order. When a reminder runs, its broadcast gets a copy of each in `broadcast_files`, and the
-- sender sends them as it sends a hand-sent broadcast's. `telegram_file_id` is recorded here from
-- the first upload, so that every later reminder sends the file by it (uploaded once).
CREATE TABLE reminder_files (
    id                  INTEGER PRIMARY KEY,
    consultation_id     INTEGER NOT NULL REFERENCES consultations (id),
    position            INTEGER NOT NULL,
    language            TEXT CHECK (language IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    file_name           TEXT NOT NULL,
    mime_type           TEXT,
    size                INTEGER NOT NULL,
    sha256              TEXT NOT NULL,
    data                BLOB NOT NULL,
    telegram_file_id    TEXT,
    added_by            INTEGER REFERENCES participants (id) ON DELETE SET NULL,
    added_at            TEXT NOT NULL
);
CREATE INDEX reminder_files_of ON reminder_files (consultation_id, position);
-- A broadcast's copy of a reminder's document: which one it copies (its file_id goes back there).
ALTER TABLE broadcast_files ADD COLUMN reminder_file_id INTEGER REFERENCES reminder_files (id) ON DELETE SET NULL;

-- 2. The consultation a `/start cN` link named, kept from the registration draft (issue 13)
-- until the registration is approved (by the staff or by a link): the approval then offers to
-- comment on it. Cleared once offered.
ALTER TABLE participants ADD COLUMN named_consultation_id INTEGER;
