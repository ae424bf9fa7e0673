"""Several consultations at once (issue 13), what each flow does with the one concerned: the
facts of a draft's own consultation, a deep link naming a consultation, /export and /status
asking which, broadcasts of another consultation, imported submissions marked in XLSX and
DOCX, a copied round's own reference prefix and its new dates asked in chat."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from emulator import EmulatedUser, SentMessage
from prompts import Catalog
from storage import audit, consultations, drafts
from tests.support.broadcasts import add_focal_point, add_officer, reminder_service, sender
from tests.support.comments import focal_point, participant_id, t
from tests.support.harness import ADMIN_ID, BotBench, texts
from tests.support.processes import run_cli
from tests.support.registration import admin, invite, register

SECOND_DEADLINE = "2013-03-15T15:00:00+00:00"  # Friday 15 March 2013, 18:00 in Nairobi
SECOND_EMAIL = "second-round@example.org"


async def open_second(
    bench: BotBench,
    *,
    invited: list[str],
    prefix: str = "CWB",
    title: str | None = None,
    reminders: list[int] | None = None,
) -> int:
    """A second consultation, open: its own title, prefix, deadline, meeting, contact and States."""
    definition: dict[str, Any] = bench.deps.consultation.model_dump(mode="json")
    definition["reference_prefix"] = prefix
    definition["invited_countries"] = invited
    definition["title"] = {lang: title or f"Second round: {text}" for lang, text in definition["title"].items()}
    definition["dates"]["deadline"] = SECOND_DEADLINE
    definition["dates"]["meeting_start"] = "2013-04-10"
    definition["dates"]["meeting_end"] = "2013-04-11"
    definition["contact"]["email"] = SECOND_EMAIL
    if reminders is not None:
        definition["reminder_offsets_days"] = reminders
    record = await consultations.add(
        bench.db, definition, state=consultations.ConsultationState.OPEN, actor_id=None, source="test"
    )
    return record.id


async def write_from_topic(bench: BotBench, user: EmulatedUser, text: str) -> list[SentMessage]:
    """From the topic question (the consultation chosen) to the receipt."""
    consultation = bench.deps.consultation
    await bench.press(user, consultation.topics[0].name.en)
    await bench.press(user, consultation.comment_types[0].name.en)
    await bench.press(user, t(bench, "en", "comment-btn-no-paragraph"))
    await bench.send(user, text)
    await bench.press(user, t(bench, "en", "comment-btn-comment-done"))
    await bench.press(user, t(bench, "en", "comment-btn-skip-proposed"))
    await bench.press(user, t(bench, "en", "comment-btn-no-attachment"))
    return await bench.press(user, t(bench, "en", "comment-btn-submit"))


def second_title(bench: BotBench, language: str = "en") -> str:
    return f"Second round: {bench.deps.consultation.title.get(language)}"


async def test_a_draft_tells_the_facts_of_its_own_consultation(bench: BotBench) -> None:
    await open_second(bench, invited=["KE"])
    kenya = await focal_point(bench, 8101, country="KE")
    await bench.send(kenya, "/comment")
    intro = texts(await bench.press(kenya, second_title(bench)))
    assert t(bench, "en", "comment-intro", title=second_title(bench)) in intro
    assert "15 March 2013" in intro and "10 and 11 April 2013" in intro and SECOND_EMAIL in intro
    assert "25 January 2013" not in intro and "consultation@example.org" not in intro

    await bench.send(kenya, "/cancel")
    await bench.press(kenya, t(bench, "en", "comment-btn-discard"))
    await bench.send(kenya, "/comment")
    first = texts(await bench.press(kenya, bench.deps.consultation.title.en))
    assert "25 January 2013" in first and "consultation@example.org" in first and SECOND_EMAIL not in first


# -- a copied round: its dates asked in chat, its own reference prefix ---------------------------


async def test_a_copy_asks_its_dates_in_the_officers_language_and_gets_its_own_prefix(bench: BotBench) -> None:
    officer = bench.user(8201, language_code="fr")
    await add_officer(bench.db, 8201, "fr")
    await bench.send(officer, "/consultations")
    asked = texts(await bench.press(officer, t(bench, "fr", "consultations-btn-copy", id=1)))
    zone = Catalog.zone_city("fr", bench.deps.consultation.zone)
    assert t(bench, "fr", "consultations-copy-ask-deadline", id=1, zone=zone, example="2013-01-25 18:00") in asked

    # Each bad answer is named politely in French, and the question stays open.
    bad = texts(await bench.send(officer, "vendredi prochain"))
    assert t(bench, "fr", "schedule-bad-date", example="2013-01-25 18:00") in bad
    assert t(bench, "fr", "schedule-deadline-past") in texts(await bench.send(officer, "2012-12-01 10:00"))
    await bench.do(officer, lambda: officer.send_sticker())
    assert t(bench, "fr", "schedule-text-only") in texts(officer.transcript[-1:])
    meeting_asked = texts(await bench.send(officer, "2013-03-29 18:00"))
    deadline = Catalog.datetime("fr", datetime(2013, 3, 29, 15, 0, tzinfo=UTC), bench.deps.consultation.zone)
    assert t(bench, "fr", "consultations-copy-ask-meeting", deadline=deadline, example="2013-02-06 2013-02-07") in (
        meeting_asked
    )
    assert t(bench, "fr", "schedule-meeting-order") in texts(await bench.send(officer, "2013-04-04 2013-04-03"))
    early = texts(await bench.send(officer, "2013-03-20"))
    assert t(bench, "fr", "schedule-meeting-before-deadline", deadline=deadline) in early
    assert await consultations.get(bench.db, 2) is None  # nothing made before every answer is good

    done = texts(await bench.send(officer, "3.4.2013 - 4.4.2013"))
    meeting = Catalog.date_range("fr", date(2013, 4, 3), date(2013, 4, 4))
    expected = t(
        bench, "fr", "consultations-copied-dates", id=1, new=2, prefix="CWB", deadline=deadline, meeting=meeting
    )
    assert expected in done
    copy = await consultations.get(bench.db, 2)
    assert copy is not None and copy.definition is not None
    assert (copy.code, copy.state, copy.renews_id) == ("cwb-2013", consultations.ConsultationState.DRAFT, 1)
    assert consultations.references_of(copy.definition) == ("CWB", 2013)
    dates = (await bench.deps.effective_consultation(2)).dates
    assert (dates.deadline, dates.meeting_start, dates.meeting_end) == (
        datetime(2013, 3, 29, 15, 0, tzinfo=UTC),
        date(2013, 4, 3),
        date(2013, 4, 4),
    )
    assert dates.opens <= bench.deps.now()  # it can take comments as soon as it is opened
    [added] = await audit.entries(bench.db, "consultation.add")
    assert (added.consultation_id, added.details["source"], added.details["renews_id"]) == (2, "copy", 1)
    # The same last answer again (a redelivery) makes no second copy.
    await bench.send(officer, "2013-04-03 2013-04-04")
    assert [r.id for r in await consultations.all_records(bench.db)] == [1, 2]

    # A second copy of the first round, or a copy of the copy: the next letter each time.
    await bench.send(officer, "/consultations")
    await bench.press(officer, t(bench, "fr", "consultations-btn-open", id=2))
    for source, new, prefix in ((1, 3, "CWC"), (2, 4, "CWD")):
        await bench.send(officer, "/consultations")
        await bench.press(officer, t(bench, "fr", "consultations-btn-copy", id=source))
        await bench.send(officer, "2013-05-10 18:00")
        await bench.send(officer, "2013-05-20 2013-05-21")
        record = await consultations.get(bench.db, new)
        assert record is not None and record.definition is not None
        assert (consultations.references_of(record.definition), record.renews_id) == ((prefix, 2013), source)
    # /cancel while a copy is asked for makes none.
    await bench.send(officer, "/consultations")
    await bench.press(officer, t(bench, "fr", "consultations-btn-copy", id=1))
    assert t(bench, "fr", "consultations-copy-cancelled") in texts(await bench.send(officer, "/cancel"))
    assert len(await consultations.all_records(bench.db)) == 4


async def test_verify_finds_the_submission_of_each_round_by_its_own_reference(bench: BotBench) -> None:
    second = await open_second(bench, invited=["KE"])
    kenya = await focal_point(bench, 8301, country="KE")
    for title in (bench.deps.consultation.title.en, second_title(bench)):
        await bench.send(kenya, "/comment")
        await bench.press(kenya, title)
        await write_from_topic(bench, kenya, "Kenya's comment.")
    stored = await bench.db.fetchall("SELECT consultation_id, reference FROM submissions ORDER BY id")
    assert [tuple(r) for r in stored] == [(1, "CW-2013-0001"), (second, "CWB-2013-0001")]
    for reference, title in (
        ("CW-2013-0001", bench.deps.consultation.title.en),
        ("CWB-2013-0001", second_title(bench)),
    ):
        answer = texts(await bench.send(kenya, f"/verify {reference}"))
        assert t(bench, "en", "comment-receipt-consultation", title=title) in answer
        assert t(bench, "en", "verify-intact", reference=reference) in answer

    # A consultation imported with the first one's prefix: its references would repeat, and the
    # command line refuses it; one stored anyway (an older database) gets both checked, each named.
    refused = run_cli(
        "consultation",
        "import",
        "prompts/consultation.toml",
        env={"DATABASE_PATH": str(bench.database_path), "PYTHONPATH": str(Path.cwd())},
    )
    assert refused.returncode == 2
    assert "reference_prefix: CW-2013 is already used by consultation 1 (cw-2013)" in refused.stderr
    await open_second(bench, invited=["KE"], prefix="CW", title="Third")
    await bench.send(kenya, "/comment")
    await bench.press(kenya, "Third")
    await write_from_topic(bench, kenya, "Kenya again.")
    answers = await bench.send(kenya, "/verify CW-2013-0001")
    assert len(answers) == 2
    assert t(bench, "en", "comment-receipt-consultation", title=bench.deps.consultation.title.en) in answers[0].text
    assert t(bench, "en", "comment-receipt-consultation", title="Third") in (answers[1].text or "")
    assert all(t(bench, "en", "verify-intact", reference="CW-2013-0001") in (a.text or "") for a in answers)


# -- a link naming a consultation -------------------------------------------------------------


async def test_a_link_naming_a_consultation_leads_straight_into_commenting_on_it(bench: BotBench) -> None:
    second = await open_second(bench, invited=["KE"])
    kenya = await focal_point(bench, 8401, country="KE")
    opened = texts(await bench.send(kenya, f"/start c{second}"))
    assert t(bench, "en", "comment-intro", title=second_title(bench)) in opened
    assert t(bench, "en", "comment-choose-consultation") not in opened
    receipt = texts(await write_from_topic(bench, kenya, "Kenya, by the second round's link."))
    assert "CWB-2013-0001" in receipt

    # A draft open: kept, and the person told how to go on; a State not invited: told so.
    await bench.send(kenya, "/comment")
    await bench.press(kenya, bench.deps.consultation.title.en)
    await bench.press(kenya, bench.deps.consultation.topics[0].name.en)
    kept = texts(await bench.send(kenya, f"/start c{second}"))
    assert t(bench, "en", "comment-link-draft-open", title=second_title(bench)) in kept
    draft = await drafts.get(bench.db, await participant_id(bench, kenya))
    assert draft is not None and (draft.consultation_id, draft.data.topic_id) == (1, "saicm")
    senegal = await focal_point(bench, 8402, country="SN", name="Awa Diop")
    refused = texts(await bench.send(senegal, f"/start c{second}"))
    assert t(bench, "en", "comment-link-unavailable") in refused
    assert texts(await bench.send(senegal, "/start c99")).count(t(bench, "en", "comment-link-unavailable")) == 1

    # /invite with several consultations open to the State: one link per consultation; the
    # second's registers the focal point and goes straight to commenting on it.
    officer = await admin(bench)
    invited = await invite(bench, officer, "Kenya 2 30")
    links = texts(invited.replies)
    assert f"{invited.link}-c1" in links and f"{invited.link}-c{second}" in links
    assert t(bench, "en", "inv-link-for-consultation", id=second, title=second_title(bench), link="") in links
    newcomer = bench.user(8403)
    seen = texts(await register(bench, newcomer, "en", token=f"{invited.token}-c{second}"))
    assert t(bench, "en", "reg-done-approved", country="Kenya") in seen
    assert t(bench, "en", "comment-intro", title=second_title(bench)) in seen
    receipt = texts(await write_from_topic(bench, newcomer, "The newcomer on the second round."))
    assert "CWB-2013-0002" in receipt


# -- /status, /stats and /export ask which consultation ------------------------------------------


def picks(bench: BotBench, message: SentMessage) -> list[str]:
    return [label for row in message.buttons for label in row]


async def test_status_stats_and_export_ask_which_consultation(bench: BotBench) -> None:
    second = await open_second(bench, invited=["KE", "FR"])
    first_title = bench.deps.consultation.title.en
    kenya = await focal_point(bench, 8501, country="KE")
    await focal_point(bench, 8502, country="FR", name="Claire Martin")
    await focal_point(bench, 8503, country="SN", name="Awa Diop")
    for title in (first_title, second_title(bench)):
        await bench.send(kenya, "/comment")
        await bench.press(kenya, title)
        await write_from_topic(bench, kenya, f"Kenya on {title[:12]}.")
    await bench.send(kenya, "/comment")
    await bench.press(kenya, first_title)
    await write_from_topic(bench, kenya, "Kenya once more on the first round.")
    officer = bench.user(ADMIN_ID)
    labels = [f"No. 1: {first_title}", f"No. {second}: {second_title(bench)}"]

    asked = await bench.send(officer, "/status")
    assert asked[-1].text == t(bench, "en", "status-choose-consultation") and picks(bench, asked[-1]) == labels
    report = texts(await bench.press(officer, labels[1]))
    assert t(bench, "en", "consultations-of", id=second, title=second_title(bench)) in report
    assert t(bench, "en", "status-submitted", count=1) + "\nKenya" in report
    assert t(bench, "en", "status-registered", count=1) + "\nFrance" in report  # Senegal is not invited
    assert t(bench, "en", "status-invited", count=0) in report
    first = texts(await bench.send(officer, "/status 1"))
    assert t(bench, "en", "consultations-of", id=1, title=first_title) in first
    assert t(bench, "en", "status-registered", count=2) + "\nFrance and Senegal" in first
    assert t(bench, "en", "status-unknown-consultation", number="9") in texts(await bench.send(officer, "/status 9"))
    # /status NAME is one State's, across the consultations that invite it or hold its submissions.
    kenya_status = texts(await bench.send(officer, "/status Kenya"))
    assert t(bench, "en", "status-country-focal-points", count=1) in kenya_status
    assert t(bench, "en", "consultations-of", id=1, title=first_title) in kenya_status
    assert t(bench, "en", "consultations-of", id=second, title=second_title(bench)) in kenya_status
    assert kenya_status.count(t(bench, "en", "status-country-invited")) == 2
    first_part, second_part = kenya_status.split(
        t(bench, "en", "consultations-of", id=second, title=second_title(bench))
    )
    assert t(bench, "en", "status-country-submissions", count=2) in first_part and "CW-2013-0002" in first_part
    assert t(bench, "en", "status-country-submissions", count=1) in second_part and "CWB-2013-0001" in second_part
    senegal_status = texts(await bench.send(officer, "/status Senegal"))
    assert t(bench, "en", "consultations-of", id=second, title=second_title(bench)) not in senegal_status

    asked = await bench.send(officer, "/stats")
    assert asked[-1].text == t(bench, "en", "stats-choose-consultation") and picks(bench, asked[-1]) == labels
    assert t(bench, "en", "stats-total", count=2) in texts(await bench.press(officer, labels[0]))
    assert t(bench, "en", "stats-total", count=1) in texts(await bench.send(officer, f"/stats {second}"))

    # /export: which consultation first (each export covers one), then the format as ever.
    asked = await bench.send(officer, "/export")
    assert asked[-1].text == t(bench, "en", "export-choose-consultation")
    assert picks(bench, asked[-1]) == [*labels, t(bench, "en", "export-button-cancel")]
    assert t(bench, "en", "export-use-buttons") in texts(await bench.send(officer, "the second one"))
    await bench.press(officer, labels[1])
    await bench.press(officer, t(bench, "en", "export-format-jsonl"))
    sent = [m for m in await bench.press(officer, t(bench, "en", "export-button-create")) if m.document is not None]
    rows = [json.loads(line) for line in sent[0].document.decode("utf-8").splitlines()]  # type: ignore[union-attr]
    assert [row["reference"] for row in rows] == ["CWB-2013-0001"]
    # /export N still goes straight to the format.
    asked = await bench.send(officer, "/export 1")
    assert asked[-1].text == "\n\n".join(
        [t(bench, "en", "consultations-of", id=1, title=first_title), t(bench, "en", "export-choose-format")]
    )
    await bench.press(officer, t(bench, "en", "export-format-jsonl"))
    sent = [m for m in await bench.press(officer, t(bench, "en", "export-button-create")) if m.document is not None]
    rows = [json.loads(line) for line in sent[0].document.decode("utf-8").splitlines()]  # type: ignore[union-attr]
    assert [row["reference"] for row in rows] == ["CW-2013-0001", "CW-2013-0002"]
    entries = await audit.entries(bench.db, "export.create")
    assert [e.consultation_id for e in reversed(entries)] == [second, 1]


# -- broadcasts of another consultation ----------------------------------------------------------


async def test_a_broadcast_of_the_second_round_goes_to_its_invited_states_and_names_it(bench: BotBench) -> None:
    second = await open_second(bench, invited=["KE", "FR"])
    people = {
        country: await add_focal_point(bench.db, bench.emu, 8600 + index, country, language)
        for index, (country, language) in enumerate((("KE", "en"), ("FR", "fr"), ("SN", "fr"), ("JP", "en")))
    }
    officer = bench.user(ADMIN_ID)
    asked = await bench.send(officer, "/broadcast")
    assert asked[-1].text == t(bench, "en", "broadcast-choose-consultation")
    assert t(bench, "en", "broadcast-use-buttons") in texts(await bench.send(officer, "the second"))
    await bench.press(officer, f"No. {second}: {second_title(bench)}")
    await bench.press(officer, t(bench, "en", "broadcast-kind-custom"))
    await bench.send(officer, "The second round's meeting room has changed.")
    # The French version too (issue 17: a note is written once per language).
    await bench.press(officer, "French")
    await bench.send(officer, "La salle de réunion du second cycle a changé.")
    # The audiences count the focal points of the States the second round invites.
    await bench.press(officer, t(bench, "en", "broadcast-audience-all", count=2))
    preview = texts(officer.transcript[-3:])
    assert t(bench, "en", "consultations-of", id=second, title=second_title(bench)) in preview
    expected_fr = t(bench, "fr", "broadcast-custom-text-of", title=second_title(bench, "fr"), text="La salle").split(
        "La salle"
    )[0]
    assert expected_fr in preview
    await bench.press(officer, t(bench, "en", "broadcast-send-button"))
    await sender(bench.deps).wait_idle(30)
    await bench.settle()
    for country in ("KE", "FR"):
        user = people[country].user
        said = "meeting room has changed" if country == "KE" else "salle de réunion du second cycle a changé"
        assert user is not None and any(said in (m.text or "") for m in user.transcript)
        assert any(second_title(bench, people[country].language) in (m.text or "") for m in user.transcript)
    for country in ("SN", "JP"):
        user = people[country].user
        assert user is not None and not any(
            "meeting room" in (m.text or "") or "salle" in (m.text or "") for m in user.transcript
        )
    [row] = await bench.db.fetchall("SELECT consultation_id, kind FROM broadcasts")
    assert tuple(row) == (second, "custom")
    [entry] = await audit.entries(bench.db, "broadcast.create")
    assert entry.consultation_id == second

    # The renewed invitation of the second round: its button leads straight into a comment on it.
    await bench.send(officer, "/broadcast")
    await bench.press(officer, f"No. {second}: {second_title(bench)}")
    await bench.press(officer, t(bench, "en", "broadcast-kind-invitation"))
    await bench.press(officer, t(bench, "en", "broadcast-audience-not-submitted", count=2))
    await bench.press(officer, t(bench, "en", "broadcast-send-button"))
    await sender(bench.deps).wait_idle(30)
    await bench.settle()
    kenya = people["KE"].user
    assert kenya is not None
    invitation = next(m for m in reversed(kenya.transcript) if m.buttons)
    assert (invitation.text or "").startswith(second_title(bench))
    opened = texts(await bench.press(kenya, t(bench, "en", "menu-comment")))
    assert t(bench, "en", "comment-intro", title=second_title(bench)) in opened
    receipt = texts(await write_from_topic(bench, kenya, "Kenya, from the second round's invitation."))
    assert "CWB-2013-0001" in receipt


# -- imported submissions marked in XLSX and DOCX --------------------------------------------------


def cli(bench: BotBench, *args: str) -> Any:
    return run_cli(*args, env={"DATABASE_PATH": str(bench.database_path), "PYTHONPATH": str(Path.cwd())})


async def test_imported_submissions_are_marked_in_the_xlsx_and_the_docx(bench: BotBench) -> None:
    from docx import Document
    from openpyxl import load_workbook

    kenya = await focal_point(bench, 8701, country="KE")
    await bench.send(kenya, "/comment")
    await write_from_topic(bench, kenya, "Kenya through the bot.")
    imported = cli(bench, "import-submissions", "--consultation", "1", "prompts/samples/first_round_submissions.csv")
    assert imported.returncode == 0, imported.stderr

    book_path, docx_path = bench.tmp_path / "all.xlsx", bench.tmp_path / "all.docx"
    for fmt, path in (("xlsx", book_path), ("docx", docx_path)):
        made = cli(bench, "export", "--format", fmt, "--out", str(path), "--consultation", "1", "--quiet")
        assert made.returncode == 0, made.stderr
    sheet = load_workbook(book_path).worksheets[0]
    header = [cell.value for cell in sheet[1]]
    assert header[-1] == t(bench, "en", "export-col-source")
    by_reference = {row[0]: row[-1] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert by_reference["CW-2013-0001"] == t(bench, "en", "export-source-bot")
    assert by_reference["CW-2013-0002"] == "Imported: received by e-mail on 15 October 2012"
    assert sum(1 for value in by_reference.values() if str(value).startswith("Imported: received by e-mail")) == 11

    document = Document(str(docx_path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    marked = [text for text in cells if "Imported: received by e-mail on" in text]
    assert len(marked) == 11 and any("CW-2013-0002" in text for text in marked)
    own = next(text for text in cells if "CW-2013-0001" in text)
    assert "Imported" not in own


# -- the done-when story: two rounds at once, each with its States, deadline and reminders ----------


async def test_two_rounds_open_at_once_each_reminds_and_exports_its_own(bench: BotBench) -> None:
    """The first round (deadline 25 January 2013, reminders 14, 7, 2 and 1 days before, every
    State) and a second (deadline 15 March 2013, one reminder 10 days before, Kenya, France and
    Senegal) open at once. Kenya and France comment on both, Senegal on neither: each round
    reminds those that have not answered it, and exports its own submissions."""
    second = await open_second(bench, invited=["KE", "FR", "SN"], reminders=[10])
    first_title, second_en = bench.deps.consultation.title.en, second_title(bench)
    kenya = await focal_point(bench, 8801, country="KE")
    france = await focal_point(bench, 8802, country="FR", language="fr", name="Claire Martin")
    senegal = await focal_point(bench, 8803, country="SN", language="fr", name="Awa Diop")
    ids = {user.id: await participant_id(bench, user) for user in (kenya, france, senegal)}

    async def comment(user: EmulatedUser, title: str, text: str) -> str:
        await bench.send(user, "/comment")
        await bench.press(user, title)
        consultation = bench.deps.consultation
        language = "fr" if user is france else "en"
        await bench.press(user, consultation.topics[0].name.get(language))
        await bench.press(user, consultation.comment_types[0].name.get(language))
        await bench.press(user, t(bench, language, "comment-btn-no-paragraph"))
        await bench.send(user, text)
        await bench.press(user, t(bench, language, "comment-btn-comment-done"))
        await bench.press(user, t(bench, language, "comment-btn-skip-proposed"))
        await bench.press(user, t(bench, language, "comment-btn-no-attachment"))
        return texts(await bench.press(user, t(bench, language, "comment-btn-submit")))

    assert "CW-2013-0001" in await comment(kenya, first_title, "Kenya on the first round.")
    assert "CWB-2013-0001" in await comment(kenya, second_en, "Kenya on the second round.")
    assert "CWB-2013-0002" in await comment(france, second_title(bench, "fr"), "La France, deuxième série.")

    async def remind_at(when: datetime) -> None:
        bench.clock.set(when)
        await reminder_service(bench.deps).tick()
        await sender(bench.deps).wait_idle(30)
        await bench.settle()

    async def receipts() -> list[tuple[int, int, int]]:
        rows = await bench.db.fetchall(
            "SELECT consultation_id, offset_days, participant_id FROM reminder_receipts"
            " ORDER BY consultation_id, offset_days DESC, participant_id"
        )
        return [tuple(r) for r in rows]

    # The first round's 14-day reminder: France and Senegal have not answered it (Kenya has;
    # France's submission to the second round does not count).
    await remind_at(datetime(2013, 1, 11, 15, 0, tzinfo=UTC))
    assert await receipts() == [(1, 14, ids[france.id]), (1, 14, ids[senegal.id])]
    bench.clock.set(datetime(2013, 1, 12, 9, 0, tzinfo=UTC))
    assert "CW-2013-0002" in await comment(france, bench.deps.consultation.title.fr, "La France, première série.")
    await remind_at(datetime(2013, 1, 18, 15, 0, tzinfo=UTC))  # the first's 7-day: Senegal alone
    # Past the first round's deadline, its last reminders are skipped; the second's 10-day
    # reminder (5 March) goes to Senegal alone, the only State invited to it without a submission.
    await remind_at(datetime(2013, 3, 5, 15, 0, tzinfo=UTC))
    assert await receipts() == [
        (1, 14, ids[france.id]),
        (1, 14, ids[senegal.id]),
        (1, 7, ids[senegal.id]),
        (second, 10, ids[senegal.id]),
    ]
    reminded = [m.text or "" for m in senegal.transcript if "Rappel du secrétariat" in (m.text or "")]
    assert len(reminded) == 3
    assert second_title(bench, "fr") in reminded[-1] and "15 mars 2013" in reminded[-1]
    assert all(second_title(bench, "fr") not in text for text in reminded[:2])
    assert not any("Rappel du secrétariat" in (m.text or "") for m in kenya.transcript)
    france_reminders = [m for m in france.transcript if "Rappel du secrétariat" in (m.text or "")]
    assert len(france_reminders) == 1
    runs = [
        (e.consultation_id, e.details["offset_days"]) for e in reversed(await audit.entries(bench.db, "reminder.run"))
    ]
    assert runs == [(1, 14), (1, 7), (second, 10)]

    # Each round's export holds its own submissions, in its own references.
    for consultation_id, expected in (
        (1, [("CW-2013-0001", "KE"), ("CW-2013-0002", "FR")]),
        (second, [("CWB-2013-0001", "KE"), ("CWB-2013-0002", "FR")]),
    ):
        out = bench.tmp_path / f"round{consultation_id}.jsonl"
        made = cli(bench, "export", "--format", "jsonl", "--out", str(out), "--consultation", str(consultation_id))
        assert made.returncode == 0, made.stderr
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert [(row["reference"], row["country_code"]) for row in rows] == expected


async def test_help_tells_the_facts_of_the_one_consultation_open_to_the_state(bench: BotBench) -> None:
    """The first round closed, the second open to Kenya: /help gives the second's deadline and
    address; to a State the second does not invite, the first's as before."""
    await open_second(bench, invited=["KE"])
    await consultations.set_state(bench.db, 1, consultations.ConsultationState.CLOSED, actor_id=None)
    kenya = await focal_point(bench, 8901, country="KE")
    shown = texts(await bench.send(kenya, "/help"))
    assert t(bench, "en", "help-intro", title=second_title(bench)) in shown
    assert "15 March 2013" in shown and SECOND_EMAIL in shown
    senegal = await focal_point(bench, 8902, country="SN", name="Awa Diop")
    shown = texts(await bench.send(senegal, "/help"))
    assert "25 January 2013" in shown and SECOND_EMAIL not in shown
