"""Chat flows, one module per conversation. `all_handlers()` is the one place that says in
which order they are tried (within group 0 the first handler that accepts an update wins):
conversations first, then plain commands, then the answers of last resort."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update
from telegram.ext import Application, BaseHandler

from handlers import (
    broadcast,
    comments,
    common,
    export,
    invitations,
    mycomments,
    profile,
    registration,
    reminders,
    roles,
    schedule,
    stats,
    status,
)
from handlers.context import Context, Deps

__all__ = ["Context", "Deps", "all_handlers", "shutdown_hooks", "startup_hooks"]

Hook = Callable[[Application[Any, Any, Any, Any, Any, Any]], Awaitable[None]]


def all_handlers() -> list[BaseHandler[Update, Context, object]]:
    return [
        # Conversations (each owns its states, its bad-input answers and its /cancel).
        *registration.handlers(),
        *profile.handlers(),
        *comments.handlers(),
        *mycomments.handlers(),
        *broadcast.handlers(),
        *schedule.handlers(),
        *export.handlers(),
        # Single-step commands and buttons.
        *roles.handlers(),
        *invitations.handlers(),
        *reminders.handlers(),
        *status.handlers(),
        *stats.handlers(),
        *common.handlers(),
        # Whatever no flow claimed still gets an answer.
        *common.last_resort_handlers(),
    ]


def startup_hooks() -> list[Hook]:
    """Run once after the Application is initialised, in this order."""
    return [
        *getattr(profile, "STARTUP", []),  # earlier erasures finished before broadcasts resume
        *getattr(comments, "STARTUP", []),
        *getattr(export, "STARTUP", []),
        *getattr(broadcast, "STARTUP", []),
        *getattr(reminders, "STARTUP", []),
        *getattr(roles, "STARTUP", []),
    ]


def shutdown_hooks() -> list[Hook]:
    return [*getattr(broadcast, "SHUTDOWN", []), *getattr(reminders, "SHUTDOWN", [])]
