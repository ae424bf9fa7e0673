"""Rows behind python-telegram-bot's persistence (bot/persistence.py): JSON text by key. They are
written with an update's completion (storage/inbox.py: finish)."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from storage.db import Database


async def load_conversations(db: Database, name: str) -> dict[str, Any]:
    rows = await db.fetchall("SELECT key, state FROM ptb_conversations WHERE name = ?", (name,))
    return {r["key"]: json.loads(r["state"]) for r in rows}


# Telegram keeps an unconfirmed update for 24 hours, and after a week without updates it may
# start update ids again from a random number: only a recent id can be a redelivery.
REDELIVERY_WINDOW = timedelta(hours=24)
