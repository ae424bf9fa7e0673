"""Every text that states a date takes it from the schedule: an officer moves the meeting and the
deadline with /schedule, then finds the new dates (and never the old ones) in the mandate, the
DOCX compilation (from the bot and from `consultbot export`), the broadcast previews and the
delivered invitation and reminder, the invitation letters, and /schedule itself; and nowhere an
old date in the XLSX, the CSV, /help or /status. A definition that writes a date out, or
misspells a placeable, is refused at start-up."""

from __future__ import annotations

import asyncio
import csv
import io
import os
import subprocess
import sys
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import docx
import openpyxl
import pytest

from prompts import DEFAULT_CONSULTATION_FILE, LANGUAGES, Catalog, ConsultationFileError, dated, load_consultation
from tests.support.broadcasts import INVITATION_MARK, add_focal_points, add_officer, sender
from tests.support.exports import Consultations
from tests.support.harness import ADMIN_ID, BotBench, texts

ROOT = Path(__file__).resolve().parent.parent
NEW_MEETING = (date(2013, 2, 13), date(2013, 2, 14))
NEW_DEADLINE = datetime(2013, 2, 9, 15, 0, tzinfo=UTC)  # 18:00 in Nairobi
CHINESE_OFFICER = 900_020


def formatted(
    language: str, deadline: datetime, meeting: tuple[date, date], country: str | None = None
) -> tuple[str, str]:
    """The deadline and the meeting as the bot writes them in `language` (the catalog's helpers),
    for a reader in `country` (the deadline in its time as well, when it differs)."""
    zone = load_consultation().zone
    reader = dated.reader_zone(country)
    return Catalog.datetime(language, deadline, zone, reader), Catalog.date_range(language, *meeting)


def old_dates(language: str, country: str | None = None) -> tuple[str, str]:
    shipped = load_consultation().dates
    return formatted(language, shipped.deadline, (shipped.meeting_start, shipped.meeting_end), country)


def new_dates(language: str, country: str | None = None) -> tuple[str, str]:
    return formatted(language, NEW_DEADLINE, NEW_MEETING, country)


def assert_new_dates_only(
    text: str, language: str, *, deadline: bool = True, meeting: bool = True, country: str | None = None
) -> None:
    new_deadline, new_meeting = new_dates(language, country)
    old_deadline, old_meeting = old_dates(language, country)
    assert old_deadline not in text and old_meeting not in text, text
    if deadline:
        assert new_deadline in text, (new_deadline, text)
    if meeting:
        assert new_meeting in text, (new_meeting, text)


def document_of(replies: list) -> bytes:  # type: ignore[type-arg]
    (sent,) = [m for m in replies if m.document is not None]
    return sent.document


def docx_paragraphs(data: bytes | Path) -> list[str]:
    document = docx.Document(io.BytesIO(data) if isinstance(data, bytes) else str(data))
    return [p.text for p in document.paragraphs]


def check_compilation(paragraphs: list[str], language: str) -> None:
    """The title page: the mandate states the meeting, two lines the deadline and the meeting."""
    catalog = Catalog.load()
    new_deadline, new_meeting = new_dates(language)
    (mandate,) = [p for p in paragraphs if "26/12" in p]
    moved = load_consultation().rescheduled(
        deadline=NEW_DEADLINE, meeting_start=NEW_MEETING[0], meeting_end=NEW_MEETING[1]
    )
    assert mandate == dated.mandate(moved, language)
    assert_new_dates_only(mandate, language, deadline=False)
    deadline_line = catalog.t(language, "export-docx-deadline", deadline=new_deadline)
    meeting_line = catalog.t(language, "export-docx-meeting", meeting=new_meeting)
    assert deadline_line in paragraphs and meeting_line in paragraphs
    assert_new_dates_only("\n".join(paragraphs), language)


async def move_meeting_and_deadline(bench: BotBench) -> None:
    """As an officer does it: the meeting first (the deadline must fall before it), then the deadline."""
    admin = bench.user(ADMIN_ID)
    await bench.send(admin, "/schedule")
    await bench.press(admin, "Change the deadline")
    refused = texts(await bench.send(admin, "2013-02-09 18:00"))
    assert "must fall before the meeting" in refused  # still on 6 and 7 February
    await bench.press(admin, "Back")
    await bench.press(admin, "Change the meeting dates")
    await bench.send(admin, "2013-02-13 2013-02-14")
    await bench.press(admin, "Confirm")
    await bench.press(admin, "Change the deadline")
    await bench.send(admin, "2013-02-09 18:00")
    overview = texts(await bench.press(admin, "Confirm"))
    assert_new_dates_only(overview, "en")
    effective = (await bench.deps.effective_consultation()).dates
    assert (effective.deadline, effective.meeting_start, effective.meeting_end) == (NEW_DEADLINE, *NEW_MEETING)


async def test_a_moved_meeting_and_deadline_reach_every_text_that_states_them(fast: BotBench) -> None:
    bench = fast
    points = await add_focal_points(bench.db, bench.emu, 6)  # one in each of the six languages
    data = Consultations(bench.db, bench.attachments_dir)
    kenya = await data.focal_point("KE", "Wanjiru Kamau")
    await data.submission(kenya, "KE", "Kenya supports paragraph 4.", topic="saicm", paragraph=4)
    await add_officer(bench.db, CHINESE_OFFICER, "zh")
    await move_meeting_and_deadline(bench)
    admin = bench.user(ADMIN_ID)

    # The broadcasts: the previews in every recipient's language, then what each one receives.
    effective = await bench.deps.effective_consultation()
    for kind in ("Renewed invitation", "Reminder"):
        await bench.send(admin, "/broadcast")
        await bench.press(admin, kind)
        preview = texts(await bench.press(admin, "All approved focal points"))
        # (A reminder skips Kenya, which has answered: no English recipient is left.)
        for language in [lang for lang in LANGUAGES if kind == "Renewed invitation" or lang != "en"]:
            if kind == "Renewed invitation":
                assert dated.renewed_invitation(effective, language) in preview, f"no {language} preview"
            assert_new_dates_only(preview, language)
        await bench.press(admin, "Send")
        await sender(bench.deps).wait_idle(30)
        await bench.settle()
        for point in [p for p in points if kind == "Renewed invitation" or p.country != "KE"]:
            assert point.user is not None and point.user.last is not None
            received = point.user.last.text or ""
            if kind == "Renewed invitation":
                assert INVITATION_MARK[point.language] in received
            else:
                assert bench.deps.catalog.t(point.language, "broadcast-reminder-text").split()[0] in received
            assert_new_dates_only(received, point.language, country=point.country)

    # The compilation, from the bot in English and in Chinese.
    await bench.send(admin, "/export")
    await bench.press(admin, "Compilation (Word DOCX)")
    check_compilation(docx_paragraphs(document_of(await bench.press(admin, "Create the file"))), "en")
    officer = bench.user(CHINESE_OFFICER, language_code="zh")
    t = bench.deps.catalog.t
    await bench.send(officer, "/export")
    await bench.press(officer, t("zh", "export-format-docx"))
    check_compilation(docx_paragraphs(document_of(await bench.press(officer, t("zh", "export-button-create")))), "zh")

    # The tables state no schedule date: no old date anywhere in them.
    await bench.send(admin, "/export")
    await bench.press(admin, "Excel workbook (XLSX)")
    book = openpyxl.load_workbook(io.BytesIO(document_of(await bench.press(admin, "Create the file"))))
    cells = "\n".join(str(v) for sheet in book for row in sheet.iter_rows(values_only=True) for v in row if v)
    assert_new_dates_only(cells, "en", deadline=False, meeting=False)
    await bench.send(admin, "/export")
    await bench.press(admin, "CSV table")
    table = document_of(await bench.press(admin, "Create the file")).decode("utf-8-sig")
    assert next(csv.reader(io.StringIO(table)))[0] == "reference"
    assert_new_dates_only(table, "en", deadline=False, meeting=False)

    # The invitation letters state the deadline, in each letter's language.
    letters = document_of(await bench.send(admin, "/letters KE FR CN EG RU CL"))
    rows = list(
        csv.DictReader(io.StringIO(zipfile.ZipFile(io.BytesIO(letters)).read("letters.csv").decode("utf-8-sig")))
    )
    assert {row["language"] for row in rows} == set(LANGUAGES)
    for row in rows:
        assert_new_dates_only(row["letter_text"], row["language"], meeting=False, country=row["code"])

    # /help and /status say no old date (what they state of the schedule is the new one).
    for command in ("/help", "/status", "/schedule"):
        assert_new_dates_only(texts(await bench.send(admin, command)), "en", deadline=False, meeting=False)
    assert_new_dates_only(texts(await bench.send(admin, "/schedule")), "en")

    # The command line reads the same schedule: its compilation states the new dates too.
    out = bench.tmp_path / "compilation.docx"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "ADMIN_", "DATABASE_", "ATTACHMENTS_"))}
    env.update(
        {
            "DATABASE_PATH": str(bench.database_path),
            "ATTACHMENTS_DIR": str(bench.attachments_dir),
            "PYTHONPATH": str(ROOT),
        }
    )
    result = await asyncio.to_thread(
        subprocess.run,
        [
            sys.executable,
            "-m",
            "bot.cli",
            "export",
            "--format",
            "docx",
            "--language",
            "fr",
            "--out",
            str(out),
            "--quiet",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    check_compilation(docx_paragraphs(out), "fr")


def test_the_mandate_and_the_invitation_are_filled_in_every_language() -> None:
    consultation = load_consultation()
    for language in LANGUAGES:
        deadline, meeting = old_dates(language)
        mandate = dated.mandate(consultation, language)
        invitation = dated.renewed_invitation(consultation, language)
        assert meeting in mandate and "{" not in mandate
        assert deadline in invitation and meeting in invitation and "{" not in invitation


def broken_definition(tmp_path: Path, old: str, new: str) -> Path:
    text = DEFAULT_CONSULTATION_FILE.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path = tmp_path / "consultation.toml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "refusal"),
    [
        # A misspelt placeable in the mandate.
        ("held on {meeting}.", "held on {meetng}.", r"mandate: .*en: must contain \{meeting\} once.*'meetng'"),
        # The meeting written out again instead of the placeable.
        ("held on {meeting}.", "held on 6 and 7 February 2013.", r"mandate: .*en: must contain \{meeting\}"),
        # A written-out date beside the placeable.
        ("held on {meeting}.", "held on {meeting} (6 February 2013).", r"mandate: .*en: states a date \('2013'\)"),
        # A language that leaves the deadline out when the others state it.
        ("held on {meeting}.", "held on {meeting}, by {deadline}.", r"mandate: .*en: has \['deadline', 'meeting'\]"),
        # A placeable where nothing fills it in.
        (
            'en = "Venue to be confirmed',
            'en = "Venue to be confirmed by {deadline}',
            r"meeting_place\.en: \{deadline\}",
        ),
        # The invitation's own check, unchanged.
        ("meeting on {meeting}", "meeting on {meetng}", r"renewed_invitation: .*\{deadline\} and \{meeting\}"),
    ],
)
def test_a_definition_that_writes_dates_out_or_misspells_a_placeable_is_refused(
    tmp_path: Path, old: str, new: str, refusal: str
) -> None:
    with pytest.raises(ConsultationFileError, match=refusal):
        load_consultation(broken_definition(tmp_path, old, new))
