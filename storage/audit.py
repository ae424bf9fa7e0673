"""The audit log: who did what, when. Written in the same transaction as the act where possible."""

from __future__ import annotations

import json
from typing import Any

from storage.db import Database, Transaction
from storage.models import AuditEntry, from_db, to_db, utc_now


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
