"""/review: the review screen (webapp/), a Telegram Mini App, opened from the chat.

With an https WEBAPP_URL the answer is a `web_app` button (Telegram opens the screen and
signs the officer's identity into its launch parameters), and the officer's chat gets a menu
button opening the same screen (per chat: focal points never get one). Telegram accepts only
https for both; where the screen is plain http on this machine (the sandbox, where no Telegram
client exists), the answer is a one-time sign-in link, valid for five minutes, to open in a
local browser.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, MenuButtonWebApp, Update, WebAppInfo
from telegram.error import TelegramError
from telegram.ext import Application, BaseHandler, CommandHandler

from handlers.access import guarded
from handlers.context import DEPS_KEY, Context, Deps
from handlers.replies import say
from storage import participants

logger = logging.getLogger(__name__)


async def _menu_button(application: Application[Any, Any, Any, Any, Any, Any], chat_id: int, language: str) -> None:
    deps: Deps = application.bot_data[DEPS_KEY]
    assert deps.webapp is not None
    button = MenuButtonWebApp(deps.catalog.t(language, "review-app-menu"), WebAppInfo(deps.webapp.app_url()))
    try:
        await application.bot.set_chat_menu_button(chat_id=chat_id, menu_button=button)
    except TelegramError as exc:
        logger.warning("could not set the review screen's menu button for a staff chat: %s", exc)


@guarded("review_screen")
async def review_command(update: Update, context: Context) -> None:
    access = context.deps.webapp
    if access is None:
        await say(update, context, "review-app-off")
        return
    assert update.effective_user is not None and update.effective_chat is not None
    if not access.secure:
        link = access.sign_in_link(update.effective_user.id)
        await say(update, context, "review-app-link", link=link)
        return
    url = access.app_url() + f"?lang={context.language}"
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton(context.t("review-app-button"), web_app=WebAppInfo(url))]])
    await say(update, context, "review-app-open", keyboard)
    await _menu_button(context.application, update.effective_chat.id, context.language)


async def staff_menu_buttons(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """At start: every staff chat gets the review screen's menu button (https only)."""
    deps: Deps = application.bot_data[DEPS_KEY]
    if deps.webapp is None or not deps.webapp.secure:
        return
    for person in await participants.list_staff(deps.db):
        if person.chat_id is not None:
            await _menu_button(application, person.chat_id, person.language)


def handlers() -> list[BaseHandler[Update, Context, object]]:
    return [CommandHandler("review", review_command)]
