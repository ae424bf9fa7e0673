"""Participants: one row per Telegram account (focal point, secretariat officer or admin)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import aiosqlite

from storage import audit
from storage.db import Database, Transaction
from storage.models import Participant, ParticipantStatus, Role, from_db, to_db, utc_now

_DATETIME_FIELDS = (
    "consent_at",
    "unreachable_at",
    "created_at",
    "updated_at",
    "erased_at",
    "deactivated_at",
    "decided_at",
)


def participant_from_row(row: aiosqlite.Row) -> Participant:
    data = dict(row)
    for name in _DATETIME_FIELDS:
        data[name] = from_db(data.get(name))
    return Participant.model_validate(data)


async def get_by_telegram_id(db: Database, telegram_id: int) -> Participant | None:
    row = await db.fetchone("SELECT * FROM participants WHERE telegram_id = ?", (telegram_id,))
    return participant_from_row(row) if row else None


async def get(db: Database, participant_id: int) -> Participant | None:
    row = await db.fetchone("SELECT * FROM participants WHERE id = ?", (participant_id,))
    return participant_from_row(row) if row else None


async def ensure(db: Database, telegram_id: int, chat_id: int | None, language: str) -> Participant:
    """The participant for this account, created (status new) on first contact."""
    now = to_db(utc_now())
    await db.execute(
        "INSERT INTO participants (telegram_id, chat_id, language, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (telegram_id) DO NOTHING",
        (telegram_id, chat_id, language, now, now),
    )
    found = await get_by_telegram_id(db, telegram_id)
    assert found is not None
    return found


async def update_fields(db: Database, participant_id: int, **fields: Any) -> Participant:
    """Set the given columns (names are checked against the model, values are bound)."""
    allowed = set(Participant.model_fields) - {"id", "telegram_id", "created_at", "updated_at"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"unknown participant fields: {sorted(unknown)}")
    values = {k: (to_db(v) if k in _DATETIME_FIELDS else v) for k, v in fields.items()}
    values["updated_at"] = to_db(utc_now())
    assignments = ", ".join(f"{name} = :{name}" for name in values)
    values["id"] = participant_id
    await db.execute(f"UPDATE participants SET {assignments} WHERE id = :id", values)  # noqa: S608
    found = await get(db, participant_id)
    assert found is not None
    return found


async def set_language(db: Database, telegram_id: int, chat_id: int | None, language: str) -> Participant:
    participant = await ensure(db, telegram_id, chat_id, language)
    return await update_fields(db, participant.id, language=language)


async def bootstrap_admins(db: Database, telegram_ids: list[int]) -> None:
    """ADMIN_IDS are admins from the first start (created if they never wrote to the bot)."""
    now = to_db(utc_now())
    async with db.transaction() as tx:
        for telegram_id in telegram_ids:
            await tx.execute(
                "INSERT INTO participants (telegram_id, chat_id, role, status, created_at, updated_at)"
                " VALUES (?, ?, 'admin', 'approved', ?, ?)"
                " ON CONFLICT (telegram_id) DO UPDATE SET role = 'admin', status = 'approved'",
                (telegram_id, telegram_id, now, now),
            )


async def list_staff(db: Database) -> list[Participant]:
    rows = await db.fetchall(
        "SELECT * FROM participants WHERE role IN (?, ?) ORDER BY id",
        (Role.SECRETARIAT.value, Role.ADMIN.value),
    )
    return [participant_from_row(r) for r in rows]


async def list_by_status(db: Database, status: ParticipantStatus) -> list[Participant]:
    rows = await db.fetchall(
        "SELECT * FROM participants WHERE status = ? AND role = 'focal_point' ORDER BY id",
        (status.value,),
    )
    return [participant_from_row(r) for r in rows]


async def list_approved_focal_points(db: Database, country_codes: list[str] | None = None) -> list[Participant]:
    rows = await db.fetchall(
        "SELECT * FROM participants WHERE role = 'focal_point' AND status = 'approved' AND deactivated_at IS NULL"
        " ORDER BY country_code, id"
    )
    found = [participant_from_row(r) for r in rows]
    if country_codes is not None:
        wanted = set(country_codes)
        found = [p for p in found if p.country_code in wanted]
    return found


async def mark_unreachable_tx(tx: Transaction, participant_id: int, reason: str, now: datetime) -> None:
    """Within the caller's transaction: Telegram says this person cannot be reached (`reason`),
    stamped on the consultation's clock (`deps.now()`)."""
    stamp = to_db(now)
    await tx.execute(
        "UPDATE participants SET unreachable_at = ?, unreachable_reason = ?, updated_at = ? WHERE id = ?",
        (stamp, reason[:200], stamp, participant_id),
    )


async def clear_unreachable(db: Database, telegram_id: int) -> None:
    """A user who writes to the bot again is reachable again."""
    await db.execute(
        "UPDATE participants SET unreachable_at = NULL, unreachable_reason = NULL"
        " WHERE telegram_id = ? AND unreachable_at IS NOT NULL",
        (telegram_id,),
    )


async def count(db: Database) -> int:
    return int(await db.fetchval("SELECT COUNT(*) FROM participants"))


# -- roles (the checks themselves live in handlers/access.py) -----------------------------


async def grant_secretariat(db: Database, telegram_id: int, *, actor_id: int) -> tuple[Participant, Role]:
    """Make this account a secretariat officer (created if it never wrote to the bot).

    Returns the participant and its role before: an admin stays an admin, a secretariat
    officer stays one, and only a real change is audited.
    """
    now = to_db(utc_now())
    async with db.transaction() as tx:
        await tx.execute(
            "INSERT INTO participants (telegram_id, chat_id, created_at, updated_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (telegram_id) DO NOTHING",
            (telegram_id, telegram_id, now, now),
        )
        row = await tx.fetchone("SELECT * FROM participants WHERE telegram_id = ?", (telegram_id,))
        assert row is not None
        before = participant_from_row(row)
        if before.role is Role.FOCAL_POINT:
            await tx.execute(
                "UPDATE participants SET role = 'secretariat', status = 'approved', updated_at = ? WHERE id = ?",
                (now, before.id),
            )
            await audit.record_tx(
                tx,
                "role_granted",
                actor_id=actor_id,
                subject=f"participant:{before.id}",
                role=Role.SECRETARIAT.value,
                telegram_id=telegram_id,
                previous_status=before.status.value,
            )
    after = await get(db, before.id)
    assert after is not None
    return after, before.role


async def revoke_secretariat(
    db: Database, telegram_id: int, *, actor_id: int
) -> tuple[Participant | None, Role | None]:
    """Take the secretariat role back. Someone who had registered as a focal point before is a
    focal point again; anyone else is back to a newcomer. Admins (ADMIN_IDS) are not changed."""
    now = to_db(utc_now())
    async with db.transaction() as tx:
        row = await tx.fetchone("SELECT * FROM participants WHERE telegram_id = ?", (telegram_id,))
        if row is None:
            return None, None
        before = participant_from_row(row)
        if before.role is Role.SECRETARIAT:
            await tx.execute(
                "UPDATE participants SET role = 'focal_point', status = CASE"
                " WHEN country_code IS NOT NULL AND full_name IS NOT NULL THEN 'approved' ELSE 'new' END,"
                " updated_at = ? WHERE id = ?",
                (now, before.id),
            )
            await audit.record_tx(
                tx,
                "role_revoked",
                actor_id=actor_id,
                subject=f"participant:{before.id}",
                role=Role.SECRETARIAT.value,
                telegram_id=telegram_id,
            )
    after = await get(db, before.id)
    return after, before.role
