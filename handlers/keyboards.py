"""Inline keyboards shared by several flows. Button texts come from the catalog."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from handlers import callbacks
from prompts import LANGUAGE_NAMES, LANGUAGES, Catalog
from storage.models import Participant


def rows(buttons: Sequence[InlineKeyboardButton], per_row: int = 2) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([list(buttons[i : i + per_row]) for i in range(0, len(buttons), per_row)])


def button(text: str, prefix: str, action: str, *args: object) -> InlineKeyboardButton:
    return InlineKeyboardButton(text, callback_data=callbacks.make(prefix, action, *args))


def press(text: str, data: callbacks.CallbackData) -> InlineKeyboardButton:
    """A button that sends typed callback data (`callbacks.CallbackData`)."""
    return InlineKeyboardButton(text, callback_data=data.pack())


def languages(prefix: str, current: str | None) -> InlineKeyboardMarkup:
    """The six languages, each named in itself; the current (or Telegram's) one ticked."""
    buttons = [
        button(f"✓ {LANGUAGE_NAMES[code]}" if code == current else LANGUAGE_NAMES[code], prefix, "lang", code)
        for code in LANGUAGES
    ]
    return rows(buttons, per_row=2)


def main_menu(catalog: Catalog, participant: Participant | None) -> InlineKeyboardMarkup:
    language = participant.language if participant else "en"
    t = catalog.t
    buttons: list[InlineKeyboardButton] = []
    if participant is not None and participant.is_approved_focal_point:
        buttons += [
            button(t(language, "menu-comment"), "menu", "comment"),
            button(t(language, "menu-mycomments"), "menu", "mycomments"),
        ]
    if participant is not None and participant.is_staff:
        buttons += [
            button(t(language, "menu-broadcast"), "menu", "broadcast"),
            button(t(language, "menu-status"), "menu", "status"),
            button(t(language, "menu-schedule"), "menu", "schedule"),
            button(t(language, "menu-export"), "menu", "export"),
            button(t(language, "menu-pending"), "menu", "pending"),
            button(t(language, "menu-invites"), "menu", "invites"),
        ]
    buttons += [
        button(t(language, "menu-profile"), "menu", "profile"),
        button(t(language, "menu-language"), "menu", "language"),
        button(t(language, "menu-help"), "menu", "help"),
    ]
    return rows(buttons, per_row=2)
