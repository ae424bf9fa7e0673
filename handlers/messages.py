"""What a broadcast or reminder recipient sees, in their language: one function for the
officer's preview and for the delivery itself (bot/ hands it to the sender)."""

from __future__ import annotations

from datetime import datetime

from telegram import InlineKeyboardMarkup

from handlers import keyboards
from handlers.comments.states import ConsultationChosen
from handlers.deadline_buttons import DeclineRequest, GrantRequest
from prompts import Catalog, Consultation, countries, dated
from storage.broadcasts import MessageKind
from storage.deadlines import Notice, NoticeType


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


def render_notice(
    catalog: Catalog,
    consultation: Consultation,
    notice: Notice,
    language: str,
    country_code: str | None = None,
) -> tuple[str, InlineKeyboardMarkup | None]:
    """A deadline's notice (storage/deadlines.py) as its recipient sees it, in their language:
    dates in the consultation's time and in the recipient's; `consultation` carries the
    recipient's State's own deadline already (the sender applies its extension)."""
    title = consultation.title.get(language)

    def when(value: datetime | None) -> str:
        return dated.moment(consultation, language, value or consultation.dates.deadline, country_code)

    state = countries.name(notice.country_code, language, "running") if notice.country_code else ""
    comment = keyboards.rows([keyboards.press(catalog.t(language, "menu-comment"), keyboards.MenuComment())])
    kind = notice.type
    if kind is NoticeType.CLOSED_EARLY:
        return catalog.t(language, "deadlines-closed-early-notice", title=title, deadline=when(notice.deadline)), None
    if kind is NoticeType.REQUEST:
        assert notice.request_id is not None
        text = catalog.t(language, "deadlines-request-notice", country=state, title=title)
        buttons = keyboards.rows(
            [
                keyboards.press(catalog.t(language, "deadlines-request-grant"), GrantRequest(notice.request_id)),
                keyboards.press(catalog.t(language, "deadlines-request-decline"), DeclineRequest(notice.request_id)),
            ],
            per_row=2,
        )
        return text, buttons
    if kind is NoticeType.DECLINED:
        return catalog.t(language, "deadlines-declined-notice", title=title, reason=notice.reason or ""), None
    key = {
        NoticeType.EXTENDED: "deadlines-extended-notice",
        NoticeType.BROUGHT_FORWARD: "deadlines-brought-forward-notice",
        NoticeType.STATE_EXTENDED: "deadlines-state-extended-notice",
        NoticeType.STATE_REVOKED: "deadlines-state-revoked-notice",
        NoticeType.WARNING_DAY: "deadlines-warning-day",
        NoticeType.WARNING_HOUR: "deadlines-warning-hour",
    }[kind]
    text = catalog.t(
        language, key, title=title, country=state, deadline=when(notice.deadline), previous=when(notice.previous)
    )
    return text, comment
