"""What a broadcast or reminder recipient sees, in their language: one function for the
officer's preview and for the delivery itself (bot/ hands it to the sender)."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup

from handlers import keyboards
from handlers.comments.states import ConsultationChosen
from prompts import Catalog, Consultation, dated
from storage.broadcasts import MessageKind


def render_message(
    catalog: Catalog,
    consultation: Consultation,
    kind: MessageKind,
    custom_text: str | None,
    language: str,
    country_code: str | None = None,
    consultation_id: int | None = None,
) -> tuple[str, InlineKeyboardMarkup | None]:
    """The text (and button) a recipient sees, in their language, with dates formatted for it:
    the deadline in the consultation's time and, for a recipient's country that keeps another,
    in theirs too. With `consultation_id` (the bot has several consultations), the text names
    the consultation and its button opens a comment on that one."""
    title = consultation.title.get(language)
    if kind is MessageKind.INVITATION:
        text = dated.renewed_invitation(consultation, language, country_code)
        if consultation_id is not None:
            text = f"{title}\n\n{text}"
    elif kind is MessageKind.REMINDER:
        text = catalog.t(
            language,
            "broadcast-reminder-text",
            title=title,
            **dated.date_values(consultation, language, country_code),
        )
    elif consultation_id is not None:
        return catalog.t(language, "broadcast-custom-text-of", title=title, text=custom_text or ""), None
    else:
        return catalog.t(language, "broadcast-custom-text", text=custom_text or ""), None
    pressed = keyboards.MenuComment() if consultation_id is None else ConsultationChosen(consultation_id)
    button = keyboards.press(catalog.t(language, "menu-comment"), pressed)
    return text, keyboards.rows([button], per_row=1)
