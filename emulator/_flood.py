"""Flood control as leaky buckets: overall, per chat and per group.

A leaky bucket lets a short burst through (a few replies in a row to one user) while sustained
traffic above the rate gets 429 with a `retry_after`, which is how Telegram behaves.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from ._models import Limits


@dataclass
class _Bucket:
    """Level drains at `rate` per second; a send fits while the level stays within capacity."""

    level: float = 0.0
    stamp: float = 0.0

    def drained(self, now: float, rate: float) -> float:
        return max(0.0, self.level - (now - self.stamp) * rate)

    def wait(self, now: float, rate: float, capacity: float) -> float:
        """Seconds until one more send fits (0 if it fits now)."""
        if rate <= 0:
            return 0.0
        overflow = self.drained(now, rate) + 1.0 - max(capacity, 1.0)
        return overflow / rate if overflow > 1e-9 else 0.0

    def add(self, now: float, rate: float) -> None:
        self.level = (self.drained(now, rate) if rate > 0 else 0.0) + 1.0
        self.stamp = now


@dataclass
class FloodControl:
    """Accounts sending calls against the current `Limits` (read at every call, so they can change)."""

    limits: Callable[[], Limits]
    clock: Callable[[], float]
    _global: _Bucket = field(default_factory=_Bucket)
    _chats: dict[int, _Bucket] = field(default_factory=dict)
    _groups: dict[int, _Bucket] = field(default_factory=dict)

    def admit(self, chat_id: int, is_group: bool) -> int | None:
        """Record one send to `chat_id`, or return the retry_after (seconds) that refuses it."""
        limits = self.limits()
        if not limits.enabled:
            return None
        now = self.clock()
        checks = [
            (self._global, limits.global_per_second, limits.global_per_second),
            (
                self._chats.setdefault(chat_id, _Bucket(stamp=now)),
                limits.per_chat_per_second,
                float(limits.per_chat_burst),
            ),
        ]
        if is_group:
            per_second = limits.per_group_per_minute / 60.0
            checks.append(
                (self._groups.setdefault(chat_id, _Bucket(stamp=now)), per_second, limits.per_group_per_minute)
            )
        wait = max(bucket.wait(now, rate, capacity) for bucket, rate, capacity in checks)
        if wait > 0:
            return max(1, math.ceil(wait))
        for bucket, rate, _capacity in checks:
            bucket.add(now, rate)
        return None
