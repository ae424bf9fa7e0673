"""The test bench: the Bot API emulator and the real Application talking over HTTP.

`BotBench` starts both, plays users through the emulator, waits until the bot has finished
answering (`settle`), and can restart the bot on the same database to prove that nothing is
lost. Time is a `FakeClock` the test moves; it starts inside the example consultation's
submission period (the shipped file's real 2013 dates).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from telegram.ext import Application

from bot.app import Endpoint
from bot.runtime import running_bot
from bot.sandbox import settle
from emulator import BotApiEmulator, EmulatedUser, Limits, SentMessage
from handlers.context import DEPS_KEY, Deps
from storage import Database

ADMIN_ID = 900_001
TOKEN = "123456:TEST-token-for-consultbot"


class FakeClock:
    def __init__(self, now: datetime) -> None:
        self.now_value = now

    def __call__(self) -> datetime:
        return self.now_value

    def advance(self, delta: timedelta) -> None:
        self.now_value += delta

    def set(self, when: datetime) -> None:
        self.now_value = when


class BotBench:
    rate_limiter = True  # the Application's AIORateLimiter, as in production

    def __init__(
        self, tmp_path: Path, *, limits: Limits | None = None, admin_ids: frozenset[int] | None = None
    ) -> None:
        self.tmp_path = tmp_path
        self.database_path = tmp_path / "bot.sqlite3"
        self.attachments_dir = tmp_path / "attachments"
        self.admin_ids = admin_ids if admin_ids is not None else frozenset({ADMIN_ID})
        self.clock = FakeClock(datetime(2013, 1, 10, 9, 0, tzinfo=UTC))
        self.emu = BotApiEmulator(token=TOKEN, limits=limits or Limits())
        self._bot_stack: contextlib.AsyncExitStack | None = None
        self.app: Application[Any, Any, Any, Any, Any, Any] | None = None
        # The review screen (webapp/): its address, and where its web server listens (None: off).
        self.webapp_url: str | None = None
        self.web_server: tuple[str, int] | None = None

    # -- lifecycle ----------------------------------------------------------------------

    async def __aenter__(self) -> BotBench:
        await self.emu.start()
        await self.start_bot()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop_bot()
        await self.emu.stop()

    async def start_bot(self) -> None:
        self._bot_stack = contextlib.AsyncExitStack()
        self.app = await self._bot_stack.enter_async_context(
            running_bot(
                database_path=self.database_path,
                endpoint=Endpoint(TOKEN, self.emu.base_url, self.emu.base_file_url),
                attachments_dir=self.attachments_dir,
                admin_ids=self.admin_ids,
                clock=self.clock,
                poll_timeout=1,
                rate_limiter=self.rate_limiter,
                webapp_url=self.webapp_url,
                web_server=self.web_server,
            )
        )

    async def stop_bot(self) -> None:
        if self._bot_stack is not None:
            await self._bot_stack.aclose()
            self._bot_stack = None
            self.app = None

    async def restart(self) -> None:
        """A clean stop and start on the same database (persistence flushed at stop)."""
        await self.stop_bot()
        await self.start_bot()

    # -- access -------------------------------------------------------------------------

    @property
    def deps(self) -> Deps:
        assert self.app is not None
        return self.app.bot_data[DEPS_KEY]

    @property
    def db(self) -> Database:
        return self.deps.db

    def user(self, user_id: int, *, language_code: str = "en", first_name: str = "Test") -> EmulatedUser:
        return self.emu.user(user_id, first_name=first_name, language_code=language_code)

    async def settle(self, timeout: float = 10.0) -> None:
        """Until every queued update was fetched and the bot has finished handling it."""
        assert self.app is not None
        await settle(self.emu, self.app, timeout)

    # -- playing a user -----------------------------------------------------------------

    async def send(self, user: EmulatedUser, text: str) -> list[SentMessage]:
        """Type `text` (a command if it starts with /) and return what the bot answered."""
        mark = user.mark()
        if text.startswith("/"):
            command, _, payload = text.partition(" ")
            user.send_command(command, payload or None)
        else:
            user.send_text(text)
        await self.settle()
        return user.since(mark)

    async def press(self, user: EmulatedUser, button: str, **kwargs: Any) -> list[SentMessage]:
        mark = user.mark()
        user.press(button, **kwargs)
        await self.settle()
        return user.since(mark)

    async def do(self, user: EmulatedUser, action: Callable[[], object]) -> list[SentMessage]:
        """Any other user action (document, sticker, forged button...), then settle."""
        mark = user.mark()
        action()
        await self.settle()
        return user.since(mark)


def texts(messages: list[SentMessage]) -> str:
    """Everything the user saw, one block (with edits in their final form)."""
    return "\n".join((m.text or m.caption or "") for m in messages)


def relax_flood_limits(bench: BotBench) -> None:
    """A test types far faster than a person; the per-chat limit is tested by the emulator's own tests."""
    bench.emu.limits.per_chat_burst = 10_000
    bench.emu.limits.per_chat_per_second = 10_000.0
