"""Typed callback data: `prefix:action[:arg...]`, parsed and validated, within 64 bytes.

Every inline button's data is made here and read back here, so a forged or stale value is
recognised in one place (and answered politely by the module that owns the prefix).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PART = re.compile(r"^[A-Za-z0-9_.\-]{1,40}$")
MAX_BYTES = 64


@dataclass(frozen=True)
class Callback:
    prefix: str
    action: str
    args: tuple[str, ...] = ()

    def arg(self, index: int, default: str = "") -> str:
        return self.args[index] if index < len(self.args) else default

    def int_arg(self, index: int) -> int | None:
        value = self.arg(index)
        return int(value) if value.isascii() and value.isdecimal() and len(value) < 18 else None


def make(prefix: str, action: str, *args: object) -> str:
    parts = [prefix, action, *(str(a) for a in args)]
    for part in parts:
        if not _PART.match(part):
            raise ValueError(f"callback part {part!r} is not a safe token")
    data = ":".join(parts)
    if len(data.encode()) > MAX_BYTES:
        raise ValueError(f"callback data over {MAX_BYTES} bytes: {data!r}")
    return data


def parse(data: str | None, prefix: str) -> Callback | None:
    """The callback if `data` is well formed and has this prefix; None for anything else."""
    if not data or len(data.encode()) > MAX_BYTES:
        return None
    parts = data.split(":")
    if len(parts) < 2 or parts[0] != prefix or not all(_PART.match(p) for p in parts):
        return None
    return Callback(parts[0], parts[1], tuple(parts[2:]))


def pattern(prefix: str, action: str | None = None) -> str:
    """A CallbackQueryHandler pattern for one prefix (and optionally one action)."""
    if action is None:
        return rf"^{re.escape(prefix)}:"
    return rf"^{re.escape(prefix)}:{re.escape(action)}(:|$)"
