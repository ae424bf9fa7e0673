"""Rows behind python-telegram-bot's persistence (bot/persistence.py): JSON text by key. They are
written with an update's completion (storage/inbox.py: finish)."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from storage.db import Database, Transaction


async def load_conversations(db: Database, name: str) -> dict[str, Any]:
    rows = await db.fetchall("SELECT key, state FROM ptb_conversations WHERE name = ?", (name,))
    return {r["key"]: json.loads(r["state"]) for r in rows}


async def forget_tx(tx: Transaction, user_id: int, chat_id: int | None) -> int:
    """Delete every conversation state whose key holds this user's or chat's Telegram id (a
    key is the JSON list of the chat id and the user id); returns how many rows went."""
    return await tx.rowcount(
        "DELETE FROM ptb_conversations WHERE EXISTS"
        " (SELECT 1 FROM json_each(ptb_conversations.key) WHERE json_each.value IN (?, ?))",
        (user_id, user_id if chat_id is None else chat_id),
    )


# Telegram keeps an unconfirmed update for 24 hours, and after a week without updates it may
# start update ids again from a random number: only a recent id can be a redelivery.
REDELIVERY_WINDOW = timedelta(hours=24)
