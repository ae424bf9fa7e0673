"""The audit log: who did what, when. Written in the same transaction as the act where possible."""

from __future__ import annotations

import json
from typing import Any

from storage.db import Database, Transaction
from storage.models import AuditEntry, from_db, to_db, utc_now

# For actions with these prefixes `actor_id` is the acting participant's row id; for every
# other action it is the actor's Telegram user id (None: the bot itself).
PARTICIPANT_ACTOR_PREFIXES = ("comment.", "export.")


async def record_tx(
    tx: Transaction, action: str, *, actor_id: int | None, subject: str | None = None, **details: Any
) -> None:
    await tx.execute(
        "INSERT INTO audit_log (at, actor_id, action, subject, details) VALUES (?, ?, ?, ?, ?)",
        (to_db(utc_now()), actor_id, action, subject, json.dumps(details, default=str)),
    )


async def record(
    db: Database, action: str, *, actor_id: int | None, subject: str | None = None, **details: Any
) -> None:
    async with db.transaction() as tx:
        await record_tx(tx, action, actor_id=actor_id, subject=subject, **details)


async def anonymise_tx(tx: Transaction, *, telegram_id: int, participant_id: int) -> int:
    """An erased person's entries keep what happened, no longer who: their actor id is removed
    (`actor_erased` says the actor was a person, since a missing actor otherwise means the bot),
    and so is their Telegram id where an entry's details hold it (a role granted or revoked).
    Returns how many entries lost their actor."""
    comment, export = (f"{prefix}%" for prefix in PARTICIPANT_ACTOR_PREFIXES)
    changed = await tx.rowcount(
        "UPDATE audit_log SET actor_id = NULL, details = json_set(details, '$.actor_erased', json('true'))"
        " WHERE (actor_id = ? AND NOT (action LIKE ? OR action LIKE ?))"
        " OR (actor_id = ? AND (action LIKE ? OR action LIKE ?))",
        (telegram_id, comment, export, participant_id, comment, export),
    )
    await tx.execute(
        "UPDATE audit_log SET details = json_remove(details, '$.telegram_id')"
        " WHERE json_extract(details, '$.telegram_id') = ?",
        (telegram_id,),
    )
    return changed


async def entries(db: Database, action: str | None = None, limit: int = 1000) -> list[AuditEntry]:
    if action is None:
        rows = await db.fetchall("SELECT * FROM audit_log ORDER BY id DESC LIMIT ?", (limit,))
    else:
        rows = await db.fetchall("SELECT * FROM audit_log WHERE action = ? ORDER BY id DESC LIMIT ?", (action, limit))
    return [
        AuditEntry(
            id=r["id"],
            at=from_db(r["at"]),
            actor_id=r["actor_id"],
            action=r["action"],
            subject=r["subject"],
            details=json.loads(r["details"]),
        )
        for r in rows
    ]
