"""What a secretariat officer has chosen or typed in a multi-step flow (broadcast, schedule).

Saved at every step, so that a restart (or a `kill -9`) in the middle of a flow loses nothing;
python-telegram-bot's persistence only says which step the conversation was at.
"""

from __future__ import annotations

import json
from typing import Any

from storage.audit import record_tx
from storage.db import Database, Transaction
from storage.models import to_db, utc_now


async def load(db: Database, participant_id: int, flow: str) -> dict[str, Any]:
    text = await db.fetchval(
        "SELECT data FROM staff_drafts WHERE participant_id = ? AND flow = ?", (participant_id, flow)
    )
    return dict(json.loads(text)) if text else {}


async def save(db: Database, participant_id: int, flow: str, data: dict[str, Any]) -> None:
    await db.execute(
        "INSERT INTO staff_drafts (participant_id, flow, data, updated_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (participant_id, flow) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
        (participant_id, flow, json.dumps(data, ensure_ascii=False), to_db(utc_now())),
    )


async def update(db: Database, participant_id: int, flow: str, **changes: Any) -> dict[str, Any]:
    """Merge `changes` into the saved draft and return the result."""
    data = await load(db, participant_id, flow)
    data.update(changes)
    await save(db, participant_id, flow, data)
    return data


async def set_consultation(db: Database, participant_id: int, flow: str, consultation_id: int) -> None:
    """The consultation the flow is about (the first one unless set)."""
    await db.execute(
        "UPDATE staff_drafts SET consultation_id = ? WHERE participant_id = ? AND flow = ?",
        (consultation_id, participant_id, flow),
    )


async def consultation_of(db: Database, participant_id: int, flow: str) -> int:
    found = await db.fetchval(
        "SELECT consultation_id FROM staff_drafts WHERE participant_id = ? AND flow = ?", (participant_id, flow)
    )
    return int(found) if found is not None else 1


async def clear(db: Database, participant_id: int, flow: str) -> None:
    await db.execute("DELETE FROM staff_drafts WHERE participant_id = ? AND flow = ?", (participant_id, flow))


async def claim_tx(tx: Transaction, participant_id: int, flow: str) -> bool:
    """Delete the draft inside the caller's transaction; False if there was none. The step that
    acts on a draft claims it in the same transaction, so the same confirmation arriving twice
    (a double tap, an update redelivered after a crash) acts once."""
    return bool(
        await tx.rowcount("DELETE FROM staff_drafts WHERE participant_id = ? AND flow = ?", (participant_id, flow))
    )


async def discard(db: Database, participant_id: int, flow: str, *, action: str, actor_telegram_id: int) -> bool:
    """An officer drops their draft (a broadcast cancelled before Send): deleted and audited
    (`action`) in one transaction; False, and nothing audited, if there was none."""
    async with db.transaction() as tx:
        row = await tx.fetchone(
            "SELECT data, consultation_id FROM staff_drafts WHERE participant_id = ? AND flow = ?",
            (participant_id, flow),
        )
        if row is None:
            return False
        await tx.execute("DELETE FROM staff_drafts WHERE participant_id = ? AND flow = ?", (participant_id, flow))
        data = json.loads(row["data"] or "{}")
        await record_tx(
            tx,
            action,
            actor_id=None,
            actor_participant_id=participant_id,
            actor_telegram_id=actor_telegram_id,
            consultation_id=row["consultation_id"],
            draft={k: data[k] for k in sorted(data) if k in ("kind", "audience", "countries", "message")},
        )
    return True
