"""Counts count submissions: with revised and withdrawn submissions, every figure of the XLSX
summary sheets, the DOCX compilation and /stats (and /status) is the number of submissions, by
the topic and comment type of their current version, with or without earlier versions as rows;
withdrawn submissions are never counted as submissions, and are counted apart, in a "Withdrawn"
column or line, when the export includes them."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import docx
import openpyxl
import pytest

from exports import ExportFilters, ExportFormat, ExportRequest, write_export
from storage import audit
from tests.support.exports import Consultations
from tests.support.harness import ADMIN_ID, BotBench, texts

MERCURY = "Mercury instrument negotiations"


def at(day: int, hour: int = 9) -> datetime:
    return datetime(2013, 1, day, hour, 0, tzinfo=UTC)


async def seed(bench: BotBench) -> None:
    """Four submissions (two revised, one of them moved to another topic) and three withdrawn
    (one revised first, one the only submission of its country)."""
    data = Consultations(bench.db, bench.attachments_dir)
    france = await data.focal_point("FR", "Marie Dupont")
    china = await data.focal_point("CN", "王伟")
    egypt = await data.focal_point("EG", "أحمد علي")
    kenya = await data.focal_point("KE", "Wanjiru Kamau")
    russia = await data.focal_point("RU", "Иван Петров")
    a = await data.submission(france, "FR", "SAICM, first text.", topic="saicm", at=at(3))
    await data.revise(a, "SAICM, second text.", at=at(4))
    b = await data.submission(france, "FR", "Basel at first.", topic="basel", comment_type="strategic", at=at(3))
    await data.revise(b, "Mercury in the end.", at=at(5), topic="mercury")
    c = await data.submission(china, "CN", "汞，第一稿。", topic="mercury", at=at(4))
    await data.revise(c, "汞，第二稿。", at=at(5))
    await data.revise(c, "汞，第三稿。", at=at(6))
    await data.submission(kenya, "KE", "General remarks.", topic="general", at=at(6))
    await data.submission(egypt, "EG", "مسحوب.", topic="saicm", comment_type="option", status="withdrawn", at=at(4))
    e = await data.submission(egypt, "EG", "أولاً.", topic="saicm", at=at(5))
    await data.revise(e, "ثانياً.", at=at(6), topic="basel")
    await data.withdraw(e, at=at(7))
    await data.submission(russia, "RU", "Отозвано.", topic="rotterdam", status="withdrawn", at=at(7))


@dataclass(frozen=True)
class Expected:
    versions: bool
    withdrawn: bool

    @property
    def rows(self) -> int:
        return {(False, False): 4, (True, False): 8, (False, True): 7, (True, True): 12}[
            (self.versions, self.withdrawn)
        ]

    @property
    def earlier_versions(self) -> int:
        return (4 + (1 if self.withdrawn else 0)) if self.versions else 0


OPTIONS = [Expected(versions, withdrawn) for versions in (False, True) for withdrawn in (False, True)]


def sheet_rows(book: openpyxl.Workbook, name: str) -> dict[str, dict[str, object]]:
    rows = list(book[name].iter_rows(values_only=True))
    return {str(row[0]): dict(zip(rows[0], row, strict=True)) for row in rows[1:]}  # type: ignore[arg-type]


def check_xlsx(data: bytes, expected: Expected) -> None:
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book["Submissions"].max_row - 1 == expected.rows
    countries = {str(row["ISO code"]): row for row in sheet_rows(book, "Countries").values()}
    submissions = {code: row["Submissions"] for code, row in countries.items() if row["Submissions"]}
    assert submissions == {"FR": 2, "CN": 1, "KE": 1}
    if expected.withdrawn:
        withdrawn = {code: row["Withdrawn"] for code, row in countries.items() if row["Withdrawn"]}
        assert withdrawn == {"EG": 2, "RU": 1}
    else:
        assert "Withdrawn" not in countries["FR"]
    topics = sheet_rows(book, "Topics")
    totals = {name: row["Total"] for name, row in topics.items() if row["Total"]}
    assert totals == {"SAICM": 1, MERCURY: 2, "General remarks": 1, "Total": 4}, totals
    assert topics[MERCURY]["Specific comment on the report"] == 1
    assert topics[MERCURY]["Strategic and policy consideration"] == 1
    assert topics["Basel Convention"]["Total"] == 0  # France's moved to mercury; Egypt's was withdrawn
    assert topics["Total"]["Specific comment on the report"] == 3
    if expected.withdrawn:
        withdrawn = {name: row["Withdrawn"] for name, row in topics.items() if row["Withdrawn"]}
        assert withdrawn == {"SAICM": 1, "Basel Convention": 1, "Rotterdam Convention": 1, "Total": 3}
    else:
        assert "Withdrawn" not in topics["Total"]


def check_docx(data: bytes, expected: Expected) -> None:
    document = docx.Document(io.BytesIO(data))
    paragraphs = [p.text for p in document.paragraphs]
    assert "Number of submissions: 4. Number of respondents: 3." in paragraphs
    withdrawn_line = "Withdrawn submissions, reproduced for the record and not counted above: 3."
    assert (withdrawn_line in paragraphs) is expected.withdrawn
    versions_line = [p for p in paragraphs if p.startswith("Earlier versions of these submissions")]
    if expected.versions:
        assert versions_line == [
            f"Earlier versions of these submissions, reproduced for the record and not counted above: "
            f"{expected.earlier_versions}."
        ]
    else:
        assert versions_line == []
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    if expected.withdrawn:
        assert "SAICM (1; withdrawn: 1)" in headings and f"{MERCURY} (2; withdrawn: 0)" in headings
        assert "Basel Convention (0; withdrawn: 1)" in headings and "Rotterdam Convention (0; withdrawn: 1)" in headings
    else:
        assert "SAICM (1)" in headings and f"{MERCURY} (2)" in headings and "Basel Convention (0)" in headings
    # Rows: every version shown (earlier ones marked), in the topic it was filed under.
    synopsis = [row for table in document.tables[:-1] for row in table.rows[1:]]
    assert len(synopsis) == expected.rows
    basel_rows = 1 * expected.versions + 1 * expected.withdrawn  # France's first version; Egypt's withdrawn one
    basel = paragraphs.index(headings[[h.startswith("Basel") for h in headings].index(True)])
    assert (paragraphs[basel + 1] == "No comments were received on this topic.") is (basel_rows == 0)
    annex = document.tables[-1]
    header = [cell.text for cell in annex.rows[0].cells]
    lines = {row.cells[1].text: [cell.text for cell in row.cells] for row in annex.rows[1:-1]}
    total = [cell.text for cell in annex.rows[-1].cells]
    if expected.withdrawn:
        assert header == ["Respondent", "ISO code", "Organization", "Submissions", "Withdrawn"]
        assert {code: line[3:] for code, line in lines.items()} == {
            "FR": ["2", "0"],
            "CN": ["1", "0"],
            "KE": ["1", "0"],
            "EG": ["0", "2"],
            "RU": ["0", "1"],
        }
        assert total[0] == "Total (number of respondents: 3)" and total[3:] == ["4", "3"]
    else:
        assert header == ["Respondent", "ISO code", "Organization", "Submissions"]
        assert {code: line[3] for code, line in lines.items()} == {"FR": "2", "CN": "1", "KE": "1"}
        assert total[0] == "Total (number of respondents: 3)" and total[3] == "4"


@pytest.mark.parametrize("expected", OPTIONS, ids=lambda e: f"versions={e.versions},withdrawn={e.withdrawn}")
async def test_every_count_of_the_files_counts_submissions_whatever_the_options(
    bench: BotBench, tmp_path: Path, expected: Expected
) -> None:
    await seed(bench)
    filters = ExportFilters(include_versions=expected.versions, include_withdrawn=expected.withdrawn)
    consultation = await bench.deps.effective_consultation()
    for fmt, check in ((ExportFormat.XLSX, check_xlsx), (ExportFormat.DOCX, check_docx)):
        out = tmp_path / f"counts.{fmt.value}"
        result = await write_export(
            bench.db,
            ExportRequest(fmt, filters, "en"),
            out,
            consultation=consultation,
            catalog=bench.deps.catalog,
            generated_at=at(10),
            attachments_dir=bench.attachments_dir,
        )
        assert result.rows == expected.rows
        assert result.submissions == (7 if expected.withdrawn else 4)
        check(out.read_bytes(), expected)


def document_of(replies: list) -> bytes:  # type: ignore[type-arg]
    (sent,) = [m for m in replies if m.document is not None]
    return sent.document


async def test_the_officer_s_files_and_stats_count_submissions(bench: BotBench) -> None:
    """Through the bot: earlier versions and withdrawn submissions ticked, then /stats and /status."""
    await seed(bench)
    officer = bench.user(ADMIN_ID)
    both = Expected(versions=True, withdrawn=True)
    for label, check in (("Excel workbook (XLSX)", check_xlsx), ("Compilation (Word DOCX)", check_docx)):
        await bench.send(officer, "/export")
        await bench.press(officer, label)
        await bench.press(officer, "Earlier versions: no")
        await bench.press(officer, "Status")
        await bench.press(officer, "Withdrawn")
        await bench.press(officer, "Done")
        replies = await bench.press(officer, "Create the file")
        assert f"Number of rows: {both.rows}" in texts(replies)  # rows, as the message says
        check(document_of(replies), both)

    # The audit log tells rows from submissions.
    entries = await audit.entries(bench.db, "export.create")
    assert [(e.details["rows"], e.details["submissions"]) for e in entries] == [(12, 7), (12, 7)]

    stats = texts(await bench.send(officer, "/stats"))
    assert "Submissions received (not withdrawn): 4" in stats and "Withdrawn submissions: 3" in stats
    assert "Countries that have answered: 3 of 194 invited" in stats  # France, China, Kenya
    assert "• SAICM: 1" in stats and f"• {MERCURY}: 2" in stats and "• Basel Convention: 0" in stats
    assert "• General remarks: 1" in stats and "• Rotterdam Convention: 0" in stats
    # By the day of first submission (Nairobi): France twice on the 3rd, China the 4th, Kenya the 6th.
    assert "• 3 January 2013: 2" in stats and "• 4 January 2013: 1" in stats and "• 6 January 2013: 1" in stats
    assert "• 5 January 2013" not in stats and "• 7 January 2013" not in stats

    status = texts(await bench.send(officer, "/status"))
    assert "Countries that have submitted: 3" in status
    assert "• SAICM: 1" in status and f"• {MERCURY}: 2" in status and "• Basel Convention: 0" in status
