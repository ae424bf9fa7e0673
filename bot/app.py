"""Wiring: the Application, its dependencies, and the lifecycle around it.

`Runtime` opens the database (creating and migrating it on first start), loads the catalogs
and the consultation, builds the Application pointed at any Bot-API-compatible server, and
closes everything in reverse order. The same code serves `run`, `sandbox`, tests and benches.
"""

from __future__ import annotations

import asyncio
import logging
import os
import warnings
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from telegram import BotCommand, BotCommandScopeDefault
from telegram.error import BadRequest, NetworkError
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, ContextTypes
from telegram.request import HTTPXRequest
from telegram.warnings import PTBUserWarning

import handlers
from bot.inbox import BATCH, MAX_WAITING, Inbox
from bot.persistence import SqlitePersistence
from bot.processor import ChatOrderedProcessor
from handlers import flow
from handlers.common import error_handler
from handlers.context import DEPS_KEY, Context, Deps
from handlers.messages import render_message, render_notice
from prompts import LANGUAGES, Catalog, Consultation, countries, load_consultation
from services.alerts import AlertService
from services.delivery import Sender, SenderConfig, dedicated_bot
from services.delivery.pacer import SendBudget
from services.reminders import ReminderService
from storage import Database, consultations, participants
from storage.models import utc_now

logger = logging.getLogger(__name__)

# Telegram's overall limit for one bot, in messages a second (the rate limiter's). Tests that
# compress a day of hundreds of people into a minute raise it, with the emulator's own limit.
OVERALL_MESSAGES_PER_SECOND = 30.0
# Updates handled at once (each chat's still one at a time; one waiting for its chat's turn holds
# no slot). With Telegram ~0.1 s away and about two Bot API calls per update, 32 sustain far
# more than the 30 messages a second Telegram lets a bot send; more only cost CPU (httpx's pool
# scans every open connection for each request: 256 at once cost 40 % more CPU per update in
# bench/updates.py).
MAX_CONCURRENT_UPDATES = 32
# Connections to the Bot API for replies and broadcasts. With Telegram ~0.1 s away, 16 carry 160
# requests a second, several times what Telegram accepts from one bot; a larger pool costs CPU on
# every request (httpx scans its connections: 64 cost 0.2-0.3 ms more per update than 16).
CONNECTIONS = 16
USER_COMMANDS = ("start", "comment", "mycomments", "profile", "language", "verify", "cancel", "forget", "help")
StartupHook = Callable[[Application[Any, Any, Any, Any, Any, Any]], Awaitable[None]]


@dataclass
class Endpoint:
    """Where the Bot API is: Telegram's own, a self-hosted server, or the emulator."""

    token: str
    base_url: str
    base_file_url: str


class ReplyRateLimiter(AIORateLimiter):
    """PTB's limiter (30 messages a second overall; a 429 waited out and retried) that also
    retries what a short outage of Telegram looks like: a 5xx answer, a dropped connection, a
    timeout. PTB's own limiter retries only 429s, so one 502 lost a user's answer and failed
    the handler half-way (tests/test_faults.py). A retry after a timeout or a dropped
    connection may show a message twice (the Bot API has no idempotency key); an answer that
    never comes is worse. A 400 is not retried: the request itself is wrong.
    (Broadcasts have their own sender and pacing: services/delivery/.) A message to a chat also
    waits for the overall budget it shares with the broadcasts, which gives it precedence
    (services/delivery/pacer.py: SendBudget)."""

    def __init__(
        self,
        *,
        max_retries: int = 3,
        transient_retries: int = 4,
        backoff: float = 0.25,
        budget: SendBudget | None = None,
        **limits: Any,
    ) -> None:
        super().__init__(max_retries=max_retries, **limits)
        self._transient_retries = transient_retries
        self._backoff = backoff
        self.budget = budget

    async def process_request(  # type: ignore[override]
        self,
        callback: Callable[..., Awaitable[Any]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Any:
        attempt = 0
        if self.budget is not None and data.get("chat_id") is not None and endpoint.startswith("send"):
            await self.budget.reply()
        while True:
            try:
                return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
            except BadRequest:
                raise
            except NetworkError as exc:  # TimedOut, 5xx answers, connection errors
                if attempt == self._transient_retries:
                    raise
                delay = self._backoff * 2**attempt
                attempt += 1
                logger.info("%s failed (%s); trying again in %.2f s", endpoint, exc.message, delay)
                await asyncio.sleep(delay)


def configure_ptb() -> None:
    """Our conversations track callbacks per chat on purpose (one keyboard at a time per user);
    PTB's advice about `per_message` would otherwise be printed at every start. And PTB 22
    deprecates integer `RetryAfter.retry_after`: opt in to the timedelta it will use."""
    warnings.filterwarnings("ignore", message=".*per_message.*", category=PTBUserWarning)
    os.environ.setdefault("PTB_TIMEDELTA", "1")


def inbox_of(application: Application[Any, Any, Any, Any, Any, Any]) -> Inbox:
    """The Application's durable inbox (bot/inbox.py)."""
    processor = application.update_processor
    assert isinstance(processor, ChatOrderedProcessor) and processor.inbox is not None
    return processor.inbox


def build_application(
    deps: Deps, endpoint: Endpoint, *, rate_limiter: bool = True
) -> Application[Any, Any, Any, Any, Any, Any]:
    configure_ptb()
    processor = ChatOrderedProcessor(running=MAX_CONCURRENT_UPDATES, waiting=MAX_WAITING + BATCH)
    builder = (
        ApplicationBuilder()
        .token(endpoint.token)
        .base_url(endpoint.base_url)
        .base_file_url(endpoint.base_file_url)
        .context_types(ContextTypes(context=Context))
        .persistence(SqlitePersistence(deps.db))
        .concurrent_updates(processor)
        .request(HTTPXRequest(connection_pool_size=CONNECTIONS, connect_timeout=5, read_timeout=10, write_timeout=20))
        .get_updates_request(HTTPXRequest(connection_pool_size=2, read_timeout=30))
    )
    if rate_limiter:
        # 30 msg/s overall; a 429 is retried after retry_after, a 5xx or a lost connection after
        # a short backoff, instead of reaching a user as an error.
        budget = SendBudget(OVERALL_MESSAGES_PER_SECOND)
        deps.budget = budget
        limiter = ReplyRateLimiter(max_retries=3, overall_max_rate=OVERALL_MESSAGES_PER_SECOND, budget=budget)
        builder = builder.rate_limiter(limiter)
    application = builder.build()
    processor.bind(application, Inbox(deps.db, application))
    application.bot_data[DEPS_KEY] = deps
    # Before any flow (group -1): the person's language, read once per update.
    application.add_handler(flow.LANGUAGE, group=-1)
    for handler in handlers.all_handlers():
        application.add_handler(handler)
    application.add_error_handler(error_handler)  # type: ignore[arg-type]
    return application


async def on_startup(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """After initialize: admins, per-language command menus, the services (language profiles
    loading, interrupted broadcasts resumed, reminders rebuilt from the database), then each
    flow's own start-up work."""
    deps: Deps = application.bot_data[DEPS_KEY]
    await participants.bootstrap_admins(deps.db, sorted(deps.admin_ids))
    # The definition file is the first consultation's, imported on the first start.
    await consultations.ensure_first(deps.db, deps.consultation.model_dump(mode="json"))
    await set_command_menus(application, deps.catalog)
    await start_services(application, deps)
    for hook in handlers.startup_hooks():
        await hook(application)


async def start_services(application: Application[Any, Any, Any, Any, Any, Any], deps: Deps) -> None:
    deps.detector.preload()
    config = SenderConfig()
    deps.sender = Sender(
        deps, dedicated_bot(application.bot, config), render_message, config, deps.budget, render_notice=render_notice
    )
    await deps.sender.start()
    deps.reminders = ReminderService(deps, application.job_queue, deps.sender)
    await deps.reminders.start()
    deps.alerts = AlertService(deps, application.job_queue, deps.sender)
    await deps.alerts.start()


async def on_shutdown(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Stop the services in reverse order (the sender lets its sends in flight finish)."""
    deps: Deps = application.bot_data[DEPS_KEY]
    if deps.alerts is not None:
        await deps.alerts.stop()
        deps.alerts = None
    deps.reminders = None
    if deps.sender is not None:
        await deps.sender.stop()
        deps.sender = None


async def set_command_menus(application: Application[Any, Any, Any, Any, Any, Any], catalog: Catalog) -> None:
    for language in (None, *LANGUAGES):
        commands = [BotCommand(name, catalog.t(language or "en", f"cmd-{name}")) for name in USER_COMMANDS]
        await application.bot.set_my_commands(commands, scope=BotCommandScopeDefault(), language_code=language)


def make_deps(
    db: Database,
    *,
    consultation_file: Path | None = None,
    consultation: Consultation | None = None,
    attachments_dir: Path,
    admin_ids: frozenset[int] = frozenset(),
    clock: Callable[[], datetime] = utc_now,
    sandbox: bool = False,
) -> Deps:
    loaded = consultation or (load_consultation(consultation_file) if consultation_file else load_consultation())
    if sandbox:
        loaded = loaded.shifted_to(clock())
    countries.prepare()  # the names' index, built once here rather than in a person's first reply
    return Deps(
        db=db,
        catalog=Catalog.load(),
        consultation=loaded,
        attachments_dir=attachments_dir,
        admin_ids=admin_ids,
        clock=clock,
        sandbox=sandbox,
    )
