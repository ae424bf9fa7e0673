"""Documents attached to comments: what is accepted, where the bytes are kept, and their rows.

Accepted: PDF, DOC, DOCX and ODT, recognised three ways that must agree: the file name's
extension, the MIME type the client declared, and the bytes themselves (magic numbers; for
DOCX and ODT, the ZIP container's contents). Up to Telegram's 20 MB bot download limit.

Files are stored content-addressed under the attachments folder
(`<sha256[:2]>/<sha256><ext>`); `attachments.storage_path` is that path RELATIVE to the
attachments folder (`Deps.attachments_dir`), so the folder can move with the database.
Use `resolve()` to open one. A draft's rows carry `draft_id`; on submission they get the
version's `version_id`; each version of a submission has its own rows.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import os
import tempfile
import zipfile
from datetime import datetime
from enum import StrEnum
from pathlib import Path, PurePosixPath

import aiosqlite

from storage.db import Database, Transaction
from storage.models import Model, from_db, to_db

MAX_BYTES = 20 * 1024 * 1024  # what a bot may download from Telegram
MAX_PER_COMMENT = 5

PDF, DOC, DOCX, ODT = ".pdf", ".doc", ".docx", ".odt"
MIME_TYPES: dict[str, frozenset[str]] = {
    PDF: frozenset({"application/pdf", "application/x-pdf"}),
    DOC: frozenset({"application/msword"}),
    DOCX: frozenset({"application/vnd.openxmlformats-officedocument.wordprocessingml.document"}),
    ODT: frozenset({"application/vnd.oasis.opendocument.text"}),
}
_OLE2 = bytes.fromhex("d0cf11e0a1b11ae1")
_ZIP = b"PK\x03\x04"
_ODT_MIME = b"application/vnd.oasis.opendocument.text"


class Refusal(StrEnum):
    """Why a file is refused; each has a catalog message `comment-file-<value>`."""

    TYPE = "type"  # not a PDF/DOC/DOCX/ODT by name or declared type
    TOO_BIG = "too-big"
    EMPTY = "empty"
    CONTENT = "content"  # the bytes are not what the name and type say
    TOO_MANY = "too-many"


class Attachment(Model):
    id: int
    draft_id: int | None
    version_id: int | None
    file_name: str
    mime_type: str | None
    size: int
    sha256: str
    storage_path: str
    telegram_file_unique_id: str | None
    created_at: datetime


def _from_row(row: aiosqlite.Row) -> Attachment:
    data = dict(row)
    data["created_at"] = from_db(data["created_at"])
    return Attachment.model_validate(data)


def extension(file_name: str | None) -> str:
    return PurePosixPath(file_name or "").suffix.lower()


def check_declared(file_name: str | None, mime_type: str | None, size: int | None) -> Refusal | None:
    """Before downloading: the name and declared type must both say PDF, DOC, DOCX or ODT."""
    ext = extension(file_name)
    if ext not in MIME_TYPES or (mime_type or "").lower() not in MIME_TYPES[ext]:
        return Refusal.TYPE
    if size is not None and size > MAX_BYTES:
        return Refusal.TOO_BIG
    if size == 0:
        return Refusal.EMPTY
    return None


def check_content(file_name: str, data: bytes) -> Refusal | None:
    """After downloading: the bytes are really a document of the type the name says.

    CPU-bound for large ZIP files: call through `asyncio.to_thread` from a handler."""
    if not data:
        return Refusal.EMPTY
    if len(data) > MAX_BYTES:
        return Refusal.TOO_BIG
    ext = extension(file_name)
    if ext == PDF:
        ok = data.startswith(b"%PDF-")
    elif ext == DOC:
        ok = data.startswith(_OLE2)
    elif ext == DOCX:
        ok = data.startswith(_ZIP) and _zip_has(data, lambda z: "word/document.xml" in z.namelist())
    elif ext == ODT:
        ok = data.startswith(_ZIP) and _zip_has(data, lambda z: z.read("mimetype").strip() == _ODT_MIME)
    else:
        ok = False
    return None if ok else Refusal.CONTENT


def _zip_has(data: bytes, test: object) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return bool(test(archive))  # type: ignore[operator]
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return False


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def resolve(attachments_dir: Path, attachment: Attachment | str) -> Path:
    relative = attachment if isinstance(attachment, str) else attachment.storage_path
    return Path(attachments_dir) / relative


def _write_file(attachments_dir: Path, data: bytes, ext: str) -> tuple[str, str]:
    digest = sha256_hex(data)
    relative = f"{digest[:2]}/{digest}{ext}"
    target = Path(attachments_dir) / relative
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        # Written to a temporary name, flushed, then renamed: a crash never leaves half a file
        # under the final name.
        fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    return relative, digest


async def store_file(attachments_dir: Path, file_name: str, data: bytes) -> tuple[str, str]:
    """Keep the bytes (off the event loop); returns (relative storage path, SHA-256)."""
    return await asyncio.to_thread(_write_file, attachments_dir, data, extension(file_name))


def _file_digest(path: Path) -> str | None:
    try:
        digest = hashlib.sha256()
        with path.open("rb") as source:
            for block in iter(lambda: source.read(1 << 20), b""):
                digest.update(block)
        return digest.hexdigest()
    except FileNotFoundError:
        return None


async def file_digest(attachments_dir: Path, attachment: Attachment) -> str | None:
    """The SHA-256 of the stored file now (None if it is missing)."""
    return await asyncio.to_thread(_file_digest, resolve(attachments_dir, attachment))


async def add_to_draft(
    db: Database,
    draft_id: int,
    *,
    file_name: str,
    mime_type: str | None,
    size: int,
    sha256: str,
    storage_path: str,
    telegram_file_unique_id: str | None,
    now: datetime,
) -> Attachment:
    new_id = await db.execute(
        "INSERT INTO attachments (draft_id, file_name, mime_type, size, sha256, storage_path,"
        " telegram_file_unique_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (draft_id, file_name, mime_type, size, sha256, storage_path, telegram_file_unique_id, to_db(now)),
    )
    row = await db.fetchone("SELECT * FROM attachments WHERE id = ?", (new_id,))
    assert row is not None
    return _from_row(row)


async def copy_to_draft(db: Database, version_id: int, draft_id: int, now: datetime) -> None:
    """A revision starts with the attachments of the version it revises (same files)."""
    await db.execute(
        "INSERT INTO attachments (draft_id, file_name, mime_type, size, sha256, storage_path,"
        " telegram_file_unique_id, created_at) SELECT ?, file_name, mime_type, size, sha256,"
        " storage_path, telegram_file_unique_id, ? FROM attachments WHERE version_id = ? ORDER BY id",
        (draft_id, to_db(now), version_id),
    )


async def for_draft(db: Database, draft_id: int) -> list[Attachment]:
    rows = await db.fetchall(
        "SELECT * FROM attachments WHERE draft_id = ? AND version_id IS NULL ORDER BY id", (draft_id,)
    )
    return [_from_row(r) for r in rows]


async def for_version(db: Database | Transaction, version_id: int) -> list[Attachment]:
    rows = await db.fetchall("SELECT * FROM attachments WHERE version_id = ? ORDER BY id", (version_id,))
    return [_from_row(r) for r in rows]


async def for_draft_tx(tx: Transaction, draft_id: int) -> list[Attachment]:
    rows = await tx.fetchall(
        "SELECT * FROM attachments WHERE draft_id = ? AND version_id IS NULL ORDER BY id", (draft_id,)
    )
    return [_from_row(r) for r in rows]


async def attach_to_version_tx(tx: Transaction, draft_id: int, version_id: int) -> None:
    await tx.execute(
        "UPDATE attachments SET version_id = ? WHERE draft_id = ? AND version_id IS NULL",
        (version_id, draft_id),
    )


async def rename_kept_tx(tx: Transaction, participant_id: int) -> list[int]:
    """At erasure: the files of the versions this participant submitted are named after their
    submission's reference (`CW-2013-0001.pdf`, `-2`, `-3`... for more files), since a file
    name may carry a person's name; so are the copies of those files (same name and content)
    in the submission's other versions and in drafts revising it. Their Telegram file ids
    go too. Returns the ids of the versions whose files were renamed (to fingerprint again)."""
    rows = await tx.fetchall(
        "SELECT a.file_name, a.sha256, v.submission_id, s.reference FROM attachments a"
        " JOIN submission_versions v ON a.version_id = v.id JOIN submissions s ON s.id = v.submission_id"
        " WHERE v.participant_id = ? ORDER BY s.id, v.version, a.id",
        (participant_id,),
    )
    names: dict[tuple[int, str, str], str] = {}
    per_submission: dict[int, int] = {}
    for row in rows:
        key = (int(row["submission_id"]), str(row["sha256"]), str(row["file_name"]))
        if key in names:
            continue
        number = per_submission[key[0]] = per_submission.get(key[0], 0) + 1
        suffix = "" if number == 1 else f"-{number}"
        names[key] = f"{row['reference']}{suffix}{extension(key[2])}"
    changed: set[int] = set()
    for (submission_id, sha256, old_name), new_name in names.items():
        versions = await tx.fetchall(
            "SELECT DISTINCT a.version_id FROM attachments a JOIN submission_versions v ON a.version_id = v.id"
            " WHERE v.submission_id = ? AND a.sha256 = ? AND a.file_name = ?",
            (submission_id, sha256, old_name),
        )
        changed.update(int(r["version_id"]) for r in versions)
        await tx.execute(
            "UPDATE attachments SET file_name = ?, telegram_file_unique_id = NULL WHERE sha256 = ? AND file_name = ?"
            " AND (version_id IN (SELECT id FROM submission_versions WHERE submission_id = ?)"
            " OR (version_id IS NULL AND draft_id IN (SELECT id FROM comment_drafts WHERE submission_id = ?)))",
            (new_name, sha256, old_name, submission_id, submission_id),
        )
    await tx.execute(
        "UPDATE attachments SET telegram_file_unique_id = NULL WHERE version_id IN"
        " (SELECT id FROM submission_versions WHERE participant_id = ?)",
        (participant_id,),
    )
    return sorted(changed)


async def remove_from_draft(db: Database, draft_id: int, attachment_id: int) -> str | None:
    """Take one file off a draft; returns its storage path, or None if it was not there."""
    async with db.transaction() as tx:
        row = await tx.fetchone(
            "SELECT storage_path FROM attachments WHERE id = ? AND draft_id = ? AND version_id IS NULL",
            (attachment_id, draft_id),
        )
        if row is None:
            return None
        await tx.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))
    return str(row["storage_path"])


async def remove_unreferenced(db: Database, attachments_dir: Path, storage_paths: list[str]) -> None:
    """Delete files that no row refers to any more (a discarded draft's documents)."""
    for relative in set(storage_paths):
        still_used = await db.fetchval("SELECT 1 FROM attachments WHERE storage_path = ? LIMIT 1", (relative,))
        if not still_used:
            await asyncio.to_thread(resolve(attachments_dir, relative).unlink, missing_ok=True)
