"""Consultations as data (issue 13): the upgrade of a single-consultation database, the
`consultbot consultation` commands, and a running bot that sees a new one without a restart."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from emulator import EmulatedUser, SentMessage
from handlers.comments.states import ConsultationChosen
from prompts import DEFAULT_CONSULTATION_FILE, load_consultation
from storage import Database, audit, broadcasts, consultation_status, consultations, drafts, imports, submissions
from storage.broadcasts import Audience, AudienceKind
from storage.db import available_migrations, split_sql
from storage.imports import ImportedSubmission
from tests.support.broadcasts import add_focal_point, add_submission, reminder_service, sender
from tests.support.comments import focal_point, participant_id, submit_comment, t
from tests.support.harness import ADMIN_ID, BotBench, texts
from tests.support.processes import run_cli

CONSULTATIONS_MIGRATION = 7


def todays_database(path: Path) -> None:
    """A database as the single-consultation bot left it: every migration before the one that
    brought consultations as data, and a row in each table that becomes per consultation."""
    with sqlite3.connect(path) as raw:
        for migration in available_migrations():
            if migration.version >= CONSULTATIONS_MIGRATION:
                break
            for statement in split_sql(migration.sql):
                raw.execute(statement)
            raw.execute(f"PRAGMA user_version = {migration.version}")
        for statement in split_sql(
            """
            INSERT INTO participants (id, telegram_id, chat_id, country_code, full_name, language, role,
                                      status, created_at, updated_at)
                 VALUES (1, 501, 501, 'KE', 'Amina Wanjiru', 'en', 'focal_point', 'approved', :t, :t);
            INSERT INTO consultation (id, deadline, updated_by, updated_at)
                 VALUES (1, '2013-01-28T15:00:00+00:00', 9, :t);
            INSERT INTO submissions (id, seq, reference, country_code, participant_id, status, current_version,
                                     created_at, updated_at)
                 VALUES (7, 1, 'CW-2013-0001', 'KE', 1, 'submitted', 1, :t, :t),
                        (8, 2, 'CW-2013-0002', 'KE', 1, 'withdrawn', 1, :t, :t);
            INSERT INTO submission_versions (id, submission_id, version, participant_id, topic_id, comment_type_id,
                                             comment, fingerprint, submitted_at)
                 VALUES (70, 7, 1, 1, 'saicm', 'specific', 'First comment', 'abc', :t),
                        (80, 8, 1, 1, 'saicm', 'specific', 'Second comment', 'def', :t);
            INSERT INTO comment_drafts (id, participant_id, submission_id, step, data, created_at, updated_at)
                 VALUES (3, 1, 7, 'comment', '{}', :t, :t);
            INSERT INTO reminders (id, offset_days, due_at, status, created_at)
                 VALUES (4, 7, '2013-01-21T15:00:00+00:00', 'sent', :t);
            INSERT INTO reminder_receipts (offset_days, participant_id, reminder_id, sent_at)
                 VALUES (7, 1, 4, :t);
            INSERT INTO broadcasts (id, kind, status, created_at, reminder_id)
                 VALUES (5, 'reminder', 'done', :t, 4);
            INSERT INTO audit_log (at, actor_id, action, subject)
                 VALUES (:t, 1, 'comment.submit', 'CW-2013-0001'),
                        (:t, 9, 'participant.approve', '1');
            """
        ):
            raw.execute(statement, {"t": "2013-01-10T09:00:00+00:00"})


async def test_a_single_consultation_database_upgrades_in_place(tmp_path: Path) -> None:
    path = tmp_path / "today.sqlite3"
    todays_database(path)
    db = await Database.open(path)
    try:
        assert await db.integrity_check() == "ok"
        assert await db.fetchall("PRAGMA foreign_key_check") == []
        [first] = await consultations.all_records(db)
        assert (first.id, first.state, first.definition) == (1, consultations.ConsultationState.OPEN, None)
        assert first.deadline is not None and first.deadline.isoformat() == "2013-01-28T15:00:00+00:00"

        # Every row keeps its meaning: the same ids, references and versions, all in consultation 1.
        kept = await submissions.get_by_reference(db, "CW-2013-0001", consultation_id=1)
        assert kept is not None and (kept.id, kept.seq, kept.consultation_id, kept.imported) == (7, 1, 1, False)
        assert [v.comment for v in await submissions.versions(db, 7)] == ["First comment"]
        assert await db.fetchval("SELECT consultation_id FROM comment_drafts WHERE id = 3") == 1
        assert await db.fetchval("SELECT consultation_id FROM reminders WHERE id = 4") == 1
        assert await db.fetchval("SELECT consultation_id FROM reminder_receipts WHERE reminder_id = 4") == 1
        assert await db.fetchval("SELECT consultation_id FROM broadcasts WHERE id = 5") == 1
        scoped = await db.fetchall("SELECT action, consultation_id FROM audit_log ORDER BY id")
        assert [tuple(r) for r in scoped] == [("comment.submit", 1), ("participant.approve", None)]

        # The next submission of consultation 1 continues its numbering; a second consultation
        # numbers its own from 1 (references are unique per consultation).
        async with db.transaction() as tx:
            assert await submissions.next_seq_tx(tx, 1) == 3
        definition = load_consultation().model_dump(mode="json")
        await consultations.ensure_first(db, definition)
        second = await consultations.add(db, definition, actor_id=None, source="test")
        assert (second.id, second.code, second.state) == (2, "cw-2013-2", consultations.ConsultationState.DRAFT)
        async with db.transaction() as tx:
            assert await submissions.next_seq_tx(tx, second.id) == 1
        assert (await consultations.get(db, 1)).code == "cw-2013"  # type: ignore[union-attr]
    finally:
        await db.close()


# -- consultbot consultation import | export | list ----------------------------------------


def cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, env={"DATABASE_PATH": str(tmp_path / "bot.sqlite3"), "PYTHONPATH": str(Path.cwd())})


def second_round_file(tmp_path: Path) -> Path:
    """The shipped definition as another consultation: its own prefix, dates and invited States."""
    text = DEFAULT_CONSULTATION_FILE.read_text(encoding="utf-8")
    text = text.replace('reference_prefix = "CW"', 'reference_prefix = "CWB"')
    text = text.replace("invited_countries = []", 'invited_countries = ["KE", "FR"]')
    path = tmp_path / "second.toml"
    path.write_text(text, encoding="utf-8")
    return path


async def test_a_running_bot_sees_an_imported_consultation_and_it_exports_back(bench: BotBench) -> None:
    tmp_path = bench.tmp_path
    [first] = await bench.deps.consultations()
    assert (first.id, first.code, first.state) == (1, "cw-2013", consultations.ConsultationState.OPEN)

    added = cli(tmp_path, "consultation", "import", str(second_round_file(tmp_path)), "--open")
    assert added.returncode == 0, added.stderr
    assert added.stdout.startswith("added consultation 2 (cwb-2013, open)")
    # No restart: the next read sees what another process committed.
    records = await bench.deps.consultations()
    assert [(r.id, r.code, r.state.value) for r in records] == [(1, "cw-2013", "open"), (2, "cwb-2013", "open")]
    second = await bench.deps.effective_consultation(2)
    assert (second.reference_prefix, second.invited_countries) == ("CWB", ["KE", "FR"])

    listed = cli(tmp_path, "consultation", "list")
    assert listed.returncode == 0, listed.stderr
    assert [line.split()[:3] for line in listed.stdout.splitlines()[1:]] == [
        ["1", "cw-2013", "open"],
        ["2", "cwb-2013", "open"],
    ]

    out = tmp_path / "exported.toml"
    exported = cli(tmp_path, "consultation", "export", "2", "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    assert load_consultation(out) == second  # the round trip gives the same definition
    assert load_consultation(out) == load_consultation(second_round_file(tmp_path))
    audit_entries = await audit.entries(bench.db, "consultation.add")
    assert [(e.subject, e.consultation_id, e.details["source"]) for e in audit_entries] == [("cwb-2013", 2, "cli")]


async def test_an_invalid_definition_is_refused_with_line_and_field_and_nothing_is_added(tmp_path: Path) -> None:
    good = second_round_file(tmp_path).read_text(encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text(
        good.replace('timezone = "Africa/Nairobi"', 'timezone = "Mars/Olympus"').replace(
            'id = "saicm"', 'id = "SAICM!"'
        ),
        encoding="utf-8",
    )
    timezone_line = 1 + next(i for i, line in enumerate(good.splitlines()) if line.startswith("timezone"))
    topic_line = 1 + next(i for i, line in enumerate(good.splitlines()) if line.strip() == 'id = "saicm"')
    refused = cli(tmp_path, "consultation", "import", str(bad))
    assert refused.returncode == 2
    assert f"timezone: Value error, unknown IANA time zone 'Mars/Olympus' (line {timezone_line})" in refused.stderr
    assert "topics.0.id: String should match pattern" in refused.stderr
    assert f"(line {topic_line})" in refused.stderr
    broken = tmp_path / "broken.toml"
    broken.write_text('reference_prefix = "CW"\ntitle = ]\n', encoding="utf-8")
    assert "line 2" in cli(tmp_path, "consultation", "import", str(broken)).stderr
    db = await Database.open(tmp_path / "bot.sqlite3")
    try:
        assert [r.id for r in await consultations.all_records(db)] == [1]  # only the first, from migration
        assert await audit.entries(db, "consultation.add") == []
    finally:
        await db.close()


# -- consultbot import-submissions ----------------------------------------------------------

SAMPLE = Path("prompts/samples/first_round_submissions.csv")


async def test_the_first_round_by_e_mail_is_imported_and_exported_with_the_bots_own(bench: BotBench) -> None:
    user = await focal_point(bench, 7301)
    own = await submit_comment(bench, user)
    assert own == "CW-2013-0001"

    imported = cli(bench.tmp_path, "import-submissions", "--consultation", "1", str(SAMPLE))
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.startswith("imported 11 submission(s) into consultation 1 (CW-2013-0002 to CW-2013-0012)")

    out = bench.tmp_path / "all.jsonl"
    exported = cli(bench.tmp_path, "export", "--format", "jsonl", "--out", str(out), "--consultation", "1", "--quiet")
    assert exported.returncode == 0, exported.stderr
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["reference"] for line in lines] == [f"CW-2013-{n:04d}" for n in range(1, 13)]
    assert lines[0]["source"] is None and lines[0]["focal_point"] == "Amina Otieno"
    first_round = lines[1:]
    assert {line["country_code"] for line in first_round} == {
        *("KE", "CN", "FR", "RU", "MX", "EG", "NO", "JP", "BR", "CH"),
        "EU",
    }
    assert {line["source"] for line in first_round} == {"e-mail"}
    assert first_round[0]["received_on"] == "2012-10-15"
    assert all(len(line["fingerprint"]) == 64 for line in first_round)
    assert all(
        line["comment"].startswith(("SAMPLE", "样例", "EXEMPLE", "ОБРАЗЕЦ", "MUESTRA", "نموذج")) for line in lines[1:]
    )
    # Fingerprints like the bot's own: recomputed from what is stored, they match.
    for reference in ("CW-2013-0002", "CW-2013-0012"):
        found = await submissions.get_by_reference(bench.db, reference, consultation_id=1)
        assert found is not None and found.imported
        assert all(check.intact for check in await submissions.verify(bench.db, found.id, bench.attachments_dir))
    [entry] = await audit.entries(bench.db, "submission.import")
    assert (entry.consultation_id, entry.details["rows"]) == (1, 11)


async def test_an_invalid_import_file_is_refused_by_line_and_nothing_is_written(tmp_path: Path) -> None:
    folder = tmp_path / "received"
    folder.mkdir()
    (folder / "kenya.pdf").write_bytes(b"%PDF-1.4 sample letter\n%%EOF\n")
    good = {"country_code": "KE", "topic_id": "basel", "comment_type_id": "specific", "comment": "Sample."}
    source = tmp_path / "input.jsonl"
    source.write_text(
        "\n".join(
            json.dumps(row)
            for row in (
                {**good, "received_on": "2012-11-02", "attachments": ["kenya.pdf"], "focal_point": "Ms. A. Otieno"},
                {**good, "country_code": "XX", "received_on": "2012-11-03"},
                {**good, "topic_id": "nuclear", "comment": " ", "paragraph": 99},
            )
        )
        + "\n",
        encoding="utf-8",
    )
    first = cli(tmp_path, "migrate")
    assert first.returncode == 0, first.stderr
    refused = cli(tmp_path, "import-submissions", "--consultation", "1", str(source), "--attachments", str(folder))
    assert refused.returncode == 65
    assert "input.jsonl: line 2: country_code: 'XX' is not a known State" in refused.stderr
    assert "input.jsonl: line 3: topic_id: 'nuclear' is not a topic of this consultation" in refused.stderr
    assert "input.jsonl: line 3: paragraph: the document has no paragraph 99" in refused.stderr
    assert "input.jsonl: line 3: comment: missing" in refused.stderr
    assert "input.jsonl: line 3: received_on: missing" in refused.stderr
    assert "line 1" not in refused.stderr and "2 of 3 row(s) are invalid; nothing imported" in refused.stderr

    db = await Database.open(tmp_path / "bot.sqlite3")
    try:
        assert await submissions.count(db) == 0 and await audit.entries(db, "submission.import") == []
    finally:
        await db.close()

    partly = cli(
        tmp_path,
        "import-submissions",
        "--consultation",
        "1",
        str(source),
        "--attachments",
        str(folder),
        "--skip-invalid",
    )
    assert partly.returncode == 0, partly.stderr
    assert partly.stdout.startswith("imported 1 submission(s) into consultation 1 (CW-2013-0001 to CW-2013-0001)")
    db = await Database.open(tmp_path / "bot.sqlite3")
    try:
        found = await submissions.get_by_reference(db, "CW-2013-0001", consultation_id=1)
        assert found is not None and (found.source, str(found.received_on), found.submitted_by) == (
            "e-mail",
            "2012-11-02",
            "Ms. A. Otieno",
        )
        [version] = await submissions.versions(db, found.id)
        assert [(a.file_name, a.mime_type) for a in version.attachments] == [("kenya.pdf", "application/pdf")]
        assert all(check.intact for check in await submissions.verify(db, found.id, tmp_path / "attachments"))
    finally:
        await db.close()


# -- two consultations open at once -----------------------------------------------------------


async def open_second_round(bench: BotBench, *, invited: list[str]) -> int:
    """A second consultation, open, with its own title, prefix, deadline and invited States."""
    definition = bench.deps.consultation.model_dump(mode="json")
    definition["reference_prefix"] = "CWB"
    definition["invited_countries"] = invited
    definition["title"] = {lang: f"Second round: {text}" for lang, text in definition["title"].items()}
    definition["dates"]["deadline"] = "2013-03-15T15:00:00+00:00"
    record = await consultations.add(
        bench.db, definition, state=consultations.ConsultationState.OPEN, actor_id=None, source="test"
    )
    return record.id


async def comment_on(bench: BotBench, user: EmulatedUser, title: str | None, text: str) -> list[SentMessage]:
    """/comment (choosing the consultation by its title, if asked) through to the receipt."""
    asked = await bench.send(user, "/comment")
    if title is not None:
        assert asked[-1].text == t(bench, "en", "comment-choose-consultation")
        await bench.press(user, title)
    consultation = bench.deps.consultation
    await bench.press(user, consultation.topics[0].name.en)
    await bench.press(user, consultation.comment_types[0].name.en)
    await bench.press(user, t(bench, "en", "comment-btn-no-paragraph"))
    await bench.send(user, text)
    await bench.press(user, t(bench, "en", "comment-btn-comment-done"))
    await bench.press(user, t(bench, "en", "comment-btn-skip-proposed"))
    await bench.press(user, t(bench, "en", "comment-btn-no-attachment"))
    return await bench.press(user, t(bench, "en", "comment-btn-submit"))


async def test_two_consultations_open_at_once_each_focal_point_comments_on_both(bench: BotBench) -> None:
    second = await open_second_round(bench, invited=["KE", "FR"])
    first_title = bench.deps.consultation.title.en
    second_title = f"Second round: {first_title}"
    kenya = await focal_point(bench, 7401, country="KE")
    france = await focal_point(bench, 7402, country="FR", name="Claire Martin")
    senegal = await focal_point(bench, 7403, country="SN", name="Awa Diop")

    choice = await bench.send(kenya, "/comment")
    assert [row[0] for row in choice[-1].buttons] == [first_title, second_title]
    for user, country in ((kenya, "Kenya"), (france, "France")):
        receipt = texts(await comment_on(bench, user, second_title, f"{country} on the second round."))
        assert t(bench, "en", "comment-receipt-consultation", title=second_title) in receipt
        if user is kenya:
            # A reminder (and /status) of the first round never counts a submission to the second.
            kenya_id = await participant_id(bench, kenya)
            assert not await broadcasts.country_has_submitted(bench.db, kenya_id, 1)
            assert await broadcasts.country_has_submitted(bench.db, kenya_id, second)
            not_yet = Audience(kind=AudienceKind.NOT_SUBMITTED)
            assert "KE" in {m.country_code for m in await broadcasts.audience_members(bench.db, not_yet, 1)}
            assert "KE" not in {m.country_code for m in await broadcasts.audience_members(bench.db, not_yet, second)}
            assert await consultation_status.submitted_countries(bench.db, 1) == set()
        receipt = texts(await comment_on(bench, user, first_title, f"{country} on the first round."))
        assert t(bench, "en", "comment-receipt-consultation", title=first_title) in receipt
    # Senegal is not invited to the second round: /comment goes straight to the first.
    receipt = texts(await comment_on(bench, senegal, None, "Senegal on the first round."))
    assert "CW-2013-0003" in receipt

    stored = await bench.db.fetchall(
        "SELECT consultation_id, reference, country_code FROM submissions ORDER BY consultation_id, seq"
    )
    assert [tuple(r) for r in stored] == [
        (1, "CW-2013-0001", "KE"),
        (1, "CW-2013-0002", "FR"),
        (1, "CW-2013-0003", "SN"),
        (second, "CWB-2013-0001", "KE"),
        (second, "CWB-2013-0002", "FR"),
    ]
    # Each consultation's export holds its own submissions only.
    for consultation_id, expected in ((1, ["KE", "FR", "SN"]), (second, ["KE", "FR"])):
        out = bench.tmp_path / f"c{consultation_id}.jsonl"
        arguments = ("export", "--format", "jsonl", "--out", str(out), "--consultation", str(consultation_id))
        exported = cli(bench.tmp_path, *arguments, "--quiet")
        assert exported.returncode == 0, exported.stderr
        lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert [line["country_code"] for line in lines] == expected
    # /verify names the consultation of the reference (the newest one's, when two share it).
    verified = texts(await bench.send(kenya, "/verify CWB-2013-0001"))
    assert t(bench, "en", "comment-receipt-consultation", title=second_title) in verified
    # /mycomments lists both rounds' submissions; each one's details name its consultation.
    listed = await bench.send(kenya, "/mycomments")
    labels = [row[0] for row in listed[-1].buttons]
    assert any("CWB-2013-0001" in label for label in labels) and any("CW-2013-0001" in label for label in labels)
    opened = texts(await bench.press(kenya, next(label for label in labels if "CWB-2013-0001" in label)))
    assert t(bench, "en", "comment-receipt-consultation", title=second_title) in opened
    # /stats counts one consultation's submissions: the one chosen (two are open), or named.
    officer = bench.user(ADMIN_ID)
    assert t(bench, "en", "stats-choose-consultation") in texts(await bench.send(officer, "/stats"))
    assert t(bench, "en", "stats-total", count=3) in texts(await bench.press(officer, f"No. 1: {first_title}"))
    assert t(bench, "en", "stats-total", count=2) in texts(await bench.send(officer, f"/stats {second}"))
    # A press for a consultation not open to the person's State is refused, nothing started.
    before = await submissions.count(bench.db)
    await bench.do(senegal, lambda: senegal.press_data(ConsultationChosen(second).pack()))
    assert await drafts.get(bench.db, await participant_id(bench, senegal)) is None
    assert await submissions.count(bench.db) == before


async def test_staff_close_copy_and_archive_consultations_in_chat(bench: BotBench) -> None:
    second = await open_second_round(bench, invited=["KE"])
    officer = bench.user(ADMIN_ID)
    listed = texts(await bench.send(officer, "/consultations"))
    assert t(bench, "en", "consultations-title") in listed
    assert "No. 2: Second round: " in listed and "Status: open." in listed

    # Before its deadline, closing is an early closing: its notice and audience are shown first.
    preview = texts(await bench.press(officer, t(bench, "en", "consultations-btn-close", id=second)))
    assert "before its deadline?" in preview and "This notice will be sent" in preview
    closed = texts(await bench.press(officer, t(bench, "en", "deadlines-confirm-close-button")))
    assert t(bench, "en", "consultations-done-close", id=second) in closed
    kenya = await focal_point(bench, 7501, country="KE")
    asked = await bench.send(kenya, "/comment")  # one open consultation again: no question
    assert asked[0].text != t(bench, "en", "comment-choose-consultation")

    asked = texts(await bench.press(officer, t(bench, "en", "consultations-btn-copy", id=1)))
    assert "A copy of consultation no. 1 for a new round" in asked
    await bench.send(officer, "2013-03-29 18:00")
    copied = texts(await bench.send(officer, "2013-04-03 2013-04-04"))
    assert "has been copied for a new round as consultation no. 3" in copied
    third = await consultations.get(bench.db, 3)
    assert third is not None and (third.state, third.renews_id) == (consultations.ConsultationState.DRAFT, 1)
    # The copy's dates can still be changed through /schedule 3, then it opens.
    overview = texts(await bench.send(officer, "/schedule 3"))
    assert t(bench, "en", "schedule-of-consultation", id=3, title=bench.deps.consultation.title.en) in overview
    await bench.press(officer, t(bench, "en", "schedule-change-meeting"))
    await bench.send(officer, "2013-04-10 2013-04-11")
    await bench.press(officer, t(bench, "en", "schedule-confirm-button"))
    await bench.press(officer, t(bench, "en", "schedule-change-deadline"))
    await bench.send(officer, "2013-04-05 18:00")
    await bench.press(officer, t(bench, "en", "schedule-confirm-button"))
    assert (await bench.deps.effective_consultation(3)).dates.deadline == datetime(2013, 4, 5, 15, 0, tzinfo=UTC)
    assert (await bench.deps.effective_consultation()).dates.deadline == datetime(2013, 1, 25, 15, 0, tzinfo=UTC)
    changes = [(e.consultation_id, e.details["deadline"]) for e in await audit.entries(bench.db, "schedule.change")]
    assert changes[0] == (3, "2013-04-05T15:00:00+00:00")
    await bench.press(officer, t(bench, "en", "schedule-close"))
    unknown = texts(await bench.send(officer, "/schedule 9"))
    assert t(bench, "en", "schedule-unknown-consultation", number="9") in unknown
    listed = texts(await bench.send(officer, "/consultations"))
    assert "No. 3: " in listed and "Status: draft." in listed
    await bench.press(officer, t(bench, "en", "consultations-btn-open", id=3))
    await bench.press(officer, t(bench, "en", "consultations-btn-archive", id=second))
    states = [(r.id, r.state.value) for r in await consultations.all_records(bench.db)]
    assert states == [(1, "open"), (second, "archived"), (3, "open")]
    actions = [
        (e.action, e.consultation_id) for e in reversed(await audit.entries(bench.db)) if "consultation." in e.action
    ]
    assert actions == [
        ("consultation.add", second),
        ("consultation.closed", second),
        ("consultation.add", 3),
        ("consultation.open", 3),
        ("consultation.archived", second),
    ]


async def test_each_open_consultation_reminds_its_own_invited_states(bench: BotBench) -> None:
    """The second round (deadline Friday 15 March 2013, 15:00 UTC) reminds the States it invites
    that have not submitted to it: a submission to the first round does not count."""
    second = await open_second_round(bench, invited=["KE", "FR", "SN"])
    people = {
        country: await add_focal_point(bench.db, bench.emu, 7600 + index, country, language)
        for index, (country, language) in enumerate((("KE", "en"), ("FR", "fr"), ("SN", "fr"), ("JP", "en")))
    }
    await add_submission(bench.db, "KE", people["KE"].participant_id)  # to the first round
    row = ImportedSubmission(
        line=1,
        country_code="FR",
        topic_id="saicm",
        comment_type_id="specific",
        comment="Sample: France on the second round.",
        submitted_at=datetime(2013, 2, 20, 9, 0, tzinfo=UTC),
        source="e-mail",
    )
    await imports.import_all(
        bench.db, [row], consultation_id=second, reference_prefix="CWB", reference_year=2013, file_name="test"
    )

    bench.clock.set(datetime(2013, 3, 1, 15, 0, tzinfo=UTC))  # the second round's 14-day reminder
    await reminder_service(bench.deps).tick()
    await sender(bench.deps).wait_idle(20)
    received = await bench.db.fetchall(
        "SELECT participant_id FROM reminder_receipts WHERE consultation_id = ? ORDER BY participant_id", (second,)
    )
    assert [r[0] for r in received] == [people["KE"].participant_id, people["SN"].participant_id]
    senegal = people["SN"].user
    assert senegal is not None and any("Rappel du secrétariat" in (m.text or "") for m in senegal.transcript)
    france = people["FR"].user
    assert france is not None and not any("Rappel" in (m.text or "") for m in france.transcript)
    runs = [e for e in await audit.entries(bench.db, "reminder.run") if e.consultation_id == second]
    assert [(e.details["offset_days"], e.details["recipients"]) for e in runs] == [(14, 2)]


async def test_earlier_input_in_the_exports_own_xlsx_columns_is_imported(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["reference", "country_code", "topic_id", "comment_type_id", "paragraph", "comment", "received_on"])
    sheet.append(["CW-2012-0007", "NO", "gco", "option", None, "Sample: Norway, by e-mail.", "2012-11-14"])
    sheet.append([None, "EU", "general", "strategic", 2, "Sample: the European Union, by e-mail.", "2012-12-03"])
    source = tmp_path / "received.xlsx"
    book.save(source)
    assert cli(tmp_path, "migrate").returncode == 0
    imported = cli(tmp_path, "import-submissions", "--consultation", "1", str(source))
    assert imported.returncode == 0, imported.stderr
    db = await Database.open(tmp_path / "bot.sqlite3")
    try:
        rows = await db.fetchall(
            "SELECT s.reference, s.country_code, s.received_on, v.paragraph FROM submissions s"
            " JOIN submission_versions v ON v.submission_id = s.id ORDER BY s.seq"
        )
        # The export's own reference is not taken over: each gets the consultation's next one.
        assert [tuple(r) for r in rows] == [
            ("CW-2013-0001", "NO", "2012-11-14", None),
            ("CW-2013-0002", "EU", "2012-12-03", 2),
        ]
    finally:
        await db.close()
