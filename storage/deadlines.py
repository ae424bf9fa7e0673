"""Deadlines that move: a State's own extension, the notices that announce a change, the
warnings to a focal point with an open draft, and the requests for an extension.

A State's deadline is the later of the consultation's and its granted extension
(`deadline_of`). Granting, changing or revoking an extension, and moving the consultation's
deadline, are each ONE transaction with the notice that announces it (a broadcast of kind
custom carrying a `notice`, queued in the outbox the sender drains): after a `kill -9` either
both happened or neither, and the officer's draft is claimed in it, so the same Confirm
arriving twice announces nothing twice. A State's reminder rows (`reminders.country_code`)
are made and realigned by services/reminders.py; revoking an extension cancels those not yet
run in the same transaction.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from enum import StrEnum
from typing import Any

import aiosqlite

from storage import broadcasts, drafts, staff_drafts
from storage.audit import record_tx
from storage.broadcasts import Audience, AudienceKind, MessageKind, Recipient
from storage.db import Database, Transaction
from storage.drafts import Draft
from storage.models import Model, Participant, from_db, to_db
from storage.participants import participant_from_row
from storage.schedule import ScheduleOverrides


class NoticeType(StrEnum):
    EXTENDED = "extended"  # the consultation's deadline moved later
    BROUGHT_FORWARD = "brought_forward"  # ... moved earlier (an early closing)
    STATE_EXTENDED = "state_extended"  # one State's extension granted or changed
    STATE_REVOKED = "state_revoked"  # one State's extension withdrawn
    WARNING_DAY = "warning_day"  # an open draft, a day before the deadline
    WARNING_HOUR = "warning_hour"  # ... an hour before
    REQUEST = "request"  # to the staff: a focal point asks for an extension
    DECLINED = "declined"  # to the focal point: the request was declined
    CLOSED_EARLY = "closed_early"  # the consultation closed by the secretariat before its deadline


class Notice(Model):
    """What a notice says, rendered in each recipient's language at send time."""

    type: NoticeType
    deadline: datetime | None = None
    previous: datetime | None = None
    country_code: str | None = None
    reason: str | None = None
    request_id: int | None = None

    def payload(self) -> dict[str, Any]:
        return self.model_dump(mode="json", exclude_none=True)


class Extension(Model):
    id: int
    consultation_id: int
    country_code: str
    deadline: datetime
    status: str
    request_id: int | None = None
    granted_by: int | None = None
    granted_at: datetime
    revoked_by: int | None = None
    revoked_at: datetime | None = None


class RequestStatus(StrEnum):
    OPEN = "open"
    GRANTED = "granted"
    DECLINED = "declined"


class ExtensionRequest(Model):
    id: int
    consultation_id: int
    participant_id: int | None = None
    country_code: str
    status: RequestStatus
    requested_at: datetime
    answered_by: int | None = None
    answered_at: datetime | None = None
    reason: str | None = None
    extension_id: int | None = None


def _dated(row: aiosqlite.Row, *names: str) -> dict[str, Any]:
    data = dict(row)
    for name in names:
        data[name] = from_db(data[name])
    return data


def _extension(row: aiosqlite.Row) -> Extension:
    return Extension.model_validate(_dated(row, "deadline", "granted_at", "revoked_at"))


def _request(row: aiosqlite.Row) -> ExtensionRequest:
    return ExtensionRequest.model_validate(_dated(row, "requested_at", "answered_at"))


# -- extensions ------------------------------------------------------------------------------------


async def granted(db: Database | Transaction, consultation_id: int) -> list[Extension]:
    """The extensions in force, by State."""
    rows = await db.fetchall(
        "SELECT * FROM deadline_extensions WHERE consultation_id = ? AND status = 'granted' ORDER BY country_code",
        (consultation_id,),
    )
    return [_extension(r) for r in rows]


async def history(db: Database, consultation_id: int) -> list[Extension]:
    rows = await db.fetchall(
        "SELECT * FROM deadline_extensions WHERE consultation_id = ? ORDER BY id", (consultation_id,)
    )
    return [_extension(r) for r in rows]


async def get(db: Database, extension_id: int) -> Extension | None:
    row = await db.fetchone("SELECT * FROM deadline_extensions WHERE id = ?", (extension_id,))
    return _extension(row) if row else None


async def extension_of(db: Database | Transaction, consultation_id: int, country_code: str | None) -> Extension | None:
    if not country_code:
        return None
    row = await db.fetchone(
        "SELECT * FROM deadline_extensions WHERE consultation_id = ? AND country_code = ? AND status = 'granted'",
        (consultation_id, country_code),
    )
    return _extension(row) if row else None


async def deadline_of(
    db: Database | Transaction, consultation_id: int, country_code: str | None, general: datetime
) -> datetime:
    """A State's deadline: the consultation's, or its extension's if that is later."""
    extension = await extension_of(db, consultation_id, country_code)
    return max(general, extension.deadline) if extension is not None else general


# -- who a notice concerns -------------------------------------------------------------------------


async def concerned(
    db: Database,
    consultation_id: int,
    *,
    countries: set[str] | None = None,
    exclude: set[str] | frozenset[str] = frozenset(),
    invited: Collection[str] | None = None,
) -> list[Participant]:
    """Active (approved, not deactivated) focal points of States that have not submitted to the
    consultation, and anyone with a draft open for it: of the `invited` States if given (None or
    empty: every State), of `countries` if named, never of `exclude`; in country order."""
    rows = await db.fetchall(
        "SELECT p.* FROM participants p WHERE p.role = 'focal_point' AND p.status = 'approved'"
        " AND p.deactivated_at IS NULL AND p.country_code IS NOT NULL AND ("
        " NOT EXISTS (SELECT 1 FROM submissions s WHERE s.country_code = p.country_code"
        " AND s.status = 'submitted' AND s.consultation_id = ?)"
        " OR EXISTS (SELECT 1 FROM comment_drafts d WHERE d.participant_id = p.id AND d.consultation_id = ?))"
        " ORDER BY p.country_code, p.id",
        (consultation_id, consultation_id),
    )
    found = [participant_from_row(r) for r in rows]
    return [
        p
        for p in found
        if (countries is None or p.country_code in countries)
        and p.country_code not in exclude
        and (not invited or p.country_code in invited)
    ]


async def _supersede_tx(
    tx: Transaction, consultation_id: int, types: tuple[NoticeType, ...], country: str | None
) -> None:
    """Notices of an earlier change still waiting (office hours) would now say what is no
    longer true: they are skipped, the new notice says what is."""
    rows = await tx.fetchall(
        "SELECT id, notice FROM broadcasts WHERE consultation_id = ? AND notice IS NOT NULL"
        " AND status IN ('queued', 'sending')",
        (consultation_id,),
    )
    for row in rows:
        earlier = Notice.model_validate_json(row["notice"])
        if earlier.type not in types or (country is not None and earlier.country_code not in (None, country)):
            continue
        if country is None:
            await tx.execute(
                "UPDATE deliveries SET status = 'skipped', last_error = 'superseded by a later notice'"
                " WHERE broadcast_id = ? AND status = 'pending'",
                (row["id"],),
            )
        else:
            # Of a notice to every State, only what is waiting for this State's people.
            await tx.execute(
                "UPDATE deliveries SET status = 'skipped', last_error = 'superseded by a later notice'"
                " WHERE broadcast_id = ? AND status = 'pending'"
                " AND participant_id IN (SELECT id FROM participants WHERE country_code = ?)",
                (row["id"], country),
            )


DEADLINE_NOTICES = (NoticeType.EXTENDED, NoticeType.BROUGHT_FORWARD, NoticeType.CLOSED_EARLY)
STATE_NOTICES = (NoticeType.STATE_EXTENDED, NoticeType.STATE_REVOKED)


async def _queue_notice_tx(
    tx: Transaction,
    notice: Notice,
    recipients: list[Recipient],
    *,
    now: datetime,
    created_by: int | None,
    consultation_id: int,
    countries: list[str] | None = None,
) -> int | None:
    if not recipients:
        return None
    audience = Audience(kind=AudienceKind.COUNTRIES, countries=countries) if countries else Audience()
    return await broadcasts.create_tx(
        tx,
        kind=MessageKind.CUSTOM,
        audience=audience,
        recipients=recipients,
        now=now,
        created_by=created_by,
        consultation_id=consultation_id,
        notice=notice.payload(),
    )


# -- changes, each with its notice in one transaction -------------------------------------------------


async def change_deadline(
    db: Database,
    overrides: ScheduleOverrides,
    notice: Notice | None,
    recipients: list[Recipient],
    *,
    officer_id: int,
    actor_id: int,
    flow: str,
    consultation_id: int,
    now: datetime,
) -> int | bool | None:
    """The consultation's new dates and their notice: False if the officer's draft was already
    claimed (the same Confirm again), else the notice's broadcast id (None: nobody to tell)."""
    async with db.transaction() as tx:
        if not await staff_drafts.claim_tx(tx, officer_id, flow):
            return False
        await tx.execute(
            "UPDATE consultations SET deadline = ?, meeting_start = ?, meeting_end = ?, updated_by = ?,"
            " updated_at = ? WHERE id = ?",
            (
                to_db(overrides.deadline),
                overrides.meeting_start.isoformat() if overrides.meeting_start else None,
                overrides.meeting_end.isoformat() if overrides.meeting_end else None,
                actor_id,
                to_db(now),
                consultation_id,
            ),
        )
        broadcast_id = None
        if notice is not None:
            await _supersede_tx(tx, consultation_id, DEADLINE_NOTICES, None)
            broadcast_id = await _queue_notice_tx(
                tx, notice, recipients, now=now, created_by=officer_id, consultation_id=consultation_id
            )
        await record_tx(
            tx,
            "schedule.change",
            actor_id=actor_id,
            consultation_id=consultation_id,
            deadline=to_db(overrides.deadline),
            meeting_start=str(overrides.meeting_start),
            meeting_end=str(overrides.meeting_end),
            notice_broadcast=broadcast_id,
            notice_recipients=len(recipients) if notice is not None else 0,
        )
    return broadcast_id


async def close_early(
    db: Database,
    consultation_id: int,
    notice: Notice,
    recipients: list[Recipient],
    *,
    officer_id: int,
    actor_id: int,
    now: datetime,
) -> int | bool | None:
    """Close an open consultation now and queue its notice, in one transaction: False if it was
    no longer open (the same Confirm again), else the notice's broadcast id (None: nobody to tell)."""
    async with db.transaction() as tx:
        row = await tx.fetchone("SELECT code, state FROM consultations WHERE id = ?", (consultation_id,))
        if row is None or row["state"] != "open":
            return False
        await tx.execute(
            "UPDATE consultations SET state = 'closed', updated_by = ?, updated_at = ? WHERE id = ?",
            (actor_id, to_db(now), consultation_id),
        )
        await _supersede_tx(tx, consultation_id, DEADLINE_NOTICES + STATE_NOTICES, None)
        broadcast_id = await _queue_notice_tx(
            tx, notice, recipients, now=now, created_by=officer_id, consultation_id=consultation_id
        )
        await record_tx(
            tx,
            "consultation.closed",
            actor_id=actor_id,
            subject=row["code"],
            consultation_id=consultation_id,
            before=row["state"],
            notice_broadcast=broadcast_id,
            notice_recipients=len(recipients),
        )
    return broadcast_id


async def grant(
    db: Database,
    consultation_id: int,
    country_code: str,
    deadline: datetime,
    notice: Notice,
    recipients: list[Recipient],
    *,
    officer_id: int,
    actor_id: int,
    flow: str,
    now: datetime,
    request_id: int | None = None,
) -> Extension | None:
    """Grant (or change) a State's extension and queue its notice; an open request of that
    State is answered by it. None if the officer's draft was already claimed."""
    async with db.transaction() as tx:
        if not await staff_drafts.claim_tx(tx, officer_id, flow):
            return None
        current = await extension_of(tx, consultation_id, country_code)
        if current is not None:
            await tx.execute(
                "UPDATE deadline_extensions SET status = 'revoked', revoked_by = ?, revoked_at = ? WHERE id = ?",
                (actor_id, to_db(now), current.id),
            )
        open_request = await tx.fetchval(
            "SELECT id FROM extension_requests WHERE consultation_id = ? AND country_code = ? AND status = 'open'",
            (consultation_id, country_code),
        )
        request_id = request_id or open_request
        extension_id = await tx.execute(
            "INSERT INTO deadline_extensions (consultation_id, country_code, deadline, status, request_id,"
            " granted_by, granted_at) VALUES (?, ?, ?, 'granted', ?, ?, ?)",
            (consultation_id, country_code, to_db(deadline), request_id, actor_id, to_db(now)),
        )
        if request_id is not None:
            await tx.execute(
                "UPDATE extension_requests SET status = 'granted', answered_by = ?, answered_at = ?,"
                " extension_id = ? WHERE id = ? AND status = 'open'",
                (actor_id, to_db(now), extension_id, request_id),
            )
        await _supersede_tx(tx, consultation_id, STATE_NOTICES + DEADLINE_NOTICES, country_code)
        broadcast_id = await _queue_notice_tx(
            tx,
            notice,
            recipients,
            now=now,
            created_by=officer_id,
            consultation_id=consultation_id,
            countries=[country_code],
        )
        await record_tx(
            tx,
            "deadline.extension.grant",
            actor_id=actor_id,
            subject=f"extension:{extension_id}",
            consultation_id=consultation_id,
            country=country_code,
            deadline=to_db(deadline),
            replaces=current.id if current else None,
            request_id=request_id,
            notice_broadcast=broadcast_id,
            notice_recipients=len(recipients),
        )
    return await get(db, extension_id)


async def revoke(
    db: Database,
    extension_id: int,
    notice: Notice,
    recipients: list[Recipient],
    *,
    officer_id: int,
    actor_id: int,
    flow: str,
    now: datetime,
) -> Extension | None:
    """Withdraw an extension, cancel that State's reminders not yet run, queue the notice.
    None if it was no longer in force, or the officer's draft was already claimed."""
    async with db.transaction() as tx:
        if not await staff_drafts.claim_tx(tx, officer_id, flow):
            return None
        row = await tx.fetchone(
            "SELECT * FROM deadline_extensions WHERE id = ? AND status = 'granted'", (extension_id,)
        )
        if row is None:
            return None
        extension = _extension(row)
        await tx.execute(
            "UPDATE deadline_extensions SET status = 'revoked', revoked_by = ?, revoked_at = ? WHERE id = ?",
            (actor_id, to_db(now), extension_id),
        )
        await tx.execute(
            "UPDATE reminders SET status = 'cancelled', note = 'extension revoked'"
            " WHERE consultation_id = ? AND country_code = ? AND status = 'scheduled'",
            (extension.consultation_id, extension.country_code),
        )
        await _supersede_tx(tx, extension.consultation_id, STATE_NOTICES + DEADLINE_NOTICES, extension.country_code)
        broadcast_id = await _queue_notice_tx(
            tx,
            notice,
            recipients,
            now=now,
            created_by=officer_id,
            consultation_id=extension.consultation_id,
            countries=[extension.country_code],
        )
        await record_tx(
            tx,
            "deadline.extension.revoke",
            actor_id=actor_id,
            subject=f"extension:{extension_id}",
            consultation_id=extension.consultation_id,
            country=extension.country_code,
            notice_broadcast=broadcast_id,
            notice_recipients=len(recipients),
        )
    return await get(db, extension_id)


# -- warnings to a focal point with an open draft -------------------------------------------------------


class OpenDraft(Model):
    participant: Participant
    consultation_id: int


async def open_drafts(db: Database, consultation_id: int) -> list[OpenDraft]:
    """Active focal points with a draft open for the consultation (a topic chosen, or a revision):
    a deactivated one may no longer submit, and is not warned."""
    rows = await db.fetchall(
        "SELECT p.* FROM participants p JOIN comment_drafts d ON d.participant_id = p.id"
        " WHERE d.consultation_id = ? AND p.role = 'focal_point' AND p.status = 'approved' AND p.deactivated_at IS NULL"
        " AND (d.submission_id IS NOT NULL OR json_extract(d.data, '$.topic_id') IS NOT NULL)"
        " ORDER BY p.country_code, p.id",
        (consultation_id,),
    )
    return [OpenDraft(participant=participant_from_row(r), consultation_id=consultation_id) for r in rows]


async def has_open_draft(db: Database, participant_id: int, consultation_id: int) -> bool:
    found = await db.fetchval(
        "SELECT 1 FROM comment_drafts WHERE participant_id = ? AND consultation_id = ?",
        (participant_id, consultation_id),
    )
    return found is not None


async def warn(
    db: Database,
    consultation_id: int,
    participant_id: int,
    kind: str,
    deadline: datetime,
    notice: Notice,
    recipient: Recipient | None,
    now: datetime,
) -> int | bool | None:
    """Take the warning (once per person, kind and deadline) and queue it, in one transaction:
    False if it was taken already; else its broadcast id (None: recorded without a message,
    a later warning superseding it)."""
    async with db.transaction() as tx:
        taken = await tx.fetchval(
            "SELECT 1 FROM draft_warnings WHERE consultation_id = ? AND participant_id = ? AND kind = ?"
            " AND deadline = ?",
            (consultation_id, participant_id, kind, to_db(deadline)),
        )
        if taken:
            return False
        broadcast_id = None
        if recipient is not None:
            broadcast_id = await _queue_notice_tx(
                tx, notice, [recipient], now=now, created_by=None, consultation_id=consultation_id
            )
        await tx.execute(
            "INSERT INTO draft_warnings (consultation_id, participant_id, kind, deadline, broadcast_id, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (consultation_id, participant_id, kind, to_db(deadline), broadcast_id, to_db(now)),
        )
        await record_tx(
            tx,
            "deadline.draft_warning",
            actor_id=None,
            subject=f"participant:{participant_id}",
            consultation_id=consultation_id,
            kind=kind,
            deadline=to_db(deadline),
            broadcast_id=broadcast_id,
        )
    return broadcast_id


async def warnings(db: Database, participant_id: int | None = None) -> list[dict[str, Any]]:
    """The warnings taken (for tests and the audit)."""
    rows = await db.fetchall(
        "SELECT * FROM draft_warnings WHERE (? IS NULL OR participant_id = ?) ORDER BY created_at, kind",
        (participant_id, participant_id),
    )
    return [dict(r) for r in rows]


# -- requests for an extension --------------------------------------------------------------------------


async def request(
    db: Database,
    consultation_id: int,
    participant: Participant,
    staff: list[Recipient],
    now: datetime,
) -> tuple[ExtensionRequest, bool]:
    """A focal point asks for an extension for their State: the request and the staff's notice
    in one transaction. An open request of the State is returned as it is (False: not new)."""
    assert participant.country_code is not None
    async with db.transaction() as tx:
        row = await tx.fetchone(
            "SELECT * FROM extension_requests WHERE consultation_id = ? AND country_code = ? AND status = 'open'",
            (consultation_id, participant.country_code),
        )
        if row is not None:
            return _request(row), False
        request_id = await tx.execute(
            "INSERT INTO extension_requests (consultation_id, participant_id, country_code, status, requested_at)"
            " VALUES (?, ?, ?, 'open', ?)",
            (consultation_id, participant.id, participant.country_code, to_db(now)),
        )
        notice = Notice(type=NoticeType.REQUEST, request_id=request_id, country_code=participant.country_code)
        broadcast_id = await _queue_notice_tx(
            tx, notice, staff, now=now, created_by=None, consultation_id=consultation_id
        )
        await record_tx(
            tx,
            "deadline.extension.request",
            actor_id=participant.telegram_id,
            subject=f"request:{request_id}",
            consultation_id=consultation_id,
            country=participant.country_code,
            notice_broadcast=broadcast_id,
        )
        created = await tx.fetchone("SELECT * FROM extension_requests WHERE id = ?", (request_id,))
    assert created is not None
    return _request(created), True


async def get_request(db: Database, request_id: int) -> ExtensionRequest | None:
    row = await db.fetchone("SELECT * FROM extension_requests WHERE id = ?", (request_id,))
    return _request(row) if row else None


async def open_requests(db: Database, consultation_id: int) -> list[ExtensionRequest]:
    rows = await db.fetchall(
        "SELECT * FROM extension_requests WHERE consultation_id = ? AND status = 'open' ORDER BY id",
        (consultation_id,),
    )
    return [_request(r) for r in rows]


async def decline(
    db: Database,
    request_id: int,
    reason: str,
    recipients: list[Recipient],
    *,
    officer_id: int,
    actor_id: int,
    flow: str,
    now: datetime,
) -> ExtensionRequest | None:
    """Decline an open request with a reason, told to the focal point. None if it was not open
    any more, or the officer's draft was already claimed."""
    async with db.transaction() as tx:
        if not await staff_drafts.claim_tx(tx, officer_id, flow):
            return None
        changed = await tx.rowcount(
            "UPDATE extension_requests SET status = 'declined', answered_by = ?, answered_at = ?, reason = ?"
            " WHERE id = ? AND status = 'open'",
            (actor_id, to_db(now), reason, request_id),
        )
        if not changed:
            return None
        row = await tx.fetchone("SELECT * FROM extension_requests WHERE id = ?", (request_id,))
        assert row is not None
        found = _request(row)
        notice = Notice(type=NoticeType.DECLINED, reason=reason, country_code=found.country_code)
        broadcast_id = await _queue_notice_tx(
            tx, notice, recipients, now=now, created_by=officer_id, consultation_id=found.consultation_id
        )
        await record_tx(
            tx,
            "deadline.extension.decline",
            actor_id=actor_id,
            subject=f"request:{request_id}",
            consultation_id=found.consultation_id,
            country=found.country_code,
            notice_broadcast=broadcast_id,
        )
    return found


class UnsentDraft(Model):
    """A draft never submitted, with whose it is (for the staff's export of unsent drafts)."""

    participant: Participant
    draft: Draft


async def unsent_drafts(db: Database, consultation_id: int) -> list[UnsentDraft]:
    """Every draft open for the consultation (a topic chosen, or a revision), in country order."""
    rows = await db.fetchall(
        "SELECT p.* FROM comment_drafts d JOIN participants p ON p.id = d.participant_id"
        " WHERE d.consultation_id = ?"
        " AND (d.submission_id IS NOT NULL OR json_extract(d.data, '$.topic_id') IS NOT NULL)"
        " ORDER BY p.country_code, p.id",
        (consultation_id,),
    )
    found = []
    for row in rows:
        participant = participant_from_row(row)
        draft = await drafts.get(db, participant.id)
        if draft is not None:
            found.append(UnsentDraft(participant=participant, draft=draft))
    return found
