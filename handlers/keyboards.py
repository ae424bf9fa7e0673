"""Inline keyboards shared by several flows, and the main menu's buttons (`menu:<action>`).
Button texts come from the catalog."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from handlers.callbacks import CallbackData
from prompts import LANGUAGE_NAMES, LANGUAGES, Catalog
from storage.models import Participant

MENU = "menu"


# -- the main menu's buttons: `menu:<action>`, each taken by the flow it opens ---------------------


@dataclass(frozen=True)
class MenuComment(CallbackData, prefix=MENU, action="comment"):
    pass


@dataclass(frozen=True)
class MenuMyComments(CallbackData, prefix=MENU, action="mycomments"):
    pass


@dataclass(frozen=True)
class MenuBroadcast(CallbackData, prefix=MENU, action="broadcast"):
    pass


@dataclass(frozen=True)
class MenuStatus(CallbackData, prefix=MENU, action="status"):
    pass


@dataclass(frozen=True)
class MenuSchedule(CallbackData, prefix=MENU, action="schedule"):
    pass


@dataclass(frozen=True)
class MenuExport(CallbackData, prefix=MENU, action="export"):
    pass


@dataclass(frozen=True)
class MenuPending(CallbackData, prefix=MENU, action="pending"):
    pass


@dataclass(frozen=True)
class MenuInvites(CallbackData, prefix=MENU, action="invites"):
    pass


@dataclass(frozen=True)
class MenuProfile(CallbackData, prefix=MENU, action="profile"):
    pass


@dataclass(frozen=True)
class MenuLanguage(CallbackData, prefix=MENU, action="language"):
    pass


@dataclass(frozen=True)
class MenuHelp(CallbackData, prefix=MENU, action="help"):
    pass


def rows(buttons: Sequence[InlineKeyboardButton], per_row: int = 2) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([list(buttons[i : i + per_row]) for i in range(0, len(buttons), per_row)])


def press(text: str, data: CallbackData) -> InlineKeyboardButton:
    """A button that sends typed callback data (`callbacks.CallbackData`)."""
    return InlineKeyboardButton(text, callback_data=data.pack())


def candidate_states(
    candidates: Sequence[Any], language: str, data_for: Callable[[str], CallbackData]
) -> InlineKeyboardMarkup:
    """The States a typed name may mean (`countries.match(...).candidates`), likeliest first,
    one a row, each named in the reader's language; `data_for(code)` is what its button sends."""
    return rows([press(c.name(language), data_for(c.code)) for c in candidates], per_row=1)


def languages(chosen: Callable[[str], CallbackData], current: str | None) -> InlineKeyboardMarkup:
    """The six languages, each named in itself; the current (or Telegram's) one ticked.
    `chosen` makes a language's button data from its code (the flow's own class)."""
    buttons = [
        press(f"✓ {LANGUAGE_NAMES[code]}" if code == current else LANGUAGE_NAMES[code], chosen(code))
        for code in LANGUAGES
    ]
    return rows(buttons, per_row=2)


def main_menu(catalog: Catalog, participant: Participant | None) -> InlineKeyboardMarkup:
    language = participant.language if participant else "en"
    entries: list[tuple[str, CallbackData]] = []
    if participant is not None and participant.is_approved_focal_point:
        entries += [("menu-comment", MenuComment()), ("menu-mycomments", MenuMyComments())]
    if participant is not None and participant.is_staff:
        entries += [
            ("menu-broadcast", MenuBroadcast()),
            ("menu-status", MenuStatus()),
            ("menu-schedule", MenuSchedule()),
            ("menu-export", MenuExport()),
            ("menu-pending", MenuPending()),
            ("menu-invites", MenuInvites()),
        ]
    entries += [("menu-profile", MenuProfile()), ("menu-language", MenuLanguage()), ("menu-help", MenuHelp())]
    return rows([press(catalog.t(language, key), data) for key, data in entries], per_row=2)
