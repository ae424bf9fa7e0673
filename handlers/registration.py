"""Registration: /start [token] -> language -> ... (the focal-point registration conversation).

States are named constants; each step stores what the user typed before answering.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, ConversationHandler

from handlers import callbacks, keyboards
from handlers.access import guarded
from handlers.common import show_menu
from handlers.context import Context
from handlers.replies import acknowledge, edit_or_say, say
from storage import participants
from storage.models import ParticipantStatus

CHOOSE_LANGUAGE = "choose_language"
PAYLOAD_KEY = "start_payload"


@guarded("start")
async def start(update: Update, context: Context) -> str | int:
    """/start: a known user gets the menu; a new one chooses a language first."""
    user = update.effective_user
    assert user is not None and update.effective_chat is not None
    suggested = context.catalog.language(user.language_code)
    participant = await participants.ensure(context.db, user.id, update.effective_chat.id, suggested)
    if participant.status not in (ParticipantStatus.NEW, ParticipantStatus.ERASED) or participant.is_staff:
        await show_menu(update, context)
        return ConversationHandler.END
    context.user_data[PAYLOAD_KEY] = context.args[0] if context.args else None  # type: ignore[index]
    await say(update, context, "start-choose-language", keyboards.languages("reg", suggested), language=suggested)
    return CHOOSE_LANGUAGE


async def language_chosen(update: Update, context: Context) -> str | int:
    """The language button: stored at once; the registration continues in that language."""
    data = callbacks.parse(update.callback_query.data if update.callback_query else None, "reg")
    code = data.arg(0) if data else ""
    if code not in context.catalog.keys:
        await acknowledge(update)
        return CHOOSE_LANGUAGE
    await acknowledge(update)
    user = update.effective_user
    assert user is not None and update.effective_chat is not None
    await participants.set_language(context.db, user.id, update.effective_chat.id, code)
    await edit_or_say(update, context, "language-set", language=code)
    await show_menu(update, context)
    return ConversationHandler.END


def handlers() -> list[BaseHandler[Update, Context, object]]:
    return [
        ConversationHandler(
            entry_points=[CommandHandler("start", start)],
            states={
                CHOOSE_LANGUAGE: [CallbackQueryHandler(language_chosen, pattern=callbacks.pattern("reg", "lang"))],
            },
            fallbacks=[CommandHandler("start", start)],
            name="registration",
            persistent=True,
            allow_reentry=True,
        )
    ]
