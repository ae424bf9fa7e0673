"""Reminders: one row per "N days before the deadline", the source of truth for the JobQueue.

The JobQueue keeps nothing across restarts, so services/reminders.py rebuilds its jobs from
these rows at every start. A row is `scheduled` until it runs once (`sent`), is passed over
(`skipped`: the deadline had passed, or a later reminder superseded it while the bot was down)
or is cancelled by the secretariat. Running a reminder is one transaction: the row leaves
`scheduled`, a receipt is taken per recipient (`reminder_receipts`, one per person and offset,
so nobody is reminded twice for the same offset), and the broadcast with its deliveries is
queued. Either all of that happened or none of it.

Deadlines move (issue 17). A row remembers the deadline its due time was computed for
(`deadline_at`); when that deadline moves, `realign` recomputes every row that has not really
been delivered: a scheduled one gets its new time; a skipped one comes back if its new time
is ahead; a run whose deliveries were all still waiting (office hours) is scheduled again, its
waiting deliveries skipped and their receipts released; a run delivered to some keeps its
history and the rest get a new row. A run that reached nobody is never `sent`: it is
`skipped`, with the reason in `note` (nobody left to remind, everyone reminded already, no
civil hour before the deadline). A State with an extension has rows of its own
(`country_code`), following its deadline; the consultation's rows remind the other States.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta
from enum import StrEnum

import aiosqlite
from pydantic import BaseModel

from storage import broadcasts, reminder_files
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
    country_code: str | None = None  # a State's own reminder (its extension); None: the others
    deadline_at: datetime | None = None  # the deadline `due_at` was computed for
    note: str | None = None  # why it was not sent (skipped, cancelled)


class RunResult(BaseModel):
    reminder_id: int
    broadcast_id: int | None = None
    recipients: int = 0
    deferred: int = 0
    already_reminded: int = 0
    no_civil_hour: int = 0


# Returned by a planner for a recipient who cannot be reached at a civil hour before the deadline.
NO_CIVIL_HOUR = "no_civil_hour"
# Why a run reached nobody (a reminder's note).
NOBODY = "nobody"  # every State concerned has submitted
ALREADY_REMINDED = "already_reminded"
DEADLINE_MOVED = "deadline_moved"  # its new time had passed when the deadline moved
SUPERSEDED = "superseded"
DEADLINE_PASSED = "deadline_passed"
Planner = Callable[[Participant], datetime | str | None]


def due_for(deadline: datetime, offset_days: int) -> datetime:
    return deadline - timedelta(days=offset_days)


def _reminder(row: aiosqlite.Row) -> Reminder:
    data = dict(row)
    for name in ("due_at", "run_at", "created_at", "deadline_at"):
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


async def scheduled(
    db: Database, consultation_id: int = FIRST_CONSULTATION, country_code: str | None = None
) -> list[Reminder]:
    """Scheduled rows of the consultation's own reminders, or of one State's (its extension)."""
    rows = await db.fetchall(
        "SELECT * FROM reminders WHERE status = 'scheduled' AND consultation_id = ?"
        " AND COALESCE(country_code, '') = ? ORDER BY due_at, id",
        (consultation_id, country_code or ""),
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
                "SELECT 1 FROM reminders WHERE offset_days = ? AND consultation_id = ? AND country_code IS NULL"
                " LIMIT 1",
                (offset, consultation_id),
            )
            if exists:
                continue
            reminder_id = await tx.execute(
                "INSERT INTO reminders (offset_days, due_at, status, created_at, consultation_id, deadline_at)"
                " VALUES (?, ?, 'scheduled', ?, ?, ?)",
                (offset, to_db(due_for(deadline, offset)), to_db(now), consultation_id, to_db(deadline)),
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


async def seed_state(db: Database, consultation_id: int, country_code: str, deadline: datetime, now: datetime) -> int:
    """A State with an extension gets its own row for each offset the consultation reminds at
    (not cancelled), if it has none for it yet and its time is still ahead."""
    created = 0
    async with db.transaction() as tx:
        offsets = await tx.fetchall(
            "SELECT DISTINCT offset_days FROM reminders WHERE consultation_id = ? AND country_code IS NULL"
            " AND status != 'cancelled' ORDER BY offset_days DESC",
            (consultation_id,),
        )
        for row in offsets:
            offset = int(row["offset_days"])
            due = due_for(deadline, offset)
            exists = await tx.fetchval(
                "SELECT 1 FROM reminders WHERE consultation_id = ? AND country_code = ? AND offset_days = ?"
                " AND status IN ('scheduled', 'sent', 'skipped') LIMIT 1",
                (consultation_id, country_code, offset),
            )
            if exists or due <= now:
                continue
            reminder_id = await tx.execute(
                "INSERT INTO reminders (offset_days, due_at, status, created_at, consultation_id, country_code,"
                " deadline_at) VALUES (?, ?, 'scheduled', ?, ?, ?, ?)",
                (offset, to_db(due), to_db(now), consultation_id, country_code, to_db(deadline)),
            )
            await record_tx(
                tx,
                "reminder.add",
                actor_id=None,
                subject=f"reminder:{reminder_id}",
                consultation_id=consultation_id,
                offset_days=offset,
                country=country_code,
                source="extension",
            )
            created += 1
    return created


async def realign(
    db: Database,
    deadline: datetime,
    now: datetime,
    *,
    consultation_id: int = FIRST_CONSULTATION,
    country_code: str | None = None,
) -> None:
    """Due times follow the deadline (of the consultation, or of one State's extension), and a
    move of that deadline recomputes every row not really delivered (see the module's text)."""
    scope = (consultation_id, country_code or "")
    async with db.transaction() as tx:
        rows = await tx.fetchall(
            "SELECT id, offset_days FROM reminders WHERE status = 'scheduled'"
            " AND consultation_id = ? AND COALESCE(country_code, '') = ?",
            scope,
        )
        for row in rows:
            await tx.execute(
                "UPDATE reminders SET due_at = ?, deadline_at = ? WHERE id = ?",
                (to_db(due_for(deadline, row["offset_days"])), to_db(deadline), row["id"]),
            )
        # Rows written before deadlines were remembered: their deadline is taken as the current one.
        await tx.execute(
            "UPDATE reminders SET deadline_at = ? WHERE deadline_at IS NULL"
            " AND consultation_id = ? AND COALESCE(country_code, '') = ?",
            (to_db(deadline), *scope),
        )
        moved = await tx.fetchall(
            "SELECT * FROM reminders WHERE status IN ('sent', 'skipped') AND deadline_at != ?"
            " AND consultation_id = ? AND COALESCE(country_code, '') = ? ORDER BY id DESC",
            (to_db(deadline), *scope),
        )
        for row in moved:
            await _recompute_tx(tx, _reminder(row), deadline, now)


async def _free_offset_tx(tx: Transaction, reminder: Reminder) -> bool:
    taken = await tx.fetchval(
        "SELECT 1 FROM reminders WHERE status = 'scheduled' AND offset_days = ? AND consultation_id = ?"
        " AND COALESCE(country_code, '') = ?",
        (reminder.offset_days, reminder.consultation_id, reminder.country_code or ""),
    )
    return not taken


async def _recompute_tx(tx: Transaction, reminder: Reminder, deadline: datetime, now: datetime) -> None:
    """A row run or skipped for another deadline, after the deadline moved."""
    due = due_for(deadline, reminder.offset_days)
    stamp = to_db(now)
    released = 0
    delivered = 0
    if reminder.status is ReminderStatus.SENT:
        # Deliveries still waiting (office hours) or skipped because the old deadline had
        # passed were never delivered: they are dropped, and their receipts released.
        waiting = await tx.fetchall(
            "SELECT d.id, d.participant_id, d.status FROM deliveries d JOIN broadcasts b ON b.id = d.broadcast_id"
            " WHERE b.reminder_id = ? AND ((d.status = 'pending' AND d.in_doubt = 0)"
            " OR (d.status = 'skipped' AND d.last_error IN ('deadline passed', 'deadline moved')))",
            (reminder.id,),
        )
        for row in waiting:
            if row["status"] == "pending":
                await tx.execute(
                    "UPDATE deliveries SET status = 'skipped', last_error = 'deadline moved', updated_at = ?"
                    " WHERE id = ? AND status = 'pending'",
                    (stamp, row["id"]),
                )
            await tx.execute(
                "DELETE FROM reminder_receipts WHERE reminder_id = ? AND participant_id = ?",
                (reminder.id, row["participant_id"]),
            )
            released += 1
        delivered = int(
            await tx.fetchval(
                "SELECT COUNT(*) FROM deliveries d JOIN broadcasts b ON b.id = d.broadcast_id"
                " WHERE b.reminder_id = ? AND (d.status IN ('sent', 'sending') OR d.in_doubt = 1)",
                (reminder.id,),
            )
        )
    ahead = due > now and await _free_offset_tx(tx, reminder)
    if delivered:
        # Its history stays; whoever it had not reached yet gets a row of the new deadline.
        await tx.execute("UPDATE reminders SET deadline_at = ? WHERE id = ?", (to_db(deadline), reminder.id))
        if released and ahead:
            new_id = await tx.execute(
                "INSERT INTO reminders (offset_days, due_at, status, created_at, consultation_id, country_code,"
                " deadline_at) VALUES (?, ?, 'scheduled', ?, ?, ?, ?)",
                (
                    reminder.offset_days,
                    to_db(due),
                    stamp,
                    reminder.consultation_id,
                    reminder.country_code,
                    to_db(deadline),
                ),
            )
            await record_tx(
                tx,
                "reminder.reschedule",
                actor_id=None,
                subject=f"reminder:{new_id}",
                consultation_id=reminder.consultation_id,
                offset_days=reminder.offset_days,
                country=reminder.country_code,
                rest_of=reminder.id,
                recipients=released,
            )
        return
    if ahead:
        await tx.execute(
            "UPDATE reminders SET status = 'scheduled', due_at = ?, run_at = NULL, note = NULL, deadline_at = ?"
            " WHERE id = ?",
            (to_db(due), to_db(deadline), reminder.id),
        )
        action = "reminder.reopen"
    else:
        note = DEADLINE_MOVED if reminder.status is ReminderStatus.SENT else reminder.note
        await tx.execute(
            "UPDATE reminders SET status = 'skipped', run_at = COALESCE(run_at, ?), note = ?, deadline_at = ?"
            " WHERE id = ?",
            (stamp, note, to_db(deadline), reminder.id),
        )
        action = "reminder.deadline_moved"
    await record_tx(
        tx,
        action,
        actor_id=None,
        subject=f"reminder:{reminder.id}",
        consultation_id=reminder.consultation_id,
        offset_days=reminder.offset_days,
        country=reminder.country_code,
        released=released,
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
                "INSERT INTO reminders (offset_days, due_at, status, created_by, created_at, consultation_id,"
                " deadline_at) VALUES (?, ?, 'scheduled', ?, ?, ?, ?)",
                (
                    offset_days,
                    to_db(due_for(deadline, offset_days)),
                    created_by,
                    to_db(now),
                    consultation_id,
                    to_db(deadline),
                ),
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


async def skip(db: Database, reminder_id: int, reason: str, now: datetime, note: str | None = None) -> bool:
    async with db.transaction() as tx:
        changed = await tx.rowcount(
            "UPDATE reminders SET status = 'skipped', run_at = ?, note = ? WHERE id = ? AND status = 'scheduled'",
            (to_db(now), note, reminder_id),
        )
        if changed:
            await record_tx(tx, "reminder.skipped", actor_id=None, subject=f"reminder:{reminder_id}", reason=reason)
    return bool(changed)


async def audience_size(
    db: Database, offset_days: int, consultation_id: int = FIRST_CONSULTATION, country_code: str | None = None
) -> int:
    """Focal points a reminder for this offset would reach now (not yet reminded for it): of
    one State for a State's own reminder, else of the States without an extension."""
    members = await _members(db, consultation_id, country_code)
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


async def _members(db: Database | Transaction, consultation_id: int, country_code: str | None) -> list[Participant]:
    """Whom a reminder of this scope is for: one State's focal points (its own reminder), or
    those of every State without an extension; in both cases only States without a submission."""
    members = await broadcasts.audience_members(db, Audience(kind=AudienceKind.NOT_SUBMITTED), consultation_id)
    if country_code:
        return [m for m in members if m.country_code == country_code]
    extended = {
        r["country_code"]
        for r in await db.fetchall(
            "SELECT country_code FROM deadline_extensions WHERE consultation_id = ? AND status = 'granted'",
            (consultation_id,),
        )
    }
    return [m for m in members if m.country_code not in extended]


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
            await reminder_files.attach_tx(tx, reminder.consultation_id, result.broadcast_id)
        # Never "sent" without deliveries: a run that reached nobody says why.
        note = None
        if not recipients:
            note = NO_CIVIL_HOUR if result.no_civil_hour else ALREADY_REMINDED if result.already_reminded else NOBODY
        await tx.execute(
            "UPDATE reminders SET status = ?, run_at = ?, note = ? WHERE id = ?",
            ("sent" if recipients else "skipped", to_db(now), note, reminder_id),
        )
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
    members = await _members(tx, reminder.consultation_id, reminder.country_code)
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


class Delivered(BaseModel):
    """What a reminder's runs really did (the deliveries of its broadcasts)."""

    sent: int = 0  # delivered (or in flight at a crash, so perhaps delivered)
    waiting: int = 0  # queued, held for office hours
    waiting_from: datetime | None = None
    not_delivered: int = 0  # skipped (the State answered meanwhile), failed, unreachable


async def delivered(db: Database, reminder_id: int) -> Delivered:
    rows = await db.fetchall(
        "SELECT d.status, d.in_doubt, d.next_attempt_at FROM deliveries d JOIN broadcasts b ON b.id = d.broadcast_id"
        " WHERE b.reminder_id = ?",
        (reminder_id,),
    )
    found = Delivered()
    for row in rows:
        if row["status"] in ("sent", "sending") or row["in_doubt"]:
            found.sent += 1
        elif row["status"] == "pending":
            found.waiting += 1
            held = from_db(row["next_attempt_at"])
            if held is not None and (found.waiting_from is None or held < found.waiting_from):
                found.waiting_from = held
        else:
            found.not_delivered += 1
    return found
