"""`consultbot consultation import|export|list`: consultations as data, without editing files.

`import` validates a definition (TOML) with the same model as the bot's start-up, names each
bad field with its line, and writes nothing unless the whole file is valid. `export` writes a
stored definition back out as TOML (importing that file again gives the same definition).
A running bot sees an imported consultation at once (services/core.py).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import Any

import tomli_w

from bot.config import Settings
from prompts import Consultation, load_consultation
from prompts.consultation import validate_text
from storage import Database, consultations, submissions
from storage.consultations import CodeTakenError, ConsultationState

EXIT_USAGE = 2


def add_consultation_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "consultation",
        help="import, export and list the consultations of this bot",
        description="Consultations are kept in the database. Import a definition file (TOML, as "
        "prompts/consultation.toml), write one back out, or list them.",
    )
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    imported = actions.add_parser("import", help="validate a definition file and add it as a new consultation")
    imported.add_argument("file", type=Path, metavar="FILE.toml")
    imported.add_argument("--code", help="a short code for it (default: prefix and year, e.g. cw-2013)")
    imported.add_argument("--open", action="store_true", help="open it to comments at once (default: draft)")
    exported = actions.add_parser("export", help="write a consultation's definition as TOML")
    exported.add_argument("id", type=int, metavar="ID")
    exported.add_argument("--out", type=Path, metavar="FILE", help="file to write (default: standard output)")
    actions.add_parser("list", help="the consultations, with their state and figures")


async def with_first_definition(db: Database, settings: Settings) -> None:
    """The first consultation's definition, if the bot has never started on this database: the
    definition file, as the first start would import it (so the commands work before it)."""
    first = await consultations.get(db, consultations.FIRST_ID)
    if first is not None and first.definition is None:
        definition = await asyncio.to_thread(load_consultation, settings.consultation_file)
        await consultations.ensure_first(db, definition.model_dump(mode="json"))


def definition_toml(definition: Consultation) -> str:
    """The definition as a TOML file that imports back to the same definition."""
    return tomli_w.dumps(definition.model_dump(mode="python"), multiline_strings=True)


async def run_consultation(settings: Settings, args: argparse.Namespace) -> int:
    if args.action == "import":
        return await _import(settings, args)
    if not settings.database_path.exists():
        print(f"consultbot consultation: DATABASE_PATH: {settings.database_path} does not exist", file=sys.stderr)
        return EXIT_USAGE
    db = await Database.open(settings.database_path)
    try:
        await with_first_definition(db, settings)
        if args.action == "export":
            return await _export(db, args)
        return await _list(db)
    finally:
        await db.close()


async def _import(settings: Settings, args: argparse.Namespace) -> int:
    path: Path = args.file
    try:
        text = await asyncio.to_thread(path.read_text, encoding="utf-8")
    except (FileNotFoundError, IsADirectoryError, UnicodeDecodeError) as exc:
        print(f"consultbot consultation: {path}: cannot be read ({type(exc).__name__})", file=sys.stderr)
        return EXIT_USAGE
    definition = validate_text(text, str(path))  # ConsultationFileError: bot/cli.py prints it
    if args.code is not None and not consultations.valid_code(args.code):
        print(
            f"consultbot consultation: --code {args.code!r}: lower-case letters, digits and hyphens, up to 32",
            file=sys.stderr,
        )
        return EXIT_USAGE
    state = ConsultationState.OPEN if args.open else ConsultationState.DRAFT
    db = await Database.open(settings.database_path)
    try:
        await with_first_definition(db, settings)
        shared = await _sharing_references(db, definition)
        if shared is not None:
            print(
                f"consultbot consultation: {path}: reference_prefix: {definition.reference_prefix}-"
                f"{definition.reference_year} is already used by consultation {shared.id} ({shared.code}); "
                "references would repeat: choose another prefix",
                file=sys.stderr,
            )
            return EXIT_USAGE
        try:
            record = await consultations.add(
                db, definition.model_dump(mode="json"), code=args.code, state=state, actor_id=None, source="cli"
            )
        except CodeTakenError:
            print(f"consultbot consultation: --code {args.code!r} is already taken", file=sys.stderr)
            return EXIT_USAGE
    finally:
        await db.close()
    print(f"added consultation {record.id} ({record.code}, {record.state.value}): {definition.title.en}")
    return 0


async def _sharing_references(db: Database, definition: Consultation) -> consultations.ConsultationRecord | None:
    """Another consultation whose references would look the same (the same prefix and year)."""
    wanted = (definition.reference_prefix, definition.reference_year)
    for record in await consultations.all_records(db):
        if record.definition is not None and consultations.references_of(record.definition) == wanted:
            return record
    return None


async def _export(db: Database, args: argparse.Namespace) -> int:
    record = await consultations.get(db, args.id)
    if record is None:
        print(f"consultbot consultation: there is no consultation {args.id}", file=sys.stderr)
        return EXIT_USAGE
    if record.definition is None:
        print(
            f"consultbot consultation: consultation {args.id} gets its definition at the bot's first start",
            file=sys.stderr,
        )
        return EXIT_USAGE
    text = definition_toml(Consultation.model_validate(record.definition))
    if args.out is None:
        sys.stdout.write(text)
    else:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        await asyncio.to_thread(args.out.write_text, text, encoding="utf-8")
        print(f"wrote consultation {record.id} ({record.code}) to {args.out}", file=sys.stderr)
    return 0


async def _list(db: Database) -> int:
    print("id  code                state     deadline (UTC)     submissions  renews  title")
    for record in await consultations.all_records(db):
        definition = Consultation.model_validate(record.definition) if record.definition else None
        deadline = record.deadline or (definition.dates.deadline if definition else None)
        count = await submissions.count(db, record.id)
        print(
            f"{record.id:<3} {record.code:<19} {record.state.value:<9} "
            f"{deadline.strftime('%Y-%m-%d %H:%M') if deadline else '-':<18} {count:>11}  "
            f"{record.renews_id or '-':<6}  {definition.title.en if definition else '-'}"
        )
    return 0
