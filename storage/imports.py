"""Submissions received outside the bot (by e-mail, before the bot existed), imported.

Each becomes a submission of its consultation like the others: the next reference of its
numbering, version 1, a fingerprint computed the same way (storage/submissions.py), its files
as attachments. It is marked with its `source` (e.g. "e-mail"), the day it was received and,
optionally, who sent it. All rows of a file go in one transaction: all or nothing.
"""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, Field

from storage.audit import record_tx
from storage.db import Database
from storage.models import to_db, utc_now
from storage.submissions import fingerprint, format_reference, next_seq_tx


class ImportedFile(BaseModel):
    file_name: str
    mime_type: str | None
    size: int
    sha256: str
    storage_path: str


class ImportedSubmission(BaseModel):
    """One validated row (bot/import_cli.py checked it against the consultation)."""

    line: int
    country_code: str
    topic_id: str
    comment_type_id: str
    paragraph: int | None = None
    comment: str
    proposed_text: str | None = None
    language: str | None = None
    submitted_by: str | None = None
    submitted_at: datetime
    source: str
    received_on: date | None = None
    files: list[ImportedFile] = Field(default_factory=list)


async def import_all(
    db: Database,
    rows: list[ImportedSubmission],
    *,
    consultation_id: int,
    reference_prefix: str,
    reference_year: int,
    file_name: str,
) -> list[str]:
    """Every row as a new submission, in one transaction; the references given, in order."""
    references = []
    now = to_db(utc_now())
    async with db.transaction() as tx:
        for row in rows:
            seq = await next_seq_tx(tx, consultation_id)
            reference = format_reference(reference_prefix, reference_year, seq)
            submitted_at = to_db(row.submitted_at)
            assert submitted_at is not None
            submission_id = await tx.execute(
                "INSERT INTO submissions (consultation_id, seq, reference, country_code, participant_id, status,"
                " current_version, created_at, updated_at, source, received_on, submitted_by)"
                " VALUES (?, ?, ?, ?, NULL, 'submitted', 1, ?, ?, ?, ?, ?)",
                (
                    consultation_id,
                    seq,
                    reference,
                    row.country_code,
                    submitted_at,
                    submitted_at,
                    row.source,
                    row.received_on.isoformat() if row.received_on else None,
                    row.submitted_by,
                ),
            )
            digest = fingerprint(
                reference=reference,
                country_code=row.country_code,
                version=1,
                participant_id=None,
                topic_id=row.topic_id,
                comment_type_id=row.comment_type_id,
                paragraph=row.paragraph,
                comment=row.comment,
                proposed_text=row.proposed_text,
                language=row.language,
                language_probability=None,
                submitted_at=submitted_at,
                files=row.files,  # type: ignore[arg-type]  (the same fields as Attachment's)
            )
            version_id = await tx.execute(
                "INSERT INTO submission_versions (submission_id, version, participant_id, topic_id,"
                " comment_type_id, paragraph, comment, proposed_text, language, language_probability,"
                " fingerprint, submitted_at) VALUES (?, 1, NULL, ?, ?, ?, ?, ?, ?, NULL, ?, ?)",
                (
                    submission_id,
                    row.topic_id,
                    row.comment_type_id,
                    row.paragraph,
                    row.comment,
                    row.proposed_text,
                    row.language,
                    digest,
                    submitted_at,
                ),
            )
            for f in row.files:
                await tx.execute(
                    "INSERT INTO attachments (version_id, file_name, mime_type, size, sha256, storage_path,"
                    " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (version_id, f.file_name, f.mime_type, f.size, f.sha256, f.storage_path, now),
                )
            references.append(reference)
        await record_tx(
            tx,
            "submission.import",
            actor_id=None,
            subject=file_name,
            consultation_id=consultation_id,
            rows=len(rows),
            references=references,
        )
    return references
