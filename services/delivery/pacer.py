"""Pacing: evenly spaced global slots, a minimum gap per chat, and a global pause (see
services/delivery/sender.py for why the sender paces itself instead of using PTB's limiter)."""

from __future__ import annotations

import asyncio
import contextlib


class Pacer:
    """Evenly spaced global slots, a minimum gap per chat, and a global pause."""

    def __init__(self, rate_per_second: float, per_chat_interval: float) -> None:
        self.interval = 1.0 / rate_per_second
        self.per_chat_interval = per_chat_interval
        self._next_slot = 0.0
        self._paused_until = 0.0
        self._chat_last: dict[int, float] = {}

    @staticmethod
    def now() -> float:
        return asyncio.get_running_loop().time()

    async def slot(self) -> None:
        """Wait for the next global slot (and for the end of any pause)."""
        while True:
            now = self.now()
            start = max(self._next_slot, self._paused_until)
            if start < now - self.interval:
                start = now  # idle or behind: never burst to catch up
            if start <= now:
                self._next_slot = start + self.interval
                return
            await asyncio.sleep(start - now)

    def chat_ready_at(self, chat_id: int) -> float:
        last = self._chat_last.get(chat_id)
        return 0.0 if last is None else last + self.per_chat_interval

    async def wait_chat(self, chat_id: int) -> None:
        delay = self.chat_ready_at(chat_id) - self.now()
        if delay > 0:
            await asyncio.sleep(delay)

    def note_chat(self, chat_id: int) -> None:
        now = self.now()
        self._chat_last[chat_id] = now
        if len(self._chat_last) > 10_000:
            horizon = now - self.per_chat_interval
            self._chat_last = {c: t for c, t in self._chat_last.items() if t > horizon}

    def pause(self, seconds: float) -> None:
        self._paused_until = max(self._paused_until, self.now() + seconds)

    @property
    def paused_until(self) -> float:
        return self._paused_until


async def wake_or_timeout(event: asyncio.Event, seconds: float) -> None:
    """Wait for `event` at most `seconds`. asyncio.timeout, not wait_for: on Python 3.11
    wait_for can swallow a cancellation that arrives as the event is set, and the sender
    would then never stop."""
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(seconds):
            await event.wait()
