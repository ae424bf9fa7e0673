"""What a broadcast or reminder recipient sees, in their language: one function for the
officer's preview and for the delivery itself (bot/ hands it to the sender)."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup

from handlers import keyboards
from prompts import Catalog, Consultation
from storage.broadcasts import MessageKind


def render_message(
    catalog: Catalog, consultation: Consultation, kind: MessageKind, custom_text: str | None, language: str
) -> tuple[str, InlineKeyboardMarkup | None]:
    """The text (and button) a recipient sees, in their language, with dates formatted for it."""
    dates = consultation.dates
    deadline = Catalog.datetime(language, dates.deadline, consultation.zone)
    meeting = Catalog.date_range(language, dates.meeting_start, dates.meeting_end)
    if kind is MessageKind.INVITATION:
        text = consultation.renewed_invitation.get(language).format(deadline=deadline, meeting=meeting)
    elif kind is MessageKind.REMINDER:
        text = catalog.t(
            language,
            "broadcast-reminder-text",
            title=consultation.title.get(language),
            deadline=deadline,
            meeting=meeting,
        )
    else:
        return catalog.t(language, "broadcast-custom-text", text=custom_text or ""), None
    button = keyboards.press(catalog.t(language, "menu-comment"), keyboards.MenuComment())
    return text, keyboards.rows([button], per_row=1)
