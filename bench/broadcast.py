"""Benchmark: the renewed invitation to 1,000 focal points through the Bot API emulator.

The emulator enforces Telegram's limits (30 messages a second overall, 1 a second per chat
with a burst of 5) and answers 429 with retry_after on any excess. The real bot runs in this
process against it; a secretariat officer sends /broadcast, picks the renewed invitation and
all approved focal points, and presses Send. Printed: messages per second over the sending
window, the ratio to 30, lost and duplicated messages, and the 429s received.

    python3 -m bench.broadcast [--recipients 1000]

Replies before bulk: while the broadcast goes out, `--interacting` people (10) who are not
among its recipients each send /help every 2 to 6 s (seeded), and the time from sending to
seeing the answer is measured. Every Bot API call takes `--round-trip` seconds there and back
(0.1 s, as Telegram from a server in Europe).

    python -m bench.broadcast [--recipients 1000] [--interacting 10] [--round-trip 0.1]

A note in six language versions with a 2 MB PDF per language, each PDF uploaded once, and a
`kill -9` mid-broadcast (bench/broadcast_documents.py):

    python -m bench.broadcast --documents [--recipients 1000] [--crash-recipients 300]

Target: ratio >= 0.9 with people interacting (>= 0.95 without), reply p99 <= 1.5 s, nothing
lost, nothing duplicated.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import random
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bot.app import Endpoint
from bot.runtime import running_bot
from bot.sandbox import settle
from emulator import BotApiEmulator, EmulatedUser, Limits
from handlers.context import DEPS_KEY, Deps
from prompts import LANGUAGES
from services.delivery import Sender
from storage import broadcasts, participants
from storage.models import ParticipantStatus
from tests.support.broadcasts import INVITATION_MARK, copies

TOKEN = "123456:BENCH-token-for-consultbot"  # noqa: S105 (the emulator's, not a secret)
OFFICER_ID = 1
TELEGRAM_RATE = 30.0
COUNTRIES = ("KE", "FR", "CN", "RU", "EG", "MX", "JP", "SN", "KZ", "SA", "CL", "US")


@dataclass
class Result:
    recipients: int
    delivered: int
    window_seconds: float
    end_to_end_seconds: float
    lost: int
    duplicated: int
    too_many_requests: int
    sender_429s: int
    reply_seconds: list[float]

    @property
    def per_second(self) -> float:
        # n messages evenly spaced span n - 1 intervals.
        return (self.delivered - 1) / self.window_seconds if self.window_seconds > 0 else 0.0

    @property
    def ratio(self) -> float:
        return self.per_second / TELEGRAM_RATE

    def reply_percentile(self, share: float) -> float:
        ordered = sorted(self.reply_seconds)
        if not ordered:
            return 0.0
        return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


async def interact(user: EmulatedUser, rng: random.Random, until: asyncio.Event, seconds: list[float]) -> None:
    """A person using the bot during the broadcast: /help, the answer read, a pause, again."""
    while not until.is_set():
        await asyncio.sleep(rng.uniform(2.0, 6.0))
        if until.is_set():
            return
        mark = user.mark()
        began = time.monotonic()
        user.send_command("/help")
        await user.wait_messages(mark, 1, timeout=60)
        seconds.append(time.monotonic() - began)


async def press(emu: BotApiEmulator, app: object, user: EmulatedUser, label: str) -> None:
    user.press(label)
    await settle(emu, app)  # type: ignore[arg-type]


async def run(recipients: int, workdir: Path, *, interacting: int = 10, round_trip: float = 0.1) -> Result:
    emu = BotApiEmulator(token=TOKEN, limits=Limits(global_per_second=30, per_chat_per_second=1.0, per_chat_burst=5))
    emu.round_trip = round_trip
    await emu.start()
    rng = random.Random(7)
    reply_seconds: list[float] = []
    users: list[tuple[EmulatedUser, str]] = []
    try:
        async with running_bot(
            database_path=workdir / "bench.sqlite3",
            endpoint=Endpoint(TOKEN, emu.base_url, emu.base_file_url),
            attachments_dir=workdir / "attachments",
            admin_ids=frozenset({OFFICER_ID}),
            poll_timeout=1,
        ) as app:
            deps: Deps = app.bot_data[DEPS_KEY]
            for index in range(recipients):
                telegram_id = 100_000 + index
                language = LANGUAGES[index % len(LANGUAGES)]
                user = emu.user(telegram_id, first_name=f"FP{index}", language_code=language)
                participant = await participants.ensure(deps.db, telegram_id, telegram_id, language)
                await participants.update_fields(
                    deps.db,
                    participant.id,
                    country_code=COUNTRIES[index % len(COUNTRIES)],
                    status=ParticipantStatus.APPROVED,
                    language=language,
                )
                users.append((user, language))
            officer = emu.user(OFFICER_ID, first_name="Officer")
            officer.send_command("/broadcast")
            await settle(emu, app)
            await press(emu, app, officer, "Renewed invitation")
            await press(emu, app, officer, "All approved focal points")
            started = time.monotonic()
            await press(emu, app, officer, "Send")
            sender = deps.sender
            assert isinstance(sender, Sender)
            done = asyncio.Event()
            people = [
                asyncio.create_task(interact(emu.user(900_000 + n, language_code="en"), rng, done, reply_seconds))
                for n in range(interacting)
            ]
            while True:
                active = await broadcasts.active(deps.db)
                if not active:
                    break
                await asyncio.sleep(0.2)
            finished = time.monotonic()
            done.set()
            await asyncio.gather(*people)
            await sender.wait_idle(30)
            rows = await broadcasts.deliveries(deps.db, 1)
            sender_429s = sender.stats.retry_after
    finally:
        await emu.stop()

    counts = [copies(user, INVITATION_MARK[language]) for user, language in users]
    sent_at = sorted(r.sent_at for r in rows if r.sent_at is not None)
    window = (sent_at[-1] - sent_at[0]).total_seconds() if len(sent_at) > 1 else 0.0
    return Result(
        recipients=recipients,
        delivered=sum(1 for c in counts if c >= 1),
        window_seconds=window,
        end_to_end_seconds=finished - started,
        lost=sum(1 for c in counts if c == 0),
        duplicated=sum(c - 1 for c in counts if c > 1),
        too_many_requests=emu.stats.too_many_requests,
        sender_429s=sender_429s,
        reply_seconds=reply_seconds,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--recipients", type=int, default=1000)
    parser.add_argument("--interacting", type=int, default=10, help="people using the bot meanwhile")
    parser.add_argument(
        "--round-trip", type=float, default=None, help="seconds per Bot API call (0.1; with --documents: 0)"
    )
    parser.add_argument(
        "--documents", action="store_true", help="a six-language note with a 2 MB PDF per language (issue 17)"
    )
    parser.add_argument("--crash-recipients", type=int, default=300, help="with --documents: the kill -9 run")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    if args.documents:
        from bench import broadcast_documents

        return broadcast_documents.main(args.recipients, args.crash_recipients, args.round_trip or 0.0)
    args.round_trip = 0.1 if args.round_trip is None else args.round_trip
    with tempfile.TemporaryDirectory() as tmp:
        result = asyncio.run(run(args.recipients, Path(tmp), interacting=args.interacting, round_trip=args.round_trip))
    print(f"recipients            {result.recipients:,}")
    print(f"delivered             {result.delivered:,}")
    print(f"sending window        {result.window_seconds:.2f} s (first to last delivery)")
    print(f"Send to last delivery {result.end_to_end_seconds:.2f} s")
    print(f"messages per second   {result.per_second:.2f}")
    print(f"ratio to 30/s         {result.ratio:.3f}")
    print(f"lost                  {result.lost}")
    print(f"duplicated            {result.duplicated}")
    print(
        f"429s received         {result.too_many_requests} "
        f"(by the broadcast sender: {result.sender_429s}; the rest by the officer's chat during the preview)"
    )
    replies = result.reply_seconds
    if replies:
        print(
            f"replies meanwhile     {len(replies)} to {args.interacting} people: "
            f"p50 {result.reply_percentile(0.5):.2f} s, p99 {result.reply_percentile(0.99):.2f} s, "
            f"max {max(replies):.2f} s (round trip {args.round_trip:g} s)"
        )
    floor = 0.9 if args.interacting else 0.95
    ok = result.ratio >= floor and result.lost == 0 and result.duplicated == 0
    ok = ok and (not replies or result.reply_percentile(0.99) <= 1.5)
    print(f"target (ratio >= {floor}, reply p99 <= 1.5 s, nothing lost or duplicated):", "met" if ok else "NOT met")
    print(f"run at {datetime.now(UTC).isoformat(timespec='seconds')}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
