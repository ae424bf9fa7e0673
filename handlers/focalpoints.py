"""/focalpoints: the directory of focal points for the secretariat (issue 15), and the reason
asked when a registration is rejected (/pending's Reject).

Staff see the directory by State (UN names in their language and its collation), page by page,
search it (`/focalpoints TEXT`: a name, title, organisation, e-mail or State), open a person,
invite a successor (a new link for that State, as /invite makes), and export it (XLSX, CSV).
Only admins deactivate, reactivate or move a person to another State (handlers/access.py:
"focalpoints_manage"); each act is confirmed, audited, and the person is told in their
language through the outbox (storage/directory.py queues the message in the act's own
transaction).

What an officer has typed or is doing (the search, the person and act a typed reason is for)
is saved in `staff_drafts` at every step, so a restart loses nothing; the conversation only
holds the two typing steps (a reason, a State's name).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, ConversationHandler, MessageHandler

from exports.directory import DirectoryFormat, country_order, reason_text, write_directory
from handlers import callbacks, facts, flow, keyboards
from handlers.access import guarded
from handlers.callbacks import CallbackData
from handlers.common import stale_button
from handlers.context import Context
from handlers.replies import acknowledge, participant_of, replace_message, say, send_text
from prompts import LANGUAGE_NAMES, Catalog, countries
from storage import audit, directory, participants, staff_drafts
from storage.directory import DirectoryEntry, DirectoryStatus, Notice, Reason, RegisteredVia
from storage.models import Participant, ParticipantStatus, Role

PREFIX = "fp"
FLOW = "focalpoints"  # staff_drafts: the search, and the act a typed text is for
PAGE_SIZE = 8
MAX_QUERY = 200
TYPE_REASON, TYPE_STATE = "fp-type-reason", "fp-type-state"
TYPED = "typed"  # the reason is the one typed (kept in the draft), not a standard one
NO_REASON = "none"

DEACTIVATION_REASONS = ("left_post", "replaced", "not_designated", "forwarded_link")
REJECTION_REASONS = ("not_designated", "not_government", "unverified", "forwarded_link")


# -- the buttons: `fp:<action>:<field>...` ----------------------------------------------------------


@dataclass(frozen=True)
class Page(CallbackData, prefix=PREFIX, action="page"):
    offset: int


@dataclass(frozen=True)
class Open(CallbackData, prefix=PREFIX, action="open"):
    participant: int


@dataclass(frozen=True)
class Export(CallbackData, prefix=PREFIX, action="export"):
    format: str


@dataclass(frozen=True)
class Successor(CallbackData, prefix=PREFIX, action="succ"):
    participant: int


@dataclass(frozen=True)
class Deactivate(CallbackData, prefix=PREFIX, action="deact"):
    participant: int


@dataclass(frozen=True)
class DeactivateReason(CallbackData, prefix=PREFIX, action="dreason"):
    participant: int
    reason: str


@dataclass(frozen=True)
class DeactivateTyped(CallbackData, prefix=PREFIX, action="dtype"):
    participant: int


@dataclass(frozen=True)
class DeactivateYes(CallbackData, prefix=PREFIX, action="dyes"):
    participant: int
    reason: str


@dataclass(frozen=True)
class Reactivate(CallbackData, prefix=PREFIX, action="react"):
    participant: int


@dataclass(frozen=True)
class ReactivateYes(CallbackData, prefix=PREFIX, action="ryes"):
    participant: int


@dataclass(frozen=True)
class Move(CallbackData, prefix=PREFIX, action="move"):
    participant: int


@dataclass(frozen=True)
class MoveTo(CallbackData, prefix=PREFIX, action="mto"):
    participant: int
    country: str


@dataclass(frozen=True)
class MoveYes(CallbackData, prefix=PREFIX, action="myes"):
    participant: int
    country: str


# Rejecting a registration (the /pending list's or the notice's Reject, handlers/roles.py).
@dataclass(frozen=True)
class RejectReason(CallbackData, prefix="role", action="rreason"):
    participant: int
    reason: str
    source: str


@dataclass(frozen=True)
class RejectTyped(CallbackData, prefix="role", action="rtype"):
    participant: int
    source: str


# -- reading -------------------------------------------------------------------------------------


def _missing(context: Context, language: str) -> str:
    return context.catalog.t(language, "prof-not-given")


def _date(context: Context, language: str, moment: object) -> str:
    if not isinstance(moment, datetime):
        return context.catalog.t(language, "fp-activity-none")
    return Catalog.date(language, moment.astimezone(context.deps.consultation.zone).date())


def registered_text(context: Context, language: str, entry: DirectoryEntry) -> str:
    t = context.catalog.t
    if entry.registered_via is RegisteredVia.LINK:
        if entry.registered_by_name:
            return t(language, "fp-via-link", by=entry.registered_by_name)
        return t(language, "fp-via-link-anonymous")
    if entry.registered_via is RegisteredVia.APPROVAL:
        if entry.registered_by_name and entry.decided_at:
            return t(
                language,
                "fp-via-approval",
                by=entry.registered_by_name,
                date=_date(context, language, entry.decided_at),
            )
        return t(language, "fp-via-approval-anonymous")
    return t(language, "fp-via-undecided", date=_date(context, language, entry.registered_at))


def _common(context: Context, language: str, entry: DirectoryEntry) -> dict[str, object]:
    missing = _missing(context, language)
    return {
        "country": countries.name(entry.country_code, language),
        "name": entry.full_name or missing,
        "title": entry.title or missing,
        "organisation": entry.organisation or missing,
        "email": entry.email or missing,
        "lang": LANGUAGE_NAMES.get(entry.language, entry.language),
        "status": context.catalog.t(language, f"fp-status-{entry.status.value}"),
        "registered": registered_text(context, language, entry),
        "activity": _date(context, language, entry.last_activity_at),
    }


def card_text(context: Context, language: str, entry: DirectoryEntry) -> str:
    t = context.catalog.t
    parts = [
        t(
            language,
            "fp-card",
            submissions=entry.submissions,
            telegram_id=str(entry.telegram_id),
            **_common(context, language, entry),
        )
    ]
    if entry.status is DirectoryStatus.DEACTIVATED:
        reason = reason_text(context.catalog, language, entry.deactivation_reason_code, entry.deactivation_reason)
        parts.append(
            t(
                language,
                "fp-card-deactivated",
                date=_date(context, language, entry.deactivated_at),
                by=entry.deactivated_by_name or _missing(context, language),
                reason=reason or _missing(context, language),
            )
        )
    if entry.status is DirectoryStatus.REJECTED and (entry.rejection_reason_code or entry.rejection_reason):
        reason = reason_text(context.catalog, language, entry.rejection_reason_code, entry.rejection_reason)
        parts.append(t(language, "fp-card-rejected", reason=reason))
    return "\n\n".join(parts)


def card_keyboard(context: Context, language: str, entry: DirectoryEntry, viewer: Participant) -> InlineKeyboardMarkup:
    """An officer may invite a successor; an admin may also deactivate, reactivate or move."""
    t = context.catalog.t
    buttons: list[InlineKeyboardButton] = []
    if viewer.role is Role.ADMIN:
        if entry.status is DirectoryStatus.ACTIVE:
            buttons.append(keyboards.press(t(language, "fp-deactivate"), Deactivate(entry.participant_id)))
        if entry.status is DirectoryStatus.DEACTIVATED:
            buttons.append(keyboards.press(t(language, "fp-reactivate"), Reactivate(entry.participant_id)))
        if entry.status in (DirectoryStatus.ACTIVE, DirectoryStatus.DEACTIVATED, DirectoryStatus.PENDING):
            buttons.append(keyboards.press(t(language, "fp-move"), Move(entry.participant_id)))
    buttons.append(keyboards.press(t(language, "fp-successor"), Successor(entry.participant_id)))
    buttons.append(keyboards.press(t(language, "fp-back"), Page(0)))
    return keyboards.rows(buttons, per_row=1)


def search_countries(text: str) -> list[str]:
    """The States a search text names exactly (one, or each of an ambiguous name)."""
    found = countries.match(text)
    if found.country is not None:
        return [found.country.code]
    return [c.code for c in found.candidates] if found.ambiguous else []


async def list_view(
    context: Context, language: str, viewer: Participant, offset: int, lead: str | None = None
) -> tuple[str, InlineKeyboardMarkup | None]:
    t = context.catalog.t
    search = (await staff_drafts.load(context.db, viewer.id, FLOW)).get("search")
    found = await directory.page(
        context.db,
        country_order=country_order(language),
        offset=offset,
        limit=PAGE_SIZE,
        search=search,
        search_countries=search_countries(search) if search else (),
    )
    parts = [lead] if lead else []
    if not found.entries:
        parts.append(t(language, "fp-none-search", text=search) if search else t(language, "fp-none"))
        return "\n\n".join(parts), None
    pages = (found.total + PAGE_SIZE - 1) // PAGE_SIZE
    page = found.offset // PAGE_SIZE + 1
    if search:
        parts.append(t(language, "fp-title-search", text=search, total=found.total, page=page, pages=pages))
    else:
        parts.append(t(language, "fp-title", total=found.total, page=page, pages=pages))
    numbers = []
    for number, entry in enumerate(found.entries, start=found.offset + 1):
        parts.append(t(language, "fp-entry", number=number, **_common(context, language, entry)))
        numbers.append(keyboards.press(t(language, "fp-open", number=number), Open(entry.participant_id)))
    if not search:
        parts.append(t(language, "fp-search-hint"))
    rows = [list(row) for row in keyboards.rows(numbers, per_row=4).inline_keyboard]
    navigation = []
    if found.has_previous:
        navigation.append(keyboards.press(t(language, "fp-page-previous"), Page(max(0, found.offset - PAGE_SIZE))))
    if found.has_next:
        navigation.append(keyboards.press(t(language, "fp-page-next"), Page(found.offset + PAGE_SIZE)))
    if navigation:
        rows.append(navigation)
    rows.append(
        [
            keyboards.press(t(language, "fp-export-xlsx"), Export(DirectoryFormat.XLSX.value)),
            keyboards.press(t(language, "fp-export-csv"), Export(DirectoryFormat.CSV.value)),
        ]
    )
    return "\n\n".join(parts), InlineKeyboardMarkup(rows)


async def _viewer(update: Update, context: Context) -> Participant:
    viewer = await participant_of(update, context)
    assert viewer is not None  # guarded: staff only
    return viewer


@guarded("focalpoints")
async def focalpoints_command(update: Update, context: Context) -> None:
    """/focalpoints [TEXT]: the directory's first page (of what TEXT finds)."""
    language = context.language
    viewer = await _viewer(update, context)
    typed = " ".join(context.args or []).strip()
    if len(typed) > MAX_QUERY:
        await say(update, context, "too-long-input", length=len(typed), max=MAX_QUERY)
        return
    data = await staff_drafts.load(context.db, viewer.id, FLOW)
    data["search"] = typed or None
    await staff_drafts.save(context.db, viewer.id, FLOW, data)
    text, keyboard = await list_view(context, language, viewer, 0)
    await send_text(update, context, text, keyboard)


@guarded("focalpoints")
async def page_pressed(update: Update, context: Context) -> None:
    data = Page.of(update)
    if data is None:
        await stale_button(update, context)
        return
    await acknowledge(update)
    viewer = await _viewer(update, context)
    text, keyboard = await list_view(context, context.language, viewer, data.offset)
    await replace_message(update, context, text, keyboard)


async def _entry_or_gone(update: Update, context: Context, participant_id: int) -> DirectoryEntry | None:
    entry = await directory.get_entry(context.db, participant_id)
    if entry is None:
        await acknowledge(update)
        await say(update, context, "fp-gone")
    return entry


async def show_card(update: Update, context: Context, entry: DirectoryEntry, lead: str | None = None) -> None:
    language = context.language
    viewer = await _viewer(update, context)
    text = card_text(context, language, entry)
    await replace_message(
        update, context, f"{lead}\n\n{text}" if lead else text, card_keyboard(context, language, entry, viewer)
    )


@guarded("focalpoints")
async def open_pressed(update: Update, context: Context) -> None:
    data = Open.of(update)
    if data is None:
        await stale_button(update, context)
        return
    entry = await _entry_or_gone(update, context, data.participant)
    if entry is None:
        return
    await acknowledge(update)
    await show_card(update, context, entry)


@guarded("focalpoints")
async def export_pressed(update: Update, context: Context) -> None:
    """The directory as a file, in the officer's language (every person, whatever the search)."""
    data = Export.of(update)
    try:
        fmt = DirectoryFormat(data.format) if data else None
    except ValueError:
        fmt = None
    if fmt is None:
        await stale_button(update, context)
        return
    await acknowledge(update)
    language = context.language
    viewer = await _viewer(update, context)
    now = context.deps.now()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"focal-points-{now:%Y-%m-%d}.{fmt.value}"
        count = await write_directory(context.db, fmt, path, context.catalog, language)
        await audit.record(
            context.db,
            "directory.export",
            actor_id=None,
            actor_participant_id=viewer.id,
            actor_telegram_id=viewer.telegram_id,
            format=fmt.value,
            rows=count,
            source="bot",
        )
        caption = context.catalog.t(
            language,
            "fp-export-caption",
            date=Catalog.date(language, now.astimezone(context.deps.consultation.zone).date()),
            count=count,
        )
        await context.bot.send_document(
            update.effective_chat.id,  # type: ignore[union-attr]
            document=InputFile(path.read_bytes(), filename=path.name),
            caption=caption,
        )


@guarded("focalpoints")
async def successor_pressed(update: Update, context: Context) -> None:
    """A new link for the person's State (one use, the usual days), as /invite makes it."""
    from handlers import invitations

    data = Successor.of(update)
    if data is None:
        await stale_button(update, context)
        return
    entry = await _entry_or_gone(update, context, data.participant)
    if entry is None:
        return
    await acknowledge(update)
    await invitations.create_and_send(
        update, context, entry.country_code, invitations.DEFAULT_USES, invitations.DEFAULT_DAYS
    )


# -- deactivating and reactivating (admins) ------------------------------------------------------


def _reason_buttons(
    context: Context, language: str, codes: tuple[str, ...], data_for: object, typed: CallbackData
) -> list[InlineKeyboardButton]:
    t = context.catalog.t
    buttons = [keyboards.press(t(language, "reason-" + code.replace("_", "-")), data_for(code)) for code in codes]  # type: ignore[operator]
    buttons.append(keyboards.press(t(language, "reason-type"), typed))
    return buttons


@guarded("focalpoints_manage")
async def deactivate_pressed(update: Update, context: Context) -> None:
    """Deactivate: the reason is asked first (a standard one, or typed)."""
    data = Deactivate.of(update)
    if data is None:
        await stale_button(update, context)
        return
    entry = await _entry_or_gone(update, context, data.participant)
    if entry is None:
        return
    await acknowledge(update)
    language = context.language
    if entry.status is not DirectoryStatus.ACTIVE:
        await show_card(
            update, context, entry, context.t("fp-not-possible", status=context.t(f"fp-status-{entry.status.value}"))
        )
        return
    pid = entry.participant_id
    buttons = _reason_buttons(
        context, language, DEACTIVATION_REASONS, lambda code: DeactivateReason(pid, code), DeactivateTyped(pid)
    )
    buttons.append(keyboards.press(context.t("fp-no"), Open(pid)))
    text = context.t(
        "fp-deactivate-why", name=entry.full_name or "", country=countries.name(entry.country_code, language)
    )
    await replace_message(update, context, text, keyboards.rows(buttons, per_row=1))


async def _confirm_deactivation(
    update: Update, context: Context, entry: DirectoryEntry, code: str, reason: str
) -> None:
    language = context.language
    keyboard = keyboards.rows(
        [
            keyboards.press(context.t("fp-deactivate-yes"), DeactivateYes(entry.participant_id, code)),
            keyboards.press(context.t("fp-no"), Open(entry.participant_id)),
        ],
        per_row=1,
    )
    text = context.t(
        "fp-deactivate-confirm",
        name=entry.full_name or "",
        country=countries.name(entry.country_code, language),
        reason=reason,
    )
    await replace_message(update, context, text, keyboard)


@guarded("focalpoints_manage")
async def deactivate_reason_pressed(update: Update, context: Context) -> None:
    data = DeactivateReason.of(update)
    if data is None or data.reason not in DEACTIVATION_REASONS:
        await stale_button(update, context)
        return
    entry = await _entry_or_gone(update, context, data.participant)
    if entry is None:
        return
    await acknowledge(update)
    reason = reason_text(context.catalog, context.language, data.reason, None)
    await _confirm_deactivation(update, context, entry, data.reason, reason)


@guarded("focalpoints_manage")
async def deactivate_typed_pressed(update: Update, context: Context) -> object:
    """Type another reason: the next message is the reason (the conversation's one step)."""
    data = DeactivateTyped.of(update)
    if data is None:
        await stale_button(update, context)
        return ConversationHandler.END
    await acknowledge(update)
    viewer = await _viewer(update, context)
    await staff_drafts.update(context.db, viewer.id, FLOW, act="deactivate", participant=data.participant, reason=None)
    await say(update, context, "fp-type-reason", max=directory.MAX_REASON)
    return TYPE_REASON


@guarded("focalpoints_manage")
async def deactivate_confirmed(update: Update, context: Context) -> None:
    """Yes, deactivate: done once (a second press finds the person no longer active)."""
    data = DeactivateYes.of(update)
    if data is None or (data.reason not in DEACTIVATION_REASONS and data.reason != TYPED):
        await stale_button(update, context)
        return
    viewer = await _viewer(update, context)
    if data.reason == TYPED:
        saved = await staff_drafts.load(context.db, viewer.id, FLOW)
        if saved.get("participant") != data.participant or not saved.get("reason"):
            await stale_button(update, context)
            return
        reason = Reason(text=str(saved["reason"]))
    else:
        reason = Reason(code=data.reason)
    entry = await _entry_or_gone(update, context, data.participant)
    if entry is None:
        return
    await acknowledge(update)
    person = await participants.get(context.db, entry.participant_id)
    assert person is not None
    notice = await _notice(
        context,
        person,
        "fp-you-are-deactivated",
        reason=reason_text(context.catalog, person.language, reason.code, reason.text),
    )
    done = await directory.deactivate(
        context.db, entry.participant_id, reason=reason, actor=viewer, now=context.deps.now(), notice=notice
    )
    await _after_act(update, context, entry.participant_id, done, "fp-deactivated-staff")


@guarded("focalpoints_manage")
async def reactivate_pressed(update: Update, context: Context) -> None:
    data = Reactivate.of(update)
    if data is None:
        await stale_button(update, context)
        return
    entry = await _entry_or_gone(update, context, data.participant)
    if entry is None:
        return
    await acknowledge(update)
    keyboard = keyboards.rows(
        [
            keyboards.press(context.t("fp-reactivate-yes"), ReactivateYes(entry.participant_id)),
            keyboards.press(context.t("fp-no"), Open(entry.participant_id)),
        ],
        per_row=1,
    )
    text = context.t(
        "fp-reactivate-confirm",
        name=entry.full_name or "",
        country=countries.name(entry.country_code, context.language),
    )
    await replace_message(update, context, text, keyboard)


@guarded("focalpoints_manage")
async def reactivate_confirmed(update: Update, context: Context) -> None:
    data = ReactivateYes.of(update)
    if data is None:
        await stale_button(update, context)
        return
    entry = await _entry_or_gone(update, context, data.participant)
    if entry is None:
        return
    await acknowledge(update)
    viewer = await _viewer(update, context)
    person = await participants.get(context.db, entry.participant_id)
    assert person is not None
    notice = await _notice(context, person, "fp-you-are-reactivated")
    done = await directory.reactivate(
        context.db, entry.participant_id, actor=viewer, now=context.deps.now(), notice=notice
    )
    await _after_act(update, context, entry.participant_id, done, "fp-reactivated-staff")


async def _notice(context: Context, person: Participant, key: str, **args: object) -> Notice | None:
    """The person's message, in their language (with the secretariat's address where it asks
    to contact it); None if they have no chat with the bot."""
    chat_id = person.chat_id or person.telegram_id
    if person.status is ParticipantStatus.ERASED or chat_id is None:
        return None
    language = person.language
    country = countries.name(person.country_code, language, "running")
    text = await facts.contact_text(context, language, key, country=country, **args)
    return Notice(text=text, chat_id=chat_id, language=language)


async def _after_act(
    update: Update, context: Context, participant_id: int, done: Participant | None, key: str, **args: object
) -> None:
    """The officer sees the outcome on the person's card; the outbox sends the person's message."""
    entry = await directory.get_entry(context.db, participant_id)
    if entry is None:
        await say(update, context, "fp-gone")
        return
    if done is None:
        lead = context.t("fp-not-possible", status=context.t(f"fp-status-{entry.status.value}"))
    else:
        lead = context.t(
            key, name=entry.full_name or "", country=countries.name(entry.country_code, context.language), **args
        )
        if context.deps.sender is not None:
            context.deps.sender.wake()
    await show_card(update, context, entry, lead)


# -- moving to another State (admins) --------------------------------------------------------------


@guarded("focalpoints_manage")
async def move_pressed(update: Update, context: Context) -> object:
    """Move: the State's name is typed (the conversation's other step)."""
    data = Move.of(update)
    if data is None:
        await stale_button(update, context)
        return ConversationHandler.END
    entry = await _entry_or_gone(update, context, data.participant)
    if entry is None:
        return ConversationHandler.END
    await acknowledge(update)
    viewer = await _viewer(update, context)
    await staff_drafts.update(context.db, viewer.id, FLOW, act="move", participant=entry.participant_id, reason=None)
    await say(update, context, "fp-move-ask", name=entry.full_name or "")
    return TYPE_STATE


async def _confirm_move(update: Update, context: Context, entry: DirectoryEntry, code: str) -> None:
    language = context.language
    keyboard = keyboards.rows(
        [
            keyboards.press(context.t("fp-move-yes"), MoveYes(entry.participant_id, code)),
            keyboards.press(context.t("fp-no"), Open(entry.participant_id)),
        ],
        per_row=1,
    )
    text = context.t(
        "fp-move-confirm",
        name=entry.full_name or "",
        to=countries.name(code, language),
        **{"from": countries.name(entry.country_code, language)},
    )
    if update.callback_query is None:
        await send_text(update, context, text, keyboard)
    else:
        await replace_message(update, context, text, keyboard)


@guarded("focalpoints_manage")
async def state_typed(update: Update, context: Context) -> object:
    viewer = await _viewer(update, context)
    saved = await staff_drafts.load(context.db, viewer.id, FLOW)
    entry = await directory.get_entry(context.db, int(saved.get("participant") or 0))
    if saved.get("act") != "move" or entry is None:
        await say(update, context, "fp-gone")
        return ConversationHandler.END
    typed = (update.effective_message.text or "").strip()  # type: ignore[union-attr]
    if len(typed) > MAX_QUERY:
        await say(update, context, "too-long-input", length=len(typed), max=MAX_QUERY)
        return TYPE_STATE
    found = countries.match(typed)
    if found.country is not None:
        if found.country.code == entry.country_code:
            await say(
                update,
                context,
                "fp-move-same",
                name=entry.full_name or "",
                country=countries.name(entry.country_code, context.language),
            )
            return TYPE_STATE
        await _confirm_move(update, context, entry, found.country.code)
        return ConversationHandler.END
    if found.candidates:
        pid = entry.participant_id
        keyboard = keyboards.candidate_states(found.candidates, context.language, lambda code: MoveTo(pid, code))
        await say(update, context, "fp-move-which", keyboard, text=typed[:100])
        return ConversationHandler.END
    await say(update, context, "fp-move-unknown", text=typed[:100])
    return TYPE_STATE


@guarded("focalpoints_manage")
async def move_to_pressed(update: Update, context: Context) -> None:
    """One of the States offered for a typed name: asked once more."""
    data = MoveTo.of(update)
    if data is None or countries.get(data.country) is None:
        await stale_button(update, context)
        return
    entry = await _entry_or_gone(update, context, data.participant)
    if entry is None:
        return
    await acknowledge(update)
    await _confirm_move(update, context, entry, data.country)


@guarded("focalpoints_manage")
async def move_confirmed(update: Update, context: Context) -> None:
    data = MoveYes.of(update)
    if data is None or countries.get(data.country) is None:
        await stale_button(update, context)
        return
    entry = await _entry_or_gone(update, context, data.participant)
    if entry is None:
        return
    await acknowledge(update)
    viewer = await _viewer(update, context)
    person = await participants.get(context.db, entry.participant_id)
    assert person is not None
    chat_id = person.chat_id or person.telegram_id
    notice = None
    if person.status is ParticipantStatus.APPROVED and chat_id is not None:
        language = person.language
        text = context.catalog.t(
            language, "fp-you-are-moved", country=countries.name(data.country, language, "running")
        )
        notice = Notice(text=text, chat_id=chat_id, language=language)
    done = await directory.move(
        context.db, entry.participant_id, country_code=data.country, actor=viewer, now=context.deps.now(), notice=notice
    )
    await _after_act(
        update, context, entry.participant_id, done, "fp-moved-staff", to=countries.name(data.country, context.language)
    )


# -- rejecting a registration, with a reason ----------------------------------------------------------


async def ask_rejection_reason(update: Update, context: Context, participant_id: int, source: str) -> None:
    """Reject (handlers/roles.py): the reason first, a standard one or typed; nothing decided yet."""
    person = await participants.get(context.db, participant_id)
    language = context.language
    if person is None or person.status is not ParticipantStatus.PENDING:
        from handlers import roles

        status = person.status.value if person is not None else "erased"
        await replace_message(update, context, context.t("role-already-decided", status=status), None)
        if source == roles.FROM_LIST:
            text, keyboard = await roles.pending_view(context, language)
            await send_text(update, context, text, keyboard)
        return
    buttons = _reason_buttons(
        context,
        language,
        REJECTION_REASONS,
        lambda code: RejectReason(participant_id, code, source),
        RejectTyped(participant_id, source),
    )
    buttons.append(keyboards.press(context.t("role-reject-none"), RejectReason(participant_id, NO_REASON, source)))
    text = context.t(
        "role-reject-why", name=person.full_name or "", country=countries.name(person.country_code, language)
    )
    await replace_message(update, context, text, keyboards.rows(buttons, per_row=1))


@guarded("approve")
async def reject_reason_pressed(update: Update, context: Context) -> None:
    data = RejectReason.of(update)
    if data is None or (data.reason not in REJECTION_REASONS and data.reason != NO_REASON):
        await stale_button(update, context)
        return
    await acknowledge(update)
    reason = Reason(code=data.reason) if data.reason != NO_REASON else Reason()
    await reject_with(update, context, data.participant, reason, data.source)


@guarded("approve")
async def reject_typed_pressed(update: Update, context: Context) -> object:
    data = RejectTyped.of(update)
    if data is None:
        await stale_button(update, context)
        return ConversationHandler.END
    await acknowledge(update)
    viewer = await _viewer(update, context)
    await staff_drafts.update(
        context.db, viewer.id, FLOW, act="reject", participant=data.participant, source=data.source, reason=None
    )
    await say(update, context, "fp-type-reason", max=directory.MAX_REASON)
    return TYPE_REASON


async def reject_with(update: Update, context: Context, participant_id: int, reason: Reason, source: str) -> None:
    """Reject, telling the person in their language (with the reason), through the outbox."""
    from handlers import roles

    viewer = await _viewer(update, context)
    language = context.language
    person = await participants.get(context.db, participant_id)
    notice = None
    if person is not None and person.status is ParticipantStatus.PENDING and (person.chat_id or person.telegram_id):
        their = person.language
        country = countries.name(person.country_code, their, "running")
        text = await facts.contact_text(context, their, "role-you-are-rejected", country=country)
        said = reason_text(context.catalog, their, reason.code, reason.text)
        if said:
            text += "\n\n" + context.catalog.t(their, "fp-rejected-reason", reason=said)
        notice = Notice(text=text, chat_id=person.chat_id or person.telegram_id, language=their)
    decided = await directory.reject(
        context.db, participant_id, reason=reason, actor=viewer, now=context.deps.now(), notice=notice
    )
    if decided is None:
        current = await participants.get(context.db, participant_id)
        outcome = context.t("role-already-decided", status=current.status.value if current else "erased")
    else:
        if context.deps.sender is not None:
            context.deps.sender.wake()
        outcome = context.t(
            "role-rejected-staff", name=decided.full_name or "", country=countries.name(decided.country_code, language)
        )
    if source == roles.FROM_LIST:
        text, keyboard = await roles.pending_view(context, language, lead=outcome)
        await replace_message(update, context, text, keyboard)
    else:
        await replace_message(update, context, outcome, None)


# -- the typed reason (deactivation or rejection) ---------------------------------------------------------


@guarded("focalpoints")
async def reason_typed(update: Update, context: Context) -> object:
    """The typed reason: kept in the draft, then the deactivation is confirmed, or the
    registration rejected (its reason chosen is the decision)."""
    viewer = await _viewer(update, context)
    typed = " ".join((update.effective_message.text or "").split())  # type: ignore[union-attr]
    if len(typed) > directory.MAX_REASON:
        await say(update, context, "fp-reason-too-long", length=len(typed), max=directory.MAX_REASON)
        return TYPE_REASON
    if not typed:
        await say(update, context, "fp-reason-not-text")
        return TYPE_REASON
    saved = await staff_drafts.update(context.db, viewer.id, FLOW, reason=typed)
    participant_id = int(saved.get("participant") or 0)
    if saved.get("act") == "reject" and viewer.is_staff:
        await reject_with(update, context, participant_id, Reason(text=typed), str(saved.get("source") or ""))
        return ConversationHandler.END
    entry = await directory.get_entry(context.db, participant_id)
    if saved.get("act") != "deactivate" or entry is None or viewer.role is not Role.ADMIN:
        await say(update, context, "fp-gone")
        return ConversationHandler.END
    await _confirm_deactivation(update, context, entry, TYPED, typed)
    return ConversationHandler.END


@guarded("cancel")
async def cancel(update: Update, context: Context) -> object:
    """/cancel while typing a reason or a State: nothing changes."""
    viewer = await participant_of(update, context)
    if viewer is not None:
        await staff_drafts.update(context.db, viewer.id, FLOW, act=None, participant=None, reason=None)
    await say(update, context, "fp-cancelled")
    return ConversationHandler.END


async def not_text(update: Update, context: Context) -> object:
    await say(update, context, "fp-reason-not-text")
    return TYPE_REASON


async def state_not_text(update: Update, context: Context) -> object:
    viewer = await participant_of(update, context)
    saved = await staff_drafts.load(context.db, viewer.id, FLOW) if viewer else {}
    entry = await directory.get_entry(context.db, int(saved.get("participant") or 0))
    await say(update, context, "fp-move-ask", name=(entry.full_name if entry else None) or "")
    return TYPE_STATE


def handlers() -> list[BaseHandler[Update, Context, object]]:
    typing = ConversationHandler(
        entry_points=[
            CallbackQueryHandler(deactivate_typed_pressed, pattern=DeactivateTyped.pattern()),
            CallbackQueryHandler(move_pressed, pattern=Move.pattern()),
            CallbackQueryHandler(reject_typed_pressed, pattern=RejectTyped.pattern()),
        ],
        states={
            TYPE_REASON: [
                MessageHandler(flow.TEXT, reason_typed),
                MessageHandler(flow.ANY_MESSAGE, guarded("focalpoints")(not_text)),
            ],
            TYPE_STATE: [
                MessageHandler(flow.TEXT, state_typed),
                MessageHandler(flow.ANY_MESSAGE, guarded("focalpoints")(state_not_text)),
            ],
        },
        fallbacks=[CommandHandler("cancel", cancel)],
        name="focalpoints",
        persistent=True,
        allow_reentry=True,
    )
    return [
        typing,
        CommandHandler("focalpoints", focalpoints_command),
        CallbackQueryHandler(page_pressed, pattern=Page.pattern()),
        CallbackQueryHandler(open_pressed, pattern=Open.pattern()),
        CallbackQueryHandler(export_pressed, pattern=Export.pattern()),
        CallbackQueryHandler(successor_pressed, pattern=Successor.pattern()),
        CallbackQueryHandler(deactivate_pressed, pattern=Deactivate.pattern()),
        CallbackQueryHandler(deactivate_reason_pressed, pattern=DeactivateReason.pattern()),
        CallbackQueryHandler(deactivate_confirmed, pattern=DeactivateYes.pattern()),
        CallbackQueryHandler(reactivate_pressed, pattern=Reactivate.pattern()),
        CallbackQueryHandler(reactivate_confirmed, pattern=ReactivateYes.pattern()),
        CallbackQueryHandler(move_to_pressed, pattern=MoveTo.pattern()),
        CallbackQueryHandler(move_confirmed, pattern=MoveYes.pattern()),
        CallbackQueryHandler(reject_reason_pressed, pattern=RejectReason.pattern()),
        CallbackQueryHandler(stale_button, pattern=callbacks.prefix_pattern(PREFIX)),
    ]
