"""Rows behind python-telegram-bot's persistence (bot/persistence.py): JSON text by key."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from storage.db import Database, Transaction
from storage.models import to_db


async def load_conversations(db: Database, name: str) -> dict[str, Any]:
    rows = await db.fetchall("SELECT key, state FROM ptb_conversations WHERE name = ?", (name,))
    return {r["key"]: json.loads(r["state"]) for r in rows}


async def save_conversation(db: Database, name: str, key: str, state: Any | None) -> None:
    if state is None:
        await db.execute("DELETE FROM ptb_conversations WHERE name = ? AND key = ?", (name, key))
    else:
        await db.execute(
            "INSERT INTO ptb_conversations (name, key, state) VALUES (?, ?, ?)"
            " ON CONFLICT (name, key) DO UPDATE SET state = excluded.state",
            (name, key, json.dumps(state)),
        )


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


async def already_processed(db: Database, update_id: int, now: datetime) -> bool:
    row = await db.fetchone(
        "SELECT 1 FROM processed_updates WHERE update_id = ? AND processed_at > ?",
        (update_id, to_db(now - REDELIVERY_WINDOW)),
    )
    return row is not None


async def latest_processed(db: Database, now: datetime) -> int | None:
    """The highest update id handled within the redelivery window, if any."""
    value = await db.fetchval(
        "SELECT MAX(update_id) FROM processed_updates WHERE processed_at > ?", (to_db(now - REDELIVERY_WINDOW),)
    )
    return int(value) if value is not None else None


async def mark_processed(db: Database, update_id: int, now: datetime) -> None:
    await db.execute(
        "INSERT INTO processed_updates (update_id, processed_at) VALUES (?, ?)"
        " ON CONFLICT (update_id) DO UPDATE SET processed_at = excluded.processed_at",
        (update_id, to_db(now)),
    )
    if update_id % 1000 == 0:  # prune now and then, not at every update
        await db.execute("DELETE FROM processed_updates WHERE processed_at < ?", (to_db(now - REDELIVERY_WINDOW),))
