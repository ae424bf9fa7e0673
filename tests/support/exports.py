"""Rows for the export tests, inserted directly (the comment flow is built separately).

`Consultations` is a tiny builder over the schema of storage/migrations/0001_initial.sql:
focal points, submissions with their versions, and attachment files on disk.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

from storage import Database
from storage.models import to_db

FINGERPRINT = "ab" * 32


class Consultations:
    def __init__(self, db: Database, attachments_dir: Path | None = None) -> None:
        self.db = db
        self.attachments_dir = attachments_dir

    async def focal_point(
        self,
        country: str,
        name: str,
        *,
        organisation: str | None = None,
        title: str | None = None,
        status: str = "approved",
        language: str = "en",
        telegram_id: int | None = None,
    ) -> int:
        if telegram_id is None:
            telegram_id = int(
                await self.db.fetchval("SELECT MAX(500000, COALESCE(MAX(telegram_id), 0)) + 1 FROM participants")
            )
        now = to_db(datetime(2013, 1, 2, tzinfo=UTC))
        return await self.db.execute(
            "INSERT INTO participants (telegram_id, chat_id, country_code, full_name, title, organisation,"
            " email, language, role, status, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'focal_point', ?, ?, ?)",
            (
                telegram_id,
                telegram_id,
                country,
                name,
                title,
                organisation,
                f"{telegram_id}@example.org",
                language,
                status,
                now,
                now,
            ),
        )

    async def erase(self, participant_id: int) -> None:
        """What /forget does to the participant row: personal data gone, status erased."""
        await self.db.execute(
            "UPDATE participants SET full_name = NULL, title = NULL, organisation = NULL, email = NULL,"
            " status = 'erased', erased_at = ? WHERE id = ?",
            (to_db(datetime(2013, 1, 20, tzinfo=UTC)), participant_id),
        )

    async def submission(
        self,
        participant_id: int | None,
        country: str,
        comment: str,
        *,
        topic: str = "general",
        comment_type: str = "specific",
        paragraph: int | None = None,
        proposed_text: str | None = None,
        language: str | None = "en",
        probability: float | None = 0.99,
        at: datetime = datetime(2013, 1, 10, 9, 0, tzinfo=UTC),
        status: str = "submitted",
        attachments: list[tuple[str, bytes]] = (),  # type: ignore[assignment]
    ) -> str:
        seq = int(await self.db.fetchval("SELECT COALESCE(MAX(seq), 0) + 1 FROM submissions"))
        reference = f"CW-2013-{seq:04d}"
        when = to_db(at)
        async with self.db.transaction() as tx:
            submission_id = await tx.execute(
                "INSERT INTO submissions (seq, reference, country_code, participant_id, status, current_version,"
                " created_at, updated_at, withdrawn_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)",
                (seq, reference, country, participant_id, status, when, when, when if status == "withdrawn" else None),
            )
            version_id = await tx.execute(
                "INSERT INTO submission_versions (submission_id, version, participant_id, topic_id,"
                " comment_type_id, paragraph, comment, proposed_text, language, language_probability,"
                " fingerprint, submitted_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    submission_id,
                    participant_id,
                    topic,
                    comment_type,
                    paragraph,
                    comment,
                    proposed_text,
                    language,
                    probability,
                    FINGERPRINT,
                    when,
                ),
            )
            for file_name, data in attachments:
                storage_path = f"{reference}/{file_name}"
                if self.attachments_dir is not None:
                    target = self.attachments_dir / storage_path
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(data)
                await tx.execute(
                    "INSERT INTO attachments (version_id, file_name, mime_type, size, sha256, storage_path,"
                    " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        version_id,
                        file_name,
                        "application/pdf",
                        len(data),
                        hashlib.sha256(data).hexdigest(),
                        storage_path,
                        when,
                    ),
                )
        return reference

    async def revise(
        self, reference: str, comment: str, *, at: datetime, topic: str | None = None, paragraph: int | None = None
    ) -> int:
        """A new version of a submission (the previous one stays as history)."""
        row = await self.db.fetchone(
            "SELECT s.id, s.current_version, v.topic_id, v.comment_type_id, v.participant_id, v.paragraph"
            " FROM submissions s JOIN submission_versions v ON v.submission_id = s.id"
            " AND v.version = s.current_version WHERE s.reference = ?",
            (reference,),
        )
        assert row is not None
        version = row["current_version"] + 1
        async with self.db.transaction() as tx:
            await tx.execute(
                "INSERT INTO submission_versions (submission_id, version, participant_id, topic_id,"
                " comment_type_id, paragraph, comment, proposed_text, language, language_probability,"
                " fingerprint, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, 'en', 0.99, ?, ?)",
                (
                    row["id"],
                    version,
                    row["participant_id"],
                    topic or row["topic_id"],
                    row["comment_type_id"],
                    paragraph if paragraph is not None else row["paragraph"],
                    comment,
                    FINGERPRINT,
                    to_db(at),
                ),
            )
            await tx.execute(
                "UPDATE submissions SET current_version = ?, updated_at = ? WHERE id = ?",
                (version, to_db(at), row["id"]),
            )
        return version

    async def withdraw(self, reference: str, *, at: datetime) -> None:
        """What withdrawing does to a submission: its versions stay, its status changes."""
        await self.db.execute(
            "UPDATE submissions SET status = 'withdrawn', withdrawn_at = ?, updated_at = ? WHERE reference = ?",
            (to_db(at), to_db(at), reference),
        )
