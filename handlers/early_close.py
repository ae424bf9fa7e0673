"""Closing a consultation before its deadline (/consultations, Close) is an early closing: the
officer first sees the notice those concerned will receive and how many they are, and Confirm
closes it and queues that notice in one transaction (storage/deadlines.py: close_early)."""

from __future__ import annotations

from telegram import Update

from handlers import keyboards
from handlers.common import stale_button
from handlers.context import Context
from handlers.deadline_buttons import CloseConsultation
from handlers.messages import render_notice
from handlers.replies import mark_pressed, participant_of, send_text
from services import deadlines as notices
from storage import deadlines
from storage.deadlines import Notice, NoticeType


async def preview_early_close(update: Update, context: Context, consultation_id: int) -> None:
    """The notice of an early closing as its recipients will read it, its audience, Confirm."""
    consultation = await context.deps.effective_consultation(consultation_id)
    audience = await notices.audience(context.deps, consultation_id)
    notice = Notice(type=NoticeType.CLOSED_EARLY, deadline=context.deps.now())
    text, _buttons = render_notice(context.catalog, consultation, notice, context.language, None)
    question = context.t("deadlines-confirm-close", id=consultation_id, title=consultation.title.get(context.language))
    preview = context.t("deadlines-notice-preview", count=len(audience))
    button = keyboards.press(context.t("deadlines-confirm-close-button"), CloseConsultation(consultation_id))
    await send_text(update, context, f"{question}\n\n{preview}\n\n{text}", keyboards.rows([button]))


async def confirm(update: Update, context: Context) -> bool:
    """Confirm: closed now, the notice queued with it; False (and said) when the button is
    stale: a second Confirm finds the consultation closed already."""
    pressed = CloseConsultation.of(update)
    record = await context.deps.consultation_record(pressed.consultation) if pressed else None
    participant = await participant_of(update, context)
    if pressed is None or record is None or participant is None or update.effective_user is None:
        await stale_button(update, context)
        return False
    now = context.deps.now()
    members = await notices.audience(context.deps, record.id)
    closed = await deadlines.close_early(
        context.db,
        record.id,
        Notice(type=NoticeType.CLOSED_EARLY, deadline=now),
        notices.notice_recipients(context.deps, members, now),
        officer_id=participant.id,
        actor_id=update.effective_user.id,
        now=now,
    )
    if closed is False:
        await stale_button(update, context)
        return False
    await mark_pressed(update, context.t("deadlines-confirm-close-button"))
    if context.deps.sender is not None:
        context.deps.sender.wake()
    await send_text(update, context, context.t("consultations-done-close", id=record.id))
    return True
