"""Stories of a secretariat officer broadcasting to the national focal points, through the
emulator with Telegram's limits on (30 messages a second overall, 1 a second per chat)."""

from __future__ import annotations

import itertools
from collections import defaultdict

from emulator import Fault
from storage import audit, broadcasts, participants
from storage.broadcasts import Audience, MessageKind
from tests.support.broadcasts import (
    INVITATION_MARK,
    add_focal_point,
    add_focal_points,
    add_officer,
    add_submission,
    copies,
    delivery_rows,
    sender,
)
from tests.support.harness import ADMIN_ID, BotBench, texts

DEADLINE_IN = {"en": "25 January 2013, 18:00 (Nairobi time)", "fr": "25 janvier 2013 à 18:00 (heure de Nairobi)"}


def sends_to_recipients(bench: BotBench, chat_ids: set[int]) -> list[tuple[float, int]]:
    """(emulator time, chat id) of every sendMessage call aimed at these chats."""
    found = []
    for at, method, params in bench.emu.calls:
        if method == "sendMessage" and int(params.get("chat_id", 0)) in chat_ids:
            found.append((at, int(params["chat_id"])))
    return found


def assert_within_telegram_limits(calls: list[tuple[float, int]]) -> None:
    """At most 30 in any one-second window; at least a second between two to the same chat."""
    times = sorted(at for at, _chat in calls)
    for index, start in enumerate(times):
        in_window = sum(1 for t in times[index:] if t < start + 1.0)
        assert in_window <= 30, f"{in_window} messages within one second"
    by_chat: dict[int, list[float]] = defaultdict(list)
    for at, chat in calls:
        by_chat[chat].append(at)
    for chat, stamps in by_chat.items():
        gaps = [b - a for a, b in itertools.pairwise(stamps)]
        assert all(gap >= 0.95 for gap in gaps), f"chat {chat} got two messages {min(gaps):.2f} s apart"


async def queue(
    bench: BotBench, kind: MessageKind = MessageKind.INVITATION, faults: tuple[Fault, ...] = (), **audience: object
) -> int:
    """A broadcast queued as the Send button does, then (after `faults` are armed) the sender woken."""
    members = await broadcasts.audience_members(bench.db, Audience(**audience))  # type: ignore[arg-type]
    admin = await participants.get_by_telegram_id(bench.db, ADMIN_ID)
    assert admin is not None
    created = await broadcasts.create(
        bench.db,
        kind=kind,
        audience=Audience(**audience),  # type: ignore[arg-type]
        recipients=[broadcasts.recipient_for(m) for m in members],
        now=bench.deps.now(),
        created_by=admin.id,
        actor_telegram_id=ADMIN_ID,
        progress_chat_id=ADMIN_ID,
    )
    # As the Send button does: the officer's message that the sender will edit with progress.
    assert bench.app is not None
    bench.user(ADMIN_ID)
    message = await bench.app.bot.send_message(ADMIN_ID, "queued")
    await broadcasts.set_progress_message(bench.db, created.id, ADMIN_ID, message.message_id)
    for fault in faults:
        bench.emu.inject(fault)
    sender(bench.deps).wake()
    return created.id


async def test_renewed_invitation_reaches_every_live_focal_point_once_in_their_language(bench: BotBench) -> None:
    """50 focal points in six languages; 3 have blocked the bot and 1 chat no longer exists.
    The officer previews, sends, watches one progress message and gets the list of the 4."""
    points = await add_focal_points(bench.db, bench.emu, 50)
    blocked, gone = points[:3], points[3]
    for point in blocked:
        assert point.user is not None
        point.user.block()
    bench.emu.delete_chat(gone.telegram_id)
    admin = bench.user(ADMIN_ID)

    assert "What would you like to send" in texts(await bench.send(admin, "/broadcast"))
    await bench.press(admin, "Renewed invitation")
    assert admin.last is not None and admin.last.text == "Who should receive it?"
    preview = await bench.press(admin, "All approved focal points (50)")
    shown = texts(preview)
    for language, mark in INVITATION_MARK.items():
        assert mark in shown, f"no {language} preview"
    assert DEADLINE_IN["en"] in shown and DEADLINE_IN["fr"] in shown
    assert "Number of recipients: 50" in shown
    assert "could not be reached last time" in shown  # the 3 who blocked the bot (my_chat_member)

    await bench.press(admin, "Send")
    await sender(bench.deps).wait_idle(30)
    await bench.settle()

    unreachable_ids = {p.telegram_id for p in [*blocked, gone]}
    for point in points:
        assert point.user is not None
        expected = 0 if point.telegram_id in unreachable_ids else 1
        assert copies(point.user, INVITATION_MARK[point.language]) == expected, point
        if expected:
            assert point.user.last is not None and point.user.last.buttons  # "Submit a comment"
    rows = await delivery_rows(bench.db)
    assert sum(r["status"] == "sent" for r in rows) == 46
    assert all(r["telegram_message_id"] and r["sent_at"] for r in rows if r["status"] == "sent")
    gone_row = next(r for r in rows if r["participant_id"] == gone.participant_id)
    assert gone_row["status"] == "unreachable" and "chat not found" in str(gone_row["last_error"]).lower()
    for point in blocked:
        row = next(r for r in rows if r["participant_id"] == point.participant_id)
        assert row["status"] == "unreachable" and row["attempts"] == 1, "a 403 is never retried"
        assert str(row["last_error"]).startswith("blocked")
    stored = await participants.get(bench.db, gone.participant_id)
    assert stored is not None and stored.unreachable_reason == "chat_not_found"

    assert all(r["attempts"] == 1 for r in rows), "own pacing: no recipient send met a 429"
    recipient_calls = sends_to_recipients(bench, {p.telegram_id for p in points})
    assert_within_telegram_limits(recipient_calls)

    progress = [m for m in admin.transcript if m.text and m.text.startswith("Broadcast 1:")]
    assert len(progress) == 1, "one progress message, edited"
    assert progress[0].text == "Broadcast 1: 46 of 50 sent, 4 unreachable"
    report = admin.transcript[-1].text or ""
    assert "Broadcast 1 is complete: 46 of 50 delivered. Unreachable: 4." in report
    assert report.count("has blocked the bot") == 3 and "chat no longer exists" in report
    actions = [e.action for e in await audit.entries(bench.db)]
    assert "broadcast.create" in actions and "broadcast.done" in actions
    done = (await audit.entries(bench.db, "broadcast.done"))[0]
    assert done.details["sent"] == 46 and done.details["unreachable"] == 4


async def test_429s_and_server_errors_are_waited_out_without_loss_or_duplicates(bench: BotBench) -> None:
    """Telegram says "retry after 1" twice, answers 500, and drops a connection:
    every recipient still gets exactly one copy, and the rows say what happened."""
    points = await add_focal_points(bench.db, bench.emu, 20)
    faults = (
        Fault("429", method="sendMessage", count=2),
        Fault("500", method="sendMessage"),
        Fault("drop", method="sendMessage"),
    )
    loop_start = bench.emu.clock()
    broadcast_id = await queue(bench, kind=MessageKind.INVITATION, faults=faults)
    await sender(bench.deps).wait_idle(30)

    for point in points:
        assert point.user is not None
        assert copies(point.user, INVITATION_MARK[point.language]) == 1
    rows = await delivery_rows(bench.db, broadcast_id)
    assert all(r["status"] == "sent" for r in rows)
    retried = [r for r in rows if int(r["attempts"]) > 1]  # type: ignore[call-overload]
    assert len(retried) >= 3
    assert any("429" in str(r["last_error"]) for r in retried)
    assert any(r["in_doubt"] for r in retried), "a dropped connection may have delivered: flagged"
    stats = sender(bench.deps).stats
    assert stats.retry_after == 2 and stats.transient_errors == 2
    # retry_after was honoured: the whole sender paused for it.
    assert bench.emu.clock() - loop_start >= 1.0
    report = bench.user(ADMIN_ID).transcript[-1].text or ""
    assert "20 of 20 delivered" in report and "may have received two copies): 1" in report


async def test_two_broadcasts_are_queued_in_order_not_interleaved(bench: BotBench) -> None:
    """Two officers send at the same moment to the same focal points: the second broadcast
    starts after the first, and nobody gets two messages within a second."""
    await add_officer(bench.db, 900_002)
    points = await add_focal_points(bench.db, bench.emu, 8)
    first = await queue(bench, kind=MessageKind.INVITATION)
    second = await queue(bench, kind=MessageKind.REMINDER)
    assert await broadcasts.queue_position(bench.db, second, bench.deps.now()) == 1
    await sender(bench.deps).wait_idle(30)

    chat_ids = {p.telegram_id for p in points}
    calls = sends_to_recipients(bench, chat_ids)
    assert len(calls) == 16
    assert_within_telegram_limits(calls)
    rows = await delivery_rows(bench.db)
    first_done = max(str(r["sent_at"]) for r in rows if r["broadcast_id"] == first)
    second_start = min(str(r["sent_at"]) for r in rows if r["broadcast_id"] == second)
    assert first_done <= second_start
    for point in points:
        assert point.user is not None
        texts_seen = [m.text or "" for m in point.user.transcript]
        assert INVITATION_MARK[point.language] in texts_seen[0]
        assert len(texts_seen) == 2  # the invitation, then the reminder


async def test_a_text_of_my_own_to_chosen_countries(bench: BotBench) -> None:
    """The officer types a message, picks Kenya and (misspelt) France, sees it under the
    heading in English and French, and only those two countries receive it."""
    kenya = await add_focal_point(bench.db, bench.emu, 20_001, "KE", "en")
    france = await add_focal_point(bench.db, bench.emu, 20_002, "FR", "fr")
    chile = await add_focal_point(bench.db, bench.emu, 20_003, "CL", "es")
    admin = bench.user(ADMIN_ID)
    await bench.send(admin, "/broadcast")
    assert "Please choose one of the options" in texts(await bench.do(admin, admin.send_sticker))
    await bench.press(admin, "A text of my own")
    assert "Please type the message as text" in texts(await bench.do(admin, admin.send_sticker))
    assert "at most 3,500" in texts(await bench.send(admin, "x" * 3501))
    await bench.send(admin, "The meeting room has changed: Conference Room 2.")
    await bench.press(admin, "Countries I choose")
    answer = texts(await bench.send(admin, "Kenya, Frnace, Atlantis"))
    assert "Kenya (focal points: 1)" in answer and "Not recognized: Atlantis" in answer
    assert "Did you mean" in answer
    await bench.press(admin, "France")
    preview = texts(await bench.press(admin, "Done"))
    assert "Message from the secretariat of the United Nations Environment Programme:" in preview
    assert "Number of recipients: 2" in preview
    # No French version was typed: the officer says which version the French recipient gets
    # (issue 17), and only then may send.
    assert "No version in French: please choose" in preview
    await bench.press(admin, "French recipients: send the English version")
    await bench.press(admin, "Send")
    await sender(bench.deps).wait_idle(30)
    for point in (kenya, france):
        assert point.user is not None
        assert copies(point.user, "Conference Room 2") == 1
    assert chile.user is not None and not chile.user.transcript
    created = (await audit.entries(bench.db, "broadcast.create"))[0]
    assert created.actor_id == ADMIN_ID and created.details["recipients"] == 2
    assert created.details["audience"] == {"kind": "countries", "countries": ["KE", "FR"]}


async def test_choices_survive_a_restart_and_countries_without_submission(bench: BotBench) -> None:
    """Half-way through the flow the bot restarts; the officer carries on. "Countries without
    a submission" leaves out a country that has answered."""
    kenya = await add_focal_point(bench.db, bench.emu, 21_001, "KE", "en")
    france = await add_focal_point(bench.db, bench.emu, 21_002, "FR", "fr")
    await add_submission(bench.db, "FR", france.participant_id)
    admin = bench.user(ADMIN_ID)
    await bench.send(admin, "/broadcast")
    await bench.press(admin, "Reminder")
    audiences = admin.chat.latest_with_keyboard()
    assert audiences is not None
    # a reminder leaves out France, which has submitted, and the counts say so
    assert "not sent to countries whose input has already been received" in (audiences.text or "")
    assert ["All approved focal points (1)"] in audiences.buttons
    await bench.restart()
    preview = texts(await bench.press(admin, "Countries without a submission (1)"))
    assert "Reminder from the secretariat" in preview and "Number of recipients: 1" in preview
    await bench.press(admin, "Send")
    await sender(bench.deps).wait_idle(30)
    assert kenya.user is not None and copies(kenya.user, "Reminder from the secretariat") == 1
    assert france.user is not None and not france.user.transcript


async def test_cancel_sends_nothing(bench: BotBench) -> None:
    await add_focal_points(bench.db, bench.emu, 3)
    admin = bench.user(ADMIN_ID)
    await bench.send(admin, "/broadcast")
    await bench.press(admin, "Renewed invitation")
    await bench.press(admin, "All approved focal points (3)")
    assert "nothing was sent" in texts(await bench.send(admin, "/cancel"))
    assert await bench.db.fetchval("SELECT COUNT(*) FROM broadcasts") == 0
    # The old preview's Send button no longer does anything.
    replies = await bench.do(admin, lambda: admin.press_data("bc:send"))
    assert "no longer valid" in texts(replies)
    assert await bench.db.fetchval("SELECT COUNT(*) FROM broadcasts") == 0
