"""/broadcast: the secretariat sends the renewed invitation, a reminder or its own text.

    /broadcast (or the menu's Broadcast button)
      -> CHOOSE_CONSULTATION (only with several consultations open): which one it concerns;
         the audiences are then the focal points of the States it invites, and the texts name it
      -> CHOOSE_MESSAGE: renewed invitation | reminder | a text of my own (-> TYPE_TEXT)
      -> CHOOSE_AUDIENCE: all approved focal points | countries without a submission |
         countries I choose (-> CHOOSE_COUNTRIES: typed names, suggestions, Done)
      -> CONFIRM: the message as each recipient will see it, one preview per language, the
         number of recipients; Send queues the broadcast (storage/broadcasts.py) and hands
         it to the sender (services/delivery/), whose progress message replaces "queued".

Each choice is saved in `staff_drafts` as it is made; a restart resumes at the same step.
The recipients are computed again when Send is pressed: someone approved in the meantime is
included, and the progress message shows the final number.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
)

from handlers import consultations, flow, keyboards
from handlers.access import guarded
from handlers.callbacks import CallbackData
from handlers.common import stale_button
from handlers.context import Context
from handlers.messages import render_message
from handlers.replies import acknowledge, edit_or_say, participant_of, replace_message, say, send_text
from prompts import LANGUAGES, Catalog, countries, typed
from storage import broadcasts, consultation_status, staff_drafts
from storage.broadcasts import Audience, AudienceKind, MessageKind
from storage.consultations import FIRST_ID, ConsultationRecord
from storage.models import Participant

CHOOSE_CONSULTATION = "choose_consultation"
CHOOSE_MESSAGE = "choose_message"
TYPE_TEXT = "type_text"
CHOOSE_AUDIENCE = "choose_audience"
CHOOSE_COUNTRIES = "choose_countries"
CONFIRM = "confirm"

PREFIX = "bc"
FLOW = "broadcast"
MAX_CUSTOM_CHARS = 3500  # leaves room for the heading within Telegram's 4096
MAX_COUNTRIES = 250


# -- the buttons: `bc:<action>[:<field>]` ----------------------------------------------------------


@dataclass(frozen=True)
class PickConsultation(CallbackData, prefix=PREFIX, action="cons"):
    consultation: int  # with several consultations open: the one the message concerns


@dataclass(frozen=True)
class PickMessage(CallbackData, prefix=PREFIX, action="msg"):
    kind: str  # a MessageKind


@dataclass(frozen=True)
class PickAudience(CallbackData, prefix=PREFIX, action="aud"):
    audience: str  # an AudienceKind


@dataclass(frozen=True)
class AddCountry(CallbackData, prefix=PREFIX, action="add"):
    country: str


@dataclass(frozen=True)
class ClearCountries(CallbackData, prefix=PREFIX, action="clear"):
    pass


@dataclass(frozen=True)
class CountriesDone(CallbackData, prefix=PREFIX, action="done"):
    pass


@dataclass(frozen=True)
class Send(CallbackData, prefix=PREFIX, action="send"):
    pass


@dataclass(frozen=True)
class Back(CallbackData, prefix=PREFIX, action="back"):
    step: str  # MESSAGE or AUDIENCE: what to change from the preview


MESSAGE, AUDIENCE = "msg", "aud"


@dataclass(frozen=True)
class Cancel(CallbackData, prefix=PREFIX, action="cancel"):
    pass


# -- the draft (saved at every step) ---------------------------------------------------------------


async def _officer(update: Update, context: Context) -> Participant:
    participant = await participant_of(update, context)
    assert participant is not None  # guarded("broadcast") let only staff through
    return participant


async def _draft(update: Update, context: Context) -> dict[str, Any]:
    return await staff_drafts.load(context.db, (await _officer(update, context)).id, FLOW)


async def _save(update: Update, context: Context, **changes: Any) -> dict[str, Any]:
    return await staff_drafts.update(context.db, (await _officer(update, context)).id, FLOW, **changes)


def _audience(draft: dict[str, Any]) -> Audience:
    return Audience.model_validate(draft.get("audience") or {})


async def _consultation_id(update: Update, context: Context) -> int:
    """The consultation this officer's broadcast concerns (the first unless chosen)."""
    return await staff_drafts.consultation_of(context.db, (await _officer(update, context)).id, FLOW)


async def _named(context: Context, consultation_id: int) -> int | None:
    """The consultation's id for the texts to name it, when the bot has several."""
    return consultation_id if len(await context.deps.consultations()) > 1 else None


async def _recipients(context: Context, draft: dict[str, Any], consultation_id: int) -> list[Participant]:
    """The draft's audience among the focal points of the States the consultation invites (the
    first consultation: every focal point, as its reminders); a reminder ("your Government's
    input has not been received") never goes to a country that has submitted to it, whatever
    audience was chosen. "Not submitted" counts this consultation's submissions only."""
    members = await broadcasts.audience_members(context.db, _audience(draft), consultation_id)
    if consultation_id != FIRST_ID:
        invited = (await context.deps.effective_consultation(consultation_id)).invited_countries
        if invited:
            members = [m for m in members if m.country_code in invited]
    if draft.get("kind") == MessageKind.REMINDER.value:
        answered = await consultation_status.submitted_countries(context.db, consultation_id)
        members = [m for m in members if m.country_code not in answered]
    return members


# -- keyboards -------------------------------------------------------------------------------------


def _message_keyboard(context: Context) -> Any:
    t, language = context.catalog.t, context.language
    return keyboards.rows(
        [
            keyboards.press(t(language, "broadcast-kind-invitation"), PickMessage(MessageKind.INVITATION.value)),
            keyboards.press(t(language, "broadcast-kind-reminder"), PickMessage(MessageKind.REMINDER.value)),
            keyboards.press(t(language, "broadcast-kind-custom"), PickMessage(MessageKind.CUSTOM.value)),
            keyboards.press(t(language, "broadcast-cancel-button"), Cancel()),
        ],
        per_row=1,
    )


async def _audience_keyboard(update: Update, context: Context, draft: dict[str, Any] | None = None) -> Any:
    """The audiences with how many would receive the draft's message (for a reminder, the
    countries that have submitted left out, as they will be)."""
    t, language = context.catalog.t, context.language
    draft = draft if draft is not None else await _draft(update, context)
    consultation_id = await _consultation_id(update, context)
    everyone = await _recipients(
        context, {**draft, "audience": Audience(kind=AudienceKind.ALL).model_dump()}, consultation_id
    )
    pending = await _recipients(
        context, {**draft, "audience": Audience(kind=AudienceKind.NOT_SUBMITTED).model_dump()}, consultation_id
    )
    return keyboards.rows(
        [
            keyboards.press(
                t(language, "broadcast-audience-all", count=len(everyone)), PickAudience(AudienceKind.ALL.value)
            ),
            keyboards.press(
                t(language, "broadcast-audience-not-submitted", count=len(pending)),
                PickAudience(AudienceKind.NOT_SUBMITTED.value),
            ),
            keyboards.press(t(language, "broadcast-audience-countries"), PickAudience(AudienceKind.COUNTRIES.value)),
            keyboards.press(t(language, "broadcast-cancel-button"), Cancel()),
        ],
        per_row=1,
    )


def _countries_keyboard(context: Context, suggestions: list[countries.Country]) -> Any:
    t, language = context.catalog.t, context.language
    buttons = [keyboards.press(c.name(language), AddCountry(c.code)) for c in suggestions]
    buttons += [
        keyboards.press(t(language, "broadcast-countries-done"), CountriesDone()),
        keyboards.press(t(language, "broadcast-countries-clear"), ClearCountries()),
        keyboards.press(t(language, "broadcast-cancel-button"), Cancel()),
    ]
    return keyboards.rows(buttons, per_row=1)


def _confirm_keyboard(context: Context) -> Any:
    t, language = context.catalog.t, context.language
    return keyboards.rows(
        [
            keyboards.press(t(language, "broadcast-send-button"), Send()),
            keyboards.press(t(language, "broadcast-change-message"), Back(MESSAGE)),
            keyboards.press(t(language, "broadcast-change-audience"), Back(AUDIENCE)),
            keyboards.press(t(language, "broadcast-cancel-button"), Cancel()),
        ],
        per_row=1,
    )


# -- steps -----------------------------------------------------------------------------------------


@guarded("broadcast")
async def start(update: Update, context: Context) -> str:
    """/broadcast or the menu button: a fresh draft; which message?"""
    await acknowledge(update)
    officer = await _officer(update, context)
    await staff_drafts.save(context.db, officer.id, FLOW, {})
    choices = await context.deps.open_consultations()
    if len(choices) > 1:
        await say(update, context, "broadcast-choose-consultation", _consultation_keyboard(context, choices))
        return CHOOSE_CONSULTATION
    await staff_drafts.set_consultation(context.db, officer.id, FLOW, choices[0].id if choices else FIRST_ID)
    await say(update, context, "broadcast-choose-message", _message_keyboard(context))
    return CHOOSE_MESSAGE


def _consultation_keyboard(context: Context, choices: list[ConsultationRecord]) -> Any:
    keyboard = consultations.choice_keyboard(context, choices, PickConsultation)
    cancel = keyboards.press(context.t("broadcast-cancel-button"), Cancel())
    return InlineKeyboardMarkup([*keyboard.inline_keyboard, [cancel]])


async def _open_choices(_update: Update, context: Context) -> Any:
    return _consultation_keyboard(context, await context.deps.open_consultations())


@guarded("broadcast")
async def consultation_chosen(update: Update, context: Context) -> str:
    """The consultation the message concerns (one still open): then which message."""
    pressed = PickConsultation.of(update)
    choices = {r.id for r in await context.deps.open_consultations()}
    if pressed is None or pressed.consultation not in choices:
        await stale_button(update, context)
        return CHOOSE_CONSULTATION
    await acknowledge(update)
    officer = await _officer(update, context)
    await staff_drafts.set_consultation(context.db, officer.id, FLOW, pressed.consultation)
    return await _ask_message(update, context)


async def _ask_message(update: Update, context: Context) -> str:
    await edit_or_say(update, context, "broadcast-choose-message", _message_keyboard(context))
    return CHOOSE_MESSAGE


async def _ask_audience(update: Update, context: Context, *, edit: bool = True) -> str:
    draft = await _draft(update, context)
    keyboard = await _audience_keyboard(update, context, draft)
    reminder = draft.get("kind") == MessageKind.REMINDER.value
    key = "broadcast-choose-audience-reminder" if reminder else "broadcast-choose-audience"
    if edit:
        await edit_or_say(update, context, key, keyboard)
    else:
        await say(update, context, key, keyboard)
    return CHOOSE_AUDIENCE


@guarded("broadcast")
async def message_chosen(update: Update, context: Context) -> str:
    """The kind of message: a template goes straight to the audience; custom asks for the text."""
    data = PickMessage.of(update)
    kind = data.kind if data else ""
    if kind not in {k.value for k in MessageKind}:
        await stale_button(update, context)
        return CHOOSE_MESSAGE
    await acknowledge(update)
    draft = await _save(update, context, kind=kind)
    if kind == MessageKind.CUSTOM.value:
        await edit_or_say(update, context, "broadcast-ask-text", max=MAX_CUSTOM_CHARS)
        return TYPE_TEXT
    if draft.get("audience"):  # "Change the message" from the preview: keep the recipients
        return await _preview(update, context)
    return await _ask_audience(update, context)


@guarded("broadcast")
async def text_typed(update: Update, context: Context) -> str:
    """The officer's own text: kept as typed, within the length a heading still fits with."""
    assert update.message is not None
    text = (update.message.text or "").strip()
    if not text:
        await say(update, context, "broadcast-text-only")
        return TYPE_TEXT
    if len(text) > MAX_CUSTOM_CHARS:
        await say(update, context, "too-long-input", length=len(text), max=MAX_CUSTOM_CHARS)
        return TYPE_TEXT
    draft = await _save(update, context, custom_text=text)
    if draft.get("audience"):
        return await _preview(update, context)
    return await _ask_audience(update, context, edit=False)


@guarded("broadcast")
async def audience_chosen(update: Update, context: Context) -> str:
    """All, not submitted, or chosen countries (asked next)."""
    data = PickAudience.of(update)
    choice = data.audience if data else ""
    if choice not in {k.value for k in AudienceKind}:
        await stale_button(update, context)
        return CHOOSE_AUDIENCE
    await acknowledge(update)
    if choice == AudienceKind.COUNTRIES.value:
        draft = await _draft(update, context)
        chosen = _audience(draft).countries if _audience(draft).kind is AudienceKind.COUNTRIES else []
        await _save(update, context, audience=Audience(kind=AudienceKind.COUNTRIES, countries=chosen).model_dump())
        await edit_or_say(update, context, "broadcast-ask-countries", _countries_keyboard(context, []))
        return CHOOSE_COUNTRIES
    await _save(update, context, audience=Audience(kind=AudienceKind(choice)).model_dump())
    return await _preview(update, context)


@guarded("broadcast")
async def countries_typed(update: Update, context: Context) -> str:
    """Country names or codes, separated by commas; the recognised ones are added."""
    assert update.message is not None
    draft = await _draft(update, context)
    chosen = list(_audience(draft).countries)
    read = typed.country_list(update.message.text or "")
    chosen += [code for code in read.codes if code not in chosen][: max(0, MAX_COUNTRIES - len(chosen))]
    # The first name that may mean several countries gets its suggestions; the others are listed.
    first = next((index for index, (_, found) in enumerate(read.unmatched) if found), None)
    ambiguous = read.unmatched[first] if first is not None else None
    unknown = [name for index, (name, _) in enumerate(read.unmatched) if index != first]
    await _save(update, context, audience=Audience(kind=AudienceKind.COUNTRIES, countries=chosen).model_dump())
    await _show_countries(update, context, chosen, unknown, ambiguous)
    return CHOOSE_COUNTRIES


async def _show_countries(
    update: Update,
    context: Context,
    chosen: list[str],
    unknown: list[str],
    ambiguous: tuple[str, list[countries.Country]] | None,
) -> None:
    language = context.language
    t = context.catalog.t
    chosen_only = {"audience": Audience(kind=AudienceKind.COUNTRIES, countries=chosen).model_dump()}
    members = await _recipients(context, chosen_only, await _consultation_id(update, context))
    per_country = {code: sum(1 for m in members if m.country_code == code) for code in chosen}
    lines = [t(language, "broadcast-countries-selected", count=len(chosen))]
    lines += [
        t(language, "broadcast-country-line", country=countries.name(code, language), focal=per_country[code])
        for code in chosen
    ]
    if unknown:
        lines.append(t(language, "broadcast-countries-unknown", names=", ".join(unknown[:10])))
    suggestions: list[countries.Country] = []
    if ambiguous is not None:
        lines.append(t(language, "broadcast-countries-suggest", text=ambiguous[0]))
        suggestions = ambiguous[1]
    await send_text(update, context, "\n".join(lines), _countries_keyboard(context, suggestions))


@guarded("broadcast")
async def country_button(update: Update, context: Context) -> str:
    """A suggested country added, the list cleared, or Done."""
    added = AddCountry.of(update)
    country = countries.get(added.country) if added is not None else None
    await acknowledge(update)
    draft = await _draft(update, context)
    chosen = list(_audience(draft).countries)
    if country is not None:
        if country.code not in chosen:
            chosen.append(country.code)
    elif ClearCountries.of(update) is not None:
        chosen = []
    elif CountriesDone.of(update) is not None:
        if not chosen:
            await say(update, context, "broadcast-countries-empty")
            return CHOOSE_COUNTRIES
        return await _preview(update, context)
    else:
        await stale_button(update, context)
        return CHOOSE_COUNTRIES
    await _save(update, context, audience=Audience(kind=AudienceKind.COUNTRIES, countries=chosen).model_dump())
    await _show_countries(update, context, chosen, [], None)
    return CHOOSE_COUNTRIES


async def _preview(update: Update, context: Context) -> str:
    """One preview per recipient language (exactly what they will get), then count and confirm."""
    draft = await _draft(update, context)
    language = context.language
    consultation_id = await _consultation_id(update, context)
    members = await _recipients(context, draft, consultation_id)
    if not members:
        await say(update, context, "broadcast-no-recipients")
        return await _ask_audience(update, context, edit=False)
    kind = MessageKind(draft.get("kind", MessageKind.INVITATION.value))
    consultation = await context.deps.effective_consultation(consultation_id)
    named = await _named(context, consultation_id)
    by_language = {code: sum(1 for m in members if m.language == code) for code in LANGUAGES}
    # Telegram allows about one message a second per chat after a short burst: one message
    # per language (heading and text together) and one to confirm keep the preview quick.
    t = context.catalog.t
    for code, count in by_language.items():
        if not count:
            continue
        text, keyboard = render_message(
            context.catalog, consultation, kind, draft.get("custom_text"), code, None, named
        )
        heading = t(language, "broadcast-preview-language", name=Catalog.language_name(language, code), count=count)
        await send_text(update, context, f"{heading}\n\n{text}", keyboard)
    lines = [t(language, "broadcast-preview-title"), t(language, "broadcast-confirm", count=len(members))]
    if named is not None:
        title = consultation.title.get(language)
        lines.insert(1, t(language, "consultations-of", id=consultation_id, title=title))
    unreachable = sum(1 for m in members if m.unreachable_at is not None)
    if unreachable:
        lines.append(t(language, "broadcast-confirm-unreachable", count=unreachable))
    await send_text(update, context, "\n\n".join(lines), _confirm_keyboard(context))
    return CONFIRM


@guarded("broadcast")
async def confirmed(update: Update, context: Context) -> str | int:
    """Send: the outbox is written in one transaction that also consumes the draft, then the
    sender is woken. The same Send again (a double tap, or the update redelivered after a
    crash) finds no draft: it is a stale button, and nothing is queued twice."""
    officer = await _officer(update, context)
    draft = await _draft(update, context)
    if not draft.get("kind") or not draft.get("audience"):
        await stale_button(update, context)
        return ConversationHandler.END
    await acknowledge(update)
    audience = _audience(draft)
    consultation_id = await _consultation_id(update, context)
    members = await _recipients(context, draft, consultation_id)
    if not members:
        await say(update, context, "broadcast-no-recipients")
        return await _ask_audience(update, context, edit=False)
    assert update.effective_chat is not None and update.effective_user is not None
    kind = MessageKind(draft["kind"])
    # The confirmation message itself becomes the progress message (one message fewer in a
    # chat where Telegram allows about one a second); it is recorded with the broadcast so
    # that the sender, which may start at once, edits it rather than sending another.
    query = update.callback_query
    pressed = query.message.message_id if query is not None and isinstance(query.message, Message) else None
    created = await broadcasts.create(
        context.db,
        draft_flow=FLOW,
        kind=kind,
        audience=audience,
        recipients=[broadcasts.recipient_for(m) for m in members],
        now=context.deps.now(),
        created_by=officer.id,
        actor_telegram_id=update.effective_user.id,
        custom_text=draft.get("custom_text") if kind is MessageKind.CUSTOM else None,
        progress_chat_id=update.effective_chat.id,
        progress_message_id=pressed,
        consultation_id=consultation_id,
    )
    if created is None:  # consumed meanwhile by the same Send arriving twice
        await say(update, context, "button-stale")
        return ConversationHandler.END
    ahead = await broadcasts.queue_position(context.db, created.id, context.deps.now())
    text = context.catalog.t(officer.language, "broadcast-queued", id=created.id, count=len(members))
    if ahead:
        text += "\n" + context.catalog.t(officer.language, "broadcast-queued-behind", count=ahead)
    shown = await replace_message(update, context, text)
    if shown is not None and shown.message_id != pressed:  # Telegram refused the edit: a new message
        await broadcasts.set_progress_message(context.db, created.id, update.effective_chat.id, shown.message_id)
    running = context.deps.sender
    if running is not None:
        running.wake()
    return ConversationHandler.END


@guarded("broadcast")
async def go_back(update: Update, context: Context) -> str:
    """From the preview: change the message or the recipients."""
    data = Back.of(update)
    await acknowledge(update)
    if data is not None and data.step == MESSAGE:
        return await _ask_message(update, context)
    if data is not None and data.step == AUDIENCE:
        return await _ask_audience(update, context)
    await stale_button(update, context)
    return CONFIRM


@guarded("cancel")
async def cancel(update: Update, context: Context) -> int:
    """/cancel or the Cancel button: nothing is sent, the draft is dropped."""
    await acknowledge(update)
    participant = await participant_of(update, context)
    if participant is not None:
        await staff_drafts.clear(context.db, participant.id, FLOW)
    if update.callback_query is not None:
        await edit_or_say(update, context, "broadcast-cancelled")
    else:
        await say(update, context, "broadcast-cancelled")
    return ConversationHandler.END


# -- reachability: Telegram tells the bot when a user blocks or unblocks it ------------------------------


async def membership_changed(update: Update, context: Context) -> None:
    """my_chat_member in a private chat: blocked -> unreachable; unblocked -> reachable again."""
    change = update.my_chat_member
    if change is None or change.chat.type != "private":
        return
    status = change.new_chat_member.status
    if status in ("kicked", "left"):
        await broadcasts.set_reachable(
            context.db, change.from_user.id, reachable=False, reason="blocked", now=context.deps.now()
        )
    elif status == "member":
        await broadcasts.set_reachable(context.db, change.from_user.id, reachable=True, now=context.deps.now())


# -- wiring ----------------------------------------------------------------------------------------


def _state(name: str, *specific: BaseHandler[Update, Context, object], otherwise: Any) -> list[Any]:
    """A state's handlers, with Cancel, and the answers for what it does not expect: `otherwise`
    for a message (and the state kept), a plain "stale button" for another of this flow's
    buttons (an Approve or an invitation button pressed meanwhile belongs to its own module)."""
    cancel_button = CallbackQueryHandler(cancel, pattern=Cancel.pattern())
    return flow.state(
        PREFIX,
        *specific,
        cancel_button,
        otherwise=guarded("broadcast")(flow.keep(name, otherwise)),
        stale=guarded("broadcast")(flow.keep(name, stale_button)),
    )


def handlers() -> list[BaseHandler[Update, Context, object]]:
    entry = [
        CommandHandler("broadcast", start),
        CallbackQueryHandler(start, pattern=keyboards.MenuBroadcast.pattern()),
    ]
    return [
        ConversationHandler(
            entry_points=entry,
            states={
                CHOOSE_CONSULTATION: _state(
                    CHOOSE_CONSULTATION,
                    CallbackQueryHandler(consultation_chosen, pattern=PickConsultation.pattern()),
                    otherwise=flow.says("broadcast-use-buttons", _open_choices),
                ),
                CHOOSE_MESSAGE: _state(
                    CHOOSE_MESSAGE,
                    CallbackQueryHandler(message_chosen, pattern=PickMessage.pattern()),
                    otherwise=flow.says("broadcast-use-buttons", lambda _update, context: _message_keyboard(context)),
                ),
                TYPE_TEXT: _state(
                    TYPE_TEXT, MessageHandler(flow.TEXT, text_typed), otherwise=flow.says("broadcast-text-only")
                ),
                CHOOSE_AUDIENCE: _state(
                    CHOOSE_AUDIENCE,
                    CallbackQueryHandler(audience_chosen, pattern=PickAudience.pattern()),
                    otherwise=flow.says("broadcast-use-buttons", _audience_keyboard),
                ),
                CHOOSE_COUNTRIES: _state(
                    CHOOSE_COUNTRIES,
                    MessageHandler(flow.TEXT, countries_typed),
                    *(
                        CallbackQueryHandler(country_button, pattern=pressed.pattern())
                        for pressed in (AddCountry, ClearCountries, CountriesDone)
                    ),
                    otherwise=flow.says(
                        "broadcast-ask-countries", lambda _update, context: _countries_keyboard(context, [])
                    ),
                ),
                CONFIRM: _state(
                    CONFIRM,
                    CallbackQueryHandler(confirmed, pattern=Send.pattern()),
                    CallbackQueryHandler(go_back, pattern=Back.pattern()),
                    otherwise=flow.says("broadcast-use-buttons", lambda _update, context: _confirm_keyboard(context)),
                ),
            },
            fallbacks=[CommandHandler("cancel", cancel)],
            name="broadcast",
            persistent=True,
            allow_reentry=True,
        ),
        ChatMemberHandler(membership_changed, ChatMemberHandler.MY_CHAT_MEMBER),
    ]
