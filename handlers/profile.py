"""Profile and privacy: /profile shows one's details and corrects one field at a time;
/forget erases one's personal data after a confirmation.

What the person's country submitted stays, as the government's input (its files renamed after
its reference); the person's details, drafts, conversation states and Telegram ids are removed
(storage/erasure.py), and the user is told exactly that.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import (
    Application,
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
)

from handlers import callbacks, command_menus, flow, keyboards
from handlers.access import guarded
from handlers.callbacks import CallbackData
from handlers.context import DEPS_KEY, Context, Deps
from handlers.replies import acknowledge, participant_of, say, send_text
from prompts import Catalog, countries
from storage import attachments, erasure, registration
from storage.models import Participant, ParticipantStatus, Role

logger = logging.getLogger(__name__)

EDIT_VALUE = "edit_value"

PREFIX = "prof"
# Callback keys of the fields a user may correct (the country is fixed: the secretariat changes it).
EDITABLE = {"name": "full_name", "title": "title", "org": "organisation", "email": "email"}
QUESTION = {
    "full_name": "reg-ask-name",
    "title": "reg-ask-title",
    "organisation": "reg-ask-organisation",
    "email": "reg-ask-email",
}
DRAFT_KEY = "profile_edit"


# -- the buttons: `prof:<action>[:<field>]` -----------------------------------------------------------


@dataclass(frozen=True)
class EditField(CallbackData, prefix=PREFIX, action="edit"):
    field: str  # a key of EDITABLE


@dataclass(frozen=True)
class Forget(CallbackData, prefix=PREFIX, action="forget"):
    pass


@dataclass(frozen=True)
class ForgetConfirmed(CallbackData, prefix=PREFIX, action="forget_yes"):
    pass


@dataclass(frozen=True)
class ForgetDeclined(CallbackData, prefix=PREFIX, action="forget_no"):
    pass


# -- rendering (also used by registration's summary) ----------------------------------------


def details(
    context: Context,
    language: str,
    *,
    country_code: str | None,
    full_name: str | None,
    title: str | None,
    organisation: str | None,
    email: str | None,
    chosen_language: str | None,
) -> str:
    """The person's details, one per line, in `language` (a dash for what is not given)."""
    t = context.catalog.t
    missing = t(language, "prof-not-given")
    return t(
        language,
        "prof-details",
        country=countries.name(country_code, language) if country_code else missing,
        name=full_name or missing,
        title=title or missing,
        organisation=organisation or missing,
        email=email or missing,
        chosen=Catalog.language_name(language, chosen_language) or missing,
    )


def summary_text(context: Context, participant: Participant) -> str:
    """The profile as shown by /profile and by /start for someone already registered."""
    t = context.catalog.t
    language = participant.language
    parts = [
        t(language, "prof-title"),
        details(
            context,
            language,
            country_code=participant.country_code,
            full_name=participant.full_name,
            title=participant.title,
            organisation=participant.organisation,
            email=participant.email,
            chosen_language=participant.language,
        ),
    ]
    if participant.is_staff:
        parts.append(t(language, f"prof-role-{participant.role.value}"))
    elif participant.is_deactivated:  # still "approved", but deactivated by an admin (issue 15)
        parts.append(t(language, "prof-status-deactivated"))
    else:
        parts.append(t(language, f"prof-status-{participant.status.value}"))
    parts.append(t(language, "prof-telegram-id", telegram_id=str(participant.telegram_id)))
    return "\n\n".join(parts)


def has_profile(participant: Participant | None) -> bool:
    """Registered (whatever the secretariat decided), or staff."""
    if participant is None or participant.status == ParticipantStatus.ERASED:
        return False
    return participant.is_staff or participant.status != ParticipantStatus.NEW


def profile_keyboard(context: Context, participant: Participant) -> InlineKeyboardMarkup:
    t = context.catalog.t
    language = participant.language
    buttons = [keyboards.press(t(language, f"prof-edit-{key}"), EditField(key)) for key in EDITABLE]
    buttons.append(keyboards.press(t(language, "menu-language"), keyboards.MenuLanguage()))
    buttons.append(keyboards.press(t(language, "prof-forget-button"), Forget()))
    return keyboards.rows(buttons, per_row=2)


async def show_summary(update: Update, context: Context, participant: Participant, *, editable: bool) -> None:
    keyboard = profile_keyboard(context, participant) if editable else None
    await send_text(update, context, summary_text(context, participant), keyboard)


# -- /profile and one-field corrections -------------------------------------------------------


@guarded("profile")
async def profile_command(update: Update, context: Context) -> int:
    """/profile (or the menu's button): the details, with a button per correctable field."""
    await acknowledge(update)
    participant = await participant_of(update, context)
    if participant is None or not has_profile(participant):
        await say(update, context, "prof-not-registered")
        return ConversationHandler.END
    await show_summary(update, context, participant, editable=True)
    return ConversationHandler.END


@guarded("profile")
async def edit_pressed(update: Update, context: Context) -> str | int:
    """An Edit button: remember which field (in the database) and ask for the new value."""
    data = EditField.of(update)
    field = EDITABLE.get(data.field) if data else None
    participant = await participant_of(update, context)
    if field is None or participant is None:
        return await _stale(update, context)
    await acknowledge(update)
    if not has_profile(participant):
        await say(update, context, "prof-not-registered")
        return ConversationHandler.END
    await registration.save_draft(context.db, participant.id, context.deps.now(), **{DRAFT_KEY: field})
    return await _ask(update, context, participant, field)


async def _ask(update: Update, context: Context, participant: Participant, field: str, lead: str | None = None) -> str:
    t = context.catalog.t
    language = participant.language
    parts = [lead] if lead else []
    parts.append(t(language, QUESTION[field]))
    current = getattr(participant, field)
    if current:
        parts.append(t(language, "reg-current-value", value=current))
    parts.append(t(language, "prof-edit-cancel-hint"))
    await context.bot.send_message(update.effective_chat.id, "\n\n".join(parts))  # type: ignore[union-attr]
    return EDIT_VALUE


async def _editing(update: Update, context: Context) -> tuple[Participant | None, str | None]:
    participant = await participant_of(update, context)
    if participant is None or not has_profile(participant):
        return participant, None
    draft = await registration.get_draft(context.db, participant.id)
    field = draft.data.get(DRAFT_KEY) if draft else None
    return participant, field if field in QUESTION else None


@guarded("profile")
async def new_value(update: Update, context: Context) -> str | int:
    """The corrected value: checked, stored, and the profile shown again."""
    participant, field = await _editing(update, context)
    if participant is None or field is None:
        await say(update, context, "prof-not-registered" if not has_profile(participant) else "prof-no-edit")
        return ConversationHandler.END
    raw = update.effective_message.text or ""  # type: ignore[union-attr]
    answer = registration.check_email(raw) if field == "email" else registration.check_text(field, raw)
    if answer.value is None:
        problem = problem_text(context, participant.language, answer, field)
        return await _ask(update, context, participant, field, lead=problem)
    updated = await registration.update_detail(context.db, participant, field, answer.value, context.deps.now())
    # Only the correction's own note goes: a registration paused meanwhile stays as it was.
    await registration.forget_key(context.db, participant.id, DRAFT_KEY, context.deps.now())
    await say(update, context, "prof-updated", language=updated.language)
    await show_summary(update, context, updated, editable=True)
    return ConversationHandler.END


@guarded("profile")
async def unreadable_value(update: Update, context: Context) -> str | int:
    """A sticker, photo, voice note... where the new value is expected: asked again."""
    participant, field = await _editing(update, context)
    if participant is None or field is None:  # e.g. the details were erased meanwhile
        await say(update, context, "prof-not-registered" if not has_profile(participant) else "prof-no-edit")
        return ConversationHandler.END
    lead = context.catalog.t(participant.language, "reg-not-text")
    return await _ask(update, context, participant, field, lead=lead)


@guarded("cancel")
async def cancel_edit(update: Update, context: Context) -> int:
    """/cancel during a correction: nothing changes."""
    participant = await participant_of(update, context)
    if participant is not None:
        draft = await registration.get_draft(context.db, participant.id)
        if draft is not None and DRAFT_KEY in draft.data:
            await registration.forget_key(context.db, participant.id, DRAFT_KEY, context.deps.now())
    await say(update, context, "prof-edit-cancelled")
    return ConversationHandler.END


def problem_text(context: Context, language: str, answer: registration.Answer, field: str) -> str:
    """Why an answer was not accepted, in the user's language (shared with registration)."""
    t = context.catalog.t
    if answer.problem == "too_long":
        return t(language, "too-long-input", length=answer.length, max=registration.MAX_LENGTH[field])
    if answer.problem == "email":
        return t(language, "reg-bad-email")
    if answer.problem == "no_letter":
        return t(language, "reg-no-letter")
    return t(language, "reg-empty")


async def _stale(update: Update, context: Context) -> int:
    from handlers.common import stale_button

    await stale_button(update, context)
    return ConversationHandler.END


# -- /forget ------------------------------------------------------------------------------------


async def _holds_data(context: Context, participant: Participant | None) -> bool:
    """Anyone the bot has a row for: it holds their Telegram id at least (an erased row no
    longer does, and is no longer found by it)."""
    return participant is not None and participant.status != ParticipantStatus.ERASED


@guarded("forget")
async def forget_command(update: Update, context: Context) -> None:
    """/forget (or the profile's button): say what will be erased and what stays; ask to confirm."""
    await acknowledge(update)
    participant = await participant_of(update, context)
    if not await _holds_data(context, participant):
        await say(update, context, "prof-forget-nothing")
        return
    assert participant is not None
    language = participant.language
    t = context.catalog.t
    keyboard = keyboards.rows(
        [
            keyboards.press(t(language, "prof-forget-yes"), ForgetConfirmed()),
            keyboards.press(t(language, "prof-forget-no"), ForgetDeclined()),
        ],
        per_row=1,
    )
    key = "prof-forget-confirm-staff" if participant.role != Role.FOCAL_POINT else "prof-forget-confirm"
    await say(update, context, key, keyboard)


@guarded("forget")
async def forget_confirmed(update: Update, context: Context) -> None:
    """Erase: name, title, organisation and e-mail removed; the country's submissions stay."""
    await acknowledge(update)
    participant = await participant_of(update, context)
    if not await _holds_data(context, participant):
        await say(update, context, "prof-forget-nothing")
        return
    assert participant is not None
    erased = await _erase(context.deps, participant, update_id=update.update_id)
    if participant.is_staff:  # an officer's own menu and menu button go with the role's data
        await command_menus.reset_menu(context.application, participant)
    _end_conversations(context, participant.telegram_id, participant.chat_id)
    context.user_data.clear()  # type: ignore[union-attr]
    await say(update, context, "prof-forget-done", language=erased.participant.language)


async def _erase(
    deps: Deps, participant: Participant, *, checkpoint: bool = True, update_id: int | None = None
) -> erasure.Erasure:
    """The erasure, then the files no row refers to any more, then the write-ahead log emptied
    (its older page versions still hold what was erased)."""
    erased = await erasure.erase(deps.db, participant, deps.now(), update_id=update_id)
    await attachments.remove_unreferenced(deps.db, deps.attachments_dir, erased.dropped_files)
    if checkpoint and not await deps.db.checkpoint():
        logger.warning("erasure of participant %s: the write-ahead log is still in use", participant.id)
    logger.info("participant %s erased", participant.id)
    return erased


async def complete_earlier_erasures(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """At start-up: erasures made by an earlier version, which left Telegram ids, are finished."""
    deps: Deps = application.bot_data[DEPS_KEY]
    unfinished = await erasure.left_unfinished(deps.db)
    for participant in unfinished:
        await _erase(deps, participant, checkpoint=False)
    if unfinished and not await deps.db.checkpoint():
        logger.warning("earlier erasures completed: the write-ahead log is still in use")


def _end_conversations(context: Context, *ids: int | None) -> None:
    """End the person's conversations in this process too (their stored states went with the
    erasure): each is then written as ended, and the next message starts afresh. PTB has no
    public way to end another handler's conversation, hence its conversations mapping."""
    for group in context.application.handlers.values():
        for handler in group:
            if isinstance(handler, ConversationHandler):
                conversations = handler._conversations
                for key in [key for key in conversations if any(i is not None and i in key for i in ids)]:
                    del conversations[key]


@guarded("forget")
async def forget_declined(update: Update, context: Context) -> None:
    """Keep my data: nothing changes."""
    await acknowledge(update)
    await say(update, context, "prof-forget-kept")


async def other_button(update: Update, context: Context) -> None:
    """A `prof:` button this module does not know (forged or from an older version)."""
    from handlers.common import stale_button

    await stale_button(update, context)


def handlers() -> list[BaseHandler[Update, Context, object]]:
    return [
        ConversationHandler(
            entry_points=[CallbackQueryHandler(edit_pressed, pattern=EditField.pattern())],
            states={
                EDIT_VALUE: [MessageHandler(flow.TEXT, new_value), MessageHandler(flow.ANY_MESSAGE, unreadable_value)],
            },
            fallbacks=[
                CommandHandler("cancel", cancel_edit),
                CommandHandler("profile", profile_command),
                CallbackQueryHandler(profile_command, pattern=keyboards.MenuProfile.pattern()),
            ],
            name="profile",
            persistent=True,
            allow_reentry=True,
        ),
        CommandHandler("profile", profile_command),
        CallbackQueryHandler(profile_command, pattern=keyboards.MenuProfile.pattern()),
        CommandHandler("forget", forget_command),
        CallbackQueryHandler(forget_command, pattern=Forget.pattern()),
        CallbackQueryHandler(forget_confirmed, pattern=ForgetConfirmed.pattern()),
        CallbackQueryHandler(forget_declined, pattern=ForgetDeclined.pattern()),
        CallbackQueryHandler(other_button, pattern=callbacks.prefix_pattern(PREFIX)),
    ]
