"""What a Bot API error means for a delivery: wait and retry, maybe delivered, or unreachable."""

from __future__ import annotations

import warnings
from datetime import timedelta
from typing import Any

import httpx
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.warnings import PTBDeprecationWarning


def retry_after_seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value: Any = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def maybe_delivered(exc: NetworkError) -> bool:
    """Whether the request may have reached Telegram before the error (then a retry may double)."""
    cause = exc.__cause__
    if isinstance(cause, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
        return False
    return isinstance(exc, TimedOut) or str(exc).startswith("httpx.")


def unreachable_reason(exc: TelegramError) -> str | None:
    """'blocked', 'deactivated' or 'chat_not_found' when the chat cannot be reached; else None."""
    text = exc.message.lower()
    if "deactivated" in text:
        return "deactivated"
    if isinstance(exc, Forbidden):
        return "blocked"
    if isinstance(exc, BadRequest) and any(
        s in text for s in ("chat not found", "user not found", "peer_id_invalid", "chat_id is empty")
    ):
        return "chat_not_found"
    return None


def reason_key(error: str) -> str:
    """The catalog key for why a delivery (or a participant) could not be reached."""
    for code in ("blocked", "deactivated", "chat_not_found"):
        if error.startswith(code):
            return "broadcast-reason-" + code.replace("_", "-")
    return "broadcast-reason-failed"
