"""Issue 15's "done when": an officer reviews ten submissions through the bot (statuses, themes,
internal notes, two replies), the focal points receive the replies in their language (English,
French, Arabic, Chinese), and the exports carry the review: every new column of JSON Lines, CSV
and XLSX (notes and replies only on request), the DOCX comments matrix's "Secretariat's
response" column, and a compilation filtered by theme, from the bot and from the command line."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import docx
import openpyxl

from emulator import EmulatedUser
from exports import ExportFilters, ExportFormat, ExportRequest, write_export
from exports.tabular import CSV_FIELDS, JSONL_FIELDS
from storage import participants, review, submissions
from storage.review import ReviewStatus
from tests.support.broadcasts import add_officer, sender
from tests.support.exports import Consultations
from tests.support.harness import BotBench, texts

ROOT = Path(__file__).resolve().parent.parent
OFFICER_ID = 710_001
# (country, focal points as (telegram id, language, title, name), comment)
STATES = [
    ("KE", [(711_001, "en", "Ms.", "Amina Odhiambo"), (711_002, "fr", "M.", "Joseph Kamau")], "Kenya on financing."),
    ("EG", [(711_003, "ar", "السيدة", "منى حسن"), (711_004, "zh", "女士", "李娜")], "نؤيد تعزيز التمويل."),
    ("FR", [(711_005, "fr", "Mme", "Marie Dupont")], "La France propose un fonds."),
    ("CN", [(711_006, "zh", None, "王伟")], "我们支持加强合作。"),
    ("RU", [(711_007, "ru", "г-н", "Иван Петров")], "Россия поддерживает пункт 4."),
    ("MX", [(711_008, "es", "Sra.", "Lucía García")], "México apoya el párrafo 4."),
    ("SN", [(711_009, "fr", "M.", "Awa Ndiaye")], "Le Sénégal soutient les centres régionaux."),
    ("JP", [(711_010, "en", "Mr.", "Kenji Sato")], "Japan supports paragraph 2."),
    ("KZ", [(711_011, "ru", None, "Айгуль Серикова")], "Казахстан поддерживает сотрудничество."),
    ("CL", [(711_012, "es", "Sr.", "Diego Rojas")], "Chile propone un texto nuevo."),
]
STATUSES = {
    "KE": ReviewStatus.ADDRESSED, "EG": ReviewStatus.ADDRESSED, "FR": ReviewStatus.UNDER_REVIEW,
    "CN": ReviewStatus.NOTED, "RU": ReviewStatus.UNDER_REVIEW, "MX": ReviewStatus.ADDRESSED,
    "SN": ReviewStatus.NOTED, "JP": ReviewStatus.UNDER_REVIEW, "KZ": ReviewStatus.RECEIVED,
    "CL": ReviewStatus.ADDRESSED,
}  # fmt: skip
FINANCING = {"KE", "EG", "FR", "MX"}
CENTRES = {"KE", "SN", "CL"}
NOTES = {"KE": "Check against the 2012 report.", "FR": "Ask the legal office.", "RU": "Same as 2011."}
REPLIES = {
    "KE": "Thank you: paragraph 4 will reflect the financing proposal.",
    "EG": "The secretariat thanks Egypt; see the revised paragraph 4.",
}


def t(bench: BotBench, language: str, key: str, **args: object) -> str:
    return bench.deps.catalog.t(language, key, **args)


async def seed(bench: BotBench) -> dict[str, int]:
    data = Consultations(bench.db, bench.attachments_dir)
    ids = {}
    for country, people, comment in STATES:
        first = None
        for telegram_id, language, title, name in people:
            made = await data.focal_point(
                country, name, title=title, organisation=f"Ministry ({country})", language=language,
                telegram_id=telegram_id,
            )  # fmt: skip
            first = first or made
            bench.user(telegram_id, language_code=language)  # a Telegram account the replies can reach
        reference = await data.submission(first, country, comment, topic="financing", paragraph=4, language=None)
        found = await submissions.get_by_reference(bench.db, reference)
        assert found is not None
        ids[country] = found.id
    return ids


async def press(bench: BotBench, user: EmulatedUser, data: str) -> list:  # type: ignore[type-arg]
    return await bench.do(user, lambda: user.press_data(data))


async def test_ten_submissions_reviewed_replied_to_and_exported_with_every_column(
    fast: BotBench, tmp_path: Path
) -> None:
    bench = fast
    ids = await seed(bench)
    await add_officer(bench.db, OFFICER_ID, "en")
    officer_row = await participants.get_by_telegram_id(bench.db, OFFICER_ID)
    assert officer_row is not None
    await participants.update_fields(bench.db, officer_row.id, full_name="Officer Lindqvist")
    officer = bench.user(OFFICER_ID)

    # Two themes, made with /tags.
    await bench.send(officer, "/tags")
    await bench.press(officer, "New theme")
    await bench.send(officer, "Financing\nfr: Financement\nzh：资金")
    await bench.press(officer, "New theme")
    await bench.send(officer, "Regional centres")
    themes = {tag.names["en"]: tag for tag in await review.tags(bench.db, 1)}
    assert set(themes) == {"Financing", "Regional centres"}
    listing = texts(await bench.send(officer, "/tags"))
    assert "• Financing: no submissions" not in listing and "Financing" in listing

    # Each submission read and reviewed through its buttons.
    for country, _people, _comment in STATES:
        submission = ids[country]
        reference = (await submissions.get(bench.db, submission)).reference  # type: ignore[union-attr]
        assert reference in texts(await bench.send(officer, f"/read {reference}"))
        if STATUSES[country] is not ReviewStatus.RECEIVED:
            await press(bench, officer, f"rv:set:{submission}:{STATUSES[country].value}")
        for name, members in (("Financing", FINANCING), ("Regional centres", CENTRES)):
            if country in members:
                await press(bench, officer, f"rv:tog:{submission}:{themes[name].id}")
        if country in NOTES:
            await press(bench, officer, f"rv:note:{submission}")
            assert "saved" in texts(await bench.send(officer, NOTES[country]))
        if country in REPLIES:
            await press(bench, officer, f"rv:reply:{submission}")
            assert REPLIES[country] in texts(await bench.send(officer, REPLIES[country]))
            await bench.press(officer, "Send the reply")
    await sender(bench.deps).wait_idle()
    await bench.settle()

    states = await review.reviews_for(bench.db, list(ids.values()))
    for country, submission in ids.items():
        state = states[submission]
        assert state.status is STATUSES[country], country
        expected = [
            name for name, members in (("Financing", FINANCING), ("Regional centres", CENTRES)) if country in members
        ]
        assert [tag.names["en"] for tag in state.tags] == expected, country
        assert [note.text for note in state.notes] == ([NOTES[country]] if country in NOTES else [])
        assert [reply.text for reply in state.replies] == ([REPLIES[country]] if country in REPLIES else [])

    # The replies, each in the recipient's language, to the State's focal points only.
    consultation = bench.deps.consultation
    for country, people, _comment in STATES:
        reference = (await submissions.get(bench.db, ids[country])).reference  # type: ignore[union-attr]
        for telegram_id, language, _title, _name in people:
            got = [m.text for m in bench.user(telegram_id).transcript]
            if country in REPLIES:
                wanted = t(
                    bench,
                    language,
                    "review-reply-message",
                    reference=reference,
                    consultation=consultation.title.get(language),
                    text=REPLIES[country],
                )
                assert got == [wanted], (country, language)
            else:
                assert got == [], (country, language)
    languages = {language for c, people, _ in STATES if c in REPLIES for _, language, _, _ in people}
    assert languages == {"en", "fr", "ar", "zh"}

    # JSON Lines from the bot, with notes and replies: every field.
    await bench.send(officer, "/export")
    await bench.press(officer, "JSON Lines")
    await bench.press(officer, "Notes and replies: no")
    made = await bench.press(officer, "Create the file")
    document = [m for m in made if m.document is not None]
    assert len(document) == 1
    lines = [json.loads(line) for line in (document[0].document or b"").decode("utf-8").splitlines()]
    assert len(lines) == 10
    by_country = {line["country_code"]: line for line in lines}
    for country, people, comment in STATES:
        line = by_country[country]
        assert list(line) == [*JSONL_FIELDS, "notes", "replies"]
        _id, _language, title, name = people[0]
        assert line["focal_point_title"] == title and line["focal_point_name"] == name
        assert line["focal_point"] == (f"{title} {name}" if title else name)  # the old column, kept
        assert line["focal_point_email"] == f"{people[0][0]}@example.org"
        assert line["organisation"] == f"Ministry ({country})" and line["comment"] == comment
        assert line["review_status"] == STATUSES[country].value
        assert line["tags"] == [n for n, m in (("Financing", FINANCING), ("Regional centres", CENTRES)) if country in m]
        assert [n["text"] for n in line["notes"]] == ([NOTES[country]] if country in NOTES else [])
        assert all(n["author"] == "Officer Lindqvist" and n["at"].endswith("Z") for n in line["notes"])
        assert [r["text"] for r in line["replies"]] == ([REPLIES[country]] if country in REPLIES else [])
        assert all(r["recipients"] == 2 for r in line["replies"])

    # CSV from the bot without notes: the review's columns, and no notes or replies at all.
    await bench.send(officer, "/export")
    await bench.press(officer, "CSV table")
    made = await bench.press(officer, "Create the file")
    data = next(m for m in made if m.document is not None).document or b""
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert tuple(rows[0]) == CSV_FIELDS and "notes" not in rows[0] and "replies" not in rows[0]
    text = data.decode("utf-8-sig")
    assert all(note not in text for note in NOTES.values()) and all(reply not in text for reply in REPLIES.values())
    kenya = next(row for row in rows if row["country_code"] == "KE")
    assert kenya["review_status"] == "addressed" and kenya["tags"] == "Financing\nRegional centres"
    assert kenya["focal_point_title"] == "Ms." and kenya["focal_point_email"] == "711001@example.org"

    # XLSX with notes, in French: the added columns after the first eighteen.
    out = tmp_path / "review.xlsx"
    await write_export(
        bench.db,
        ExportRequest(ExportFormat.XLSX, ExportFilters(with_notes=True), "fr"),
        out,
        consultation=consultation,
        catalog=bench.deps.catalog,
        generated_at=datetime(2013, 1, 20, tzinfo=UTC),
    )
    sheet = openpyxl.load_workbook(out).worksheets[0]
    header = [cell.value for cell in sheet[1]]
    assert header[18:] == [
        "Titre",
        "Nom",
        "Adresse électronique",
        "État de l'examen",
        "Rubriques",
        t(bench, "fr", "export-col-source"),  # how it came in (issue 13)
        "Notes internes",
        "Réponses au pays",
    ]
    assert header[3] == t(bench, "fr", "export-col-focal-point")
    by_code = {row[2].value: [c.value for c in row] for row in sheet.iter_rows(min_row=2)}
    assert by_code["KE"][18:23] == [
        "Ms.",
        "Amina Odhiambo",
        "711001@example.org",
        "Traitée",
        "Financement\nRegional centres",
    ]
    assert by_code["KZ"][21] == "Reçue" and by_code["CN"][21] == "Prise en note, sans suite"
    assert by_code["KE"][23] == t(bench, "fr", "export-source-bot")
    assert by_code["FR"][24].endswith("Officer Lindqvist\u00a0: Ask the legal office.")
    assert by_code["EG"][25].endswith(REPLIES["EG"]) and not by_code["JP"][25]

    # The DOCX compilation from the bot, filtered by a theme: the response column.
    await bench.send(officer, "/export")
    await bench.press(officer, "Compilation (Word DOCX)")
    await bench.press(officer, "Themes")
    await bench.press(officer, "Financing")
    await bench.press(officer, "Done")
    made = await bench.press(officer, "Create the file")
    data = next(m for m in made if m.document is not None).document or b""
    compiled = docx.Document(io.BytesIO(data))
    matrix = next(table for table in compiled.tables if table.rows[0].cells[-1].text == "Secretariat's response")
    assert [c.text for c in matrix.rows[0].cells] == [
        "Para.",
        "Country",
        "Comment",
        "Proposed text",
        "Secretariat's response",
    ]
    countries = {row.cells[1].text.split("\n")[0]: row.cells[4].text for row in matrix.rows[1:]}
    assert set(countries) == {"Kenya", "Egypt", "France", "Mexico"}  # the Financing theme only
    assert countries["Kenya"] == REPLIES["KE"] and countries["Egypt"] == REPLIES["EG"] and countries["France"] == ""
    assert "Themes: Financing" in "\n".join(p.text for p in compiled.paragraphs)
    assert all(note not in data.decode("latin-1") for note in NOTES.values())

    # The command line: --tag by a theme's name in any language, --with-notes.
    out = tmp_path / "centres.csv"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "ADMIN_", "DATABASE_", "ATTACHMENTS_"))}
    env.update({"DATABASE_PATH": str(bench.database_path), "ATTACHMENTS_DIR": str(bench.attachments_dir)})
    env["PYTHONPATH"] = str(ROOT)
    command = [sys.executable, "-m", "bot.cli", "export", "--format", "csv", "--out", str(out), "--quiet"]
    result = await asyncio.to_thread(
        subprocess.run,
        [*command, "--tag", "Regional centres", "--with-notes"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert sorted(row["country_code"] for row in rows) == ["CL", "KE", "SN"]
    assert tuple(rows[0]) == (*CSV_FIELDS, "notes", "replies")
    kenya = next(row for row in rows if row["country_code"] == "KE")
    assert kenya["notes"].endswith("Officer Lindqvist: " + NOTES["KE"]) and kenya["replies"].endswith(REPLIES["KE"])
    unknown = await asyncio.to_thread(
        subprocess.run,
        [*command, "--tag", "資金不存在"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert unknown.returncode == 2 and "is not a theme of consultation 1" in unknown.stderr
