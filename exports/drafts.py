"""The /export choices being made (format, filters), saved at every step (export_drafts)."""

from __future__ import annotations

import json
from typing import Any

from storage.db import Database
from storage.models import to_db, utc_now


async def load(db: Database, participant_id: int) -> dict[str, Any]:
    row = await db.fetchone("SELECT data FROM export_drafts WHERE participant_id = ?", (participant_id,))
    return json.loads(row["data"]) if row else {}


async def save(db: Database, participant_id: int, data: dict[str, Any]) -> None:
    await db.execute(
        "INSERT INTO export_drafts (participant_id, data, updated_at) VALUES (?, ?, ?)"
        " ON CONFLICT (participant_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
        (participant_id, json.dumps(data, default=str, ensure_ascii=False), to_db(utc_now())),
    )


async def delete(db: Database, participant_id: int) -> None:
    await db.execute("DELETE FROM export_drafts WHERE participant_id = ?", (participant_id,))
