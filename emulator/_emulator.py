"""BotApiEmulator: a local Telegram Bot API server for tests, the sandbox and benchmarks.

Everything (chats, files, limits, faults, queues) hangs off one instance, so several
emulators can run side by side in one process and tests never leak state into each other.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import time
from collections.abc import Callable, Iterable
from types import TracebackType
from typing import Any

import tornado.httpserver
import tornado.netutil

from ._call import Call
from ._chats import EmulatedChat, EmulatedUser
from ._faults import FaultPlan
from ._files import FileStore
from ._flood import FloodControl
from ._models import FAULT_KINDS, MB, ApiError, EmulatorStats, Fault, Limits
from ._server import make_application
from ._updates import UpdateQueue, WebhookConfig, WebhookDeliverer

MAX_CALLS_KEPT = 100_000
_CALLS_SLACK = 1_000


class BotApiEmulator:
    """A real HTTP Bot API on 127.0.0.1 that python-telegram-bot can talk to.

    Use `base_url` / `base_file_url` with `ApplicationBuilder().base_url(...)`. Users and
    groups are created with `user()` / `group()`, which also makes their chats "known".
    """

    def __init__(
        self,
        token: str = "123456:TEST",  # noqa: S107 (a fake token: the emulator is offline)
        bot_username: str = "consultbot_test_bot",
        bot_id: int = 123456,
        limits: Limits | None = None,
        *,
        bot_first_name: str = "Consultbot",
        clock: Callable[[], float] = time.monotonic,
        first_update_id: int = 1,
    ) -> None:
        self.token = token
        self.bot_username = bot_username
        self.bot_id = bot_id
        self.bot_first_name = bot_first_name
        self.limits = limits if limits is not None else Limits()
        self.timeout_seconds = 6.0
        self.webhook_retry_seconds = 0.5
        # Seconds each Bot API call takes there and back (Telegram is ~0.1 s away from a
        # server in Europe); half before the call is carried out, half after. getUpdates is
        # not delayed (a long poll waits anyway).
        self.round_trip = 0.0
        self.check_not_modified = True
        self.clock = clock
        self.stats = EmulatorStats()
        self.calls: list[tuple[float, str, dict[str, Any]]] = []
        self.commands: dict[tuple[str, str], list[dict[str, str]]] = {}
        self.menu_buttons: dict[int | None, dict[str, Any]] = {}
        self.bot_profile: dict[tuple[str, str], str] = {}
        self.users: dict[int, EmulatedUser] = {}
        self.groups: dict[int, EmulatedChat] = {}
        self.files = FileStore()
        # A bot remembers the update ids it handled; a new emulator on an old database (the
        # sandbox) must not reuse them, as Telegram never does within a day.
        self.updates = UpdateQueue(first_update_id)
        self.faults = FaultPlan()
        self.flood = FloodControl(lambda: self.limits, clock)
        self.webhook: WebhookConfig | None = None
        self.poll_generation = 0
        self.stopping = False
        self._deliverer: WebhookDeliverer | None = None
        self._callbacks: dict[str, EmulatedUser] = {}
        self._callback_counter = 0
        self._server: tornado.httpserver.HTTPServer | None = None
        self._port = 0
        self._inflight = 0
        self._stop_event = asyncio.Event()

    # -- lifecycle ----------------------------------------------------------------------------

    async def start(self, port: int = 0) -> BotApiEmulator:
        """Listen on 127.0.0.1 (a free port unless `port` is given) in the running loop."""
        if self._server is not None:
            raise RuntimeError("emulator already started")
        sockets = tornado.netutil.bind_sockets(port, "127.0.0.1", family=socket.AF_INET)
        body_limit = max(self.limits.max_upload_bytes, 50 * MB) * 2 + MB
        self._server = tornado.httpserver.HTTPServer(
            make_application(self),
            max_body_size=body_limit,
            max_buffer_size=body_limit,
        )
        self._server.add_sockets(sockets)
        self._port = int(sockets[0].getsockname()[1])
        self.updates.bind(asyncio.get_running_loop())
        self.stopping = False
        self._stop_event = asyncio.Event()
        return self

    async def stop(self) -> None:
        """Stop listening, release long polls and held requests, close connections."""
        if self._server is None:
            return
        server, self._server = self._server, None
        server.stop()
        self.stopping = True
        self._stop_event.set()
        self.updates.wake()
        if self._deliverer is not None:
            await self._deliverer.stop()
            self._deliverer = None
        with contextlib.suppress(TimeoutError):
            await self.wait_for(lambda: self._inflight == 0, timeout=2.0)
        await server.close_all_connections()

    async def __aenter__(self) -> BotApiEmulator:
        return await self.start()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def port(self) -> int:
        if not self._port:
            raise RuntimeError("emulator not started")
        return self._port

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    # -- the world ----------------------------------------------------------------------------

    def user(
        self,
        user_id: int,
        first_name: str | None = None,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = None,
    ) -> EmulatedUser:
        """The user with this id (created on first call; fields given later update it).

        New users default to first_name "User<id>" and language_code "en"; pass
        language_code="" for a user whose client sends none.
        """
        if user_id <= 0:
            raise ValueError("user ids are positive")
        existing = self.users.get(user_id)
        if existing is None:
            existing = EmulatedUser(
                self,
                user_id,
                first_name or f"User{user_id}",
                last_name,
                username,
                "en" if language_code is None else language_code,
            )
            self.users[user_id] = existing
            return existing
        for name, value in (
            ("first_name", first_name),
            ("last_name", last_name),
            ("username", username),
            ("language_code", language_code),
        ):
            if value is not None:
                setattr(existing, name, value)
        return existing

    def group(self, chat_id: int, title: str = "Group", chat_type: str | None = None) -> EmulatedChat:
        """A group chat (ids below -100… are supergroups, as in Telegram)."""
        if chat_id >= 0:
            raise ValueError("group chat ids are negative")
        existing = self.groups.get(chat_id)
        if existing is None:
            kind = chat_type or ("supergroup" if str(chat_id).startswith("-100") else "group")
            existing = EmulatedChat(self, chat_id, kind, title=title)
            self.groups[chat_id] = existing
        return existing

    def chat(self, chat_id: int) -> EmulatedChat | None:
        """The chat with this id, if a user or group made it known."""
        if chat_id > 0:
            user = self.users.get(chat_id)
            return user.chat if user is not None else None
        return self.groups.get(chat_id)

    def visible_commands(self, user_id: int) -> list[dict[str, str]]:
        """The command menu this user sees in their private chat with the bot, resolved as
        Telegram documents for private chats: the chat's scope, then all private chats, then
        the default; within each, the user's language first, then the scope without one."""
        user = self.users.get(user_id)
        language = (user.language_code or "") if user is not None else ""
        for scope in (f"chat:{user_id}", "all_private_chats", "default"):
            for code in (language, ""):
                found = self.commands.get((scope, code))
                if found:
                    return [dict(command) for command in found]
        return []

    def find_chat(self, raw: Any) -> EmulatedChat | None:
        """Resolve a chat_id parameter: a number or an @username."""
        if isinstance(raw, str) and raw.startswith("@"):
            name = raw[1:].lower()
            return next((u.chat for u in self.users.values() if (u.username or "").lower() == name), None)
        try:
            return self.chat(int(raw))
        except (TypeError, ValueError):
            return None

    def delete_chat(self, chat_id: int) -> None:
        """Later calls aimed at this chat get 400 "chat not found"."""
        chat = self.chat(chat_id)
        if chat is not None:
            chat.deleted = True

    def bot_user(self) -> dict[str, Any]:
        """The bot as a User object (`from` of its messages)."""
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": self.bot_first_name,
            "username": self.bot_username,
        }

    def now(self) -> int:
        """Message dates: Unix time, as Telegram sends."""
        return int(time.time())

    def register_callback(self, user: EmulatedUser) -> str:
        self._callback_counter += 1
        query_id = str(4_000_000_000_000_000_000 + self._callback_counter)
        self._callbacks[query_id] = user
        user.callback_ids.append(query_id)
        return query_id

    def callback_owner(self, query_id: str) -> EmulatedUser | None:
        return self._callbacks.get(query_id)

    # -- updates ------------------------------------------------------------------------------

    def queue_update(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue an update (update_id assigned); returns the queued dict."""
        return self.updates.put(update)

    def queue_raw_update(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue any update dict as is (e.g. unknown types); update_id assigned if missing."""
        return self.updates.put(dict(update))

    def redeliver(self, update: dict[str, Any]) -> dict[str, Any]:
        """The same update (same update_id) handed out again, as after a bot crash."""
        return self.updates.redeliver(update)

    def pending_updates(self) -> int:
        """Updates queued and not yet confirmed by the bot (or accepted by its webhook)."""
        return len(self.updates)

    async def wait_until_delivered(self, timeout: float = 5.0) -> None:
        """Until every queued update was fetched and confirmed (not necessarily handled)."""
        await self.wait_for(lambda: len(self.updates) == 0, timeout)

    async def wait_for(self, predicate: Callable[[], bool], timeout: float = 5.0) -> None:
        """Poll `predicate` every 10 ms; TimeoutError after `timeout` seconds."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not predicate():
            if loop.time() >= deadline:
                raise TimeoutError(f"condition not met within {timeout} s")
            await asyncio.sleep(0.01)

    def begin_poll(self) -> int:
        """A new getUpdates supersedes any waiting one (Telegram answers it with 409)."""
        self.poll_generation += 1
        self.updates.wake()
        return self.poll_generation

    async def install_webhook(self, config: WebhookConfig) -> None:
        await self.remove_webhook()
        self.webhook = config
        self._deliverer = WebhookDeliverer(self.updates, config, lambda: self.webhook_retry_seconds)
        self._deliverer.start()
        self.updates.wake()

    async def remove_webhook(self) -> None:
        if self._deliverer is not None:
            await self._deliverer.stop()
            self._deliverer = None
        self.webhook = None

    # -- faults -------------------------------------------------------------------------------

    def inject(self, fault: Fault) -> None:
        """Make the next `fault.count` matching calls fail with `fault.kind`."""
        self.faults.inject(fault)

    def fault_rate(
        self,
        rate: float = 0.05,
        kinds: Iterable[str] = FAULT_KINDS,
        seed: int = 1,
        methods: Iterable[str] | None = None,
    ) -> None:
        """Fail this fraction of calls at random (seeded); getUpdates only if listed; 0 = off."""
        self.faults.set_rate(rate, kinds, seed, methods)

    def clear_faults(self) -> None:
        self.faults.clear()

    async def pause(self, seconds: float) -> None:
        """Sleep that ends early when the emulator stops (held "timeout" faults)."""
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(seconds):  # not wait_for: see UpdateQueue.wait
                await self._stop_event.wait()

    # -- bookkeeping (called by the server) ---------------------------------------------------

    def record_call(self, method: str, call: Call) -> None:
        self.stats.calls[method] += 1
        self.calls.append((self.clock(), method, call.loggable()))
        if len(self.calls) > MAX_CALLS_KEPT + _CALLS_SLACK:
            del self.calls[: len(self.calls) - MAX_CALLS_KEPT]

    def count_error(self, error: ApiError) -> None:
        self.stats.errors[error.description] += 1
        if error.code == 429:
            self.stats.too_many_requests += 1

    def request_started(self) -> None:
        self._inflight += 1

    def request_finished(self) -> None:
        self._inflight -= 1

    def calls_to(self, method: str) -> list[dict[str, Any]]:
        """Parameters of every recorded call to `method`, oldest first."""
        return [params for _t, name, params in self.calls if name == method]
