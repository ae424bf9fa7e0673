"""Stories of the exported files, each opened with its own reader: a secretariat officer gets
the submissions of France, China, Egypt and others as XLSX, CSV, JSON Lines, the DOCX
compilation and a ZIP of attachments, and finds every text exactly as it was written."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

import docx
import openpyxl
import pytest
from lxml import etree

from exports import ExportFilters, ExportFormat, ExportRequest, command_line_arguments, write_export
from exports import rows as export_rows
from exports.attachments import PART_RESERVE, safe_file_name
from exports.docx import is_rtl
from prompts import Catalog, load_consultation
from storage import Database
from tests.support.exports import Consultations

FRENCH = "Le paragraphe 4 devrait mentionner l'« Approche stratégique » (SAICM) ;\nil faut aussi citer Rio+20."
CHINESE = "我们支持进一步加强化学品和废物公约集群内部的合作与协调。\n建议在第2段中增加“新出现的问题”。"
CHINESE_PROPOSED = "“加强”改为“进一步加强”"
ARABIC = "نؤيد تعزيز التعاون في إطار النهج الاستراتيجي (SAICM) واتفاقية بازل لعام 1989."
RUSSIAN = "Российская Федерация поддерживает укрепление сотрудничества в рамках Базельской конвенции."
ERASED_NAME = "Wanjiru Kamau"
catalog = cache(Catalog.load)  # parsing six languages' catalogs takes half a second
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass
class World:
    db: Database
    tmp: Path
    data: Consultations
    references: dict[str, str]

    async def export(
        self,
        fmt: ExportFormat,
        filters: ExportFilters | None = None,
        *,
        language: str = "en",
        name: str | None = None,
        **kwargs: object,
    ) -> Path:
        out = self.tmp / (name or f"export.{fmt.value}")
        await write_export(
            self.db,
            ExportRequest(fmt, filters or ExportFilters(), language),
            out,
            consultation=load_consultation(),
            catalog=catalog(),
            generated_at=datetime(2013, 1, 21, 9, 0, tzinfo=UTC),
            attachments_dir=self.tmp / "attachments",
            **kwargs,  # type: ignore[arg-type]
        )
        return out


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    """Submissions inserted out of the compilation's order, one focal point later erased."""
    db = await Database.open(tmp_path / "exports.sqlite3")
    data = Consultations(db, tmp_path / "attachments")
    kenya = await data.focal_point("KE", ERASED_NAME, organisation="Ministry of Environment", title="Ms.")
    france = await data.focal_point(
        "FR", "Marie Dupont", organisation="Ministère de la Transition écologique", title="Mme"
    )
    china = await data.focal_point("CN", "王伟", organisation="生态环境部")
    egypt = await data.focal_point("EG", "أحمد علي", organisation="وزارة البيئة")
    russia = await data.focal_point("RU", "Иван Петров", organisation="Минприроды России")
    brazil = await data.focal_point("BR", "João Silva", organisation="-Ministério do Meio Ambiente")
    spain = await data.focal_point("ES", "Lucía García", organisation="MITECO")
    refs = {
        "KE": await data.submission(
            kenya,
            "KE",
            "Kenya supports paragraph 4.",
            topic="saicm",
            paragraph=4,
            at=datetime(2013, 1, 8, 6, 0, tzinfo=UTC),
        ),
        "FR": await data.submission(
            france,
            "FR",
            FRENCH,
            topic="saicm",
            paragraph=4,
            language="fr",
            proposed_text="« renforcer davantage »",
            at=datetime(2013, 1, 9, 8, 0, tzinfo=UTC),
        ),
        "EG": await data.submission(
            egypt,
            "EG",
            ARABIC,
            topic="saicm",
            paragraph=2,
            language="ar",
            comment_type="strategic",
            at=datetime(2013, 1, 10, 22, 30, tzinfo=UTC),
            attachments=[("موقف مصر.pdf", b"%PDF-1.4 egypt"), ("annex.txt", b"annex")],
        ),
        "CN": await data.submission(
            china,
            "CN",
            CHINESE,
            topic="saicm",
            paragraph=2,
            language="zh",
            proposed_text=CHINESE_PROPOSED,
            at=datetime(2013, 1, 11, 3, 0, tzinfo=UTC),
        ),
        "RU": await data.submission(
            russia,
            "RU",
            RUSSIAN,
            topic="basel",
            language="ru",
            comment_type="option",
            at=datetime(2013, 1, 12, 9, 0, tzinfo=UTC),
        ),
        "BR": await data.submission(
            brazil,
            "BR",
            '=HYPERLINK("http://evil.example","click")',
            topic="basel",
            proposed_text="+1 555 0100",
            paragraph=7,
            at=datetime(2013, 1, 13, 9, 0, tzinfo=UTC),
        ),
        "ES": await data.submission(
            spain,
            "ES",
            "Retiramos este comentario.",
            topic="saicm",
            paragraph=1,
            language="es",
            status="withdrawn",
            at=datetime(2013, 1, 14, 9, 0, tzinfo=UTC),
        ),
    }
    await data.revise(refs["RU"], "Вторая редакция замечания.", at=datetime(2013, 1, 15, 9, 0, tzinfo=UTC))
    await data.erase(kenya)
    try:
        yield World(db, tmp_path, data, refs)
    finally:
        await db.close()


def read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 byte-order mark for Excel"
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def read_xlsx(path: Path, sheet: str = "Submissions") -> list[dict[str, object]]:
    book = openpyxl.load_workbook(path)
    rows = list(book[sheet].iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]  # type: ignore[arg-type]


def read_jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


async def test_french_chinese_and_arabic_read_back_exactly_in_every_format(world: World) -> None:
    by_country = {r["country_code"]: r for r in read_csv(await world.export(ExportFormat.CSV))}
    assert by_country["FR"]["comment"] == FRENCH
    assert by_country["FR"]["focal_point"] == "Mme Marie Dupont"
    assert by_country["CN"]["comment"] == CHINESE and by_country["CN"]["proposed_text"] == CHINESE_PROPOSED
    assert by_country["EG"]["comment"] == ARABIC and by_country["EG"]["organisation"] == "وزارة البيئة"
    assert by_country["EG"]["attachments"] == "موقف مصر.pdf\nannex.txt"
    assert by_country["EG"]["submitted_at"] == "2013-01-10T22:30:00Z"
    assert by_country["EG"]["submitted_at_local"] == "2013-01-11T01:30:00+03:00"

    sheet = {r["ISO code"]: r for r in read_xlsx(await world.export(ExportFormat.XLSX))}
    assert sheet["FR"]["Comment"] == FRENCH and sheet["CN"]["Comment"] == CHINESE
    assert sheet["CN"]["Proposed text"] == CHINESE_PROPOSED and sheet["EG"]["Comment"] == ARABIC
    # Real dates, not text (Excel has no time zones: the header says which clock).
    assert sheet["EG"]["Submitted (UTC)"] == datetime(2013, 1, 10, 22, 30, tzinfo=UTC).replace(tzinfo=None)
    nairobi = ZoneInfo("Africa/Nairobi")
    assert sheet["EG"]["Submitted (Nairobi time)"] == datetime(2013, 1, 11, 1, 30, tzinfo=nairobi).replace(tzinfo=None)
    assert sheet["EG"]["Paragraph"] == 2 and sheet["EG"]["Country"] == "Egypt"

    lines = {r["country_code"]: r for r in read_jsonl(await world.export(ExportFormat.JSONL))}
    assert lines["FR"]["comment"] == FRENCH and lines["CN"]["comment"] == CHINESE
    assert lines["EG"]["comment"] == ARABIC
    assert [a["file_name"] for a in lines["EG"]["attachments"]] == ["موقف مصر.pdf", "annex.txt"]  # type: ignore[union-attr,index]
    assert lines["EG"]["paragraph"] == 2 and lines["RU"]["paragraph"] is None

    document = docx.Document(str(await world.export(ExportFormat.DOCX)))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert any(cell.endswith(FRENCH) for cell in cells)
    assert any(cell.endswith(CHINESE) for cell in cells) and CHINESE_PROPOSED in cells
    assert any(ARABIC in cell.split("\n") for cell in cells)
    assert any(cell.endswith("Вторая редакция замечания.") for cell in cells)  # Russia's current version


async def test_states_are_named_and_ordered_as_the_reader_expects(world: World) -> None:
    """UN names (no CLDR colloquialisms) in the reader's alphabetical order (ICU), in every file."""
    t = catalog().t
    document = docx.Document(str(await world.export(ExportFormat.DOCX, language="fr", name="fr.docx")))
    annex = document.tables[-1]
    respondents = [row.cells[0].text for row in annex.rows[1:-1]]
    assert respondents == ["Brésil", "Chine", "Égypte", "Fédération de Russie", "France", "Kenya"]
    book = await world.export(ExportFormat.XLSX, language="fr", name="fr.xlsx")
    names = [str(r[t("fr", "export-col-country")]) for r in read_xlsx(book, t("fr", "export-sheet-countries"))]
    assert names.index("Costa Rica") < names.index("Côte d'Ivoire") < names.index("Croatie") < names.index("Cuba")
    assert names.index("Tchad") < names.index("Tchéquie") < names.index("Thaïlande")
    assert names.index("Turkménistan") < names.index("Tuvalu") and "Türkiye" in names
    spanish = await world.export(ExportFormat.XLSX, language="es", name="es.xlsx")
    names = [str(r[t("es", "export-col-country")]) for r in read_xlsx(spanish, t("es", "export-sheet-countries"))]
    assert names.index("Chad") < names.index("Chequia") < names.index("Chile")
    assert "Unión Europea" in names and "Federación de Rusia" in names and "Rusia" not in names
    chinese = await world.export(ExportFormat.XLSX, language="zh", name="zh.xlsx")
    names = [str(r[t("zh", "export-col-country")]) for r in read_xlsx(chinese, t("zh", "export-sheet-countries"))]
    assert names[:3] == ["阿尔巴尼亚", "阿尔及利亚", "阿富汗"]  # pinyin: A'erbaniya, A'erjiliya, Afuhan
    arabic = read_csv(await world.export(ExportFormat.CSV, language="ar", name="ar.csv"))
    by_code = {r["country_code"]: r for r in arabic}
    assert by_code["RU"]["country"] == "الاتحاد الروسي"


async def test_xlsx_has_frozen_header_filter_widths_and_three_sheets(world: World) -> None:
    book = openpyxl.load_workbook(await world.export(ExportFormat.XLSX))
    assert book.sheetnames == ["Submissions", "Countries", "Topics"]
    sheet = book["Submissions"]
    assert sheet.freeze_panes == "B2"
    assert sheet.auto_filter.ref == "A1:X7"  # the review's columns (issue 15), then how each submission came in
    assert sheet.column_dimensions["I"].width > 60  # the comment column
    assert sheet["I2"].alignment.wrap_text
    assert sheet["M2"].is_date
    book_path = world.tmp / "export.xlsx"
    countries = {r["ISO code"]: r for r in read_xlsx(book_path, "Countries")}
    assert len(countries) == 194  # 193 Member States and the European Union were invited
    assert countries["FR"]["Submissions"] == 1 and countries["FR"]["Registered focal points"] == 1
    assert countries["KE"]["Registered focal points"] == 0  # erased
    assert countries["DE"]["Submissions"] == 0 and countries["DE"]["Invited"] == "yes"
    topics = {r["Topic"]: r for r in read_xlsx(book_path, "Topics")}
    assert topics["SAICM"]["Total"] == 4 and topics["SAICM"]["Strategic and policy consideration"] == 1
    assert topics["Total"]["Total"] == 6


async def test_docx_synopsis_is_ordered_by_paragraph_then_country(world: World) -> None:
    document = docx.Document(str(await world.export(ExportFormat.DOCX)))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert headings[:2] == ["SAICM (4)", "Basel Convention (2)"]
    assert "Rotterdam Convention (0)" in headings
    saicm = document.tables[0]
    assert [c.text for c in saicm.rows[0].cells] == [
        "Para.",
        "Country",
        "Comment",
        "Proposed text",
        "Secretariat's response",
    ]
    order = [(row.cells[0].text, row.cells[1].text.split("\n")[0]) for row in saicm.rows[1:]]
    assert order == [("2", "China"), ("2", "Egypt"), ("4", "France"), ("4", "Kenya")]
    basel = document.tables[1]
    assert [row.cells[0].text for row in basel.rows[1:]] == ["General", "7"]  # general comments first
    assert world.references["EG"] in saicm.rows[2].cells[1].text
    title = [p.text for p in document.paragraphs[:6]]
    assert any("Country-led consultative process" in text for text in title)
    assert "Date: 21 January 2013" in title
    annex = document.tables[-1]
    respondents = [row.cells[0].text for row in annex.rows[1:-1]]
    assert respondents == ["Brazil", "China", "Egypt", "France", "Kenya", "Russian Federation"]
    assert annex.rows[-1].cells[3].text == "6"


async def test_docx_marks_arabic_right_to_left_and_chinese_east_asian(world: World) -> None:
    path = await world.export(ExportFormat.DOCX)
    body = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    paragraphs = {"".join(p.itertext()): p for p in body.iter(f"{W}p")}
    arabic = paragraphs[ARABIC]
    assert arabic.find(f"{W}pPr/{W}bidi") is not None
    runs = arabic.findall(f"{W}r")
    assert [r.find(f"{W}rPr/{W}rtl") is not None for r in runs] == [True, False, True]  # SAICM stays LTR
    assert runs[1].findtext(f"{W}t") == "SAICM"
    chinese = paragraphs[CHINESE.split("\n")[0]]
    assert chinese.find(f"{W}pPr/{W}bidi") is None
    fonts = chinese.find(f"{W}r/{W}rPr/{W}rFonts")
    assert fonts is not None and fonts.get(f"{W}eastAsia") == "SimSun"
    french = paragraphs[FRENCH.split("\n")[0]]
    assert french.find(f"{W}pPr/{W}bidi") is None and french.find(f"{W}r/{W}rPr/{W}rtl") is None
    assert is_rtl("(1) " + ARABIC) and not is_rtl("SAICM " + ARABIC)


async def test_docx_in_arabic_has_right_to_left_tables_and_arabic_names(world: World) -> None:
    path = await world.export(ExportFormat.DOCX, language="ar")
    document = docx.Document(str(path))
    assert document.tables[0].rows[0].cells[0].text == "الفقرة"
    assert [row.cells[1].text.split("\n")[0] for row in document.tables[0].rows[1:3]] == ["الصين", "مصر"]
    body = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    assert body.find(f".//{W}tbl/{W}tblPr/{W}bidiVisual") is not None


async def test_formula_injection_is_neutralised_in_csv_and_xlsx(world: World) -> None:
    brazil = next(r for r in read_csv(await world.export(ExportFormat.CSV)) if r["country_code"] == "BR")
    assert brazil["comment"] == '\'=HYPERLINK("http://evil.example","click")'
    assert brazil["proposed_text"] == "'+1 555 0100"
    assert brazil["organisation"] == "'-Ministério do Meio Ambiente"
    book = openpyxl.load_workbook(await world.export(ExportFormat.XLSX))
    sheet = book["Submissions"]
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row]
    assert not any(c.data_type == "f" for c in cells), "no cell is a formula"
    comment = next(c for c in cells if isinstance(c.value, str) and "HYPERLINK" in c.value)
    assert comment.data_type == "s" and comment.value == '\'=HYPERLINK("http://evil.example","click")'
    # JSON is data, not a spreadsheet: the text stays exactly as written there.
    brazil_json = next(r for r in read_jsonl(await world.export(ExportFormat.JSONL)) if r["country_code"] == "BR")
    assert brazil_json["comment"] == '=HYPERLINK("http://evil.example","click")'


async def test_an_erased_focal_point_never_appears(world: World) -> None:
    for fmt in (ExportFormat.CSV, ExportFormat.JSONL, ExportFormat.XLSX, ExportFormat.DOCX):
        path = await world.export(fmt, ExportFilters(include_versions=True, include_withdrawn=True))
        if fmt is ExportFormat.XLSX or fmt is ExportFormat.DOCX:
            with zipfile.ZipFile(path) as package:
                text = "".join(package.read(n).decode("utf-8", "replace") for n in package.namelist())
        else:
            text = path.read_text(encoding="utf-8-sig")
        assert ERASED_NAME not in text and "Wanjiru" not in text, fmt
        assert "Kenya supports paragraph 4." in text, fmt  # the country's comment stays
    kenya = next(r for r in read_csv(world.tmp / "export.csv") if r["country_code"] == "KE")
    assert kenya["focal_point"] == "(erased)" and kenya["organisation"] == ""
    kenya_json = next(r for r in read_jsonl(world.tmp / "export.jsonl") if r["country_code"] == "KE")
    assert kenya_json["focal_point"] is None and kenya_json["focal_point_erased"] is True


async def test_filters_select_topics_countries_types_status_dates_and_versions(world: World) -> None:
    async def references(filters: ExportFilters) -> list[tuple[str, int]]:
        rows = read_jsonl(await world.export(ExportFormat.JSONL, filters))
        return [(str(r["reference"]), int(r["version"])) for r in rows]  # type: ignore[call-overload]

    refs = world.references
    everything = await references(ExportFilters())
    assert [r for r, _ in everything] == [refs[c] for c in ("KE", "FR", "EG", "CN", "RU", "BR")]
    assert (refs["RU"], 2) in everything  # the current version only
    assert [r for r, _ in await references(ExportFilters(topics=("basel",)))] == [refs["RU"], refs["BR"]]
    assert [r for r, _ in await references(ExportFilters(countries=("fr", "CN")))] == [refs["FR"], refs["CN"]]
    assert [r for r, _ in await references(ExportFilters(comment_types=("strategic", "option")))] == [
        refs["EG"],
        refs["RU"],
    ]
    assert refs["ES"] in [r for r, _ in await references(ExportFilters(include_withdrawn=True))]
    assert [r for r, _ in await references(ExportFilters(statuses=("withdrawn",)))] == [refs["ES"]]
    # 10 January in Nairobi is 9 January 21:00 UTC to 10 January 21:00 UTC: Egypt's 22:30 UTC is the 11th.
    assert [
        r for r, _ in await references(ExportFilters(submitted_from=date(2013, 1, 9), submitted_to=date(2013, 1, 10)))
    ] == [refs["FR"]]
    assert [
        r for r, _ in await references(ExportFilters(submitted_from=date(2013, 1, 11), submitted_to=date(2013, 1, 11)))
    ] == [refs["EG"], refs["CN"]]
    with_history = await references(ExportFilters(include_versions=True, countries=("RU",)))
    assert with_history == [(refs["RU"], 1), (refs["RU"], 2)]
    # The date filter applies to when each version was submitted.
    assert await references(
        ExportFilters(include_versions=True, submitted_to=date(2013, 1, 12), countries=("RU",))
    ) == [(refs["RU"], 1)]


def test_filters_become_the_same_command_line_options() -> None:
    from bot.cli import _parser
    from bot.export_cli import filters_from

    chosen = ExportFilters(
        topics=("saicm", "basel"),
        countries=("FR",),
        comment_types=("option",),
        statuses=("submitted", "withdrawn"),
        include_versions=True,
        submitted_from=date(2013, 1, 5),
        submitted_to=date(2013, 1, 20),
    )
    args = _parser().parse_args(["export", "--format", "csv", "--out", "x.csv", *command_line_arguments(chosen)])
    assert filters_from(args) == chosen


def test_the_command_line_takes_states_as_the_bot_understands_them() -> None:
    from bot.cli import _parser
    from bot.export_cli import filters_from, resolve_countries

    typed = ["--country", "KE,Republic of Korea", "--country", "Côte d'Ivoire", "--country", "eu"]
    args = _parser().parse_args(["export", "--format", "csv", "--out", "x.csv", *typed])
    assert filters_from(args).countries == ("KE", "KR", "CI", "EU")
    codes, problems = resolve_countries(["Congo", "Atlantis", "Russian Federaton"])
    assert codes == []
    assert problems[0] == "'Congo' is ambiguous: CG (Congo), CD (Democratic Republic of the Congo)?"
    assert problems[1] == "'Atlantis' is not a country code or name"
    assert problems[2].startswith("'Russian Federaton' is not recognised: RU (Russian Federation)")


async def test_rows_are_read_in_batches_with_progress(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export_rows, "BATCH_SIZE", 2)
    seen: list[tuple[int, int]] = []
    for fmt in (ExportFormat.CSV, ExportFormat.XLSX, ExportFormat.DOCX):
        seen.clear()
        await world.export(fmt, progress=lambda done, total: seen.append((done, total)))
        assert seen[0] == (0, 6) and seen[-1] == (6, 6), fmt
        assert len(seen) >= 4, fmt  # 0, then batches of two (DOCX: per topic)


async def test_attachments_zip_is_named_by_reference_with_an_index(world: World) -> None:
    path = await world.export(ExportFormat.ZIP)
    egypt = world.references["EG"]
    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == sorted([f"{egypt}_موقف مصر.pdf", f"{egypt}_annex.txt", "index.csv"])
        assert archive.read(f"{egypt}_annex.txt") == b"annex"
        index = list(csv.DictReader(io.StringIO(archive.read("index.csv").decode("utf-8-sig"))))
    assert {row["status"] for row in index} == {"ok"}
    assert safe_file_name("../../etc/passwd") == "passwd" and safe_file_name("a<b>.pdf") == "a_b_.pdf"


async def test_a_large_attachments_zip_is_split_into_parts(world: World) -> None:
    blobs = [(f"report-{n}.pdf", bytes([n]) * 400_000) for n in range(3)]
    nigeria = await world.data.focal_point("NG", "Ada Obi")
    reference = await world.data.submission(nigeria, "NG", "Three reports attached.", attachments=blobs)
    result = await write_export(
        world.db,
        ExportRequest(ExportFormat.ZIP, ExportFilters(countries=("NG",))),
        world.tmp / "ng.zip",
        consultation=load_consultation(),
        catalog=catalog(),
        generated_at=datetime(2013, 1, 21, tzinfo=UTC),
        attachments_dir=world.tmp / "attachments",
        max_part_bytes=PART_RESERVE + 900_000,
    )
    assert [p.name for p in result.paths] == ["ng-part1.zip", "ng-part2.zip"]
    names = []
    for part in result.paths:
        assert part.stat().st_size <= PART_RESERVE + 900_000
        with zipfile.ZipFile(part) as archive:
            names += [n for n in archive.namelist() if n != "index.csv"]
    assert names == [f"{reference}_report-{n}.pdf" for n in range(3)]


async def test_a_missing_attachment_file_is_reported_not_fatal(world: World) -> None:
    (world.tmp / "attachments" / world.references["EG"] / "annex.txt").unlink()
    result = await write_export(
        world.db,
        ExportRequest(ExportFormat.ZIP),
        world.tmp / "m.zip",
        consultation=load_consultation(),
        catalog=catalog(),
        generated_at=datetime(2013, 1, 21, tzinfo=UTC),
        attachments_dir=world.tmp / "attachments",
    )
    assert (result.rows, result.missing_files) == (1, 1)
    with zipfile.ZipFile(result.paths[0]) as archive:
        index = archive.read("index.csv").decode("utf-8-sig")
    assert "annex.txt" in index and "missing" in index


async def test_labels_and_names_follow_the_export_language(world: World) -> None:
    rows = read_xlsx(await world.export(ExportFormat.XLSX, language="fr"), "Contributions")
    egypt = next(r for r in rows if r["Code ISO"] == "EG")
    assert egypt["Pays"] == "Égypte" and egypt["Thème"] == "SAICM (Approche stratégique)"
    assert egypt["Observation"] == ARABIC
    csv_rows = read_csv(await world.export(ExportFormat.CSV, language="zh"))
    assert next(r for r in csv_rows if r["country_code"] == "FR")["country"] == "法国"
    assert "country_code" in csv_rows[0]  # CSV keeps its stable field names in every language
