"""Twenty `kill -9`s at random (seeded) moments, each followed by a restart.

- 14 of the running bot (`python -m bot.cli run`, a real process against the emulator in this
  process): mid-registration (4), mid-draft (4), mid-submission (3), mid-broadcast (3). People
  keep acting through the crash the way people do (tests/stories.py: PatientRemote): an update
  sent to a dead bot waits at Telegram; one the dead bot had fetched is in its inbox
  (bot/inbox.py) and is answered after the restart. Nobody ever has to send anything again:
  a person who waits `PATIENCE` seconds after the restart without an answer would, and the
  test fails if anyone did.
- 3 of `consultbot export` while it writes the file, and 1 of the bot while it builds an
  officer's /export.
- 3 of `consultbot migrate`: on a fresh database, and on a database at schema version 1 whose
  200,000 deliveries migration 0002 is copying into a rebuilt table.

After each kill, with the process dead: `PRAGMA integrity_check` is ok, every receipt anyone
saw names a stored version with that fingerprint, every registration anyone saw confirmed is
stored, and everything a person typed and saw answered is in the database (a draft, a profile
or a submission). After the restart: drafts resume (the people finish, with exactly what they
typed), and a broadcast resumes and completes; only a delivery the kill caught in flight
(`sending`, services/delivery/sender.py) may reach its recipient twice, and it is flagged in doubt.

The bot runs on real time, so it reads a copy of the consultation open today.
"""

from __future__ import annotations

import asyncio
import io
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import docx
import pytest

from emulator import BotApiEmulator, EmulatedUser
from prompts import LANGUAGE_NAMES, Catalog, countries, load_consultation
from storage import Database, invitations
from storage.db import available_migrations, latest_version, split_sql
from storage.models import utc_now
from tests.support.processes import ROOT, TOKEN, BotProcess
from tests.support.stories import Answers, PatientRemote, add_focal_point, receipt_of, t, write_until_preview

pytestmark = pytest.mark.slow

SEED = 20130207
ADMIN = 900_001  # ADMIN_IDS of BotProcess
RUNNING = "consultbot is running"
PLAN = ["registration", "draft", "submission", "broadcast"] * 3 + ["registration", "draft"]
RECIPIENTS = 40  # focal points of Japan, the broadcasts' audience
LANGUAGES_BY_COUNTRY = {"KE": "en", "SN": "fr", "CL": "es", "KZ": "ru", "CN": "zh", "EG": "ar"}
OLD_DATABASE_DELIVERIES = 200_000
# Seconds a person waits for an answer after the bot is ready again before sending again: far
# longer than the restart's backlog takes on a busy machine, so only a lost update makes one.
PATIENCE = 20.0


# -- the bot's process ------------------------------------------------------------------------------


class CrashableBot(BotProcess):
    """`python -m bot.cli run`, and since when the running process has been ready (its log
    says "consultbot is running"); None while it is down."""

    def __init__(self, tmp_path: Path, emu: BotApiEmulator) -> None:
        super().__init__(tmp_path, emu)
        self.ready: float | None = None
        self.starts = 0
        self.kills = 0

    async def launch(self) -> None:
        self.starts += 1
        self.start()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 60
        while self.log.read_text(encoding="utf-8").count(RUNNING) < self.starts:
            assert self.process is not None and self.process.poll() is None, self.log.read_text()[-3000:]
            assert loop.time() < deadline, "the bot did not start"
            await asyncio.sleep(0.02)
        self.ready = loop.time()

    def crash(self) -> None:
        self.ready = None
        self.kill_9()
        self.kills += 1


# -- people ------------------------------------------------------------------------------------------


def first_line(text: str) -> str:
    return text.strip().splitlines()[0]


async def registers_like_a_person(
    people: PatientRemote, user: EmulatedUser, language: str, token: str, answers: Answers
) -> None:
    """Registration with an invitation link as a person goes through it across a crash: each
    time, they answer the question on their screen (which a crash may put there twice)."""

    def said(key: str, **args: object) -> str:
        return first_line(people.deps.catalog.t(language, key, **args))

    typed = {
        said(f"reg-ask-{field}"): value
        for field, value in (
            ("name", answers.name),
            ("title", answers.title),
            ("organisation", answers.organisation),
            ("email", answers.email),
        )
    }
    pressed = {
        said("start-choose-language"): LANGUAGE_NAMES[language],
        said("reg-privacy-notice"): said("reg-consent-yes"),
        said("reg-summary"): said("reg-confirm"),
    }
    done = said("reg-done-approved", country=countries.name("KE", language, "running"))
    mark = user.mark()
    await people.send(user, f"/start {token}")
    for _ in range(20):
        if any(done in m.content for m in user.since(mark)):
            return
        question = user.last.content if user.last is not None else ""
        answer = next((value for asked, value in typed.items() if asked in question), None)
        if answer is not None:
            await people.send(user, answer)
            continue
        button = next((value for asked, value in pressed.items() if asked in question), None)
        assert button is not None, f"{user}: what is this question? {question!r}"
        await people.press(user, button)
    raise AssertionError(f"{user}: registration never ended; last: {user.last}")


# -- what the database holds ------------------------------------------------------------------------


def integrity(path: Path) -> str:
    with sqlite3.connect(path) as raw:
        return str(raw.execute("PRAGMA integrity_check").fetchone()[0])


def strings(value: Any) -> Iterator[str]:
    """Every string inside a JSON document."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def held_for(raw: sqlite3.Connection, telegram_id: int) -> list[str]:
    """Everything stored that a person typed: drafts, profile, submitted versions."""
    row = raw.execute(
        "SELECT id, full_name, title, organisation, email FROM participants WHERE telegram_id = ?", (telegram_id,)
    ).fetchone()
    if row is None:
        return []
    held = [str(v) for v in row[1:] if v]
    for table in ("registration_drafts", "comment_drafts"):
        for (data,) in raw.execute(f"SELECT data FROM {table} WHERE participant_id = ?", (row[0],)):  # noqa: S608
            held += strings(json.loads(data))
    held += [c for (c,) in raw.execute("SELECT comment FROM submission_versions WHERE participant_id = ?", (row[0],))]
    return held


@dataclass
class Run:
    """One kill: who acts, what they must end up with, and what the kill found."""

    number: int
    kind: str
    people: list[EmulatedUser] = field(default_factory=list)
    expected: dict[int, Any] = field(default_factory=dict)
    in_flight: set[int] = field(default_factory=set)
    text: str = ""


class World:
    """One database, one emulator, one bot process killed and restarted again and again."""

    def __init__(self, tmp_path: Path, emu: BotApiEmulator, rng: random.Random) -> None:
        self.tmp_path = tmp_path
        self.database = tmp_path / "bot.sqlite3"
        self.emu = emu
        self.rng = rng
        self.bot = CrashableBot(tmp_path, emu)
        self.catalog = Catalog.load()
        consultation = load_consultation(Path(self.bot.env["CONSULTATION_FILE"]))
        self.people = PatientRemote(lambda: self.bot.ready, self.catalog, consultation, rng=rng, patience=PATIENCE)
        self.tokens: list[str] = []
        self.writers: list[tuple[EmulatedUser, str]] = []  # focal points who comment: (user, language)
        self.recipients: list[EmulatedUser] = []
        self.officer = emu.user(ADMIN, first_name="Officer", language_code="en")

    async def prepare(self) -> None:
        """Invitation links, focal points who will comment, and Japan's focal points."""
        now = utc_now()
        db = await Database.open(self.database)
        try:
            for _ in range(PLAN.count("registration")):
                made = await invitations.create(
                    db, "KE", max_uses=10, expires_at=now + timedelta(days=30), created_by=None, now=now
                )
                self.tokens.append(made.token)
            writers = 4 * (PLAN.count("draft") + PLAN.count("submission"))
            codes = list(LANGUAGES_BY_COUNTRY)
            for index in range(writers):
                code = codes[index % len(codes)]
                point = await add_focal_point(db, self.emu, 61_000 + index, code, LANGUAGES_BY_COUNTRY[code])
                assert point.user is not None
                self.writers.append((point.user, point.language))
            for index in range(RECIPIENTS):
                point = await add_focal_point(db, self.emu, 62_000 + index, "JP", "en")
                assert point.user is not None
                self.recipients.append(point.user)
        finally:
            await db.close()

    # -- the four kinds of run --------------------------------------------------------------------

    def registration(self, run: Run) -> tuple[Callable[[], Awaitable[object]], tuple[float, float]]:
        token = self.tokens.pop()
        for index, (code, language) in enumerate(list(LANGUAGES_BY_COUNTRY.items())[:4]):
            user = self.emu.user(60_000 + 10 * run.number + index, first_name=f"P{index}", language_code=language)
            answers = Answers(
                name=f"Participant {run.number}-{index} of {code}",
                email=f"participant.{run.number}.{index}@environment.example.org",
            )
            run.people.append(user)
            run.expected[user.id] = (language, answers)

        async def act() -> object:
            return await asyncio.gather(
                *(
                    registers_like_a_person(
                        self.people, user, *run.expected[user.id][:1], token, run.expected[user.id][1]
                    )
                    for user in run.people
                )
            )

        return act, (0.2, 1.6)

    def draft(self, run: Run) -> tuple[Callable[[], Awaitable[object]], tuple[float, float]]:
        for _ in range(4):
            user, language = self.writers.pop()
            run.people.append(user)
            run.expected[user.id] = (language, f"Comment of {user.id} written across a crash (run {run.number}).")

        async def act() -> object:
            return await asyncio.gather(
                *(
                    write_until_preview(
                        self.people,
                        user,
                        language=run.expected[user.id][0],  # type: ignore[arg-type]
                        comment=run.expected[user.id][1],
                    )
                    for user in run.people
                )
            )

        return act, (0.2, 1.6)

    async def submission_drafts(self, run: Run) -> None:
        """Before the kill's window: four comments written up to the preview (a draft run played
        to its end, with no kill)."""
        write, _window = self.draft(run)
        await write()

    def submission(self, run: Run) -> tuple[Callable[[], Awaitable[object]], tuple[float, float]]:
        async def submit(user: EmulatedUser) -> None:
            await asyncio.sleep(self.rng.uniform(0.0, 0.6))
            language = run.expected[user.id][0]
            await self.people.press(user, t(self.people, language, "comment-btn-submit"))  # type: ignore[arg-type]

        async def act() -> object:
            return await asyncio.gather(*(submit(user) for user in run.people))

        return act, (0.05, 0.9)

    async def broadcast_queued(self, run: Run) -> None:
        """Before the kill's window: the officer sends a text of their own to Japan."""
        run.text = f"Notice {run.number}: the meeting of February moves to Conference Room {run.number}."
        officer, people = self.officer, self.people
        await people.send(officer, "/broadcast")
        await people.press(officer, "A text of my own")
        await people.send(officer, run.text)
        await people.press(officer, "Countries I choose")
        await people.send(officer, "Japan")
        await people.press(officer, "Done")
        await people.press(officer, "Send")

    def broadcast(self, run: Run) -> tuple[Callable[[], Awaitable[object]], tuple[float, float]]:
        async def act() -> object:
            return None  # the sender is at work

        return act, (0.05, 1.3)

    # -- checks -----------------------------------------------------------------------------------

    def check_at_kill(self, run: Run) -> None:
        """With the process dead: the file is sound and nothing anyone was shown is lost."""
        assert integrity(self.database) == "ok"
        with sqlite3.connect(self.database) as raw:
            stored = {
                (ref, fp)
                for ref, fp in raw.execute(
                    "SELECT s.reference, v.fingerprint FROM submissions s JOIN submission_versions v"
                    " ON v.submission_id = s.id"
                )
            }
            for user, _language in self.writers:
                seen = receipt_of(user.transcript)
                assert seen is None or seen in stored, f"{user}: receipt {seen} lost"
            done = {
                language: t(
                    self.people,
                    language,
                    "reg-done-approved",  # type: ignore[arg-type]
                    country=countries.name("KE", language, "running"),
                )
                for language in LANGUAGES_BY_COUNTRY.values()
            }
            for user_id, typed in self.people.typed.items():
                if user_id == ADMIN:
                    continue
                held = held_for(raw, user_id)
                for text in (typed_text for typed_text in typed if len(typed_text) > 3):  # not "5"
                    shown = [m.content[:80] for m in self.emu.users[user_id].transcript[-5:]]
                    assert any(text in h for h in held), f"{user_id}: {text!r} answered, then lost: {held} {shown}"
                user = self.emu.users[user_id]
                if any(m.text and any(d in m.text for d in done.values()) for m in user.transcript):
                    status = raw.execute("SELECT status FROM participants WHERE telegram_id = ?", (user_id,))
                    assert status.fetchone() == ("approved",), user
            if run.kind == "broadcast":
                run.in_flight = {
                    c
                    for (c,) in raw.execute(
                        "SELECT d.chat_id FROM deliveries d JOIN broadcasts b ON b.id = d.broadcast_id"
                        " WHERE d.status = 'sending' AND b.custom_text = ?",
                        (run.text,),
                    )
                }
                assert len(run.in_flight) <= 4, "the in-flight window is max_in_flight sends"

    async def check_after(self, run: Run) -> None:
        """After the restart: the people finished with exactly what they typed; a broadcast is done."""
        with sqlite3.connect(self.database) as raw:
            if run.kind == "registration":
                for user in run.people:
                    _language, answers = run.expected[user.id]
                    row = raw.execute(
                        "SELECT status, full_name, title, organisation, email, country_code, id"
                        " FROM participants WHERE telegram_id = ?",
                        (user.id,),
                    ).fetchone()
                    assert (row[0], row[5]) == ("approved", "KE"), (user, row)
                    typed = [answers.name, answers.title, answers.organisation, answers.email]
                    # Each answer where it was typed, even when a kill left the conversation state
                    # one question behind the draft (see the test after the kill chain).
                    assert list(row[1:5]) == typed, (user, row)
                    assert raw.execute(
                        "SELECT COUNT(*) FROM registration_drafts WHERE participant_id = ?", (row[6],)
                    ).fetchone() == (0,)
            elif run.kind == "draft":
                for user in run.people:
                    (step, data) = raw.execute(
                        "SELECT d.step, d.data FROM comment_drafts d JOIN participants p ON p.id = d.participant_id"
                        " WHERE p.telegram_id = ?",
                        (user.id,),
                    ).fetchone()
                    assert step == "preview" and json.loads(data)["comment_parts"] == [run.expected[user.id][1]]
            elif run.kind == "submission":
                for user in run.people:
                    rows = raw.execute(
                        "SELECT s.reference, v.fingerprint, v.comment FROM submissions s JOIN submission_versions v"
                        " ON v.submission_id = s.id JOIN participants p ON p.id = s.participant_id"
                        " WHERE p.telegram_id = ?",
                        (user.id,),
                    ).fetchall()
                    assert len(rows) == 1, f"{user}: {len(rows)} submissions"
                    assert rows[0][2] == run.expected[user.id][1]
                    assert receipt_of(user.transcript) == rows[0][:2], user
        if run.kind == "broadcast":
            await self.wait_for_broadcast(run)

    async def wait_for_broadcast(self, run: Run) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 60
        while True:
            with sqlite3.connect(self.database) as raw:
                (status,) = raw.execute("SELECT status FROM broadcasts WHERE custom_text = ?", (run.text,)).fetchone()
                rows = raw.execute(
                    "SELECT d.chat_id, d.status, d.in_doubt FROM deliveries d JOIN broadcasts b"
                    " ON b.id = d.broadcast_id WHERE b.custom_text = ?",
                    (run.text,),
                ).fetchall()
            if status == "done":
                break
            assert loop.time() < deadline, f"broadcast of run {run.number} not done: {status}"
            await asyncio.sleep(0.05)
        assert len(rows) == RECIPIENTS and all(status == "sent" for _chat, status, _doubt in rows)
        assert {chat for chat, _status, doubt in rows if doubt} == run.in_flight
        for user in self.recipients:
            copies = sum(1 for m in user.transcript if run.text in (m.text or ""))
            if user.id in run.in_flight:
                assert copies in (1, 2), f"{user}: {copies} copies (in flight at the kill)"
            else:
                assert copies == 1, f"{user}: {copies} copies"


async def test_kill_9_of_the_running_bot_at_random_moments(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    async with BotApiEmulator(token=TOKEN) as emu:
        emu.limits.per_chat_burst = 1000  # people here type faster than people do; the sender paces itself
        emu.limits.per_chat_per_second = 1000.0
        world = World(tmp_path, emu, rng)
        await world.prepare()
        try:
            await world.bot.launch()
            for number, kind in enumerate(PLAN):
                run = Run(number, kind)
                if kind == "submission":
                    await world.submission_drafts(run)
                elif kind == "broadcast":
                    await world.broadcast_queued(run)
                act, (low, high) = getattr(world, kind)(run)
                acting = asyncio.create_task(act())
                await asyncio.sleep(rng.uniform(low, high))
                world.bot.crash()
                world.check_at_kill(run)
                await world.bot.launch()
                await asyncio.wait_for(acting, 90)
                await world.check_after(run)
        finally:
            world.bot.stop()
            sys.stderr.write(world.bot.log.read_text(encoding="utf-8")[-3000:])  # shown if the test fails
    assert world.bot.kills == len(PLAN) == 14
    assert integrity(world.database) == "ok"
    print(
        f"\nrepeated for want of an answer after a kill: {sum(world.people.retries.values())}; "
        f"asked the same question again: {sum(world.people.asked_again.values())}"
    )
    assert sum(world.people.retries.values()) == 0, f"updates lost at a kill: {world.people.retries}"


# -- the command-line exports and migrations -----------------------------------------------------------


def cli(tmp_path: Path, *arguments: str, database: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DATABASE_PATH": str(database)}
    env.pop("BOT_TOKEN", None)
    with (tmp_path / "cli.log").open("ab") as log:  # the child keeps its own copy of the descriptor
        return subprocess.Popen(
            [sys.executable, "-m", "bot.cli", *arguments], cwd=tmp_path, env=env, stdout=log, stderr=log
        )


async def kill_when(process: subprocess.Popen[bytes], started: Callable[[], bool], delay: float) -> bool:
    """SIGKILL `delay` seconds after `started()` became true; False if the process ended first."""
    while not started():
        if process.poll() is not None:
            return False
        await asyncio.sleep(0.001)
    await asyncio.sleep(delay)
    if process.poll() is not None:
        return False
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)
    return True


async def test_kill_9_of_the_export_command_while_it_writes(tmp_path: Path) -> None:
    """A killed export leaves the database as it was and no file that looks finished at --out
    (bot/export_cli.py writes FILE.partial and renames it); the next export is complete."""
    from bench.export import generate  # the export bench's generated consultation

    database = tmp_path / "exports.sqlite3"
    await asyncio.to_thread(generate, database, 8000)
    with sqlite3.connect(database) as raw:
        before = raw.execute("SELECT COUNT(*), MAX(id) FROM submission_versions").fetchone()
    rng = random.Random(SEED + 1)
    finished = 0
    # The formats written as they go (xlsx is zipped at its end), and how long into the writing
    # the kill may come (8,000 rows take about 0.7 s as DOCX, 0.25 s as JSONL or CSV here).
    for fmt, latest in (("docx", 0.5), ("jsonl", 0.15), ("csv", 0.15)):
        out = tmp_path / "exports" / f"submissions.{fmt}"
        partial = out.with_name(out.name + ".partial")
        process = cli(tmp_path, "export", "--format", fmt, "--out", str(out), "--quiet", database=database)
        killed = await kill_when(process, partial.exists, rng.uniform(0.0, latest))
        assert killed, f"{fmt}: the export ended before the kill ({process.returncode})"
        assert integrity(database) == "ok"
        with sqlite3.connect(database) as raw:
            assert raw.execute("SELECT COUNT(*), MAX(id) FROM submission_versions").fetchone() == before
            exports = raw.execute("SELECT COUNT(*) FROM audit_log WHERE action = 'export.create'")
            assert exports.fetchone() == (finished,), "only finished exports are in the audit log"
        assert not out.exists(), f"{fmt}: a half-written export looks finished"

        again = cli(tmp_path, "export", "--format", fmt, "--out", str(out), "--quiet", database=database)
        assert await asyncio.to_thread(again.wait, 60) == 0
        assert out.exists() and not partial.exists()
        finished += 1
    rows = (tmp_path / "exports" / "submissions.jsonl").read_text(encoding="utf-8").splitlines()
    assert all(json.loads(line) for line in rows) and len(rows) > 1000


async def test_kill_9_of_the_bot_while_it_builds_an_export(tmp_path: Path) -> None:
    """An officer's /export is killed while the bot writes the file (beside the database, in
    exports-in-progress/, never in the shared temp folder): the database is intact, and after
    the restart the request the kill interrupted, still in the inbox (bot/inbox.py), is handled
    again: the compilation arrives whole without the officer asking twice, and nothing of the
    killed export is left behind."""
    from bench.export import generate  # the export bench's generated consultation

    database = tmp_path / "bot.sqlite3"
    await asyncio.to_thread(generate, database, 8000)
    building = tmp_path / "exports-in-progress"  # beside ATTACHMENTS_DIR, as handlers/export.py puts it
    rng = random.Random(SEED + 3)
    async with BotApiEmulator(token=TOKEN) as emu:
        emu.limits.per_chat_burst = 1000
        emu.limits.per_chat_per_second = 1000.0
        bot = BotProcess(tmp_path, emu)
        officer = emu.user(ADMIN, first_name="Officer", language_code="en")

        async def choose_docx() -> None:
            mark = officer.mark()
            officer.send_command("/export")
            await officer.wait_messages(mark, 1, timeout=60)
            officer.press("Compilation (Word DOCX)")
            await emu.wait_for(lambda: "Create the file" in str(officer.buttons()), 30)

        try:
            bot.start()
            await choose_docx()
            officer.press("Create the file")
            await emu.wait_for(lambda: building.exists() and any(building.iterdir()), 30)
            await asyncio.sleep(rng.uniform(0.0, 0.3))
            assert not [m for m in officer.transcript if m.document is not None], "the export ended before the kill"
            bot.kill_9()
            assert any(building.iterdir()), "a half-written export is where the kill left it"
            assert integrity(database) == "ok"

            bot.start()
            await emu.wait_for(lambda: any(m.document is not None for m in officer.transcript), 120)
            (sent,) = [m for m in officer.transcript if m.document is not None]
            assert sent.document_name is not None and sent.document_name.endswith(".docx")
            assert sent.document is not None
            compilation = docx.Document(io.BytesIO(sent.document))  # opens: the file is whole
            rows = sum(len(table.rows) - 1 for table in compilation.tables)  # a heading row each
            with sqlite3.connect(database) as raw:
                (submitted,) = raw.execute("SELECT COUNT(*) FROM submissions WHERE status = 'submitted'").fetchone()
            assert rows >= submitted > 7000, "every submitted comment is in the compilation"
            # The killed export's leftovers and this one's work folder are gone; the inbox is empty.
            await emu.wait_for(lambda: not any(building.iterdir()), 10)

            def inbox_empty() -> bool:  # the handling is recorded just after the file is sent
                with sqlite3.connect(database) as raw:
                    return raw.execute("SELECT COUNT(*) FROM inbox").fetchone() == (0,)

            await emu.wait_for(inbox_empty, 10)
        finally:
            bot.stop()
    assert integrity(database) == "ok"


def older_database(path: Path, deliveries: int = OLD_DATABASE_DELIVERIES) -> None:
    """A database at schema version 1 (0001 only) with 2,000 focal points and `deliveries`
    deliveries, which migration 0002 copies into a rebuilt table."""
    first = available_migrations()[0]
    now = "2013-01-10T09:00:00+00:00"
    people = 2000
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        raw.execute("PRAGMA journal_mode = WAL")
        raw.execute("BEGIN")
        for statement in split_sql(first.sql):
            raw.execute(statement)
        raw.execute(f"PRAGMA user_version = {first.version}")
        raw.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO participants (id, telegram_id, chat_id, country_code, full_name, language, status,"
            " created_at, updated_at) SELECT i, 100000 + i, 100000 + i, 'KE', 'Focal point ' || i, 'en', 'approved',"
            " ?, ? FROM n",
            (people, now, now),
        )
        raw.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO broadcasts (id, kind, status, created_at) SELECT i, 'invitation', 'done', ? FROM n",
            (deliveries // people, now),
        )
        raw.execute(
            "INSERT INTO deliveries (broadcast_id, participant_id, chat_id, language, status, attempts, sent_at,"
            " telegram_message_id, updated_at) SELECT b.id, p.id, p.chat_id, 'en', 'sent', 1, ?, b.id, ?"
            " FROM broadcasts b, participants p",
            (now, now),
        )
        raw.execute("COMMIT")
    finally:
        raw.close()


async def test_kill_9_during_migrations(tmp_path: Path) -> None:
    """Each migration is one transaction with its version: a kill leaves the database at the
    version before or after it, sound; the next open brings it to the latest version."""
    rng = random.Random(SEED + 2)
    found = []
    for run in range(3):
        database = tmp_path / f"migrate-{run}.sqlite3"
        wal = Path(f"{database}-wal")
        if run:
            await asyncio.to_thread(older_database, database)
        process = cli(tmp_path, "migrate", "--database", str(database), database=database)
        # The WAL file appears as the database opens; copying the 200,000 deliveries (0002) then
        # takes about 0.45 s here, a fresh database's migrations a few milliseconds.
        killed = await kill_when(process, wal.exists, rng.uniform(0.0, 0.02 if run == 0 else 0.35))
        assert integrity(database) == "ok"
        with sqlite3.connect(database) as raw:
            version = raw.execute("PRAGMA user_version").fetchone()[0]
        found.append((killed, version))
        assert version in [0, *(m.version for m in available_migrations())]
        db = await Database.open(database)
        try:
            assert await db.schema_version() == latest_version()
            if run:
                assert await db.fetchval("SELECT COUNT(*) FROM deliveries") == OLD_DATABASE_DELIVERIES
                kept = await db.fetchval("SELECT COUNT(*) FROM deliveries WHERE in_doubt = 0 AND status = 'sent'")
                assert kept == OLD_DATABASE_DELIVERIES
        finally:
            await db.close()
        assert integrity(database) == "ok"
    assert all(killed for killed, _version in found[1:]), found
    assert any(version < latest_version() for _killed, version in found), f"no kill landed mid-migration: {found}"
    print(f"\nmigrations killed at (killed, schema version): {found}")


# -- a kill between a step's reply and the flush of the conversation state ---------------------------


async def test_an_answer_after_a_kill_before_the_state_flush_goes_to_the_question_asked(tmp_path: Path) -> None:
    """The focal point typed their organisation and saw the e-mail question; the process died
    before the conversation state was flushed (that update's offset was already confirmed, so
    it does not come again). Their next message, the e-mail address, answers the e-mail question."""
    from tests.support.harness import BotBench, relax_flood_limits
    from tests.support.registration import admin, draft_of, invite

    async with BotBench(tmp_path) as bench:
        relax_flood_limits(bench)
        link = await invite(bench, await admin(bench), "Kenya 1 30")
        user = bench.user(63_000, language_code="en")
        answers = Answers()
        for action in (f"/start {link.token}", None, answers.name, answers.title):
            await (bench.send(user, action) if action else bench.press(user, "English"))
        state_before = await bench.db.fetchall("SELECT name, key, state FROM ptb_conversations")
        assert t(bench, "en", "reg-ask-email") in (await bench.send(user, answers.organisation))[-1].content
        # The kill: the draft has the organisation, the conversation state is the one before it.
        await bench.stop_bot()
        db = await Database.open(bench.database_path)
        async with db.transaction() as tx:
            await tx.execute("DELETE FROM ptb_conversations")
            await tx.executemany(
                "INSERT INTO ptb_conversations (name, key, state) VALUES (?, ?, ?)",
                [tuple(row) for row in state_before],
            )
        await db.close()
        await bench.start_bot()

        answer = await bench.send(user, answers.email)
        draft = await draft_of(bench, user)
        assert draft is not None and draft.get("organisation") == answers.organisation, draft
        assert draft.get("email") == answers.email
        assert t(bench, "en", "reg-privacy-notice") in answer[-1].content
