-- The whole first schema. Later changes come as new files numbered one above the newest
-- (0002, 0003, ...: no gaps, see tests/test_foundation.py); never edit a shipped migration.
-- Instants are ISO 8601 text in UTC ("2013-01-25T15:00:00+00:00").

CREATE TABLE participants (
    id                  INTEGER PRIMARY KEY,
    telegram_id         INTEGER NOT NULL UNIQUE,
    chat_id             INTEGER,
    country_code        TEXT,
    full_name           TEXT,
    title               TEXT,
    organisation        TEXT,
    email               TEXT,
    language            TEXT NOT NULL DEFAULT 'en',
    role                TEXT NOT NULL DEFAULT 'focal_point'
                        CHECK (role IN ('focal_point', 'secretariat', 'admin')),
    status              TEXT NOT NULL DEFAULT 'new'
                        CHECK (status IN ('new', 'pending', 'approved', 'rejected', 'erased')),
    invitation_id       INTEGER REFERENCES invitations (id),
    consent_at          TEXT,
    unreachable_at      TEXT,
    unreachable_reason  TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    erased_at           TEXT
);
CREATE INDEX participants_country ON participants (country_code, status);

-- What a user has typed during registration or a profile edit, saved at every step.
CREATE TABLE registration_drafts (
    participant_id  INTEGER PRIMARY KEY REFERENCES participants (id) ON DELETE CASCADE,
    data            TEXT NOT NULL DEFAULT '{}',
    updated_at      TEXT NOT NULL
);

CREATE TABLE invitations (
    id          INTEGER PRIMARY KEY,
    token       TEXT NOT NULL UNIQUE,
    country_code TEXT NOT NULL,
    max_uses    INTEGER NOT NULL CHECK (max_uses >= 1),
    uses        INTEGER NOT NULL DEFAULT 0,
    expires_at  TEXT NOT NULL,
    revoked_at  TEXT,
    created_by  INTEGER,
    created_at  TEXT NOT NULL
);

-- The consultation's mutable settings; the definition file gives the initial values.
CREATE TABLE consultation (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    deadline        TEXT,
    meeting_start   TEXT,
    meeting_end     TEXT,
    updated_by      INTEGER,
    updated_at      TEXT
);

CREATE TABLE submissions (
    id              INTEGER PRIMARY KEY,
    seq             INTEGER NOT NULL UNIQUE,
    reference       TEXT NOT NULL UNIQUE,
    country_code    TEXT NOT NULL,
    participant_id  INTEGER REFERENCES participants (id),
    status          TEXT NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'withdrawn')),
    current_version INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    withdrawn_at    TEXT
);
CREATE INDEX submissions_country ON submissions (country_code);

CREATE TABLE submission_versions (
    id                  INTEGER PRIMARY KEY,
    submission_id       INTEGER NOT NULL REFERENCES submissions (id),
    version             INTEGER NOT NULL,
    participant_id      INTEGER REFERENCES participants (id),
    topic_id            TEXT NOT NULL,
    comment_type_id     TEXT NOT NULL,
    paragraph           INTEGER,
    comment             TEXT NOT NULL,
    proposed_text       TEXT,
    language            TEXT,
    language_probability REAL,
    fingerprint         TEXT NOT NULL,
    submitted_at        TEXT NOT NULL,
    UNIQUE (submission_id, version)
);
CREATE INDEX submission_versions_submitted ON submission_versions (submitted_at);

-- A comment being written: one open draft per participant, saved at every step.
CREATE TABLE comment_drafts (
    id              INTEGER PRIMARY KEY,
    participant_id  INTEGER NOT NULL UNIQUE REFERENCES participants (id) ON DELETE CASCADE,
    submission_id   INTEGER REFERENCES submissions (id),
    step            TEXT NOT NULL,
    data            TEXT NOT NULL DEFAULT '{}',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE TABLE attachments (
    id                  INTEGER PRIMARY KEY,
    draft_id            INTEGER REFERENCES comment_drafts (id) ON DELETE SET NULL,
    version_id          INTEGER REFERENCES submission_versions (id),
    file_name           TEXT NOT NULL,
    mime_type           TEXT,
    size                INTEGER NOT NULL,
    sha256              TEXT NOT NULL,
    storage_path        TEXT NOT NULL,
    telegram_file_unique_id TEXT,
    created_at          TEXT NOT NULL
);
CREATE INDEX attachments_version ON attachments (version_id);

CREATE TABLE broadcasts (
    id                  INTEGER PRIMARY KEY,
    kind                TEXT NOT NULL CHECK (kind IN ('invitation', 'reminder', 'custom')),
    custom_text         TEXT,
    audience            TEXT NOT NULL DEFAULT '{}',
    status              TEXT NOT NULL DEFAULT 'queued'
                        CHECK (status IN ('queued', 'sending', 'done', 'cancelled')),
    created_by          INTEGER,
    created_at          TEXT NOT NULL,
    started_at          TEXT,
    finished_at         TEXT,
    progress_chat_id    INTEGER,
    progress_message_id INTEGER,
    reminder_id         INTEGER REFERENCES reminders (id)
);

CREATE TABLE deliveries (
    id                  INTEGER PRIMARY KEY,
    broadcast_id        INTEGER NOT NULL REFERENCES broadcasts (id),
    participant_id      INTEGER NOT NULL REFERENCES participants (id),
    chat_id             INTEGER NOT NULL,
    language            TEXT NOT NULL,
    status              TEXT NOT NULL DEFAULT 'pending'
                        CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'unreachable')),
    attempts            INTEGER NOT NULL DEFAULT 0,
    last_error          TEXT,
    next_attempt_at     TEXT,
    sent_at             TEXT,
    telegram_message_id INTEGER,
    updated_at          TEXT NOT NULL,
    UNIQUE (broadcast_id, participant_id)
);
CREATE INDEX deliveries_status ON deliveries (broadcast_id, status);

CREATE TABLE reminders (
    id              INTEGER PRIMARY KEY,
    offset_days     INTEGER NOT NULL,
    due_at          TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'scheduled'
                    CHECK (status IN ('scheduled', 'sent', 'skipped', 'cancelled')),
    run_at          TEXT,
    created_by      INTEGER,
    created_at      TEXT NOT NULL
);

-- One row per person and reminder offset: nobody is reminded twice for the same offset.
CREATE TABLE reminder_receipts (
    offset_days     INTEGER NOT NULL,
    participant_id  INTEGER NOT NULL REFERENCES participants (id),
    reminder_id     INTEGER REFERENCES reminders (id),
    sent_at         TEXT NOT NULL,
    PRIMARY KEY (offset_days, participant_id)
);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor_id    INTEGER,
    action      TEXT NOT NULL,
    subject     TEXT,
    details     TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_action ON audit_log (action, at);

-- python-telegram-bot persistence (conversation states, user_data) in the same file.
CREATE TABLE ptb_conversations (
    name    TEXT NOT NULL,
    key     TEXT NOT NULL,
    state   TEXT NOT NULL,
    PRIMARY KEY (name, key)
);
CREATE TABLE ptb_data (
    kind    TEXT NOT NULL,
    key     TEXT NOT NULL,
    data    TEXT NOT NULL,
    PRIMARY KEY (kind, key)
);

-- Update ids already handled: Telegram redelivers updates whose offset was not confirmed.
CREATE TABLE processed_updates (
    update_id       INTEGER PRIMARY KEY,
    processed_at    TEXT NOT NULL
);
