"""Registration: /start [token] -> language -> (country) -> full name -> title -> organisation
-> e-mail -> consent to the privacy notice -> summary (Confirm, or correct one field).

With a valid invitation link the country comes from the link and the registration is approved
at once; without one (or with a link that expired, was revoked, used up or never existed) the
user chooses the country and the secretariat approves. Every answer is saved in the
registration_drafts table before the bot replies, and the next question is worked out from
the draft, so a restart, a /cancel or a lost conversation state resumes where the user was.
"""

from __future__ import annotations

import re
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
)

from handlers import command_menus, comments, facts, flow, keyboards, profile, roles
from handlers.access import guarded
from handlers.callbacks import CallbackData
from handlers.common import show_menu
from handlers.context import Context
from handlers.registration_data import NO, PREFIX, YES, Confirm, Consent, CountryChosen, Discard, Edit, LanguageChosen
from handlers.replies import acknowledge, participant_of, say, send_text
from prompts import LANGUAGES, countries
from storage import invitations, participants, registration
from storage.invitations import InvitationState
from storage.models import Participant, ParticipantStatus, to_db
from storage.registration import Draft

CHOOSE_LANGUAGE = "choose_language"
ASK_COUNTRY = "ask_country"
ASK_NAME = "ask_name"
ASK_TITLE = "ask_title"
ASK_ORGANISATION = "ask_organisation"
ASK_EMAIL = "ask_email"
ASK_CONSENT = "ask_consent"
CONFIRM = "confirm"

# The typed answers: state -> the draft's (and the participant's) field.
TEXT_STEPS = {ASK_NAME: "full_name", ASK_TITLE: "title", ASK_ORGANISATION: "organisation", ASK_EMAIL: "email"}
# Edit buttons on the summary: callback key -> the state that asks that field again.
EDITS = {
    "lang": CHOOSE_LANGUAGE,
    "country": ASK_COUNTRY,
    "name": ASK_NAME,
    "title": ASK_TITLE,
    "org": ASK_ORGANISATION,
    "email": ASK_EMAIL,
}
QUESTIONS = {
    ASK_COUNTRY: "reg-ask-country",
    ASK_NAME: "reg-ask-name",
    ASK_TITLE: "reg-ask-title",
    ASK_ORGANISATION: "reg-ask-organisation",
    ASK_EMAIL: "reg-ask-email",
}
MAX_COUNTRY_QUERY = 100
END = ConversationHandler.END


def next_state(data: dict[str, Any]) -> str:
    """The first question the draft has no answer to (the summary when it is complete)."""
    if not data.get("language"):
        return CHOOSE_LANGUAGE
    if not data.get("country_code"):
        return ASK_COUNTRY
    for state, field in TEXT_STEPS.items():
        if not data.get(field):
            return state
    if not data.get("consent_at"):
        return ASK_CONSENT
    return CONFIRM


# A focal point's registration is made: waiting for the secretariat, or approved.
REGISTERED = (ParticipantStatus.PENDING, ParticipantStatus.APPROVED)


def may_register(participant: Participant, token: str | None) -> bool:
    """Newcomers and erased accounts register; a rejected one may try again with a link."""
    if participant.is_staff:
        return False
    if participant.status in (ParticipantStatus.NEW, ParticipantStatus.ERASED):
        return True
    return participant.status == ParticipantStatus.REJECTED and token is not None


# -- asking ---------------------------------------------------------------------------------


def _button(context: Context, language: str, key: str, data: CallbackData) -> InlineKeyboardButton:
    return keyboards.press(context.catalog.t(language, key), data)


def summary(context: Context, language: str, data: dict[str, Any]) -> tuple[str, InlineKeyboardMarkup]:
    t = context.catalog.t
    text = "\n\n".join(
        [
            t(language, "reg-summary"),
            profile.details(
                context,
                language,
                country_code=data.get("country_code"),
                full_name=data.get("full_name"),
                title=data.get("title"),
                organisation=data.get("organisation"),
                email=data.get("email"),
                chosen_language=language,
            ),
            t(language, "reg-summary-invited" if data.get("invitation_id") else "reg-summary-review"),
        ]
    )
    edits = [
        _button(context, language, f"reg-edit-{key}", Edit(key))
        for key in EDITS
        if not (key == "country" and data.get("invitation_id"))  # the link fixes the country
    ]
    rows = [[_button(context, language, "reg-confirm", Confirm())], *keyboards.rows(edits, per_row=2).inline_keyboard]
    return text, InlineKeyboardMarkup(rows)


def question(
    context: Context, language: str, state: str, data: dict[str, Any]
) -> tuple[str, InlineKeyboardMarkup | None]:
    """The text and buttons that ask for `state`'s answer."""
    t = context.catalog.t
    if state == CHOOSE_LANGUAGE:
        return t(language, "start-choose-language"), keyboards.languages(LanguageChosen, language)
    if state == ASK_CONSENT:
        keyboard = keyboards.rows(
            [
                _button(context, language, "reg-consent-yes", Consent(YES)),
                _button(context, language, "reg-consent-no", Consent(NO)),
            ],
            per_row=1,
        )
        return t(language, "reg-privacy-notice"), keyboard
    if state == CONFIRM:
        return summary(context, language, data)
    text = t(language, QUESTIONS[state])
    current = data.get(TEXT_STEPS.get(state, "country_code"))
    if data.get("editing") and current:
        shown = countries.name(current, language) if state == ASK_COUNTRY else current
        text += "\n\n" + t(language, "reg-current-value", value=shown)
    return text, None


async def ask(update: Update, context: Context, state: str, draft: Draft, lead: str | None = None) -> str:
    """Send the question for `state` (after `lead`, one message) and wait in that state."""
    language = context.language
    text, keyboard = question(context, language, state, draft.data)
    if lead:
        text = f"{lead}\n\n{text}"
    await context.bot.send_message(update.effective_chat.id, text, reply_markup=keyboard)  # type: ignore[union-attr]
    return state


async def carry_on(update: Update, context: Context, draft: Draft, lead: str | None = None) -> str:
    """Ask the next unanswered question; a link's notice (valid or not) is said once, first."""
    language = context.language
    leads = [lead] if lead else []
    notice = draft.data.get("notice")
    if notice:
        country = countries.name(draft.data.get("country_code"), language, "running")
        leads.append(context.catalog.t(language, f"reg-link-{notice}", country=country))
        draft = await registration.save_draft(context.db, draft.participant_id, context.deps.now(), notice=None)
    if draft.data.get("editing"):
        draft = await registration.save_draft(context.db, draft.participant_id, context.deps.now(), editing=None)
    return await ask(update, context, next_state(draft.data), draft, "\n\n".join(leads) or None)


def registering(participant: Participant | None) -> bool:
    """Someone who may have a registration under way (not staff, not registered)."""
    return (
        participant is not None
        and not participant.is_staff
        and participant.status in (ParticipantStatus.NEW, ParticipantStatus.ERASED, ParticipantStatus.REJECTED)
    )


async def _current(
    update: Update, context: Context, *, language_chosen: bool = True
) -> tuple[Participant | None, Draft | None]:
    """The participant and their draft; no draft if none is under way (or, by default, if no
    language was chosen yet: every step after the first needs one)."""
    participant = await participant_of(update, context)
    if not registering(participant):
        return participant, None
    assert participant is not None
    draft = await registration.get_draft(context.db, participant.id)
    if draft is None or (language_chosen and not draft.data.get("language")):
        return participant, None
    return participant, draft


async def no_registration(update: Update, context: Context) -> int:
    """A step's answer when there is no registration under way any more (discarded, done)."""
    await say(update, context, "reg-not-in-progress")
    return END


async def save(context: Context, draft: Draft, **changes: Any) -> Draft:
    return await registration.save_draft(context.db, draft.participant_id, context.deps.now(), **changes)


# -- the steps -------------------------------------------------------------------------------


@guarded("start")
async def start(update: Update, context: Context) -> str | int:
    """/start [token]: a registered user gets their profile and the menu; anyone else
    registers, or continues the registration they began."""
    user, chat = update.effective_user, update.effective_chat
    assert user is not None and chat is not None
    token, consultation_id = await read_payload(context, context.args[0] if context.args else None)
    participant = await context.participant(user.id)
    if participant is not None and not may_register(participant, token):
        if (
            consultation_id is not None
            and participant.is_approved_focal_point
            and await comments.start_on(update, context, participant, consultation_id)
        ):
            return END  # straight into a comment on the consultation the link names
        if participant.is_staff:  # their chat's menu, also for one granted before writing to the bot
            await command_menus.set_staff_menu(context.application, participant)
        await profile.show_summary(update, context, participant, editable=False)
        await show_menu(update, context)
        return END
    if participant is None:
        participant = await participants.ensure(
            context.db, user.id, chat.id, context.catalog.language(user.language_code)
        )
        await context.read_language(update)
    draft = await registration.get_draft(context.db, participant.id)
    resumed = draft is not None and bool(draft.data.get("language"))
    changes: dict[str, Any] = {"editing": None}
    if token is not None:
        changes.update(await _link_changes(context, token))
    if consultation_id is not None:
        changes["consultation"] = consultation_id  # commented on once registered and approved
    elif participant.named_consultation_id is not None and not (draft and draft.data.get("consultation")):
        # Registering again (a rejected person with a link): the consultation named before.
        changes["consultation"] = participant.named_consultation_id
    draft = await registration.save_draft(context.db, participant.id, context.deps.now(), **changes)
    if not draft.data.get("language"):
        return await ask(update, context, CHOOSE_LANGUAGE, draft)
    lead = context.t("reg-resumed") if resumed else None
    return await carry_on(update, context, draft, lead=lead)


NAMED_CONSULTATION = re.compile(r"c([1-9][0-9]{0,5})")
INVITATION_FOR = re.compile(r"(.+)-c([1-9][0-9]{0,5})")


async def read_payload(context: Context, payload: str | None) -> tuple[str | None, int | None]:
    """/start's payload -> (invitation token, consultation named): `c2` names consultation 2
    alone, `TOKEN-c2` is an invitation link that leads to consultation 2; anything else is a
    token (a whole token that is an invitation is always taken whole)."""
    if payload is None:
        return None, None
    alone = NAMED_CONSULTATION.fullmatch(payload)
    if alone is not None:
        return None, int(alone.group(1))
    joined = INVITATION_FOR.fullmatch(payload)
    if joined is None or await invitations.get_by_token(context.db, payload) is not None:
        return payload, None
    return joined.group(1), int(joined.group(2))


async def _link_changes(context: Context, token: str) -> dict[str, Any]:
    """What an invitation token does to the draft: a valid one fixes the country."""
    invitation, state = await invitations.check(context.db, token, context.deps.now())
    if invitation is not None and state is InvitationState.ACTIVE:
        return {"invitation_id": invitation.id, "country_code": invitation.country_code, "notice": "invited"}
    return {"notice": state.value}


@guarded("start")
async def language_chosen(update: Update, context: Context) -> str | int:
    """A language button: stored at once; the registration goes on in that language."""
    data = LanguageChosen.of(update)
    code = data.code if data else ""
    participant, draft = await _current(update, context, language_chosen=False)
    if participant is None or draft is None:
        await acknowledge(update)
        return await no_registration(update, context)
    if code not in LANGUAGES:
        return await wrong_button(update, context, CHOOSE_LANGUAGE, draft)
    await acknowledge(update)
    user, chat = update.effective_user, update.effective_chat
    assert user is not None and chat is not None
    person = await participants.set_language(context.db, user.id, chat.id, code)
    await context.read_language(update)  # the registration goes on in the new language
    await command_menus.refresh_menu(context.application, person)  # a staff chat's menu follows
    draft = await save(context, draft, language=code)
    lead = context.catalog.t(code, "language-set")
    if draft.data.get("editing"):
        draft = await save(context, draft, editing=None)
        return await ask(update, context, CONFIRM, draft, lead)
    return await carry_on(update, context, draft, lead)


@guarded("start")
async def country_typed(update: Update, context: Context) -> str | int:
    """The country, typed in any of the six languages, as a short form or an ISO code."""
    _, draft = await _current(update, context)
    if draft is None:
        return await no_registration(update, context)
    language = context.language
    t = context.catalog.t
    text = (update.effective_message.text or "").strip()  # type: ignore[union-attr]
    if len(text) > MAX_COUNTRY_QUERY:
        return await ask(
            update, context, ASK_COUNTRY, draft, t(language, "too-long-input", length=len(text), max=MAX_COUNTRY_QUERY)
        )
    draft = await save(context, draft, country_query=text)
    if not text:
        return await ask(update, context, ASK_COUNTRY, draft, t(language, "reg-empty"))
    found = countries.match(text)
    if found.country is not None:
        return await country_set(update, context, draft, found.country.code)
    if found.candidates:
        keyboard = keyboards.candidate_states(found.candidates, language, CountryChosen)
        key = "reg-country-which" if found.ambiguous else "reg-country-suggest"
        await say(update, context, key, keyboard, language=language, text=text)
        return ASK_COUNTRY
    return await ask(update, context, ASK_COUNTRY, draft, t(language, "reg-country-unknown", text=text))


@guarded("start")
async def country_pressed(update: Update, context: Context) -> str | int:
    """One of the suggested countries."""
    _, draft = await _current(update, context)
    if draft is None:
        await acknowledge(update)
        return await no_registration(update, context)
    data = CountryChosen.of(update)
    country = countries.get(data.country) if data else None
    if country is None or draft.data.get("invitation_id"):
        return await wrong_button(update, context, ASK_COUNTRY, draft)
    await acknowledge(update)
    return await country_set(update, context, draft, country.code)


async def country_set(update: Update, context: Context, draft: Draft, code: str) -> str:
    draft = await save(context, draft, country_code=code, country_query=None)
    language = context.language
    lead = context.catalog.t(language, "reg-country-set", country=countries.name(code, language))
    return await proceed(update, context, draft, lead)


async def proceed(update: Update, context: Context, draft: Draft, lead: str | None = None) -> str:
    """After an answer: back to the summary when correcting one field, else the next question."""
    if draft.data.get("editing"):
        draft = await save(context, draft, editing=None)
        return await ask(update, context, CONFIRM, draft, lead)
    return await carry_on(update, context, draft, lead)


async def _text_answer(update: Update, context: Context, state: str) -> str | int:
    """Check the typed answer for `state`; store it, or say what is wrong and ask again."""
    _, draft = await _current(update, context)
    if draft is None:
        return await no_registration(update, context)
    raw = update.effective_message.text or ""  # type: ignore[union-attr]
    # The draft is written before the bot answers, the conversation state after: a crash in
    # between leaves the state one question behind. If the person repeats the answer the
    # draft already holds, they never saw the next question: show it. Anything else answers
    # the question the draft says was asked, and never overwrites the previous answer.
    asked = draft.data.get("editing") or next_state(draft.data)
    if asked != state:
        if asked not in TEXT_STEPS or raw.strip() == str(draft.data.get(TEXT_STEPS[state], "")).strip():
            return await ask(update, context, asked, draft)
        state = asked
    field = TEXT_STEPS[state]
    answer = registration.check_email(raw) if field == "email" else registration.check_text(field, raw)
    if answer.value is None:
        problem = profile.problem_text(context, context.language, answer, field)
        return await ask(update, context, state, draft, problem)
    draft = await save(context, draft, **{field: answer.value})
    return await proceed(update, context, draft)


@guarded("start")
async def name_typed(update: Update, context: Context) -> str | int:
    """The full name."""
    return await _text_answer(update, context, ASK_NAME)


@guarded("start")
async def title_typed(update: Update, context: Context) -> str | int:
    """The title or position."""
    return await _text_answer(update, context, ASK_TITLE)


@guarded("start")
async def organisation_typed(update: Update, context: Context) -> str | int:
    """The ministry or organisation."""
    return await _text_answer(update, context, ASK_ORGANISATION)


@guarded("start")
async def email_typed(update: Update, context: Context) -> str | int:
    """The e-mail address (checked)."""
    return await _text_answer(update, context, ASK_EMAIL)


@guarded("start")
async def consent_pressed(update: Update, context: Context) -> str | int:
    """I agree / I do not agree to the privacy notice."""
    _, draft = await _current(update, context)
    if draft is None:
        await acknowledge(update)
        return await no_registration(update, context)
    data = Consent.of(update)
    answer = data.answer if data else ""
    if answer not in (YES, NO):
        return await wrong_button(update, context, ASK_CONSENT, draft)
    await acknowledge(update)
    language = context.language
    if answer == NO:
        keyboard = keyboards.rows(
            [
                _button(context, language, "reg-consent-yes", Consent(YES)),
                _button(context, language, "reg-discard", Discard()),
            ],
            per_row=1,
        )
        await say(update, context, "reg-consent-declined", keyboard, language=language)
        return ASK_CONSENT
    draft = await save(context, draft, consent_at=to_db(context.deps.now()))
    return await proceed(update, context, draft)


@guarded("start")
async def edit_pressed(update: Update, context: Context) -> str | int:
    """An Edit button on the summary: ask that one field again, then back to the summary."""
    _, draft = await _current(update, context)
    if draft is None:
        await acknowledge(update)
        return await no_registration(update, context)
    data = Edit.of(update)
    state = EDITS.get(data.field) if data else None
    if state is None or (state == ASK_COUNTRY and draft.data.get("invitation_id")):
        return await wrong_button(update, context, CONFIRM, draft)
    await acknowledge(update)
    draft = await save(context, draft, editing=state)
    return await ask(update, context, state, draft)


@guarded("start")
async def confirm_pressed(update: Update, context: Context) -> str | int:
    """Confirm: the registration is made (approved with a valid link, else pending)."""
    participant, draft = await _current(update, context)
    if participant is not None and draft is None and participant.status in REGISTERED and not participant.is_staff:
        return await already_registered(update, context, participant)
    if participant is None or draft is None:
        await acknowledge(update)
        return await no_registration(update, context)
    if next_state(draft.data) != CONFIRM:
        return await wrong_button(update, context, next_state(draft.data), draft)
    await acknowledge(update)
    done = await registration.complete(context.db, participant, draft.data, context.deps.now())
    await context.read_language(update)
    named = draft.data.get("consultation")
    return await tell_registered(
        update, context, done.participant, done.invitation_problem, consultation_id=int(named) if named else None
    )


async def already_registered(update: Update, context: Context, participant: Participant) -> int:
    """Confirm pressed, and the registration is already made: the press redelivered after a
    crash that came between the registration and its answer (the conversation's state was not
    yet written, so it still waits for Confirm). The answer is given, and the staff told if they
    were not yet. (Once the conversation has ended, an old Confirm is a stale button.)"""
    await acknowledge(update)
    return await tell_registered(update, context, participant)


async def tell_registered(
    update: Update,
    context: Context,
    registered: Participant,
    problem: InvitationState | None = None,
    *,
    consultation_id: int | None = None,
) -> int:
    """The registration's answer: approved (with the menu, then, if the link named a
    consultation, straight into a comment on it), or sent to the secretariat (why the link no
    longer counted, if it did not), the staff then told of it."""
    language = registered.language
    country = countries.name(registered.country_code, language, "running")
    known = await facts.facts_for(context, registered)
    if registered.status == ParticipantStatus.APPROVED:
        done = context.catalog.t(language, "reg-done-approved", country=country)
        await send_text(update, context, f"{done}\n\n{known}")
        await show_menu(update, context)
        if consultation_id is not None:
            await comments.start_on(update, context, registered, consultation_id)
        return END
    parts = []
    if problem is not None:
        parts.append(context.catalog.t(language, f"reg-link-{problem.value}", country=country))
    parts.append(context.catalog.t(language, "reg-done-pending", country=country))
    parts.append(known)
    await context.bot.send_message(update.effective_chat.id, "\n\n".join(parts))  # type: ignore[union-attr]
    await roles.tell_staff_of_pending(context, registered.id)
    return END


# -- bad input, /cancel, discarding -----------------------------------------------------------


async def wrong_button(update: Update, context: Context, state: str, draft: Draft) -> str:
    """A button of this flow that does not belong to this step (old message or forged)."""
    language = context.language
    stale = context.catalog.t(language, "button-stale")
    await acknowledge(update, stale)
    return await ask(update, context, state, draft, stale)


def _reasking(state: str, key: str) -> Any:
    """A handler that answers bad input in `state` with `key` and asks the question again."""

    @guarded("start")
    async def reask(update: Update, context: Context) -> str | int:
        """Bad input for this step: said plainly, the question asked again, nothing lost."""
        _, draft = await _current(update, context, language_chosen=False)
        if draft is None:
            await acknowledge(update)
            return await no_registration(update, context)
        language = context.language
        if update.callback_query is not None:
            return await wrong_button(update, context, state, draft)
        return await ask(update, context, state, draft, context.catalog.t(language, key))

    return reask


@guarded("cancel")
async def cancel(update: Update, context: Context) -> int:
    """/cancel: the registration pauses; what was entered is kept unless the user discards it."""
    participant = await participant_of(update, context)
    language = context.language
    keyboard = None
    if participant is not None and await registration.get_draft(context.db, participant.id) is not None:
        keyboard = keyboards.rows([_button(context, language, "reg-discard", Discard())], per_row=1)
    await say(update, context, "reg-cancelled", keyboard, language=language)
    return END


@guarded("cancel")
async def discard(update: Update, context: Context) -> int:
    """Discard what I entered: the draft is deleted; /start begins afresh."""
    await acknowledge(update)
    participant = await participant_of(update, context)
    if registering(participant):
        assert participant is not None
        await registration.discard_draft(context.db, participant.id)
    await say(update, context, "reg-discarded")
    return END


def _step(name: str, on_text: Any, *buttons: BaseHandler[Update, Context, object]) -> list[Any]:
    """A state's handlers: its own and Discard, then the answer for anything else (the
    question asked again, nothing lost)."""
    own = [MessageHandler(flow.TEXT, on_text)] if on_text else []
    discard_button = CallbackQueryHandler(discard, pattern=Discard.pattern())
    reask = _reasking(name, "reg-not-text" if on_text else "reg-use-buttons")
    return flow.state(PREFIX, *own, *buttons, discard_button, otherwise=reask)


def handlers() -> list[BaseHandler[Update, Context, object]]:
    return [
        ConversationHandler(
            entry_points=[CommandHandler("start", start)],
            states={
                CHOOSE_LANGUAGE: _step(
                    CHOOSE_LANGUAGE,
                    None,
                    CallbackQueryHandler(language_chosen, pattern=LanguageChosen.pattern()),
                ),
                ASK_COUNTRY: _step(
                    ASK_COUNTRY,
                    country_typed,
                    CallbackQueryHandler(country_pressed, pattern=CountryChosen.pattern()),
                ),
                ASK_NAME: _step(ASK_NAME, name_typed),
                ASK_TITLE: _step(ASK_TITLE, title_typed),
                ASK_ORGANISATION: _step(ASK_ORGANISATION, organisation_typed),
                ASK_EMAIL: _step(ASK_EMAIL, email_typed),
                ASK_CONSENT: _step(
                    ASK_CONSENT,
                    None,
                    CallbackQueryHandler(consent_pressed, pattern=Consent.pattern()),
                ),
                CONFIRM: _step(
                    CONFIRM,
                    None,
                    CallbackQueryHandler(confirm_pressed, pattern=Confirm.pattern()),
                    CallbackQueryHandler(edit_pressed, pattern=Edit.pattern()),
                ),
            },
            fallbacks=[
                CommandHandler("cancel", cancel),
                CallbackQueryHandler(discard, pattern=Discard.pattern()),
            ],
            name="registration",
            persistent=True,
            allow_reentry=True,
        ),
        # Outside the conversation (after /cancel): the Discard button still works.
        CallbackQueryHandler(discard, pattern=Discard.pattern()),
    ]
