"""The documents a consultation's automatic reminders carry (migration 0012).

The staff give them in /schedule, each for every recipient or for those of one language, at
most `MAX_FILES` (the limit of a hand-sent broadcast). When a reminder runs, its broadcast gets a
copy of each (`attach_tx`, in the reminder's own transaction), which the sender sends as it
sends a hand-sent broadcast's documents. The first upload's file_id is recorded here too
(storage/broadcasts.mark_part_sent), so every later reminder sends the file by it.
"""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from storage.audit import record_tx
from storage.communications import MAX_FILES
from storage.db import Database, Transaction
from storage.models import Model, to_db

_SELECT = (
    "SELECT id, consultation_id, position, language, file_name, mime_type, size, sha256, telegram_file_id"
    " FROM reminder_files"
)


class ReminderFile(Model):
    id: int
    consultation_id: int
    position: int
    language: str | None = None  # None: for every recipient
    file_name: str
    mime_type: str | None = None
    size: int
    sha256: str
    telegram_file_id: str | None = None


def _file(row: aiosqlite.Row) -> ReminderFile:
    return ReminderFile.model_validate(dict(row))


async def files(db: Database, consultation_id: int) -> list[ReminderFile]:
    rows = await db.fetchall(_SELECT + " WHERE consultation_id = ? ORDER BY position", (consultation_id,))
    return [_file(r) for r in rows]


async def add(
    db: Database,
    consultation_id: int,
    *,
    file_name: str,
    mime_type: str | None,
    sha256: str,
    data: bytes,
    added_by: int | None,
    actor_id: int | None,
    now: datetime,
) -> ReminderFile | None:
    """A document for the consultation's reminders (for everyone at first); None if it holds
    `MAX_FILES` already or this very file (same bytes) is there already. Audited."""
    async with db.transaction() as tx:
        rows = await tx.fetchall(_SELECT + " WHERE consultation_id = ?", (consultation_id,))
        if len(rows) >= MAX_FILES or any(r["sha256"] == sha256 for r in rows):
            return None
        position = max((int(r["position"]) for r in rows), default=0) + 1
        file_id = await tx.execute(
            "INSERT INTO reminder_files (consultation_id, position, file_name, mime_type, size, sha256, data,"
            " added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (consultation_id, position, file_name, mime_type, len(data), sha256, data, added_by, to_db(now)),
        )
        await record_tx(
            tx,
            "reminder_file.added",
            actor_id=actor_id,
            subject=f"reminder_file:{file_id}",
            consultation_id=consultation_id,
            file_name=file_name,
            size=len(data),
            sha256=sha256,
        )
        row = await tx.fetchone(_SELECT + " WHERE id = ?", (file_id,))
    assert row is not None
    return _file(row)


async def set_language(
    db: Database, consultation_id: int, file_id: int, language: str | None, *, actor_id: int | None
) -> bool:
    """Who the document goes to: everyone (None) or the recipients of one language. Audited."""
    async with db.transaction() as tx:
        changed = await tx.rowcount(
            "UPDATE reminder_files SET language = ? WHERE id = ? AND consultation_id = ?",
            (language, file_id, consultation_id),
        )
        if changed:
            await record_tx(
                tx,
                "reminder_file.language",
                actor_id=actor_id,
                subject=f"reminder_file:{file_id}",
                consultation_id=consultation_id,
                language=language,
            )
    return bool(changed)


async def remove(db: Database, consultation_id: int, file_id: int, *, actor_id: int | None) -> bool:
    """The document no longer goes with the reminders still to run (those sent keep theirs)."""
    async with db.transaction() as tx:
        changed = await tx.rowcount(
            "DELETE FROM reminder_files WHERE id = ? AND consultation_id = ?", (file_id, consultation_id)
        )
        if changed:
            await record_tx(
                tx,
                "reminder_file.removed",
                actor_id=actor_id,
                subject=f"reminder_file:{file_id}",
                consultation_id=consultation_id,
            )
    return bool(changed)


async def attach_tx(tx: Transaction, consultation_id: int, broadcast_id: int) -> None:
    """A reminder's broadcast gets a copy of each of its consultation's reminder documents,
    with the file_id of an earlier upload if there was one (then nothing is uploaded again)."""
    await tx.execute(
        "INSERT INTO broadcast_files (broadcast_id, position, language, file_name, mime_type, size, sha256, data,"
        " telegram_file_id, reminder_file_id) SELECT ?, position, language, file_name, mime_type, size, sha256,"
        " data, telegram_file_id, id FROM reminder_files WHERE consultation_id = ? ORDER BY position",
        (broadcast_id, consultation_id),
    )
