"""Registration: drafts saved at every step, completing a registration, the secretariat's
decision on one made without a link (erasure at the person's request: storage/erasure.py).

Also the rules for a valid answer (telegram-free, shared by registration and profile edits).
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import datetime
from typing import Any

from email_validator import EmailNotValidError, validate_email
from pydantic import BaseModel

from storage import audit, invitations
from storage.db import Database, OneHop
from storage.invitations import InvitationState
from storage.models import Model, Participant, ParticipantStatus, from_db, to_db
from storage.participants import get

# The personal details a focal point gives, in the order they are asked.
PERSONAL_FIELDS = ("full_name", "title", "organisation", "email")
MAX_LENGTH = {"full_name": 200, "title": 200, "organisation": 300, "email": 254}

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b\u2028\u2029]")
_SPACES = re.compile(r"\s+")


class Draft(Model):
    participant_id: int
    data: dict[str, Any]
    updated_at: datetime


class Answer(BaseModel):
    """A checked answer: `value` when it is good, else `problem` (and the length if too long)."""

    value: str | None = None
    problem: str | None = None  # "empty", "too_long", "no_letter", "email"
    length: int = 0


def check_text(field: str, raw: str) -> Answer:
    """A name, title or organisation: one line, not empty, within bounds, with a letter."""
    text = unicodedata.normalize("NFC", raw)
    text = _SPACES.sub(" ", _CONTROL.sub(" ", text)).strip()
    limit = MAX_LENGTH[field]
    if not text:
        return Answer(problem="empty")
    if len(text) > limit:
        return Answer(problem="too_long", length=len(text))
    if not any(c.isalpha() for c in text):
        return Answer(problem="no_letter")
    return Answer(value=text)


def check_email(raw: str) -> Answer:
    """An e-mail address, syntax only (no DNS lookup inside a handler); normalised domain.
    Invisible characters of a pasted address (bidi marks, zero-width spaces) are dropped."""
    text = "".join(c for c in raw if unicodedata.category(c) != "Cf").strip()
    if not text:
        return Answer(problem="empty")
    if len(text) > MAX_LENGTH["email"]:
        return Answer(problem="too_long", length=len(text))
    try:
        checked = validate_email(text, check_deliverability=False)
    except EmailNotValidError:
        return Answer(problem="email")
    return Answer(value=checked.normalized)


# -- drafts -------------------------------------------------------------------------------


async def get_draft(db: Database, participant_id: int) -> Draft | None:
    row = await db.fetchone("SELECT * FROM registration_drafts WHERE participant_id = ?", (participant_id,))
    if row is None:
        return None
    return Draft(participant_id=participant_id, data=json.loads(row["data"]), updated_at=from_db(row["updated_at"]))


async def save_draft(db: Database, participant_id: int, now: datetime, **changes: Any) -> Draft:
    """Merge `changes` into the draft (a value of None removes that key) and store it (one
    transaction, in one hop to the database's thread: registration saves at every step)."""

    def merge(tx: OneHop) -> dict[str, Any]:
        rows = tx.fetchall("SELECT data FROM registration_drafts WHERE participant_id = ?", (participant_id,))
        data: dict[str, Any] = json.loads(rows[0]["data"]) if rows else {}
        for key, value in changes.items():
            if value is None:
                data.pop(key, None)
            else:
                data[key] = value
        tx.execute(
            "INSERT INTO registration_drafts (participant_id, data, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT (participant_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
            (participant_id, json.dumps(data, ensure_ascii=False), to_db(now)),
        )
        return data

    return Draft(participant_id=participant_id, data=await db.in_one_hop(merge), updated_at=now)


async def forget_key(db: Database, participant_id: int, key: str, now: datetime) -> None:
    """Remove one note from the draft (a profile correction's field); the row goes only if
    that note was all it held, so a registration paused meanwhile keeps what was typed."""
    async with db.transaction() as tx:
        row = await tx.fetchone("SELECT data FROM registration_drafts WHERE participant_id = ?", (participant_id,))
        if row is None:
            return
        data: dict[str, Any] = json.loads(row["data"])
        if key not in data:
            return
        del data[key]
        if data:
            await tx.execute(
                "UPDATE registration_drafts SET data = ?, updated_at = ? WHERE participant_id = ?",
                (json.dumps(data, ensure_ascii=False), to_db(now), participant_id),
            )
        else:
            await tx.execute("DELETE FROM registration_drafts WHERE participant_id = ?", (participant_id,))


async def discard_draft(db: Database, participant_id: int) -> bool:
    async with db.transaction() as tx:
        return bool(await tx.rowcount("DELETE FROM registration_drafts WHERE participant_id = ?", (participant_id,)))


# -- completing and deciding ------------------------------------------------------------------


class Completion(BaseModel):
    participant: Participant
    # Why a link given at the start no longer counted at confirmation (None if it did, or none).
    invitation_problem: InvitationState | None = None


async def complete(db: Database, participant: Participant, data: dict[str, Any], now: datetime) -> Completion:
    """Turn a finished draft into the participant's registration, in one transaction.

    With a link that is still active, the registration is approved at once and the link's use
    is counted; otherwise it waits for the secretariat (status pending).
    """
    invitation_id = data.get("invitation_id")
    problem: InvitationState | None = None
    async with db.transaction() as tx:
        if invitation_id is not None:
            state = await invitations.consume_tx(tx, int(invitation_id), now)
            if state is not InvitationState.ACTIVE:
                problem = state
                invitation_id = None
        status = ParticipantStatus.APPROVED if invitation_id is not None else ParticipantStatus.PENDING
        # The consultation a link named: kept until the staff approve (approved now, the
        # registration's answer itself leads to it).
        named = data.get("consultation") if status is ParticipantStatus.PENDING else None
        await tx.execute(
            "UPDATE participants SET country_code = ?, full_name = ?, title = ?, organisation = ?,"
            " email = ?, language = ?, status = ?, invitation_id = ?, consent_at = ?,"
            " erased_at = NULL, named_consultation_id = ?, updated_at = ? WHERE id = ?",
            (
                data["country_code"],
                data["full_name"],
                data["title"],
                data["organisation"],
                data["email"],
                participant.language,
                status.value,
                invitation_id,
                data.get("consent_at") or to_db(now),
                int(named) if named else None,
                to_db(now),
                participant.id,
            ),
        )
        await tx.execute("DELETE FROM registration_drafts WHERE participant_id = ?", (participant.id,))
        if status is ParticipantStatus.PENDING:
            await tx.execute(
                "INSERT INTO staff_notices (participant_id, invitation_problem, created_at, sent_at)"
                " VALUES (?, ?, ?, NULL) ON CONFLICT (participant_id) DO UPDATE SET"
                " invitation_problem = excluded.invitation_problem, created_at = excluded.created_at, sent_at = NULL",
                (participant.id, problem.value if problem else None, to_db(now)),
            )
        await audit.record_tx(
            tx,
            "registration",
            actor_id=participant.telegram_id,
            subject=f"participant:{participant.id}",
            country=data["country_code"],
            status=status.value,
            invitation_id=invitation_id,
            invitation_problem=problem.value if problem else None,
        )
    registered = await get(db, participant.id)
    assert registered is not None
    return Completion(participant=registered, invitation_problem=problem)


class StaffNotice(BaseModel):
    """A pending registration the staff are still to be told of."""

    participant_id: int
    invitation_problem: InvitationState | None = None


async def unsent_notices(db: Database, participant_id: int | None = None) -> list[StaffNotice]:
    """Notices not yet sent (of one participant, or all), oldest first."""
    rows = await db.fetchall(
        "SELECT participant_id, invitation_problem FROM staff_notices WHERE sent_at IS NULL"
        " AND (? IS NULL OR participant_id = ?) ORDER BY created_at",
        (participant_id, participant_id),
    )
    return [StaffNotice.model_validate(dict(row)) for row in rows]


async def notice_sent(db: Database, participant_id: int, now: datetime) -> None:
    await db.execute("UPDATE staff_notices SET sent_at = ? WHERE participant_id = ?", (to_db(now), participant_id))


async def decide(
    db: Database, participant_id: int, *, approve: bool, actor_id: int, now: datetime
) -> Participant | None:
    """Approve or reject a pending registration; None if it is no longer pending."""
    status = ParticipantStatus.APPROVED if approve else ParticipantStatus.REJECTED
    async with db.transaction() as tx:
        changed = await tx.rowcount(
            "UPDATE participants SET status = ?, updated_at = ?"
            " WHERE id = ? AND status = 'pending' AND role = 'focal_point'",
            (status.value, to_db(now), participant_id),
        )
        if not changed:
            return None
        # Who decided, and when (the directory shows it; migration 0009).
        await tx.execute(
            "UPDATE participants SET decided_by = (SELECT id FROM participants WHERE telegram_id = ?),"
            " decided_at = ? WHERE id = ?",
            (actor_id, to_db(now), participant_id),
        )
        row = await tx.fetchone("SELECT country_code FROM participants WHERE id = ?", (participant_id,))
        await audit.record_tx(
            tx,
            "registration_approved" if approve else "registration_rejected",
            actor_id=actor_id,
            subject=f"participant:{participant_id}",
            country=row["country_code"] if row else None,
        )
    return await get(db, participant_id)


async def update_detail(db: Database, participant: Participant, field: str, value: str, now: datetime) -> Participant:
    """A profile correction of one personal field (the value itself is not copied to the log)."""
    if field not in PERSONAL_FIELDS:
        raise ValueError(f"not a personal field: {field}")
    async with db.transaction() as tx:
        # `field` is one of PERSONAL_FIELDS (checked above), never user input.
        await tx.execute(
            f"UPDATE participants SET {field} = ?, updated_at = ? WHERE id = ?",  # noqa: S608
            (value, to_db(now), participant.id),
        )
        await audit.record_tx(
            tx,
            "profile_updated",
            actor_id=participant.telegram_id,
            subject=f"participant:{participant.id}",
            field=field,
        )
    updated = await get(db, participant.id)
    assert updated is not None
    return updated
