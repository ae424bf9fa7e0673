"""A bot in its own process for bench/updates.py, saying which updates it has finished.

    python -m bench.bot_process consultation    # what `consultbot run` runs (same settings)
    python -m bench.bot_process echo            # a bare python-telegram-bot echo bot

Both read the environment `consultbot run` reads (BOT_TOKEN, BOT_API_BASE_URL, ...), poll
with the same settings, and have the overall cap of 30 messages a second lifted (see
bench/updates.py). After each update, every handler done, the update id is written as a line
on standard output: the bench's people wait for it, as tests' PatientBench waits for its
TypeHandler when the bot shares their process. Stops on SIGTERM.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
from typing import Any

from telegram import Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

import bot.app
from bot.config import Settings
from bot.runtime import serve

POLL_TIMEOUT = 10


async def _say_handled(update: Update, _context: object) -> None:
    os.write(sys.stdout.fileno(), b"%d\n" % update.update_id)


def _watch(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """A TypeHandler in a group after every other: it runs once every flow is done."""
    group = max(application.handlers, default=0) + 1
    application.add_handler(TypeHandler(Update, _say_handled), group=group)


def _ready(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    _watch(application)
    os.write(sys.stdout.fileno(), b"ready\n")


async def consultation(stop: asyncio.Event) -> None:
    await serve(Settings(), stop, started=_ready)


async def say_again(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
    """The echo bot's one text handler."""
    assert update.effective_message is not None and update.effective_message.text is not None
    await update.effective_message.reply_text(update.effective_message.text)


async def answer(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
    """The echo bot's one button handler."""
    assert update.callback_query is not None
    await update.callback_query.answer()


async def echo(stop: asyncio.Event) -> None:
    settings = Settings()
    assert settings.bot_token is not None
    application = (
        ApplicationBuilder()
        .token(settings.bot_token.get_secret_value())
        .base_url(settings.bot_api_base_url)
        .base_file_url(settings.bot_api_file_url)
        .build()
    )
    application.add_handler(MessageHandler(filters.TEXT, say_again))
    application.add_handler(CallbackQueryHandler(answer))
    async with application:
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0.0, timeout=POLL_TIMEOUT)
        _ready(application)
        await stop.wait()
        await application.updater.stop()
        await application.stop()


async def main(kind: str) -> None:
    bot.app.OVERALL_MESSAGES_PER_SECOND = 0
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    await {"consultation": consultation, "echo": echo}[kind](stop)


def profile_between_signals(target: str) -> None:
    """With BENCH_PROFILE=FILE: cProfile from SIGUSR1 to SIGUSR2 (bench/updates.py sends them
    around the measured phase), written to FILE."""
    import cProfile

    profile = cProfile.Profile()

    def stop(*_: object) -> None:
        profile.disable()
        profile.dump_stats(target)

    signal.signal(signal.SIGUSR1, lambda *_: profile.enable())
    signal.signal(signal.SIGUSR2, stop)


if __name__ == "__main__":
    if os.environ.get("BENCH_PROFILE"):
        profile_between_signals(os.environ["BENCH_PROFILE"])
    asyncio.run(main(sys.argv[1]))
