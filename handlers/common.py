"""Help, language, the main menu, and the answers of last resort: unknown commands, content
the bot cannot read, stale buttons, and the central error handler."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from handlers import command_menus, facts, flow, keyboards
from handlers.access import guarded
from handlers.callbacks import CallbackData
from handlers.context import Context
from handlers.replies import acknowledge, edit_or_say, participant_of, say
from prompts import dated
from storage import participants
from storage.models import Participant, Role

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class LanguageChosen(CallbackData, prefix="lang", action="lang"):
    """A language button of /language (registration has its own)."""

    code: str


async def help_text(context: Context, language: str, participant: Participant | None) -> str:
    """What this person may do, after the consultation's deadline, meeting and contact."""
    t = context.catalog.t
    consultation = await context.deps.effective_consultation(await facts.concerning(context, participant))
    country = participant.country_code if participant is not None else None
    known = dated.facts(context.catalog, consultation, language, country)
    parts = [t(language, "help-intro", title=consultation.title.get(language)), known, t(language, "help-anyone")]
    if participant is not None and participant.is_approved_focal_point:
        parts.append(t(language, "help-focal-point"))
    if participant is not None and participant.is_staff:
        parts.append(t(language, "help-staff") + "\n" + t(language, "help-workspace-staff"))
        parts.append(t(language, "deadlines-help-staff"))
        parts.append(t(language, "help-review"))
    if participant is not None and participant.role == Role.ADMIN:
        parts.append(t(language, "help-admin") + "\n" + t(language, "help-workspace-admin"))
    return "\n\n".join(parts)


async def show_menu(update: Update, context: Context) -> None:
    """The main menu for what this user may do, in their language."""
    participant = await participant_of(update, context)
    await say(update, context, "menu-title", keyboards.main_menu(context.catalog, participant))


@guarded("help")
async def help_command(update: Update, context: Context) -> None:
    """/help: what this user may do."""
    await acknowledge(update)
    participant = await participant_of(update, context)
    language = context.language
    await context.bot.send_message(
        update.effective_chat.id,  # type: ignore[union-attr]
        await help_text(context, language, participant),
        reply_markup=keyboards.main_menu(context.catalog, participant),
    )


@guarded("language")
async def language_command(update: Update, context: Context) -> None:
    """/language: the six languages, the current one ticked."""
    await acknowledge(update)
    language = context.language
    await say(update, context, "language-choose", keyboards.languages(LanguageChosen, language))


@guarded("language")
async def language_chosen(update: Update, context: Context) -> None:
    """A language button outside registration: store it, confirm in the new language."""
    data = LanguageChosen.of(update)
    if data is None or data.code not in context.catalog.keys:
        await stale_button(update, context)
        return
    code = data.code
    await acknowledge(update)
    user = update.effective_user
    assert user is not None and update.effective_chat is not None
    participant = await participants.set_language(context.db, user.id, update.effective_chat.id, code)
    await context.read_language(update)  # the answers from here on are in the new language
    await command_menus.refresh_menu(context.application, participant)  # a staff chat's menu follows
    await edit_or_say(update, context, "language-set")
    await say(update, context, "menu-title", keyboards.main_menu(context.catalog, participant))


@guarded("cancel")
async def nothing_to_cancel(update: Update, context: Context) -> None:
    """/cancel when no flow is open (each flow's own /cancel comes first): the main menu."""
    await show_menu(update, context)


async def unknown_command(update: Update, context: Context) -> None:
    """A command nobody handles."""
    if update.effective_chat and update.effective_chat.type == ChatType.PRIVATE:
        await say(update, context, "unknown-command")


async def unreadable_content(update: Update, context: Context) -> None:
    """A sticker, photo, voice note... outside any step that expects one."""
    await say(
        update, context, "fallback-text", keyboards.main_menu(context.catalog, await participant_of(update, context))
    )


async def edit_not_taken(update: Update, context: Context) -> None:
    """An earlier message edited: the flows keep what was first sent, and the person is told
    how to correct it, rather than believing the edit was received."""
    await say(update, context, "edit-not-taken")


async def stale_button(update: Update, context: Context) -> None:
    """A button from an old message, or a forged callback: said plainly, nothing changes."""
    language = context.language
    await acknowledge(update, context.catalog.t(language, "button-stale"), alert=True)
    await say(update, context, "button-stale", language=language)


async def error_handler(update: object, context: Context) -> None:
    """Log with the traceback (no user text), and tell the user something useful."""
    logger.error("unhandled error for update %s", getattr(update, "update_id", None), exc_info=context.error)
    if isinstance(update, Update) and update.effective_chat and update.effective_chat.type == ChatType.PRIVATE:
        try:
            await say(update, context, "error-internal")
        except Exception:  # the error may be that Telegram is unreachable: nothing more to do
            logger.warning("could not tell the user about the error", exc_info=True)


PRIVATE = filters.ChatType.PRIVATE


def handlers() -> list[BaseHandler[Update, Context, object]]:
    return [
        CommandHandler("help", help_command),
        CommandHandler("language", language_command),
        CommandHandler("cancel", nothing_to_cancel),
        CallbackQueryHandler(language_chosen, pattern=LanguageChosen.pattern()),
        CallbackQueryHandler(help_command, pattern=keyboards.MenuHelp.pattern()),
        CallbackQueryHandler(language_command, pattern=keyboards.MenuLanguage.pattern()),
    ]


def last_resort_handlers() -> list[BaseHandler[Update, Context, object]]:
    """Registered after every flow: whatever no flow claimed still gets an answer."""
    return [
        MessageHandler(filters.UpdateType.EDITED_MESSAGE & PRIVATE, edit_not_taken),
        MessageHandler(filters.COMMAND & PRIVATE, unknown_command),
        MessageHandler(PRIVATE & flow.ANY_MESSAGE, unreadable_content),
        CallbackQueryHandler(stale_button),
    ]
