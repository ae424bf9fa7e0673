"""/consultations: the consultations of this bot, with their state and figures, and what the
secretariat does with them: open, close, archive, copy for a new round (a draft with the same
definition, linked to the round it renews). Every action is audited (storage/consultations.py).

    Copy no. N -> ASK_DEADLINE (typed, in the consultation's time) -> ASK_MEETING (typed) ->
    the copy is made with these dates, opening now, and its own reference prefix (CW: CWB,
    CWC, ...), so that no reference is shared by two consultations.

A closed or archived consultation takes no comments (handlers/comments: closed_notice).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, ConversationHandler, MessageHandler

from handlers import early_close, flow
from handlers.access import guarded
from handlers.callbacks import CallbackData
from handlers.common import stale_button
from handlers.context import Context
from handlers.deadline_buttons import CloseConsultation
from handlers.keyboards import press, rows
from handlers.replies import acknowledge, mark_pressed, participant_of, say, send_text
from prompts import Catalog, Consultation, typed
from services.core import definition_of
from storage import consultations, staff_drafts, submissions
from storage.consultations import ConsultationRecord, ConsultationState

PREFIX = "cs"
FLOW = "consultation-copy"
ASK_DEADLINE = "copy_deadline"
ASK_MEETING = "copy_meeting"


@dataclass(frozen=True)
class Act(CallbackData, prefix=PREFIX, action="act"):
    verb: str  # one of ACTIONS
    consultation: int


@dataclass(frozen=True)
class CopyRound(CallbackData, prefix=PREFIX, action="copy"):
    """Copy no. N for a new round: its dates are asked next."""

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


async def defined(context: Context) -> list[ConsultationRecord]:
    """Every consultation with a definition (the ones a staff command can be about)."""
    return [r for r in await context.deps.consultations() if r.definition is not None]


def choice_keyboard(
    context: Context, records: list[ConsultationRecord], make: Callable[[int], CallbackData]
) -> InlineKeyboardMarkup:
    """One button per consultation ("No. 2: its title"), for a staff command asking which."""
    return rows(
        [
            press(
                context.t("consultations-pick", id=r.id, title=definition_of(r).title.get(context.language)),
                make(r.id),
            )
            for r in records
        ],
        per_row=1,
    )


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
            press(
                context.t(f"consultations-btn-{verb}", id=record.id),
                CopyRound(record.id) if verb == "copy" else Act(verb, record.id),
            )
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
    await consultations.set_state(context.db, record.id, TARGET_STATE[pressed.verb], actor_id=actor)
    await send_text(update, context, context.t(f"consultations-done-{pressed.verb}", id=record.id))
    await _show(update, context)


# -- a copy for a new round: its dates asked in chat --------------------------------------------


async def _officer_id(update: Update, context: Context) -> int:
    participant = await participant_of(update, context)
    assert participant is not None  # guarded("consultations") let only staff through
    return participant.id


async def _source(update: Update, context: Context) -> tuple[ConsultationRecord, Consultation] | None:
    """The consultation being copied (kept in the officer's draft) and its current definition."""
    draft = await staff_drafts.load(context.db, await _officer_id(update, context), FLOW)
    record = await context.deps.consultation_record(int(draft.get("source") or 0))
    if record is None or record.definition is None:
        return None
    return record, await context.deps.effective_consultation(record.id)


def _example_deadline(consultation: Consultation) -> str:
    return consultation.dates.deadline.astimezone(consultation.zone).strftime("%Y-%m-%d %H:%M")


def _example_meeting(consultation: Consultation) -> str:
    return f"{consultation.dates.meeting_start.isoformat()} {consultation.dates.meeting_end.isoformat()}"


@guarded("consultations")
async def copy_pressed(update: Update, context: Context) -> str | int:
    """“Copy no. N for a new round”: the new round's deadline is asked first."""
    await acknowledge(update)
    pressed = CopyRound.of(update)
    record = await context.deps.consultation_record(pressed.consultation) if pressed else None
    if record is None or record.definition is None or "copy" not in ACTIONS.get(record.state, ()):
        await stale_button(update, context)
        return ConversationHandler.END
    await mark_pressed(update)
    await staff_drafts.save(context.db, await _officer_id(update, context), FLOW, {"source": record.id})
    consultation = await context.deps.effective_consultation(record.id)
    await say(
        update,
        context,
        "consultations-copy-ask-deadline",
        id=record.id,
        zone=Catalog.zone_city(context.language, consultation.zone),
        example=_example_deadline(consultation),
    )
    return ASK_DEADLINE


@guarded("consultations")
async def copy_deadline_typed(update: Update, context: Context) -> str | int:
    """The new round's deadline: read in the copied consultation's time, not in the past."""
    assert update.message is not None
    found = await _source(update, context)
    if found is None:
        return await _copy_gone(update, context)
    _record, consultation = found
    zone = consultation.zone
    new = typed.deadline(update.message.text or "", zone, consultation.dates.deadline.astimezone(zone).time())
    if new is None:
        await say(update, context, "schedule-bad-date", example=_example_deadline(consultation))
        return ASK_DEADLINE
    if new <= context.deps.now():
        await say(update, context, "schedule-deadline-past")
        return ASK_DEADLINE
    await staff_drafts.update(context.db, await _officer_id(update, context), FLOW, deadline=new.isoformat())
    await say(
        update,
        context,
        "consultations-copy-ask-meeting",
        deadline=Catalog.datetime(context.language, new, zone),
        example=_example_meeting(consultation),
    )
    return ASK_MEETING


@guarded("consultations")
async def copy_meeting_typed(update: Update, context: Context) -> str | int:
    """The new round's meeting (after its deadline): the copy is made with these dates."""
    assert update.message is not None
    found = await _source(update, context)
    officer = await _officer_id(update, context)
    draft = await staff_drafts.load(context.db, officer, FLOW)
    if found is None or not draft.get("deadline"):
        return await _copy_gone(update, context)
    record, consultation = found
    deadline = datetime.fromisoformat(str(draft["deadline"]))
    period = typed.period(update.message.text or "")
    if period is None:
        await say(update, context, "schedule-bad-date", example=_example_meeting(consultation))
        return ASK_MEETING
    start_day, end_day = period[0] or period[1], period[1] or period[0]  # one day: the same
    assert start_day is not None and end_day is not None
    if end_day < start_day:
        await say(update, context, "schedule-meeting-order")
        return ASK_MEETING
    if start_day <= deadline.astimezone(consultation.zone).date():
        shown = Catalog.datetime(context.language, deadline, consultation.zone)
        await say(update, context, "schedule-meeting-before-deadline", deadline=shown)
        return ASK_MEETING
    definition = await _definition(context, record, consultation, deadline, (start_day, end_day))
    if definition is None:
        await staff_drafts.clear(context.db, officer, FLOW)
        await say(update, context, "consultations-copy-no-prefix", id=record.id)
        return ConversationHandler.END
    assert update.effective_user is not None
    copied = await consultations.copy_for_round(
        context.db,
        record.id,
        definition.model_dump(mode="json"),
        actor_id=update.effective_user.id,  # the audit's convention for staff acts: the Telegram id
        claim=(officer, FLOW),
    )
    if copied is None:  # the same answer arriving twice: the copy was made the first time
        await say(update, context, "button-stale")
        return ConversationHandler.END
    await say(
        update,
        context,
        "consultations-copied-dates",
        id=record.id,
        new=copied.id,
        prefix=definition.reference_prefix,
        deadline=Catalog.datetime(context.language, deadline, consultation.zone),
        meeting=Catalog.date_range(context.language, start_day, end_day),
    )
    await _show(update, context)
    return ConversationHandler.END


async def _copy_gone(update: Update, context: Context) -> int:
    """The copy's draft is gone (cancelled elsewhere, or the consultation no longer exists)."""
    await staff_drafts.clear(context.db, await _officer_id(update, context), FLOW)
    await say(update, context, "consultations-copy-cancelled")
    return ConversationHandler.END


@guarded("cancel")
async def copy_cancel(update: Update, context: Context) -> int:
    """/cancel: no copy is made."""
    participant = await participant_of(update, context)
    if participant is not None:
        await staff_drafts.clear(context.db, participant.id, FLOW)
    await say(update, context, "consultations-copy-cancelled")
    return ConversationHandler.END


async def _definition(
    context: Context,
    record: ConsultationRecord,
    consultation: Consultation,
    deadline: datetime,
    meeting: tuple[Any, Any],
) -> Consultation | None:
    """The copy's definition: the same, opening now, with the new dates, the new deadline's year
    and its own reference prefix (the first round's with the next free letter). None if every
    prefix of that form is taken."""
    records = await context.deps.consultations()
    by_id = {r.id: r for r in records}
    root = record
    while root.renews_id is not None and root.renews_id in by_id:
        root = by_id[root.renews_id]
    assert root.definition is not None
    taken = {str(r.definition["reference_prefix"]) for r in records if r.definition is not None}
    prefix = consultations.round_prefix(str(root.definition["reference_prefix"]), taken)
    if prefix is None:
        return None
    opens = min(context.deps.now(), deadline).replace(microsecond=0)
    dates = consultation.dates.model_copy(
        update={"opens": opens, "deadline": deadline, "meeting_start": meeting[0], "meeting_end": meeting[1]}
    )
    year = deadline.astimezone(consultation.zone).year
    copied = consultation.model_copy(update={"dates": dates, "reference_prefix": prefix, "reference_year": year})
    return Consultation.model_validate(copied.model_dump(mode="json"))  # checked as any definition


def _waiting(name: str, step: Any) -> list[Any]:
    """A state waiting for a typed answer; anything else is asked again politely."""
    reask = guarded("consultations")(flow.keep(name, flow.says("schedule-text-only")))
    stale = guarded("consultations")(flow.keep(name, stale_button))
    return flow.state(PREFIX, MessageHandler(flow.TEXT, step), otherwise=reask, stale=stale)


@guarded("consultations")
async def early_close_confirmed(update: Update, context: Context) -> None:
    """Confirm of an early closing (handlers/early_close.py), then the list again."""
    await acknowledge(update)
    if await early_close.confirm(update, context):
        await _show(update, context)


def handlers() -> list[BaseHandler[Update, Context, object]]:
    return [
        ConversationHandler(
            entry_points=[CallbackQueryHandler(copy_pressed, pattern=CopyRound.pattern())],
            states={
                ASK_DEADLINE: _waiting(ASK_DEADLINE, copy_deadline_typed),
                ASK_MEETING: _waiting(ASK_MEETING, copy_meeting_typed),
            },
            fallbacks=[CommandHandler("cancel", copy_cancel)],
            name="consultation-copy",
            persistent=True,
            allow_reentry=True,
        ),
        CommandHandler("consultations", consultations_command),
        CallbackQueryHandler(act, pattern=Act.pattern()),
        CallbackQueryHandler(early_close_confirmed, pattern=CloseConsultation.pattern()),
    ]
