"""Who may do what: the one place where roles are checked, at the point of use.

Every command and every button handler is wrapped with `guarded(action)`. The policy below
is the whole design; tests/test_access_matrix.py walks it for every role.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable
from enum import StrEnum
from typing import Any

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ConversationHandler

from handlers import facts
from handlers.context import Context
from handlers.replies import acknowledge, send_text
from storage.models import Participant, ParticipantStatus, Role

logger = logging.getLogger(__name__)


class Audience(StrEnum):
    ANYONE = "anyone"  # any private-chat user, registered or not
    FOCAL_POINT = "focal_point"  # an approved focal point
    STAFF = "staff"  # secretariat officer or admin
    ADMIN = "admin"


POLICY: dict[str, Audience] = {
    "start": Audience.ANYONE,
    "help": Audience.ANYONE,
    "language": Audience.ANYONE,
    "profile": Audience.ANYONE,
    "forget": Audience.ANYONE,
    "cancel": Audience.ANYONE,
    "verify": Audience.ANYONE,
    "comment": Audience.FOCAL_POINT,
    "mycomments": Audience.FOCAL_POINT,
    "invite": Audience.STAFF,
    "invites": Audience.STAFF,
    "letters": Audience.STAFF,
    "pending": Audience.STAFF,
    "approve": Audience.STAFF,
    "broadcast": Audience.STAFF,
    "broadcasts": Audience.STAFF,  # the history of broadcasts and reminders (issue 17)
    "schedule": Audience.STAFF,
    "status": Audience.STAFF,
    "export": Audience.STAFF,
    "stats": Audience.STAFF,
    "consultations": Audience.STAFF,
    # Deadline extensions per State (issue 17): granted, listed, withdrawn; requests answered.
    "extensions": Audience.STAFF,
    # The workspace (issue 15): reading submissions, reviewing them, the list of themes.
    "read": Audience.STAFF,
    "review": Audience.STAFF,
    "tags": Audience.STAFF,
    # /review: the review screen (webapp/ checks the role again on every request).
    "review_screen": Audience.STAFF,
    "grant": Audience.ADMIN,
    "revoke": Audience.ADMIN,
    # The secretariat's workspace (issue 15): officers see the directory, invite a successor and
    # choose their alerts; only admins deactivate, reactivate or move a person, and read the log.
    "focalpoints": Audience.STAFF,
    "alerts": Audience.STAFF,
    "focalpoints_manage": Audience.ADMIN,
    "audit": Audience.ADMIN,
}


def allows(audience: Audience, participant: Participant | None) -> bool:
    if audience is Audience.ANYONE:
        return True
    if participant is None or participant.status == ParticipantStatus.ERASED:
        return False
    if audience is Audience.FOCAL_POINT:
        return participant.is_approved_focal_point
    if audience is Audience.STAFF:
        return participant.is_staff
    return participant.role == Role.ADMIN


async def refusal_key(update: Update, participant: Participant | None, audience: Audience) -> str:
    """The catalog key that tells this user, plainly, why not and what to do instead."""
    if audience is Audience.FOCAL_POINT:
        if participant is None or participant.status in (ParticipantStatus.NEW, ParticipantStatus.ERASED):
            return "access-not-registered"
        if participant.status == ParticipantStatus.PENDING:
            return "access-pending"
        if participant.status == ParticipantStatus.REJECTED:
            return "access-rejected"
        if participant.is_deactivated:
            return "access-deactivated"
        if participant.is_staff:
            return "access-focal-points-only"
    return "access-denied"


Handler = Callable[[Update, Context], Awaitable[Any]]


def guarded(action: str) -> Callable[[Handler], Handler]:
    """Run the handler only for a private chat and a user the policy allows for `action`."""
    audience = POLICY[action]

    def decorate(handler: Handler) -> Handler:
        @functools.wraps(handler)
        async def wrapper(update: Update, context: Context) -> Any:
            chat = update.effective_chat
            if chat is None or update.effective_user is None:
                return ConversationHandler.END
            if chat.type != ChatType.PRIVATE:
                await _refuse(update, context, "access-private-only")
                return ConversationHandler.END
            participant = await _participant(update, context)
            if not allows(audience, participant):
                logger.info("refused %s for user %s", action, update.effective_user.id)
                await _refuse(update, context, await refusal_key(update, participant, audience))
                return ConversationHandler.END
            return await handler(update, context)

        return wrapper

    return decorate


async def _refuse(update: Update, context: Context, key: str) -> None:
    """The refusal in the person's language: on the button they pressed, and in the chat."""
    language = context.language
    await acknowledge(update, context.catalog.t(language, key))
    await send_text(update, context, await facts.contact_text(context, language, key))


async def _participant(update: Update, context: Context) -> Participant | None:
    assert update.effective_user is not None
    return await context.participant(update.effective_user.id)
