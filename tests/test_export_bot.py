"""Stories of /export in the bot: a secretariat officer chooses a format and filters with the
buttons, watches the progress, and receives a file that opens and holds the right rows; a
focal point and a group are refused; a file over Telegram's limit is refused with the
command that makes it; the command line makes the very same rows."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import os
import subprocess
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import docx
import openpyxl
import pytest

from exports import drafts
from exports.attachments import PART_RESERVE
from handlers import export as export_flow
from storage import audit
from tests.support.exports import Consultations
from tests.support.harness import ADMIN_ID, BotBench, texts

ROOT = Path(__file__).resolve().parent.parent
ARABIC = "نؤيد تعزيز التعاون في إطار اتفاقية بازل."
CHINESE = "我们支持加强合作与协调。"
FRENCH = "Nous proposons d'ajouter « et des déchets » au paragraphe 4."


async def seed(bench: BotBench) -> dict[str, str]:
    data = Consultations(bench.db, bench.attachments_dir)
    france = await data.focal_point("FR", "Marie Dupont", organisation="Ministère de la Transition écologique")
    china = await data.focal_point("CN", "王伟")
    egypt = await data.focal_point("EG", "أحمد علي")
    kenya = await data.focal_point("KE", "Wanjiru Kamau")
    refs = {
        "FR": await data.submission(france, "FR", FRENCH, topic="saicm", paragraph=4, language="fr"),
        "CN": await data.submission(china, "CN", CHINESE, topic="saicm", paragraph=2, language="zh"),
        "EG": await data.submission(
            egypt,
            "EG",
            ARABIC,
            topic="basel",
            paragraph=2,
            language="ar",
            attachments=[("رأي مصر.pdf", b"%PDF-1.4 egypt")],
        ),
        "KE": await data.submission(
            kenya, "KE", "@SUM(1+1) is not a formula here.", topic="saicm", at=datetime(2013, 1, 12, 9, 0, tzinfo=UTC)
        ),
        "ES": await data.submission(None, "ES", "Retirado.", topic="saicm", status="withdrawn", language="es"),
    }
    await data.erase(kenya)
    return refs


def document_of(replies: list) -> tuple[str, bytes]:  # type: ignore[type-arg]
    sent = [m for m in replies if m.document is not None]
    assert len(sent) == 1, [m.content for m in replies]
    return sent[0].document_name, sent[0].document


async def test_an_officer_exports_filtered_xlsx_with_buttons_and_typed_countries(bench: BotBench) -> None:
    refs = await seed(bench)
    officer = bench.user(ADMIN_ID)
    replies = await bench.send(officer, "/export")
    assert "Please choose the format" in texts(replies)
    await bench.press(officer, "Excel workbook (XLSX)")
    assert "Export: Excel workbook (XLSX)" in officer.last.text  # type: ignore[union-attr]
    await bench.press(officer, "Topics")
    await bench.press(officer, "SAICM")
    assert "✓ SAICM" in [label for row in officer.buttons() for label in row]
    await bench.press(officer, "Done")
    await bench.press(officer, "Countries")
    replies = await bench.send(officer, "France, 中国, Kenia, Atlantis")
    assert "could not be recognized: Atlantis" in texts(replies)
    replies = await bench.send(officer, "Kenya")
    assert "Countries: China, France, Kenya" in texts(replies)  # in the reader's alphabetical order
    # Saved in the database at every step, not only in the conversation's memory.
    participant = await bench.db.fetchone("SELECT id FROM participants WHERE telegram_id = ?", (ADMIN_ID,))
    saved = await drafts.load(bench.db, participant["id"])
    assert saved["filters"]["topics"] == ["saicm"] and saved["filters"]["countries"] == ["FR", "CN", "KE"]

    progress = officer.last
    replies = await bench.press(officer, "Create the file")
    name, data = document_of(replies)
    assert name.startswith("CW-2013-submissions-") and name.endswith(".xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(data))["Submissions"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[2]) for r in rows] == [(refs["FR"], "FR"), (refs["CN"], "CN"), (refs["KE"], "KE")]
    assert rows[0][8] == FRENCH and rows[1][8] == CHINESE
    assert rows[2][3] == "(erased)" and rows[2][8] == "'@SUM(1+1) is not a formula here."
    # One message showed the progress, then the result.
    assert progress is not None and "Done: Excel workbook (XLSX). Number of rows: 3." in progress.text
    assert any("Preparing the file: 3 of 3" in h for h in progress.history)
    entry = (await audit.entries(bench.db, "export.create"))[0]
    assert entry.actor_id == participant["id"] and entry.details["rows"] == 3
    assert entry.details["filters"]["countries"] == ["FR", "CN", "KE"]
    assert await drafts.load(bench.db, participant["id"]) == {}


@pytest.mark.parametrize("label", ["CSV table", "JSON Lines", "Compilation (Word DOCX)", "Attachments (ZIP)"])
async def test_each_format_arrives_and_opens(bench: BotBench, label: str) -> None:
    refs = await seed(bench)
    officer = bench.user(ADMIN_ID)
    await bench.send(officer, "/export")
    await bench.press(officer, label)
    name, data = document_of(await bench.press(officer, "Create the file"))
    if name.endswith(".csv"):
        rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
        assert {r["comment"] for r in rows} >= {FRENCH, CHINESE, ARABIC}
    elif name.endswith(".jsonl"):
        rows = [json.loads(line) for line in data.decode("utf-8").splitlines()]
        assert [r["reference"] for r in rows] == [refs[c] for c in ("FR", "CN", "EG", "KE")]
    elif name.endswith(".docx"):
        document = docx.Document(io.BytesIO(data))
        cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
        assert any(ARABIC in c for c in cells) and any(CHINESE in c for c in cells)
        assert not any("Wanjiru" in c for c in cells)
    else:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            assert archive.read(f"{refs['EG']}_رأي مصر.pdf") == b"%PDF-1.4 egypt"


async def test_a_focal_point_and_a_stranger_are_refused(bench: BotBench) -> None:
    await seed(bench)
    await Consultations(bench.db).focal_point("FR", "Jean Martin", telegram_id=600_001)
    focal_point = bench.user(600_001, language_code="fr")
    replies = await bench.send(focal_point, "/export")
    assert texts(replies) == bench.deps.catalog.t("en", "access-denied")
    stranger = bench.user(777_001)
    assert "not authorized" in texts(await bench.send(stranger, "/export"))
    assert not [m for m in focal_point.transcript + stranger.transcript if m.document]
    assert await audit.entries(bench.db, "export.create") == []


async def test_export_in_a_group_is_refused(bench: BotBench) -> None:
    await seed(bench)
    officer = bench.user(ADMIN_ID)
    group = bench.emu.group(-100_500, title="Secretariat")
    mark = group.mark()
    group.send_command(officer, "/export")
    await bench.settle()
    replies = group.since(mark)
    assert [m.text for m in replies] == [bench.deps.catalog.t("en", "access-private-only")]
    assert not officer.transcript


async def test_bad_input_is_answered_and_the_choices_are_kept(bench: BotBench) -> None:
    await seed(bench)
    officer = bench.user(ADMIN_ID)
    await bench.send(officer, "/export")
    await bench.press(officer, "CSV table")
    await bench.press(officer, "Status")
    await bench.press(officer, "Withdrawn")
    await bench.press(officer, "Done")
    replies = await bench.do(officer, officer.send_sticker)
    assert "Please use the buttons" in texts(replies)
    assert "Status: Submitted, Withdrawn" in officer.last.text  # type: ignore[union-attr]
    await bench.press(officer, "Dates")
    replies = await bench.send(officer, "next tuesday")
    assert "could not be read" in texts(replies)
    # Correcting it by editing the message: said to change nothing, and it does not.
    typed = [m["message_id"] for m in officer.chat.messages.values() if m.get("text") == "next tuesday"]
    replies = await bench.do(officer, lambda: officer.edit_message(typed[-1], "2013-01-05 2013-01-11"))
    assert "does not change what was recorded" in texts(replies)
    participant = await bench.db.fetchone("SELECT id FROM participants WHERE telegram_id = ?", (ADMIN_ID,))
    assert (await drafts.load(bench.db, participant["id"]))["filters"].get("submitted_from") is None
    replies = await bench.do(officer, officer.send_photo)
    assert "as a text message" in texts(replies)
    replies = await bench.send(officer, "2013-01-05 2013-01-11")
    assert "Submitted: 5 January 2013 to 11 January 2013" in texts(replies)
    assert "Status: Submitted, Withdrawn" in texts(replies)
    await bench.restart()  # the conversation and the choices survive a restart
    _, data = document_of(await bench.press(officer, "Create the file"))
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert sorted(r["country_code"] for r in rows) == ["CN", "EG", "ES", "FR"]  # Kenya's is on the 12th


async def test_nothing_to_export_is_said_and_cancel_drops_the_draft(bench: BotBench) -> None:
    officer = bench.user(ADMIN_ID)
    await bench.send(officer, "/export")
    await bench.press(officer, "CSV table")
    replies = await bench.press(officer, "Create the file")
    assert "No submission matches these filters" in texts(replies)
    replies = await bench.send(officer, "/cancel")
    assert "The export has been cancelled." in texts(replies)
    assert await bench.db.fetchval("SELECT COUNT(*) FROM export_drafts") == 0


async def test_a_file_over_the_upload_limit_is_refused_with_the_command_line(
    bench: BotBench, monkeypatch: pytest.MonkeyPatch
) -> None:
    await seed(bench)
    monkeypatch.setattr(export_flow, "UPLOAD_LIMIT", 200)
    officer = bench.user(ADMIN_ID)
    await bench.send(officer, "/export")
    await bench.press(officer, "JSON Lines")
    await bench.press(officer, "Earlier versions: no")
    replies = await bench.press(officer, "Create the file")
    assert not [m for m in replies if m.document]
    shown = officer.last.text  # type: ignore[union-attr]
    assert "more than the 0.0 MB that Telegram allows" in shown
    assert "consultbot export --format jsonl --out CW-2013-submissions-" in shown and "--versions" in shown
    entry = (await audit.entries(bench.db, "export.refused"))[0]
    assert entry.details["format"] == "jsonl" and entry.details["rows"] == 4


async def test_the_command_line_and_the_bot_produce_the_same_rows(bench: BotBench, tmp_path: Path) -> None:
    await seed(bench)
    officer = bench.user(ADMIN_ID)
    await bench.send(officer, "/export")
    await bench.press(officer, "CSV table")
    await bench.press(officer, "Status")
    await bench.press(officer, "Withdrawn")
    await bench.press(officer, "Done")
    _, from_bot = document_of(await bench.press(officer, "Create the file"))

    out = tmp_path / "cli.csv"
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
        [sys.executable, "-m", "bot.cli", "export", "--format", "csv", "--out", str(out), "--include-withdrawn"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "csv: 100% (5/5)" in result.stderr  # the progress on stderr (no terminal: every 10 %)
    assert out.read_bytes() == from_bot
    assert len(list(csv.DictReader(io.StringIO(from_bot.decode("utf-8-sig"))))) == 5
    sources = sorted(e.details["source"] for e in await audit.entries(bench.db, "export.create"))
    assert sources == ["bot", "cli"]


async def test_a_large_zip_of_attachments_arrives_in_parts(bench: BotBench, monkeypatch: pytest.MonkeyPatch) -> None:
    data = Consultations(bench.db, bench.attachments_dir)
    nigeria = await data.focal_point("NG", "Ada Obi")
    reference = await data.submission(
        nigeria,
        "NG",
        "Three reports attached.",
        attachments=[(f"report-{n}.pdf", bytes([n]) * 400_000) for n in range(3)],
    )
    monkeypatch.setattr(export_flow, "UPLOAD_LIMIT", PART_RESERVE + 900_000)
    officer = bench.user(ADMIN_ID)
    await bench.send(officer, "/export")
    await bench.press(officer, "Attachments (ZIP)")
    replies = await bench.press(officer, "Create the file")
    parts = [m for m in replies if m.document is not None]
    assert [m.document_name.rsplit("-", 1)[-1] for m in parts] == ["part1.zip", "part2.zip"]  # type: ignore[union-attr]
    assert parts[0].caption.startswith("Part 1 of 2")  # type: ignore[union-attr]
    names = []
    for part in parts:
        with zipfile.ZipFile(io.BytesIO(part.document)) as archive:  # type: ignore[arg-type]
            names += [n for n in archive.namelist() if n != "index.csv"]
    assert names == [f"{reference}_report-{n}.pdf" for n in range(3)]
    assert any("Done: Attachments (ZIP). Number of files: 3." in (m.text or "") for m in officer.transcript)


async def test_an_export_is_built_beside_the_database_and_a_crash_leftover_is_cleared(
    bench: BotBench,
) -> None:
    """Names and comments never sit in the shared temp folder; what a crash left is removed at start."""
    from handlers.export import work_root

    root = work_root(bench.deps)
    leftover = root / "export-crashed" / "consultbot.csv"
    leftover.parent.mkdir(parents=True)
    leftover.write_text("name,comment\n", encoding="utf-8")
    await bench.restart()
    assert not root.exists()
    assert root.parent == bench.database_path.parent
