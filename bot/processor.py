"""Update processing: concurrent across chats, strictly ordered within one chat.

ConversationHandler needs one conversation's updates handled in order; a slow export for one
user must not hold up everyone else. Each update waits for the previous update of the same
chat (a FIFO lock per chat) and runs beside other chats' updates, at most `running` at once.
An update waiting for its chat's turn holds no running slot, so one person sending a hundred
messages during a long export does not hold up everyone else.

Every update comes from the durable inbox (bot/inbox.py). After an update is handled, the
conversation states it changed, its id in the redelivery guard and its removal from the inbox
are one transaction (storage/inbox.py: finish). Once `stopping` is set, an update that has not
started is left in the inbox for the next start, and the ones running finish.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import Application, BaseUpdateProcessor

from bot.clean_input import clean_update
from bot.inbox import Inbox
from bot.persistence import SqlitePersistence

logger = logging.getLogger(__name__)


def ordering_key(update: object) -> int | str:
    if isinstance(update, Update):
        if update.effective_chat is not None:
            return update.effective_chat.id
        if update.effective_user is not None:
            return update.effective_user.id
    return "global"


def owners(update: Update) -> set[int]:
    """The chat and user ids whose conversations an update can move."""
    found = set()
    if update.effective_chat is not None:
        found.add(update.effective_chat.id)
    if update.effective_user is not None:
        found.add(update.effective_user.id)
    return found


class ChatOrderedProcessor(BaseUpdateProcessor):
    def __init__(self, running: int = 32, waiting: int = 1100) -> None:
        # PTB's own semaphore (`max_concurrent_updates`) counts waiting updates too: it must
        # admit every update the inbox hands over; `_running` bounds the updates being handled.
        super().__init__(max_concurrent_updates=waiting)
        self._running = asyncio.Semaphore(running)
        self._locks: dict[int | str, asyncio.Lock] = {}
        self._waiting: dict[int | str, int] = {}
        self._application: Application[Any, Any, Any, Any, Any, Any] | None = None
        self.inbox: Inbox | None = None
        self.stopping = False
        self.in_flight = 0

    def bind(self, application: Application[Any, Any, Any, Any, Any, Any], box: Inbox) -> None:
        self._application = application
        self.inbox = box

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = ordering_key(update)
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._waiting[key] = self._waiting.get(key, 0) + 1
        self.in_flight += 1
        try:
            async with lock, self._running:
                if self.stopping:  # left in the inbox: handled first at the next start
                    if asyncio.iscoroutine(coroutine):
                        coroutine.close()
                    return
                clean_update(update)  # before any handler parses it: bot/clean_input.py
                try:
                    await coroutine
                except Exception:  # PTB passes a handler's errors to the error handler first
                    logger.exception("update %s failed", getattr(update, "update_id", "?"))
                await self._finish(update)
        finally:
            self.in_flight -= 1
            self._waiting[key] -= 1
            if self._waiting[key] == 0:
                del self._waiting[key]
                del self._locks[key]

    async def _finish(self, update: object) -> None:
        if self.inbox is None or not isinstance(update, Update):
            return
        assert self._application is not None
        persistence = self._application.persistence
        writes = []
        if isinstance(persistence, SqlitePersistence):
            await self._application.update_persistence()
            writes = persistence.take_unwritten(owners(update))
        try:
            await self.inbox.finish(update.update_id, writes)
        except BaseException:
            if isinstance(persistence, SqlitePersistence):
                persistence.put_back(writes)
            raise

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None
