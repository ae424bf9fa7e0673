"""What a secretariat sends, beyond the outbox itself (storage/broadcasts.py): the documents
attached to a broadcast, the saved templates of notes sent often, the history of every
broadcast and reminder with its counts, who a broadcast did not reach and why, cancelling a
scheduled send, and sending again to those not reached (issue 17).

A note's version for a recipient (`text_language`) and the documents they get (`files_for`)
are decided here, in one place, for the preview and for the sender alike.
"""

from __future__ import annotations

import json
from datetime import datetime

import aiosqlite
from pydantic import BaseModel, Field

from storage.audit import record_tx
from storage.broadcasts import Broadcast, MessageKind, Recipient, _broadcast, create_tx, get
from storage.db import Database, Transaction
from storage.models import Model, from_db, to_db

MAX_FILES = 10  # documents attached to one broadcast
MAX_TEMPLATES = 50
PAGE_SIZE = 8  # broadcasts per page of /broadcasts
CANCELLED = "cancelled"  # a delivery's last_error when its scheduled broadcast was cancelled


# -- the documents --------------------------------------------------------------------------------


class BroadcastFile(Model):
    """A document sent with a broadcast (the bytes are read apart: `file_data`)."""

    id: int
    broadcast_id: int | None = None
    position: int
    language: str | None = None  # None: to every recipient
    file_name: str
    mime_type: str | None = None
    size: int
    sha256: str
    telegram_file_id: str | None = None


_SELECT_FILES = (
    "SELECT id, broadcast_id, position, language, file_name, mime_type, size, sha256, telegram_file_id"
    " FROM broadcast_files"
)


def _file(row: aiosqlite.Row) -> BroadcastFile:
    return BroadcastFile.model_validate(dict(row))


async def add_draft_file(
    db: Database, officer_id: int, *, file_name: str, mime_type: str | None, sha256: str, data: bytes
) -> BroadcastFile | None:
    """A document the officer attached to the broadcast being written; None if the draft holds
    `MAX_FILES` already, or this very file (same bytes) is there already."""
    async with db.transaction() as tx:
        rows = await tx.fetchall(_SELECT_FILES + " WHERE draft_of = ? ORDER BY position", (officer_id,))
        if len(rows) >= MAX_FILES or any(r["sha256"] == sha256 for r in rows):
            return None
        position = max((int(r["position"]) for r in rows), default=0) + 1
        file_id = await tx.execute(
            "INSERT INTO broadcast_files (draft_of, position, file_name, mime_type, size, sha256, data)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (officer_id, position, file_name, mime_type, len(data), sha256, data),
        )
        row = await tx.fetchone(_SELECT_FILES + " WHERE id = ?", (file_id,))
    assert row is not None
    return _file(row)


async def draft_files(db: Database, officer_id: int) -> list[BroadcastFile]:
    rows = await db.fetchall(_SELECT_FILES + " WHERE draft_of = ? ORDER BY position", (officer_id,))
    return [_file(r) for r in rows]


async def set_draft_file_language(db: Database, officer_id: int, file_id: int, language: str | None) -> bool:
    changed = await db.execute(
        "UPDATE broadcast_files SET language = ? WHERE id = ? AND draft_of = ?", (language, file_id, officer_id)
    )
    return bool(changed)


async def remove_draft_file(db: Database, officer_id: int, file_id: int) -> bool:
    async with db.transaction() as tx:
        changed = await tx.rowcount("DELETE FROM broadcast_files WHERE id = ? AND draft_of = ?", (file_id, officer_id))
    return bool(changed)


async def clear_draft_files(db: Database, officer_id: int) -> None:
    await db.execute("DELETE FROM broadcast_files WHERE draft_of = ?", (officer_id,))


async def files(db: Database, broadcast_id: int) -> list[BroadcastFile]:
    rows = await db.fetchall(_SELECT_FILES + " WHERE broadcast_id = ? ORDER BY position", (broadcast_id,))
    return [_file(r) for r in rows]


async def file_data(db: Database, file_id: int) -> bytes:
    data = await db.fetchval("SELECT data FROM broadcast_files WHERE id = ?", (file_id,))
    return bytes(data or b"")


async def file_id_of(db: Database, file_id: int) -> str | None:
    """Telegram's file_id, once the file has been uploaded (recorded by mark_part_sent)."""
    # A reminder's copy of a reminder document: also the file_id another reminder recorded.
    found = await db.fetchval(
        "SELECT COALESCE(b.telegram_file_id, r.telegram_file_id) FROM broadcast_files b"
        " LEFT JOIN reminder_files r ON r.id = b.reminder_file_id WHERE b.id = ?",
        (file_id,),
    )
    return str(found) if found else None


def text_language(broadcast: Broadcast, language: str) -> str:
    """The language of the version a recipient of `language` gets: their own, or for a
    custom note without their version, the one the officer chose for them."""
    if broadcast.kind is not MessageKind.CUSTOM or not broadcast.texts or language in broadcast.texts:
        return language
    chosen = broadcast.fallbacks.get(language)
    return chosen if chosen in broadcast.texts else next(iter(sorted(broadcast.texts)))


def files_for(attached: list[BroadcastFile], language: str, version: str) -> list[BroadcastFile]:
    """The documents for a recipient of `language` who gets the `version` text: those for
    everyone, and those of their language (or, if none is in it, of the version they get)."""
    own = [f for f in attached if f.language == language]
    specific = own or [f for f in attached if f.language == version and version != language]
    chosen = {f.id for f in specific}
    return [f for f in attached if f.language is None or f.id in chosen]


def note_text(broadcast: Broadcast, language: str) -> str | None:
    """The officer's text a recipient of `language` gets (None for an invitation or a reminder)."""
    if broadcast.kind is not MessageKind.CUSTOM:
        return None
    if broadcast.texts:
        return broadcast.texts[text_language(broadcast, language)]
    return broadcast.custom_text


# -- templates ------------------------------------------------------------------------------------


class Template(Model):
    id: int
    consultation_id: int = 1
    name: str
    texts: dict[str, str] = Field(default_factory=dict)
    created_at: datetime


def _template(row: aiosqlite.Row) -> Template:
    data = dict(row)
    data["texts"] = json.loads(data["texts"] or "{}")
    data["created_at"] = from_db(data["created_at"])
    return Template.model_validate(data)


async def save_template(
    db: Database,
    *,
    consultation_id: int,
    name: str,
    texts: dict[str, str],
    created_by: int,
    now: datetime,
    actor_telegram_id: int | None,
) -> Template | None:
    """Saved (a template of the same name is replaced); None if `MAX_TEMPLATES` exist already."""
    async with db.transaction() as tx:
        existing = await tx.fetchval(
            "SELECT id FROM broadcast_templates WHERE consultation_id = ? AND name = ?", (consultation_id, name)
        )
        total = int(
            await tx.fetchval("SELECT COUNT(*) FROM broadcast_templates WHERE consultation_id = ?", (consultation_id,))
        )
        if existing is None and total >= MAX_TEMPLATES:
            return None
        payload = json.dumps(texts, ensure_ascii=False)
        if existing is None:
            template_id = await tx.execute(
                "INSERT INTO broadcast_templates (consultation_id, name, texts, created_by, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (consultation_id, name, payload, created_by, to_db(now)),
            )
        else:
            template_id = int(existing)
            await tx.execute(
                "UPDATE broadcast_templates SET texts = ?, created_by = ?, created_at = ? WHERE id = ?",
                (payload, created_by, to_db(now), template_id),
            )
        await record_tx(
            tx,
            "broadcast.template.save",
            actor_id=actor_telegram_id,
            subject=f"template:{template_id}",
            name=name,
            versions=sorted(texts),
        )
        row = await tx.fetchone("SELECT * FROM broadcast_templates WHERE id = ?", (template_id,))
    assert row is not None
    return _template(row)


async def templates(db: Database, consultation_id: int) -> list[Template]:
    rows = await db.fetchall(
        "SELECT * FROM broadcast_templates WHERE consultation_id = ? ORDER BY name, id", (consultation_id,)
    )
    return [_template(r) for r in rows]


async def template(db: Database, template_id: int) -> Template | None:
    row = await db.fetchone("SELECT * FROM broadcast_templates WHERE id = ?", (template_id,))
    return _template(row) if row else None


async def delete_template(db: Database, template_id: int, actor_telegram_id: int | None) -> bool:
    async with db.transaction() as tx:
        name = await tx.fetchval("SELECT name FROM broadcast_templates WHERE id = ?", (template_id,))
        if name is None:
            return False
        await tx.execute("DELETE FROM broadcast_templates WHERE id = ?", (template_id,))
        await record_tx(
            tx, "broadcast.template.delete", actor_id=actor_telegram_id, subject=f"template:{template_id}", name=name
        )
    return True


# -- the history ----------------------------------------------------------------------------------


class Tally(BaseModel):
    """A broadcast's deliveries as the history shows them."""

    total: int = 0
    sent: int = 0
    in_doubt: int = 0
    failed: int = 0
    blocked: int = 0  # unreachable: blocked the bot, account deleted, chat gone
    skipped: int = 0
    waiting: int = 0  # pending or in flight

    @property
    def not_reached(self) -> int:
        return self.failed + self.blocked


class HistoryLine(BaseModel):
    broadcast: Broadcast
    tally: Tally
    documents: int = 0


_TALLY = (
    "SELECT d.broadcast_id, COUNT(*) AS total,"
    " SUM(d.status = 'sent') AS sent, SUM(d.in_doubt) AS in_doubt, SUM(d.status = 'failed') AS failed,"
    " SUM(d.status = 'unreachable') AS blocked, SUM(d.status = 'skipped') AS skipped,"
    " SUM(d.status IN ('pending', 'sending')) AS waiting FROM deliveries d"
)


def _tally(row: aiosqlite.Row | None) -> Tally:
    if row is None:
        return Tally()
    return Tally(**{name: int(row[name] or 0) for name in Tally.model_fields})


# An officer's own alerts and digests (services/alerts.py) ride the outbox but are not the
# secretariat's communications: one a submission and officer, they would bury the broadcasts.
# The history leaves them out; what the secretariat sends to focal points (broadcasts,
# reminders, deadline notices, replies to a submission, the directory's notices) is listed.


async def history_count(db: Database) -> int:
    return int(
        await db.fetchval("SELECT COUNT(*) FROM broadcasts WHERE purpose IS NULL OR purpose NOT IN ('alert', 'digest')")
    )


async def history_page(db: Database, page: int, size: int = PAGE_SIZE) -> list[HistoryLine]:
    """Every broadcast, reminder, notice and reply (not the officers' own alerts and digests),
    newest first, `size` a page, with their counts."""
    rows = await db.fetchall(
        "SELECT * FROM broadcasts WHERE purpose IS NULL OR purpose NOT IN ('alert', 'digest')"
        " ORDER BY id DESC LIMIT ? OFFSET ?",
        (size, max(0, page) * size),
    )
    found = []
    for row in rows:
        broadcast = _broadcast(row)
        found.append(
            HistoryLine(
                broadcast=broadcast, tally=await tally(db, broadcast.id), documents=await _documents(db, broadcast.id)
            )
        )
    return found


async def _documents(db: Database, broadcast_id: int) -> int:
    return int(await db.fetchval("SELECT COUNT(*) FROM broadcast_files WHERE broadcast_id = ?", (broadcast_id,)))


async def tally(db: Database | Transaction, broadcast_id: int) -> Tally:
    return _tally(await db.fetchone(_TALLY + " WHERE d.broadcast_id = ? GROUP BY d.broadcast_id", (broadcast_id,)))


class ReportRow(BaseModel):
    """One recipient of a broadcast, as the delivery report lists them."""

    participant_id: int
    country_code: str | None = None
    name: str | None = None
    language: str
    status: str
    in_doubt: bool = False
    attempts: int = 0
    reason: str | None = None
    sent_at: datetime | None = None
    not_before: datetime | None = None
    erased: bool = False


async def report(db: Database, broadcast_id: int) -> list[ReportRow]:
    """Every delivery of a broadcast with its recipient, in country order."""
    rows = await db.fetchall(
        "SELECT d.participant_id, p.country_code, p.full_name AS name, d.language, d.status, d.in_doubt,"
        " d.attempts, d.last_error AS reason, d.sent_at, d.next_attempt_at AS not_before,"
        " (p.status = 'erased') AS erased FROM deliveries d JOIN participants p ON p.id = d.participant_id"
        " WHERE d.broadcast_id = ? ORDER BY p.country_code, d.id",
        (broadcast_id,),
    )
    found = []
    for row in rows:
        data = dict(row)
        data["sent_at"], data["not_before"] = from_db(data["sent_at"]), from_db(data["not_before"])
        data["in_doubt"], data["erased"] = bool(data["in_doubt"]), bool(data["erased"])
        found.append(ReportRow.model_validate(data))
    return found


def not_reached(rows: list[ReportRow]) -> list[ReportRow]:
    """Those a broadcast did not reach: their delivery failed or they could not be reached."""
    return [r for r in rows if r.status in ("failed", "unreachable")]


# -- cancelling a scheduled send, sending again ------------------------------------------------


async def cancel(db: Database, broadcast_id: int, now: datetime, actor_telegram_id: int | None) -> int | None:
    """Cancel what has not started: every delivery still pending is skipped ("cancelled"), and
    the broadcast is closed (`cancelled` if nothing had gone, else done). None if nothing was
    left to cancel (finished, cancelled already, or every delivery under way)."""
    async with db.transaction() as tx:
        status = await tx.fetchval("SELECT status FROM broadcasts WHERE id = ?", (broadcast_id,))
        if status not in ("queued", "sending"):
            return None
        cancelled = await tx.rowcount(
            "UPDATE deliveries SET status = 'skipped', last_error = ?, updated_at = ?"
            " WHERE broadcast_id = ? AND status = 'pending' AND parts_sent = 0",
            (CANCELLED, to_db(now), broadcast_id),
        )
        if not cancelled:
            return None
        open_rows = await tx.fetchval(
            "SELECT COUNT(*) FROM deliveries WHERE broadcast_id = ? AND status IN ('pending', 'sending')",
            (broadcast_id,),
        )
        if not open_rows:
            started = await tx.fetchval(
                "SELECT COUNT(*) FROM deliveries WHERE broadcast_id = ? AND status <> 'skipped'", (broadcast_id,)
            )
            await tx.execute(
                "UPDATE broadcasts SET status = ?, finished_at = ? WHERE id = ?",
                ("done" if started else "cancelled", to_db(now), broadcast_id),
            )
        await record_tx(
            tx, "broadcast.cancel", actor_id=actor_telegram_id, subject=f"broadcast:{broadcast_id}", cancelled=cancelled
        )
    return cancelled


async def cancellable(db: Database, broadcast_id: int) -> int:
    """How many deliveries a cancel would stop now."""
    return int(
        await db.fetchval(
            "SELECT COUNT(*) FROM deliveries d JOIN broadcasts b ON b.id = d.broadcast_id WHERE d.broadcast_id = ?"
            " AND b.status IN ('queued', 'sending') AND d.status = 'pending' AND d.parts_sent = 0",
            (broadcast_id,),
        )
    )


async def resend(
    db: Database,
    broadcast_id: int,
    *,
    now: datetime,
    created_by: int,
    actor_telegram_id: int | None,
    progress_chat_id: int | None,
    progress_message_id: int | None,
) -> Broadcast | None:
    """A new broadcast of the same message and documents to exactly those the first did not
    reach (failed or unreachable), if they are still approved and not deactivated (the
    directory's notice of a deactivation is for the person deactivated); sent now.
    The documents keep their file_ids: nothing is uploaded again. None if there is nobody to
    send to."""
    async with db.transaction() as tx:
        row = await tx.fetchone("SELECT * FROM broadcasts WHERE id = ?", (broadcast_id,))
        if row is None:
            return None
        original = _broadcast(row)
        rows = await tx.fetchall(
            "SELECT p.id, COALESCE(p.chat_id, p.telegram_id) AS chat_id, p.language FROM deliveries d"
            " JOIN participants p ON p.id = d.participant_id WHERE d.broadcast_id = ?"
            " AND d.status IN ('failed', 'unreachable') AND p.status = 'approved'"
            " AND (p.deactivated_at IS NULL OR ? = 'notice') ORDER BY d.id",
            (broadcast_id, original.purpose or ""),
        )
        if not rows:
            return None
        new_id = await create_tx(
            tx,
            kind=original.kind,
            audience=original.audience,
            recipients=[Recipient(participant_id=r["id"], chat_id=r["chat_id"], language=r["language"]) for r in rows],
            now=now,
            created_by=created_by,
            custom_text=original.custom_text,
            progress_chat_id=progress_chat_id,
            progress_message_id=progress_message_id,
            consultation_id=original.consultation_id,
            texts=original.texts,
            fallbacks=original.fallbacks,
            resend_of=broadcast_id,
            notice=original.notice,
        )
        # A reply to a submission and a one-person message are sent again as what they were.
        await tx.execute(
            "UPDATE broadcasts SET reply_id = ?, purpose = ? WHERE id = ?",
            (original.reply_id, original.purpose, new_id),
        )
        await tx.execute(
            "INSERT INTO broadcast_files (broadcast_id, position, language, file_name, mime_type, size, sha256, data,"
            " telegram_file_id, uploaded_at) SELECT ?, position, language, file_name, mime_type, size, sha256, data,"
            " telegram_file_id, uploaded_at FROM broadcast_files WHERE broadcast_id = ? ORDER BY position",
            (new_id, broadcast_id),
        )
        await record_tx(
            tx,
            "broadcast.resend",
            actor_id=actor_telegram_id,
            subject=f"broadcast:{new_id}",
            resend_of=broadcast_id,
            recipients=len(rows),
        )
    return await get(db, new_id)


def first_not_before(rows: list[ReportRow]) -> datetime | None:
    """The earliest instant a still-waiting delivery is held for (a scheduled send)."""
    held = [r.not_before for r in rows if r.not_before is not None and r.status == "pending"]
    return min(held) if held else None
