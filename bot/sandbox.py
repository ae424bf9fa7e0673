"""`consultbot sandbox`: chat with the real bot in a terminal, offline.

The local Bot API emulator and the real Application (same handlers, a separate database file)
run in this process. What you type goes to the bot as a Telegram user would send it; replies
are printed with their inline buttons numbered, and typing a number presses that button.
The example consultation's dates are shifted so that it is open today (the real deployment
uses the file's dates): a newcomer can register and submit at once.

Sandbox commands (the bot never sees them): :fp and :admin switch persona, :lang CODE sets
the persona's Telegram language, :file PATH sends a document, :sticker and :photo send those,
:help, :quit.
"""

from __future__ import annotations

import asyncio
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any, TextIO

from telegram.ext import Application

from bot import logs
from bot.app import Endpoint
from bot.config import Settings
from bot.emulator import BotApiEmulator, EmulatedUser, SentMessage
from bot.runtime import running_bot
from storage import invitations

SANDBOX_TOKEN = "100000:SANDBOX-offline-token"  # noqa: S105 (offline emulator only)
FOCAL_POINT_ID = 1001
ADMIN_ID = 1
MIME_TYPES = {
    ".pdf": "application/pdf",
    ".doc": "application/msword",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
HELP = (
    "Type as a Telegram user would. A number presses the button with that number.\n"
    "  :fp / :admin     switch between the focal-point and the admin persona\n"
    "  :lang CODE       set the persona's Telegram language (ar zh en fr ru es)\n"
    "  :link            open the focal point's invitation link (/start with its token)\n"
    "  :file PATH       send a document     :sticker / :photo   send those\n"
    "  :help            this text           :quit               leave (Ctrl-D too)"
)


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


class Terminal:
    def __init__(self, emu: BotApiEmulator, out: TextIO) -> None:
        self.out = out
        self.users = {
            "fp": emu.user(FOCAL_POINT_ID, first_name="Focal point", language_code="en"),
            "admin": emu.user(ADMIN_ID, first_name="Admin", language_code="en"),
        }
        self.persona = "fp"
        self.welcome_token = ""
        self.buttons: list[str] = []
        self.message_ids: list[int] = []

    @property
    def user(self) -> EmulatedUser:
        return self.users[self.persona]

    def snapshot(self) -> tuple[int, dict[int, str | None]]:
        """Where the transcript stands, to show afterwards what is new or was edited."""
        return self.user.mark(), {m.message_id: m.text for m in self.user.transcript}

    def print_changes(self, before: tuple[int, dict[int, str | None]]) -> None:
        mark, texts = before
        edited = [m for m in self.user.transcript if m.message_id in texts and texts[m.message_id] != m.text]
        self.print_messages(edited + self.user.since(mark))

    def print_messages(self, messages: list[SentMessage]) -> None:
        self.buttons, self.message_ids = [], []
        for message in messages:
            body = message.text or message.caption or ""
            if message.document is not None:
                body = f"[file {message.document_name}, {len(message.document)} bytes] {body}"
            if message.photo is not None:
                body = f"[image, {len(message.photo)} bytes] {body}"
            self.out.write(f"\nbot> {body}\n")
            for row in message.buttons:
                labels = []
                for label in row:
                    self.buttons.append(label)
                    self.message_ids.append(message.message_id)
                    labels.append(f"[{len(self.buttons)}] {label}")
                self.out.write("     " + "   ".join(labels) + "\n")
        self.out.flush()

    def act(self, line: str) -> bool | None:
        """Send one typed line; True to quit, None when nothing was sent to the bot."""
        line = line.rstrip("\n")
        if line in (":quit", ":q"):
            return True
        if line == ":help":
            self.out.write(HELP + "\n")
            return None
        if line in (":fp", ":admin"):
            self.persona = line[1:]
            self.out.write(f"(now typing as the {'focal point' if self.persona == 'fp' else 'admin'})\n")
            return None
        if line.startswith(":lang "):
            self.user.language_code = line.split()[1]
            self.out.write(f"(Telegram language now {self.user.language_code})\n")
            return None
        if line.startswith(":file "):
            path = Path(line[6:].strip()).expanduser()
            if not path.is_file():
                self.out.write(f"(no file at {path})\n")
                return None
            self.user.send_document(
                path.read_bytes(),
                file_name=path.name,
                mime_type=MIME_TYPES.get(path.suffix.lower(), "application/octet-stream"),
            )
            return False
        if line == ":link":
            self.user.send_command("/start", self.welcome_token)
            return False
        if line == ":sticker":
            self.user.send_sticker()
            return False
        if line == ":photo":
            self.user.send_photo()
            return False
        if line.isdecimal() and 1 <= int(line) <= len(self.buttons):
            index = int(line) - 1
            self.user.press(self.buttons[index], message_id=self.message_ids[index])
            return False
        if not line.strip():
            return None
        if line.startswith("/"):
            command, _, payload = line.partition(" ")
            self.user.send_command(command, payload or None)
        else:
            self.user.send_text(line)
        return False


async def run_sandbox(settings: Settings, database: Path, script: Path | None, out: TextIO = sys.stdout) -> int:
    # The terminal is the chat: logs go to a file beside the sandbox database.
    logs.configure(settings.log_level, file=database.with_suffix(".log"))
    source: TextIO = script.open(encoding="utf-8") if script else sys.stdin
    first_update_id = int(time.time())  # above any id a previous sandbox session used
    async with BotApiEmulator(
        token=SANDBOX_TOKEN, bot_username="consultbot_sandbox_bot", first_update_id=first_update_id
    ) as emu:
        async with running_bot(
            database_path=database,
            endpoint=Endpoint(SANDBOX_TOKEN, emu.base_url, emu.base_file_url),
            attachments_dir=database.parent / "sandbox-attachments",
            admin_ids=frozenset({ADMIN_ID, *settings.admin_ids}),
            sandbox=True,
            poll_timeout=1,
        ) as application:
            terminal = Terminal(emu, out)
            deps = application.bot_data["deps"]
            # A newcomer registers the way focal points do: with the personal link from the
            # secretariat's letter (without one, the registration waits for an admin's approval).
            welcome = await invitations.create(
                deps.db,
                "KE",
                max_uses=1,
                expires_at=deps.now() + timedelta(days=30),
                created_by=ADMIN_ID,
                now=deps.now(),
            )
            terminal.welcome_token = welcome.token
            out.write(
                "consultbot sandbox: offline, no token needed. Database: "
                f"{database}\nThe example consultation's dates are shifted so that it is open now: "
                f"deadline {deps.consultation.dates.deadline:%Y-%m-%d %H:%M} UTC.\n"
                f"Logs: {database.with_suffix('.log')}\n"
                f"{HELP}\n"
                f"To register as Kenya's focal point with an invitation link, type :link (/start {welcome.token})\n"
                "(or /start alone: the registration then waits for the admin persona's approval).\n"
            )
            loop = asyncio.get_running_loop()
            while True:
                if source.isatty():
                    out.write(f"{terminal.persona}> ")
                    out.flush()
                line = await loop.run_in_executor(None, source.readline)
                if not line:
                    break
                if not source.isatty():
                    out.write(f"{terminal.persona}> {line.rstrip()}\n")
                before = terminal.snapshot()
                outcome = terminal.act(line)
                if outcome is True:
                    break
                if outcome is False:
                    await settle(emu, application)
                    terminal.print_changes(before)
    if script:
        source.close()
    out.write("Goodbye.\n")
    return 0
