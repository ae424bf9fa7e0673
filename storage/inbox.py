"""The durable inbox of updates (bot/inbox.py) and the record of handled ones.

An update is stored before the Bot API server is told it was received, and leaves the inbox in
the transaction that records it as handled (processed_updates, the redelivery guard) together
with the conversation states its handling changed. The update's text is kept only that long;
the guard keeps the id alone, for the 24 hours Telegram may redeliver it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from pydantic import BaseModel

from storage.db import Database, OneHop, Transaction
from storage.models import from_db, to_db
from storage.ptb_state import REDELIVERY_WINDOW


class Received(BaseModel):
    """An update as the Bot API sent it."""

    update_id: int
    payload: dict[str, Any]


class InboxEntry(BaseModel):
    """An update in the inbox, not yet handled."""

    seq: int
    update_id: int
    payload: dict[str, Any]
    received_at: datetime


class ConversationWrite(BaseModel):
    """A conversation state to store with an update's completion (None: the conversation ended)."""

    name: str
    key: str
    state: Any | None = None


async def receive(db: Database, updates: Sequence[Received], now: datetime) -> list[int]:
    """Store the updates in one transaction; the ids newly stored, in order. An update already
    in the inbox, or handled within the redelivery window, is not stored again. Two statements
    whatever the batch's size, in one hop to the database's thread (the database is shared with
    the handlers)."""
    ids = [update.update_id for update in updates]
    marks = ", ".join("?" * len(ids))
    known_sql = (
        f"SELECT update_id FROM inbox WHERE update_id IN ({marks})"  # noqa: S608 (placeholders only)
        f" UNION SELECT update_id FROM processed_updates WHERE update_id IN ({marks}) AND processed_at > ?"
    )
    known_params = (*ids, *ids, to_db(now - REDELIVERY_WINDOW))
    received_at = to_db(now)

    def store(tx: OneHop) -> list[int]:
        known = {row[0] for row in tx.fetchall(known_sql, known_params)}
        fresh = {update.update_id: update for update in updates if update.update_id not in known}
        tx.executemany(
            "INSERT INTO inbox (update_id, payload, received_at) VALUES (?, ?, ?)",
            [(update_id, json.dumps(update.payload), received_at) for update_id, update in fresh.items()],
        )
        return list(fresh)

    return await db.in_one_hop(store)


async def waiting(db: Database) -> list[InboxEntry]:
    """Every update not yet handled, in the order received."""
    rows = await db.fetchall("SELECT seq, update_id, payload, received_at FROM inbox ORDER BY seq")
    return [
        InboxEntry(
            seq=r["seq"],
            update_id=r["update_id"],
            payload=json.loads(r["payload"]),
            received_at=from_db(r["received_at"]),
        )
        for r in rows
    ]


async def count(db: Database) -> int:
    return int(await db.fetchval("SELECT COUNT(*) FROM inbox"))


async def finish(db: Database, update_id: int, now: datetime, conversations: Sequence[ConversationWrite] = ()) -> None:
    """The update is handled: its conversation states, its id in the redelivery guard and its
    removal from the inbox, in one transaction (one hop to the database's thread: it is paid at
    every update)."""
    statements = [_conversation_statement(write) for write in conversations]
    statements.append(
        (
            "INSERT INTO processed_updates (update_id, processed_at) VALUES (?, ?)"
            " ON CONFLICT (update_id) DO UPDATE SET processed_at = excluded.processed_at",
            (update_id, to_db(now)),
        )
    )
    statements.append(("DELETE FROM inbox WHERE update_id = ?", (update_id,)))
    if update_id % 1000 == 0:  # prune now and then, not at every update
        statements.append(("DELETE FROM processed_updates WHERE processed_at < ?", (to_db(now - REDELIVERY_WINDOW),)))

    def write(tx: OneHop) -> None:
        for sql, params in statements:
            tx.execute(sql, params)

    await db.in_one_hop(write)


async def write_conversations(db: Database, conversations: Sequence[ConversationWrite]) -> None:
    """Conversation states changed outside an update's completion (the flush at a stop)."""
    if not conversations:
        return
    async with db.transaction() as tx:
        for write in conversations:
            await _write_conversation(tx, write)


async def _write_conversation(tx: Transaction, write: ConversationWrite) -> None:
    await tx.execute(*_conversation_statement(write))


def _conversation_statement(write: ConversationWrite) -> tuple[str, tuple[Any, ...]]:
    if write.state is None:
        return "DELETE FROM ptb_conversations WHERE name = ? AND key = ?", (write.name, write.key)
    return (
        "INSERT INTO ptb_conversations (name, key, state) VALUES (?, ?, ?)"
        " ON CONFLICT (name, key) DO UPDATE SET state = excluded.state",
        (write.name, write.key, json.dumps(write.state)),
    )


# An inbox row is the person's when a `from` or `chat` object in its payload has their id.
_PERSONS_ROW = (
    "EXISTS (SELECT 1 FROM json_tree(inbox.payload) AS node WHERE node.key = 'id' AND node.value IN (?, ?)"
    " AND (node.path LIKE '%.from' OR node.path LIKE '%.chat'))"
)


async def forget_tx(tx: Transaction, telegram_id: int, chat_id: int | None, up_to: int, now: datetime) -> int:
    """At an erasure: the person's updates up to `up_to` (the one asking for it, and any before
    it still here) leave the inbox as handled, so that their raw payloads (names, texts) go
    with the rest; later ones stay, to be answered. Returns how many went."""
    ids = (telegram_id, telegram_id if chat_id is None else chat_id)
    await tx.execute(
        "INSERT INTO processed_updates (update_id, processed_at)"  # noqa: S608 (a constant, no input)
        f" SELECT update_id, ? FROM inbox WHERE update_id <= ? AND {_PERSONS_ROW}"
        " ON CONFLICT (update_id) DO NOTHING",
        (to_db(now), up_to, *ids),
    )
    return await tx.rowcount(f"DELETE FROM inbox WHERE update_id <= ? AND {_PERSONS_ROW}", (up_to, *ids))  # noqa: S608
