"""Chat flows, one module per conversation. `all_handlers()` is the one place that says in
which order they are tried (within group 0 the first handler that accepts an update wins):
conversations first, then plain commands, then the answers of last resort."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update
from telegram.ext import Application, BaseHandler

from handlers import (
    alerts,
    audit,
    broadcast,
    broadcast_history,
    command_menus,
    comments,
    common,
    consultations,
    export,
    export_files,
    extensions,
    focalpoints,
    invitations,
    mycomments,
    profile,
    registration,
    review,
    review_app,
    roles,
    schedule,
    stats,
    status,
)
from handlers.context import Context, Deps

__all__ = ["Context", "Deps", "all_handlers", "startup_hooks"]

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
        *extensions.handlers(),
        *export.handlers(),
        *review.handlers(),
        # Single-step commands and buttons (the directory's before roles': it answers two of
        # the role: buttons, a rejection's reason, ahead of roles' catch-all).
        *focalpoints.handlers(),
        *roles.handlers(),
        *alerts.handlers(),
        *audit.handlers(),
        *invitations.handlers(),
        *status.handlers(),
        *broadcast_history.handlers(),
        *review.command_handlers(),
        *stats.handlers(),
        *consultations.handlers(),
        *review_app.handlers(),
        *common.handlers(),
        # Whatever no flow claimed still gets an answer.
        *common.last_resort_handlers(),
    ]


def startup_hooks() -> list[Hook]:
    """The flows' own work at start-up, after the services have started (bot/app.py)."""
    return [
        profile.complete_earlier_erasures,  # earlier erasures finished before broadcasts resume
        export_files.clear_unfinished_exports,  # a crash mid-export left a partial file
        roles.send_unsent_notices,  # staff notices queued with a registration, not yet sent
        review_app.staff_menu_buttons,  # the review screen in each staff chat's menu (https only)
        command_menus.staff_menus,  # each staff chat's command menu, in the officer's language
    ]
