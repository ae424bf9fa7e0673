"""/alerts: each officer chooses, per consultation, to be told of every new or revised
submission at once, in a daily digest at a local hour of their choosing, or not at all
(issue 15). Buttons only; the choice is saved at once (storage/alerts.py), and the messages
are sent by services/alerts.py through the outbox, in the officer's language.
"""

from __future__ import annotations

from dataclasses import dataclass

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from handlers import callbacks, keyboards
from handlers.access import guarded
from handlers.callbacks import CallbackData
from handlers.common import stale_button
from handlers.context import Context
from handlers.replies import acknowledge, participant_of, replace_message, send_text
from services.core import definition_of
from storage import alerts
from storage.alerts import AlertMode, AlertPreference
from storage.consultations import ConsultationRecord, ConsultationState
from storage.models import Participant

PREFIX = "al"
# The time zones offered for a digest (IANA names): the UN's main duty stations and UTC. The
# consultation's own zone is offered first when it is not one of them.
ZONES = (
    "UTC",
    "Europe/Geneva",
    "Africa/Nairobi",
    "America/New_York",
    "Europe/Vienna",
    "Asia/Bangkok",
    "Africa/Addis_Ababa",
    "America/Santiago",
    "Asia/Beirut",
)


@dataclass(frozen=True)
class Consultation(CallbackData, prefix=PREFIX, action="c"):
    consultation: int


@dataclass(frozen=True)
class ModeChosen(CallbackData, prefix=PREFIX, action="m"):
    consultation: int
    mode: str


@dataclass(frozen=True)
class HourChosen(CallbackData, prefix=PREFIX, action="h"):
    consultation: int
    hour: int


@dataclass(frozen=True)
class ZoneChosen(CallbackData, prefix=PREFIX, action="z"):
    consultation: int
    hour: int
    zone: int  # index in `zones_for`


def zones_for(record: ConsultationRecord | None) -> tuple[str, ...]:
    own = str(record.definition.get("timezone")) if record and record.definition else None
    return ((own,) if own and own not in ZONES else ()) + ZONES


async def _followed(context: Context) -> list[ConsultationRecord]:
    """The consultations an officer may follow: all but the archived ones."""
    return [r for r in await context.deps.consultations() if r.state is not ConsultationState.ARCHIVED and r.definition]


async def _record(context: Context, consultation_id: int) -> ConsultationRecord | None:
    return next((r for r in await _followed(context) if r.id == consultation_id), None)


def _title(record: ConsultationRecord, language: str) -> str:
    return definition_of(record).title.get(language)


def mode_text(context: Context, language: str, preference: AlertPreference | None) -> str:
    t = context.catalog.t
    if preference is None or preference.mode is AlertMode.OFF:
        return t(language, "alerts-mode-off")
    if preference.mode is AlertMode.IMMEDIATE:
        return t(language, "alerts-mode-immediate")
    return t(
        language, "alerts-mode-digest", hour=f"{preference.digest_hour or 0:02d}:00", zone=preference.time_zone or "UTC"
    )


async def overview(context: Context, language: str, officer: Participant) -> tuple[str, InlineKeyboardMarkup | None]:
    t = context.catalog.t
    records = await _followed(context)
    if not records:
        return t(language, "alerts-none"), None
    chosen = {p.consultation_id: p for p in await alerts.for_participant(context.db, officer.id)}
    lines = [t(language, "alerts-title")]
    buttons = []
    for record in records:
        title = _title(record, language)
        lines.append(
            t(language, "alerts-line", consultation=title, mode=mode_text(context, language, chosen.get(record.id)))
        )
        buttons.append(keyboards.press(title[:60], Consultation(record.id)))
    return "\n\n".join(lines), keyboards.rows(buttons, per_row=1)


async def _officer(update: Update, context: Context) -> Participant:
    officer = await participant_of(update, context)
    assert officer is not None  # guarded: staff only
    return officer


@guarded("alerts")
async def alerts_command(update: Update, context: Context) -> None:
    """/alerts: each consultation with the officer's current choice."""
    officer = await _officer(update, context)
    text, keyboard = await overview(context, context.language, officer)
    await send_text(update, context, text, keyboard)


@guarded("alerts")
async def consultation_pressed(update: Update, context: Context) -> None:
    data = Consultation.of(update)
    record = await _record(context, data.consultation) if data else None
    if record is None:
        await stale_button(update, context)
        return
    await acknowledge(update)
    language = context.language
    officer = await _officer(update, context)
    current = await alerts.get(context.db, officer.id, record.id)
    t = context.catalog.t
    keyboard = keyboards.rows(
        [
            keyboards.press(t(language, "alerts-button-immediate"), ModeChosen(record.id, AlertMode.IMMEDIATE.value)),
            keyboards.press(t(language, "alerts-button-digest"), ModeChosen(record.id, AlertMode.DIGEST.value)),
            keyboards.press(t(language, "alerts-button-off"), ModeChosen(record.id, AlertMode.OFF.value)),
        ],
        per_row=1,
    )
    text = t(
        language,
        "alerts-choose-mode",
        consultation=_title(record, language),
        mode=mode_text(context, language, current),
    )
    await replace_message(update, context, text, keyboard)


async def _saved(update: Update, context: Context, record: ConsultationRecord, preference: AlertPreference) -> None:
    language = context.language
    officer = await _officer(update, context)
    lead = context.catalog.t(
        language, "alerts-saved", consultation=_title(record, language), mode=mode_text(context, language, preference)
    )
    text, keyboard = await overview(context, language, officer)
    await replace_message(update, context, f"{lead}\n\n{text}", keyboard)


@guarded("alerts")
async def mode_pressed(update: Update, context: Context) -> None:
    """At once or none: saved; a digest: its hour is asked."""
    data = ModeChosen.of(update)
    record = await _record(context, data.consultation) if data else None
    try:
        mode = AlertMode(data.mode) if data else None
    except ValueError:
        mode = None
    if record is None or mode is None:
        await stale_button(update, context)
        return
    await acknowledge(update)
    if mode is AlertMode.DIGEST:
        hours = [keyboards.press(f"{hour:02d}:00", HourChosen(record.id, hour)) for hour in range(24)]
        await replace_message(update, context, context.t("alerts-choose-hour"), keyboards.rows(hours, per_row=6))
        return
    officer = await _officer(update, context)
    preference = await alerts.choose(context.db, officer, record.id, mode=mode, now=context.deps.now())
    await _saved(update, context, record, preference)


@guarded("alerts")
async def hour_pressed(update: Update, context: Context) -> None:
    data = HourChosen.of(update)
    record = await _record(context, data.consultation) if data else None
    if data is None or record is None or not 0 <= data.hour <= 23:
        await stale_button(update, context)
        return
    await acknowledge(update)
    zones = zones_for(record)
    buttons = [keyboards.press(zone, ZoneChosen(record.id, data.hour, index)) for index, zone in enumerate(zones)]
    text = context.t("alerts-choose-zone", hour=f"{data.hour:02d}:00")
    await replace_message(update, context, text, keyboards.rows(buttons, per_row=2))


@guarded("alerts")
async def zone_pressed(update: Update, context: Context) -> None:
    data = ZoneChosen.of(update)
    record = await _record(context, data.consultation) if data else None
    zones = zones_for(record)
    if data is None or record is None or not 0 <= data.hour <= 23 or not 0 <= data.zone < len(zones):
        await stale_button(update, context)
        return
    await acknowledge(update)
    officer = await _officer(update, context)
    preference = await alerts.choose(
        context.db,
        officer,
        record.id,
        mode=AlertMode.DIGEST,
        digest_hour=data.hour,
        time_zone=zones[data.zone],
        now=context.deps.now(),
    )
    await _saved(update, context, record, preference)


def handlers() -> list[BaseHandler[Update, Context, object]]:
    return [
        CommandHandler("alerts", alerts_command),
        CallbackQueryHandler(consultation_pressed, pattern=Consultation.pattern()),
        CallbackQueryHandler(mode_pressed, pattern=ModeChosen.pattern()),
        CallbackQueryHandler(hour_pressed, pattern=HourChosen.pattern()),
        CallbackQueryHandler(zone_pressed, pattern=ZoneChosen.pattern()),
        CallbackQueryHandler(stale_button, pattern=callbacks.prefix_pattern(PREFIX)),
    ]
