"""`consultbot export`: the same files as /export, from the command line (issue 6).

For exports too large for Telegram and for scripts: the same `write_export` as the bot, the
same filters, a progress bar on stderr. Every export is written to the audit log
("export.create", source "cli").
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from pydantic import ValidationError

from bot.config import Settings
from exports import (
    STATUSES,
    ExportFilters,
    ExportFormat,
    ExportRequest,
    write_export,
)
from prompts import LANGUAGES, Catalog, countries, load_consultation, typed
from services.core import definition_of
from storage import Database, audit, consultations, review, schedule
from storage.consultations import FIRST_ID
from storage.models import utc_now

EXIT_USAGE = 2


def _day(text: str) -> date:
    """A day for --from and --to, read as the bot reads one (prompts/typed.py)."""
    day = typed.one_day(text)
    if day is None:
        raise argparse.ArgumentTypeError(f"not a day: {text!r} (YYYY-MM-DD)")
    return day


def _listed(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def add_export_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "export",
        help="write the submissions to a file",
        description="Write the submissions to FILE (xlsx, csv, jsonl, the docx compilation, or a zip "
        "of the attachments), with the same filters as /export in the bot. Options that take "
        "several values accept them comma-separated or repeated.",
    )
    parser.add_argument("--format", choices=[f.value for f in ExportFormat], required=True)
    parser.add_argument("--out", type=Path, required=True, metavar="FILE")
    parser.add_argument(
        "--topic",
        action="append",
        type=_listed,
        default=[],
        metavar="ID",
        help="topic ids from the consultation file (e.g. saicm,basel)",
    )
    parser.add_argument(
        "--country",
        action="append",
        type=_listed,
        default=[],
        metavar="NAME",
        help="ISO 3166-1 codes (KE, KEN), EU, or names in any of the six languages, as the bot understands them",
    )
    parser.add_argument(
        "--type",
        action="append",
        type=_listed,
        default=[],
        metavar="ID",
        dest="comment_type",
        help="comment type ids (specific, strategic, option)",
    )
    parser.add_argument(
        "--status",
        action="append",
        type=_listed,
        default=[],
        metavar="STATUS",
        help=f"submission status: {', '.join(STATUSES)} (default: submitted)",
    )
    parser.add_argument("--include-withdrawn", action="store_true", help="also withdrawn submissions")
    parser.add_argument("--versions", action="store_true", help="also the earlier versions of each submission")
    parser.add_argument(
        "--from",
        dest="date_from",
        type=_day,
        metavar="YYYY-MM-DD",
        help="submitted on or after this day (consultation's time zone)",
    )
    parser.add_argument(
        "--to",
        dest="date_to",
        type=_day,
        metavar="YYYY-MM-DD",
        help="submitted on or before this day (consultation's time zone)",
    )
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        default="en",
        help="language of headers and of country, topic and type names (default: en)",
    )
    parser.add_argument(
        "--consultation",
        type=int,
        metavar="ID",
        help="only this consultation's submissions, with its definition (see `consultbot consultation list`)",
    )
    parser.add_argument(
        "--tag",
        action="append",
        type=_listed,
        default=[],
        metavar="THEME",
        help="only submissions carrying one of these themes of the secretariat's review (a name in any "
        "language, or its number)",
    )
    parser.add_argument(
        "--with-notes",
        action="store_true",
        help="add the secretariat's internal notes and its replies to the country as columns "
        "(xlsx, csv, jsonl); for the secretariat only, never for focal points",
    )
    parser.add_argument("--quiet", action="store_true", help="no progress bar")


def resolve_countries(typed: list[str]) -> tuple[list[str], list[str]]:
    """(codes, problems): each --country value through the bot's own matcher; a name that fits
    several States, or none, is a problem naming the candidates' codes."""
    codes: list[str] = []
    problems: list[str] = []
    for value in typed:
        found = countries.match(value)
        if found.country is not None:
            codes.append(found.country.code)
        elif found.candidates:
            options = ", ".join(f"{c.code} ({c.name('en')})" for c in found.candidates)
            problems.append(f"{value!r} is {'ambiguous' if found.ambiguous else 'not recognised'}: {options}?")
        else:
            problems.append(f"{value!r} is not a country code or name")
    return codes, problems


def filters_from(args: argparse.Namespace) -> ExportFilters:
    def flat(values: list[list[str]]) -> tuple[str, ...]:
        return tuple(v for group in values for v in group)

    return ExportFilters(
        topics=flat(args.topic),
        countries=tuple(resolve_countries(list(flat(args.country)))[0]),
        comment_types=flat(args.comment_type),
        statuses=flat(args.status),
        include_withdrawn=args.include_withdrawn,
        include_versions=args.versions,
        submitted_from=args.date_from,
        submitted_to=args.date_to,
        consultation_id=args.consultation,
        with_notes=args.with_notes,
    )


async def resolve_tags(db: Database, consultation_id: int, typed: list[str]) -> tuple[list[int], list[str]]:
    """(tag ids, problems): each --tag value as a theme of the consultation, by its number or by
    its name in any language (case-blind)."""
    ids: list[int] = []
    problems: list[str] = []
    themes = {tag.id: tag for tag in await review.tags(db, consultation_id)}
    for value in typed:
        if value.isdecimal() and int(value) in themes:
            ids.append(int(value))
            continue
        found = await review.find_tag(db, consultation_id, value)
        if found is None:
            known = "; ".join(f"{tag.id} ({tag.name('en')})" for tag in themes.values()) or "none yet"
            problems.append(f"{value!r} is not a theme of consultation {consultation_id} (themes: {known})")
        else:
            ids.append(found.id)
    return ids, problems


class ProgressBar:
    """`[#####.....]  45%  4,500/10,000` redrawn in place on a terminal, every 10 % otherwise."""

    WIDTH = 30

    def __init__(self, stream: TextIO, label: str) -> None:
        self.stream = stream
        self.label = label
        self.tty = stream.isatty()
        self._last_decile = -1
        self._last_draw = 0.0

    def __call__(self, done: int, total: int) -> None:
        percent = 100 if total == 0 else min(100, done * 100 // total)
        now = time.monotonic()
        if self.tty:
            if done < total and now - self._last_draw < 0.1:
                return
            filled = self.WIDTH * percent // 100
            self.stream.write(
                f"\r{self.label} [{'#' * filled}{'.' * (self.WIDTH - filled)}] {percent:3d}%  {done:,}/{total:,}"
            )
            if done >= total:
                self.stream.write("\n")
        elif percent // 10 != self._last_decile:
            self._last_decile = percent // 10
            self.stream.write(f"{self.label}: {percent}% ({done:,}/{total:,})\n")
        self._last_draw = now
        self.stream.flush()


async def run_export(settings: Settings, args: argparse.Namespace) -> int:
    try:
        filters = filters_from(args)
    except ValidationError as exc:
        print(f"consultbot export: {str(exc.errors()[0]['msg']).removeprefix('Value error, ')}", file=sys.stderr)
        return EXIT_USAGE
    _, country_problems = resolve_countries([v for group in args.country for v in group])
    if country_problems:
        print(f"consultbot export: --country: {'; '.join(country_problems)}", file=sys.stderr)
        return EXIT_USAGE
    if not settings.database_path.exists():
        print(f"consultbot export: DATABASE_PATH: {settings.database_path} does not exist", file=sys.stderr)
        return EXIT_USAGE
    consultation = load_consultation(settings.consultation_file)
    if filters.consultation_id not in (None, FIRST_ID):
        # Another consultation's own definition, with its dates as the secretariat changed them.
        db = await Database.open(settings.database_path)
        try:
            record = await consultations.get(db, filters.consultation_id)
        finally:
            await db.close()
        if record is None or record.definition is None:
            print(f"consultbot export: there is no consultation {filters.consultation_id}", file=sys.stderr)
            return EXIT_USAGE
        consultation = definition_of(record)
    unknown = [t for t in filters.topics if consultation.topic(t) is None]
    unknown += [t for t in filters.comment_types if consultation.comment_type(t) is None]
    if unknown:
        print(f"consultbot export: unknown topic or comment type id(s): {', '.join(unknown)}", file=sys.stderr)
        return EXIT_USAGE
    export_format = ExportFormat(args.format)
    out: Path = args.out
    out.parent.mkdir(parents=True, exist_ok=True)
    # Written under another name and renamed once complete: an export killed half-way (kill -9,
    # a power cut) leaves no file at FILE that looks finished, only FILE.partial, which the
    # next export replaces.
    partial = out.with_name(f"{out.name}.partial")
    catalog = Catalog.load()
    db = await Database.open(settings.database_path)
    try:
        typed_tags = [v for group in args.tag for v in group]
        if typed_tags:
            tag_ids, tag_problems = await resolve_tags(db, filters.consultation_id or FIRST_ID, typed_tags)
            if tag_problems:
                print(f"consultbot export: --tag: {'; '.join(tag_problems)}", file=sys.stderr)
                return EXIT_USAGE
            filters = filters.with_changes(tags=tuple(tag_ids))
        # The dates as /schedule left them, as in the bot: the DOCX states them.
        overrides = await schedule.load(db, filters.consultation_id or FIRST_ID)
        consultation = consultation.rescheduled(**overrides.model_dump())
        bar = None if args.quiet else ProgressBar(sys.stderr, export_format.value)
        result = await write_export(
            db,
            ExportRequest(export_format, filters, args.language),
            partial,
            consultation=consultation,
            catalog=catalog,
            generated_at=utc_now(),
            attachments_dir=settings.attachments_path,
            progress=bar,
        )
        await asyncio.to_thread(partial.replace, out)
        result = dataclasses.replace(result, paths=[out])
        await audit.record(
            db,
            "export.create",
            actor_id=None,
            subject=export_format.value,
            consultation_id=filters.consultation_id,
            source="cli",
            filters=filters.model_dump(mode="json"),
            rows=result.rows,
            submissions=result.submissions,
            bytes=result.size,
            files=[p.name for p in result.paths],
            missing_files=result.missing_files,
        )
    finally:
        await db.close()
    unit = "attachment files" if export_format is ExportFormat.ZIP else "rows"
    print(
        f"wrote {result.rows:,} {unit} to {', '.join(str(p) for p in result.paths)} ({result.size:,} bytes)",
        file=sys.stderr,
    )
    if result.missing_files:
        print(f"consultbot export: {result.missing_files} attachment file(s) missing; see index.csv", file=sys.stderr)
    return 0
