"""/schedule: the deadline, the meeting dates and the reminders, and changing them.

    /schedule (or the menu's Schedule button) -> MENU: the overview, with buttons
      Change the deadline  -> ASK_DEADLINE (typed) -> CONFIRM_CHANGE -> MENU
      Change the meeting   -> ASK_MEETING (typed)  -> CONFIRM_CHANGE -> MENU
      Add a reminder       -> ASK_OFFSET (days before the deadline) -> MENU
      Cancel a reminder    -> PICK_REMINDER -> MENU
      Documents for the reminders -> DOCUMENTS (files sent, each for everyone or one language) -> MENU
      Close

Dates are typed as year-month-day (day.month.year is read too), times in the consultation's
time zone. Every change is saved with an audit entry (storage/schedule.py,
storage/reminders.py) and the reminder jobs are rebuilt at once (services/reminders.py).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)

from handlers import consultations, flow, keyboards
from handlers.access import guarded
from handlers.callbacks import CallbackData
from handlers.common import stale_button
from handlers.context import Context
from handlers.messages import render_notice
from handlers.replies import acknowledge, edit_or_say, participant_of, replace_message, say, send_text
from prompts import LANGUAGES, Catalog, Consultation, countries, dated, typed
from services import deadlines as notices
from storage import attachments, deadlines, reminder_files, reminders, schedule, staff_drafts
from storage.consultations import FIRST_ID
from storage.reminders import Reminder, ReminderStatus

MENU = "menu"
ASK_DEADLINE = "ask_deadline"
ASK_MEETING = "ask_meeting"
ASK_OFFSET = "ask_offset"
CONFIRM_CHANGE = "confirm_change"
PICK_REMINDER = "pick_reminder"
DOCUMENTS = "documents"

logger = logging.getLogger(__name__)

PREFIX = "sch"
FLOW = "schedule"
MAX_OFFSET_DAYS = 60


# -- the buttons: `sch:<action>[:<field>]` ----------------------------------------------------------


@dataclass(frozen=True)
class ChangeDeadline(CallbackData, prefix=PREFIX, action="deadline"):
    pass


@dataclass(frozen=True)
class ChangeMeeting(CallbackData, prefix=PREFIX, action="meeting"):
    pass


@dataclass(frozen=True)
class AddReminder(CallbackData, prefix=PREFIX, action="add"):
    pass


@dataclass(frozen=True)
class DropReminder(CallbackData, prefix=PREFIX, action="drop"):
    pass


@dataclass(frozen=True)
class Close(CallbackData, prefix=PREFIX, action="close"):
    pass


@dataclass(frozen=True)
class ReminderDocuments(CallbackData, prefix=PREFIX, action="docs"):
    pass


MENU_BUTTONS = (ChangeDeadline, ChangeMeeting, AddReminder, DropReminder, ReminderDocuments, Close)


@dataclass(frozen=True)
class DocumentLanguage(CallbackData, prefix=PREFIX, action="dlang"):
    file: int  # pressed: the next of "everyone", ar, zh, en, fr, ru, es


@dataclass(frozen=True)
class RemoveDocument(CallbackData, prefix=PREFIX, action="drm"):
    file: int


@dataclass(frozen=True)
class DocumentsDone(CallbackData, prefix=PREFIX, action="ddone"):
    pass


@dataclass(frozen=True)
class Apply(CallbackData, prefix=PREFIX, action="apply"):
    pass


@dataclass(frozen=True)
class Back(CallbackData, prefix=PREFIX, action="back"):
    pass


@dataclass(frozen=True)
class RemoveReminder(CallbackData, prefix=PREFIX, action="rm"):
    reminder: int


# -- the overview -----------------------------------------------------------------------------------


def _offset(context: Context, language: str, days: int) -> str:
    return context.catalog.t(language, "schedule-days-before", days=days)


async def overview_text(context: Context, language: str, consultation_id: int = FIRST_ID) -> str:
    t = context.catalog.t
    consultation = await context.deps.effective_consultation(consultation_id)
    zone = consultation.zone
    when = dated.date_values(consultation, language)
    lines = [
        t(language, "schedule-title"),
        "",
        t(language, "schedule-deadline", deadline=when["deadline"]),
        t(language, "schedule-meeting", meeting=when["meeting"]),
        "",
    ]
    rows = await reminders.all_reminders(context.db, consultation_id)
    general = [r for r in rows if r.country_code is None]
    upcoming = [r for r in general if r.status is ReminderStatus.SCHEDULED]
    if upcoming:
        lines.append(t(language, "schedule-reminders-title"))
        lines += await _upcoming_lines(context, language, upcoming, zone, consultation_id)
    else:
        lines.append(t(language, "schedule-reminders-none"))
    past = [r for r in general if r.status is not ReminderStatus.SCHEDULED]
    if past:
        lines += ["", t(language, "schedule-history-title")]
        lines += [await _past_line(context, language, r, zone) for r in past]
    lines += await _state_lines(context, language, rows, consultation, consultation_id)
    documents = await reminder_files.files(context.db, consultation_id)
    if documents:
        lines += ["", t(language, "schedule-documents-line", count=len(documents))]
    return "\n".join(lines)


async def _upcoming_lines(
    context: Context, language: str, upcoming: list[Reminder], zone: Any, consultation_id: int
) -> list[str]:
    return [
        context.catalog.t(
            language,
            "schedule-reminder-line",
            offset=_offset(context, language, reminder.offset_days),
            when=Catalog.datetime(language, reminder.due_at, zone),
            count=await reminders.audience_size(
                context.db, reminder.offset_days, consultation_id, reminder.country_code
            ),
        )
        for reminder in upcoming
    ]


# Why a reminder was not sent (its note) -> what /schedule says.
SKIPPED_KEYS = {
    reminders.NO_CIVIL_HOUR: "deadlines-skipped-no-civil-hour",
    reminders.ALREADY_REMINDED: "deadlines-skipped-already-reminded",
    reminders.NOBODY: "deadlines-skipped-nobody",
    reminders.DEADLINE_MOVED: "deadlines-skipped-deadline-moved",
}


async def _past_line(context: Context, language: str, reminder: Reminder, zone: Any) -> str:
    """What a reminder really did: its deliveries, not its row's status alone."""
    t = context.catalog.t
    offset = _offset(context, language, reminder.offset_days)
    when = Catalog.datetime(language, reminder.run_at or reminder.due_at, zone)
    if reminder.status is ReminderStatus.CANCELLED:
        return t(language, "schedule-reminder-cancelled", offset=offset, when=when)
    if reminder.status is ReminderStatus.SKIPPED:
        key = SKIPPED_KEYS.get(reminder.note or "", "schedule-reminder-skipped")
        return t(language, key, offset=offset, when=when)
    done = await reminders.delivered(context.db, reminder.id)
    if done.sent:
        line = t(language, "deadlines-reminder-delivered", offset=offset, when=when, count=done.sent)
    elif done.waiting:
        line = t(language, "deadlines-reminder-queued", offset=offset, when=when)
    else:
        return t(language, "deadlines-reminder-not-delivered", offset=offset, when=when, count=done.not_delivered)
    if done.waiting:
        first = Catalog.datetime(language, done.waiting_from or reminder.due_at, zone)
        line += " " + t(language, "deadlines-reminder-waiting", count=done.waiting, when=first)
    return line


async def _state_lines(
    context: Context, language: str, rows: list[Reminder], consultation: Consultation, consultation_id: int
) -> list[str]:
    """Each State with an extension: its deadline and its own reminders."""
    t = context.catalog.t
    zone = consultation.zone
    lines: list[str] = []
    granted = await deadlines.granted(context.db, consultation_id)
    for extension in granted:
        own = max(extension.deadline, consultation.dates.deadline)
        lines += [
            "",
            t(
                language,
                "deadlines-schedule-state",
                country=countries.name(extension.country_code, language, "running"),
                deadline=dated.moment(consultation, language, own),
            ),
        ]
        mine = [r for r in rows if r.country_code == extension.country_code]
        upcoming = [r for r in mine if r.status is ReminderStatus.SCHEDULED]
        lines += await _upcoming_lines(context, language, upcoming, zone, consultation_id)
        lines += [
            await _past_line(context, language, r, zone) for r in mine if r.status is not ReminderStatus.SCHEDULED
        ]
        if not mine:
            lines.append(t(language, "schedule-reminders-none"))
    others = sorted({r.country_code for r in rows if r.country_code} - {e.country_code for e in granted})
    for country in others:
        # An extension withdrawn: what its reminders did stays in the history.
        name = countries.name(country, language, "running")
        lines += ["", t(language, "deadlines-schedule-state-withdrawn", country=name)]
        lines += [await _past_line(context, language, r, zone) for r in rows if r.country_code == country]
    return lines


def _menu_keyboard(context: Context, language: str, *, has_reminders: bool) -> Any:
    t = context.catalog.t
    buttons = [
        keyboards.press(t(language, "schedule-change-deadline"), ChangeDeadline()),
        keyboards.press(t(language, "schedule-change-meeting"), ChangeMeeting()),
        keyboards.press(t(language, "schedule-add-reminder"), AddReminder()),
    ]
    if has_reminders:
        buttons.append(keyboards.press(t(language, "schedule-cancel-reminder"), DropReminder()))
    buttons.append(keyboards.press(t(language, "schedule-documents-button"), ReminderDocuments()))
    buttons.append(keyboards.press(t(language, "schedule-close"), Close()))
    return keyboards.rows(buttons, per_row=1)


async def _show_menu(update: Update, context: Context, note: str | None = None) -> str:
    language = context.language
    consultation_id = await _scheduled_id(update, context)
    text = await overview_text(context, language, consultation_id)
    if len(await context.deps.consultations()) > 1:
        # Several consultations: the overview says whose dates these are.
        title = (await context.deps.effective_consultation(consultation_id)).title.get(language)
        text = context.catalog.t(language, "schedule-of-consultation", id=consultation_id, title=title) + "\n\n" + text
    if note is not None:
        text = context.catalog.t(language, note) + "\n\n" + text
    has_reminders = bool(await reminders.scheduled(context.db, consultation_id))
    await send_text(update, context, text, _menu_keyboard(context, language, has_reminders=has_reminders))
    return MENU


async def _scheduled_id(update: Update, context: Context) -> int:
    """The consultation this officer's /schedule is about (the first unless named)."""
    return await staff_drafts.consultation_of(context.db, await _officer_id(update, context), FLOW)


async def _consultation(update: Update, context: Context) -> Consultation:
    return await context.deps.effective_consultation(await _scheduled_id(update, context))


async def _officer_id(update: Update, context: Context) -> int:
    participant = await participant_of(update, context)
    assert participant is not None  # guarded("schedule") let only staff through
    return participant.id


def _example_deadline(consultation: Consultation) -> str:
    return consultation.dates.deadline.astimezone(consultation.zone).strftime("%Y-%m-%d %H:%M")


def _example_meeting(consultation: Consultation) -> str:
    return f"{consultation.dates.meeting_start.isoformat()} {consultation.dates.meeting_end.isoformat()}"


# -- steps ----------------------------------------------------------------------------------------


@guarded("schedule")
async def start(update: Update, context: Context) -> str:
    """/schedule or the menu button: the overview and what can be changed. `/schedule N`:
    consultation no. N's (see /consultations)."""
    await acknowledge(update)
    consultation_id = FIRST_ID
    if context.args:
        named = context.args[0]
        record = await consultations.named(context, named)
        if record is None:
            await say(update, context, "schedule-unknown-consultation", number=named[:20])
            return ConversationHandler.END
        consultation_id = record.id
    officer = await _officer_id(update, context)
    await staff_drafts.save(context.db, officer, FLOW, {})
    await staff_drafts.set_consultation(context.db, officer, FLOW, consultation_id)
    return await _show_menu(update, context)


@guarded("schedule")
async def menu_pressed(update: Update, context: Context) -> str | int:
    """One of the overview's buttons."""
    pressed = next((data for button in MENU_BUTTONS if (data := button.of(update)) is not None), None)
    if pressed is None:  # one of their patterns, not one of them (forged)
        await stale_button(update, context)
        return MENU
    await acknowledge(update)
    consultation = await _consultation(update, context)
    language = context.language
    back_button = _back_keyboard(context, language)
    if isinstance(pressed, ChangeDeadline):
        city = Catalog.zone_city(language, consultation.zone)
        example = _example_deadline(consultation)
        await edit_or_say(update, context, "schedule-ask-deadline", back_button, zone=city, example=example)
        return ASK_DEADLINE
    if isinstance(pressed, ChangeMeeting):
        example = _example_meeting(consultation)
        await edit_or_say(update, context, "schedule-ask-meeting", back_button, example=example)
        return ASK_MEETING
    if isinstance(pressed, AddReminder):
        await edit_or_say(update, context, "schedule-ask-offset", back_button, max=MAX_OFFSET_DAYS)
        return ASK_OFFSET
    if isinstance(pressed, DropReminder):
        return await _ask_which_reminder(update, context)
    if isinstance(pressed, ReminderDocuments):
        return await _ask_documents(update, context, edit=True)
    await staff_drafts.clear(context.db, await _officer_id(update, context), FLOW)
    await edit_or_say(update, context, "schedule-closed")
    return ConversationHandler.END


@guarded("schedule")
async def deadline_typed(update: Update, context: Context) -> str:
    """A new deadline: read, checked, kept in the draft, then confirmed."""
    assert update.message is not None
    consultation = await _consultation(update, context)
    zone = consultation.zone
    current = consultation.dates.deadline
    new = typed.deadline(update.message.text or "", zone, current.astimezone(zone).time())
    language = context.language
    if new is None:
        await say(update, context, "schedule-bad-date", example=_example_deadline(consultation))
        return ASK_DEADLINE
    if new <= context.deps.now():
        await say(update, context, "schedule-deadline-past")
        return ASK_DEADLINE
    if new <= consultation.dates.opens:
        opens = Catalog.datetime(language, consultation.dates.opens, zone)
        await say(update, context, "schedule-deadline-before-opening", opens=opens)
        return ASK_DEADLINE
    if new.astimezone(zone).date() >= consultation.dates.meeting_start:
        meeting = Catalog.date(language, consultation.dates.meeting_start)
        await say(update, context, "schedule-deadline-after-meeting", meeting=meeting)
        return ASK_DEADLINE
    await staff_drafts.update(
        context.db, await _officer_id(update, context), FLOW, pending={"deadline": new.isoformat()}
    )
    question = context.catalog.t(
        language,
        "schedule-confirm-deadline",
        old=Catalog.datetime(language, current, zone),
        new=Catalog.datetime(language, new, zone),
    )
    preview = await _deadline_notice_preview(context, await _scheduled_id(update, context), current, new)
    await send_text(update, context, question + "\n\n" + preview, _confirm_keyboard(context, language))
    return CONFIRM_CHANGE


async def _deadline_notice_preview(context: Context, consultation_id: int, old: datetime, new: datetime) -> str:
    """The notice of a new deadline as its recipients will read it, and how many they are."""
    language = context.language
    audience = await notices.deadline_change_audience(context.deps, consultation_id, old, new)
    consultation = (await context.deps.effective_consultation(consultation_id)).rescheduled(deadline=new)
    text, _buttons = render_notice(context.catalog, consultation, notices.deadline_notice(old, new), language, None)
    return context.catalog.t(language, "deadlines-notice-preview", count=len(audience)) + "\n\n" + text


@guarded("schedule")
async def meeting_typed(update: Update, context: Context) -> str:
    """New meeting dates: read, checked, kept in the draft, then confirmed."""
    assert update.message is not None
    consultation = await _consultation(update, context)
    language = context.language
    found = typed.period(update.message.text or "")
    if found is None:
        await say(update, context, "schedule-bad-date", example=_example_meeting(consultation))
        return ASK_MEETING
    start_day, end_day = found[0] or found[1], found[1] or found[0]  # one day (an open end: the same)
    assert start_day is not None and end_day is not None
    if end_day < start_day:
        await say(update, context, "schedule-meeting-order")
        return ASK_MEETING
    deadline = consultation.dates.deadline
    if start_day <= deadline.astimezone(consultation.zone).date():
        shown = Catalog.datetime(language, deadline, consultation.zone)
        await say(update, context, "schedule-meeting-before-deadline", deadline=shown)
        return ASK_MEETING
    await staff_drafts.update(
        context.db,
        await _officer_id(update, context),
        FLOW,
        pending={"meeting_start": start_day.isoformat(), "meeting_end": end_day.isoformat()},
    )
    dates = consultation.dates
    await say(
        update,
        context,
        "schedule-confirm-meeting",
        _confirm_keyboard(context, language),
        old=Catalog.date_range(language, dates.meeting_start, dates.meeting_end),
        new=Catalog.date_range(language, start_day, end_day),
    )
    return CONFIRM_CHANGE


def _back_keyboard(context: Context, language: str) -> Any:
    return keyboards.rows([keyboards.press(context.catalog.t(language, "schedule-back-button"), Back())])


def _confirm_keyboard(context: Context, language: str) -> Any:
    t = context.catalog.t
    return keyboards.rows(
        [
            keyboards.press(t(language, "schedule-confirm-button"), Apply()),
            keyboards.press(t(language, "schedule-back-button"), Back()),
        ],
        per_row=2,
    )


@guarded("schedule")
async def change_confirmed(update: Update, context: Context) -> str:
    """Confirm: the new dates are saved (audited) and the reminder jobs rebuilt at once."""
    await acknowledge(update)
    officer = await _officer_id(update, context)
    draft = await staff_drafts.load(context.db, officer, FLOW)
    pending = draft.get("pending") or {}
    if not pending:
        await stale_button(update, context)
        return await _show_menu(update, context)
    consultation_id = await _scheduled_id(update, context)
    overrides = await schedule.load(context.db, consultation_id)
    if "meeting_start" in pending:
        overrides.meeting_start = date.fromisoformat(pending["meeting_start"])
        overrides.meeting_end = date.fromisoformat(pending["meeting_end"])
    assert update.effective_user is not None
    if "deadline" in pending:
        applied = await _apply_deadline(update, context, officer, consultation_id, overrides, pending)
        # The draft was claimed with the change: the officer stays on this consultation.
        await staff_drafts.save(context.db, officer, FLOW, {})
        await staff_drafts.set_consultation(context.db, officer, FLOW, consultation_id)
        if not applied:
            await stale_button(update, context)
            return await _show_menu(update, context)
    else:
        await schedule.save(context.db, overrides, actor_id=update.effective_user.id, consultation_id=consultation_id)
        await staff_drafts.save(context.db, officer, FLOW, {})
    service = context.deps.reminders
    if service is not None:
        await service.sync()
    await edit_or_say(update, context, "schedule-changed")
    return await _show_menu(update, context)


async def _apply_deadline(
    update: Update,
    context: Context,
    officer: int,
    consultation_id: int,
    overrides: schedule.ScheduleOverrides,
    pending: dict[str, Any],
) -> bool:
    """The new deadline and its notice to those it concerns, in one transaction that claims the
    officer's draft: False if this Confirm was applied already."""
    assert update.effective_user is not None
    old = (await context.deps.effective_consultation(consultation_id)).dates.deadline
    new = datetime.fromisoformat(pending["deadline"])
    overrides.deadline = new
    audience = await notices.deadline_change_audience(context.deps, consultation_id, old, new)
    applied = await deadlines.change_deadline(
        context.db,
        overrides,
        notices.deadline_notice(old, new) if new != old else None,
        notices.notice_recipients(context.deps, audience, new),
        officer_id=officer,
        actor_id=update.effective_user.id,
        flow=FLOW,
        consultation_id=consultation_id,
        now=context.deps.now(),
    )
    return applied is not False


@guarded("schedule")
async def offset_typed(update: Update, context: Context) -> str:
    """Days before the deadline for a new reminder."""
    assert update.message is not None
    text = (update.message.text or "").strip()
    language = context.language
    if not (text.isdecimal() and len(text) <= 3 and 1 <= int(text) <= MAX_OFFSET_DAYS):
        await say(update, context, "schedule-bad-offset", max=MAX_OFFSET_DAYS)
        return ASK_OFFSET
    days = int(text)
    consultation = await _consultation(update, context)
    due = reminders.due_for(consultation.dates.deadline, days)
    if due <= context.deps.now():
        await say(update, context, "schedule-offset-past", when=Catalog.datetime(language, due, consultation.zone))
        return ASK_OFFSET
    assert update.effective_user is not None
    added = await reminders.add(
        context.db,
        days,
        consultation.dates.deadline,
        context.deps.now(),
        actor_id=update.effective_user.id,
        created_by=await _officer_id(update, context),
        consultation_id=await _scheduled_id(update, context),
    )
    if added is None:
        await say(update, context, "schedule-offset-exists", offset=_offset(context, language, days))
        return ASK_OFFSET
    service = context.deps.reminders
    if service is not None:
        await service.sync()
    return await _show_menu(update, context, "schedule-reminder-added")


async def _ask_which_reminder(update: Update, context: Context) -> str:
    language = context.language
    consultation = await _consultation(update, context)
    upcoming: list[Reminder] = await reminders.scheduled(context.db, await _scheduled_id(update, context))
    buttons = []
    for reminder in upcoming:
        day = Catalog.date(language, reminder.due_at.astimezone(consultation.zone).date())
        label = context.catalog.t(
            language, "schedule-reminder-button", offset=_offset(context, language, reminder.offset_days), date=day
        )
        buttons.append(keyboards.press(label, RemoveReminder(reminder.id)))
    buttons.append(keyboards.press(context.catalog.t(language, "schedule-back-button"), Back()))
    await edit_or_say(update, context, "schedule-pick-reminder", keyboards.rows(buttons, per_row=1))
    return PICK_REMINDER


@guarded("schedule")
async def reminder_picked(update: Update, context: Context) -> str:
    """Cancel the reminder pressed; its job goes at once."""
    data = RemoveReminder.of(update)
    reminder_id = data.reminder if data else None
    await acknowledge(update)
    assert update.effective_user is not None
    cancelled = None
    if reminder_id is not None:
        cancelled = await reminders.cancel(context.db, reminder_id, actor_id=update.effective_user.id)
    if cancelled is None:
        await stale_button(update, context)
        return await _show_menu(update, context)
    service = context.deps.reminders
    if service is not None:
        await service.sync()
    return await _show_menu(update, context, "schedule-reminder-removed")


# -- the documents the reminders carry ---------------------------------------------------------------


def _documents_keyboard(context: Context, documents: list[reminder_files.ReminderFile]) -> Any:
    t, language = context.catalog.t, context.language
    buttons = []
    for item in documents:
        audience = (
            t(language, "broadcast-file-for-everyone")
            if item.language is None
            else Catalog.language_name(language, item.language)
        )
        label = t(language, "broadcast-file-language", name=item.file_name, audience=audience)
        buttons.append(keyboards.press(label, DocumentLanguage(item.id)))
        buttons.append(
            keyboards.press(t(language, "broadcast-file-remove", name=item.file_name), RemoveDocument(item.id))
        )
    buttons.append(keyboards.press(t(language, "schedule-documents-back"), DocumentsDone()))
    return keyboards.rows(buttons, per_row=1)


async def _ask_documents(update: Update, context: Context, *, edit: bool = False, before: str | None = None) -> str:
    """The documents the consultation's reminders carry, with a button for each one's language
    and one to remove it; documents sent now are added."""
    documents = await reminder_files.files(context.db, await _scheduled_id(update, context))
    t, language = context.catalog.t, context.language
    lines = [before] if before else []
    lines.append(t(language, "schedule-documents-ask", max=reminder_files.MAX_FILES))
    if documents:
        lines.append(t(language, "broadcast-files-attached", count=len(documents)))
    text = "\n\n".join(lines)
    keyboard = _documents_keyboard(context, documents)
    if edit and update.callback_query is not None and before is None:
        await replace_message(update, context, text, keyboard)
    else:
        await send_text(update, context, text, keyboard)
    return DOCUMENTS


@guarded("schedule")
async def document_received(update: Update, context: Context) -> str:
    """A document for the reminders: the checks of focal points' attachments (name, declared
    type, size, then the bytes), kept for the consultation (for everyone at first)."""
    assert update.message is not None and update.message.document is not None
    document = update.message.document
    name = document.file_name or ""
    refusal = attachments.check_declared(name, document.mime_type, document.file_size)
    data: bytes | None = None
    if refusal is None:
        try:
            data = bytes(await (await context.bot.get_file(document.file_id)).download_as_bytearray())
        except TelegramError as exc:
            logger.info("could not download a reminder document: %s", exc)
            if "too big" not in str(exc).lower():
                return await _ask_documents(
                    update, context, before=context.t("comment-file-download-failed", name=name)
                )
            refusal = attachments.Refusal.TOO_BIG
    if refusal is None and data is not None:
        refusal = await asyncio.to_thread(attachments.check_content, name, data)
    if refusal is not None or data is None:
        reason = (refusal or attachments.Refusal.CONTENT).value
        notice = context.t(f"comment-file-{reason}", name=name or "—", max_files=reminder_files.MAX_FILES)
        return await _ask_documents(update, context, before=notice)
    consultation_id = await _scheduled_id(update, context)
    assert update.effective_user is not None
    stored = await reminder_files.add(
        context.db,
        consultation_id,
        file_name=name,
        mime_type=document.mime_type,
        sha256=hashlib.sha256(data).hexdigest(),
        data=data,
        added_by=await _officer_id(update, context),
        actor_id=update.effective_user.id,
        now=context.deps.now(),
    )
    if stored is None:
        key = "comment-file-duplicate"
        if len(await reminder_files.files(context.db, consultation_id)) >= reminder_files.MAX_FILES:
            key = "schedule-documents-too-many"
        notice = context.t(key, name=name, max_files=reminder_files.MAX_FILES)
        return await _ask_documents(update, context, before=notice)
    return await _ask_documents(update, context, before=context.t("broadcast-file-received", name=name))


@guarded("schedule")
async def document_button(update: Update, context: Context) -> str:
    """A document's language (pressed: the next of everyone, ar, zh, en, fr, ru, es), Remove, or
    Back to the schedule."""
    await acknowledge(update)
    if DocumentsDone.of(update) is not None:
        return await _show_menu(update, context)
    consultation_id = await _scheduled_id(update, context)
    documents = {f.id: f for f in await reminder_files.files(context.db, consultation_id)}
    cycled, removed = DocumentLanguage.of(update), RemoveDocument.of(update)
    actor = update.effective_user.id if update.effective_user else None
    if cycled is not None and cycled.file in documents:
        order: list[str | None] = [None, *LANGUAGES]
        following = order[(order.index(documents[cycled.file].language) + 1) % len(order)]
        await reminder_files.set_language(context.db, consultation_id, cycled.file, following, actor_id=actor)
    elif removed is not None and removed.file in documents:
        await reminder_files.remove(context.db, consultation_id, removed.file, actor_id=actor)
    else:
        await stale_button(update, context)
    return await _ask_documents(update, context, edit=True)


@guarded("schedule")
async def back(update: Update, context: Context) -> str:
    """Back to the overview, nothing changed."""
    await acknowledge(update)
    await staff_drafts.save(context.db, await _officer_id(update, context), FLOW, {})
    await edit_or_say(update, context, "schedule-cancelled")
    return await _show_menu(update, context)


@guarded("cancel")
async def cancel(update: Update, context: Context) -> int:
    """/cancel: leave the schedule unchanged."""
    participant = await participant_of(update, context)
    if participant is not None:
        await staff_drafts.clear(context.db, participant.id, FLOW)
    await say(update, context, "schedule-cancelled")
    return ConversationHandler.END


@guarded("schedule")
async def menu_text(update: Update, context: Context) -> str:
    """Text while the overview's buttons are expected: show them again."""
    await say(update, context, "schedule-use-buttons")
    return await _show_menu(update, context)


def _state(name: str, *specific: BaseHandler[Update, Context, object], otherwise: Any) -> list[Any]:
    """A state's handlers, and the answers for what it does not expect: `otherwise` for a
    message, a plain "stale button" for another of this flow's buttons; the state is kept."""
    return flow.state(PREFIX, *specific, otherwise=otherwise, stale=guarded("schedule")(flow.keep(name, stale_button)))


def _waiting(name: str, key: str, *specific: BaseHandler[Update, Context, object]) -> list[Any]:
    """A state that waits for its own answer (or Back); anything else gets `key`, the state kept."""
    back_button = CallbackQueryHandler(back, pattern=Back.pattern())
    reask = guarded("schedule")(flow.keep(name, flow.says(key)))
    return _state(name, *specific, back_button, otherwise=reask)


def handlers() -> list[BaseHandler[Update, Context, object]]:
    return [
        ConversationHandler(
            entry_points=[
                CommandHandler("schedule", start),
                CallbackQueryHandler(start, pattern=keyboards.MenuSchedule.pattern()),
            ],
            states={
                MENU: _state(
                    MENU,
                    *(CallbackQueryHandler(menu_pressed, pattern=pressed.pattern()) for pressed in MENU_BUTTONS),
                    otherwise=menu_text,
                ),
                ASK_DEADLINE: _waiting(ASK_DEADLINE, "schedule-text-only", MessageHandler(flow.TEXT, deadline_typed)),
                ASK_MEETING: _waiting(ASK_MEETING, "schedule-text-only", MessageHandler(flow.TEXT, meeting_typed)),
                ASK_OFFSET: _waiting(ASK_OFFSET, "schedule-text-only", MessageHandler(flow.TEXT, offset_typed)),
                CONFIRM_CHANGE: _waiting(
                    CONFIRM_CHANGE,
                    "schedule-use-buttons",
                    CallbackQueryHandler(change_confirmed, pattern=Apply.pattern()),
                ),
                PICK_REMINDER: _waiting(
                    PICK_REMINDER,
                    "schedule-use-buttons",
                    CallbackQueryHandler(reminder_picked, pattern=RemoveReminder.pattern()),
                ),
                DOCUMENTS: _state(
                    DOCUMENTS,
                    MessageHandler(filters.Document.ALL & flow.MESSAGE, document_received),
                    *(
                        CallbackQueryHandler(document_button, pattern=pressed.pattern())
                        for pressed in (DocumentLanguage, RemoveDocument, DocumentsDone)
                    ),
                    otherwise=guarded("schedule")(flow.keep(DOCUMENTS, flow.says("broadcast-files-only"))),
                ),
            },
            fallbacks=[CommandHandler("cancel", cancel)],
            name="schedule",
            persistent=True,
            allow_reentry=True,
        )
    ]
