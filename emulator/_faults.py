"""Deterministic and seeded-random fault injection for API calls."""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass, field

from ._models import FAULT_KINDS, Fault

# Polling runs continuously, so faults aimed at "any method" would land on getUpdates at
# unpredictable moments; it is only faulted when named explicitly.
_IMPLICITLY_EXCLUDED = frozenset({"getupdates"})


def _matches(method: str, wanted: Iterable[str] | None) -> bool:
    if wanted is None:
        return method.lower() not in _IMPLICITLY_EXCLUDED
    return method.lower() in {m.lower() for m in wanted}


@dataclass
class _Pending:
    fault: Fault
    remaining: int


@dataclass
class FaultPlan:
    """Queued faults first (in injection order), then the random rate, if any."""

    _queued: list[_Pending] = field(default_factory=list)
    _rate: float = 0.0
    _kinds: tuple[str, ...] = FAULT_KINDS
    _methods: tuple[str, ...] | None = None
    _rng: random.Random = field(default_factory=lambda: random.Random(1))

    def inject(self, fault: Fault) -> None:
        self._queued.append(_Pending(fault, fault.count))

    def set_rate(
        self,
        rate: float,
        kinds: Iterable[str],
        seed: int,
        methods: Iterable[str] | None,
    ) -> None:
        kinds = tuple(kinds)
        unknown = [k for k in kinds if k not in FAULT_KINDS]
        if unknown or not kinds:
            raise ValueError(f"fault kinds must be a non-empty subset of {FAULT_KINDS}")
        if not 0.0 <= rate <= 1.0:
            raise ValueError("rate must be within [0, 1]")
        self._rate, self._kinds = rate, kinds
        self._methods = tuple(methods) if methods is not None else None
        self._rng = random.Random(seed)

    def clear(self) -> None:
        """Drop queued faults and turn random faults off."""
        self._queued.clear()
        self._rate = 0.0

    @property
    def queued(self) -> int:
        return sum(p.remaining for p in self._queued)

    def pick(self, method: str) -> str | None:
        """The fault kind for this call, if any, consuming it."""
        for pending in self._queued:
            wanted = None if pending.fault.method is None else (pending.fault.method,)
            if _matches(method, wanted):
                pending.remaining -= 1
                if pending.remaining == 0:
                    self._queued.remove(pending)
                return pending.fault.kind
        if self._rate > 0 and _matches(method, self._methods) and self._rng.random() < self._rate:
            return self._rng.choice(self._kinds)
        return None
