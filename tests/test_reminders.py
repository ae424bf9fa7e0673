"""Reminders before the deadline, with the bench's FakeClock: only countries without a
submission, at office hours in the recipient's country, once per person and offset, rebuilt
from the database at every start, an overdue one sent once at start-up.

The shipped consultation's deadline is 25 January 2013, 18:00 Nairobi (15:00 UTC); the bench
starts on Thursday 10 January 2013, 09:00 UTC. The 14-day reminder is due on Friday 11 January
at 15:00 UTC: 18:00 in Nairobi and Riyadh (Friday is the weekend there), 16:00 in Paris,
10:00 in New York, midnight in Tokyo.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from prompts.countries import timezone_for
from services.reminders import civil_time, weekend_days
from storage import audit, reminders
from storage.models import from_db
from tests.support.broadcasts import (
    FocalPoint,
    add_focal_point,
    add_submission,
    delivery_rows,
    reminder_service,
    sender,
)
from tests.support.harness import BotBench

REMINDER = "Reminder from the secretariat"
RAPPEL = "Rappel du secrétariat"
TADHKIR = "تذكير من أمانة"


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2013, 1, day, hour, minute, tzinfo=UTC)


async def cast(bench: BotBench) -> dict[str, FocalPoint]:
    """Focal points in five time zones; Germany has already submitted."""
    found = {}
    for index, (country, language) in enumerate(
        [("KE", "en"), ("FR", "fr"), ("JP", "en"), ("US", "en"), ("SA", "ar"), ("DE", "en")]
    ):
        found[country] = await add_focal_point(bench.db, bench.emu, 30_000 + index, country, language)
    await add_submission(bench.db, "DE", found["DE"].participant_id)
    return found


def reminded(point: FocalPoint) -> int:
    assert point.user is not None
    mark = {"fr": RAPPEL, "ar": TADHKIR}.get(point.language, REMINDER)
    return sum(1 for m in point.user.transcript if mark in (m.text or ""))


async def advance(bench: BotBench, when: datetime) -> None:
    """Move the clock and run what is due, as the JobQueue would have at that hour."""
    bench.clock.set(when)
    await reminder_service(bench.deps).tick()
    await sender(bench.deps).wait_idle(20)


async def test_reminder_reaches_only_non_responders_at_office_hours_and_only_once(bench: BotBench) -> None:
    people = await cast(bench)
    service = reminder_service(bench.deps)
    assert service.job_names() == ["reminder:1", "reminder:2", "reminder:3", "reminder:4"]
    rows = await reminders.all_reminders(bench.db)
    assert [(r.offset_days, r.due_at) for r in rows] == [
        (14, at(11, 15)),
        (7, at(18, 15)),
        (2, at(23, 15)),
        (1, at(24, 15)),
    ]

    await advance(bench, at(11, 15))  # Friday: Paris and New York are at work
    assert reminded(people["FR"]) == 1 and reminded(people["US"]) == 1
    assert all(reminded(people[c]) == 0 for c in ("KE", "JP", "SA", "DE"))
    run = (await audit.entries(bench.db, "reminder.run"))[0]
    assert run.details["recipients"] == 5 and run.details["deferred"] == 3 and run.details["offset_days"] == 14

    await advance(bench, at(13, 6))  # Sunday 09:00 in Riyadh, a working day there
    assert reminded(people["SA"]) == 1 and reminded(people["KE"]) == 0
    await advance(bench, at(14, 6))  # Monday 09:00 in Nairobi, 15:00 in Tokyo
    assert all(reminded(people[c]) == 1 for c in ("KE", "FR", "JP", "US", "SA"))
    assert reminded(people["DE"]) == 0

    for row in await delivery_rows(bench.db):
        country = next(p.country for p in people.values() if p.participant_id == row["participant_id"])
        sent = from_db(str(row["sent_at"]))
        assert sent is not None
        local = sent.astimezone(timezone_for(country))
        assert 9 <= local.hour < 18 and local.weekday() not in weekend_days(country), (country, local)

    # Once: ticking again, restarting, even a second 14-day reminder reach nobody again.
    await advance(bench, at(14, 7))
    await bench.restart()
    assert reminder_service(bench.deps).job_names() == ["reminder:2", "reminder:3", "reminder:4"]
    again = await reminders.add(bench.db, 14, at(25, 15), bench.deps.now(), actor_id=None, created_by=None)
    assert again is not None
    await advance(bench, at(14, 8))
    assert all(reminded(people[c]) == 1 for c in ("KE", "FR", "JP", "US", "SA"))
    second_run = (await audit.entries(bench.db, "reminder.run"))[0]
    assert second_run.details["already_reminded"] == 5 and second_run.details["recipients"] == 0


async def test_an_overdue_reminder_is_sent_once_at_start_up(bench: BotBench) -> None:
    """The bot was down through both the 14- and the 7-day reminders: at start-up only the
    7-day one goes (once), the 14-day one is recorded as superseded; France has answered."""
    people = await cast(bench)
    await add_submission(bench.db, "FR", people["FR"].participant_id)
    await bench.stop_bot()
    bench.clock.set(at(18, 16))  # Friday, an hour after the 7-day reminder was due
    await bench.start_bot()
    await sender(bench.deps).wait_idle(20)
    assert reminded(people["US"]) == 1  # 11:00 in New York
    assert reminded(people["FR"]) == 0 and reminded(people["DE"]) == 0
    states = {r.offset_days: r.status for r in await reminders.all_reminders(bench.db)}
    assert states == {14: "skipped", 7: "sent", 2: "scheduled", 1: "scheduled"}
    runs = await audit.entries(bench.db, "reminder.run")
    assert len(runs) == 1 and runs[0].details["recipients"] == 4
    skipped = await audit.entries(bench.db, "reminder.skipped")
    assert skipped[0].details["reason"] == "superseded by a later reminder"

    await bench.restart()
    await sender(bench.deps).wait_idle(20)
    assert len(await audit.entries(bench.db, "reminder.run")) == 1
    assert reminder_service(bench.deps).job_names() == ["reminder:3", "reminder:4"]
    assert reminded(people["US"]) == 1


async def test_after_the_deadline_overdue_reminders_are_recorded_as_skipped(bench: BotBench) -> None:
    people = await cast(bench)
    await bench.stop_bot()
    bench.clock.set(at(26, 9))
    await bench.start_bot()
    await sender(bench.deps).wait_idle(20)
    assert all(r.status == "skipped" for r in await reminders.all_reminders(bench.db))
    assert all(reminded(p) == 0 for p in people.values())
    assert reminder_service(bench.deps).job_names() == []
    reasons = {e.details["reason"] for e in await audit.entries(bench.db, "reminder.skipped")}
    assert reasons == {"deadline passed"}


async def test_a_reminder_held_for_office_hours_is_dropped_if_the_country_answers_meanwhile(bench: BotBench) -> None:
    people = await cast(bench)
    await advance(bench, at(11, 15))  # Nairobi: 18:00 on Friday, held until Monday 09:00
    await add_submission(bench.db, "KE", people["KE"].participant_id)
    await advance(bench, at(14, 6))
    assert reminded(people["KE"]) == 0
    kenya = next(r for r in await delivery_rows(bench.db) if r["participant_id"] == people["KE"].participant_id)
    assert kenya["status"] == "skipped" and kenya["last_error"] == "country has submitted"


def test_civil_hours_follow_the_country_week_and_never_fall_at_night() -> None:
    deadline = at(25, 15)
    # Friday afternoon: Cairo is on its weekend (Friday-Saturday), Paris at work.
    assert civil_time(at(11, 13), "FR", deadline) is None
    assert civil_time(at(11, 13), "EG", deadline) == datetime(2013, 1, 13, 9, tzinfo=ZoneInfo("Africa/Cairo"))
    # The last evening before the deadline: office hours are gone, 08:00-21:00 any day is left.
    late = civil_time(at(24, 20), "US", deadline)
    assert late is None  # 15:00 in New York on Thursday
    assert civil_time(at(25, 14), "JP", deadline) == "no_civil_hour"  # 23:00 in Tokyo, deadline in an hour
    assert weekend_days("SA") == frozenset({4, 5}) and weekend_days("KE") == frozenset({5, 6})
