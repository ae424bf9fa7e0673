"""The secretariat's workspace (issue 15): /read, the review of each submission, /tags.
See handlers/review/flows.py for the screens; storage/review.py for what is kept."""

from __future__ import annotations

from handlers.review.card import country_keyboard
from handlers.review.flows import command_handlers, handlers

__all__ = ["command_handlers", "country_keyboard", "handlers"]
