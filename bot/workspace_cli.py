"""`consultbot focalpoints export` and `consultbot audit export` (issue 15): the directory of
focal points (XLSX or CSV, as /focalpoints exports it) and the audit log (CSV or JSON Lines),
from the command line. Each export is itself written to the audit log (source "cli").
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from bot.config import Settings
from exports.audit_log import AuditFormat, write_audit
from exports.directory import DirectoryFormat, write_directory
from prompts import LANGUAGES, Catalog, countries
from storage import Database, audit
from storage.audit import AuditFilter
from storage.submissions import normalize_reference

EXIT_USAGE = 2


def add_workspace_parsers(commands: Any) -> None:
    focal = commands.add_parser(
        "focalpoints",
        help="the directory of focal points",
        description="Export the directory of focal points, by State, as /focalpoints does in the bot.",
    )
    focal_commands = focal.add_subparsers(dest="focalpoints_command", required=True, metavar="COMMAND")
    export = focal_commands.add_parser(
        "export",
        help="write the directory to a file",
        description="Write every focal point (State, title, name, organisation, e-mail, language, status, "
        "how and by whom registered, last activity) to FILE, States by their UN names in LANGUAGE.",
    )
    export.add_argument("--format", choices=[f.value for f in DirectoryFormat], required=True)
    export.add_argument("--out", type=Path, required=True, metavar="FILE")
    export.add_argument("--language", choices=LANGUAGES, default="en", help="headers and State names (default en)")

    log = commands.add_parser(
        "audit", help="the audit log", description="Export the audit log: who did what, and when."
    )
    log_commands = log.add_subparsers(dest="audit_command", required=True, metavar="COMMAND")
    audit_export = log_commands.add_parser(
        "export",
        help="write the audit log to a file",
        description="Write the audit log to FILE, oldest entry first (CSV or JSON Lines), narrowed "
        "by the options given.",
    )
    audit_export.add_argument("--format", choices=[f.value for f in AuditFormat], required=True)
    audit_export.add_argument("--out", type=Path, required=True, metavar="FILE")
    audit_export.add_argument("--person", type=int, metavar="ID", help="entries by or about this participant")
    audit_export.add_argument("--country", metavar="STATE", help="entries about this State (name or ISO code)")
    audit_export.add_argument("--action", help="this action, or every action under it when it ends with a dot")
    audit_export.add_argument("--ref", metavar="REFERENCE", help="entries about this submission")
    audit_export.add_argument("--consultation", type=int, metavar="ID", help="entries about this consultation")


def _fail(command: str, message: str) -> int:
    print(f"consultbot {command}: {message}", file=sys.stderr)
    return EXIT_USAGE


async def run_focalpoints(settings: Settings, args: argparse.Namespace) -> int:
    if not settings.database_path.exists():
        return _fail("focalpoints", f"DATABASE_PATH: {settings.database_path} does not exist")
    out: Path = args.out
    out.parent.mkdir(parents=True, exist_ok=True)
    db = await Database.open(settings.database_path)
    try:
        count = await write_directory(db, DirectoryFormat(args.format), out, Catalog.load(), args.language)
        await audit.record(db, "directory.export", actor_id=None, format=args.format, rows=count, source="cli")
    finally:
        await db.close()
    print(f"{count} focal points written to {out}", file=sys.stderr)
    return 0


async def run_audit(settings: Settings, args: argparse.Namespace) -> int:
    if not settings.database_path.exists():
        return _fail("audit", f"DATABASE_PATH: {settings.database_path} does not exist")
    wanted = AuditFilter(person=args.person, action=args.action, consultation_id=args.consultation)
    if args.country:
        found = countries.match(args.country)
        if found.country is None:
            return _fail("audit", f"--country: {args.country!r} is not a State we recognise")
        wanted.country = found.country.code
    if args.ref:
        wanted.subject = normalize_reference(args.ref) or args.ref
    out: Path = args.out
    out.parent.mkdir(parents=True, exist_ok=True)
    db = await Database.open(settings.database_path)
    try:
        entries = await audit.all_entries(db, wanted)
        count = write_audit(entries, AuditFormat(args.format), out)
        await audit.record(
            db,
            "audit.export",
            actor_id=None,
            format=args.format,
            rows=count,
            source="cli",
            filter=wanted.model_dump(exclude_none=True),
        )
    finally:
        await db.close()
    print(f"{count} audit entries written to {out}", file=sys.stderr)
    return 0
