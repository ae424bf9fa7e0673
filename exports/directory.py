"""The focal-point directory as a file (issue 15): XLSX or CSV, one row per person, with title,
name, organisation and e-mail in columns of their own. Telegram-free: /focalpoints
(handlers/focalpoints.py) and `consultbot focalpoints export` (bot/workspace_cli.py) call
`write_directory` with the same entries (storage/directory.py), in the reader's language and
the collation of its State names (`country_order`).

Headers and values (State names, statuses) are in `language`; instants are UTC (ISO 8601 in
CSV, real dates in XLSX). Every text goes through `neutralise` (no formula from a name).
"""

from __future__ import annotations

import asyncio
import csv
from collections.abc import Sequence
from datetime import datetime
from enum import StrEnum
from functools import cache
from pathlib import Path

import xlsxwriter

from exports.safety import neutralise
from exports.tabular import iso_utc
from prompts import LANGUAGE_NAMES, Catalog, collation, countries
from storage import Database, directory
from storage.directory import DirectoryEntry

# (catalog key of the header, column width in characters)
COLUMNS = (
    ("fpx-col-country-code", 8),
    ("fpx-col-country", 24),
    ("fpx-col-title", 28),
    ("fpx-col-name", 26),
    ("fpx-col-organisation", 30),
    ("fpx-col-email", 30),
    ("fpx-col-language", 10),
    ("fpx-col-status", 16),
    ("fpx-col-registered-via", 14),
    ("fpx-col-registered-by", 24),
    ("fpx-col-registered-at", 18),
    ("fpx-col-last-activity", 18),
    ("fpx-col-submissions", 12),
    ("fpx-col-deactivated-at", 18),
    ("fpx-col-reason", 40),
    ("fpx-col-telegram-id", 14),
)
DATE_COLUMNS = frozenset({10, 11, 13})
DATE_FORMAT = "yyyy-mm-dd hh:mm"


class DirectoryFormat(StrEnum):
    XLSX = "xlsx"
    CSV = "csv"


@cache
def country_order(language: str) -> tuple[str, ...]:
    """Every State's code, in the order of its UN short name in `language` and its collation."""
    return tuple(
        c.code for c in collation.sorted_for(language, countries.all_countries(), key=lambda c: c.name(language))
    )


def reason_text(catalog: Catalog, language: str, code: str | None, text: str | None) -> str:
    """A reason as said in `language`: a standard one by its code, else the officer's words."""
    if code:
        return catalog.t(language, "reason-" + code.replace("_", "-"))
    return text or ""


def _row(catalog: Catalog, language: str, entry: DirectoryEntry) -> list[object]:
    t = catalog.t
    if entry.rejection_reason_code or entry.rejection_reason:
        reason = reason_text(catalog, language, entry.rejection_reason_code, entry.rejection_reason)
    else:
        reason = reason_text(catalog, language, entry.deactivation_reason_code, entry.deactivation_reason)
    return [
        entry.country_code,
        countries.name(entry.country_code, language),
        entry.title or "",
        entry.full_name or "",
        entry.organisation or "",
        entry.email or "",
        LANGUAGE_NAMES.get(entry.language, entry.language),
        t(language, f"fp-status-{entry.status.value}"),
        t(language, f"fpx-via-{entry.registered_via.value}"),
        entry.registered_by_name or "",
        entry.registered_at,
        entry.last_activity_at,
        entry.submissions,
        entry.deactivated_at,
        reason,
        str(entry.telegram_id),
    ]


def _csv(path: Path, headers: list[str], rows: list[list[object]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, dialect="excel", lineterminator="\r\n")
        writer.writerow(headers)
        for row in rows:
            writer.writerow(
                [
                    iso_utc(v)
                    if isinstance(v, datetime)
                    else v
                    if isinstance(v, int)
                    else neutralise(str(v) if v is not None else "")
                    for v in row
                ]
            )


def _xlsx(path: Path, headers: list[str], rows: list[list[object]], sheet_name: str, rtl: bool) -> None:
    book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False})
    try:
        header = book.add_format({"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#DDE7F0", "bottom": 1})
        text = book.add_format({"text_wrap": True, "valign": "top"})
        moment = book.add_format({"num_format": DATE_FORMAT, "valign": "top"})
        sheet = book.add_worksheet(sheet_name[:31])
        if rtl:
            sheet.right_to_left()
        for column, ((_, width), title) in enumerate(zip(COLUMNS, headers, strict=True)):
            sheet.set_column(column, column, width, text)
            sheet.write_string(0, column, title, header)
        for number, row in enumerate(rows, start=1):
            for column, value in enumerate(row):
                if value is None or value == "":
                    continue
                if column in DATE_COLUMNS and isinstance(value, datetime):
                    sheet.write_datetime(number, column, value.replace(tzinfo=None), moment)
                elif isinstance(value, int):
                    sheet.write_number(number, column, value)
                else:
                    sheet.write_string(number, column, neutralise(str(value)))
        sheet.freeze_panes(1, 2)
        sheet.autofilter(0, 0, max(len(rows), 1), len(COLUMNS) - 1)
    finally:
        book.close()


def write_entries(
    entries: Sequence[DirectoryEntry], fmt: DirectoryFormat, path: Path, catalog: Catalog, language: str
) -> int:
    """Write `entries` (already in order) to `path`; returns how many rows. CPU and file only."""
    headers = [catalog.t(language, key) for key, _ in COLUMNS]
    rows = [_row(catalog, language, e) for e in entries]
    if fmt is DirectoryFormat.CSV:
        _csv(path, headers, rows)
    else:
        _xlsx(path, headers, rows, catalog.t(language, "fpx-sheet"), rtl=language == "ar")
    return len(rows)


async def write_directory(db: Database, fmt: DirectoryFormat, path: Path, catalog: Catalog, language: str) -> int:
    """The whole directory, by State in `language`'s order, to `path`; returns how many rows."""
    entries = await directory.entries(db, country_order=country_order(language))
    return await asyncio.to_thread(write_entries, entries, fmt, path, catalog, language)
