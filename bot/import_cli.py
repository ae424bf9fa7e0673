"""`consultbot import-submissions`: earlier input, received outside the bot, imported.

The file is one the secretariat fills in (or an export of this bot): XLSX or CSV with the
export's own column names (exports/tabular.py), or JSON Lines in the export's schema. Only
`country_code`, `topic_id`, `comment_type_id` and `comment` are required; `paragraph`,
`proposed_text`, `language`, `focal_point`, `submitted_at`, `source`, `received_on` and
`attachments` (file names in the --attachments folder, one a line in CSV and XLSX, a list of
names or of {"file_name": ...} in JSON Lines) may be given. Columns of an export that the
import cannot take over (reference, fingerprint, names in a language...) are ignored: each
imported submission gets its own reference and fingerprint.

Every row is checked against the consultation (the State exists and, when the consultation
names its invited States, is one of them; the topic, type and paragraph exist; the comment is
neither empty nor too long; the files exist). A bad row is reported with its line and reason,
and nothing is imported unless every row is valid (or --skip-invalid imports the valid ones).
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import io
import json
import mimetypes
import sys
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from bot.config import Settings
from bot.consultation_cli import with_first_definition
from prompts import Consultation, countries
from services.core import definition_of
from storage import Database, consultations, imports
from storage.attachments import store_file
from storage.imports import ImportedFile, ImportedSubmission

EXIT_USAGE = 2
EXIT_INVALID = 65  # sysexits EX_DATAERR: the file has rows that cannot be imported


def add_import_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "import-submissions",
        help="add submissions received outside the bot (e-mail...) from XLSX, CSV or JSON Lines",
        description="Add the submissions in FILE (XLSX or CSV with the export's columns, or JSON Lines "
        "in the export's schema) to a consultation, marked as imported. Nothing is imported unless "
        "every row is valid, or --skip-invalid is given.",
    )
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("--consultation", type=int, required=True, metavar="ID")
    parser.add_argument("--source", default="e-mail", help='how they were received (default: "e-mail")')
    parser.add_argument("--received", type=date.fromisoformat, metavar="YYYY-MM-DD", help="the day they were received")
    parser.add_argument("--attachments", type=Path, metavar="DIR", help="folder with the files the rows name")
    parser.add_argument("--skip-invalid", action="store_true", help="import the valid rows, report the others")


def _cell(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def read_rows(path: Path) -> list[tuple[int, dict[str, Any]]]:
    """(line or row number, fields) for each non-empty record of the file."""
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        rows = []
        for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as exc:
                rows.append((number, {"__error__": f"not JSON ({exc.msg})"}))
                continue
            rows.append((number, value if isinstance(value, dict) else {"__error__": "not a JSON object"}))
        return rows
    if suffix == ".csv":
        reader = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline=""))
        found = []
        start = 2
        for record in reader:
            if any(v for v in record.values() if isinstance(v, str) and v.strip()):
                found.append((start, {k: _cell(v) for k, v in record.items() if k}))
            start = reader.line_num + 1
        return found
    if suffix == ".xlsx":
        from openpyxl import load_workbook

        sheet = load_workbook(path, read_only=True, data_only=True).worksheets[0]
        values = list(sheet.iter_rows(values_only=True))
        if not values:
            return []
        header = [str(h).strip() if h is not None else "" for h in values[0]]
        return [
            (number, {h: _cell(v) for h, v in zip(header, row, strict=False) if h})
            for number, row in enumerate(values[1:], start=2)
            if any(v not in (None, "") for v in row)
        ]
    raise ValueError(f"{path.name}: not .xlsx, .csv or .jsonl")


def _file_names(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [n.strip() for n in value.splitlines() if n.strip()]
    if isinstance(value, list):
        return [str(v["file_name"] if isinstance(v, dict) else v).strip() for v in value]
    raise ValueError("attachments: a list of file names")


def _day(value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def check_row(
    line: int,
    fields: dict[str, Any],
    consultation: Consultation,
    *,
    source: str,
    received: date | None,
    attachments_dir: Path | None,
) -> tuple[ImportedSubmission | None, list[str], list[Path]]:
    """The row as a submission to import, or the reasons it cannot be (each naming the field)."""
    if "__error__" in fields:
        return None, [fields["__error__"]], []
    problems: list[str] = []
    code = str(fields.get("country_code") or "").upper()
    if not code:
        problems.append("country_code: missing")
    elif countries.get(code) is None:
        problems.append(f"country_code: {code!r} is not a known State (ISO 3166-1 alpha-2, or EU)")
    elif consultation.invited_countries and code not in consultation.invited_countries:
        problems.append(f"country_code: {code} is not invited to this consultation")
    topic = fields.get("topic_id")
    if not topic or consultation.topic(str(topic)) is None:
        problems.append(f"topic_id: {topic!r} is not a topic of this consultation")
    kind = fields.get("comment_type_id")
    if not kind or consultation.comment_type(str(kind)) is None:
        problems.append(f"comment_type_id: {kind!r} is not a comment type of this consultation")
    paragraph = fields.get("paragraph")
    if paragraph not in (None, ""):
        try:
            paragraph = int(paragraph)
        except (TypeError, ValueError):
            problems.append(f"paragraph: {paragraph!r} is not a number")
            paragraph = None
        else:
            if consultation.document.paragraph(paragraph) is None:
                problems.append(f"paragraph: the document has no paragraph {paragraph}")
    else:
        paragraph = None
    comment = str(fields.get("comment") or "").strip()
    if not comment:
        problems.append("comment: missing")
    elif len(comment) > consultation.max_comment_chars:
        problems.append(f"comment: {len(comment)} characters, more than {consultation.max_comment_chars}")
    try:
        received_on = _day(fields.get("received_on")) or received
    except ValueError:
        problems.append(f"received_on: {fields.get('received_on')!r} is not a day (YYYY-MM-DD)")
        received_on = received
    submitted_at = None
    raw_submitted = fields.get("submitted_at")
    if raw_submitted not in (None, ""):
        try:
            submitted_at = (
                raw_submitted if isinstance(raw_submitted, datetime) else datetime.fromisoformat(str(raw_submitted))
            )
            if submitted_at.tzinfo is None:
                submitted_at = submitted_at.replace(tzinfo=consultation.zone)
        except ValueError:
            problems.append(f"submitted_at: {raw_submitted!r} is not a date and time (ISO 8601)")
    if submitted_at is None:
        if received_on is None:
            problems.append("received_on: missing (give the column, or --received for the whole file)")
        else:
            submitted_at = datetime.combine(received_on, time(12), consultation.zone)
    files: list[Path] = []
    try:
        names = _file_names(fields.get("attachments"))
    except ValueError as exc:
        problems.append(str(exc))
        names = []
    for name in names:
        if attachments_dir is None:
            problems.append(f"attachments: {name!r} named, but no --attachments folder given")
        elif Path(name).name != name or not (attachments_dir / name).is_file():
            problems.append(f"attachments: no file {name!r} in {attachments_dir}")
        else:
            files.append(attachments_dir / name)
    if problems:
        return None, problems, []
    assert submitted_at is not None
    row = ImportedSubmission(
        line=line,
        country_code=code,
        topic_id=str(topic),
        comment_type_id=str(kind),
        paragraph=paragraph,
        comment=comment,
        proposed_text=str(fields["proposed_text"]).strip() if fields.get("proposed_text") else None,
        language=str(fields["language"]) if fields.get("language") else None,
        submitted_by=str(fields["focal_point"]) if fields.get("focal_point") else None,
        submitted_at=submitted_at,
        source=str(fields.get("source") or source),
        received_on=received_on,
    )
    return row, [], files


async def run_import(settings: Settings, args: argparse.Namespace) -> int:
    path: Path = args.file
    if not settings.database_path.exists():
        print(f"consultbot import-submissions: DATABASE_PATH: {settings.database_path} does not exist", file=sys.stderr)
        return EXIT_USAGE
    try:
        records = await asyncio.to_thread(read_rows, path)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        print(f"consultbot import-submissions: {path}: cannot be read ({exc})", file=sys.stderr)
        return EXIT_USAGE
    db = await Database.open(settings.database_path)
    try:
        await with_first_definition(db, settings)
        record = await consultations.get(db, args.consultation)
        if record is None or record.definition is None:
            print(f"consultbot import-submissions: there is no consultation {args.consultation}", file=sys.stderr)
            return EXIT_USAGE
        consultation = definition_of(record)
        valid: list[tuple[ImportedSubmission, list[Path]]] = []
        bad = 0
        for line, fields in records:
            row, problems, files = check_row(
                line,
                fields,
                consultation,
                source=args.source,
                received=args.received,
                attachments_dir=args.attachments,
            )
            if row is None:
                bad += 1
                for problem in problems:
                    print(f"{path.name}: line {line}: {problem}", file=sys.stderr)
            else:
                valid.append((row, files))
        if bad and not args.skip_invalid:
            print(
                f"consultbot import-submissions: {bad} of {len(records)} row(s) are invalid; nothing imported "
                "(correct them, or give --skip-invalid to import the valid ones)",
                file=sys.stderr,
            )
            return EXIT_INVALID
        rows = []
        for row, files in valid:
            stored = []
            for file in files:
                data = await asyncio.to_thread(file.read_bytes)
                relative, digest = await store_file(settings.attachments_path, file.name, data)
                mime = mimetypes.guess_type(file.name)[0]
                stored.append(
                    ImportedFile(
                        file_name=file.name, mime_type=mime, size=len(data), sha256=digest, storage_path=relative
                    )
                )
            rows.append(row.model_copy(update={"files": stored}))
        references = await imports.import_all(
            db,
            rows,
            consultation_id=record.id,
            reference_prefix=consultation.reference_prefix,
            reference_year=consultation.reference_year,
            file_name=path.name,
        )
    finally:
        await db.close()
    span = f" ({references[0]} to {references[-1]})" if references else ""
    print(f"imported {len(references)} submission(s) into consultation {record.id}{span}; {bad} skipped")
    return 0
