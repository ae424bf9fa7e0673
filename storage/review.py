"""The secretariat's review of submissions: status, tags (themes), internal notes, replies.

Status. A submission is `received` until an officer moves it (`under_review`, `addressed`, or
`noted`: noted without action); any status may be set from any other. Every change is kept in
`review_status_changes` with the submission's version at that moment. When the country revises
a submission whose status is not `received`, the revision's own transaction
(storage/submissions.submit) calls `reopen_on_revision_tx`: the status goes back to `received`,
`reopened` says so until an officer sets a status again, and the history holds a change with
reason `revised`.

Tags are the secretariat's own list of themes, per consultation, each with a name in one or
more of the six languages (names unique per consultation and language, compared case-blind).
A submission can carry tags of its own consultation only.

Notes are internal (staff only). A reply is sent to the State's approved focal points, each
in their language, through the outbox: one broadcast (kind `custom`, `reply_id` set) queued in
the reply's own transaction, so a reply is never kept without being queued, nor queued twice.

Every act is audited in its own transaction (`review.*`, actor: the officer's Telegram id,
with their participant id in the details). Functions take the acting officer as a
`Participant`.
"""

from __future__ import annotations

import json
from datetime import datetime
from enum import StrEnum

import aiosqlite
from pydantic import Field

from storage import broadcasts, staff_drafts
from storage.audit import record_tx
from storage.db import Database, Transaction
from storage.models import Model, Participant, from_db, to_db

LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
# A name is shown in the reader's language, else in the first of these it has.
NAME_FALLBACK = ("en", "fr", "es", "ru", "zh", "ar")
TAG_NAME_MAX = 80
NOTE_MAX = 3000
# The reply goes out under a short heading; both fit one Telegram message (4096).
REPLY_MAX = 3000


class ReviewStatus(StrEnum):
    RECEIVED = "received"
    UNDER_REVIEW = "under_review"
    ADDRESSED = "addressed"
    NOTED = "noted"  # noted without action


class ChangeReason(StrEnum):
    OFFICER = "officer"  # an officer set it
    REVISED = "revised"  # the country revised the submission after review


class ReviewError(ValueError):
    """Input the review cannot take; `code` names the problem (for the officer's message)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class StatusChange(Model):
    id: int
    submission_id: int
    status: ReviewStatus
    previous: ReviewStatus
    version: int
    reason: ChangeReason
    actor_id: int | None  # participant id: the officer, or the focal point who revised
    at: datetime


class Tag(Model):
    id: int
    consultation_id: int
    names: dict[str, str]
    created_by: int | None = None
    created_at: datetime
    updated_by: int | None = None
    updated_at: datetime

    def name(self, language: str) -> str:
        """The name in `language`, else in the first language it has (NAME_FALLBACK)."""
        return tag_name(self.names, language)


def tag_name(names: dict[str, str], language: str) -> str:
    """A theme's name in `language`, else in the first language of NAME_FALLBACK it has."""
    if names.get(language):
        return names[language]
    for code in NAME_FALLBACK:
        if names.get(code):
            return names[code]
    return next(iter(names.values()), "")


class Note(Model):
    id: int
    submission_id: int
    author_id: int | None
    text: str
    version: int
    created_at: datetime


class Reply(Model):
    id: int
    submission_id: int
    author_id: int | None
    text: str
    version: int
    recipients: int
    created_at: datetime
    broadcast_id: int | None = None


class Review(Model):
    """Where the review of one submission stands, with everything kept about it."""

    submission_id: int
    consultation_id: int
    reference: str
    country_code: str
    status: ReviewStatus = ReviewStatus.RECEIVED
    version: int | None = None  # the submission's version when the status was last set
    reopened: bool = False  # set back to received by the country's revision since
    updated_by: int | None = None
    updated_at: datetime | None = None
    tags: list[Tag] = Field(default_factory=list)
    notes: list[Note] = Field(default_factory=list)
    replies: list[Reply] = Field(default_factory=list)
    history: list[StatusChange] = Field(default_factory=list)


class ReplyMessage(Model):
    """What the sender needs to word a reply for a recipient."""

    reply_id: int
    reference: str
    text: str
    consultation_id: int


# -- rows -------------------------------------------------------------------------------------


def _tag(row: aiosqlite.Row) -> Tag:
    data = dict(row)
    data["names"] = json.loads(data["names"])
    data["created_at"] = from_db(data["created_at"])
    data["updated_at"] = from_db(data["updated_at"])
    return Tag.model_validate(data)


def _note(row: aiosqlite.Row) -> Note:
    data = dict(row)
    data["created_at"] = from_db(data["created_at"])
    return Note.model_validate(data)


def _reply(row: aiosqlite.Row) -> Reply:
    data = dict(row)
    data["created_at"] = from_db(data["created_at"])
    return Reply.model_validate(data)


def _change(row: aiosqlite.Row) -> StatusChange:
    data = dict(row)
    data["at"] = from_db(data["at"])
    return StatusChange.model_validate(data)


def _stamp(now: datetime) -> str:
    text = to_db(now)
    assert text is not None
    return text


def clean_text(text: str, limit: int, code: str) -> str:
    """Text stripped; ReviewError(`code`-empty / `code`-too-long) if empty or over `limit`."""
    cleaned = (text or "").strip()
    if not cleaned:
        raise ReviewError(f"{code}-empty")
    if len(cleaned) > limit:
        raise ReviewError(f"{code}-too-long")
    return cleaned


def clean_names(names: dict[str, str]) -> dict[str, str]:
    """Tag names by language: known languages only, stripped, none empty, at least one."""
    cleaned: dict[str, str] = {}
    for language, name in names.items():
        if language not in LANGUAGES:
            raise ReviewError("tag-language")
        value = " ".join((name or "").split())
        if not value:
            continue
        if len(value) > TAG_NAME_MAX:
            raise ReviewError("tag-too-long")
        cleaned[language] = value
    if not cleaned:
        raise ReviewError("tag-empty")
    return cleaned


async def _submission_tx(tx: Transaction, submission_id: int) -> aiosqlite.Row | None:
    return await tx.fetchone(
        "SELECT id, consultation_id, reference, country_code, current_version FROM submissions WHERE id = ?",
        (submission_id,),
    )


async def _audit(
    tx: Transaction,
    action: str,
    actor: Participant,
    submission: aiosqlite.Row | None,
    consultation_id: int,
    **details: object,
) -> None:
    await record_tx(
        tx,
        action,
        actor_id=actor.telegram_id,
        subject=submission["reference"] if submission is not None else None,
        consultation_id=consultation_id,
        participant_id=actor.id,
        **details,
    )


# -- status -----------------------------------------------------------------------------------


async def _status_row_tx(tx: Transaction, submission_id: int) -> aiosqlite.Row | None:
    return await tx.fetchone("SELECT * FROM submission_reviews WHERE submission_id = ?", (submission_id,))


async def _write_status_tx(
    tx: Transaction,
    submission: aiosqlite.Row,
    status: ReviewStatus,
    *,
    reason: ChangeReason,
    actor_id: int | None,
    version: int,
    now: datetime,
) -> ReviewStatus:
    """Set the status (a history row when it changes); returns the previous status."""
    row = await _status_row_tx(tx, int(submission["id"]))
    previous = ReviewStatus(row["status"]) if row is not None else ReviewStatus.RECEIVED
    reopened = 1 if reason is ChangeReason.REVISED else 0
    await tx.execute(
        "INSERT INTO submission_reviews (submission_id, status, version, reopened, updated_by, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (submission_id) DO UPDATE SET status = excluded.status,"
        " version = excluded.version, reopened = excluded.reopened, updated_by = excluded.updated_by,"
        " updated_at = excluded.updated_at",
        (submission["id"], status.value, version, reopened, actor_id, _stamp(now)),
    )
    if previous is not status:
        await tx.execute(
            "INSERT INTO review_status_changes (submission_id, status, previous, version, reason, actor_id, at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (submission["id"], status.value, previous.value, version, reason.value, actor_id, _stamp(now)),
        )
    return previous


async def set_status(
    db: Database, submission_id: int, status: ReviewStatus, *, actor: Participant, now: datetime
) -> Review | None:
    """The officer sets the review status (also clears `reopened`). None: no such submission."""
    async with db.transaction() as tx:
        submission = await _submission_tx(tx, submission_id)
        if submission is None:
            return None
        version = int(submission["current_version"])
        previous = await _write_status_tx(
            tx, submission, status, reason=ChangeReason.OFFICER, actor_id=actor.id, version=version, now=now
        )
        await _audit(
            tx,
            "review.status",
            actor,
            submission,
            int(submission["consultation_id"]),
            status=status.value,
            previous=previous.value,
            version=version,
        )
    return await review_of(db, submission_id)


async def reopen_on_revision_tx(
    tx: Transaction, submission_id: int, version: int, *, participant_id: int | None, now: datetime
) -> bool:
    """In the revision's transaction: a submission reviewed (status not `received`) goes back to
    `received`, marked reopened, with a history row of reason `revised`. True if it did."""
    row = await _status_row_tx(tx, submission_id)
    if row is None or row["status"] == ReviewStatus.RECEIVED:
        return False
    submission = await _submission_tx(tx, submission_id)
    assert submission is not None
    previous = await _write_status_tx(
        tx,
        submission,
        ReviewStatus.RECEIVED,
        reason=ChangeReason.REVISED,
        actor_id=participant_id,
        version=version,
        now=now,
    )
    # The audit log's actor, as for every review.* entry: the Telegram id (the participant id in
    # the details), so that erasing the focal point anonymises this entry too.
    telegram_id = (
        await tx.fetchone("SELECT telegram_id FROM participants WHERE id = ?", (participant_id,))
        if participant_id is not None
        else None
    )
    await record_tx(
        tx,
        "review.reopened",
        actor_id=int(telegram_id["telegram_id"]) if telegram_id is not None else None,
        subject=submission["reference"],
        consultation_id=int(submission["consultation_id"]),
        participant_id=participant_id,
        previous=previous.value,
        version=version,
    )
    return True


async def status_history(db: Database, submission_id: int) -> list[StatusChange]:
    rows = await db.fetchall(
        "SELECT * FROM review_status_changes WHERE submission_id = ? ORDER BY id", (submission_id,)
    )
    return [_change(r) for r in rows]


# -- tags -------------------------------------------------------------------------------------


async def _names_taken_tx(
    tx: Transaction, consultation_id: int, names: dict[str, str], except_id: int | None = None
) -> bool:
    rows = await tx.fetchall("SELECT id, names FROM review_tags WHERE consultation_id = ?", (consultation_id,))
    for row in rows:
        if row["id"] == except_id:
            continue
        theirs = json.loads(row["names"])
        for language, name in names.items():
            if theirs.get(language, "").casefold() == name.casefold():
                return True
    return False


async def add_tag(
    db: Database, consultation_id: int, names: dict[str, str], *, actor: Participant, now: datetime
) -> Tag:
    """A new theme of the consultation. ReviewError: tag-empty, tag-too-long, tag-language,
    tag-taken (a name already used by another theme in the same language)."""
    cleaned = clean_names(names)
    async with db.transaction() as tx:
        if await _names_taken_tx(tx, consultation_id, cleaned):
            raise ReviewError("tag-taken")
        tag_id = await tx.execute(
            "INSERT INTO review_tags (consultation_id, names, created_by, created_at, updated_by, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (consultation_id, json.dumps(cleaned, ensure_ascii=False), actor.id, _stamp(now), actor.id, _stamp(now)),
        )
        await _audit(tx, "review.tag-create", actor, None, consultation_id, tag_id=tag_id, names=cleaned)
        row = await tx.fetchone("SELECT * FROM review_tags WHERE id = ?", (tag_id,))
    assert row is not None
    return _tag(row)


async def rename_tag(
    db: Database, tag_id: int, names: dict[str, str], *, actor: Participant, now: datetime
) -> Tag | None:
    """Set the theme's name in the languages given (others kept; an empty name removes that
    language's, unless it is the last). None: no such tag. ReviewError as add_tag."""
    async with db.transaction() as tx:
        row = await tx.fetchone("SELECT * FROM review_tags WHERE id = ?", (tag_id,))
        if row is None:
            return None
        before = json.loads(row["names"])
        merged = {**before, **names}
        cleaned = clean_names(merged)
        changed = {language: name for language, name in cleaned.items() if before.get(language) != name}
        if await _names_taken_tx(tx, int(row["consultation_id"]), changed, except_id=tag_id):
            raise ReviewError("tag-taken")
        await tx.execute(
            "UPDATE review_tags SET names = ?, updated_by = ?, updated_at = ? WHERE id = ?",
            (json.dumps(cleaned, ensure_ascii=False), actor.id, _stamp(now), tag_id),
        )
        await _audit(
            tx,
            "review.tag-rename",
            actor,
            None,
            int(row["consultation_id"]),
            tag_id=tag_id,
            before=before,
            names=cleaned,
        )
        fresh = await tx.fetchone("SELECT * FROM review_tags WHERE id = ?", (tag_id,))
    assert fresh is not None
    return _tag(fresh)


async def get_tag(db: Database, tag_id: int) -> Tag | None:
    row = await db.fetchone("SELECT * FROM review_tags WHERE id = ?", (tag_id,))
    return _tag(row) if row is not None else None


async def tags(db: Database, consultation_id: int) -> list[Tag]:
    """The consultation's themes, oldest first."""
    rows = await db.fetchall("SELECT * FROM review_tags WHERE consultation_id = ? ORDER BY id", (consultation_id,))
    return [_tag(r) for r in rows]


async def find_tag(db: Database, consultation_id: int, name: str) -> Tag | None:
    """The consultation's theme with this name in any language (case-blind), if one."""
    wanted = " ".join(name.split()).casefold()
    for tag in await tags(db, consultation_id):
        if any(value.casefold() == wanted for value in tag.names.values()):
            return tag
    return None


async def tag(db: Database, submission_id: int, tag_id: int, *, actor: Participant, now: datetime) -> bool:
    """Tag the submission; False if it already had the tag, or if the submission or the tag is
    missing or the tag belongs to another consultation."""
    async with db.transaction() as tx:
        submission = await _submission_tx(tx, submission_id)
        found = await tx.fetchone("SELECT consultation_id FROM review_tags WHERE id = ?", (tag_id,))
        if submission is None or found is None or found["consultation_id"] != submission["consultation_id"]:
            return False
        added = await tx.rowcount(
            "INSERT INTO submission_tags (submission_id, tag_id, tagged_by, tagged_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT DO NOTHING",
            (submission_id, tag_id, actor.id, _stamp(now)),
        )
        if added:
            await _audit(tx, "review.tag", actor, submission, int(submission["consultation_id"]), tag_id=tag_id)
    return bool(added)


async def untag(db: Database, submission_id: int, tag_id: int, *, actor: Participant, now: datetime) -> bool:
    """Remove the tag from the submission; False if it did not have it."""
    async with db.transaction() as tx:
        submission = await _submission_tx(tx, submission_id)
        if submission is None:
            return False
        removed = await tx.rowcount(
            "DELETE FROM submission_tags WHERE submission_id = ? AND tag_id = ?", (submission_id, tag_id)
        )
        if removed:
            await _audit(tx, "review.untag", actor, submission, int(submission["consultation_id"]), tag_id=tag_id)
    return bool(removed)


async def tags_of(db: Database, submission_id: int) -> list[Tag]:
    rows = await db.fetchall(
        "SELECT t.* FROM review_tags t JOIN submission_tags st ON st.tag_id = t.id"
        " WHERE st.submission_id = ? ORDER BY t.id",
        (submission_id,),
    )
    return [_tag(r) for r in rows]


# -- notes and replies --------------------------------------------------------------------------


async def add_note(db: Database, submission_id: int, text: str, *, actor: Participant, now: datetime) -> Note | None:
    """An internal note. None: no such submission. ReviewError: note-empty, note-too-long."""
    cleaned = clean_text(text, NOTE_MAX, "note")
    async with db.transaction() as tx:
        submission = await _submission_tx(tx, submission_id)
        if submission is None:
            return None
        note_id = await tx.execute(
            "INSERT INTO review_notes (submission_id, author_id, text, version, created_at) VALUES (?, ?, ?, ?, ?)",
            (submission_id, actor.id, cleaned, submission["current_version"], _stamp(now)),
        )
        await _audit(tx, "review.note", actor, submission, int(submission["consultation_id"]), note_id=note_id)
        row = await tx.fetchone("SELECT * FROM review_notes WHERE id = ?", (note_id,))
    assert row is not None
    return _note(row)


async def notes(db: Database, submission_id: int) -> list[Note]:
    rows = await db.fetchall("SELECT * FROM review_notes WHERE submission_id = ? ORDER BY id", (submission_id,))
    return [_note(r) for r in rows]


_REPLY_SELECT = (
    "SELECT r.*, (SELECT b.id FROM broadcasts b WHERE b.reply_id = r.id ORDER BY b.id LIMIT 1) AS broadcast_id"
    " FROM review_replies r"
)


async def add_reply(
    db: Database,
    submission_id: int,
    text: str,
    *,
    actor: Participant,
    now: datetime,
    draft_flow: str | None = None,
) -> Reply | None:
    """A reply to the country, kept with the submission and queued, in the same transaction, for
    each approved focal point of the State (in their language; `recipients` says how many, 0:
    kept, nobody to send it to). The caller wakes the sender. None: no such submission, or,
    with `draft_flow`, the officer's draft of that flow (staff_drafts) was already consumed (the
    same Send twice: nothing is queued twice). ReviewError: reply-empty, reply-too-long."""
    cleaned = clean_text(text, REPLY_MAX, "reply")
    async with db.transaction() as tx:
        submission = await _submission_tx(tx, submission_id)
        if submission is None:
            return None
        if draft_flow is not None and not await staff_drafts.claim_tx(tx, actor.id, draft_flow):
            return None
        consultation_id = int(submission["consultation_id"])
        audience = broadcasts.Audience(kind=broadcasts.AudienceKind.COUNTRIES, countries=[submission["country_code"]])
        members = await broadcasts.audience_members(tx, audience, consultation_id)
        recipients = [broadcasts.recipient_for(member) for member in members]
        reply_id = await tx.execute(
            "INSERT INTO review_replies (submission_id, author_id, text, version, recipients, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (submission_id, actor.id, cleaned, submission["current_version"], len(recipients), _stamp(now)),
        )
        broadcast_id = None
        if recipients:
            broadcast_id = await broadcasts.create_tx(
                tx,
                kind=broadcasts.MessageKind.CUSTOM,
                audience=audience,
                recipients=recipients,
                now=now,
                created_by=actor.id,
                custom_text=cleaned,
                consultation_id=consultation_id,
            )
            await tx.execute("UPDATE broadcasts SET reply_id = ? WHERE id = ?", (reply_id, broadcast_id))
        await _audit(
            tx,
            "review.reply",
            actor,
            submission,
            consultation_id,
            reply_id=reply_id,
            broadcast_id=broadcast_id,
            recipients=len(recipients),
            languages=sorted({r.language for r in recipients}),
        )
        row = await tx.fetchone(_REPLY_SELECT + " WHERE r.id = ?", (reply_id,))
    assert row is not None
    return _reply(row)


async def replies(db: Database, submission_id: int) -> list[Reply]:
    rows = await db.fetchall(_REPLY_SELECT + " WHERE r.submission_id = ? ORDER BY r.id", (submission_id,))
    return [_reply(r) for r in rows]


async def reply_message(db: Database, reply_id: int) -> ReplyMessage | None:
    """The reply as the sender words it for each recipient (reference and text)."""
    row = await db.fetchone(
        "SELECT r.id, r.text, s.reference, s.consultation_id FROM review_replies r"
        " JOIN submissions s ON s.id = r.submission_id WHERE r.id = ?",
        (reply_id,),
    )
    if row is None:
        return None
    return ReplyMessage(
        reply_id=row["id"], reference=row["reference"], text=row["text"], consultation_id=row["consultation_id"]
    )


async def replies_to_country(db: Database, country_code: str, consultation_id: int) -> list[tuple[str, Reply]]:
    """Every reply sent to this State in the consultation, with its submission's reference: what
    its focal points may see (never notes, never tags)."""
    rows = await db.fetchall(
        "SELECT s.reference AS reference, r.*, (SELECT b.id FROM broadcasts b WHERE b.reply_id = r.id"
        " ORDER BY b.id LIMIT 1) AS broadcast_id FROM review_replies r JOIN submissions s ON s.id = r.submission_id"
        " WHERE s.country_code = ? AND s.consultation_id = ? ORDER BY r.id",
        (country_code, consultation_id),
    )
    return [(row["reference"], _reply(row)) for row in rows]


# -- reading --------------------------------------------------------------------------------------


async def review_of(db: Database, submission_id: int) -> Review | None:
    """Everything about the review of one submission. None: no such submission."""
    found = await reviews_for(db, [submission_id])
    return found.get(submission_id)


async def reviews_for(db: Database, submission_ids: list[int]) -> dict[int, Review]:
    """The reviews of many submissions at once (exports), keyed by submission id; submissions
    that do not exist are left out."""
    if not submission_ids:
        return {}
    # The ids as one JSON array parameter (json_each): no SQL is built from values.
    wanted = json.dumps(sorted(set(submission_ids)))
    found: dict[int, Review] = {}
    for row in await db.fetchall(
        "SELECT s.id, s.consultation_id, s.reference, s.country_code, r.status, r.version, r.reopened,"
        " r.updated_by, r.updated_at FROM submissions s LEFT JOIN submission_reviews r ON r.submission_id = s.id"
        " WHERE s.id IN (SELECT value FROM json_each(?))",
        (wanted,),
    ):
        found[row["id"]] = Review(
            submission_id=row["id"],
            consultation_id=row["consultation_id"],
            reference=row["reference"],
            country_code=row["country_code"],
            status=ReviewStatus(row["status"] or ReviewStatus.RECEIVED),
            version=row["version"],
            reopened=bool(row["reopened"]),
            updated_by=row["updated_by"],
            updated_at=from_db(row["updated_at"]),
        )
    for row in await db.fetchall(
        "SELECT st.submission_id AS for_submission, t.* FROM submission_tags st JOIN review_tags t"
        " ON t.id = st.tag_id WHERE st.submission_id IN (SELECT value FROM json_each(?)) ORDER BY t.id",
        (wanted,),
    ):
        found[row["for_submission"]].tags.append(_tag(row))
    for row in await db.fetchall(
        "SELECT * FROM review_notes WHERE submission_id IN (SELECT value FROM json_each(?)) ORDER BY id", (wanted,)
    ):
        found[row["submission_id"]].notes.append(_note(row))
    for row in await db.fetchall(
        _REPLY_SELECT + " WHERE r.submission_id IN (SELECT value FROM json_each(?)) ORDER BY r.id",  # noqa: S608 (constants)
        (wanted,),
    ):
        found[row["submission_id"]].replies.append(_reply(row))
    for row in await db.fetchall(
        "SELECT * FROM review_status_changes WHERE submission_id IN (SELECT value FROM json_each(?)) ORDER BY id",
        (wanted,),
    ):
        found[row["submission_id"]].history.append(_change(row))
    return found


async def find(
    db: Database,
    consultation_id: int,
    *,
    statuses: list[ReviewStatus] | None = None,
    tag_ids: list[int] | None = None,
    country_code: str | None = None,
    include_withdrawn: bool = False,
) -> list[int]:
    """Ids of the consultation's submissions (in reference order) whose status is one of
    `statuses`, that carry every tag of `tag_ids`, of `country_code`; None: no filter."""
    sql = (
        "SELECT s.id FROM submissions s LEFT JOIN submission_reviews r ON r.submission_id = s.id"
        " WHERE s.consultation_id = ?"
    )
    params: list[object] = [consultation_id]
    if not include_withdrawn:
        sql += " AND s.status = 'submitted'"
    if country_code is not None:
        sql += " AND s.country_code = ?"
        params.append(country_code)
    if statuses is not None:
        if not statuses:
            return []
        sql += " AND COALESCE(r.status, 'received') IN (SELECT value FROM json_each(?))"
        params.append(json.dumps([status.value for status in statuses]))
    for tag_id in tag_ids or []:
        sql += " AND EXISTS (SELECT 1 FROM submission_tags st WHERE st.submission_id = s.id AND st.tag_id = ?)"
        params.append(tag_id)
    rows = await db.fetchall(sql + " ORDER BY s.seq", params)
    return [int(r["id"]) for r in rows]


async def status_counts(db: Database, consultation_id: int, country_code: str | None = None) -> dict[ReviewStatus, int]:
    """How many current (not withdrawn) submissions have each status."""
    sql = (
        "SELECT COALESCE(r.status, 'received') AS status, COUNT(*) AS n FROM submissions s"
        " LEFT JOIN submission_reviews r ON r.submission_id = s.id"
        " WHERE s.consultation_id = ? AND s.status = 'submitted'"
    )
    params: list[object] = [consultation_id]
    if country_code is not None:
        sql += " AND s.country_code = ?"
        params.append(country_code)
    rows = await db.fetchall(sql + " GROUP BY 1", params)
    counts = dict.fromkeys(ReviewStatus, 0)
    for row in rows:
        counts[ReviewStatus(row["status"])] = int(row["n"])
    return counts
