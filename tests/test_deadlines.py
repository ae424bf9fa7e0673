"""Deadlines that move and stay true (issue 17, item 5): reminders recomputed when the deadline
moves, never "sent" without deliveries, extensions per State, and the notices that tell those
concerned, as the officer and the recipients see them through the emulator.

The bench starts on Thursday 10 January 2013, 09:00 UTC; the shipped deadline is 25 January,
18:00 in Nairobi (15:00 UTC), with reminders 14, 7, 2 and 1 days before it.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from prompts import countries
from storage import audit, deadlines, reminders
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


# -- the done-when test: three moves of the deadline around reminders -----------------------------

SCHEDULE_LINE = re.compile(
    r"^• (\d+) days? before the deadline: sent on (.+?) to (\d+) focal points?"
    r"(?: \((\d+) messages? waiting for office hours, from (.+)\))?$"
)
OFFSET = re.compile(r"^• (\d+) days? before the deadline: (.*)$")


def sections(overview: str) -> dict[str | None, list[str]]:
    """/schedule's reminder lines: the consultation's (None), then each extension's (by heading)."""
    found: dict[str | None, list[str]] = {None: []}
    current: str | None = None
    for line in overview.split("\n"):
        if line.startswith("Extension for "):
            current = line
            found[current] = []
        elif line.startswith("• "):
            found[current].append(line)
    return found


async def check_schedule_against_deliveries(bench: BotBench, people: dict[str, FocalPoint]) -> str:
    """Every reminder's real deliveries (the database's, and the messages in the recipients'
    chats) are what /schedule says: a line "sent … to N" for each row with N delivered, and no
    row called sent that reached nobody."""
    officer = bench.user(OFFICER_ID)
    overview = texts(await bench.send(officer, "/schedule"))
    await bench.press(officer, "Close")
    by_chat = {p.telegram_id: p for p in people.values()}
    rows = await reminders.all_reminders(bench.db)
    deliveries = await reminder_deliveries(bench)
    shown = sections(overview)
    extension_heading = {}
    for extension in await deadlines.granted(bench.db, 1):
        name = countries.name(extension.country_code, "en", "running")
        heading = f"Extension for {name}:"
        extension_heading[extension.country_code] = next(h for h in shown if h and h.startswith(heading))
    for row in rows:
        mine = [d for d in deliveries if d["reminder_id"] == row.id]
        delivered = [d for d in mine if d["status"] == "sent"]
        waiting = [d for d in mine if d["status"] == "pending"]
        # What reached each chat: the delivery's message is there, a reminder in its language.
        for delivery in delivered:
            point = by_chat[int(delivery["chat_id"])]
            assert point.user is not None
            message = next(m for m in point.user.transcript if m.message_id == delivery["telegram_message_id"])
            assert REMINDER_MARK[point.language] in (message.text or ""), (row, message.text)
        heading = extension_heading.get(row.country_code) if row.country_code else None
        lines = [
            line for line in shown[heading] if OFFSET.match(line) and int(OFFSET.match(line)[1]) == row.offset_days
        ]  # type: ignore[index]
        if row.status == "sent":
            assert mine, f"row {row} is sent without deliveries"
            if delivered:
                wanted = [m for line in lines if (m := SCHEDULE_LINE.match(line)) and int(m[3]) == len(delivered)]
                assert wanted, (row, len(delivered), lines)
                if waiting:
                    assert any(m[4] and int(m[4]) == len(waiting) for m in wanted), (row, lines)
            elif waiting:
                assert any("queued on" in line for line in lines), (row, lines)
            else:  # its deliveries were all skipped (the State answered, the deadline passed first)
                assert any("not delivered" in line for line in lines), (row, lines)
        elif row.status == "scheduled":
            assert not mine
            assert any("recipients at present" in line for line in lines), (row, lines)
        else:
            assert not delivered
            assert any("not sent" in line or "cancelled" in line for line in lines), (row, lines)
    # Nothing reached a chat that the database does not know of, and nobody got an offset twice.
    for point in people.values():
        assert point.user is not None
        got = [m for m in point.user.transcript if REMINDER_MARK[point.language] in (m.text or "")]
        mine = [d for d in deliveries if int(d["chat_id"]) == point.telegram_id and d["status"] == "sent"]
        assert len(got) == len(mine), (point.country, len(got), len(mine))
        offsets = [next(r.offset_days for r in rows if r.id == d["reminder_id"]) for d in mine]
        assert len(offsets) == len(set(offsets)), (point.country, offsets)
    return overview


def received(point: FocalPoint, needle: str) -> int:
    assert point.user is not None
    return sum(1 for m in point.user.transcript if needle in (m.text or ""))


async def test_the_deadline_moved_three_times_and_every_reminder_is_what_schedule_says(bench: BotBench) -> None:
    """Earlier, later, then for one State: each time every reminder not really delivered is
    recomputed, what was delivered stays in the history, the notices reach those concerned in
    their language at office hours, and /schedule shows exactly what was sent and what will be."""
    people = await cast(bench)
    await advance(bench, at(11, 15))  # the 14-day reminder: Paris at work, the others held
    assert received(people["FR"], REMINDER_MARK["fr"]) == 1
    await check_schedule_against_deliveries(bench, people)

    # 1. Earlier: 18 January. The 14-day reminder keeps its history (France), its waiting
    # deliveries are dropped; the 7-day one falls due at once.
    bench.clock.set(at(11, 15, 30))
    shown = await move_deadline(bench, "2013-01-18 18:00")
    assert "14 days before the deadline: sent on 11 January 2013, 18:00 (Nairobi time) to 1 focal point" in shown
    assert received(people["FR"], "a été avancée au 18 janvier 2013") == 1  # at work in Paris: at once
    assert received(people["KE"], "brought forward") == 0  # Friday evening in Nairobi: held
    await check_schedule_against_deliveries(bench, people)

    # 2. Later: 28 January. The 7-day reminder's waiting deliveries get a row of the new date;
    # the early-closing notice still waiting is replaced by this one.
    bench.clock.set(at(11, 16))
    await move_deadline(bench, "2013-01-28 18:00")
    assert received(people["FR"], "a été prorogé jusqu'au 28 janvier 2013") == 1
    rows = [r for r in await reminders.all_reminders(bench.db) if r.status == "scheduled"]
    assert sorted((r.offset_days, r.due_at) for r in rows) == [
        (1, at(27, 15)), (2, at(26, 15)), (7, at(21, 15)), (14, at(14, 15)),
    ]  # fmt: skip
    await check_schedule_against_deliveries(bench, people)

    # 3. For one State: Kenya until 1 February, granted through /extensions with its notice
    # shown first; Kenya's reminders follow its own deadline, the others' do not move.
    officer = bench.user(OFFICER_ID)
    await bench.send(officer, "/extensions")
    await bench.press(officer, "Grant an extension")
    assert "not recognised" in texts(await bench.send(officer, "Narnia"))
    await bench.send(officer, "Kenya")
    assert "must end after 28 January 2013" in texts(await bench.send(officer, "2013-01-20 18:00"))
    preview = texts(await bench.send(officer, "2013-02-01 18:00"))
    assert "Grant Kenya an extension of the deadline until 1 February 2013, 18:00 (Nairobi time)?" in preview
    assert "to 1 person" in preview and "granted to Kenya" in preview
    await bench.press(officer, "Confirm")
    await sender(bench.deps).wait_idle(20)
    mine = {r.offset_days: r for r in await reminders.all_reminders(bench.db) if r.country_code == "KE"}
    assert {o: r.due_at for o, r in mine.items()} == {
        14: at(18, 15), 7: at(25, 15), 2: at(30, 15), 1: at(31, 15),
    }  # fmt: skip
    shown = await check_schedule_against_deliveries(bench, people)
    assert "Extension for Kenya: deadline 1 February 2013, 18:00 (Nairobi time)" in shown

    # Monday morning, the notices held for office hours go; then the reminders as they fall due.
    await advance(bench, at(14, 7))
    assert received(people["KE"], "an extension of the deadline has been granted to Kenya") == 1
    assert received(people["KE"], "brought forward") == 0 and received(people["KE"], "extended to 28 January") == 0
    assert received(people["CN"], "已延至2013年1月28日") == 1 and received(people["CN"], "已提前至") == 0
    assert received(people["EG"], "قد مُدِّد إلى") == 1
    for day, hour in (
        (14, 15),
        (18, 15),
        (21, 15),
        (25, 15),
        (26, 15),
        (27, 15),
        (28, 9),
        (28, 16),
        (30, 15),
        (31, 15),
        (1, 7),
    ):
        await advance(bench, at(day, hour, month=2 if day == 1 else 1))
        await check_schedule_against_deliveries(bench, people)
    await advance(bench, at(2, 9, month=2))
    shown = await check_schedule_against_deliveries(bench, people)

    # Kenya was reminded of its own deadline, the others of the consultation's, once per offset.
    assert received(people["KE"], "1 February 2013") >= 4
    assert received(people["FR"], REMINDER_MARK["fr"]) == 4 and received(people["DE"], "Reminder") == 0
    for point in (people["CN"], people["EG"]):
        assert 3 <= received(point, REMINDER_MARK[point.language]) <= 4
    assert not [r for r in await reminders.all_reminders(bench.db) if r.status == "scheduled"]
    assert len(await audit.entries(bench.db, "deadline.extension.grant")) == 1


async def test_extensions_granted_twice_confirmed_and_withdrawn_as_a_french_officer_sees_them(bench: BotBench) -> None:
    """A French-speaking officer grants China and Egypt their own deadlines (Confirm pressed
    twice: one extension, one notice), then withdraws China's: China's own reminders are
    cancelled, its focal point is told in Chinese, and /schedule keeps the history."""
    people = await cast(bench)
    await bench.db.execute("UPDATE participants SET language = 'fr' WHERE telegram_id = ?", (OFFICER_ID,))
    officer = bench.user(OFFICER_ID, language_code="fr")
    for name, typed in (("Chine", "2013-01-30 18:00"), ("Égypte", "2013-01-29 18:00")):
        await bench.send(officer, "/extensions")
        await bench.press(officer, "Accorder une prorogation")
        asked = texts(await bench.send(officer, name))
        assert "Veuillez saisir la nouvelle date limite" in asked
        preview = texts(await bench.send(officer, typed))
        assert "Cet avis sera envoyé, aux heures de bureau du pays de chaque destinataire, à 1 personne" in preview
        confirm = officer.chat.latest_with_keyboard()
        assert confirm is not None
        await bench.press(officer, "Confirmer", message_id=confirm.message_id)
        # A double tap (the same button, already pressed): nothing granted or announced twice.
        again = await bench.do(officer, lambda m=confirm.message_id: officer.press_data("dl:apply", m))
        assert "La prorogation a été accordée" not in texts(again)
    assert [e.country_code for e in await deadlines.granted(bench.db, 1)] == ["CN", "EG"]
    notices = await bench.db.fetchall("SELECT id FROM broadcasts WHERE notice IS NOT NULL")
    assert len(notices) == 2
    await advance(bench, at(11, 7))  # Friday morning in Cairo is its weekend: Sunday; Beijing at 15:00
    assert received(people["CN"], "已给予中国截止日期延期") == 1
    await advance(bench, at(13, 8))
    assert received(people["EG"], "مُنح تمديد للموعد النهائي") == 1 and received(people["EG"], "مصر") == 1

    await bench.send(officer, "/extensions")
    await bench.press(officer, "Retirer une prorogation")
    await bench.press(officer, "Chine")
    assert "Veuillez utiliser les boutons" in texts(await bench.send(officer, "Oui"))
    await bench.press(officer, "Confirmer")
    cancelled = [r for r in await reminders.all_reminders(bench.db) if r.country_code == "CN"]
    assert cancelled and all(r.status == "cancelled" for r in cancelled)
    await advance(bench, at(14, 2))  # 10:00 in Beijing, a Monday
    assert received(people["CN"], "给予中国的截止日期延期已撤销") == 1
    shown = texts(await bench.send(officer, "/schedule"))
    assert "Prorogation accordée pour la Chine, retirée\u00a0:" in shown
    assert "Prorogation accordée pour l'Égypte\u00a0: date limite le 29 janvier 2013 à 18:00" in shown


async def test_closing_before_the_deadline_is_announced_after_the_officer_saw_it(bench: BotBench) -> None:
    """/consultations, Close before the deadline: the notice and its audience first, then on
    Confirm the consultation closes and those concerned are told in their language, at office
    hours (Thursday 09:00 UTC: Nairobi, Paris, Beijing and Cairo are all at work)."""
    people = await cast(bench)
    officer = bench.user(OFFICER_ID)
    await bench.send(officer, "/consultations")
    preview = texts(await bench.press(officer, "Close no. 1"))
    assert "Close consultation no. 1" in preview and "before its deadline?" in preview
    assert "to 4 people" in preview  # Germany has submitted
    assert await bench.db.fetchval("SELECT state FROM consultations WHERE id = 1") == "open"
    await bench.press(officer, "Close now")
    await sender(bench.deps).wait_idle(20)
    assert await bench.db.fetchval("SELECT state FROM consultations WHERE id = 1") == "closed"
    assert received(people["KE"], "was closed on 10 January 2013") == 1
    assert received(people["FR"], "a été close le 10 janvier 2013") == 1
    assert received(people["CN"], "磋商已于2013年1月10日") == 1
    assert received(people["EG"], "قد أُغلقت في") == 1
    assert received(people["DE"], "was closed") == 0
    again = await bench.do(officer, lambda: officer.press_data("dl:closenow:1"))
    assert "Consultation no. 1 is now closed" not in texts(again)
    assert len(await audit.entries(bench.db, "consultation.closed")) == 1
