-- Staff are told of a registration that waits for their decision. The notice is queued in the
-- registration's own transaction and marked sent once sent, so a crash between the two is
-- made good at the next start (or by the redelivered Confirm), never forgotten.
CREATE TABLE staff_notices (
    participant_id      INTEGER PRIMARY KEY REFERENCES participants (id) ON DELETE CASCADE,
    invitation_problem  TEXT,
    created_at          TEXT NOT NULL,
    sent_at             TEXT
);
