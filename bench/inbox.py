"""Benchmark: does a `kill -9` lose what people sent? Long polling and webhook, bot in its own process.

50 people each send /help 10 times within 3 s (seeded moments) to `python -m bot.cli run`, a
real process talking over HTTP to the Bot API emulator in this process. The emulator keeps
Telegram's overall limit of 30 messages a second (the per-chat limit is lifted: these people
type faster than people do) and redelivers an update until a later getUpdates confirms it, or,
in webhook mode, POSTs it again until the bot answers 200. The bot's process is killed with
SIGKILL at seeded random moments while it works through the burst, and started again at once on
the same database. Nobody sends anything again.

At each kill, with the process dead, the database says which updates were handled
(processed_updates); a chat that has seen one more answer than it has handled updates had an
update in flight whose answer was already out: handling it again after the restart shows that
answer twice (Telegram has no idempotency key). Printed per mode: updates lost (never
answered), answers duplicated, and how many of those were in flight at a kill.

    python -m bench.inbox [--runs 2] [--kills 3] [--seed 12]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from emulator import BotApiEmulator, EmulatedUser

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "654321:INBOX-bench-token-for-consultbot"  # noqa: S105 (the emulator's, not a secret)
SECRET = "inbox-bench-webhook-secret"  # noqa: S105 (a header value for the emulator)
RUNNING = "consultbot is running"
PEOPLE = 50
UPDATES_EACH = 10
BURST_SECONDS = 3.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class KillableBot:
    """`python -m bot.cli run` (or `run --webhook URL`), its log in a file, killed with SIGKILL."""

    def __init__(self, workdir: Path, emu: BotApiEmulator, mode: str) -> None:
        self.workdir = workdir
        self.database = workdir / "bot.sqlite3"
        self.log = workdir / "bot.log"
        self.mode = mode
        port = free_port()
        self.webhook_url = f"http://127.0.0.1:{port}/telegram"
        self.env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "BOT_TOKEN": TOKEN,
            "BOT_API_BASE_URL": emu.base_url,
            "BOT_API_FILE_URL": emu.base_file_url,
            "DATABASE_PATH": str(self.database),
            "ATTACHMENTS_DIR": str(workdir / "attachments"),
            "LOG_LEVEL": "INFO",
            "PTB_TIMEDELTA": "1",
            "WEBHOOK_SECRET": SECRET,
            "WEBHOOK_PORT": str(port),
            "WEBHOOK_LISTEN": "127.0.0.1",
        }
        self.process: subprocess.Popen[bytes] | None = None
        self.starts = 0
        self.kills = 0

    async def launch(self) -> None:
        self.starts += 1
        arguments = ["run"] if self.mode == "polling" else ["run", "--webhook", self.webhook_url]
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(  # noqa: ASYNC220 (a start, timed by its log line)
                [sys.executable, "-m", "bot.cli", *arguments], env=self.env, cwd=self.workdir, stdout=log, stderr=log
            )
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 60
        while self.log.read_text(encoding="utf-8", errors="replace").count(RUNNING) < self.starts:
            if self.process.poll() is not None or loop.time() > deadline:
                raise RuntimeError("the bot did not start:\n" + self.log.read_text(errors="replace")[-3000:])
            await asyncio.sleep(0.02)

    def kill_9(self) -> None:
        assert self.process is not None
        self.process.kill()
        self.process.wait(timeout=10)
        self.kills += 1

    async def terminate(self) -> float:
        """SIGTERM, as a supervisor stops the bot; the seconds the process took to exit (the
        emulator keeps answering its last calls meanwhile)."""
        assert self.process is not None
        began = time.monotonic()
        self.process.terminate()
        await asyncio.to_thread(self.process.wait, 60)
        return time.monotonic() - began

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)


def handled_ids(database: Path) -> set[int]:
    """The update ids the bot recorded as handled (the process is dead or between writes)."""
    with sqlite3.connect(database) as raw:
        return {row[0] for row in raw.execute("SELECT update_id FROM processed_updates")}


@dataclass
class Person:
    user: EmulatedUser
    sent: list[int] = field(default_factory=list)  # update ids, in order

    @property
    def answers(self) -> int:
        return len(self.user.transcript)


@dataclass
class Outcome:
    mode: str
    seed: int
    updates: int
    kills: int
    lost: int  # updates never answered (per person: updates sent minus answers seen)
    duplicated: int  # answers beyond one per update
    in_flight_at_kills: int  # updates whose answer was out when a kill came, before they were recorded
    unrecorded: int  # updates not recorded as handled at the end
    unexplained: int  # answers beyond one per update in a chat with no update in flight at a kill
    seconds: float
    kill_moments: list[float]
    stops: list[tuple[float, int]] = field(default_factory=list)  # SIGTERMs: (seconds to exit, left in the inbox)


def inbox_rows(database: Path) -> int:
    with sqlite3.connect(database) as raw:
        return int(raw.execute("SELECT COUNT(*) FROM inbox").fetchone()[0])


async def burst_with_kills(workdir: Path, mode: str, seed: int, kills: int, *, terminate: bool = False) -> Outcome:
    """One run: the burst, `kills` SIGKILLs at seeded moments while it is handled, restarts
    (with `terminate`, SIGTERMs instead: a graceful stop in the middle of the backlog)."""
    rng = random.Random(seed)
    async with BotApiEmulator(token=TOKEN) as emu:
        emu.limits.per_chat_burst = 1000  # people here type faster than people do
        emu.limits.per_chat_per_second = 1000.0
        bot = KillableBot(workdir, emu, mode)
        people = [Person(emu.user(300_000 + n, language_code="en")) for n in range(PEOPLE)]
        moments = sorted(rng.uniform(0.0, BURST_SECONDS) for _ in range(PEOPLE * UPDATES_EACH))
        order = [person for person in people for _ in range(UPDATES_EACH)]
        rng.shuffle(order)
        # Handling 500 updates at 30 answers a second takes about 17 s: the kills fall in it.
        kill_at = sorted(rng.uniform(0.3, 16.0) for _ in range(kills))
        in_doubt: Counter[int] = Counter()
        stops: list[tuple[float, int]] = []
        try:
            await bot.launch()
            loop = asyncio.get_running_loop()
            started = loop.time()

            async def burst() -> None:
                for moment, person in zip(moments, order, strict=True):
                    delay = started + moment - loop.time()
                    if delay > 0:
                        await asyncio.sleep(delay)
                    person.sent.append(int(person.user.send_command("/help")["update_id"]))

            sending = asyncio.create_task(burst())
            for moment in kill_at:
                delay = started + moment - loop.time()
                if delay > 0:
                    await asyncio.sleep(delay)
                if terminate:
                    seconds = await bot.terminate()
                    stops.append((seconds, inbox_rows(bot.database)))
                else:
                    bot.kill_9()
                await asyncio.sleep(0.3)  # requests the bot sent just before it died reach the emulator
                done = handled_ids(bot.database)
                for person in people:
                    handled = sum(1 for update_id in person.sent if update_id in done)
                    in_doubt[person.user.id] += max(0, person.answers - handled - in_doubt[person.user.id])
                await bot.launch()
            await sending
            await settle_remote(emu, people)
            elapsed = loop.time() - started
            done = handled_ids(bot.database)
        finally:
            bot.stop()
    sent = [update_id for person in people for update_id in person.sent]
    return Outcome(
        mode=mode,
        seed=seed,
        updates=len(sent),
        kills=bot.kills,
        lost=sum(max(0, len(person.sent) - person.answers) for person in people),
        duplicated=sum(max(0, person.answers - len(person.sent)) for person in people),
        in_flight_at_kills=sum(in_doubt.values()),
        unrecorded=sum(1 for update_id in sent if update_id not in done),
        unexplained=sum(max(0, person.answers - len(person.sent) - in_doubt[person.user.id]) for person in people),
        seconds=elapsed,
        kill_moments=kill_at,
        stops=stops,
    )


async def settle_remote(emu: BotApiEmulator, people: list[Person], quiet: float = 2.0, limit: float = 120.0) -> None:
    """Until every update was taken from the emulator and no answer has come for `quiet` seconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit
    seen, still = -1, loop.time()
    while loop.time() < deadline:
        answers = sum(person.answers for person in people)
        if answers != seen or emu.pending_updates():
            seen, still = answers, loop.time()
        elif loop.time() - still >= quiet:
            return
        await asyncio.sleep(0.05)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=2, help="runs per mode")
    parser.add_argument("--kills", type=int, default=3, help="SIGKILLs per run")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--modes", default="polling,webhook")
    args = parser.parse_args()
    outcomes: list[Outcome] = []
    for mode in args.modes.split(","):
        for run in range(args.runs):
            with tempfile.TemporaryDirectory() as tmp:
                began = time.monotonic()
                outcome = asyncio.run(burst_with_kills(Path(tmp), mode, args.seed + run, args.kills))
                outcomes.append(outcome)
            print(
                f"{mode:8} seed {outcome.seed:3}  {outcome.updates} updates, {outcome.kills} kills "
                f"at {', '.join(f'{m:.1f}' for m in outcome.kill_moments)} s: "
                f"lost {outcome.lost:3}, duplicated {outcome.duplicated} "
                f"(in flight at a kill: {outcome.in_flight_at_kills}), not recorded as handled "
                f"{outcome.unrecorded}  [{time.monotonic() - began:.0f} s]",
                flush=True,
            )
    for mode in args.modes.split(","):
        mine = [o for o in outcomes if o.mode == mode]
        print(
            f"{mode}: {sum(o.updates for o in mine)} updates, {sum(o.kills for o in mine)} kills: "
            f"lost {sum(o.lost for o in mine)} (per run {min(o.lost for o in mine)} to {max(o.lost for o in mine)}), "
            f"duplicated {sum(o.duplicated for o in mine)}"
        )
    return 0 if all(o.lost == 0 for o in outcomes) else 1


if __name__ == "__main__":
    raise SystemExit(main())
