-- The /export choices a secretariat officer is making (format and filters), saved at every
-- step like registration_drafts and comment_drafts, so a restart loses nothing.
CREATE TABLE export_drafts (
    participant_id  INTEGER PRIMARY KEY REFERENCES participants (id) ON DELETE CASCADE,
    data            TEXT NOT NULL DEFAULT '{}',
    updated_at      TEXT NOT NULL
);
