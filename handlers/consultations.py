"""/consultations: the consultations of this bot, with their state and figures, and what the
secretariat does with them: open, close, archive, copy for a new round (a draft with the same
definition, linked to the round it renews). Every action is audited (storage/consultations.py).

A closed or archived consultation takes no comments (handlers/comments: closed_notice).
"""

from __future__ import annotations

from dataclasses import dataclass

from telegram import InlineKeyboardButton, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from handlers import early_close
from handlers.access import guarded
from handlers.callbacks import CallbackData
from handlers.common import stale_button
from handlers.context import Context
from handlers.deadline_buttons import CloseConsultation
from handlers.keyboards import press, rows
from handlers.replies import acknowledge, mark_pressed, send_text
from services.core import definition_of
from storage import consultations, submissions
from storage.consultations import ConsultationRecord, ConsultationState

PREFIX = "cs"


@dataclass(frozen=True)
class Act(CallbackData, prefix=PREFIX, action="act"):
    verb: str  # one of ACTIONS
    consultation: int


# What each state allows, in button order.
ACTIONS: dict[ConsultationState, tuple[str, ...]] = {
    ConsultationState.DRAFT: ("open", "archive"),
    ConsultationState.OPEN: ("close", "copy"),
    ConsultationState.CLOSED: ("open", "copy", "archive"),
    ConsultationState.ARCHIVED: ("copy",),
}
TARGET_STATE = {
    "open": ConsultationState.OPEN,
    "close": ConsultationState.CLOSED,
    "archive": ConsultationState.ARCHIVED,
}


async def named(context: Context, text: str) -> ConsultationRecord | None:
    """The consultation a staff command names by its number (/schedule 2, /stats 2, /export 2)."""
    if not (text.isdecimal() and len(text) < 9):
        return None
    record = await context.deps.consultation_record(int(text))
    return record if record is not None and record.definition is not None else None


async def _line(context: Context, record: ConsultationRecord) -> str:
    title = definition_of(record).title.get(context.language) if record.definition else record.code
    effective = await context.deps.effective_consultation(record.id) if record.definition else None
    deadline = (
        context.catalog.datetime(context.language, effective.dates.deadline, effective.zone) if effective else "–"
    )
    return context.t(
        "consultations-line",
        id=record.id,
        title=title,
        state=context.t(f"consultations-state-{record.state.value}"),
        deadline=deadline,
        submissions=await submissions.count(context.db, record.id),
    )


async def _show(update: Update, context: Context) -> None:
    records = await context.deps.consultations()
    lines = [context.t("consultations-title")]
    buttons: list[InlineKeyboardButton] = []
    for record in records:
        lines.append(await _line(context, record))
        if record.definition is None:
            continue
        buttons += [
            press(context.t(f"consultations-btn-{verb}", id=record.id), Act(verb, record.id))
            for verb in ACTIONS[record.state]
        ]
    await send_text(update, context, "\n\n".join(lines), rows(buttons, per_row=2) if buttons else None)


@guarded("consultations")
async def consultations_command(update: Update, context: Context) -> None:
    """/consultations: every consultation, its state and figures, and the actions it allows."""
    await acknowledge(update)
    await _show(update, context)


@guarded("consultations")
async def act(update: Update, context: Context) -> None:
    """A button of /consultations: checked against the consultation's state now."""
    await acknowledge(update)
    pressed = Act.of(update)
    record = await context.deps.consultation_record(pressed.consultation) if pressed else None
    if pressed is None or record is None or pressed.verb not in ACTIONS.get(record.state, ()):
        await stale_button(update, context)
        return
    assert update.effective_user is not None
    actor = update.effective_user.id  # the audit's convention for staff acts: the Telegram id
    await mark_pressed(update)
    if (
        pressed.verb == "close"
        and context.deps.now() < (await context.deps.effective_consultation(record.id)).dates.deadline
    ):
        # Closing before the deadline is an early closing: its notice is shown first (issue 17).
        await early_close.preview_early_close(update, context, record.id)
        return
    if pressed.verb == "copy":
        copied = await consultations.copy_for_round(context.db, record.id, _definition(record), actor_id=actor)
        assert copied is not None
        await send_text(update, context, context.t("consultations-copied", id=record.id, new=copied.id))
    else:
        await consultations.set_state(context.db, record.id, TARGET_STATE[pressed.verb], actor_id=actor)
        await send_text(update, context, context.t(f"consultations-done-{pressed.verb}", id=record.id))
    await _show(update, context)


def _definition(record: ConsultationRecord) -> dict[str, object]:
    """The definition a copy starts from: the same, its dates as the secretariat left them."""
    assert record.definition is not None
    dates = dict(record.definition["dates"])  # type: ignore[call-overload]
    if record.deadline is not None:
        dates["deadline"] = record.deadline.isoformat()
    if record.meeting_start is not None:
        dates["meeting_start"] = record.meeting_start.isoformat()
    if record.meeting_end is not None:
        dates["meeting_end"] = record.meeting_end.isoformat()
    return {**record.definition, "dates": dates}


@guarded("consultations")
async def early_close_confirmed(update: Update, context: Context) -> None:
    """Confirm of an early closing (handlers/early_close.py), then the list again."""
    await acknowledge(update)
    if await early_close.confirm(update, context):
        await _show(update, context)


def handlers() -> list[BaseHandler[Update, Context, object]]:
    return [
        CommandHandler("consultations", consultations_command),
        CallbackQueryHandler(act, pattern=Act.pattern()),
        CallbackQueryHandler(early_close_confirmed, pattern=CloseConsultation.pattern()),
    ]
