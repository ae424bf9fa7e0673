"""CSV and JSON Lines: one row (one object) per submission, stable field names.

CSV: UTF-8 with a byte-order mark (so that Excel detects the encoding), RFC 4180 through the
`csv` module (comma, double quotes doubled, CRLF line ends, fields with commas, quotes or line
breaks quoted), a header row of the field names below, formula triggers neutralised
(exports/safety.py). Several attachment names are separated by a line break.

JSON Lines: UTF-8 (no BOM), one JSON object per line, keys in the order below. Schema
version 1; a field may be added in a later version, but none is renamed or removed.

| key | type | meaning |
|---|---|---|
| `reference` | string | the submission's reference, e.g. `"CW-2013-0042"` |
| `version` | integer | the version in this line (1 = as first submitted) |
| `current_version` | integer | the latest version (greater than `version` only in an earlier-version line) |
| `status` | string | `"submitted"` or `"withdrawn"` |
| `withdrawn_at` | string or null | when it was withdrawn, ISO 8601 in UTC (`"2013-01-20T07:30:00Z"`) |
| `country_code` | string | ISO 3166-1 alpha-2 code of the responding State, or `"EU"` |
| `country` | string | the country's name in the export's language |
| `focal_point` | string or null | title and name of who submitted this version; null if erased or unknown |
| `organisation` | string or null | the focal point's ministry or organisation; null if erased or unknown |
| `focal_point_erased` | boolean | true when the focal point asked for their personal data to be erased |
| `topic_id` | string | stable topic id from the consultation definition, e.g. `"basel"` |
| `topic` | string | the topic's name in the export's language |
| `comment_type_id` | string | stable id: `"specific"`, `"strategic"` or `"option"` in the shipped consultation |
| `comment_type` | string | the comment type's name in the export's language |
| `paragraph` | integer or null | the paragraph of the document commented on; null for a general comment |
| `comment` | string | the comment, exactly as written |
| `proposed_text` | string or null | the text proposed instead, exactly as written |
| `language` | string or null | detected language of the comment (`"ar"`, `"zh"`, `"en"`, `"fr"`, `"ru"`, `"es"`, ...) |
| `language_probability` | number or null | the detector's confidence, 0 to 1 |
| `submitted_at` | string | when this version was submitted, ISO 8601 in UTC (`"2013-01-10T09:00:00Z"`) |
| `submitted_at_local` | string | the same instant in the consultation's time zone (`"2013-01-10T12:00:00+03:00"`) |
| `fingerprint` | string | SHA-256 (64 hexadecimal digits) of this version's content, as shown to the focal point |
| `attachments` | array | the version's files, each `{"file_name", "mime_type", "size" (bytes), "sha256"}` |
| `source` | string or null | how an imported submission was received (`"e-mail"`); null if made in the bot |
| `received_on` | string or null | the day an imported submission was received (`"2012-11-30"`); else null |
| `focal_point_title` | string or null | the title of who submitted this version (`"Ms."`); null if erased or unknown |
| `focal_point_name` | string or null | their name alone; null if erased or unknown |
| `focal_point_email` | string or null | their e-mail address; null if erased or unknown |
| `review_status` | string | `"received"`, `"under_review"`, `"addressed"` or `"noted"` (noted without action) |
| `tags` | array | the secretariat's themes given to the submission, names in the export's language |
| `notes` | array | with notes only (`--with-notes`): internal notes, `{"text", "author", "at", "version"}` |
| `replies` | array | with notes only: replies sent, `{"text", "author", "at", "version", "recipients"}` |

CSV has the same columns in the same order, except `focal_point_erased` (an erased focal
point's name reads "(erased)" in the export's language), `attachments` (the file names),
`tags` (the names, one a line), and `notes` and `replies` (each entry as "time, author: text",
entries separated by a blank line). `notes` and `replies` are present (in JSON Lines and CSV
alike) only in an export made with notes, which only the secretariat can make.
"""

from __future__ import annotations

import csv
import json
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from exports.rows import ExportRow, Labels, ReviewEntry
from exports.safety import neutralise as _safe

JSONL_FIELDS = (
    "reference",
    "version",
    "current_version",
    "status",
    "withdrawn_at",
    "country_code",
    "country",
    "focal_point",
    "organisation",
    "focal_point_erased",
    "topic_id",
    "topic",
    "comment_type_id",
    "comment_type",
    "paragraph",
    "comment",
    "proposed_text",
    "language",
    "language_probability",
    "submitted_at",
    "submitted_at_local",
    "fingerprint",
    "attachments",
    "source",
    "received_on",
    "focal_point_title",
    "focal_point_name",
    "focal_point_email",
    "review_status",
    "tags",
)
NOTES_FIELDS = ("notes", "replies")  # only in exports made with notes
CSV_FIELDS = tuple(f for f in JSONL_FIELDS if f != "focal_point_erased")


def entry_text(labels: Labels, entry: ReviewEntry) -> str:
    """A note or a reply in one cell: "time, author: text" (time in UTC, ISO 8601)."""
    author = entry.author or labels.t("export-erased")
    return labels.t("review-export-entry", time=iso_utc(entry.at) or "", author=author, text=entry.text)


def entries_text(labels: Labels, entries: list[ReviewEntry]) -> str:
    return "\n\n".join(entry_text(labels, entry) for entry in entries)


def iso_utc(moment: datetime | None) -> str | None:
    return moment.isoformat().replace("+00:00", "Z") if moment is not None else None


class CsvFile:
    """Writes rows as they come; used from a worker thread."""

    def __init__(self, path: Path, labels: Labels, *, with_notes: bool = False) -> None:
        self.path = path
        self.labels = labels
        self.with_notes = with_notes
        self.erased = labels.t("export-erased")
        self._file: TextIO | None = None
        self._writer: Any = None
        self.rows = 0

    def open(self) -> None:
        self._file = self.path.open("w", encoding="utf-8-sig", newline="")
        self._writer = csv.writer(self._file, dialect="excel", lineterminator="\r\n")
        self._writer.writerow(CSV_FIELDS + (NOTES_FIELDS if self.with_notes else ()))

    def write(self, rows: list[ExportRow]) -> None:
        erased = self.erased
        labels = self.labels
        notes = self.with_notes
        self._writer.writerows(
            (
                _safe(r.reference),
                r.version,
                r.current_version,
                r.status,
                iso_utc(r.withdrawn_at) or "",
                _safe(r.country_code),
                _safe(r.country),
                erased if r.focal_point_erased else _safe(r.focal_point),
                _safe(r.organisation),
                _safe(r.topic_id),
                _safe(r.topic),
                _safe(r.comment_type_id),
                _safe(r.comment_type),
                "" if r.paragraph is None else r.paragraph,
                _safe(r.comment),
                _safe(r.proposed_text),
                _safe(r.language),
                "" if r.language_probability is None else r.language_probability,
                iso_utc(r.submitted_at),
                r.submitted_at_local.isoformat(),
                _safe(r.fingerprint),
                _safe(r.attachment_names),
                _safe(r.source),
                r.received_on or "",
                _safe(r.focal_point_title),
                _safe(r.focal_point_name),
                _safe(r.focal_point_email),
                r.review_status,
                _safe("\n".join(r.tags)),
                *((_safe(entries_text(labels, r.notes)), _safe(entries_text(labels, r.replies))) if notes else ()),
            )
            for r in rows
        )
        self.rows += len(rows)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


class JsonlFile:
    def __init__(self, path: Path, labels: Labels, *, with_notes: bool = False) -> None:
        self.path = path
        self.with_notes = with_notes
        self._file: TextIO | None = None
        self.rows = 0

    def open(self) -> None:
        self._file = self.path.open("w", encoding="utf-8", newline="\n")

    def write(self, rows: list[ExportRow]) -> None:
        assert self._file is not None
        dumps = json.dumps
        notes = self.with_notes
        self._file.writelines(dumps(as_json(r, with_notes=notes), ensure_ascii=False) + "\n" for r in rows)
        self.rows += len(rows)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


def _entry_json(entry: ReviewEntry, *, reply: bool) -> dict[str, Any]:
    found: dict[str, Any] = {
        "text": entry.text,
        "author": entry.author,
        "at": iso_utc(entry.at),
        "version": entry.version,
    }
    if reply:
        found["recipients"] = entry.recipients
    return found


def as_json(row: ExportRow, *, with_notes: bool = False) -> dict[str, Any]:
    """One JSON Lines object (the schema in this module's docstring)."""
    found = {
        "reference": row.reference,
        "version": row.version,
        "current_version": row.current_version,
        "status": row.status,
        "withdrawn_at": iso_utc(row.withdrawn_at),
        "country_code": row.country_code,
        "country": row.country,
        "focal_point": row.focal_point,
        "organisation": row.organisation,
        "focal_point_erased": row.focal_point_erased,
        "topic_id": row.topic_id,
        "topic": row.topic,
        "comment_type_id": row.comment_type_id,
        "comment_type": row.comment_type,
        "paragraph": row.paragraph,
        "comment": row.comment,
        "proposed_text": row.proposed_text,
        "language": row.language,
        "language_probability": row.language_probability,
        "submitted_at": iso_utc(row.submitted_at),
        "submitted_at_local": row.submitted_at_local.isoformat(),
        "fingerprint": row.fingerprint,
        "attachments": [
            {"file_name": a.file_name, "mime_type": a.mime_type, "size": a.size, "sha256": a.sha256}
            for a in row.attachments
        ],
        "source": row.source,
        "received_on": row.received_on,
        "focal_point_title": row.focal_point_title,
        "focal_point_name": row.focal_point_name,
        "focal_point_email": row.focal_point_email,
        "review_status": row.review_status,
        "tags": list(row.tags),
    }
    if with_notes:
        found["notes"] = [_entry_json(entry, reply=False) for entry in row.notes]
        found["replies"] = [_entry_json(entry, reply=True) for entry in row.replies]
    return found
