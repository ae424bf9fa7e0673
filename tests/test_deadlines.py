"""Deadlines that move and stay true (issue 17, item 5): reminders recomputed when the deadline
moves, never "sent" without deliveries, extensions per State, and the notices that tell those
concerned, as the officer and the recipients see them through the emulator.

The bench starts on Thursday 10 January 2013, 09:00 UTC; the shipped deadline is 25 January,
18:00 in Nairobi (15:00 UTC), with reminders 14, 7, 2 and 1 days before it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from storage import reminders
from tests.support.broadcasts import FocalPoint, add_focal_point, add_officer, add_submission, reminder_service, sender
from tests.support.harness import BotBench, texts

OFFICER_ID = 900_017
# The first line of a reminder in each recipient's language (prompts/locales/*/broadcast.ftl).
REMINDER_MARK = {
    "en": "Reminder from the secretariat",
    "fr": "Rappel du secrétariat",
    "zh": "联合国环境规划署秘书处提醒",
    "ar": "تذكير من أمانة",
}


def at(day: int, hour: int, minute: int = 0, month: int = 1) -> datetime:
    return datetime(2013, month, day, hour, minute, tzinfo=UTC)


async def cast(bench: BotBench) -> dict[str, FocalPoint]:
    """Focal points in English, French, Chinese and Arabic; Germany has already submitted."""
    found = {}
    for index, (country, language) in enumerate([("KE", "en"), ("FR", "fr"), ("CN", "zh"), ("EG", "ar"), ("DE", "en")]):
        found[country] = await add_focal_point(bench.db, bench.emu, 61_000 + index, country, language)
    await add_submission(bench.db, "DE", found["DE"].participant_id)
    await add_officer(bench.db, OFFICER_ID, "en")
    return found


async def advance(bench: BotBench, when: datetime) -> None:
    """Move the clock and run what is due, as the JobQueue would have at that hour."""
    bench.clock.set(when)
    await reminder_service(bench.deps).tick()
    await sender(bench.deps).wait_idle(20)


async def move_deadline(bench: BotBench, typed: str) -> str:
    """The officer moves the deadline through /schedule and confirms; what /schedule then shows."""
    officer = bench.user(OFFICER_ID)
    await bench.send(officer, "/schedule")
    await bench.press(officer, "Change the deadline")
    await bench.send(officer, typed)
    shown = texts(await bench.press(officer, "Confirm"))
    await sender(bench.deps).wait_idle(20)
    return shown


async def reminder_deliveries(bench: BotBench) -> list[dict[str, object]]:
    rows = await bench.db.fetchall(
        "SELECT d.*, b.reminder_id FROM deliveries d JOIN broadcasts b ON b.id = d.broadcast_id"
        " WHERE b.reminder_id IS NOT NULL ORDER BY d.id"
    )
    return [dict(r) for r in rows]


async def test_a_deadline_two_minutes_ahead_shows_no_reminder_sent_and_an_extension_reschedules_it(
    bench: BotBench,
) -> None:
    """The issue's bug: with the deadline set two minutes ahead (at night in every recipient's
    country), /schedule said "1 day before the deadline: sent" while the database held no
    delivery and no receipt; after extending, that reminder stayed "sent", never rescheduled."""
    await cast(bench)
    bench.clock.set(at(10, 20))  # 23:00 in Nairobi, 21:00 in Paris, 04:00 in Beijing, 22:00 in Cairo
    shown = await move_deadline(bench, "2013-01-10 23:02")
    assert "1 day before the deadline: sent" not in shown
    assert await reminder_deliveries(bench) == []
    assert await reminders.receipts(bench.db) == []
    rows = {r.offset_days: r for r in await reminders.all_reminders(bench.db)}
    assert all(r.status != "sent" for r in rows.values()), {o: r.status for o, r in rows.items()}

    shown = await move_deadline(bench, "2013-01-30 18:00")
    rows = {r.offset_days: r for r in await reminders.all_reminders(bench.db)}
    assert rows[1].status == "scheduled" and rows[1].due_at == at(29, 15)
    assert "1 day before the deadline: 29 January 2013, 18:00 (Nairobi time)" in shown
