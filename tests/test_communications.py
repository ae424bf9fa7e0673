"""Issue 17, as the secretariat officer and the focal points see it through the emulator: a note
written in several language versions (typed, and sent as one document), the version chosen for
a language without one, documents attached for everyone and for one language (each uploaded
once, then re-sent by file_id), templates, sending at a fixed time and at office hours (across
a restart, and cancelled), and the history with "send again to those not reached" and the
delivery report."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from typing import Any

from emulator import EmulatedUser
from services.reminders import office_hours_at
from storage import broadcasts, communications
from tests.support.broadcasts import INVITATION_MARK, FocalPoint, add_focal_point, add_officer, copies, sender
from tests.support.harness import ADMIN_ID, BotBench, texts

PDF = b"%PDF-1.4\n" + b"0" * 4000 + b"\n%%EOF\n"
NOTE_EN = "The secretariat wishes to inform you that the meeting room has changed."
NOTE_FR = "Le secrétariat souhaite vous informer que la salle de réunion a changé."
NOTE_ZH = "秘书处谨通知，会议室已变更。"
NOTE_AR = "تود الأمانة إبلاغكم بتغيير قاعة الاجتماع."
HEADING = {
    "en": "Message from the secretariat of the United Nations Environment Programme",
    "fr": "Message du secrétariat du Programme des Nations Unies pour l'environnement",
    "zh": "联合国环境规划署秘书处来函",
    "ar": "رسالة من أمانة برنامج الأمم المتحدة للبيئة",
}


def bot_uploads(bench: BotBench) -> list[str]:
    """The file names the bot uploaded with sendDocument (a re-send by file_id is a string)."""
    return [
        params["document"]["file_name"]
        for params in bench.emu.calls_to("sendDocument")
        if isinstance(params.get("document"), dict)
    ]


def documents(user: EmulatedUser) -> list[str]:
    return [m.document_name or "" for m in user.transcript if m.document is not None]


def notes(user: EmulatedUser, needle: str) -> list[str]:
    return [m.text or "" for m in user.transcript if needle in (m.text or "")]


async def people(bench: BotBench) -> dict[str, FocalPoint]:
    made = {}
    for telegram_id, country, language in (
        (20_001, "KE", "en"),
        (20_002, "FR", "fr"),
        (20_003, "CN", "zh"),
        (20_004, "EG", "ar"),
        (20_005, "RU", "ru"),
        (20_006, "SN", "fr"),
    ):
        made[f"{language}-{country}"] = await add_focal_point(bench.db, bench.emu, telegram_id, country, language)
    return made


async def test_a_note_in_four_versions_with_documents_reaches_each_focal_point_in_their_language(
    fast: BotBench,
) -> None:
    bench = fast
    points = await people(bench)
    officer = bench.user(ADMIN_ID)

    await bench.send(officer, "/broadcast")
    asked = texts(await bench.press(officer, "A text of my own"))
    assert "Please type the English version" in asked and "[ar], [zh], [en], [fr], [ru] or [es]" in asked
    asked = texts(await bench.send(officer, NOTE_EN))
    assert "The English version has been saved." in asked and "Please type the Arabic version" in asked
    assert "please choose the recipients" in asked
    # The other versions as one plain-text document, each under its language code.
    versions = f"[fr]\n{NOTE_FR}\n\n[zh]\n{NOTE_ZH}\n[ar]\n{NOTE_AR}\n".encode()
    read = texts(await bench.do(officer, lambda: officer.send_document(versions, "versions.txt", "text/plain")))
    assert "Versions read from “versions.txt”: Arabic, Chinese, French." in read
    assert "Versions missing: Russian, Spanish" in read
    first = texts(await bench.press(officer, "All approved focal points (6)"))
    assert NOTE_ZH in first and "It will be sent as soon as you press “Send”." in first
    # Documents, from the preview. One that is not what its name says is refused, as focal
    # points' attachments are.
    asked = texts(await bench.press(officer, "Attach or change documents"))
    assert "You may attach documents" in asked
    refused = await bench.do(officer, lambda: officer.send_document(b"not a pdf", "fake.pdf", "application/pdf"))
    assert "its content is not a valid PDF" in texts(refused)
    await bench.do(officer, lambda: officer.send_document(PDF, "information-note.pdf", "application/pdf"))
    shown = await bench.do(officer, lambda: officer.send_document(PDF + b"fr", "note-verbale.pdf", "application/pdf"))
    assert "Document received: note-verbale.pdf." in texts(shown)
    for _ in ("Arabic", "Chinese", "English", "French"):  # the button goes round the languages
        shown = await bench.press(officer, next(b for row in officer.buttons() for b in row if "note-verbale" in b))
    assert any("note-verbale.pdf: for French" in b for row in officer.buttons() for b in row)
    preview = texts(await bench.press(officer, "Continue"))
    for language, note in (("en", NOTE_EN), ("fr", NOTE_FR), ("zh", NOTE_ZH), ("ar", NOTE_AR)):
        assert note in preview and HEADING[language] in preview
    assert "Documents sent with it: information-note.pdf, note-verbale.pdf" in preview  # the French preview
    assert "No version in: Spanish (no recipient reads these languages)." in preview
    assert "No version in Russian: please choose with the buttons below which version its recipient will" in preview
    assert not any(b == "Send" for row in officer.buttons() for b in row), "no Send before the choice"

    # Saved as a template on the way (the versions only).
    await bench.press(officer, "Save as a template")
    saved = texts(await bench.send(officer, "Room change"))
    assert "saved as the template “Room change”" in saved
    confirmed = texts(await bench.press(officer, "Russian recipients: send the English version"))
    assert "No version in Russian: its recipient will receive the English version." in confirmed
    await bench.press(officer, "Send")
    await sender(bench.deps).wait_idle(60)
    await bench.settle()

    expected = {
        "en-KE": (NOTE_EN, ["information-note.pdf"]),
        "fr-FR": (NOTE_FR, ["information-note.pdf", "note-verbale.pdf"]),
        "fr-SN": (NOTE_FR, ["information-note.pdf", "note-verbale.pdf"]),
        "zh-CN": (NOTE_ZH, ["information-note.pdf"]),
        "ar-EG": (NOTE_AR, ["information-note.pdf"]),
        "ru-RU": (NOTE_EN, ["information-note.pdf"]),  # the version chosen for Russian
    }
    for key, (note, files) in expected.items():
        user = points[key].user
        assert user is not None
        assert len(notes(user, note)) == 1, key
        assert documents(user) == files, key
        assert user.transcript[0].text and note in user.transcript[0].text, "the note first, then its documents"
    # Each document uploaded once; every other copy went by file_id.
    assert sorted(bot_uploads(bench)) == ["information-note.pdf", "note-verbale.pdf"]
    stored = await communications.files(bench.db, 1)
    assert [f.file_name for f in stored] == ["information-note.pdf", "note-verbale.pdf"]
    assert all(f.telegram_file_id for f in stored) and stored[1].language == "fr"
    rows = await broadcasts.deliveries(bench.db, 1)
    assert all(r.status is broadcasts.DeliveryStatus.SENT for r in rows)
    assert {r.parts_sent for r in rows} == {2, 3}

    # The template: listed, used (its versions come back), and deleted.
    await bench.send(officer, "/broadcast")
    listed = texts(await bench.press(officer, "A saved template"))
    assert "• Room change (Arabic, Chinese, English, French)" in listed
    used = texts(await bench.press(officer, "Use “Room change”"))
    assert "The template “Room change” has been loaded." in used
    assert "Versions given: Arabic, Chinese, English, French" in used
    await bench.send(officer, "/cancel")
    await bench.send(officer, "/broadcast")
    await bench.press(officer, "A saved template")
    gone = texts(await bench.press(officer, "Delete “Room change”"))
    assert "The template has been deleted." in gone
    assert await communications.templates(bench.db, 1) == []


async def test_scheduled_sends_survive_a_restart_can_be_cancelled_and_the_history_resends_to_those_not_reached(
    fast: BotBench,
) -> None:
    bench = fast
    points = await people(bench)
    blocked = points["zh-CN"].user
    assert blocked is not None
    blocked.block()
    officer = bench.user(ADMIN_ID)

    # 1. The renewed invitation at each country's office hours (Thursday 10 January 2013, 06:30
    # UTC: 09:30 in Nairobi, Moscow and 14:30 in Beijing; not yet 09:00 in Paris, Cairo, Dakar).
    bench.clock.set(datetime(2013, 1, 10, 6, 30, tzinfo=UTC))
    now = bench.deps.now()
    later = {key for key, p in points.items() if office_hours_at(now, p.country) is not None}
    assert later == {"fr-FR", "ar-EG", "fr-SN"}
    await bench.send(officer, "/broadcast")
    await bench.press(officer, "Renewed invitation")
    await bench.press(officer, "All approved focal points (6)")
    await bench.press(officer, "Change when it is sent")
    preview = texts(await bench.press(officer, "At the next office hours in each recipient's country"))
    assert f"now to {6 - len(later)} recipients, later to {len(later)}" in preview
    await bench.press(officer, "Send")
    await sender(bench.deps).wait_idle(30)
    for key, point in points.items():
        assert point.user is not None
        got = [m for m in point.user.transcript if m.text]
        assert len(got) == (0 if key in later or key == "zh-CN" else 1), key

    # 2. A note at a fixed time in the officer's time zone (Nairobi: 15:00 there is 12:00 UTC).
    await bench.send(officer, "/broadcast")
    await bench.press(officer, "A text of my own")
    await bench.send(officer, NOTE_EN)
    await bench.press(officer, "Countries I choose")
    await bench.send(officer, "Kenya, France")
    await bench.press(officer, "Done")
    await bench.press(officer, "Change when it is sent")
    await bench.press(officer, "At a date and time I give")
    assert "already passed" in texts(await bench.send(officer, "2013-01-09 15:00"))
    preview = texts(await bench.send(officer, "2013-01-10 15:00"))
    assert "It will be sent on 10 January 2013, 15:00 (Nairobi time)." in preview
    confirmed = texts(await bench.press(officer, "French recipients: send the English version"))
    assert "its recipient will receive the English version" in confirmed
    await bench.press(officer, "Send")
    # 3. The same again, to be cancelled.
    await bench.send(officer, "/broadcast")
    await bench.press(officer, "Renewed invitation")
    await bench.press(officer, "Countries I choose")
    await bench.send(officer, "Kenya")
    await bench.press(officer, "Done")
    await bench.press(officer, "Change when it is sent")
    await bench.press(officer, "At a date and time I give")
    await bench.send(officer, "2013-01-10 15:00")
    await bench.press(officer, "Send")

    # Both survive a restart: persisted, and re-armed by the sender at start.
    await bench.restart()
    officer = bench.user(ADMIN_ID)
    listed = texts(await bench.send(officer, "/broadcasts"))
    assert "(page 1 of 1; 3 in all)" in listed
    assert "No. 2: Message from the secretariat, queued on 10 January 2013, 09:30 (Nairobi time) for" in listed
    await bench.press(officer, "No. 3")
    cancelled = texts(await bench.press(officer, "Cancel the scheduled send (1)"))
    assert "The scheduled send of broadcast 3 has been cancelled: 1 messages will not be sent." in cancelled
    assert "the scheduled send was cancelled" in cancelled

    # 12:01 UTC: the note's time has come, and office hours in Paris, Cairo and Dakar too.
    bench.clock.set(datetime(2013, 1, 10, 12, 1, tzinfo=UTC))
    await sender(bench.deps).wait_idle(30)
    kenya, france = points["en-KE"].user, points["fr-FR"].user
    assert kenya is not None and france is not None
    assert len(notes(kenya, NOTE_EN)) == 1 and len(notes(france, NOTE_EN)) == 1
    for key, point in points.items():
        assert point.user is not None
        expected = 0 if key == "zh-CN" else 1  # and no. 3, cancelled, never went to Kenya
        assert copies(point.user, INVITATION_MARK[point.language]) == expected, key

    # 4. The history of the invitation: who it did not reach and why; the Chinese focal point
    # unblocks the bot, and "send again" queues exactly them.
    await bench.send(officer, "/broadcasts")
    shown = texts(await bench.press(officer, "No. 1"))
    assert "Recipients: 6. Sent: 5. In doubt: 0. Failed: 0. Blocked or unreachable: 1." in shown
    assert "Not reached (1):" in shown and "• China: Focal point 20003 (has blocked the bot)" in shown
    blocked.unblock()
    await bench.settle()
    queued = texts(await bench.press(officer, "Send again to those not reached (1)"))
    assert "Broadcast 4 has been queued: broadcast 1 again, to the 1 recipients it did not reach." in queued
    await sender(bench.deps).wait_idle(30)
    assert sum("致各国家联络人" in (m.text or "") for m in blocked.transcript) == 1
    resent = await broadcasts.deliveries(bench.db, 4)
    assert [r.participant_id for r in resent] == [points["zh-CN"].participant_id]

    # 5. The delivery report, as CSV and XLSX, in the officer's language.
    await bench.send(officer, "/broadcasts")
    await bench.press(officer, "No. 1")
    mark = officer.mark()
    await bench.press(officer, "Delivery report (CSV)")
    await bench.press(officer, "Delivery report (XLSX)")
    files = [m for m in officer.since(mark) if m.document is not None]
    assert [f.document_name for f in files] == ["broadcast-1-deliveries.csv", "broadcast-1-deliveries.xlsx"]
    assert files[0].document is not None and files[1].document is not None
    table = list(csv.reader(io.StringIO(files[0].document.decode("utf-8-sig"))))
    assert table[0][:4] == ["Country", "Name", "Language", "Status"]
    by_country: dict[str, Any] = {row[0]: row for row in table[1:]}
    assert by_country["China"][3] == "unreachable" and by_country["China"][4] == "has blocked the bot"
    assert by_country["Kenya"][3] == "sent"
    assert files[1].document.startswith(b"PK")


async def test_the_history_and_the_versions_step_speak_the_officers_language(fast: BotBench) -> None:
    """A French-speaking and an Arabic-speaking officer: the steps and the history in their language."""
    bench = fast
    await people(bench)
    for telegram_id, language, marks in (
        (ADMIN_ID, "fr", ("Veuillez saisir la version en français", "Aucune diffusion ni aucun rappel")),
        (7001, "ar", ("يُرجى كتابة صيغة الرسالة باللغة", "لم يُرسل أي تعميم أو تذكير بعد")),
        (7002, "zh", ("请输入该消息的中文版本", "尚未发送任何群发或提醒。")),
    ):
        await add_officer(bench.db, telegram_id, language)
        officer = bench.user(telegram_id, language_code=language)
        assert marks[1] in texts(await bench.send(officer, "/broadcasts"))
        await bench.send(officer, "/broadcast")
        label = bench.deps.catalog.t(language, "broadcast-kind-custom")
        assert marks[0] in texts(await bench.press(officer, label))
        await bench.send(officer, "/cancel")


async def test_bad_versions_documents_times_and_names_get_a_polite_answer_and_lose_nothing(fast: BotBench) -> None:
    bench = fast
    await people(bench)
    officer = bench.user(ADMIN_ID)
    await bench.send(officer, "/broadcast")
    await bench.press(officer, "A text of my own")
    for data, name, mime, answer in (
        (b"Some text with no language line", "versions.txt", "text/plain", "could not be read from “versions.txt”"),
        (b"[en]\nOne\n[en]\nTwice\n", "twice.txt", "text/plain", "each language once"),
        (PDF, "versions.pdf", "application/pdf", "please send a plain-text document (.txt)"),
    ):
        shown = texts(await bench.do(officer, lambda d=data, n=name, m=mime: officer.send_document(d, n, m)))
        assert answer in shown, shown
    await bench.send(officer, NOTE_EN)
    # The English version is kept through all of it; a French one typed after pressing French.
    await bench.press(officer, "French")
    asked = texts(await bench.send(officer, NOTE_FR))
    assert "Versions given: English, French" in asked
    await bench.press(officer, "Countries I choose")
    await bench.send(officer, "France, Senegal")
    preview = texts(await bench.press(officer, "Done"))
    assert NOTE_FR in preview and "No version in French" not in preview
    await bench.press(officer, "Change when it is sent")
    await bench.press(officer, "At a date and time I give")
    assert "could not be read" in texts(await bench.send(officer, "tomorrow morning"))
    preview = texts(await bench.send(officer, "2013-01-11"))
    assert "It will be sent on 11 January 2013, 09:00 (Nairobi time)." in preview
    await bench.press(officer, "Save as a template")
    assert "at most 60 characters" in texts(await bench.do(officer, officer.send_sticker))
    assert "at most 60 characters" in texts(await bench.send(officer, "x" * 61))
    assert "saved as the template “Salle”" in texts(await bench.send(officer, "Salle"))
    await bench.press(officer, "Send")
    rows = await broadcasts.deliveries(bench.db, 1)
    assert len(rows) == 2 and all(r.next_attempt_at == datetime(2013, 1, 11, 6, 0, tzinfo=UTC) for r in rows)
    found = await broadcasts.get(bench.db, 1)
    assert found is not None and found.texts == {"en": NOTE_EN, "fr": NOTE_FR}


async def test_the_history_is_paged_newest_first(fast: BotBench) -> None:
    bench = fast
    await people(bench)
    members = await broadcasts.audience_members(bench.db, broadcasts.Audience())
    for _ in range(communications.PAGE_SIZE + 2):
        await broadcasts.create(
            bench.db,
            kind=broadcasts.MessageKind.INVITATION,
            audience=broadcasts.Audience(),
            recipients=[broadcasts.recipient_for(m, datetime(2013, 2, 1, tzinfo=UTC)) for m in members],
            now=bench.deps.now(),
            created_by=None,
            actor_telegram_id=None,
        )
    officer = bench.user(ADMIN_ID)
    first = texts(await bench.send(officer, "/broadcasts"))
    assert "(page 1 of 2; 10 in all)" in first and "No. 10: Renewed invitation" in first
    assert "No. 2:" not in first and "Still to be sent: 6." in first
    await bench.press(officer, "Older")  # the list is shown again in place, one page further
    page = next(m.text or "" for m in officer.transcript if m.text and "(page 2 of 2" in m.text)
    assert "No. 1: Renewed invitation" in page and "No. 10:" not in page
