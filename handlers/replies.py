"""One way to say something to a user: render a catalog key in their language and send it."""

from __future__ import annotations

import logging
from typing import Any

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest

from handlers.context import Context
from services.delivery.pieces import chunks, fits
from storage.models import Participant

logger = logging.getLogger(__name__)


async def user_language(update: Update, context: Context) -> str:
    """The participant's chosen language, else Telegram's language_code if it is a UN one."""
    user = update.effective_user
    if user is None:
        return "en"
    participant = await context.participant(user.id)
    if participant is not None and participant.language:
        return participant.language
    return context.catalog.language(user.language_code)


async def send_text(
    update: Update,
    context: Context,
    text: str,
    keyboard: InlineKeyboardMarkup | None = None,
) -> Message | None:
    """Send to the update's chat; a long text goes in pieces, the keyboard on the last one."""
    chat = update.effective_chat
    if chat is None:
        return None
    pieces = chunks(text)
    sent: Message | None = None
    for index, piece in enumerate(pieces):
        markup = keyboard if index == len(pieces) - 1 else None
        sent = await context.bot.send_message(chat.id, piece, reply_markup=markup)
    return sent


async def say(
    update: Update,
    context: Context,
    key: str,
    keyboard: InlineKeyboardMarkup | None = None,
    *,
    language: str | None = None,
    **args: Any,
) -> Message | None:
    """Render `key` in the user's language and send it to the update's chat."""
    language = language or await user_language(update, context)
    return await send_text(update, context, context.catalog.t(language, key, **args), keyboard)


async def edit_or_say(
    update: Update,
    context: Context,
    key: str,
    keyboard: InlineKeyboardMarkup | None = None,
    *,
    language: str | None = None,
    **args: Any,
) -> None:
    """After a button press, replace that message's text (a phone stays uncluttered)."""
    language = language or await user_language(update, context)
    await replace_message(update, context, context.catalog.t(language, key, **args), keyboard)


async def replace_message(
    update: Update, context: Context, text: str, keyboard: InlineKeyboardMarkup | None = None
) -> None:
    """Show `text` in place of the pressed message (a new message if it cannot be edited)."""
    query = update.callback_query
    if query is not None and query.message is not None and fits(text):
        try:
            await query.edit_message_text(text, reply_markup=keyboard)
            return
        except BadRequest as exc:  # "message is not modified", or too old to edit
            logger.debug("edit refused, sending instead: %s", exc)
    await send_text(update, context, text, keyboard)


async def acknowledge(update: Update, text: str | None = None, *, alert: bool = False) -> None:
    """Answer a callback query so the phone stops its spinner (once, quietly if it fails)."""
    query = update.callback_query
    if query is None:
        return
    try:
        await query.answer(text, show_alert=alert)
    except BadRequest as exc:  # query too old: nothing the user can see
        logger.debug("answerCallbackQuery refused: %s", exc)


async def participant_of(update: Update, context: Context) -> Participant | None:
    user = update.effective_user
    return await context.participant(user.id) if user else None
