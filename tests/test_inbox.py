"""Nothing a person sends is lost: the durable inbox (bot/inbox.py) across `kill -9`, in long
polling and webhook mode, with the bot in its own process (bench/inbox.py runs the same bursts
and prints the figures).

50 people send /help 10 times each within 3 s; the bot's process is killed with SIGKILL at five
seeded moments while it works through the burst, and started again at once on the same
database; nobody sends anything again. Every update is answered; an answer is seen twice only
for an update the kill caught in flight with its answer already out (the database had not yet
recorded it as handled: it is handled again, and the Bot API has no idempotency key). A SIGTERM
in the middle of the backlog stops the bot without working the backlog off: the rest stays in
the inbox and is answered, once, after the restart.

Then, in this process: what the inbox holds at start-up is answered before anything new, and
fetching stops while the inbox is full.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bench.inbox import PEOPLE, UPDATES_EACH, burst_with_kills
from bot.app import inbox_of
from storage import Database, inbox
from storage.inbox import Received
from storage.models import utc_now
from tests.support.harness import BotBench, relax_flood_limits, texts

SEED = 20130318
KILLS = 5  # per mode: ten in all


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["polling", "webhook"])
async def test_kill_9_during_a_burst_loses_nothing(tmp_path: Path, mode: str) -> None:
    outcome = await burst_with_kills(tmp_path, mode, SEED + (mode == "webhook"), KILLS)
    print(
        f"\n{mode}: {outcome.updates} updates, {outcome.kills} kills: lost {outcome.lost}, "
        f"duplicated {outcome.duplicated} (in flight at a kill with the answer out: {outcome.in_flight_at_kills})"
    )
    assert outcome.kills == KILLS
    assert outcome.updates == PEOPLE * UPDATES_EACH
    assert outcome.lost == 0, "every update is answered"
    assert outcome.unrecorded == 0, "every update is recorded as handled"
    assert outcome.unexplained == 0, "an answer is repeated only for an update a kill caught in flight"
    assert outcome.duplicated == outcome.in_flight_at_kills


@pytest.mark.slow
async def test_a_graceful_stop_leaves_the_backlog_in_the_inbox(tmp_path: Path) -> None:
    """Two SIGTERMs while hundreds of updates wait: each stop leaves them in the inbox (it does
    not work them off at 30 a second), and after the restarts each is answered exactly once."""
    outcome = await burst_with_kills(tmp_path, "polling", SEED + 2, 2, terminate=True)
    print(f"\nstops (seconds to exit, updates left in the inbox): {outcome.stops}")
    assert [left > 0 for _seconds, left in outcome.stops] == [True, True], outcome.stops
    assert (outcome.lost, outcome.duplicated, outcome.unrecorded) == (0, 0, 0)


async def test_updates_left_in_the_inbox_are_answered_before_new_ones(bench: BotBench) -> None:
    relax_flood_limits(bench)
    user = bench.user(9601, language_code="en")
    await bench.stop_bot()
    # What a killed process leaves: updates committed to the inbox, confirmed to the server.
    left = [user.send_command("/help"), user.send_command("/language")]
    bench.emu.updates.confirm(bench.emu.updates.last_id + 1)
    db = await Database.open(bench.database_path)
    await inbox.receive(db, [Received(update_id=u["update_id"], payload=u) for u in left], utc_now())
    await db.close()
    user.send_command("/cancel")  # sent while the bot is down: waits at the server

    await bench.start_bot()
    await bench.settle()
    seen = [m.content for m in user.transcript]
    assert len(seen) == 3
    assert "/language" in seen[0], "the help text first"
    assert seen[1] == bench.deps.catalog.t("en", "language-choose")
    assert seen[2] == bench.deps.catalog.t("en", "menu-title"), "the new update last"
    assert await bench.db.fetchval("SELECT COUNT(*) FROM inbox") == 0


async def test_fetching_waits_while_the_inbox_is_full(bench: BotBench, monkeypatch: pytest.MonkeyPatch) -> None:
    relax_flood_limits(bench)
    assert bench.app is not None
    box = inbox_of(bench.app)
    monkeypatch.setattr(box, "limit", 3)
    most: list[int] = []
    receive = box.receive

    async def watched(updates: Any) -> None:
        await receive(updates)
        most.append(box.waiting)

    monkeypatch.setattr(box, "receive", watched)
    first = bench.user(9699, language_code="en")
    await bench.send(first, "/help")  # the long poll open at the start asked for more: let it end
    most.clear()
    people = [bench.user(9700 + n, language_code="en") for n in range(12)]
    for person in people:
        person.send_command("/help")
    await bench.settle()
    assert max(most) <= 3 and len(most) >= 4, most  # never more than 3 fetched and waiting
    assert all("/language" in texts(person.transcript) for person in people)
