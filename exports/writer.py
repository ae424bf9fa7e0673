"""`write_export`: the one function behind /export and `consultbot export`.

The database is read on the read-only connection in batches; each batch is resolved and
written in a worker thread, so the event loop (the bot answering everyone else) is never
blocked by formatting or file I/O, and at most one batch is in memory at a time.
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from exports.attachments import ATTACHMENTS_ORDER, ATTACHMENTS_SQL, AttachmentsZip
from exports.describe import filter_lines
from exports.docx import DocxCompilation
from exports.filters import ExportFilters, ExportFormat
from exports.rows import BATCH_SIZE, SYNOPSIS_ORDER, Labels, Progress, RowSource
from exports.summary import country_lines, tally
from exports.tabular import CsvFile, JsonlFile
from exports.xlsx import XlsxFile
from prompts import Catalog, Consultation
from storage.db import Database


@dataclass(frozen=True)
class ExportRequest:
    format: ExportFormat
    filters: ExportFilters = field(default_factory=ExportFilters)
    language: str = "en"  # of the labels and of country, topic and type names


@dataclass
class ExportResult:
    format: ExportFormat
    paths: list[Path]
    rows: int  # rows written (a submission, or with --versions each version); for a ZIP, attachment files
    size: int  # bytes, all parts together
    missing_files: int = 0
    submissions: int = 0  # submissions in the export, each once (withdrawn ones too when included)


def default_file_name(consultation: Consultation, export_format: ExportFormat, generated_at: datetime) -> str:
    kind = {ExportFormat.DOCX: "compilation", ExportFormat.ZIP: "attachments"}.get(export_format, "submissions")
    stamp = generated_at.astimezone(consultation.zone).strftime("%Y%m%d-%H%M")
    return f"{consultation.reference_prefix}-{consultation.reference_year}-{kind}-{stamp}.{export_format.value}"


async def count_rows(db: Database, filters: ExportFilters, *, consultation: Consultation, catalog: Catalog) -> int:
    """How many rows (submissions, or with --versions versions) an export with these filters has."""
    async with db.reader() as conn:
        return await RowSource(conn, filters, Labels(catalog, "en", consultation)).prepare()


async def write_export(
    db: Database,
    request: ExportRequest,
    out: Path,
    *,
    consultation: Consultation,
    catalog: Catalog,
    generated_at: datetime,
    attachments_dir: Path | None = None,
    progress: Progress | None = None,
    max_part_bytes: int | None = None,
) -> ExportResult:
    """Write the export to `out` (a ZIP may become several parts when max_part_bytes is set)."""
    labels = Labels(catalog, request.language, consultation)
    async with db.reader() as conn:
        source = RowSource(conn, request.filters, labels, progress)
        await source.prepare()
        submissions = await source.submissions()
        fmt = request.format
        try:
            if fmt is ExportFormat.DOCX:
                paths, rows, missing = [out], await _docx(source, out, generated_at), 0
            elif fmt is ExportFormat.ZIP:
                if attachments_dir is None:
                    raise ValueError("a ZIP of attachments needs the attachments folder")
                paths, rows, missing = await _zip(source, out, attachments_dir, max_part_bytes)
            else:
                paths, rows, missing = [out], await _tabular(source, fmt, out), 0
        except BaseException:
            with contextlib.suppress(OSError):
                await asyncio.to_thread(out.unlink, missing_ok=True)
            raise
    size = sum([await asyncio.to_thread(lambda p=p: p.stat().st_size) for p in paths])
    return ExportResult(fmt, paths, rows, size, missing, submissions)


async def _tabular(source: RowSource, fmt: ExportFormat, out: Path) -> int:
    sink: Any = {ExportFormat.CSV: CsvFile, ExportFormat.JSONL: JsonlFile, ExportFormat.XLSX: XlsxFile}[fmt](
        out, source.labels, with_notes=source.filters.with_notes
    )
    await asyncio.to_thread(sink.open)
    await source.report(0)

    def write(batch: list[tuple[Any, ...]]) -> None:
        sink.write(source.resolve(batch))

    async for batch in source.raw_batches():
        await asyncio.to_thread(write, batch)
        await source.report(len(batch))
    if fmt is ExportFormat.XLSX:
        countries, counted = await country_lines(source), await tally(source)
        await asyncio.to_thread(sink.close, countries, counted)
    else:
        await asyncio.to_thread(sink.close)
    return int(sink.rows)


async def _docx(source: RowSource, out: Path, generated_at: datetime) -> int:
    labels, filters = source.labels, source.filters
    respondents = await country_lines(source, respondents_only=True)
    counted = await tally(source)
    topics = [t.id for t in labels.consultation.topics if not filters.topics or t.id in filters.topics]
    topics += sorted(counted.topic_ids() - set(topics))  # ids no longer in the definition, kept visible
    document = DocxCompilation(out, labels, generated_at)
    await asyncio.to_thread(document.open, filter_lines(filters, labels), counted, respondents)
    await source.report(0)

    def write(batch: list[tuple[Any, ...]]) -> None:
        document.write(source.resolve(batch))

    try:
        for topic in topics:
            rows = counted.rows_by_topic.get(topic, 0)
            await asyncio.to_thread(document.begin_topic, labels.topic(topic), topic, counted)
            if rows:
                async for batch in source.raw_batches(
                    order=SYNOPSIS_ORDER, extra=" AND v.topic_id = ?", params=(topic,)
                ):
                    await asyncio.to_thread(write, batch)
                    await source.report(len(batch))
            await asyncio.to_thread(document.end_topic, rows)
        await asyncio.to_thread(document.close, respondents, counted)
    except BaseException:
        await asyncio.to_thread(document.abort)
        raise
    return document.rows


async def _zip(
    source: RowSource, out: Path, attachments_dir: Path, max_part_bytes: int | None
) -> tuple[list[Path], int, int]:
    sql = f"SELECT COUNT(*) FROM ({ATTACHMENTS_SQL} WHERE {source.where})"  # noqa: S608 - fixed fragments
    source.total = int((await source.fetchall(sql, source.params))[0][0])
    archive = AttachmentsZip(out, attachments_dir, max_part_bytes)
    await asyncio.to_thread(archive.open)
    await source.report(0)
    try:
        cursor = await source.conn.execute(
            f"{ATTACHMENTS_SQL} WHERE {source.where} ORDER BY {ATTACHMENTS_ORDER}", source.params
        )
        while batch := list(await cursor.fetchmany(BATCH_SIZE // 10)):
            await asyncio.to_thread(archive.add, batch)
            await source.report(len(batch))
        await cursor.close()
        paths = await asyncio.to_thread(archive.close)
    except BaseException:
        await asyncio.to_thread(archive.abort)
        raise
    return paths, archive.files, archive.missing
