-- Communications (issue 17): six-language notes, documents with a broadcast, scheduled sends,
-- and the history of every send.
--
-- A custom note holds one text per language (`texts`, JSON {language: text}); a language
-- without a version gets the version the officer chose for it (`fallbacks`, JSON {missing:
-- chosen}). `custom_text` stays for the notes written before this migration.
ALTER TABLE broadcasts ADD COLUMN texts TEXT;
ALTER TABLE broadcasts ADD COLUMN fallbacks TEXT;
-- When: 'now', 'at' (every delivery not before `send_at`) or 'office_hours' (each delivery not
-- before the next office hours in its recipient's country). The instants themselves are the
-- deliveries' `next_attempt_at`, which the sender already waits for: nothing else to re-arm.
ALTER TABLE broadcasts ADD COLUMN send_mode TEXT NOT NULL DEFAULT 'now'
    CHECK (send_mode IN ('now', 'at', 'office_hours'));
ALTER TABLE broadcasts ADD COLUMN send_at TEXT;
-- "Send again to those not reached": the broadcast this one repeats.
ALTER TABLE broadcasts ADD COLUMN resend_of INTEGER REFERENCES broadcasts (id);

-- A delivery is its text then its documents, one Telegram message each: how many of them
-- have been sent (a restart resumes at the next one; only the one in flight may be doubled).
ALTER TABLE deliveries ADD COLUMN parts_sent INTEGER NOT NULL DEFAULT 0;

-- The documents sent with a broadcast, in order. `language` NULL: to every recipient; else to
-- the recipients of that language (and to those given that language's version instead of a
-- missing one). The bytes are kept here so that a restart can send them; `telegram_file_id`
-- is recorded from the first upload, and every later copy is sent by it (uploaded once).
-- While the officer is still writing the broadcast, a file belongs to their draft (`draft_of`,
-- the officer) and to no broadcast; Send moves it to the broadcast in the same transaction.
CREATE TABLE broadcast_files (
    id                  INTEGER PRIMARY KEY,
    broadcast_id        INTEGER REFERENCES broadcasts (id),
    draft_of            INTEGER REFERENCES participants (id) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    language            TEXT CHECK (language IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    file_name           TEXT NOT NULL,
    mime_type           TEXT,
    size                INTEGER NOT NULL,
    sha256              TEXT NOT NULL,
    data                BLOB NOT NULL,
    telegram_file_id    TEXT,
    uploaded_at         TEXT,
    CHECK ((broadcast_id IS NULL) <> (draft_of IS NULL))
);
CREATE INDEX broadcast_files_of ON broadcast_files (broadcast_id, position);
CREATE INDEX broadcast_files_draft ON broadcast_files (draft_of, position);

-- Notes the secretariat sends often, with their language versions.
CREATE TABLE broadcast_templates (
    id                  INTEGER PRIMARY KEY,
    consultation_id     INTEGER NOT NULL DEFAULT 1,
    name                TEXT NOT NULL,
    texts               TEXT NOT NULL,
    created_by          INTEGER REFERENCES participants (id) ON DELETE SET NULL,
    created_at          TEXT NOT NULL,
    UNIQUE (consultation_id, name)
);

CREATE INDEX broadcasts_by_consultation ON broadcasts (consultation_id, id);
