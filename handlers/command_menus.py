"""Telegram's command menu for each role.

Focal points (and anyone not yet registered) see the bot-wide menu, one per language, set at
start-up with the default scope (bot/app.py). A secretariat officer's or an admin's private chat
gets its own menu with BotCommandScopeChat: their working commands first, in their language as
texts of that chat (one call per staff chat, whatever the number of languages). It is set at
start-up, when the role is granted, and when the officer changes language; when the role is
revoked, the chat's own menu is deleted (Telegram falls back to the focal points' menu in the
person's language) and the review screen's menu button is reset to the default.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import BotCommand, BotCommandScopeChat, MenuButtonDefault
from telegram.error import TelegramError
from telegram.ext import Application

from handlers.context import DEPS_KEY, Deps
from prompts.catalog import Catalog
from storage import participants
from storage.models import Participant, ParticipantStatus, Role

logger = logging.getLogger(__name__)

# The staff's working commands, in the order of their day; then the commands everyone has.
STAFF_COMMANDS = (
    "status",
    "read",
    "review",
    "tags",
    "focalpoints",
    "pending",
    "alerts",
    "invite",
    "invites",
    "letters",
    "broadcast",
    "broadcasts",
    "schedule",
    "extensions",
    "export",
    "stats",
    "consultations",
)
ADMIN_COMMANDS = ("grant", "revoke", "audit")
COMMON_COMMANDS = ("profile", "language", "help", "cancel")


def commands_for(catalog: Catalog, participant: Participant) -> list[BotCommand]:
    """The menu of a staff chat, in the person's language (an admin's has the admin's commands)."""
    language = participant.language
    names = STAFF_COMMANDS + (ADMIN_COMMANDS if participant.role == Role.ADMIN else ())
    menu = [BotCommand(name, catalog.t(language, f"staffcmd-{name}")) for name in names]
    return menu + [BotCommand(name, catalog.t(language, f"cmd-{name}")) for name in COMMON_COMMANDS]


def _chat_id(participant: Participant) -> int:
    # A private chat's id is the user's id: a person granted before writing to the bot has no
    # chat_id yet (Telegram then answers "chat not found", logged and left for the next start).
    return participant.chat_id if participant.chat_id is not None else participant.telegram_id


async def set_staff_menu(application: Application[Any, Any, Any, Any, Any, Any], participant: Participant) -> bool:
    """This staff member's chat menu, in their language; False if Telegram refused it."""
    deps: Deps = application.bot_data[DEPS_KEY]
    try:
        await application.bot.set_my_commands(
            commands_for(deps.catalog, participant), scope=BotCommandScopeChat(_chat_id(participant))
        )
    except TelegramError as exc:
        logger.info("could not set the staff menu of %s: %s", participant.telegram_id, exc)
        return False
    return True


async def reset_menu(application: Application[Any, Any, Any, Any, Any, Any], participant: Participant) -> None:
    """Back to the focal points' menu and the default menu button (the role was revoked)."""
    chat_id = _chat_id(participant)
    try:
        await application.bot.delete_my_commands(scope=BotCommandScopeChat(chat_id))
        await application.bot.set_chat_menu_button(chat_id=chat_id, menu_button=MenuButtonDefault())
    except TelegramError as exc:
        logger.info("could not reset the menu of %s: %s", participant.telegram_id, exc)


async def refresh_menu(application: Application[Any, Any, Any, Any, Any, Any], participant: Participant) -> None:
    """After a change of language: a staff chat's menu in the new language (focal points'
    menus follow their Telegram language, set bot-wide)."""
    if participant.is_staff and participant.status != ParticipantStatus.ERASED:
        await set_staff_menu(application, participant)


async def staff_menus(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """At start: one call per staff chat, paced by the bot's rate limiter (bot/app.py)."""
    deps: Deps = application.bot_data[DEPS_KEY]
    for person in await participants.list_staff(deps.db):
        if person.status != ParticipantStatus.ERASED:
            await set_staff_menu(application, person)
