"""Submissions: a country's comments, every version kept, each with a SHA-256 fingerprint.

A submission belongs to a country (any of its focal points may see, revise or withdraw it).
Its reference is `<prefix>-<year>-<seq:04d>` (e.g. CW-2013-0042), `seq` counting up across
the consultation. A revision is a new row in `submission_versions`; nothing is overwritten,
and withdrawing only marks the submission.

The fingerprint is the SHA-256 of a canonical JSON document (sorted keys, UTF-8, no
insignificant whitespace) holding exactly what was recorded for the version: reference,
country, version number, author, topic, type, paragraph, comment, proposed text, detected
language, submission time as stored, and each attachment's name, type, size and SHA-256.
`/verify` recomputes it from the stored rows: any later change to them shows.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

import aiosqlite
from pydantic import Field

from storage import attachments as attachment_store
from storage import drafts, review
from storage.attachments import Attachment
from storage.audit import record_tx
from storage.db import Database, Transaction
from storage.models import Model, from_db, to_db

FINGERPRINT_SCHEME = "consultbot-submission-v1"
_REFERENCE = re.compile(r"^\s*([A-Za-z]{1,6})\s*[-‐‑–—/ ]\s*(\d{4})\s*[-‐‑–—/ ]\s*(\d{1,9})\s*$")


class SubmissionStatus(StrEnum):
    SUBMITTED = "submitted"
    WITHDRAWN = "withdrawn"


class Submission(Model):
    id: int
    consultation_id: int = 1
    seq: int
    reference: str
    country_code: str
    participant_id: int | None
    status: SubmissionStatus
    current_version: int
    created_at: datetime
    updated_at: datetime
    withdrawn_at: datetime | None = None
    # Received outside the bot (e.g. "e-mail") and imported; None: submitted through the bot.
    source: str | None = None
    received_on: date | None = None
    submitted_by: str | None = None

    @property
    def imported(self) -> bool:
        return self.source is not None


class Version(Model):
    id: int
    submission_id: int
    version: int
    participant_id: int | None
    topic_id: str
    comment_type_id: str
    paragraph: int | None
    comment: str
    proposed_text: str | None
    language: str | None
    language_probability: float | None
    fingerprint: str
    submitted_at: datetime
    attachments: list[Attachment] = Field(default_factory=list)


def format_reference(prefix: str, year: int, seq: int) -> str:
    return f"{prefix}-{year}-{seq:04d}"


def normalize_reference(text: str) -> str | None:
    """`cw-2013-42`, `CW 2013 0042`... -> `CW-2013-0042`; None if it is not a reference."""
    # A pasted reference may carry invisible format characters (bidi marks, zero-width spaces).
    match = _REFERENCE.match("".join(c for c in text or "" if unicodedata.category(c) != "Cf"))
    if not match:
        return None
    prefix, year, seq = match.groups()
    return format_reference(prefix.upper(), int(year), int(seq))


def _submission(row: aiosqlite.Row) -> Submission:
    data = dict(row)
    for name in ("created_at", "updated_at", "withdrawn_at"):
        data[name] = from_db(data[name])
    data["received_on"] = date.fromisoformat(data["received_on"]) if data.get("received_on") else None
    return Submission.model_validate(data)


def _version(row: aiosqlite.Row, files: list[Attachment]) -> Version:
    data = dict(row)
    data["submitted_at"] = from_db(data["submitted_at"])
    data["attachments"] = files
    return Version.model_validate(data)


def _probability_text(probability: float | None) -> str | None:
    return None if probability is None else f"{probability:.4f}"


def fingerprint(
    *,
    reference: str,
    country_code: str,
    version: int,
    participant_id: int | None,
    topic_id: str,
    comment_type_id: str,
    paragraph: int | None,
    comment: str,
    proposed_text: str | None,
    language: str | None,
    language_probability: float | None,
    submitted_at: str,
    files: list[Attachment],
) -> str:
    """SHA-256 (hex) of the canonical JSON of one recorded version."""
    document: dict[str, Any] = {
        "scheme": FINGERPRINT_SCHEME,
        "reference": reference,
        "country_code": country_code,
        "version": version,
        "participant_id": participant_id,
        "topic_id": topic_id,
        "comment_type_id": comment_type_id,
        "paragraph": paragraph,
        "comment": comment,
        "proposed_text": proposed_text,
        "language": language,
        "language_probability": _probability_text(language_probability),
        "submitted_at": submitted_at,
        "attachments": [
            {"file_name": f.file_name, "mime_type": f.mime_type, "size": f.size, "sha256": f.sha256} for f in files
        ],
    }
    canonical = json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _row_fingerprint(submission: aiosqlite.Row, version: aiosqlite.Row, files: list[Attachment]) -> str:
    return fingerprint(
        reference=submission["reference"],
        country_code=submission["country_code"],
        version=version["version"],
        participant_id=version["participant_id"],
        topic_id=version["topic_id"],
        comment_type_id=version["comment_type_id"],
        paragraph=version["paragraph"],
        comment=version["comment"],
        proposed_text=version["proposed_text"],
        language=version["language"],
        language_probability=version["language_probability"],
        submitted_at=version["submitted_at"],
        files=files,
    )


# -- submitting ---------------------------------------------------------------------------


class Outcome(StrEnum):
    CREATED = "created"  # a new submission, version 1
    REVISED = "revised"  # a new version of an existing submission
    GONE = "gone"  # no such draft any more: it was already submitted (or replaced)
    WITHDRAWN = "withdrawn"  # the revised submission was withdrawn meanwhile; draft kept
    INCOMPLETE = "incomplete"  # the draft lacks a topic, a type or a comment; draft kept


@dataclass(frozen=True)
class SubmitResult:
    outcome: Outcome
    submission: Submission | None = None
    version: Version | None = None
    # For a revision: versions recorded by others since this draft started from its base.
    concurrent: bool = False


async def submit(
    db: Database,
    *,
    participant_id: int,
    country_code: str,
    token: str,
    reference_prefix: str,
    reference_year: int,
    language: str | None,
    language_probability: float | None,
    now: datetime,
    consultation_id: int = 1,
) -> SubmitResult:
    """Record the participant's draft (identified by its token) as a submission or a new
    version, in one transaction that also deletes the draft: a second call finds no draft."""
    submitted_at = to_db(now)
    assert submitted_at is not None
    probability = None if language_probability is None else round(language_probability, 4)
    async with db.transaction() as tx:
        draft = await drafts.claim_tx(tx, participant_id, token)
        if draft is None:
            return SubmitResult(Outcome.GONE)
        data = draft.data
        if not (data.topic_id and data.comment_type_id and data.comment.strip()):
            return SubmitResult(Outcome.INCOMPLETE)
        files = await attachment_store.for_draft_tx(tx, draft.id)

        concurrent = False
        if draft.submission_id is not None:
            submission_row = await tx.fetchone(
                "SELECT * FROM submissions WHERE id = ? AND country_code = ?", (draft.submission_id, country_code)
            )
            if submission_row is None:
                return SubmitResult(Outcome.GONE)
            if submission_row["status"] != SubmissionStatus.SUBMITTED:
                return SubmitResult(Outcome.WITHDRAWN, _submission(submission_row))
            latest = int(
                await tx.fetchval(
                    "SELECT MAX(version) FROM submission_versions WHERE submission_id = ?", (draft.submission_id,)
                )
                or 0
            )
            number = latest + 1
            concurrent = data.base_version is not None and latest != data.base_version
            submission_id = int(submission_row["id"])
            outcome = Outcome.REVISED
        else:
            seq = await next_seq_tx(tx, consultation_id)
            reference = format_reference(reference_prefix, reference_year, seq)
            submission_id = await tx.execute(
                "INSERT INTO submissions (consultation_id, seq, reference, country_code, participant_id, status,"
                " current_version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'submitted', 1, ?, ?)",
                (consultation_id, seq, reference, country_code, participant_id, submitted_at, submitted_at),
            )
            submission_row = await tx.fetchone("SELECT * FROM submissions WHERE id = ?", (submission_id,))
            assert submission_row is not None
            number = 1
            outcome = Outcome.CREATED

        proposed = data.proposed_text if data.proposed_text and data.proposed_text.strip() else None
        digest = fingerprint(
            reference=submission_row["reference"],
            country_code=submission_row["country_code"],
            version=number,
            participant_id=participant_id,
            topic_id=data.topic_id,
            comment_type_id=data.comment_type_id,
            paragraph=data.paragraph,
            comment=data.comment,
            proposed_text=proposed,
            language=language,
            language_probability=probability,
            submitted_at=submitted_at,
            files=files,
        )
        version_id = await tx.execute(
            "INSERT INTO submission_versions (submission_id, version, participant_id, topic_id,"
            " comment_type_id, paragraph, comment, proposed_text, language, language_probability,"
            " fingerprint, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                submission_id,
                number,
                participant_id,
                data.topic_id,
                data.comment_type_id,
                data.paragraph,
                data.comment,
                proposed,
                language,
                probability,
                digest,
                submitted_at,
            ),
        )
        await attachment_store.attach_to_version_tx(tx, draft.id, version_id)
        await tx.execute(
            "UPDATE submissions SET current_version = ?, updated_at = ? WHERE id = ?",
            (number, submitted_at, submission_id),
        )
        await drafts.delete_tx(tx, draft.id)
        if outcome is Outcome.REVISED:
            # A reviewed submission revised by the country goes back to "received" (issue 15).
            await review.reopen_on_revision_tx(tx, submission_id, number, participant_id=participant_id, now=now)
        await record_tx(
            tx,
            "comment.submit" if outcome is Outcome.CREATED else "comment.revise",
            actor_id=participant_id,
            consultation_id=int(submission_row["consultation_id"]),
            subject=submission_row["reference"],
            version=number,
            fingerprint=digest,
        )
        submission = await _get_tx(tx, submission_id)
        version = await _version_tx(tx, submission_id, number)
    return SubmitResult(outcome, submission, version, concurrent)


async def withdraw(
    db: Database, submission_id: int, *, participant_id: int, country_code: str, now: datetime
) -> Submission | None:
    """Mark a submission withdrawn (kept in the record). None if it is not this country's or
    was already withdrawn."""
    async with db.transaction() as tx:
        changed = await tx.rowcount(
            "UPDATE submissions SET status = 'withdrawn', withdrawn_at = ?, updated_at = ?"
            " WHERE id = ? AND country_code = ? AND status = 'submitted'",
            (to_db(now), to_db(now), submission_id, country_code),
        )
        if not changed:
            return None
        submission = await _get_tx(tx, submission_id)
        assert submission is not None
        await record_tx(
            tx,
            "comment.withdraw",
            actor_id=participant_id,
            subject=submission.reference,
            consultation_id=submission.consultation_id,
        )
    return submission


# -- reading ------------------------------------------------------------------------------


async def refingerprint_tx(tx: Transaction, version_ids: list[int]) -> list[str]:
    """Store each version's fingerprint computed from what it holds now (after an erasure
    renamed its files); returns "REFERENCE vN" of each version whose fingerprint changed."""
    changed = []
    for version_id in version_ids:
        row = await tx.fetchone("SELECT * FROM submission_versions WHERE id = ?", (version_id,))
        if row is None:
            continue
        submission = await tx.fetchone("SELECT * FROM submissions WHERE id = ?", (row["submission_id"],))
        assert submission is not None
        digest = _row_fingerprint(submission, row, await attachment_store.for_version(tx, version_id))
        if digest != row["fingerprint"]:
            await tx.execute("UPDATE submission_versions SET fingerprint = ? WHERE id = ?", (digest, version_id))
            changed.append(f"{submission['reference']} v{row['version']}")
    return changed


async def _get_tx(tx: Transaction, submission_id: int) -> Submission | None:
    row = await tx.fetchone("SELECT * FROM submissions WHERE id = ?", (submission_id,))
    return _submission(row) if row else None


async def _version_tx(tx: Transaction, submission_id: int, number: int) -> Version | None:
    row = await tx.fetchone(
        "SELECT * FROM submission_versions WHERE submission_id = ? AND version = ?", (submission_id, number)
    )
    if row is None:
        return None
    return _version(row, await attachment_store.for_version(tx, row["id"]))


async def get(db: Database, submission_id: int) -> Submission | None:
    row = await db.fetchone("SELECT * FROM submissions WHERE id = ?", (submission_id,))
    return _submission(row) if row else None


async def get_by_reference(db: Database, reference: str, consultation_id: int | None = None) -> Submission | None:
    """References are unique per consultation; without one, the newest consultation's wins."""
    if consultation_id is None:
        row = await db.fetchone(
            "SELECT * FROM submissions WHERE reference = ? ORDER BY consultation_id DESC LIMIT 1", (reference,)
        )
    else:
        row = await db.fetchone(
            "SELECT * FROM submissions WHERE reference = ? AND consultation_id = ?", (reference, consultation_id)
        )
    return _submission(row) if row else None


async def all_by_reference(db: Database, reference: str) -> list[Submission]:
    """Every submission with this reference, one per consultation at most, oldest consultation
    first (a copied round's prefix is its own: normally one)."""
    rows = await db.fetchall("SELECT * FROM submissions WHERE reference = ? ORDER BY consultation_id", (reference,))
    return [_submission(r) for r in rows]


async def versions(db: Database, submission_id: int) -> list[Version]:
    """Every version, oldest first, each with its attachments."""
    rows = await db.fetchall(
        "SELECT * FROM submission_versions WHERE submission_id = ? ORDER BY version", (submission_id,)
    )
    return [_version(r, await attachment_store.for_version(db, r["id"])) for r in rows]


async def latest_version(db: Database, submission_id: int) -> Version | None:
    row = await db.fetchone(
        "SELECT * FROM submission_versions WHERE submission_id = ? ORDER BY version DESC LIMIT 1",
        (submission_id,),
    )
    return _version(row, await attachment_store.for_version(db, row["id"])) if row else None


async def for_country(db: Database, country_code: str) -> list[tuple[Submission, Version]]:
    """The country's submissions (newest first), each with its latest version."""
    rows = await db.fetchall("SELECT * FROM submissions WHERE country_code = ? ORDER BY seq DESC", (country_code,))
    found = []
    for row in rows:
        latest = await latest_version(db, row["id"])
        if latest is not None:
            found.append((_submission(row), latest))
    return found


async def last_by_participant(db: Database, participant_id: int) -> tuple[Submission, Version] | None:
    """The most recent version this participant recorded (to repeat a receipt)."""
    row = await db.fetchone(
        "SELECT * FROM submission_versions WHERE participant_id = ? ORDER BY id DESC LIMIT 1", (participant_id,)
    )
    if row is None:
        return None
    submission = await get(db, row["submission_id"])
    assert submission is not None
    return submission, _version(row, await attachment_store.for_version(db, row["id"]))


async def count(db: Database, consultation_id: int | None = None) -> int:
    if consultation_id is None:
        return int(await db.fetchval("SELECT COUNT(*) FROM submissions"))
    return int(await db.fetchval("SELECT COUNT(*) FROM submissions WHERE consultation_id = ?", (consultation_id,)))


async def next_seq_tx(tx: Transaction, consultation_id: int) -> int:
    """The next number of a consultation's references (they count up within it)."""
    return int(
        await tx.fetchval(
            "SELECT COALESCE(MAX(seq), 0) + 1 FROM submissions WHERE consultation_id = ?", (consultation_id,)
        )
    )


# -- verifying ----------------------------------------------------------------------------


class VersionCheck(Model):
    version: int
    stored_fingerprint: str
    computed_fingerprint: str
    files_intact: bool  # every attachment's file on disk still has its recorded SHA-256

    @property
    def intact(self) -> bool:
        return self.stored_fingerprint == self.computed_fingerprint and self.files_intact


async def verify(db: Database, submission_id: int, attachments_dir: Path) -> list[VersionCheck]:
    """Recompute every version's fingerprint from what is stored now, and each file's digest."""
    submission_row = await db.fetchone("SELECT * FROM submissions WHERE id = ?", (submission_id,))
    if submission_row is None:
        return []
    checks = []
    rows = await db.fetchall(
        "SELECT * FROM submission_versions WHERE submission_id = ? ORDER BY version", (submission_id,)
    )
    for row in rows:
        files = await attachment_store.for_version(db, row["id"])
        files_intact = True
        for attachment in files:
            if await attachment_store.file_digest(attachments_dir, attachment) != attachment.sha256:
                files_intact = False
        checks.append(
            VersionCheck(
                version=row["version"],
                stored_fingerprint=row["fingerprint"],
                computed_fingerprint=_row_fingerprint(submission_row, row, files),
                files_intact=files_intact,
            )
        )
    return checks
