"""One way to say something to a user: render a catalog key in their language and send it."""

from __future__ import annotations

import logging
from typing import Any

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.constants import MessageLimit
from telegram.error import BadRequest

from handlers.context import Context
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


def utf16_length(text: str) -> int:
    """Telegram's length of a text: UTF-16 code units (an emoji or a rare CJK character is two)."""
    return len(text.encode("utf-16-le")) // 2


def _fitting(text: str, limit: int) -> int:
    """How many characters of `text` fit in `limit` UTF-16 code units."""
    units = 0
    for index, char in enumerate(text):
        units += 2 if ord(char) > 0xFFFF else 1
        if units > limit:
            return index
    return len(text)


def chunks(text: str, limit: int = MessageLimit.MAX_TEXT_LENGTH) -> list[str]:
    """Split a long text on paragraph or line boundaries, each piece within Telegram's limit
    (counted as Telegram counts, in UTF-16 code units). Telegram refuses a message that is
    only white space, so such a piece between two others is left out."""
    pieces: list[str] = []
    while utf16_length(text) > limit:
        end = _fitting(text, limit)
        cut = text.rfind("\n", 0, end)
        if cut < end // 2:
            cut = text.rfind(" ", 0, end)
        if cut < end // 2:
            cut = end
        pieces.append(text[:cut])
        text = text[cut:].lstrip("\n")
    pieces.append(text)
    kept = [piece for piece in pieces if piece.strip()]
    return kept or pieces[:1]


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
    if query is not None and query.message is not None and utf16_length(text) <= MessageLimit.MAX_TEXT_LENGTH:
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
