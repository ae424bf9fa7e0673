"""Update processing: concurrent across chats, strictly ordered within one chat.

ConversationHandler needs one conversation's updates handled in order; a slow export for one
user must not hold up everyone else. Each update waits for the previous update of the same
chat (a FIFO lock per chat) and runs beside other chats' updates, at most `running` at once.
An update waiting for its chat's turn holds no running slot, so one person sending a hundred
messages during a long export does not hold up everyone else. After each update the
persistence is flushed, and the update id is recorded so that a redelivered update (Telegram
resends those whose offset was not confirmed before a crash) is not handled twice.

Update ids grow, so an id above the highest one recorded (`_high_water`) is new without asking
the database; only an id at or below it (a redelivery after a restart, an update overtaken by
a later one, ids started again by Telegram after a quiet week) is looked up.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import Application, BaseUpdateProcessor

from bot.clean_input import clean_update
from storage import Database, ptb_state
from storage.models import utc_now

logger = logging.getLogger(__name__)


def ordering_key(update: object) -> int | str:
    if isinstance(update, Update):
        if update.effective_chat is not None:
            return update.effective_chat.id
        if update.effective_user is not None:
            return update.effective_user.id
    return "global"


class ChatOrderedProcessor(BaseUpdateProcessor):
    def __init__(self, running: int = 32, waiting: int = 4096) -> None:
        # PTB's own semaphore (`max_concurrent_updates`) counts waiting updates too: it only
        # bounds a backlog here; `_running` bounds the updates being handled.
        super().__init__(max_concurrent_updates=waiting)
        self._running = asyncio.Semaphore(running)
        self._locks: dict[int | str, asyncio.Lock] = {}
        self._waiting: dict[int | str, int] = {}
        self._application: Application[Any, Any, Any, Any, Any, Any] | None = None
        self._db: Database | None = None
        self._high_water: int | None = None  # the highest update id recorded as handled
        self.in_flight = 0

    def bind(self, application: Application[Any, Any, Any, Any, Any, Any], db: Database) -> None:
        self._application = application
        self._db = db

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = ordering_key(update)
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._waiting[key] = self._waiting.get(key, 0) + 1
        self.in_flight += 1
        try:
            async with lock, self._running:
                if await self._seen_before(update):
                    logger.info("update %s already handled, skipped", getattr(update, "update_id", "?"))
                    if asyncio.iscoroutine(coroutine):
                        coroutine.close()
                    return
                clean_update(update)  # before any handler parses it: bot/clean_input.py
                await coroutine
                await self._after(update)
        finally:
            self.in_flight -= 1
            self._waiting[key] -= 1
            if self._waiting[key] == 0:
                del self._waiting[key]
                del self._locks[key]

    async def _seen_before(self, update: object) -> bool:
        if self._db is None or not isinstance(update, Update):
            return False
        if self._high_water is None:
            self._high_water = await ptb_state.latest_processed(self._db, utc_now()) or 0
        if update.update_id > self._high_water:
            return False
        return await ptb_state.already_processed(self._db, update.update_id, utc_now())

    async def _after(self, update: object) -> None:
        if self._application is not None and self._application.persistence is not None:
            await self._application.update_persistence()
        if self._db is not None and isinstance(update, Update):
            await ptb_state.mark_processed(self._db, update.update_id, utc_now())
            self._high_water = max(self._high_water or 0, update.update_id)

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None
