"""Pacing: Telegram's overall budget shared with the interactive replies (replies first), evenly
spaced global slots, a minimum gap per chat, and a global pause (see
services/delivery/sender.py for why the sender paces itself instead of using PTB's limiter)."""

from __future__ import annotations

import asyncio
import contextlib


class SendBudget:
    """Telegram's one overall limit (about 30 messages a second for a bot) shared by the
    interactive replies (bot/app.py: ReplyRateLimiter) and the broadcasts' and reminders'
    deliveries, replies first: a leaky bucket draining at `per_second` that a reply may fill to
    `burst`, a delivery only to `burst - reserve`, and never while a reply is waiting. A person
    who presses a button during a 1,000-recipient broadcast is answered at once; the broadcast
    gives up exactly the messages the replies took (bench/broadcast.py measures both)."""

    def __init__(self, per_second: float = 30.0, burst: float = 6.0, reserve: float = 3.0) -> None:
        self.per_second = per_second
        self.burst = burst
        self.reserve = reserve
        self.replies_waiting = 0
        self._level = 0.0
        self._stamp = 0.0

    def _fits(self, now: float, capacity: float) -> float:
        """Seconds until one more message fits under `capacity` (0: it fits now, and is counted)."""
        level = max(0.0, self._level - (now - self._stamp) * self.per_second)
        if level + 1.0 <= capacity:
            self._level, self._stamp = level + 1.0, now
            return 0.0
        return (level + 1.0 - capacity) / self.per_second

    async def reply(self) -> None:
        """Wait for room for an interactive reply."""
        if self.per_second <= 0:
            return
        loop = asyncio.get_running_loop()
        self.replies_waiting += 1
        try:
            while True:
                wait = self._fits(loop.time(), self.burst)
                if wait <= 0:
                    return
                await asyncio.sleep(wait)
        finally:
            self.replies_waiting -= 1

    async def delivery(self) -> None:
        """Wait for room for a broadcast or reminder message: after every waiting reply, and
        leaving `reserve` messages of room for the next ones."""
        if self.per_second <= 0:
            return
        loop = asyncio.get_running_loop()
        while True:
            if not self.replies_waiting:
                wait = self._fits(loop.time(), self.burst - self.reserve)
                if wait <= 0:
                    return
            else:
                wait = 1.0 / self.per_second
            await asyncio.sleep(wait)


class Pacer:
    """Evenly spaced global slots, a minimum gap per chat, and a global pause."""

    def __init__(self, rate_per_second: float, per_chat_interval: float, budget: SendBudget | None = None) -> None:
        self.interval = 1.0 / rate_per_second
        self.per_chat_interval = per_chat_interval
        self.budget = budget
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
                if self.budget is not None:
                    await self.budget.delivery()  # after the replies waiting (SendBudget)
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
