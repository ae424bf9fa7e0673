"""The toolkit every flow uses for what every flow does: the person's language read once per
update, the filters for "a new message", and one per-state catch-all (anything a step cannot
use is answered, and the state is kept). Showing a text in place of the pressed message is
`replies.replace_message`; typed callback data is `callbacks.CallbackData`."""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, MessageHandler, TypeHandler, filters

from handlers import callbacks
from handlers.context import Context
from handlers.replies import say

Step = Callable[[Update, Context], Awaitable[Any]]

# New messages only: an edit of an earlier message is not a new answer (and has no `message`).
MESSAGE = filters.UpdateType.MESSAGE
TEXT = filters.TEXT & ~filters.COMMAND & MESSAGE
ANY_MESSAGE = ~filters.COMMAND & MESSAGE


async def _read_language(update: Update, context: Context) -> None:
    """Before any flow: the person's language, once per update (`context.language`, `context.t`)."""
    await context.read_language(update)


# Group -1 (bot/app.py): runs for every update, claims none.
LANGUAGE = TypeHandler(Update, _read_language)


def state(
    prefix: str, *specific: BaseHandler[Update, Context, Any], otherwise: Step, stale: Step | None = None
) -> list[BaseHandler[Update, Context, Any]]:
    """A conversation state's handlers: its own, then `otherwise` for any message the state
    cannot use (a sticker, a photo, a text where a button was asked) and for any other button
    of the flow (`prefix`), or `stale` for those buttons when they get another answer.
    `otherwise` and `stale` answer and return the state to be in."""
    return [
        *specific,
        CallbackQueryHandler(stale or otherwise, pattern=callbacks.prefix_pattern(prefix)),
        MessageHandler(ANY_MESSAGE, otherwise),
    ]


Keyboard = Callable[[Update, Context], InlineKeyboardMarkup | Awaitable[InlineKeyboardMarkup | None] | None]


def says(key: str, keyboard: Keyboard | None = None) -> Step:
    """An answer for `keep`: `key` said, with the keyboard made for this update (if any)."""

    async def answer(update: Update, context: Context) -> None:
        markup = keyboard(update, context) if keyboard is not None else None
        await say(update, context, key, await markup if inspect.isawaitable(markup) else markup)

    return answer


def keep(state_name: object, answer: Step) -> Step:
    """A step that answers (`answer`: the question again, or a notice) and stays in `state_name`."""

    async def kept(update: Update, context: Context) -> object:
        await answer(update, context)
        return state_name

    kept.__doc__ = f"Unexpected input in {state_name}: answered, nothing lost, the state kept."
    kept.__name__ = f"keep_{state_name}"
    return kept
