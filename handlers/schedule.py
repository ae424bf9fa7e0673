"""(being written) — see handlers/__init__.py for the order in which flows are tried."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler

from handlers.context import Context


def handlers() -> list[BaseHandler[Update, Context, object]]:
    return []
