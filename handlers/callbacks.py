"""Typed callback data: one small class per action, `prefix:action[:field...]` on the wire,
parsed and validated here, within Telegram's 64 bytes.

Every inline button's data is made here and read back here, so a forged or stale value is
recognised in one place (and answered politely by the module that owns the prefix).
"""

from __future__ import annotations

import re
from dataclasses import fields
from typing import Any, ClassVar, Self

from telegram import Update

_PART = re.compile(r"^[A-Za-z0-9_.\-]{1,40}$")
MAX_BYTES = 64


def prefix_pattern(prefix: str) -> str:
    """A CallbackQueryHandler pattern for any button of one flow (its catch-all)."""
    return rf"^{re.escape(prefix)}:"


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
        parts = [self.PREFIX, self.ACTION, *(str(getattr(self, f.name)) for f in fields(self))]  # type: ignore[arg-type]
        for part in parts:
            if not _PART.match(part):
                raise ValueError(f"callback part {part!r} is not a safe token")
        data = ":".join(parts)
        if len(data.encode()) > MAX_BYTES:
            raise ValueError(f"callback data over {MAX_BYTES} bytes: {data!r}")
        return data

    @classmethod
    def unpack(cls, data: str | None) -> Self | None:
        """This action's data if `data` is well formed and has its prefix and action; else None."""
        if not data or len(data.encode()) > MAX_BYTES:
            return None
        parts = data.split(":")
        if len(parts) < 2 or parts[:2] != [cls.PREFIX, cls.ACTION] or not all(_PART.match(p) for p in parts):
            return None
        declared = fields(cls)  # type: ignore[arg-type]
        if len(parts) - 2 != len(declared):
            return None
        values: list[object] = []
        for value, field_ in zip(parts[2:], declared, strict=True):
            if field_.type in (int, "int"):
                if not (value.isascii() and value.isdecimal() and len(value) < 18):
                    return None
                values.append(int(value))
            else:
                values.append(value)
        return cls(*values)

    @classmethod
    def of(cls, update: Update) -> Self | None:
        """This action's data from a pressed button, or None."""
        query = update.callback_query
        return cls.unpack(query.data if query is not None else None)

    @classmethod
    def pattern(cls) -> str:
        """The CallbackQueryHandler pattern for this action (its fields checked by `of`)."""
        return rf"^{re.escape(cls.PREFIX)}:{re.escape(cls.ACTION)}(:|$)"
