"""Benchmark: a note in six language versions with a 2 MB PDF per language, to 1,000 focal
points, through the emulator enforcing Telegram's limits (issue 17). Run by bench/broadcast.py:

    python -m bench.broadcast --documents [--recipients 1000] [--crash-recipients 300] [--round-trip 0]

Each recipient gets two messages: the note in their language, then their language's PDF (a
document message counts as one message, as Telegram counts it; the sender gives each its own
slot and keeps a second between two messages to one chat). Printed: messages a second over the
sending window and its ratio to 30, how many times each PDF was uploaded (the target: once per
language, every other copy sent by the file_id of the first), and lost or doubled notes and
documents.

Then a `kill -9`: the bot runs as its own process (`python -m bot.cli run`) on a smaller
audience (`--crash-recipients`), is killed a third of the way through, while the emulator
holds a document send in flight, and started again. The
documented duplicate window (services/delivery/sender.py) is what was in flight at the kill:
at most `max_in_flight` (4) messages, each possibly received twice, and a PDF whose first upload
was in flight uploaded once more. The bench checks that nothing is lost, that the only doubles
are deliveries the database shows in flight at the kill, and prints the uploads per PDF.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import random
import signal
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from bot.app import Endpoint
from bot.runtime import running_bot
from emulator import BotApiEmulator, EmulatedUser, Fault, Limits
from handlers.context import DEPS_KEY, Deps
from prompts import LANGUAGES
from services.delivery import Sender
from storage import Database, broadcasts, communications, participants
from storage.broadcasts import Audience, MessageKind
from storage.models import ParticipantStatus, Role, utc_now
from tests.support.processes import TOKEN as PROCESS_TOKEN
from tests.support.processes import BotProcess

TOKEN = "123456:BENCH-token-for-consultbot"  # noqa: S105 (the emulator's, not a secret)
OFFICER_ID = 900_001  # tests/support/processes.py's ADMIN_IDS
TELEGRAM_RATE = 30.0
PDF_BYTES = 2 * 1024 * 1024
COUNTRIES = {"ar": "EG", "zh": "CN", "en": "KE", "fr": "FR", "ru": "RU", "es": "MX"}


def note(language: str) -> str:
    return f"NOTE-{language.upper()}: the secretariat transmits the note verbale attached ({language})."


def pdf(language: str, seed: int = 17) -> bytes:
    """A 2 MB PDF per language (random bytes in a PDF envelope: nothing compresses it away)."""
    body = random.Random(f"{seed}-{language}").randbytes(PDF_BYTES - 32)
    return b"%PDF-1.4\n" + body + b"\n%%EOF\n"


@dataclass
class Outcome:
    recipients: int
    messages: int = 0
    window_seconds: float = 0.0
    lost: int = 0
    doubled: int = 0
    uploads: Counter[str] = field(default_factory=Counter)
    too_many_requests: int = 0
    seconds: float = 0.0

    @property
    def per_second(self) -> float:
        return (self.messages - 1) / self.window_seconds if self.window_seconds > 0 else 0.0

    @property
    def ratio(self) -> float:
        return self.per_second / TELEGRAM_RATE


async def prepare(db: Database, emu: BotApiEmulator, recipients: int) -> tuple[list[tuple[EmulatedUser, str]], int]:
    """Approved focal points in the six languages, the officer, and the note queued with its
    six PDFs (as /broadcast's Send leaves it); returns the users and the broadcast id."""
    users = []
    for index in range(recipients):
        language = LANGUAGES[index % len(LANGUAGES)]
        telegram_id = 100_000 + index
        users.append((emu.user(telegram_id, first_name=f"FP{index}", language_code=language), language))
        participant = await participants.ensure(db, telegram_id, telegram_id, language)
        await participants.update_fields(
            db, participant.id, country_code=COUNTRIES[language], status=ParticipantStatus.APPROVED, language=language
        )
    officer = await participants.ensure(db, OFFICER_ID, OFFICER_ID, "en")
    await participants.update_fields(db, officer.id, role=Role.SECRETARIAT, status=ParticipantStatus.APPROVED)
    emu.user(OFFICER_ID, first_name="Officer")
    for language in LANGUAGES:
        data = pdf(language)
        added = await communications.add_draft_file(
            db,
            officer.id,
            file_name=f"note-verbale-{language}.pdf",
            mime_type="application/pdf",
            sha256=hashlib.sha256(data).hexdigest(),
            data=data,
        )
        assert added is not None
        await communications.set_draft_file_language(db, officer.id, added.id, language)
    members = await broadcasts.audience_members(db, Audience())
    created = await broadcasts.create(
        db,
        kind=MessageKind.CUSTOM,
        audience=Audience(),
        recipients=[broadcasts.recipient_for(m) for m in members],
        now=utc_now(),
        created_by=officer.id,
        actor_telegram_id=OFFICER_ID,
        texts={language: note(language) for language in LANGUAGES},
        with_draft_files=True,
    )
    assert created is not None
    return users, created.id


def tally(emu: BotApiEmulator, users: list[tuple[EmulatedUser, str]], outcome: Outcome) -> dict[int, tuple[int, int]]:
    """Each recipient's copies of their note and of their PDF; lost and doubled counted."""
    copies = {}
    for user, language in users:
        notes = sum(1 for m in user.transcript if m.text and note(language) in m.text)
        docs = sum(1 for m in user.transcript if m.document_name == f"note-verbale-{language}.pdf")
        copies[user.id] = (notes, docs)
        outcome.lost += (notes == 0) + (docs == 0)
        outcome.doubled += max(0, notes - 1) + max(0, docs - 1)
    for params in emu.calls_to("sendDocument"):
        if isinstance(params.get("document"), dict):
            outcome.uploads[str(params["document"]["file_name"])] += 1
    return copies


async def throughput(recipients: int, workdir: Path, round_trip: float) -> Outcome:
    """The note and its PDFs to `recipients`, the bot in this process."""
    emu = BotApiEmulator(token=TOKEN, limits=Limits(global_per_second=30, per_chat_per_second=1.0, per_chat_burst=5))
    emu.round_trip = round_trip
    await emu.start()
    outcome = Outcome(recipients)
    try:
        db = await Database.open(workdir / "bench.sqlite3")
        users, _ = await prepare(db, emu, recipients)
        await db.close()
        began = time.monotonic()
        async with running_bot(
            database_path=workdir / "bench.sqlite3",
            endpoint=Endpoint(TOKEN, emu.base_url, emu.base_file_url),
            attachments_dir=workdir / "attachments",
            admin_ids=frozenset({OFFICER_ID}),
            poll_timeout=1,
        ) as app:
            deps: Deps = app.bot_data[DEPS_KEY]
            sender = deps.sender
            assert isinstance(sender, Sender)
            while True:
                if not await broadcasts.active(deps.db):
                    break
                await asyncio.sleep(0.2)
            await sender.wait_idle(60)
            outcome.seconds = time.monotonic() - began
        ids = {user.id for user, _ in users}
        stamps = sorted(
            at
            for at, method, params in emu.calls
            if method in ("sendMessage", "sendDocument") and int(params.get("chat_id", 0)) in ids
        )
        outcome.messages = len(stamps)
        outcome.window_seconds = stamps[-1] - stamps[0] if len(stamps) > 1 else 0.0
        outcome.too_many_requests = emu.stats.too_many_requests
        tally(emu, users, outcome)
    finally:
        await emu.stop()
    return outcome


@dataclass
class CrashOutcome:
    recipients: int
    delivered_at_kill: int = 0
    in_flight_at_kill: int = 0
    lost: int = 0
    doubled: int = 0
    doubled_outside_window: int = 0
    uploads: Counter[str] = field(default_factory=Counter)
    uploading_at_kill: int = 0  # PDFs with no file_id recorded yet at the kill
    restart_seconds: float = 0.0


async def wait_until(check: object, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not check():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise TimeoutError(f"waited {timeout} s for {what}")
        await asyncio.sleep(0.02)


async def crash(recipients: int, workdir: Path) -> CrashOutcome:
    """`kill -9` a third of the way through, then a restart that finishes the broadcast."""
    emu = BotApiEmulator(token=PROCESS_TOKEN, limits=Limits())
    await emu.start()
    outcome = CrashOutcome(recipients)
    bot = BotProcess(workdir, emu)
    bot.env["LOG_LEVEL"] = "WARNING"
    try:
        db = await Database.open(workdir / "bot.sqlite3")
        users, broadcast_id = await prepare(db, emu, recipients)
        await db.close()
        total = 2 * recipients

        def delivered() -> int:
            return sum(len(user.transcript) for user, _ in users)

        bot.start()
        await wait_until(lambda: delivered() >= total // 3, 120, "a third of the broadcast")
        # Hold the next document send inside the emulator, and kill the bot while it waits for
        # the answer: the window is exercised on every run, on a document, not left to luck.
        emu.timeout_seconds = 60
        emu.inject(Fault("timeout", method="sendDocument"))
        await wait_until(lambda: emu.stats.faults_injected >= 1, 30, "a document held in flight")
        await asyncio.sleep(0.1)
        assert bot.process is not None
        os.kill(bot.process.pid, signal.SIGKILL)
        bot.process.wait(timeout=10)
        emu.timeout_seconds = 6.0
        outcome.delivered_at_kill = delivered()
        db = await Database.open(workdir / "bot.sqlite3")
        in_flight = {
            int(r["chat_id"])
            for r in await db.fetchall(
                "SELECT chat_id FROM deliveries WHERE broadcast_id = ? AND status = 'sending'", (broadcast_id,)
            )
        }
        outcome.uploading_at_kill = sum(
            1 for f in await communications.files(db, broadcast_id) if not f.telegram_file_id
        )
        await db.close()
        outcome.in_flight_at_kill = len(in_flight)
        began = time.monotonic()
        bot.start()
        await wait_until(lambda: delivered() >= total, 120, "the rest of the broadcast")
        outcome.restart_seconds = time.monotonic() - began
        await asyncio.sleep(1.0)  # anything doubled would have arrived by now
        copies = tally(emu, users, outcome)  # type: ignore[arg-type]
        outcome.doubled_outside_window = sum(
            1 for chat, (notes, docs) in copies.items() if (notes > 1 or docs > 1) and chat not in in_flight
        )
    finally:
        bot.stop()
        await emu.stop()
    return outcome


def main(recipients: int, crash_recipients: int, round_trip: float) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        measured = asyncio.run(throughput(recipients, Path(tmp), round_trip))
    print(f"recipients            {measured.recipients:,} in six languages, a 2 MB PDF per language")
    print(f"messages              {measured.messages:,} (a note and a document each)")
    print(f"sending window        {measured.window_seconds:.2f} s (first to last message)")
    print(f"messages per second   {measured.per_second:.2f}")
    print(f"ratio to 30/s         {measured.ratio:.3f}")
    print(f"uploads per PDF       {dict(sorted(measured.uploads.items()))}")
    print(f"lost                  {measured.lost}")
    print(f"doubled               {measured.doubled}")
    print(f"429s received         {measured.too_many_requests}")
    print(f"start to last message {measured.seconds:.2f} s")
    ok = (
        measured.ratio >= 0.95
        and measured.lost == 0
        and measured.doubled == 0
        and sorted(measured.uploads.values()) == [1] * len(LANGUAGES)
    )
    with tempfile.TemporaryDirectory() as tmp:
        crashed = asyncio.run(crash(crash_recipients, Path(tmp)))
    print(
        f"kill -9 run           {crashed.recipients:,} recipients; killed after {crashed.delivered_at_kill:,} messages"
    )
    print(f"in flight at the kill {crashed.in_flight_at_kill} (the duplicate window; at most 4)")
    print(f"PDFs not yet uploaded at the kill {crashed.uploading_at_kill}")
    print(f"restart to last msg   {crashed.restart_seconds:.2f} s")
    print(f"lost after restart    {crashed.lost}")
    print(f"doubled               {crashed.doubled} (outside the window: {crashed.doubled_outside_window})")
    print(f"uploads per PDF       {dict(sorted(crashed.uploads.items()))}")
    crash_ok = (
        crashed.lost == 0
        and crashed.doubled_outside_window == 0
        and crashed.in_flight_at_kill <= 4
        and crashed.doubled <= crashed.in_flight_at_kill
        and all(n <= 2 for n in crashed.uploads.values())
        and sum(crashed.uploads.values()) <= len(LANGUAGES) + crashed.in_flight_at_kill
    )
    print(
        "target (ratio >= 0.95, each PDF uploaded once, nothing lost or doubled; after kill -9 "
        "nothing lost, doubles only within the window):",
        "met" if ok and crash_ok else "NOT met",
    )
    print(f"run at {datetime.now(UTC).isoformat(timespec='seconds')}")
    return 0 if ok and crash_ok else 1
