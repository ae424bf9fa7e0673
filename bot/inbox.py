"""The durable inbox: nothing the Bot API hands over is acknowledged before it is on disk.

Telegram keeps an update until the bot acknowledges it, and then forgets it: in long polling the
acknowledgement is the next getUpdates, whose `offset` confirms every update below it; with a
webhook it is the HTTP 200. Every update is committed to the `inbox` table first
(storage/inbox.py), in one transaction per batch, and acknowledged only then:

  * `Poller` is the project's own long-polling loop (python-telegram-bot's Updater puts a batch
    in its queue and advances the offset at once, so the next poll confirmed updates that were
    only in memory). It asks for the next batch, which confirms the previous one, only after
    that batch is committed.
  * bot/webhook.py answers 200 only after the commit.

Handling takes updates from the inbox, through the Application's queue, into
bot/processor.py (in order within a chat, concurrently across chats). An update leaves the
inbox in the transaction that records it as handled, with the conversation states it changed
(bot/persistence.py). At start-up, the updates still in the inbox (fetched, or being handled,
when the process stopped) are handled first, in the order received, before anything new is
fetched.

Backpressure. Fetching waits while `limit` updates are waiting in the inbox (stored, not yet
handled), and a webhook request waits for room before it is stored: what the bot cannot
handle yet stays at Telegram, instead of piling up in memory.

Stopping. A graceful stop fetches nothing more, lets the updates being handled finish, and
leaves the rest in the inbox for the next start (bot/processor.py): stopping takes as long as
the slowest update being handled, never as long as a backlog.

The window that remains. An update whose handling had already sent its answer when the process
was killed, before the transaction that records it was committed, is handled again after the
restart: the person may see that answer twice (the Bot API has no idempotency key), while the
flows' own records are written once (tests/test_redelivery.py). With WAL and synchronous=NORMAL
a commit survives the process being killed; a power cut may lose the last commits.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from typing import Any

from telegram import Update
from telegram.error import Conflict, InvalidToken, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import Application

from storage import Database, inbox
from storage.inbox import ConversationWrite, Received
from storage.models import utc_now

logger = logging.getLogger(__name__)

# Updates waiting in the inbox (stored, not yet handled) before fetching stops. At Telegram's
# 30 answers a second that is half a minute of work: far more than the 32 handled at once need
# to stay busy, few enough that the parsed updates waiting in memory cost little.
MAX_WAITING = 1000
BATCH = 100  # getUpdates' own maximum


class Inbox:
    """The inbox of one running Application: store, hand over for handling, finish."""

    def __init__(
        self, db: Database, application: Application[Any, Any, Any, Any, Any, Any], limit: int = MAX_WAITING
    ) -> None:
        self.db = db
        self.application = application
        self.limit = limit
        self.waiting = 0  # stored, not yet finished (being handled or waiting for it)
        self._room = asyncio.Event()
        self._room.set()

    @property
    def room(self) -> int:
        return max(0, self.limit - self.waiting)

    async def recover(self) -> int:
        """Hand over the updates a previous run left in the inbox; how many there were."""
        entries = await inbox.waiting(self.db)
        self._count(len(entries))
        for entry in entries:
            update = self._parse(entry.update_id, entry.payload)
            if update is None:
                await self.finish(entry.update_id, [])
            else:
                self.application.update_queue.put_nowait(update)
        if entries:
            logger.info("%d updates left in the inbox by the last run are handled first", len(entries))
        return len(entries)

    async def wait_for_room(self) -> None:
        while self.waiting >= self.limit:
            self._room.clear()
            await self._room.wait()

    async def receive(self, updates: Sequence[tuple[Update | None, dict[str, Any]]]) -> None:
        """Commit these updates (as parsed, and as the Bot API sent them), then hand them over
        for handling. An update already in the inbox, or already handled, is dropped here."""
        if not updates:
            return
        received = [Received(update_id=int(data["update_id"]), payload=data) for _update, data in updates]
        stored = set(await inbox.receive(self.db, received, utc_now()))
        self._count(len(stored))
        for update, data in updates:
            update_id = int(data["update_id"])
            if update_id not in stored:
                logger.info("update %s already received, not handled again", update_id)
                continue
            parsed = update if update is not None else self._parse(update_id, data)
            if parsed is None:
                await self.finish(update_id, [])
            else:
                self.application.update_queue.put_nowait(parsed)

    async def finish(self, update_id: int, conversations: list[ConversationWrite]) -> None:
        """The update is handled: out of the inbox, with the conversation states it changed."""
        await inbox.finish(self.db, update_id, utc_now(), conversations)
        self._count(-1)

    def _count(self, change: int) -> None:
        self.waiting += change
        if self.waiting < self.limit:
            self._room.set()

    def _parse(self, update_id: int, data: dict[str, Any]) -> Update | None:
        try:
            return Update.de_json(data, self.application.bot)
        except (ValueError, TypeError, KeyError):
            # The update's content is never logged: it is what a person wrote.
            logger.warning("update %s could not be read and is dropped", update_id)
            return None


class Poller:
    """Long polling that confirms a batch (by asking for the next) only once it is committed."""

    def __init__(
        self, application: Application[Any, Any, Any, Any, Any, Any], box: Inbox, *, timeout: int = 10
    ) -> None:
        self.application = application
        self.inbox = box
        self.timeout = timeout
        self.offset: int | None = None  # the id after the last committed batch, to confirm it
        self._task: asyncio.Task[None] | None = None
        self._unconfirmed = False

    async def start(self) -> None:
        # As python-telegram-bot's Updater does: polling needs the webhook removed (its
        # pending updates are kept and come by getUpdates).
        await self.application.bot.delete_webhook(drop_pending_updates=False)
        self._task = asyncio.create_task(self._run(), name="inbox-poller")

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    async def stop(self) -> None:
        """Stop fetching. A long poll in progress is abandoned: what it would have returned was
        not confirmed and comes again. Then confirm what was committed, as the Updater does."""
        if self._task is None:
            return
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
        self._task = None
        if self._unconfirmed and self.offset is not None:
            with contextlib.suppress(TelegramError):
                await self.application.bot.get_updates(offset=self.offset, limit=1, timeout=0)

    async def _run(self) -> None:
        failures = 0
        while True:
            await self.inbox.wait_for_room()
            try:
                updates = await self.application.bot.get_updates(
                    offset=self.offset,
                    limit=max(1, min(BATCH, self.inbox.room)),
                    timeout=self.timeout,
                    allowed_updates=Update.ALL_TYPES,
                )
            except InvalidToken:
                logger.critical("the Bot API refused the token: polling stopped")
                raise
            except RetryAfter as exc:
                await asyncio.sleep(_seconds(exc.retry_after))
                continue
            except TimedOut:
                continue
            except (Conflict, NetworkError) as exc:
                failures += 1
                delay = min(30.0, 0.5 * 2 ** min(failures, 6))
                logger.warning("getUpdates failed (%s); trying again in %.1f s", exc.message, delay)
                await asyncio.sleep(delay)
                continue
            failures = 0
            self._unconfirmed = False
            if not updates:
                continue
            await self.inbox.receive([(update, update.to_dict()) for update in updates])
            self.offset = updates[-1].update_id + 1  # confirmed by the next getUpdates
            self._unconfirmed = True


def _seconds(value: object) -> float:
    total = getattr(value, "total_seconds", None)
    return float(total()) if callable(total) else float(value)  # type: ignore[arg-type]
