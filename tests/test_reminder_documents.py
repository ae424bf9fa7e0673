"""Documents on the automatic reminders (issue 17, item 2), as the officer and the focal points
see them through the emulator: given in /schedule ("Documents for the reminders"), each for
everyone or for one language, checked as focal points' attachments; every reminder that runs
then carries them, each uploaded once across all reminders and re-sent by file_id."""

from __future__ import annotations

from datetime import UTC, datetime

from storage import audit, broadcasts, communications, reminder_files
from storage.consultations import FIRST_ID
from tests.support.broadcasts import add_focal_point, reminder_service, sender
from tests.support.harness import BotBench, texts
from tests.support.registration import admin, buttons, t

PDF = b"%PDF-1.4\n" + b"0" * 4000 + b"\n%%EOF\n"


def at(day: int, hour: int) -> datetime:
    return datetime(2013, 1, day, hour, 0, tzinfo=UTC)


def bot_uploads(bench: BotBench) -> list[str]:
    """The file names the bot uploaded with sendDocument (a re-send by file_id is a string)."""
    return [
        params["document"]["file_name"]
        for params in bench.emu.calls_to("sendDocument")
        if isinstance(params.get("document"), dict)
    ]


async def advance(bench: BotBench, when: datetime) -> None:
    """Move the clock and run what is due, as the JobQueue would have at that hour."""
    bench.clock.set(when)
    await reminder_service(bench.deps).tick()
    await sender(bench.deps).wait_idle(20)
    await bench.settle()


async def test_the_reminders_carry_each_language_its_document_uploaded_once(bench: BotBench) -> None:
    officer = await admin(bench)
    # Paris and New York are at work when the 14-day and the 7-day reminders are due.
    french = await add_focal_point(bench.db, bench.emu, 31_001, "FR", "fr")
    english = await add_focal_point(bench.db, bench.emu, 31_002, "US", "en")

    await bench.send(officer, "/schedule")
    await bench.press(officer, t(bench, "en", "schedule-documents-button"))  # the overview, edited
    assert t(bench, "en", "schedule-documents-ask", max=10) in (officer.transcript[-1].text or "")
    refused = texts(await bench.do(officer, lambda: officer.send_document(b"not a pdf", "fake.pdf", "application/pdf")))
    assert t(bench, "en", "comment-file-content", name="fake.pdf") in refused
    await bench.do(officer, lambda: officer.send_document(PDF + b"en", "note-verbale-en.pdf", "application/pdf"))
    shown = await bench.do(
        officer, lambda: officer.send_document(PDF + b"fr", "note-verbale-fr.pdf", "application/pdf")
    )
    assert t(bench, "en", "broadcast-file-received", name="note-verbale-fr.pdf") in texts(shown)
    again = texts(await bench.do(officer, lambda: officer.send_document(PDF + b"fr", "copy.pdf", "application/pdf")))
    assert t(bench, "en", "comment-file-duplicate", name="copy.pdf") in again
    for _ in range(3):  # everyone -> Arabic -> Chinese -> English
        await bench.press(officer, "note-verbale-en.pdf: for")
    for _ in range(4):  # ... -> French
        await bench.press(officer, "note-verbale-fr.pdf: for")
    labels = buttons(officer.transcript[-1])
    assert "note-verbale-en.pdf: for English" in labels and "note-verbale-fr.pdf: for French" in labels
    overview = texts(await bench.press(officer, t(bench, "en", "schedule-documents-back")))
    assert t(bench, "en", "schedule-documents-line", count=2) in overview

    stored = await reminder_files.files(bench.db, FIRST_ID)
    assert [(f.file_name, f.language) for f in stored] == [("note-verbale-en.pdf", "en"), ("note-verbale-fr.pdf", "fr")]
    assert len(await audit.entries(bench.db, "reminder_file.added")) == 2

    await advance(bench, at(11, 15))  # the 14-day reminder
    await advance(bench, at(18, 15))  # the 7-day reminder
    for point, mark, document in (
        (french, "Rappel du secrétariat", "note-verbale-fr.pdf"),
        (english, "Reminder from the secretariat", "note-verbale-en.pdf"),
    ):
        assert point.user is not None
        received = [(m.text or "") if m.document is None else m.document_name for m in point.user.transcript]
        reminders_seen = [i for i, item in enumerate(received) if mark in (item or "")]
        assert len(reminders_seen) == 2, received
        # Each reminder's text, then its document: the person's language's only.
        assert [received[i + 1] for i in reminders_seen] == [document, document]
        assert [m.document_name for m in point.user.transcript if m.document is not None] == [document, document]

    # Each document uploaded once across both reminders; every other copy went by file_id.
    assert sorted(bot_uploads(bench)) == ["note-verbale-en.pdf", "note-verbale-fr.pdf"]
    assert all(f.telegram_file_id for f in await reminder_files.files(bench.db, FIRST_ID))
    history = await bench.db.fetchall("SELECT id FROM broadcasts WHERE kind = 'reminder' ORDER BY id")
    assert len(history) == 2
    for row in history:
        copied = await communications.files(bench.db, row["id"])
        assert [(f.file_name, f.language) for f in copied] == [
            ("note-verbale-en.pdf", "en"),
            ("note-verbale-fr.pdf", "fr"),
        ]
        assert all(d.status is broadcasts.DeliveryStatus.SENT for d in await broadcasts.deliveries(bench.db, row["id"]))


async def test_a_removed_document_no_longer_goes_with_the_reminders(bench: BotBench) -> None:
    officer = await admin(bench)
    english = await add_focal_point(bench.db, bench.emu, 31_003, "US", "en")
    await bench.send(officer, "/schedule")
    await bench.press(officer, t(bench, "en", "schedule-documents-button"))
    await bench.do(officer, lambda: officer.send_document(PDF, "old-note.pdf", "application/pdf"))
    words = texts(await bench.send(officer, "Here it is"))
    assert t(bench, "en", "broadcast-files-only") in words  # text where files are asked: said, nothing lost
    await bench.press(officer, "Remove old-note.pdf")
    assert await reminder_files.files(bench.db, FIRST_ID) == []
    assert len(await audit.entries(bench.db, "reminder_file.removed")) == 1
    await advance(bench, at(11, 15))
    assert english.user is not None
    assert [m for m in english.user.transcript if m.document is not None] == []
    assert any("Reminder from the secretariat" in (m.text or "") for m in english.user.transcript)
