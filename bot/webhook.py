"""Webhook mode: Telegram POSTs updates to us instead of our long polling.

A small tornado server (tornado is python-telegram-bot's own webhook dependency) with the
routes: the webhook path, which requires Telegram's `X-Telegram-Bot-Api-Secret-Token` header
(compared in constant time; a request without it or with a wrong one is rejected with 403 and
logged), `/healthz` for the process supervisor, and the review screen's `/app/...` (webapp/,
when WEBAPP_URL is set). The same server runs in polling mode (and in the sandbox) for
`/healthz` and the review screen alone (`start_web_server`): one web stack either way.
An update is committed to the durable inbox (bot/inbox.py) before the 200 that tells
Telegram it was received: a process killed before that answer gets the update again, as
Telegram retries a POST that got no 200. While the inbox is full the request waits for room
(Telegram keeps the rest). Stopping closes the
listener first, then the Application finishes what is running and leaves the rest in the inbox.
"""

from __future__ import annotations

import hmac
import json
import logging
from typing import Any
from urllib.parse import urlparse

from telegram import Update
from telegram.ext import Application
from tornado.httpserver import HTTPServer
from tornado.web import Application as TornadoApplication
from tornado.web import RequestHandler

from bot.app import inbox_of
from bot.config import Settings
from handlers.context import DEPS_KEY
from webapp import WebAppContext, routes, settings_for

logger = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 (a header name)
SERVER_KEY = "webhook_server"
# Telegram's updates are at most a few kilobytes (a caption is 1,024 characters, files come
# by reference); the review screen limits its own forms further (webapp/server.py).
MAX_BODY_BYTES = 1024 * 1024


class UpdateHandler(RequestHandler):
    def initialize(self, bot_application: Application[Any, Any, Any, Any, Any, Any], secret: str) -> None:
        self.application_ptb = bot_application
        self.secret = secret

    async def post(self) -> None:
        given = self.request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), self.secret.encode()):
            logger.warning("webhook request from %s refused: missing or wrong secret token", self.request.remote_ip)
            self.set_status(403)
            self.finish({"ok": False, "description": "Forbidden"})
            return
        try:
            data = json.loads(self.request.body or b"{}")
            update = Update.de_json(data, self.application_ptb.bot)
        except (ValueError, TypeError, KeyError):
            logger.warning("webhook request with a malformed body refused")
            self.set_status(400)
            self.finish({"ok": False, "description": "Bad Request"})
            return
        if update is not None:
            box = inbox_of(self.application_ptb)
            await box.wait_for_room()
            await box.receive([(update, data)])
        self.finish({"ok": True})


class HealthHandler(RequestHandler):
    def initialize(self, bot_application: Application[Any, Any, Any, Any, Any, Any]) -> None:
        self.application_ptb = bot_application

    async def get(self) -> None:
        deps = self.application_ptb.bot_data[DEPS_KEY]
        database = "ok" if await deps.db.fetchval("SELECT 1") == 1 else "error"
        self.set_status(200 if self.application_ptb.running and database == "ok" else 503)
        self.finish(
            {
                "status": "ok" if self.application_ptb.running else "stopping",
                "database": database,
                "queued_updates": inbox_of(self.application_ptb).waiting,
            }
        )


def webhook_app(
    application: Application[Any, Any, Any, Any, Any, Any], path: str | None = None, secret: str = ""
) -> TornadoApplication:
    """The server's routes: the webhook (when `path` is given), /healthz, and the review screen
    when the Application's Deps carry its access state (WEBAPP_URL set)."""
    handlers: list[Any] = [("/healthz", HealthHandler, {"bot_application": application})]
    if path is not None:
        handlers.insert(0, (path, UpdateHandler, {"bot_application": application, "secret": secret}))
    settings: dict[str, Any] = {}
    deps = application.bot_data[DEPS_KEY]
    if deps.webapp is not None:
        context = WebAppContext(
            core=deps,
            access=deps.webapp,
            bot_token=application.bot.token,
            attachments_dir=deps.attachments_dir,
            wake_sender=lambda: deps.sender.wake() if deps.sender is not None else None,
            bot_username=application.bot.username,
        )
        handlers += routes(context)
        settings = settings_for(deps.webapp)
    return TornadoApplication(handlers, **settings)


async def start_web_server(
    application: Application[Any, Any, Any, Any, Any, Any], address: str, port: int
) -> HTTPServer:
    """Polling mode: the same server without the webhook route (/healthz, the review screen)."""
    server = HTTPServer(webhook_app(application), max_body_size=MAX_BODY_BYTES, xheaders=True)
    server.listen(port, address=address)
    application.bot_data[SERVER_KEY] = server
    logger.info("web server listening on %s:%s", address, port)
    return server


async def start_webhook(
    application: Application[Any, Any, Any, Any, Any, Any], settings: Settings, webhook_url: str
) -> HTTPServer:
    if settings.webhook_secret is None:
        raise ValueError("WEBHOOK_SECRET must be set for webhook mode")
    secret = settings.webhook_secret.get_secret_value()
    path = urlparse(webhook_url).path or "/telegram"
    server = HTTPServer(webhook_app(application, path, secret), max_body_size=MAX_BODY_BYTES, xheaders=True)
    server.listen(settings.webhook_port, address=settings.webhook_listen)
    application.bot_data[SERVER_KEY] = server
    await application.bot.set_webhook(url=webhook_url, secret_token=secret, allowed_updates=Update.ALL_TYPES)
    logger.info("webhook listening on %s:%s%s", settings.webhook_listen, settings.webhook_port, path)
    return server


async def stop_webhook(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    server = application.bot_data.pop(SERVER_KEY, None)
    if server is not None:
        server.stop()
        await server.close_all_connections()
