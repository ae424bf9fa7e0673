"""Stories of /schedule and /status, and of everyone else being refused them (and /broadcast)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from storage import audit, reminders
from storage import schedule as schedule_store
from storage.models import ParticipantStatus
from tests.support.broadcasts import add_focal_point, add_officer, add_submission
from tests.support.harness import ADMIN_ID, BotBench, texts

OFFICER_ID = 900_010


def job_delay(bench: BotBench, reminder_id: int) -> timedelta:
    """How far ahead (real time) the JobQueue will fire this reminder."""
    assert bench.app is not None and bench.app.job_queue is not None
    (job,) = bench.app.job_queue.get_jobs_by_name(f"reminder:{reminder_id}")
    assert job.next_t is not None
    return job.next_t - datetime.now(UTC)


async def test_a_deadline_change_moves_the_reminders_at_once(bench: BotBench) -> None:
    """The officer reads the schedule, mistypes a date, extends the deadline by a week and
    confirms: the reminders' times and their jobs move at once, and the audit says who."""
    await add_officer(bench.db, OFFICER_ID, "fr")
    await add_focal_point(bench.db, bench.emu, 40_001, "KE", "en")
    officer = bench.user(OFFICER_ID, language_code="fr")
    overview = texts(await bench.send(officer, "/schedule"))
    assert "Date limite des contributions\u00a0: 25 janvier 2013 à 18:00 (heure de Nairobi)" in overview
    assert (
        "14 jours avant la date limite\u00a0: 11 janvier 2013 à 18:00 (heure de Nairobi) "
        "(destinataires à ce jour\u00a0: 1)" in overview
    )
    assert abs(job_delay(bench, 1) - timedelta(days=1, hours=6)) < timedelta(seconds=30)

    await bench.press(officer, "Modifier la date limite")
    assert "n'a pas pu être lue" in texts(await bench.send(officer, "vendredi prochain"))
    assert "sous forme de texte" in texts(await bench.do(officer, officer.send_sticker))
    assert "dans l'avenir" in texts(await bench.send(officer, "2013-01-05 18:00"))
    late = texts(await bench.send(officer, "2013-02-06 09:00"))  # the meeting's first day
    assert "doit précéder la réunion, qui s'ouvre le 6 février 2013" in late
    confirm = texts(await bench.send(officer, "2013-02-01 18:00"))
    assert "du 25 janvier 2013 à 18:00 (heure de Nairobi) au 1er février 2013 à 18:00 (heure de Nairobi)" in confirm
    after = texts(await bench.press(officer, "Confirmer"))
    assert "Date limite des contributions\u00a0: 1er février 2013 à 18:00 (heure de Nairobi)" in after
    assert "18 janvier 2013 à 18:00 (heure de Nairobi)" in after  # 14 days before the new deadline

    consultation = await bench.deps.effective_consultation()
    assert consultation.dates.deadline == datetime(2013, 2, 1, 15, 0, tzinfo=UTC)
    rows = {r.offset_days: r for r in await reminders.all_reminders(bench.db)}
    assert rows[14].due_at == datetime(2013, 1, 18, 15, 0, tzinfo=UTC)
    assert abs(job_delay(bench, 1) - timedelta(days=8, hours=6)) < timedelta(seconds=30)
    change = (await audit.entries(bench.db, "schedule.change"))[0]
    assert change.actor_id == OFFICER_ID and change.details["deadline"] == "2013-02-01T15:00:00+00:00"

    # Survives a restart: the jobs are rebuilt from the database with the new times.
    await bench.restart()
    assert abs(job_delay(bench, 1) - timedelta(days=8, hours=6)) < timedelta(seconds=30)


async def test_meeting_dates_and_reminders_added_and_cancelled(bench: BotBench) -> None:
    admin = bench.user(ADMIN_ID)
    await bench.send(admin, "/schedule")
    await bench.press(admin, "Change the meeting dates")
    assert "could not be read" in texts(await bench.send(admin, "soon"))
    assert "cannot be before the first" in texts(await bench.send(admin, "2013-02-14 2013-02-13"))
    early = texts(await bench.send(admin, "2013-01-24 2013-01-25"))
    assert "must open after the deadline for input (25 January 2013, 18:00 (Nairobi time))" in early
    await bench.send(admin, "2013-02-13 2013-02-14")
    await bench.press(admin, "Confirm")
    overrides = await schedule_store.load(bench.db)
    assert (overrides.meeting_start, overrides.meeting_end) == (date(2013, 2, 13), date(2013, 2, 14))

    await bench.press(admin, "Add a reminder")
    assert "whole number from 1 to 60" in texts(await bench.send(admin, "three"))
    assert "already scheduled 7 days before" in texts(await bench.send(admin, "7"))
    assert "would fall in the past" in texts(await bench.send(admin, "20"))
    added = texts(await bench.send(admin, "3"))
    assert "The reminder has been added." in added and "3 days before the deadline" in added
    assert "reminder:5" in [j.name for j in bench.app.job_queue.jobs()]  # type: ignore[union-attr]

    await bench.press(admin, "Cancel a reminder")
    cancelled = texts(await bench.press(admin, "2 days before the deadline"))
    assert "The reminder has been cancelled." in cancelled
    assert "• 2 days before the deadline: cancelled" in cancelled
    names = [j.name for j in bench.app.job_queue.jobs() if not j.removed]  # type: ignore[union-attr]
    assert "reminder:3" not in names
    actions = [e.action for e in await audit.entries(bench.db)]
    assert "reminder.add" in actions and "reminder.cancel" in actions and "schedule.change" in actions
    await bench.press(admin, "Close")
    assert admin.last is not None and admin.last.text == "The schedule has been closed."


async def test_status_shows_who_has_answered(bench: BotBench) -> None:
    kenya = await add_focal_point(bench.db, bench.emu, 41_001, "KE", "en", name="Jane Wanjiru")
    france = await add_focal_point(bench.db, bench.emu, 41_002, "FR", "fr")
    await add_focal_point(bench.db, bench.emu, 41_003, "CL", "es")
    await add_submission(bench.db, "KE", kenya.participant_id, topic="basel")
    await add_submission(bench.db, "EU", None, topic="basel")
    await add_submission(bench.db, "FR", france.participant_id, topic="saicm", status="withdrawn")
    assert kenya.user is not None
    kenya.user.block()  # Telegram tells the bot (my_chat_member)
    await bench.settle()
    admin = bench.user(ADMIN_ID)
    report = texts(await bench.send(admin, "/status"))
    assert "Countries that have submitted: 2\nEuropean Union and Kenya" in report
    assert "Countries with a registered focal point but no submission: 2\nChile and France" in report
    assert "Invited countries without a focal point: 190" in report  # 193 Member States + the EU, less 4
    assert "• Basel Convention: 2" in report and "• SAICM: 0" in report
    assert "Unreachable focal points: 1\n• Kenya: Jane Wanjiru (has blocked the bot, since 10 January 2013)" in report


async def test_everyone_but_the_secretariat_is_refused(bench: BotBench) -> None:
    """A focal point and a newcomer try every secretariat command and button; nothing moves."""
    focal = await add_focal_point(bench.db, bench.emu, 42_001, "KE", "en")
    newcomer = bench.user(42_002)
    before = await schedule_store.load(bench.db)
    assert focal.user is not None
    users = (focal.user, newcomer)
    for command in ("/broadcast", "/schedule", "/status"):
        marks = [user.mark() for user in users]
        for user in users:  # both at once: each chat has its own one-message-a-second budget
            user.send_command(command)
        await bench.settle()
        for user, mark in zip(users, marks, strict=True):
            assert "not authorized" in texts(user.since(mark)), command
    for data in ("menu:broadcast", "menu:schedule", "menu:status", "bc:send", "sch:apply"):
        marks = [user.mark() for user in users]
        for user in users:
            user.press_data(data)
        await bench.settle()
        for user, mark in zip(users, marks, strict=True):
            replies = texts(user.since(mark))
            assert "not authorized" in replies or "no longer valid" in replies, data
    assert await bench.db.fetchval("SELECT COUNT(*) FROM broadcasts") == 0
    assert await schedule_store.load(bench.db) == before
    stored = await bench.db.fetchval("SELECT status FROM participants WHERE telegram_id = 42001")
    assert stored == ParticipantStatus.APPROVED.value
