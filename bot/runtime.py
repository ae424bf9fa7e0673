"""The bot's lifecycle for `consultbot run`: open, start, serve until told to stop, close.

The manual lifecycle (not `run_polling`) keeps the event loop ours, so the database opens
before the Application (its persistence reads from it) and closes after it. Updates come
through the durable inbox (bot/inbox.py): what the last run left there is handled first, then
the project's own long polling (or the webhook) starts. SIGINT or SIGTERM stop fetching, let
the updates being handled finish and leave the rest in the inbox for the next start.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from telegram.ext import Application

from bot.app import Endpoint, build_application, inbox_of, make_deps, on_shutdown, on_startup
from bot.config import Settings
from bot.inbox import Poller
from bot.processor import ChatOrderedProcessor
from prompts import Consultation
from services.webapp_access import WebAppAccess
from storage import Database
from storage.models import utc_now

logger = logging.getLogger(__name__)


@asynccontextmanager
async def running_bot(
    *,
    database_path: Path,
    endpoint: Endpoint,
    attachments_dir: Path,
    admin_ids: frozenset[int] = frozenset(),
    consultation_file: Path | None = None,
    consultation: Consultation | None = None,
    clock: Callable[[], datetime] = utc_now,
    sandbox: bool = False,
    polling: bool = True,
    poll_timeout: int = 10,
    rate_limiter: bool = True,
    webapp_url: str | None = None,
    webapp_init_data_max_age: int = 3600,
    web_server: tuple[str, int] | None = None,
) -> AsyncIterator[Application[Any, Any, Any, Any, Any, Any]]:
    """A started bot; on exit, fetching stops, the updates being handled finish, the rest stay
    in the inbox, persistence is flushed. With `webapp_url` the review screen is on; with
    `web_server` (address, port) the web server (bot/webhook.py, without the webhook route)
    starts with the bot and stops before it."""
    db = await Database.open(database_path)
    try:
        deps = make_deps(
            db,
            consultation_file=consultation_file,
            consultation=consultation,
            attachments_dir=attachments_dir,
            admin_ids=admin_ids,
            clock=clock,
            sandbox=sandbox,
        )
        if webapp_url is not None:
            deps.webapp = WebAppAccess(webapp_url, init_data_max_age=webapp_init_data_max_age)
        application = build_application(deps, endpoint, rate_limiter=rate_limiter)
        async with application:
            await on_startup(application)
            await application.start()
            if web_server is not None:
                from bot.webhook import start_web_server

                await start_web_server(application, *web_server)
            box = inbox_of(application)
            await box.recover()
            poller = Poller(application, box, timeout=poll_timeout) if polling else None
            if poller is not None:
                await poller.start()
            try:
                yield application
            finally:
                if web_server is not None:
                    from bot.webhook import stop_webhook

                    await stop_webhook(application)
                if poller is not None:
                    await poller.stop()
                processor = application.update_processor
                if isinstance(processor, ChatOrderedProcessor):
                    processor.stopping = True
                await application.stop()
                await on_shutdown(application)
    finally:
        await db.close()


async def serve(
    settings: Settings,
    stop: asyncio.Event,
    *,
    webhook_url: str | None = None,
    started: Callable[[Application[Any, Any, Any, Any, Any, Any]], None] | None = None,
) -> None:
    """`consultbot run`: the bot until `stop` is set. `started(application)` is called once it
    runs (bench/bot_process.py watches each update's end with it)."""
    assert settings.bot_token is not None
    endpoint = Endpoint(
        token=settings.bot_token.get_secret_value(),
        base_url=settings.bot_api_base_url,
        base_file_url=settings.bot_api_file_url,
    )
    async with running_bot(
        database_path=settings.database_path,
        endpoint=endpoint,
        attachments_dir=settings.attachments_path,
        admin_ids=frozenset(settings.admin_ids),
        consultation_file=settings.consultation_file,
        polling=webhook_url is None,
        webapp_url=settings.webapp_url,
        webapp_init_data_max_age=settings.webapp_init_data_max_age,
        # In webhook mode the webhook's server carries the review screen too.
        web_server=web_server_address(settings) if webhook_url is None and settings.webapp_url else None,
    ) as application:
        if webhook_url is not None:
            from bot.webhook import start_webhook

            await start_webhook(application, settings, webhook_url)
        if started is not None:
            started(application)
        logger.info("consultbot is running; stop with Ctrl-C")
        await stop.wait()
        logger.info("stopping")
        if webhook_url is not None:
            from bot.webhook import stop_webhook

            await stop_webhook(application)


def web_server_address(settings: Settings) -> tuple[str, int]:
    """Where the web server listens in polling mode: WEBAPP_URL's own host and port when it is
    plain http on this machine (the sandbox, tests), else WEBHOOK_LISTEN:WEBHOOK_PORT, where
    the reverse proxy that terminates https forwards to."""
    url = urlparse(settings.webapp_url or "")
    if url.scheme == "http" and url.hostname in ("127.0.0.1", "localhost"):
        return url.hostname, url.port or 80
    return settings.webhook_listen, settings.webhook_port
