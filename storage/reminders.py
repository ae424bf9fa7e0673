"""Reminders: one row per "N days before the deadline", the source of truth for the JobQueue.

The JobQueue keeps nothing across restarts, so services/reminders.py rebuilds its jobs from
these rows at every start. A row is `scheduled` until it runs once (`sent`), is passed over
(`skipped`: the deadline had passed, or a later reminder superseded it while the bot was down)
or is cancelled by the secretariat. Running a reminder is one transaction: the row leaves
`scheduled`, a receipt is taken per recipient (`reminder_receipts`, one per person and offset,
so nobody is reminded twice for the same offset), and the broadcast with its deliveries is
queued. Either all of that happened or none of it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta
from enum import StrEnum

import aiosqlite
from pydantic import BaseModel

from storage import broadcasts
from storage.audit import record_tx
from storage.broadcasts import Audience, AudienceKind, MessageKind, Recipient
from storage.db import Database, Transaction
from storage.models import Model, Participant, from_db, to_db


class ReminderStatus(StrEnum):
    SCHEDULED = "scheduled"
    SENT = "sent"
    SKIPPED = "skipped"
    CANCELLED = "cancelled"


class Reminder(Model):
    id: int
    offset_days: int
    due_at: datetime
    status: ReminderStatus
    run_at: datetime | None = None
    created_by: int | None = None
    created_at: datetime
    consultation_id: int = 1


class RunResult(BaseModel):
    reminder_id: int
    broadcast_id: int | None = None
    recipients: int = 0
    deferred: int = 0
    already_reminded: int = 0
    no_civil_hour: int = 0


# Returned by a planner for a recipient who cannot be reached at a civil hour before the deadline.
NO_CIVIL_HOUR = "no_civil_hour"
Planner = Callable[[Participant], datetime | str | None]


def due_for(deadline: datetime, offset_days: int) -> datetime:
    return deadline - timedelta(days=offset_days)


def _reminder(row: aiosqlite.Row) -> Reminder:
    data = dict(row)
    for name in ("due_at", "run_at", "created_at"):
        data[name] = from_db(data[name])
    return Reminder.model_validate(data)


async def all_reminders(db: Database, consultation_id: int | None = None) -> list[Reminder]:
    """Every reminder (of one consultation, if named)."""
    if consultation_id is None:
        rows = await db.fetchall("SELECT * FROM reminders ORDER BY due_at, id")
    else:
        rows = await db.fetchall(
            "SELECT * FROM reminders WHERE consultation_id = ? ORDER BY due_at, id", (consultation_id,)
        )
    return [_reminder(r) for r in rows]


FIRST_CONSULTATION = 1


async def scheduled(db: Database, consultation_id: int = FIRST_CONSULTATION) -> list[Reminder]:
    rows = await db.fetchall(
        "SELECT * FROM reminders WHERE status = 'scheduled' AND consultation_id = ? ORDER BY due_at, id",
        (consultation_id,),
    )
    return [_reminder(r) for r in rows]


async def get(db: Database, reminder_id: int) -> Reminder | None:
    row = await db.fetchone("SELECT * FROM reminders WHERE id = ?", (reminder_id,))
    return _reminder(row) if row else None


async def seed(
    db: Database, offsets: list[int], deadline: datetime, now: datetime, consultation_id: int = FIRST_CONSULTATION
) -> int:
    """A row for each offset of the definition that never had one (a cancelled one stays so)."""
    created = 0
    async with db.transaction() as tx:
        for offset in offsets:
            exists = await tx.fetchval(
                "SELECT 1 FROM reminders WHERE offset_days = ? AND consultation_id = ? LIMIT 1",
                (offset, consultation_id),
            )
            if exists:
                continue
            reminder_id = await tx.execute(
                "INSERT INTO reminders (offset_days, due_at, status, created_at, consultation_id)"
                " VALUES (?, ?, 'scheduled', ?, ?)",
                (offset, to_db(due_for(deadline, offset)), to_db(now), consultation_id),
            )
            await record_tx(
                tx,
                "reminder.add",
                actor_id=None,
                subject=f"reminder:{reminder_id}",
                consultation_id=consultation_id,
                offset_days=offset,
                source="definition",
            )
            created += 1
    return created


async def realign(
    db: Database,
    deadline: datetime,
    now: datetime,
    *,
    reopen_skipped: bool,
    consultation_id: int = FIRST_CONSULTATION,
) -> None:
    """Due times follow the deadline. After a deadline change, a reminder skipped because the
    deadline had passed comes back if its new time is still ahead."""
    async with db.transaction() as tx:
        rows = await tx.fetchall(
            "SELECT id, offset_days FROM reminders WHERE status = 'scheduled' AND consultation_id = ?",
            (consultation_id,),
        )
        for row in rows:
            await tx.execute(
                "UPDATE reminders SET due_at = ? WHERE id = ?",
                (to_db(due_for(deadline, row["offset_days"])), row["id"]),
            )
        if not reopen_skipped:
            return
        skipped = await tx.fetchall(
            "SELECT id, offset_days FROM reminders WHERE status = 'skipped' AND consultation_id = ? ORDER BY id DESC",
            (consultation_id,),
        )
        for row in skipped:
            due = due_for(deadline, row["offset_days"])
            if due <= now:
                continue
            taken = await tx.fetchval(
                "SELECT 1 FROM reminders WHERE status = 'scheduled' AND offset_days = ? AND consultation_id = ?",
                (row["offset_days"], consultation_id),
            )
            if taken:
                continue
            await tx.execute(
                "UPDATE reminders SET status = 'scheduled', due_at = ?, run_at = NULL WHERE id = ?",
                (to_db(due), row["id"]),
            )
            await record_tx(
                tx, "reminder.reopen", actor_id=None, subject=f"reminder:{row['id']}", offset_days=row["offset_days"]
            )


async def add(
    db: Database,
    offset_days: int,
    deadline: datetime,
    now: datetime,
    *,
    actor_id: int | None,
    created_by: int | None,
    consultation_id: int = FIRST_CONSULTATION,
) -> Reminder | None:
    """A new scheduled reminder; None if one is already scheduled for this offset."""
    try:
        async with db.transaction() as tx:
            reminder_id = await tx.execute(
                "INSERT INTO reminders (offset_days, due_at, status, created_by, created_at, consultation_id)"
                " VALUES (?, ?, 'scheduled', ?, ?, ?)",
                (offset_days, to_db(due_for(deadline, offset_days)), created_by, to_db(now), consultation_id),
            )
            await record_tx(
                tx,
                "reminder.add",
                actor_id=actor_id,
                subject=f"reminder:{reminder_id}",
                consultation_id=consultation_id,
                offset_days=offset_days,
            )
    except sqlite3.IntegrityError:
        return None
    return await get(db, reminder_id)


async def cancel(db: Database, reminder_id: int, *, actor_id: int | None) -> Reminder | None:
    """Cancel a scheduled reminder; None if it was not scheduled (already run or cancelled)."""
    async with db.transaction() as tx:
        changed = await tx.rowcount(
            "UPDATE reminders SET status = 'cancelled' WHERE id = ? AND status = 'scheduled'", (reminder_id,)
        )
        if changed:
            offset = await tx.fetchval("SELECT offset_days FROM reminders WHERE id = ?", (reminder_id,))
            await record_tx(
                tx, "reminder.cancel", actor_id=actor_id, subject=f"reminder:{reminder_id}", offset_days=offset
            )
    return await get(db, reminder_id) if changed else None


async def skip(db: Database, reminder_id: int, reason: str, now: datetime) -> bool:
    async with db.transaction() as tx:
        changed = await tx.rowcount(
            "UPDATE reminders SET status = 'skipped', run_at = ? WHERE id = ? AND status = 'scheduled'",
            (to_db(now), reminder_id),
        )
        if changed:
            await record_tx(tx, "reminder.skipped", actor_id=None, subject=f"reminder:{reminder_id}", reason=reason)
    return bool(changed)


async def audience_size(db: Database, offset_days: int, consultation_id: int = FIRST_CONSULTATION) -> int:
    """Focal points a reminder for this offset would reach now (not yet reminded for it)."""
    members = await broadcasts.audience_members(db, Audience(kind=AudienceKind.NOT_SUBMITTED), consultation_id)
    if not members:
        return 0
    reminded = {
        r["participant_id"]
        for r in await db.fetchall(
            "SELECT participant_id FROM reminder_receipts WHERE offset_days = ? AND consultation_id = ?",
            (offset_days, consultation_id),
        )
    }
    return sum(1 for m in members if m.id not in reminded)


async def run(
    db: Database, reminder_id: int, now: datetime, planner: Planner, invited: list[str] | None = None
) -> RunResult | None:
    """Run a scheduled reminder once: receipts, the broadcast and its deliveries, the audit.

    `planner` says for each recipient when their office hours allow it (None: now), or
    NO_CIVIL_HOUR if no civil hour is left before the deadline. None if the row was no longer
    scheduled (it ran already, or was cancelled): running twice is impossible. `invited`: the
    consultation's invited States (None or empty: every State), the only ones reminded.
    """
    async with db.transaction() as tx:
        row = await tx.fetchone("SELECT * FROM reminders WHERE id = ?", (reminder_id,))
        if row is None or row["status"] != ReminderStatus.SCHEDULED.value:
            return None
        reminder = _reminder(row)
        result = RunResult(reminder_id=reminder_id)
        recipients = await _take_receipts(tx, reminder, now, planner, result, set(invited or ()))
        if recipients:
            result.broadcast_id = await broadcasts.create_tx(
                tx,
                kind=MessageKind.REMINDER,
                audience=Audience(kind=AudienceKind.NOT_SUBMITTED),
                recipients=recipients,
                now=now,
                created_by=None,
                reminder_id=reminder_id,
                consultation_id=reminder.consultation_id,
            )
        await tx.execute("UPDATE reminders SET status = 'sent', run_at = ? WHERE id = ?", (to_db(now), reminder_id))
        await record_tx(
            tx,
            "reminder.run",
            actor_id=None,
            subject=f"reminder:{reminder_id}",
            consultation_id=reminder.consultation_id,
            offset_days=reminder.offset_days,
            broadcast_id=result.broadcast_id,
            recipients=result.recipients,
            deferred=result.deferred,
            already_reminded=result.already_reminded,
            no_civil_hour=result.no_civil_hour,
        )
    return result


async def _take_receipts(
    tx: Transaction, reminder: Reminder, now: datetime, planner: Planner, result: RunResult, invited: set[str]
) -> list[Recipient]:
    """Receipts per consultation: a person reminded for an offset of one consultation is still
    reminded for the same offset of another."""
    audience = Audience(kind=AudienceKind.NOT_SUBMITTED)
    members = await broadcasts.audience_members(tx, audience, reminder.consultation_id)
    if invited:
        members = [m for m in members if m.country_code in invited]
    recipients: list[Recipient] = []
    for member in members:
        already = await tx.fetchval(
            "SELECT 1 FROM reminder_receipts WHERE offset_days = ? AND participant_id = ? AND consultation_id = ?",
            (reminder.offset_days, member.id, reminder.consultation_id),
        )
        if already:
            result.already_reminded += 1
            continue
        plan = planner(member)
        if plan == NO_CIVIL_HOUR:
            result.no_civil_hour += 1
            continue
        not_before = plan if isinstance(plan, datetime) else None
        await tx.execute(
            "INSERT INTO reminder_receipts (offset_days, participant_id, reminder_id, sent_at, consultation_id)"
            " VALUES (?, ?, ?, ?, ?)",
            (reminder.offset_days, member.id, reminder.id, to_db(not_before or now), reminder.consultation_id),
        )
        recipients.append(broadcasts.recipient_for(member, not_before))
        result.recipients += 1
        if not_before is not None:
            result.deferred += 1
    return recipients


async def receipts(db: Database, offset_days: int | None = None) -> list[tuple[int, int]]:
    """(offset_days, participant_id) pairs, for tests and /schedule."""
    if offset_days is None:
        rows = await db.fetchall("SELECT offset_days, participant_id FROM reminder_receipts ORDER BY 1, 2")
    else:
        rows = await db.fetchall(
            "SELECT offset_days, participant_id FROM reminder_receipts WHERE offset_days = ? ORDER BY 2", (offset_days,)
        )
    return [(int(r[0]), int(r[1])) for r in rows]
