"""Broadcasts: an outbox of one delivery row per recipient, drained by services/delivery/sender.py.

A delivery moves `pending` -> `sending` -> `sent`, or ends `unreachable` (the user blocked the
bot, or the chat is gone: never retried), `failed` (a permanent error, or too many transient
ones) or `skipped` (a reminder whose country submitted before the recipient's office hours).
`sending` is written and committed *before* the HTTP call and `sent` right after it: a row
found `sending` at start-up was in flight when the process died, and nobody can tell whether
Telegram delivered it. `recover_in_flight` puts such rows back to `pending` with `in_doubt`
set: they are sent again (see services/delivery/sender.py for why), and the final report counts them.

`next_attempt_at` is a not-before instant in the consultation's clock (`deps.now()`), used for
reminders held until office hours in the recipient's country. Retries after a transient error
are paced by the sender in memory, not here.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime
from enum import StrEnum
from typing import Any

import aiosqlite
from pydantic import BaseModel, Field

from storage import participants, staff_drafts
from storage.audit import record_tx
from storage.db import Database, Transaction
from storage.models import Model, Participant, from_db, to_db
from storage.participants import participant_from_row


class MessageKind(StrEnum):
    INVITATION = "invitation"  # the renewed invitation (report, paragraph 10)
    REMINDER = "reminder"
    CUSTOM = "custom"


class AudienceKind(StrEnum):
    ALL = "all"  # every approved focal point
    NOT_SUBMITTED = "not_submitted"  # focal points of countries without a submission
    COUNTRIES = "countries"  # focal points of the chosen countries


class Audience(BaseModel):
    kind: AudienceKind = AudienceKind.ALL
    countries: list[str] = Field(default_factory=list)


class SendMode(StrEnum):
    NOW = "now"
    AT = "at"  # every delivery not before one instant (the officer's time)
    OFFICE_HOURS = "office_hours"  # each not before the next office hours in the recipient's country


class BroadcastStatus(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    DONE = "done"
    CANCELLED = "cancelled"


class DeliveryStatus(StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    UNREACHABLE = "unreachable"
    SKIPPED = "skipped"


FINAL_STATUSES = (DeliveryStatus.SENT, DeliveryStatus.FAILED, DeliveryStatus.UNREACHABLE, DeliveryStatus.SKIPPED)


class Broadcast(Model):
    id: int
    kind: MessageKind
    custom_text: str | None = None
    audience: Audience
    status: BroadcastStatus
    created_by: int | None = None
    created_at: datetime
    started_at: datetime | None = None
    finished_at: datetime | None = None
    progress_chat_id: int | None = None
    progress_message_id: int | None = None
    reminder_id: int | None = None
    consultation_id: int = 1  # whose invitation, reminder or message it is
    # A custom note's versions {language: text}, and for a language without one, the version
    # its recipients get instead {missing: chosen} (storage/communications.py: text_language).
    texts: dict[str, str] = Field(default_factory=dict)
    fallbacks: dict[str, str] = Field(default_factory=dict)
    send_mode: SendMode = SendMode.NOW
    send_at: datetime | None = None
    resend_of: int | None = None
    # A notice rendered from the catalogs in each recipient's language (storage/deadlines.py:
    # Notice), for a broadcast of kind custom without a text of its own.
    notice: dict[str, Any] | None = None
    reply_id: int | None = None  # a reply to a country's submission (storage/review.py)
    # One message to one person (migration 0009): "alert", "digest", "notice"; `custom_text`
    # is already in the recipient's language and is sent as it is. None: an officer's broadcast.
    purpose: str | None = None


class Delivery(Model):
    id: int
    broadcast_id: int
    participant_id: int
    chat_id: int
    language: str
    status: DeliveryStatus
    attempts: int = 0
    last_error: str | None = None
    next_attempt_at: datetime | None = None
    sent_at: datetime | None = None
    telegram_message_id: int | None = None
    updated_at: datetime
    in_doubt: bool = False
    parts_sent: int = 0  # the text, then each document: how many of these messages are sent
    # The recipient's country (read with the delivery, not stored in it): times in their zone too.
    country_code: str | None = None


class Recipient(BaseModel):
    """One delivery to create: who, where, in which language, not before when."""

    participant_id: int
    chat_id: int
    language: str
    not_before: datetime | None = None


class Counts(BaseModel):
    total: int = 0
    pending: int = 0
    sending: int = 0
    sent: int = 0
    failed: int = 0
    unreachable: int = 0
    skipped: int = 0
    in_doubt: int = 0
    deferred: int = 0  # pending with a not-before instant still ahead

    @property
    def finished(self) -> bool:
        return self.pending == 0 and self.sending == 0


class UnreachableRecipient(BaseModel):
    participant: Participant
    reason: str


def db_instant(value: datetime) -> str:
    """Whole seconds, so that ISO strings compare in time order inside SQL."""
    text = to_db(value.replace(microsecond=0))
    assert text is not None
    return text


def _broadcast(row: aiosqlite.Row) -> Broadcast:
    data = dict(row)
    for name in ("created_at", "started_at", "finished_at", "send_at"):
        data[name] = from_db(data.get(name))
    data["audience"] = Audience.model_validate(json.loads(data["audience"] or "{}"))
    data["texts"] = json.loads(data.get("texts") or "{}")
    data["fallbacks"] = json.loads(data.get("fallbacks") or "{}")
    data["send_mode"] = data.get("send_mode") or SendMode.NOW.value
    data["notice"] = json.loads(data["notice"]) if data.get("notice") else None
    return Broadcast.model_validate(data)


def _delivery(row: aiosqlite.Row) -> Delivery:
    data = dict(row)
    for name in ("next_attempt_at", "sent_at", "updated_at"):
        data[name] = from_db(data[name])
    data["in_doubt"] = bool(data.get("in_doubt"))
    return Delivery.model_validate(data)


# -- audiences ------------------------------------------------------------------------------

# "Has not submitted" counts the submissions of the broadcast's own consultation only: a
# reminder of one consultation never counts a submission to another.
_NOT_SUBMITTED = (
    " AND p.country_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM submissions s"
    " WHERE s.country_code = p.country_code AND s.status = 'submitted' AND s.consultation_id = ?)"
)
FIRST_CONSULTATION = 1


async def audience_members(
    db: Database | Transaction, audience: Audience, consultation_id: int = FIRST_CONSULTATION
) -> list[Participant]:
    """Approved focal points the audience names, in country order."""
    sql = (
        "SELECT p.* FROM participants p WHERE p.role = 'focal_point' AND p.status = 'approved'"
        " AND p.deactivated_at IS NULL"
    )
    params: tuple[int, ...] = ()
    if audience.kind is AudienceKind.NOT_SUBMITTED:
        sql += _NOT_SUBMITTED
        params = (consultation_id,)
    rows = await db.fetchall(sql + " ORDER BY p.country_code, p.id", params)
    members = [participant_from_row(r) for r in rows]
    if audience.kind is AudienceKind.COUNTRIES:
        wanted = set(audience.countries)
        members = [m for m in members if m.country_code in wanted]
    return members


async def country_has_submitted(db: Database, participant_id: int, consultation_id: int = FIRST_CONSULTATION) -> bool:
    """Whether this participant's country has a submission to the consultation now (re-checked
    before a reminder)."""
    found = await db.fetchval(
        "SELECT 1 FROM participants p JOIN submissions s ON s.country_code = p.country_code"
        " WHERE p.id = ? AND s.status = 'submitted' AND s.consultation_id = ? LIMIT 1",
        (participant_id, consultation_id),
    )
    return found is not None


# -- creating -------------------------------------------------------------------------------


async def create_tx(
    tx: Transaction,
    *,
    kind: MessageKind,
    audience: Audience,
    recipients: list[Recipient],
    now: datetime,
    created_by: int | None,
    custom_text: str | None = None,
    progress_chat_id: int | None = None,
    progress_message_id: int | None = None,
    reminder_id: int | None = None,
    consultation_id: int = FIRST_CONSULTATION,
    texts: dict[str, str] | None = None,
    fallbacks: dict[str, str] | None = None,
    send_mode: SendMode = SendMode.NOW,
    send_at: datetime | None = None,
    resend_of: int | None = None,
    notice: dict[str, Any] | None = None,
) -> int:
    """The broadcast and its deliveries, inside the caller's transaction; returns its id."""
    stamp = to_db(now)
    broadcast_id = await tx.execute(
        "INSERT INTO broadcasts (kind, custom_text, audience, status, created_by, created_at,"
        " progress_chat_id, progress_message_id, reminder_id, consultation_id,"
        " texts, fallbacks, send_mode, send_at, resend_of, notice)"
        " VALUES (?, ?, ?, 'queued', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            kind.value,
            custom_text,
            audience.model_dump_json(),
            created_by,
            stamp,
            progress_chat_id,
            progress_message_id,
            reminder_id,
            consultation_id,
            json.dumps(texts, ensure_ascii=False) if texts else None,
            json.dumps(fallbacks, ensure_ascii=False) if fallbacks else None,
            send_mode.value,
            to_db(send_at) if send_at else None,
            resend_of,
            json.dumps(notice, ensure_ascii=False) if notice is not None else None,
        ),
    )
    await tx.executemany(
        "INSERT INTO deliveries (broadcast_id, participant_id, chat_id, language, status,"
        " next_attempt_at, updated_at) VALUES (?, ?, ?, ?, 'pending', ?, ?)",
        [
            (
                broadcast_id,
                r.participant_id,
                r.chat_id,
                r.language,
                db_instant(r.not_before) if r.not_before else None,
                stamp,
            )
            for r in recipients
        ],
    )
    return broadcast_id


async def create(
    db: Database,
    *,
    kind: MessageKind,
    audience: Audience,
    recipients: list[Recipient],
    now: datetime,
    created_by: int | None,
    actor_telegram_id: int | None,
    custom_text: str | None = None,
    progress_chat_id: int | None = None,
    progress_message_id: int | None = None,
    draft_flow: str | None = None,
    texts: dict[str, str] | None = None,
    fallbacks: dict[str, str] | None = None,
    send_mode: SendMode = SendMode.NOW,
    send_at: datetime | None = None,
    with_draft_files: bool = False,
    consultation_id: int = FIRST_CONSULTATION,
) -> Broadcast | None:
    """A broadcast queued by an officer, audited in the same transaction. With `draft_flow`,
    the officer's saved draft (`staff_drafts`, participant `created_by`) is consumed in that
    transaction too: the same Send arriving again (a double tap, or the update redelivered
    after a crash) finds no draft and queues nothing (None). Without it, never None."""
    async with db.transaction() as tx:
        if draft_flow is not None and (
            created_by is None or not await staff_drafts.claim_tx(tx, created_by, draft_flow)
        ):
            return None
        broadcast_id = await create_tx(
            tx,
            kind=kind,
            audience=audience,
            recipients=recipients,
            now=now,
            created_by=created_by,
            custom_text=custom_text,
            progress_chat_id=progress_chat_id,
            progress_message_id=progress_message_id,
            texts=texts,
            fallbacks=fallbacks,
            send_mode=send_mode,
            send_at=send_at,
            consultation_id=consultation_id,
        )
        files = 0
        if with_draft_files and created_by is not None:
            # The documents the officer attached to the draft become the broadcast's.
            files = await tx.rowcount(
                "UPDATE broadcast_files SET broadcast_id = ?, draft_of = NULL WHERE draft_of = ?",
                (broadcast_id, created_by),
            )
        await record_tx(
            tx,
            "broadcast.create",
            actor_id=actor_telegram_id,
            subject=f"broadcast:{broadcast_id}",
            consultation_id=consultation_id,
            kind=kind.value,
            audience=audience.model_dump(),
            recipients=len(recipients),
            languages=dict(Counter(r.language for r in recipients)),
            versions=sorted(texts or {}),
            fallbacks=fallbacks or {},
            documents=files,
            send_mode=send_mode.value,
            send_at=to_db(send_at) if send_at else None,
        )
    return await get(db, broadcast_id)


class PersonalPurpose(StrEnum):
    ALERT = "alert"  # an officer told of a new or revised submission at once
    DIGEST = "digest"  # an officer's daily digest
    NOTICE = "notice"  # a focal point told of their deactivation, or why a registration was rejected


async def create_personal_tx(
    tx: Transaction,
    *,
    purpose: PersonalPurpose,
    text: str,
    recipient: Recipient,
    now: datetime,
    consultation_id: int = FIRST_CONSULTATION,
) -> int:
    """One message to one person through the outbox, inside the caller's transaction (so it is
    queued exactly when the act it reports is committed); the sender drains it like any
    broadcast, with the same retries and crash recovery. Returns the broadcast id."""
    broadcast_id = await create_tx(
        tx,
        kind=MessageKind.CUSTOM,
        audience=Audience(kind=AudienceKind.COUNTRIES),
        recipients=[recipient],
        now=now,
        created_by=None,
        custom_text=text,
        consultation_id=consultation_id,
    )
    await tx.execute("UPDATE broadcasts SET purpose = ? WHERE id = ?", (purpose.value, broadcast_id))
    return broadcast_id


def recipient_for(participant: Participant, not_before: datetime | None = None) -> Recipient:
    return Recipient(
        participant_id=participant.id,
        chat_id=participant.chat_id or participant.telegram_id,
        language=participant.language,
        not_before=not_before,
    )


# -- reading --------------------------------------------------------------------------------


async def get(db: Database, broadcast_id: int) -> Broadcast | None:
    row = await db.fetchone("SELECT * FROM broadcasts WHERE id = ?", (broadcast_id,))
    return _broadcast(row) if row else None


async def active(db: Database) -> list[Broadcast]:
    """Broadcasts not finished, oldest first (the sender drains them in this order)."""
    rows = await db.fetchall("SELECT * FROM broadcasts WHERE status IN ('queued', 'sending') ORDER BY id")
    return [_broadcast(r) for r in rows]


async def next_due(db: Database, now: datetime) -> Broadcast | None:
    """The oldest unfinished broadcast with a delivery that may be sent now (FIFO)."""
    row = await db.fetchone(
        "SELECT b.* FROM broadcasts b WHERE b.status IN ('queued', 'sending') AND EXISTS ("
        " SELECT 1 FROM deliveries d WHERE d.broadcast_id = b.id AND d.status = 'pending'"
        " AND (d.next_attempt_at IS NULL OR d.next_attempt_at <= ?)) ORDER BY b.id LIMIT 1",
        (db_instant(now),),
    )
    return _broadcast(row) if row else None


async def earliest_not_before(db: Database) -> datetime | None:
    """When the next held delivery (office hours) becomes due, if any."""
    value = await db.fetchval(
        "SELECT MIN(next_attempt_at) FROM deliveries WHERE status = 'pending' AND next_attempt_at IS NOT NULL"
    )
    return from_db(value)


async def due_deliveries(db: Database, broadcast_id: int, now: datetime, *, limit: int = 200) -> list[Delivery]:
    """Pending deliveries of this broadcast that may be sent now, in queue order."""
    rows = await db.fetchall(
        "SELECT d.*, p.country_code FROM deliveries d LEFT JOIN participants p ON p.id = d.participant_id"
        " WHERE d.broadcast_id = ? AND d.status = 'pending'"
        " AND (d.next_attempt_at IS NULL OR d.next_attempt_at <= ?) ORDER BY d.id LIMIT ?",
        (broadcast_id, db_instant(now), limit),
    )
    return [_delivery(r) for r in rows]


async def deliveries(db: Database, broadcast_id: int) -> list[Delivery]:
    rows = await db.fetchall("SELECT * FROM deliveries WHERE broadcast_id = ? ORDER BY id", (broadcast_id,))
    return [_delivery(r) for r in rows]


async def get_delivery(db: Database, delivery_id: int) -> Delivery | None:
    row = await db.fetchone("SELECT * FROM deliveries WHERE id = ?", (delivery_id,))
    return _delivery(row) if row else None


async def counts(db: Database, broadcast_id: int, now: datetime) -> Counts:
    rows = await db.fetchall(
        "SELECT status, COUNT(*) AS n, SUM(in_doubt) AS doubt,"
        " SUM(CASE WHEN status = 'pending' AND next_attempt_at > ? THEN 1 ELSE 0 END) AS held"
        " FROM deliveries WHERE broadcast_id = ? GROUP BY status",
        (db_instant(now), broadcast_id),
    )
    found = Counts()
    for row in rows:
        setattr(found, row["status"], int(row["n"]))
        found.total += int(row["n"])
        found.in_doubt += int(row["doubt"] or 0)
        found.deferred += int(row["held"] or 0)
    return found


async def unreachable_recipients(db: Database, broadcast_id: int) -> list[UnreachableRecipient]:
    rows = await db.fetchall(
        "SELECT p.*, d.last_error AS delivery_error FROM deliveries d"
        " JOIN participants p ON p.id = d.participant_id"
        " WHERE d.broadcast_id = ? AND d.status IN ('unreachable', 'failed') ORDER BY p.country_code, p.id",
        (broadcast_id,),
    )
    found = []
    for row in rows:
        data = dict(row)
        reason = data.pop("delivery_error") or ""
        found.append(UnreachableRecipient(participant=participant_from_row(data), reason=reason))  # type: ignore[arg-type]
    return found


async def queue_position(db: Database, broadcast_id: int, now: datetime) -> int:
    """How many broadcasts will be sent before this one (those only waiting for office hours
    in their recipients' countries do not hold it up; nor are one-person messages, alerts and
    notices, counted: each is one message, not a broadcast the officer would wait for)."""
    return int(
        await db.fetchval(
            "SELECT COUNT(*) FROM broadcasts b WHERE b.status IN ('queued', 'sending') AND b.id < ?"
            " AND b.purpose IS NULL AND EXISTS ("
            " SELECT 1 FROM deliveries d WHERE d.broadcast_id = b.id AND d.status IN ('pending', 'sending')"
            " AND (d.next_attempt_at IS NULL OR d.next_attempt_at <= ?))",
            (broadcast_id, db_instant(now)),
        )
    )


# -- the delivery state machine ----------------------------------------------------------------


async def mark_started(db: Database, broadcast_id: int, now: datetime) -> None:
    await db.execute(
        "UPDATE broadcasts SET status = 'sending', started_at = COALESCE(started_at, ?)"
        " WHERE id = ? AND status = 'queued'",
        (to_db(now), broadcast_id),
    )


async def set_progress_message(db: Database, broadcast_id: int, chat_id: int, message_id: int) -> None:
    await db.execute(
        "UPDATE broadcasts SET progress_chat_id = ?, progress_message_id = ? WHERE id = ?",
        (chat_id, message_id, broadcast_id),
    )


async def mark_sending(db: Database, delivery_id: int, now: datetime, part: int = 0) -> bool:
    """Committed before the HTTP call: the start of the in-flight window. False if not pending
    (or if another part than `part`, the one about to be sent, is next: a stale row)."""
    async with db.transaction() as tx:
        changed = await tx.rowcount(
            "UPDATE deliveries SET status = 'sending', attempts = attempts + 1, updated_at = ?"
            " WHERE id = ? AND status = 'pending' AND parts_sent = ?",
            (to_db(now), delivery_id, part),
        )
    return changed == 1


async def mark_part_sent(
    db: Database,
    delivery_id: int,
    part: int,
    parts: int,
    message_id: int,
    now: datetime,
    *,
    uploaded: tuple[int, str] | None = None,
) -> None:
    """One message of a delivery (its text, or a document) acknowledged by Telegram: the
    delivery is `sent` after its last part, else pending for the next one (the sender keeps the
    chat's one-second gap). `uploaded` (file row id, Telegram's file_id) records the first
    upload of a document in the same transaction, so later copies are sent by file_id."""
    stamp = to_db(now)
    async with db.transaction() as tx:
        if uploaded is not None:
            await tx.execute(
                "UPDATE broadcast_files SET telegram_file_id = ?, uploaded_at = ?"
                " WHERE id = ? AND telegram_file_id IS NULL",
                (uploaded[1], stamp, uploaded[0]),
            )
            # A reminder's copy of a reminder document: the next reminders send it by file_id.
            await tx.execute(
                "UPDATE reminder_files SET telegram_file_id = ? WHERE telegram_file_id IS NULL"
                " AND id = (SELECT reminder_file_id FROM broadcast_files WHERE id = ?)",
                (uploaded[1], uploaded[0]),
            )
        if part + 1 >= parts:
            await tx.execute(
                "UPDATE deliveries SET status = 'sent', parts_sent = ?, sent_at = ?,"
                " telegram_message_id = COALESCE(telegram_message_id, ?), updated_at = ? WHERE id = ?",
                (parts, stamp, message_id, stamp, delivery_id),
            )
        else:
            await tx.execute(
                "UPDATE deliveries SET status = 'pending', parts_sent = ?,"
                " telegram_message_id = COALESCE(telegram_message_id, ?), updated_at = ? WHERE id = ?",
                (part + 1, message_id, stamp, delivery_id),
            )


async def mark_sent(db: Database, delivery_id: int, message_id: int, now: datetime) -> None:
    """Committed right after Telegram's answer: the end of the in-flight window."""
    stamp = to_db(now)
    await db.execute(
        "UPDATE deliveries SET status = 'sent', sent_at = ?, telegram_message_id = ?, updated_at = ? WHERE id = ?",
        (stamp, message_id, stamp, delivery_id),
    )


async def mark_retry(db: Database, delivery_id: int, error: str, now: datetime, *, in_doubt: bool = False) -> None:
    """Back to pending after a transient error (the sender decides when to try again)."""
    await db.execute(
        "UPDATE deliveries SET status = 'pending', last_error = ?, updated_at = ?,"
        " in_doubt = MAX(in_doubt, ?) WHERE id = ?",
        (error[:500], to_db(now), 1 if in_doubt else 0, delivery_id),
    )


async def mark_failed(db: Database, delivery_id: int, error: str, now: datetime) -> None:
    await db.execute(
        "UPDATE deliveries SET status = 'failed', last_error = ?, updated_at = ? WHERE id = ?",
        (error[:500], to_db(now), delivery_id),
    )


async def mark_skipped(db: Database, delivery_id: int, reason: str, now: datetime) -> None:
    await db.execute(
        "UPDATE deliveries SET status = 'skipped', last_error = ?, updated_at = ? WHERE id = ?"
        " AND status IN ('pending', 'sending')",
        (reason, to_db(now), delivery_id),
    )


ERASED = "erased"  # a delivery's last_error when its recipient erased their data first


async def forget_recipient_tx(tx: Transaction, participant_id: int, chat_id: int | None, now: datetime) -> None:
    """An erased person's deliveries keep their outcome, not where they went: no chat id (0,
    which no chat has) and no message id; one not yet sent is skipped. A broadcast's progress
    message in their chat is no longer updated."""
    await tx.execute(
        "UPDATE deliveries SET chat_id = 0, telegram_message_id = NULL, updated_at = ?,"
        " last_error = CASE WHEN status IN ('pending', 'sending') THEN ? ELSE last_error END,"
        " status = CASE WHEN status IN ('pending', 'sending') THEN 'skipped' ELSE status END"
        " WHERE participant_id = ?",
        (to_db(now), ERASED, participant_id),
    )
    if chat_id is not None:
        await tx.execute(
            "UPDATE broadcasts SET progress_chat_id = NULL, progress_message_id = NULL WHERE progress_chat_id = ?",
            (chat_id,),
        )


async def mark_unreachable(db: Database, delivery: Delivery, code: str, error: str, now: datetime) -> None:
    """The delivery ends and the participant is marked unreachable (`code`: blocked,
    deactivated, chat_not_found), in one transaction."""
    async with db.transaction() as tx:
        await tx.execute(
            "UPDATE deliveries SET status = 'unreachable', last_error = ?, updated_at = ? WHERE id = ?",
            (f"{code}: {error}"[:500], to_db(now), delivery.id),
        )
        await participants.mark_unreachable_tx(tx, delivery.participant_id, code, now)


async def set_reachable(db: Database, telegram_id: int, *, reachable: bool, now: datetime, reason: str = "") -> None:
    """What Telegram told us (my_chat_member): the user blocked the bot, or came back."""
    async with db.transaction() as tx:
        participant_id = await tx.fetchval("SELECT id FROM participants WHERE telegram_id = ?", (telegram_id,))
        if participant_id is None:
            return
        if reachable:
            await tx.execute(
                "UPDATE participants SET unreachable_at = NULL, unreachable_reason = NULL, updated_at = ? WHERE id = ?",
                (to_db(now), participant_id),
            )
        else:
            await participants.mark_unreachable_tx(tx, int(participant_id), reason, now)


async def recover_in_flight(db: Database, now: datetime) -> list[Delivery]:
    """At start-up: rows left `sending` by a crash go back to `pending`, flagged in doubt."""
    async with db.transaction() as tx:
        rows = await tx.fetchall("SELECT * FROM deliveries WHERE status = 'sending' ORDER BY id")
        if rows:
            await tx.execute(
                "UPDATE deliveries SET status = 'pending', in_doubt = 1, updated_at = ?,"
                " last_error = 'in flight at a restart: may have been delivered; sent again'"
                " WHERE status = 'sending'",
                (to_db(now),),
            )
            by_broadcast = Counter(r["broadcast_id"] for r in rows)
            await record_tx(
                tx,
                "broadcast.resume",
                actor_id=None,
                in_doubt=len(rows),
                broadcasts={str(k): v for k, v in by_broadcast.items()},
            )
    return [_delivery(r) for r in rows]


async def finish(db: Database, broadcast_id: int, now: datetime) -> Counts | None:
    """Mark done when no delivery is pending or in flight (audited once); else None."""
    async with db.transaction() as tx:
        status = await tx.fetchval("SELECT status FROM broadcasts WHERE id = ?", (broadcast_id,))
        open_rows = await tx.fetchval(
            "SELECT COUNT(*) FROM deliveries WHERE broadcast_id = ? AND status IN ('pending', 'sending')",
            (broadcast_id,),
        )
        if status not in ("queued", "sending") or open_rows:
            return None
        await tx.execute(
            "UPDATE broadcasts SET status = 'done', finished_at = ? WHERE id = ?", (to_db(now), broadcast_id)
        )
        rows = await tx.fetchall(
            "SELECT status, COUNT(*) AS n, SUM(in_doubt) AS doubt FROM deliveries WHERE broadcast_id = ?"
            " GROUP BY status",
            (broadcast_id,),
        )
        summary: dict[str, Any] = {r["status"]: int(r["n"]) for r in rows}
        summary["in_doubt"] = sum(int(r["doubt"] or 0) for r in rows)
        purpose = await tx.fetchval("SELECT purpose FROM broadcasts WHERE id = ?", (broadcast_id,))
        if purpose is None:  # one alert or notice to one person is not a broadcast to audit
            await record_tx(tx, "broadcast.done", actor_id=None, subject=f"broadcast:{broadcast_id}", **summary)
    return await counts(db, broadcast_id, now)
