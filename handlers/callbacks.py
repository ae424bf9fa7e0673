"""Typed callback data: `prefix:action[:arg...]`, parsed and validated, within 64 bytes.

Every inline button's data is made here and read back here, so a forged or stale value is
recognised in one place (and answered politely by the module that owns the prefix).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from typing import Any, ClassVar, Self

from telegram import Update

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


class CallbackData:
    """Typed callback data: one small class per action, with its prefix and its fields.

        @dataclass(frozen=True)
        class TopicChosen(CallbackData, prefix="cm", action="topic"):
            topic: str

        TopicChosen("mercury").pack()        -> "cm:topic:mercury"
        TopicChosen.of(update)                -> TopicChosen(topic="mercury"), or None if forged
        TopicChosen.pattern()                 -> the CallbackQueryHandler pattern

    Fields are `str` or `int` (in declaration order, on the wire as `prefix:action:field...`),
    every part a safe token and the whole within Telegram's 64 bytes; anything else in an update
    (forged, stale, truncated) unpacks to None, in this one place."""

    PREFIX: ClassVar[str]
    ACTION: ClassVar[str]

    def __init_subclass__(cls, *, prefix: str, action: str, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.PREFIX, cls.ACTION = prefix, action

    def pack(self) -> str:
        return make(self.PREFIX, self.ACTION, *(getattr(self, f.name) for f in fields(self)))  # type: ignore[arg-type]

    @classmethod
    def unpack(cls, data: str | None) -> Self | None:
        parsed = parse(data, cls.PREFIX)
        if parsed is None or parsed.action != cls.ACTION:
            return None
        declared = fields(cls)  # type: ignore[arg-type]
        if len(parsed.args) != len(declared):
            return None
        values: list[object] = []
        for index, field_ in enumerate(declared):
            if field_.type in (int, "int"):
                number = parsed.int_arg(index)
                if number is None:
                    return None
                values.append(number)
            else:
                values.append(parsed.args[index])
        return cls(*values)

    @classmethod
    def of(cls, update: Update) -> Self | None:
        """This action's data from a pressed button, or None."""
        query = update.callback_query
        return cls.unpack(query.data if query is not None else None)

    @classmethod
    def pattern(cls) -> str:
        return pattern(cls.PREFIX, cls.ACTION)


def of(update: Update, prefix: str) -> Callback | None:
    """The pressed button's data if it is well formed and has this prefix; None for anything else."""
    query = update.callback_query
    return parse(query.data if query is not None else None, prefix)


def prefix_pattern(prefix: str) -> str:
    """A CallbackQueryHandler pattern for any button of one flow (its catch-all)."""
    return rf"^{re.escape(prefix)}:"
