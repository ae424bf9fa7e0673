"""`consultbot sandbox`: try the real bot in a terminal, offline, as several people at once.

The local Bot API emulator and the real Application (same handlers, a separate database file)
run in this process. What you type goes to the bot as a Telegram user would send it, as the
persona you are typing as; what the bot sends to anyone is printed as it arrives, marked with
its recipient (bot/sandbox_screen.py), and files are saved by persona. A persona is created
on the fly (`:as NAME [COUNTRY] [LANGUAGE]`); the admin and a secretariat officer exist from
the start. The sandbox has its own clock (`:clock +7d`): reminders, deadline warnings and the
close can be rehearsed, the reminder jobs firing at their hours as the clock passes them. A
script (`--script FILE`) is the same commands, one a line, with `:expect TEXT` to check a
reply: a missing reply ends the run with a non-zero status.

The sandbox's own texts are in the catalogs (prompts/locales/*/sandbox.ftl), in the language
of `--language` or of the environment (LANG), English otherwise. The example consultation's
dates are shifted so that it is open today (a real deployment uses the file's dates).
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import sys
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

from telegram.ext import Application

from bot import logs
from bot.app import Endpoint
from bot.config import Settings
from bot.runtime import running_bot, web_server_address
from bot.sandbox_input import Source, open_source
from bot.sandbox_screen import TELEGRAM_TEXT_LIMIT, Persona, Screen, button_at, client_parts
from emulator import BotApiEmulator
from handlers.context import DEPS_KEY, Deps
from prompts import LANGUAGES, Catalog, countries
from storage import invitations, participants, reminders
from storage.models import utc_now

logger = logging.getLogger(__name__)
SANDBOX_TOKEN = "100000:SANDBOX-offline-token"  # noqa: S105 (offline emulator only)
BOT_USERNAME = "consultbot_sandbox_bot"
FOCAL_POINT_ID = 1001
ADMIN_ID = 1
OFFICER_ID = 2
# The people who exist from the start: (Telegram id, first name).
STANDING = {"fp": (FOCAL_POINT_ID, "Amina"), "officer": (OFFICER_ID, "Officer"), "admin": (ADMIN_ID, "Admin")}
LINK_DAYS = 30
MIME_TYPES = {
    ".pdf": "application/pdf",
    ".doc": "application/msword",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
_NAME = re.compile(r"\w[\w.-]{0,31}")
_COMMAND = re.compile(r":([a-z]+)(?:\s+(.*))?")
_CLOCK_STEP = re.compile(r"(\d+)\s*([dhm])")
_CLOCK_UNITS = {"d": "days", "h": "hours", "m": "minutes"}
_CLOCK_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d")


async def settle(
    emu: BotApiEmulator, application: Application[Any, Any, Any, Any, Any, Any], timeout: float = 30.0
) -> None:
    """Until every queued update was fetched and the bot has finished handling it."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    quiet = 0
    while quiet < 3:
        if loop.time() > deadline:
            raise TimeoutError("the bot did not finish answering in time")
        busy = (
            emu.pending_updates() > 0
            or not application.update_queue.empty()
            or getattr(application.update_processor, "in_flight", 0) > 0
            or getattr(getattr(application.update_processor, "inbox", None), "waiting", 0) > 0
        )
        quiet = 0 if busy else quiet + 1
        await asyncio.sleep(0.01)


class SandboxClock:
    """The bot's clock (Deps.clock): real time, moved forward by `:clock`."""

    def __init__(self) -> None:
        self.offset = timedelta(0)

    def __call__(self) -> datetime:
        return utc_now() + self.offset

    def set(self, when: datetime) -> None:
        self.offset = when - utc_now()


def parse_clock(text: str, now: datetime) -> datetime | None:
    """`+7d`, `+3h`, `+1d 12h`, `+30m` from now, or `2027-01-20 09:00` (UTC)."""
    text = text.strip()
    if text.startswith("+"):
        steps = _CLOCK_STEP.findall(text[1:])
        if not steps or _CLOCK_STEP.sub("", text[1:]).strip():
            return None
        delta = timedelta()
        for amount, unit in steps:
            delta += timedelta(**{_CLOCK_UNITS[unit]: int(amount)})
        return now + delta
    for layout in _CLOCK_FORMATS:
        try:
            return datetime.strptime(text, layout).replace(tzinfo=UTC)
        except ValueError:
            continue
    return None


def sandbox_language(explicit: str | None = None) -> str:
    """The sandbox's own language: `--language`, else the environment's, else English."""
    for value in (explicit, os.environ.get("LC_ALL"), os.environ.get("LC_MESSAGES"), os.environ.get("LANG")):
        code = (value or "")[:2].lower()
        if code in LANGUAGES:
            return code
    return "en"


def persona_id(name: str) -> int:
    """A persona's Telegram id, the same in every session (so it finds its registration again)."""
    if name in STANDING:
        return STANDING[name][0]
    return 10_000_000 + zlib.crc32(name.encode("utf-8")) % 900_000_000


class ScriptError(Exception):
    """A scripted session went otherwise than written."""


@dataclass
class Session:
    emu: BotApiEmulator
    application: Application[Any, Any, Any, Any, Any, Any]
    source: Source
    screen: Screen
    clock: SandboxClock
    language: str
    t: Callable[..., str]
    expect_seconds: float = 10.0

    def __post_init__(self) -> None:
        self.personas: dict[str, Persona] = {}
        self.current = "fp"
        for name, (user_id, first_name) in STANDING.items():
            user = self.emu.user(user_id, first_name=first_name, language_code=self.language)
            self.personas[name] = Persona(name, user)
        self.screen.current = self.current

    @property
    def deps(self) -> Deps:
        deps: Deps = self.application.bot_data[DEPS_KEY]
        return deps

    @property
    def persona(self) -> Persona:
        return self.personas[self.current]

    # -- start and loop ------------------------------------------------------------------------

    async def prepare(self, database: Path, files_dir: Path) -> None:
        deps = self.deps
        await participants.grant_secretariat(deps.db, OFFICER_ID, actor_id=ADMIN_ID)
        # The focal point registers the way focal points do: with the personal link from the
        # secretariat's letter (without one, the registration waits for the staff's approval).
        self.personas["fp"].link_token = await self.invite("KE")
        fmt = "%Y-%m-%d %H:%M"
        self.screen.note("sandbox-banner", database=str(database))
        self.screen.note("sandbox-dates", deadline=f"{deps.consultation.dates.deadline:{fmt}}")
        self.screen.note("sandbox-places", log=str(database.with_suffix(".log")), files=str(files_dir))
        self.screen.note("sandbox-help")
        self.screen.note("sandbox-people", people=", ".join(self.personas), persona=self.current)
        self.screen.note("sandbox-link-hint", token=self.personas["fp"].link_token)

    async def watch(self) -> None:
        """Show what arrives while nobody types (broadcasts, reminders, notices to staff)."""
        while True:
            try:
                self.screen.scan(self.personas)
            except Exception:
                logger.exception("the sandbox screen could not show a message")
            await asyncio.sleep(0.05)

    async def loop(self, err: TextIO, script: Path | None) -> int:
        while True:
            line = await self.source.read(f"{self.current}> ")
            if line is None:
                return 0
            try:
                if await self.act(line):
                    return 0
            except ScriptError as exc:
                where = f"{script}:{self.source.line_number}" if script else "sandbox"
                err.write(f"consultbot sandbox: {where}: {exc}\n")
                err.flush()
                return 1

    def refuse(self, key: str, **args: Any) -> None:
        """A command that cannot be done: a notice, or in a script the end of the run."""
        if self.source.script:
            raise ScriptError(self.t(key, **args))
        self.screen.note(key, **args)

    # -- one line ------------------------------------------------------------------------------

    async def act(self, line: str) -> bool:
        """Do one typed line; True to leave."""
        if not line.strip():
            return False
        if re.fullmatch(r"#\d+", line.strip()):
            await self.press(line.strip()[1:])
            return False
        if self.source.script and re.match(r"#(\s|$)", line):
            return False  # a comment in a script
        command = _COMMAND.fullmatch(line.strip())
        if command is None:
            await self.say(line)
            return False
        name, argument = command.group(1), (command.group(2) or "").strip()
        if name in ("quit", "q"):
            return True
        handler = self._commands().get(name)
        if handler is None:
            self.refuse("sandbox-unknown-command", command=f":{name}")
            return False
        await handler(argument)
        return False

    def _commands(self) -> dict[str, Callable[[str], Any]]:
        return {
            "help": self.help,
            "as": self.as_persona,
            "fp": lambda _: self.as_persona("fp"),
            "admin": lambda _: self.as_persona("admin"),
            "officer": lambda _: self.as_persona("officer"),
            "lang": self.set_language,
            "link": self.open_link,
            "press": self.press,
            "inbox": self.inbox,
            "paste": self.paste,
            "file": self.send_file,
            "sticker": lambda _: self.send(lambda user: user.send_sticker()),
            "photo": lambda _: self.send(lambda user: user.send_photo()),
            "clock": self.move_clock,
            "expect": self.expect,
        }

    async def help(self, _: str) -> None:
        self.screen.note("sandbox-help")

    async def send(self, action: Callable[[Any], Any]) -> None:
        """Something the persona sends to the bot; returns when the bot has answered."""
        persona = self.persona
        persona.keys.acted()
        self.screen.acted()
        action(persona.user)
        try:
            await settle(self.emu, self.application)
        except TimeoutError:
            self.refuse("sandbox-bot-slow")
        self.screen.scan(self.personas)

    async def say(self, text: str) -> None:
        if text.startswith("/") and "\n" not in text:
            command, _, payload = text.partition(" ")
            await self.send(lambda user: user.send_command(command, payload.strip() or None))
            return
        parts = client_parts(text)
        if len(parts) > 1:
            self.screen.note("sandbox-split", length=len(text), limit=TELEGRAM_TEXT_LIMIT, parts=len(parts))
        for part in parts:
            await self.send(lambda user, part=part: user.send_text(part))

    # -- people --------------------------------------------------------------------------------

    async def as_persona(self, argument: str) -> None:
        words = argument.split()
        if not words:
            self.screen.note("sandbox-people", people=", ".join(self.personas), persona=self.current)
            return
        name = words[0].lower()
        if not _NAME.fullmatch(name):
            self.refuse("sandbox-name-bad", name=name[:40])
            return
        rest = words[1:]
        language = rest.pop().lower() if rest and rest[-1].lower() in LANGUAGES else None
        country = None
        if rest:
            country, near = countries.search(" ".join(rest))
            if country is None:
                names = ", ".join(c.name(self.language) for c in near) or "—"
                self.refuse("sandbox-country-unknown", text=" ".join(rest)[:60], suggestions=names)
                return
        persona = self.personas.get(name)
        if persona is None:
            code = language or self.language
            user = self.emu.user(persona_id(name), first_name=name.capitalize(), language_code=code)
            persona = self.personas[name] = Persona(name, user)
            self.screen.note("sandbox-persona-new", persona=name, code=user.language_code or "—")
        elif language is not None:
            persona.user.language_code = language
            self.screen.note("sandbox-language-set", code=language)
        self.current = self.screen.current = name
        self.screen.note("sandbox-typing-as", persona=name)
        if country is not None:
            persona.link_token = await self.invite(country.code)
            self.screen.note("sandbox-persona-link", persona=name, country=country.name(self.language))
            await self.open_link("")

    async def invite(self, country_code: str) -> str:
        deps = self.deps
        now = deps.now()
        invitation = await invitations.create(
            deps.db,
            country_code,
            max_uses=1,
            expires_at=now + timedelta(days=LINK_DAYS),
            created_by=ADMIN_ID,
            now=now,
        )
        return invitation.token

    async def set_language(self, argument: str) -> None:
        if not re.fullmatch(r"[a-z]{2,3}(-[A-Za-z]{2,4})?", argument):
            self.refuse("sandbox-language-usage")
            return
        self.persona.user.language_code = argument
        self.screen.note("sandbox-language-set", code=argument)

    async def open_link(self, _: str) -> None:
        token = self.persona.link_token
        if token is None:
            self.refuse("sandbox-no-link", persona=self.current)
            return
        await self.send(lambda user: user.send_command("/start", token))

    async def inbox(self, argument: str) -> None:
        name = (argument.split() or [self.current])[0].lower()
        persona = self.personas.get(name)
        if persona is None:
            self.refuse("sandbox-unknown-persona", persona=name[:40])
            return
        messages = [m for m in persona.user.transcript if not m.deleted]
        self.screen.note("sandbox-inbox", persona=name, count=len(messages))
        persona.keys.acted()  # the replay's buttons are the latest shown: numbered from 1
        for message in messages:
            self.screen.show(persona, message, edited=message.edit_date is not None)

    # -- buttons, texts and files --------------------------------------------------------------

    async def press(self, argument: str) -> None:
        if not argument.isdecimal():
            self.refuse("sandbox-press-usage")
            return
        persona, number = self.persona, int(argument)
        button = persona.keys.numbers.get(number)
        if button is None:
            self.refuse("sandbox-no-button", number=number, highest=max(persona.keys.numbers, default=0))
            return
        message = persona.user.chat.sent(button.message_id)
        found = button_at(message, button) if message is not None else None
        if found is None:
            self.refuse("sandbox-button-gone", number=number)
            return
        data, url = found.get("callback_data"), found.get("url")
        if data is not None:
            await self.send(lambda user: user.press_data(data, message_id=button.message_id))
            return
        start = re.search(rf"t\.me/{BOT_USERNAME}\?start=([\w-]+)", url or "")
        if start is not None:  # a link to this bot: opened as Telegram opens it
            await self.send(lambda user: user.send_command("/start", start.group(1)))
            return
        self.screen.note("sandbox-link-button", url=url or "—")

    async def paste(self, _: str) -> None:
        self.screen.note("sandbox-paste-start")
        lines = []
        while True:
            line = await self.source.read("… ")
            if line is None or line.strip() == ".":
                break
            lines.append(line)
        text = "\n".join(lines)
        if not text.strip():
            self.screen.note("sandbox-paste-empty")
            return
        await self.say(text)

    async def send_file(self, argument: str) -> None:
        path = Path(argument).expanduser()  # noqa: ASYNC240 (one small local file, as typed)
        if not argument or not path.is_file():
            self.refuse("sandbox-no-file", path=str(path))
            return
        data = path.read_bytes()
        mime = MIME_TYPES.get(path.suffix.lower(), "application/octet-stream")
        await self.send(lambda user: user.send_document(data, file_name=path.name, mime_type=mime))

    # -- time and expectations -----------------------------------------------------------------

    async def move_clock(self, argument: str) -> None:
        deps, fmt = self.deps, "%Y-%m-%d %H:%M"
        now = self.clock()
        if argument:
            target = parse_clock(argument, now)
            if target is None:
                self.refuse("sandbox-clock-usage")
                return
            if target < now:
                self.refuse("sandbox-clock-backwards", now=f"{now:{fmt}}")
                return
            assert deps.reminders is not None
            # Each reminder job fires at its own hour, as it would have while the time passed.
            due = sorted({r.due_at for r in await reminders.scheduled(deps.db) if now < r.due_at <= target})
            results = []
            self.screen.acted()
            for moment in [*due, target]:
                self.clock.set(moment)
                results += await deps.reminders.tick()
            for result in results:
                reminder = await reminders.get(deps.db, result.reminder_id)
                self.screen.note(
                    "sandbox-reminder-ran",
                    days=reminder.offset_days if reminder else 0,
                    recipients=result.recipients,
                    deferred=result.deferred,
                    already=result.already_reminded,
                    late=result.no_civil_hour,
                )
            if deps.sender is not None:
                await deps.sender.wait_idle(30)
        consultation = await deps.effective_consultation()
        self.screen.note("sandbox-clock", now=f"{self.clock():{fmt}}", deadline=f"{consultation.dates.deadline:{fmt}}")
        self.screen.scan(self.personas)

    async def expect(self, text: str) -> None:
        """Wait a few seconds for a bot message containing `text` (since the last one found)."""
        if not text:
            self.refuse("sandbox-expect-usage")
            return
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.expect_seconds
        while True:
            self.screen.scan(self.personas)
            if self.screen.find(text):
                return
            if loop.time() > deadline:
                self.refuse("sandbox-expect-failed", text=text, seconds=self.expect_seconds)
                return
            await asyncio.sleep(0.05)


async def run_sandbox(
    settings: Settings,
    database: Path,
    script: Path | None,
    out: TextIO = sys.stdout,
    *,
    language: str | None = None,
    expect_seconds: float = 10.0,
    err: TextIO = sys.stderr,
) -> int:
    # The terminal is the chat: logs go to a file beside the sandbox database.
    logs.configure(settings.log_level, file=database.with_suffix(".log"))
    language = sandbox_language(language)
    catalog = Catalog.load()

    def t(key: str, **args: Any) -> str:
        return catalog.t(language, key, **args)

    clock = SandboxClock()
    files_dir = database.parent / "sandbox-files"
    first_update_id = int(time.time())  # above any id a previous sandbox session used
    webapp_url = sandbox_webapp_url(settings)
    async with BotApiEmulator(token=SANDBOX_TOKEN, bot_username=BOT_USERNAME, first_update_id=first_update_id) as emu:
        async with running_bot(
            database_path=database,
            endpoint=Endpoint(SANDBOX_TOKEN, emu.base_url, emu.base_file_url),
            attachments_dir=database.parent / "sandbox-attachments",
            admin_ids=frozenset({ADMIN_ID, *settings.admin_ids}),
            clock=clock,
            sandbox=True,
            poll_timeout=1,
            # The review screen on this machine: /review answers with a one-time link to it.
            webapp_url=webapp_url,
            web_server=web_server_address(settings.model_copy(update={"webapp_url": webapp_url})),
        ) as application:
            source = open_source(out, script)
            screen = Screen(source, t, files_dir)
            session = Session(emu, application, source, screen, clock, language, t, expect_seconds)
            watcher: asyncio.Task[None] | None = None
            try:
                await session.prepare(database, files_dir)
                watcher = asyncio.create_task(session.watch())
                status = await session.loop(err, script)
            finally:
                if watcher is not None:
                    watcher.cancel()
                source.close()
    out.write(t("sandbox-goodbye") + "\n")
    out.flush()
    return status


def sandbox_webapp_url(settings: Settings) -> str:
    """WEBAPP_URL when it is plain http on this machine, else a free local port (no Telegram
    client opens the sandbox's review screen: a local browser does, from /review's link)."""
    if settings.webapp_url and settings.webapp_url.startswith(("http://127.0.0.1", "http://localhost")):
        return settings.webapp_url
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"
