-- The secretariat's workspace (issue 15): the focal-point directory, alerts, a readable audit log.
--
-- Focal points can be deactivated (and reactivated) by an admin. A deactivated person keeps
-- status 'approved' (the CHECK on participants.status cannot change without rebuilding the
-- table, and a rebuild would cascade-delete their drafts): `deactivated_at` set means they can
-- no longer submit nor receive broadcasts; their submissions stay. A reason is kept as a standard
-- code (said to the person in their language) or as the officer's own words.
ALTER TABLE participants ADD COLUMN deactivated_at TEXT;
ALTER TABLE participants ADD COLUMN deactivated_by INTEGER;
ALTER TABLE participants ADD COLUMN deactivation_reason_code TEXT;
ALTER TABLE participants ADD COLUMN deactivation_reason TEXT;
-- A registration rejected by the secretariat: why (a standard code, or typed words).
ALTER TABLE participants ADD COLUMN rejection_reason_code TEXT;
ALTER TABLE participants ADD COLUMN rejection_reason TEXT;
-- Who approved or rejected a registration made without a link (participant id), and when.
ALTER TABLE participants ADD COLUMN decided_by INTEGER;
ALTER TABLE participants ADD COLUMN decided_at TEXT;

-- The audit log names every actor the same way: their participant id and their Telegram id
-- (both NULL: the bot itself, or a person since erased). `actor_id` stays as it was written
-- (a participant id for comment.* and export.* entries, a Telegram id for every other action)
-- so that readers written before keep working; the two new columns are filled for old rows
-- from it, by that rule, with the other id looked up.
ALTER TABLE audit_log ADD COLUMN actor_participant_id INTEGER;
ALTER TABLE audit_log ADD COLUMN actor_telegram_id INTEGER;
UPDATE audit_log
   SET actor_participant_id = actor_id,
       actor_telegram_id = (SELECT p.telegram_id FROM participants p WHERE p.id = audit_log.actor_id)
 WHERE actor_id IS NOT NULL AND (action LIKE 'comment.%' OR action LIKE 'export.%');
UPDATE audit_log
   SET actor_telegram_id = actor_id,
       actor_participant_id = (SELECT p.id FROM participants p WHERE p.telegram_id = audit_log.actor_id)
 WHERE actor_id IS NOT NULL AND NOT (action LIKE 'comment.%' OR action LIKE 'export.%');
CREATE INDEX audit_log_actor ON audit_log (actor_participant_id, id);
CREATE INDEX audit_log_subject ON audit_log (subject, id);

-- Registrations decided before: who decided, from the log.
UPDATE participants
   SET decided_by = (SELECT a.actor_participant_id FROM audit_log a
                      WHERE a.action IN ('registration_approved', 'registration_rejected')
                        AND a.subject = 'participant:' || participants.id ORDER BY a.id DESC LIMIT 1),
       decided_at = (SELECT a.at FROM audit_log a
                      WHERE a.action IN ('registration_approved', 'registration_rejected')
                        AND a.subject = 'participant:' || participants.id ORDER BY a.id DESC LIMIT 1)
 WHERE role = 'focal_point' AND status IN ('approved', 'rejected');

-- What each officer wants to be told of new and revised submissions, per consultation:
-- at once ('immediate'), in a daily digest at `digest_hour` in `time_zone` ('digest'), or not
-- at all ('off'). `last_version_id` is the newest submission version already told (by an alert
-- or a digest); `last_digest_at` the scheduled instant of the last digest handled (sent, or
-- found empty), so that a restart neither skips nor repeats one.
CREATE TABLE alert_preferences (
    participant_id  INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    consultation_id INTEGER NOT NULL REFERENCES consultations (id),
    mode            TEXT NOT NULL DEFAULT 'off' CHECK (mode IN ('immediate', 'digest', 'off')),
    digest_hour     INTEGER CHECK (digest_hour BETWEEN 0 AND 23),
    time_zone       TEXT,
    last_version_id INTEGER NOT NULL DEFAULT 0,
    last_digest_at  TEXT,
    updated_at      TEXT NOT NULL,
    PRIMARY KEY (participant_id, consultation_id)
);

-- One message to one person through the outbox (an alert, a digest, a notice to a focal point
-- of their deactivation or of the reason for a rejection): `purpose` says which; the text,
-- already in the recipient's language, is `custom_text`, sent as it is. NULL: an officer's
-- broadcast, as before.
ALTER TABLE broadcasts ADD COLUMN purpose TEXT;
