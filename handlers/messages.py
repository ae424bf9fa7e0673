"""What a broadcast or reminder recipient sees, in their language: one function for the
officer's preview and for the delivery itself (bot/ hands it to the sender)."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup

from handlers import keyboards
from prompts import Catalog, Consultation, dated
from storage.broadcasts import MessageKind


def render_message(
    catalog: Catalog,
    consultation: Consultation,
    kind: MessageKind,
    custom_text: str | None,
    language: str,
    country_code: str | None = None,
) -> tuple[str, InlineKeyboardMarkup | None]:
    """The text (and button) a recipient sees, in their language, with dates formatted for it:
    the deadline in the consultation's time and, for a recipient's country that keeps another,
    in theirs too."""
    if kind is MessageKind.INVITATION:
        text = dated.renewed_invitation(consultation, language, country_code)
    elif kind is MessageKind.REMINDER:
        text = catalog.t(
            language,
            "broadcast-reminder-text",
            title=consultation.title.get(language),
            **dated.date_values(consultation, language, country_code),
        )
    else:
        return catalog.t(language, "broadcast-custom-text", text=custom_text or ""), None
    button = keyboards.press(catalog.t(language, "menu-comment"), keyboards.MenuComment())
    return text, keyboards.rows([button], per_row=1)
