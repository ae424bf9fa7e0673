-- The secretariat's review of each submission (issue 15): a review status, tags from the
-- secretariat's own list of themes (per consultation), internal notes and replies to the country.
--
-- A submission without a `submission_reviews` row has never been reviewed: its status is
-- 'received'. The row says where the review stands now; `review_status_changes` keeps every
-- change (who, when, at which version of the submission, and why: an officer's decision, or the
-- country's revision that set a reviewed submission back to 'received').
CREATE TABLE submission_reviews (
    submission_id   INTEGER PRIMARY KEY REFERENCES submissions (id),
    status          TEXT NOT NULL DEFAULT 'received'
                    CHECK (status IN ('received', 'under_review', 'addressed', 'noted')),
    version         INTEGER NOT NULL,
    reopened        INTEGER NOT NULL DEFAULT 0 CHECK (reopened IN (0, 1)),
    updated_by      INTEGER REFERENCES participants (id),
    updated_at      TEXT NOT NULL
);
CREATE INDEX submission_reviews_status ON submission_reviews (status);

CREATE TABLE review_status_changes (
    id              INTEGER PRIMARY KEY,
    submission_id   INTEGER NOT NULL REFERENCES submissions (id),
    status          TEXT NOT NULL CHECK (status IN ('received', 'under_review', 'addressed', 'noted')),
    previous        TEXT NOT NULL CHECK (previous IN ('received', 'under_review', 'addressed', 'noted')),
    version         INTEGER NOT NULL,
    reason          TEXT NOT NULL CHECK (reason IN ('officer', 'revised')),
    actor_id        INTEGER REFERENCES participants (id),
    at              TEXT NOT NULL
);
CREATE INDEX review_status_changes_submission ON review_status_changes (submission_id, id);

-- The themes of the discussion paper, per consultation. `names` is a JSON object from language
-- code to the theme's name in that language (at least one; the officer's own at creation).
CREATE TABLE review_tags (
    id              INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations (id),
    names           TEXT NOT NULL,
    created_by      INTEGER REFERENCES participants (id),
    created_at      TEXT NOT NULL,
    updated_by      INTEGER REFERENCES participants (id),
    updated_at      TEXT NOT NULL
);
CREATE INDEX review_tags_consultation ON review_tags (consultation_id, id);

CREATE TABLE submission_tags (
    submission_id   INTEGER NOT NULL REFERENCES submissions (id),
    tag_id          INTEGER NOT NULL REFERENCES review_tags (id),
    tagged_by       INTEGER REFERENCES participants (id),
    tagged_at       TEXT NOT NULL,
    PRIMARY KEY (submission_id, tag_id)
);
CREATE INDEX submission_tags_tag ON submission_tags (tag_id, submission_id);

-- Internal notes: staff only, never shown to focal points nor in their exports.
CREATE TABLE review_notes (
    id              INTEGER PRIMARY KEY,
    submission_id   INTEGER NOT NULL REFERENCES submissions (id),
    author_id       INTEGER REFERENCES participants (id),
    text            TEXT NOT NULL,
    version         INTEGER NOT NULL,
    created_at      TEXT NOT NULL
);
CREATE INDEX review_notes_submission ON review_notes (submission_id, id);

-- Replies to the country: sent to the State's approved focal points through the outbox (a
-- broadcast whose `reply_id` names the reply), kept with the submission.
CREATE TABLE review_replies (
    id              INTEGER PRIMARY KEY,
    submission_id   INTEGER NOT NULL REFERENCES submissions (id),
    author_id       INTEGER REFERENCES participants (id),
    text            TEXT NOT NULL,
    version         INTEGER NOT NULL,
    recipients      INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT NOT NULL
);
CREATE INDEX review_replies_submission ON review_replies (submission_id, id);

ALTER TABLE broadcasts ADD COLUMN reply_id INTEGER REFERENCES review_replies (id);
