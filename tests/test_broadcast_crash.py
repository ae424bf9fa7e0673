"""A `kill -9` of the bot in the middle of a broadcast, and a restart: the broadcast resumes
where it stopped, every live recipient has exactly one copy, and the only possible doubles are
the deliveries the database shows in flight at the moment of the kill (services/delivery/sender.py).

The bot runs as a real process (`python -m bot.cli run`) against the emulator in this process.
One send is held in flight by the emulator when the process dies, so the window is exercised
on every run rather than by luck.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path

from emulator import BotApiEmulator, Fault, Limits
from storage import Database, audit, broadcasts, participants
from storage.broadcasts import Audience, MessageKind
from storage.models import utc_now
from tests.support.broadcasts import INVITATION_MARK, add_focal_points, copies
from tests.support.harness import ADMIN_ID, TOKEN

ROOT = Path(__file__).resolve().parent.parent
RECIPIENTS = 120


async def start_bot(emu: BotApiEmulator, database: Path, workdir: Path, name: str) -> asyncio.subprocess.Process:
    env = {
        **os.environ,
        "BOT_TOKEN": TOKEN,
        "BOT_API_BASE_URL": emu.base_url,
        "BOT_API_FILE_URL": emu.base_file_url,
        "DATABASE_PATH": str(database),
        "ADMIN_IDS": str(ADMIN_ID),
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(ROOT),
        "PTB_TIMEDELTA": "1",
    }
    with (workdir / f"{name}.log").open("wb") as log:  # the child keeps its own copy of the descriptor
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.cli", "run", cwd=workdir, env=env, stdout=log, stderr=log
        )


async def wait_until(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise TimeoutError(f"waited {timeout} s for {what}")
        await asyncio.sleep(0.01)


async def test_kill_9_mid_broadcast_then_restart_delivers_each_copy_once(tmp_path: Path) -> None:
    emu = BotApiEmulator(token=TOKEN, limits=Limits())
    await emu.start()
    database = tmp_path / "bot.sqlite3"
    db = await Database.open(database)
    points = await add_focal_points(db, emu, RECIPIENTS)
    await participants.bootstrap_admins(db, [ADMIN_ID])
    emu.user(ADMIN_ID, first_name="Officer")
    admin = await participants.get_by_telegram_id(db, ADMIN_ID)
    assert admin is not None
    members = await broadcasts.audience_members(db, Audience())
    created = await broadcasts.create(
        db,
        kind=MessageKind.INVITATION,
        audience=Audience(),
        recipients=[broadcasts.recipient_for(m) for m in members],
        now=utc_now(),
        created_by=admin.id,
        actor_telegram_id=ADMIN_ID,
        progress_chat_id=ADMIN_ID,
    )
    await db.close()

    def delivered() -> int:
        return sum(len(p.user.transcript) for p in points if p.user is not None)

    first = await start_bot(emu, database, tmp_path, "first")
    try:
        await wait_until(lambda: delivered() >= RECIPIENTS // 3, 60, "a third of the broadcast")
        # Hold the next send inside the emulator, then kill the bot while it waits for it.
        emu.timeout_seconds = 60
        emu.inject(Fault("timeout", method="sendMessage"))
        await wait_until(lambda: emu.stats.faults_injected >= 1, 10, "a send held in flight")
        await asyncio.sleep(0.1)
    finally:
        first.send_signal(signal.SIGKILL)
        await first.wait()
    assert first.returncode == -signal.SIGKILL
    copies_at_kill = delivered()
    assert copies_at_kill < RECIPIENTS, "the kill came too late to test anything"

    db = await Database.open(database)
    in_flight = {
        int(r["chat_id"]) for r in await db.fetchall("SELECT chat_id FROM deliveries WHERE status = 'sending'")
    }
    await db.close()
    assert 1 <= len(in_flight) <= 4, f"the in-flight window is {len(in_flight)} messages"

    second = await start_bot(emu, database, tmp_path, "second")
    try:
        await wait_until(lambda: delivered() >= RECIPIENTS, 60, "the rest of the broadcast")
        db = await Database.open(database)
        try:
            for _ in range(500):
                found = await broadcasts.get(db, created.id)
                if found is not None and found.status == broadcasts.BroadcastStatus.DONE:
                    break
                await asyncio.sleep(0.02)
            rows = await broadcasts.deliveries(db, created.id)
            resumed = await audit.entries(db, "broadcast.resume")
        finally:
            await db.close()
    finally:
        second.send_signal(signal.SIGTERM)
        await asyncio.wait_for(second.wait(), 20)
        emu.timeout_seconds = 6.0
        await emu.stop()

    assert second.returncode == 0, (tmp_path / "second.log").read_text()
    for point in points:
        assert point.user is not None
        count = copies(point.user, INVITATION_MARK[point.language])
        if point.telegram_id in in_flight:
            assert count in (1, 2), f"in flight at the kill: {count} copies"
        else:
            assert count == 1, f"{point.telegram_id} got {count} copies"
    assert all(r.status == broadcasts.DeliveryStatus.SENT for r in rows)
    assert {r.chat_id for r in rows if r.in_doubt} == in_flight
    assert resumed and resumed[0].details["in_doubt"] == len(in_flight)
    # The message held by the emulator never reached its user: the re-send is its only copy.
    doubled = sum(1 for p in points if p.user is not None and copies(p.user, INVITATION_MARK[p.language]) == 2)
    assert doubled <= len(in_flight) - 1
