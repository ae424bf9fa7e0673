"""The delivery engine: one background task drains the broadcasts outbox within Telegram's
limits (sender.py), with its own pacing (pacer.py) and its reading of Bot API errors
(outcomes.py)."""

from services.delivery.outcomes import reason_key
from services.delivery.pieces import chunks, utf16_length
from services.delivery.sender import Render, RenderNotice, Sender, SenderConfig, SenderStats, dedicated_bot

__all__ = [
    "Render",
    "RenderNotice",
    "Sender",
    "SenderConfig",
    "SenderStats",
    "chunks",
    "dedicated_bot",
    "reason_key",
    "utf16_length",
]
