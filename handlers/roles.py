"""Roles and approvals: /grant and /revoke (admins: the secretariat role), /pending and the
Approve / Reject buttons for a registration made without an invitation link.

Every admin and secretariat officer is told of a new pending registration; the first decision
counts, a later press is told who decided. The role is checked when the button is pressed
(handlers/access.py), not when the message was sent.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import TelegramError
from telegram.ext import Application, BaseHandler, CallbackQueryHandler, CommandHandler

from handlers import callbacks, command_menus, facts, keyboards
from handlers.access import guarded
from handlers.callbacks import CallbackData
from handlers.comments import ConsultationChosen
from handlers.context import Context
from handlers.replies import acknowledge, replace_message, say
from prompts import countries
from services.core import definition_of
from storage import participants, registration
from storage.invitations import InvitationState
from storage.models import Participant, ParticipantStatus, Role

logger = logging.getLogger(__name__)

PREFIX = "role"
FROM_NOTICE = "n"  # the button was on the notice sent to each staff member
FROM_LIST = "l"  # the button was on the /pending list
PENDING_SHOWN = 20


# -- the buttons: `role:<decision>:<participant>:<source>` ----------------------------------------------


@dataclass(frozen=True)
class Approve(CallbackData, prefix=PREFIX, action="approve"):
    participant: int
    source: str  # FROM_NOTICE or FROM_LIST


@dataclass(frozen=True)
class Reject(CallbackData, prefix=PREFIX, action="reject"):
    participant: int
    source: str  # FROM_NOTICE or FROM_LIST


def entry_text(context: Context, language: str, participant: Participant) -> str:
    """One registration, as the secretariat reads it."""
    missing = context.catalog.t(language, "prof-not-given")
    return context.catalog.t(
        language,
        "role-pending-entry",
        name=participant.full_name or missing,
        title=participant.title or missing,
        organisation=participant.organisation or missing,
        country=countries.name(participant.country_code, language) or missing,
        email=participant.email or missing,
        telegram_id=str(participant.telegram_id),
    )


def decision_buttons(
    context: Context, language: str, participant_id: int, source: str, number: int | None = None
) -> list[InlineKeyboardButton]:
    t = context.catalog.t
    if number is None:
        approve, reject = t(language, "role-approve"), t(language, "role-reject")
    else:
        approve = t(language, "role-approve-number", number=number)
        reject = t(language, "role-reject-number", number=number)
    return [
        keyboards.press(approve, Approve(participant_id, source)),
        keyboards.press(reject, Reject(participant_id, source)),
    ]


async def notify_staff(context: Context, participant: Participant, problem: InvitationState | None = None) -> int:
    """Tell every admin and secretariat officer, in their language; returns how many were told."""
    told = 0
    for member in await participants.list_staff(context.db):
        if member.chat_id is None or member.status == ParticipantStatus.ERASED:
            continue
        language = member.language
        t = context.catalog.t
        parts = [t(language, "role-pending-notice"), entry_text(context, language, participant)]
        if problem is not None:
            parts.append(t(language, "role-pending-link-problem", problem=problem.value))
        keyboard = InlineKeyboardMarkup([decision_buttons(context, language, participant.id, FROM_NOTICE)])
        try:
            await context.bot.send_message(member.chat_id, "\n\n".join(parts), reply_markup=keyboard)
            told += 1
        except TelegramError as exc:  # one unreachable officer must not stop the others being told
            logger.warning("could not notify staff %s of pending registration: %s", member.telegram_id, exc)
    return told


async def tell_staff_of_pending(context: Context, participant_id: int | None = None) -> None:
    """Send the notices of pending registrations not sent yet (one person's, or all), each
    marked sent once the staff were told. storage/registration.complete queues the notice in
    the registration's own transaction, so a crash between the two loses no notice."""
    for notice in await registration.unsent_notices(context.db, participant_id):
        participant = await participants.get(context.db, notice.participant_id)
        if participant is not None and participant.status == ParticipantStatus.PENDING:
            await notify_staff(context, participant, notice.invitation_problem)
        await registration.notice_sent(context.db, notice.participant_id, context.deps.now())


async def send_unsent_notices(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """At start-up: the notices a crash kept from being sent."""
    await tell_staff_of_pending(Context(application))


# -- /pending -----------------------------------------------------------------------------------


async def pending_view(
    context: Context, language: str, lead: str | None = None
) -> tuple[str, InlineKeyboardMarkup | None]:
    t = context.catalog.t
    waiting = await participants.list_by_status(context.db, ParticipantStatus.PENDING)
    parts = [lead] if lead else []
    if not waiting:
        parts.append(t(language, "role-pending-none"))
        return "\n\n".join(parts), None
    parts.append(t(language, "role-pending-title", count=len(waiting)))
    rows = []
    for number, participant in enumerate(waiting[:PENDING_SHOWN], start=1):
        parts.append(f"{number}. {entry_text(context, language, participant)}")
        rows.append(decision_buttons(context, language, participant.id, FROM_LIST, number))
    if len(waiting) > PENDING_SHOWN:
        parts.append(t(language, "role-pending-more", count=len(waiting) - PENDING_SHOWN))
    return "\n\n".join(parts), InlineKeyboardMarkup(rows)


@guarded("pending")
async def pending_command(update: Update, context: Context) -> None:
    """/pending (or the menu's button): registrations waiting, each with Approve and Reject."""
    await acknowledge(update)
    language = context.language
    text, keyboard = await pending_view(context, language)
    await context.bot.send_message(update.effective_chat.id, text, reply_markup=keyboard)  # type: ignore[union-attr]


@guarded("approve")
async def decision_pressed(update: Update, context: Context) -> None:
    """Approve or Reject: the first decision counts; the focal point is told the outcome."""
    data = Approve.of(update) or Reject.of(update)
    if data is None:
        await stale(update, context)
        return
    await acknowledge(update)
    if isinstance(data, Reject):  # the reason is asked first (handlers/focalpoints.py)
        from handlers import focalpoints

        await focalpoints.ask_rejection_reason(update, context, data.participant, data.source)
        return
    staff_language = context.language
    participant_id = data.participant
    approve = isinstance(data, Approve)
    actor = update.effective_user.id  # type: ignore[union-attr]
    decided = await registration.decide(
        context.db, participant_id, approve=approve, actor_id=actor, now=context.deps.now()
    )
    t = context.catalog.t
    if decided is None:
        current = await participants.get(context.db, participant_id)
        status = current.status.value if current is not None else "erased"
        outcome = t(staff_language, "role-already-decided", status=status)
    else:
        key = "role-approved-staff" if approve else "role-rejected-staff"
        outcome = t(
            staff_language,
            key,
            name=decided.full_name or "",
            country=countries.name(decided.country_code, staff_language),
        )
        await tell_focal_point(context, decided)
    if data.source == FROM_LIST:
        text, keyboard = await pending_view(context, staff_language, lead=outcome)
        await replace_message(update, context, text, keyboard)
    else:
        await replace_message(update, context, outcome, None)


async def _named_consultation(context: Context, participant: Participant) -> tuple[int, str] | None:
    """(number, title) of the consultation a link named before the registration, if it is
    still open to the person's State: the approval offers to comment on it."""
    named = participant.named_consultation_id
    if named is None:
        return None
    for record in await context.deps.open_consultations(participant.country_code):
        if record.id == named:
            return named, definition_of(record).title.get(participant.language)
    return None


async def tell_focal_point(context: Context, participant: Participant) -> None:
    """The outcome, in the focal point's language; the main menu with it when approved."""
    if participant.chat_id is None:
        return
    language = participant.language
    country = countries.name(participant.country_code, language, "running")
    t = context.catalog.t
    try:
        if participant.status == ParticipantStatus.APPROVED:
            text = t(language, "role-you-are-approved", country=country)
            text += "\n\n" + await facts.facts_for(context, participant)
            menu = keyboards.main_menu(context.catalog, participant)
            named = await _named_consultation(context, participant)
            if named is not None:
                text += "\n\n" + t(language, "reg-named-consultation", id=named[0], title=named[1])
                button = keyboards.press(t(language, "reg-named-consultation-button"), ConsultationChosen(named[0]))
                menu = InlineKeyboardMarkup([[button], *menu.inline_keyboard])
            await context.bot.send_message(participant.chat_id, text, reply_markup=menu)
            if participant.named_consultation_id is not None:
                await participants.update_fields(context.db, participant.id, named_consultation_id=None)
        else:
            rejected = await facts.contact_text(context, language, "role-you-are-rejected", country=country)
            await context.bot.send_message(participant.chat_id, rejected)
    except TelegramError as exc:  # blocked the bot since: the decision stands, /start shows it
        logger.warning("could not tell participant %s of the decision: %s", participant.id, exc)


# -- /grant and /revoke ----------------------------------------------------------------------------


def _telegram_id(context: Context) -> int | None:
    args = context.args or []
    if len(args) != 1 or not args[0].isdecimal() or len(args[0]) > 15:
        return None
    return int(args[0])


async def staff_list(context: Context, language: str) -> str:
    t = context.catalog.t
    lines = []
    for member in await participants.list_staff(context.db):
        lines.append(
            t(
                language,
                "role-staff-entry",
                name=member.full_name or t(language, "prof-not-given"),
                telegram_id=str(member.telegram_id),
                role=member.role.value,
            )
        )
    return "\n".join(lines)


@guarded("grant")
async def grant_command(update: Update, context: Context) -> None:
    """/grant <Telegram ID>: that account becomes a secretariat officer."""
    language = context.language
    target = _telegram_id(context)
    if target is None:
        await say(update, context, "role-grant-usage", staff=await staff_list(context, language))
        return
    actor = update.effective_user.id  # type: ignore[union-attr]
    member, before = await participants.grant_secretariat(context.db, target, actor_id=actor)
    if before is not Role.FOCAL_POINT:
        await say(update, context, "role-grant-unchanged", telegram_id=str(target), role=before.value)
        return
    await command_menus.set_staff_menu(context.application, member)
    told = await _tell_role_change(context, member, "role-granted-you")
    await say(update, context, "role-granted" if told else "role-granted-not-told", telegram_id=str(target))


@guarded("revoke")
async def revoke_command(update: Update, context: Context) -> None:
    """/revoke <Telegram ID>: the secretariat role is taken back (admins are set in ADMIN_IDS)."""
    language = context.language
    target = _telegram_id(context)
    if target is None:
        await say(update, context, "role-revoke-usage", staff=await staff_list(context, language))
        return
    actor = update.effective_user.id  # type: ignore[union-attr]
    member, before = await participants.revoke_secretariat(context.db, target, actor_id=actor)
    if member is None or before is not Role.SECRETARIAT:
        await say(
            update, context, "role-revoke-unchanged", telegram_id=str(target), role=(before or Role.FOCAL_POINT).value
        )
        return
    await command_menus.reset_menu(context.application, member)
    told = await _tell_role_change(context, member, "role-revoked-you")
    await say(update, context, "role-revoked" if told else "role-revoked-not-told", telegram_id=str(target))


async def _tell_role_change(context: Context, member: Participant, key: str) -> bool:
    if member.chat_id is None:
        return False
    try:
        await context.bot.send_message(
            member.chat_id,
            context.catalog.t(member.language, key),
            reply_markup=keyboards.main_menu(context.catalog, member),
        )
    except TelegramError as exc:  # never wrote to the bot, or blocked it: the admin is told
        logger.info("could not tell %s of the role change: %s", member.telegram_id, exc)
        return False
    return True


async def stale(update: Update, context: Context) -> None:
    from handlers.common import stale_button

    await stale_button(update, context)


def handlers() -> list[BaseHandler[Update, Context, object]]:
    return [
        CommandHandler("pending", pending_command),
        CallbackQueryHandler(pending_command, pattern=keyboards.MenuPending.pattern()),
        CallbackQueryHandler(decision_pressed, pattern=Approve.pattern()),
        CallbackQueryHandler(decision_pressed, pattern=Reject.pattern()),
        CommandHandler("grant", grant_command),
        CommandHandler("revoke", revoke_command),
        CallbackQueryHandler(stale, pattern=callbacks.prefix_pattern(PREFIX)),
    ]
