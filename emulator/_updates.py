"""The update queue (offset semantics, long polling) and webhook delivery.

Telegram keeps an update until the bot confirms it with a higher `offset`; a bot that crashes
between fetching and confirming gets the update again. Both delivery modes share one queue, so
switching between polling and a webhook never loses or reorders updates.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

Update = dict[str, Any]


class UpdateQueue:
    """Unconfirmed updates in update_id order, with a wake-up signal for long polls."""

    def __init__(self, first_update_id: int = 1) -> None:
        self._items: list[Update] = []
        self._last_id = first_update_id - 1
        self._redelivered: set[int] = set()
        self._event = asyncio.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._loop_thread: int | None = None

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        """Remember the serving loop so updates queued from other threads still wake it."""
        self._loop, self._loop_thread = loop, threading.get_ident()

    def __len__(self) -> int:
        return len(self._items)

    @property
    def last_id(self) -> int:
        return self._last_id

    def put(self, update: Update) -> Update:
        """Append an update, assigning the next update_id unless it carries a larger one."""
        given = update.get("update_id")
        if given is None:
            update = {"update_id": self._last_id + 1, **update}
        elif not isinstance(given, int) or given <= self._last_id:
            raise ValueError(f"update_id must be an int above {self._last_id}, got {given!r}")
        self._last_id = update["update_id"]
        self._items.append(update)
        self.wake()
        return update

    def redeliver(self, update: Update) -> Update:
        """Hand out an already-confirmed update once more, with its own update_id, as Telegram
        does after a bot crashed before confirming its offset."""
        again = dict(update)
        self._items.insert(0, again)
        self._redelivered.add(id(again))
        self.wake()
        return again

    def confirm(self, offset: int | None) -> None:
        """Apply getUpdates' `offset`: drop everything below it; negative keeps the last -offset."""
        if offset is None or offset == 0:
            return
        if offset < 0:
            del self._items[: max(0, len(self._items) + offset)]
        else:
            self._items = [u for u in self._items if u["update_id"] >= offset or id(u) in self._redelivered]

    def peek(self, limit: int) -> list[Update]:
        items = self._items[:limit]
        self._redelivered.difference_update(id(u) for u in items)  # handed out: droppable again
        return items

    def drop_delivered(self, update_id: int) -> None:
        """Remove the head after a webhook accepted it (unless the queue was cleared meanwhile)."""
        if self._items and self._items[0]["update_id"] == update_id:
            self._items.pop(0)

    def clear(self) -> None:
        self._items.clear()

    def wake(self) -> None:
        """Release every waiting long poll; safe to call from any thread."""
        if self._loop is not None and self._loop_thread != threading.get_ident() and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._release)
        else:
            self._release()

    def _release(self) -> None:
        event, self._event = self._event, asyncio.Event()
        event.set()

    async def wait(self, timeout: float) -> None:
        """Sleep until the next wake-up or `timeout` seconds, whichever comes first."""
        event = self._event
        # asyncio.timeout, not wait_for: on 3.11 wait_for can swallow a cancellation that
        # arrives as the event is set (stop() does both), and the deliverer would never end.
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(timeout):
                await event.wait()


@dataclass
class WebhookConfig:
    """What setWebhook stored; reported back by getWebhookInfo."""

    url: str
    secret_token: str | None = None
    max_connections: int = 40
    allowed_updates: list[str] | None = None
    last_error_date: int | None = None
    last_error_message: str | None = None

    def info(self, pending: int) -> dict[str, Any]:
        out: dict[str, Any] = {
            "url": self.url,
            "has_custom_certificate": False,
            "pending_update_count": pending,
            "max_connections": self.max_connections,
        }
        if self.allowed_updates is not None:
            out["allowed_updates"] = self.allowed_updates
        if self.last_error_date is not None:
            out["last_error_date"] = self.last_error_date
            out["last_error_message"] = self.last_error_message
        return out


class WebhookDeliverer:
    """POSTs queued updates to the webhook one at a time, in order, retrying failures."""

    def __init__(
        self,
        queue: UpdateQueue,
        config: WebhookConfig,
        retry_delay: Callable[[], float],
    ) -> None:
        self.queue = queue
        self.config = config
        self._retry_delay = retry_delay
        self._task: asyncio.Task[None] | None = None
        self.delivered = 0

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run(), name="emulator-webhook")

    async def stop(self) -> None:
        if self._task is None:
            return
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
        self._task = None

    async def _run(self) -> None:
        async with httpx.AsyncClient(timeout=httpx.Timeout(10.0)) as client:
            while True:
                head = self.queue.peek(1)
                if not head:
                    await self.queue.wait(1.0)
                    continue
                if await self._deliver(client, head[0]):
                    self.queue.drop_delivered(head[0]["update_id"])
                    self.delivered += 1
                else:
                    await asyncio.sleep(self._retry_delay())

    async def _deliver(self, client: httpx.AsyncClient, update: Update) -> bool:
        headers = {"Content-Type": "application/json"}
        if self.config.secret_token:
            headers["X-Telegram-Bot-Api-Secret-Token"] = self.config.secret_token
        try:
            response = await client.post(self.config.url, json=update, headers=headers)
        except httpx.HTTPError as exc:
            self._failed(f"Connection failed: {exc.__class__.__name__}")
            return False
        if 200 <= response.status_code < 300:
            return True
        self._failed(f"Wrong response from the webhook: {response.status_code} {response.reason_phrase}")
        return False

    def _failed(self, message: str) -> None:
        self.config.last_error_date = int(time.time())
        self.config.last_error_message = message
