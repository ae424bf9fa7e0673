"""Comment drafts: what a focal point is writing, saved at every step (every message part too).

One open draft per participant (`comment_drafts.participant_id` is unique). The draft, not
python-telegram-bot's conversation state, is the source of truth: after a restart or a
`kill -9` the conversation resumes from the row. A draft for a revision carries the
submission it revises. Submitting consumes the row in the same transaction that records the
submission (storage/submissions.py), which makes a repeated Submit press harmless.
"""

from __future__ import annotations

import json
import secrets
from datetime import datetime
from itertools import pairwise

import aiosqlite
from pydantic import BaseModel, Field

from storage.audit import record_tx
from storage.db import Database, Transaction
from storage.models import Model, from_db, to_db

# A client that splits a long paste sends pieces just under Telegram's 4096-character limit,
# cut at a space or line break, and Telegram trims the whitespace at both ends of a message:
# such a piece is continued by the next one after ONE space (nothing between Chinese or
# Japanese characters, which are written without spaces and may be cut anywhere). Shorter
# pieces are messages the user wrote separately: they stay separate paragraphs.
CLIENT_SPLIT_LENGTH = 4000
PARAGRAPH_BREAK = "\n\n"


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return 0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF


def _joint(previous: str, following: str) -> str:
    if len(previous) < CLIENT_SPLIT_LENGTH:
        return PARAGRAPH_BREAK
    if not previous or not following or previous[-1].isspace() or following[0].isspace():
        return ""
    return "" if _is_cjk(previous[-1]) or _is_cjk(following[0]) else " "


def join_parts(parts: list[str]) -> str:
    """The comment as the user meant it: a pasted text's pieces rejoined in order."""
    joined = parts[0] if parts else ""
    for previous, following in pairwise(parts):
        joined += _joint(previous, following) + following
    return joined


class DraftData(BaseModel):
    """The answers so far. `None` means not asked yet; `paragraph_skipped` / `proposed_skipped`
    record an explicit "none" so that a resumed draft does not ask again."""

    token: str = Field(default_factory=lambda: secrets.token_hex(4))
    topic_id: str | None = None
    comment_type_id: str | None = None
    paragraph: int | None = None
    paragraph_skipped: bool = False
    comment_parts: list[str] = Field(default_factory=list)
    comment_message_ids: list[int] = Field(default_factory=list)  # a redelivered part is kept once
    comment_backup: list[str] | None = None  # the text being replaced while editing the comment
    proposed_text: str | None = None
    proposed_skipped: bool = False
    attachments_done: bool = False
    editing: bool = False  # answering one part from the preview: go back to the preview after
    base_version: int | None = None  # for a revision: the version it started from

    @property
    def comment(self) -> str:
        return join_parts(self.comment_parts)


class Draft(Model):
    id: int
    participant_id: int
    submission_id: int | None
    step: str
    data: DraftData
    created_at: datetime
    updated_at: datetime
    consultation_id: int = 1  # the consultation the comment is for


def _from_row(row: aiosqlite.Row) -> Draft:
    return Draft(
        id=row["id"],
        participant_id=row["participant_id"],
        submission_id=row["submission_id"],
        step=row["step"],
        data=DraftData.model_validate(json.loads(row["data"])),
        created_at=from_db(row["created_at"]),
        updated_at=from_db(row["updated_at"]),
        consultation_id=row["consultation_id"],
    )


def _dump(data: DraftData) -> str:
    return data.model_dump_json()


async def get(db: Database, participant_id: int) -> Draft | None:
    row = await db.fetchone("SELECT * FROM comment_drafts WHERE participant_id = ?", (participant_id,))
    return _from_row(row) if row else None


async def get_tx(tx: Transaction, participant_id: int) -> Draft | None:
    row = await tx.fetchone("SELECT * FROM comment_drafts WHERE participant_id = ?", (participant_id,))
    return _from_row(row) if row else None


async def start(
    db: Database,
    participant_id: int,
    step: str,
    now: datetime,
    *,
    data: DraftData | None = None,
    submission_id: int | None = None,
    consultation_id: int = 1,
) -> tuple[Draft, list[str]]:
    """A fresh draft, replacing any earlier one. Also returns the storage paths of the earlier
    draft's attachments (the caller removes files nothing else refers to)."""
    data = data or DraftData()
    async with db.transaction() as tx:
        dropped = await discard_tx(tx, participant_id)
        await tx.execute(
            "INSERT INTO comment_drafts (participant_id, submission_id, step, data, created_at, updated_at,"
            " consultation_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (participant_id, submission_id, step, _dump(data), to_db(now), to_db(now), consultation_id),
        )
        draft = await get_tx(tx, participant_id)
    assert draft is not None
    return draft, dropped


async def save(db: Database, draft: Draft, now: datetime, *, step: str | None = None) -> Draft:
    """Write the draft's answers (and its step) at once: this is what survives a crash."""
    new_step = step or draft.step
    await db.execute(
        "UPDATE comment_drafts SET step = ?, data = ?, submission_id = ?, updated_at = ? WHERE id = ?",
        (new_step, _dump(draft.data), draft.submission_id, to_db(now), draft.id),
    )
    return draft.model_copy(update={"step": new_step, "updated_at": now})


async def discard(db: Database, participant_id: int) -> tuple[Draft | None, list[str]]:
    """Delete the open draft and its attachment rows; returns the draft and their paths.
    A draft discarded is audited ("comment.discard", issue 15), in the same transaction."""
    async with db.transaction() as tx:
        draft = await get_tx(tx, participant_id)
        dropped = await discard_tx(tx, participant_id)
        if draft is not None:
            reference = None
            if draft.submission_id is not None:
                reference = await tx.fetchval("SELECT reference FROM submissions WHERE id = ?", (draft.submission_id,))
            await record_tx(
                tx,
                "comment.discard",
                actor_id=participant_id,
                subject=reference,
                consultation_id=draft.consultation_id,
                step=draft.step,
                attachments=len(dropped),
            )
    return draft, dropped


async def discard_tx(tx: Transaction, participant_id: int) -> list[str]:
    """Delete the open draft and its attachment rows inside the caller's transaction; returns
    the storage paths of those rows (the caller removes files nothing else refers to)."""
    rows = await tx.fetchall(
        "SELECT a.storage_path FROM attachments a JOIN comment_drafts d ON a.draft_id = d.id"
        " WHERE d.participant_id = ? AND a.version_id IS NULL",
        (participant_id,),
    )
    await tx.execute(
        "DELETE FROM attachments WHERE version_id IS NULL AND draft_id IN"
        " (SELECT id FROM comment_drafts WHERE participant_id = ?)",
        (participant_id,),
    )
    await tx.execute("DELETE FROM comment_drafts WHERE participant_id = ?", (participant_id,))
    return [r["storage_path"] for r in rows]


async def claim_tx(tx: Transaction, participant_id: int, token: str) -> Draft | None:
    """The draft with this token, inside the submitting transaction (which deletes it).

    None if it is gone (already submitted, or replaced by a newer draft): the caller then
    records nothing, so a Submit pressed twice makes one submission."""
    draft = await get_tx(tx, participant_id)
    if draft is None or draft.data.token != token:
        return None
    return draft


async def delete_tx(tx: Transaction, draft_id: int) -> None:
    await tx.execute("DELETE FROM comment_drafts WHERE id = ?", (draft_id,))
