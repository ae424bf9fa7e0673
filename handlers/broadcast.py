"""/broadcast: the secretariat sends the renewed invitation, a reminder or its own text.

    /broadcast (or the menu's Broadcast button)
      -> CHOOSE_CONSULTATION (only with several consultations open): which one it concerns;
         the audiences are then the focal points of the States it invites, and the texts name it
      -> CHOOSE_MESSAGE: renewed invitation | reminder | a text of my own (-> TYPE_TEXT) |
         a saved template (-> TEMPLATES: use or delete one)
      -> TYPE_TEXT (a note of my own): one version per language, typed one after another
         (the language asked is the officer's, then the next one missing; a button picks
         another), or sent as one plain-text document holding the versions, each under a line
         `[en]`, `[fr]`...; once one is given, each answer asks for the next version and offers
         the recipients at once (CHOOSE_AUDIENCE takes a version too)
      -> CHOOSE_AUDIENCE: all approved focal points | countries without a submission |
         countries I choose (-> CHOOSE_COUNTRIES: typed names, suggestions, Done)
      -> CONFIRM: the message as each recipient will see it, one preview per language, its
         documents, the languages without a version (each needs the version its recipients
         get instead, chosen with a button, with how many they are), when it goes, the number
         of recipients; Send queues the broadcast (storage/broadcasts.py) and hands it to the
         sender (services/delivery/), whose progress message replaces "queued". From there:
         "Attach or change documents" (-> ATTACH: PDF, DOC, DOCX, ODT, checked as focal
         points' attachments are, each for everyone or for one language's recipients),
         "Change when it is sent" (-> CHOOSE_WHEN: now | at a time, -> TYPE_TIME, in the
         officer's time zone | at the next office hours in each recipient's country, the
         reminders' rule), "Save as a template" (-> NAME_TEMPLATE).

Each choice is saved in `staff_drafts` as it is made; a restart resumes at the same step.
The recipients are computed again when Send is pressed: someone approved in the meantime is
included, and the progress message shows the final number.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
from dataclasses import dataclass
from datetime import datetime, time
from typing import Any

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.error import TelegramError
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    ChatMemberHandler,
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
from handlers.messages import render_message
from handlers.replies import acknowledge, edit_or_say, participant_of, replace_message, say, send_text
from prompts import LANGUAGES, Catalog, countries, typed
from prompts.countries import timezone_for
from services.reminders import office_hours_at
from storage import attachments, broadcasts, communications, consultation_status, staff_drafts
from storage.broadcasts import Audience, AudienceKind, MessageKind, SendMode
from storage.consultations import FIRST_ID, ConsultationRecord
from storage.models import Participant

logger = logging.getLogger(__name__)

CHOOSE_CONSULTATION = "choose_consultation"
CHOOSE_MESSAGE = "choose_message"
TYPE_TEXT = "type_text"
CHOOSE_AUDIENCE = "choose_audience"
CHOOSE_COUNTRIES = "choose_countries"
CONFIRM = "confirm"
TEMPLATES = "templates"
ATTACH = "attach"
CHOOSE_WHEN = "choose_when"
TYPE_TIME = "type_time"
NAME_TEMPLATE = "name_template"

PREFIX = "bc"
FLOW = "broadcast"
MAX_CUSTOM_CHARS = 3500  # leaves room for the heading within Telegram's 4096
MAX_COUNTRIES = 250
MAX_VERSIONS_FILE = 200_000  # bytes of a plain-text document holding the language versions
MAX_TEMPLATE_NAME = 60
# A line alone in a versions document: the language of the text below it, e.g. "[fr]".
VERSION_MARK = re.compile(r"^[ \t]*\[(ar|zh|en|fr|ru|es)\][ \t]*$", re.IGNORECASE | re.MULTILINE)
FOR_EVERYONE = "all"  # a document's language button: for every recipient


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


MESSAGE, AUDIENCE, FILES, WHEN = "msg", "aud", "files", "when"


@dataclass(frozen=True)
class VersionLanguage(CallbackData, prefix=PREFIX, action="lang"):
    language: str  # the version to type next


@dataclass(frozen=True)
class VersionsDone(CallbackData, prefix=PREFIX, action="vdone"):
    pass


@dataclass(frozen=True)
class ShowTemplates(CallbackData, prefix=PREFIX, action="tpls"):
    pass


@dataclass(frozen=True)
class UseTemplate(CallbackData, prefix=PREFIX, action="tpl"):
    template: int


@dataclass(frozen=True)
class DeleteTemplate(CallbackData, prefix=PREFIX, action="tpldel"):
    template: int


@dataclass(frozen=True)
class SaveTemplate(CallbackData, prefix=PREFIX, action="save"):
    pass


@dataclass(frozen=True)
class FileLanguage(CallbackData, prefix=PREFIX, action="flang"):
    file: int  # pressed: the next of "everyone", ar, zh, en, fr, ru, es


@dataclass(frozen=True)
class RemoveFile(CallbackData, prefix=PREFIX, action="rmf"):
    file: int


@dataclass(frozen=True)
class FilesDone(CallbackData, prefix=PREFIX, action="fdone"):
    pass


@dataclass(frozen=True)
class PickWhen(CallbackData, prefix=PREFIX, action="when"):
    mode: str  # a SendMode


@dataclass(frozen=True)
class Fallback(CallbackData, prefix=PREFIX, action="fb"):
    missing: str  # a language without a version
    chosen: str  # the version its recipients get


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
            keyboards.press(t(language, "broadcast-kind-template"), ShowTemplates()),
            keyboards.press(t(language, "broadcast-cancel-button"), Cancel()),
        ],
        per_row=1,
    )


async def _audience_keyboard(
    update: Update, context: Context, draft: dict[str, Any] | None = None, *, with_versions: bool = False
) -> Any:
    """The audiences with how many would receive the draft's message (for a reminder, the
    countries that have submitted left out, as they will be); for a note being written, the
    language buttons too (`with_versions`: another version may be typed first)."""
    t, language = context.catalog.t, context.language
    draft = draft if draft is not None else await _draft(update, context)
    consultation_id = await _consultation_id(update, context)
    everyone = await _recipients(
        context, {**draft, "audience": Audience(kind=AudienceKind.ALL).model_dump()}, consultation_id
    )
    pending = await _recipients(
        context, {**draft, "audience": Audience(kind=AudienceKind.NOT_SUBMITTED).model_dump()}, consultation_id
    )
    versions = _language_buttons(context, draft) if with_versions else []
    return InlineKeyboardMarkup(
        [
            [button]
            for button in [
                keyboards.press(
                    t(language, "broadcast-audience-all", count=len(everyone)), PickAudience(AudienceKind.ALL.value)
                ),
                keyboards.press(
                    t(language, "broadcast-audience-not-submitted", count=len(pending)),
                    PickAudience(AudienceKind.NOT_SUBMITTED.value),
                ),
                keyboards.press(
                    t(language, "broadcast-audience-countries"), PickAudience(AudienceKind.COUNTRIES.value)
                ),
            ]
        ]
        + [versions[i : i + 3] for i in range(0, len(versions), 3)]
        + [[keyboards.press(t(language, "broadcast-cancel-button"), Cancel())]]
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


def _confirm_keyboard(context: Context, draft: dict[str, Any] | None = None, needed: list[str] | None = None) -> Any:
    """Send, or first a version for each language without one (`needed`), then the changes."""
    t, language = context.catalog.t, context.language
    draft = draft or {}
    buttons = []
    for missing in needed or []:
        for chosen in _versions(draft):
            label = t(
                language,
                "broadcast-fallback-button",
                missing=Catalog.language_name(language, missing),
                chosen=Catalog.language_name(language, chosen),
            )
            buttons.append(keyboards.press(label, Fallback(missing, chosen)))
    if not needed:
        buttons.append(keyboards.press(t(language, "broadcast-send-button"), Send()))
    if _versions(draft):
        buttons.append(keyboards.press(t(language, "broadcast-save-template"), SaveTemplate()))
    buttons += [
        keyboards.press(t(language, "broadcast-change-message"), Back(MESSAGE)),
        keyboards.press(t(language, "broadcast-change-files"), Back(FILES)),
        keyboards.press(t(language, "broadcast-change-audience"), Back(AUDIENCE)),
        keyboards.press(t(language, "broadcast-change-when"), Back(WHEN)),
        keyboards.press(t(language, "broadcast-cancel-button"), Cancel()),
    ]
    return keyboards.rows(buttons, per_row=1)


def _versions(draft: dict[str, Any]) -> dict[str, str]:
    """A note's versions typed so far {language: text}, in the six languages' order."""
    if draft.get("kind") != MessageKind.CUSTOM.value:
        return {}
    given = draft.get("texts") or {}
    if not given and draft.get("custom_text"):  # a draft saved before language versions
        given = {"en": draft["custom_text"]}
    return {code: given[code] for code in LANGUAGES if code in given}


# -- steps -----------------------------------------------------------------------------------------


@guarded("broadcast")
async def start(update: Update, context: Context) -> str:
    """/broadcast or the menu button: a fresh draft; which message?"""
    await acknowledge(update)
    officer = await _officer(update, context)
    await staff_drafts.save(context.db, officer.id, FLOW, {})
    await communications.clear_draft_files(context.db, officer.id)
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
        return await _ask_version(update, context, draft, _next_missing(draft, context.language))
    return await _after_message(update, context, draft)


async def _after_message(update: Update, context: Context, draft: dict[str, Any], *, edit: bool = True) -> str:
    """The message is chosen: the recipients next (or, from the preview, back to it).
    Documents and the time of sending are set from the preview."""
    if draft.get("audience"):  # "Change the message" from the preview: keep the recipients
        return await _preview(update, context)
    return await _ask_audience(update, context, edit=edit)


# -- the language versions of a note of one's own ---------------------------------------------------


def _next_missing(draft: dict[str, Any], first: str) -> str | None:
    """The version to ask for next: `first` (the officer's language) if missing, else the next
    missing one in the six languages' order; None when all six are given."""
    given = _versions(draft)
    order = [first] + [code for code in LANGUAGES if code != first]
    return next((code for code in order if code not in given), None)


def _language_buttons(context: Context, draft: dict[str, Any]) -> list[Any]:
    t, language = context.catalog.t, context.language
    given = _versions(draft)
    return [
        keyboards.press(
            t(
                language,
                "broadcast-version-button-given" if code in given else "broadcast-version-button",
                name=Catalog.language_name(language, code),
            ),
            VersionLanguage(code),
        )
        for code in LANGUAGES
    ]


def _version_keyboard(context: Context, draft: dict[str, Any]) -> Any:
    """The languages, and Done when the recipients are chosen already (back to the preview)."""
    t, language = context.catalog.t, context.language
    buttons = _language_buttons(context, draft)
    if _versions(draft) and draft.get("audience"):
        buttons.append(keyboards.press(t(language, "broadcast-versions-done"), VersionsDone()))
    buttons.append(keyboards.press(t(language, "broadcast-cancel-button"), Cancel()))
    return keyboards.rows(buttons, per_row=2)


async def _ask_version(
    update: Update, context: Context, draft: dict[str, Any], code: str | None, *, before: str | None = None
) -> str:
    """Which versions are given and missing, and the one to type now (or: all six given). Once
    one version is given, the recipients may be chosen with the same message (the versions
    typed one after another, then the recipients)."""
    t, language = context.catalog.t, context.language
    given = _versions(draft)
    names = lambda codes: ", ".join(Catalog.language_name(language, c) or c for c in codes)  # noqa: E731
    lines = [before] if before else []
    if given:
        lines.append(t(language, "broadcast-versions-given", names=names(given)))
    missing = [c for c in LANGUAGES if c not in given]
    if missing and given:
        lines.append(t(language, "broadcast-versions-missing", names=names(missing)))
    if code is None:
        lines.append(t(language, "broadcast-versions-all-given"))
    else:
        lines.append(
            t(language, "broadcast-ask-version", name=Catalog.language_name(language, code), max=MAX_CUSTOM_CHARS)
        )
        if not given:
            lines.append(t(language, "broadcast-versions-format"))
    draft = await _save(update, context, editing=code)
    if given and not draft.get("audience"):
        lines.append(t(language, "broadcast-versions-or-audience"))
        keyboard = await _audience_keyboard(update, context, draft, with_versions=True)
        await send_text(update, context, "\n\n".join(lines), keyboard)
        return CHOOSE_AUDIENCE
    await send_text(update, context, "\n\n".join(lines), _version_keyboard(context, draft))
    return TYPE_TEXT


def _writing_state(draft: dict[str, Any]) -> str:
    """Where a note being written is: versions and recipients asked together once one is given."""
    return CHOOSE_AUDIENCE if _versions(draft) and not draft.get("audience") else TYPE_TEXT


@guarded("broadcast")
async def text_typed(update: Update, context: Context) -> str:
    """A version of the note, in the language asked: kept as typed, within the length a
    heading still fits with; then the next missing language is asked for."""
    assert update.message is not None
    text = (update.message.text or "").strip()
    draft = await _draft(update, context)
    if not text:
        await say(update, context, "broadcast-text-only")
        return _writing_state(draft)
    if len(text) > MAX_CUSTOM_CHARS:
        await say(update, context, "too-long-input", length=len(text), max=MAX_CUSTOM_CHARS)
        return _writing_state(draft)
    code = draft.get("editing") or _next_missing(draft, context.language)
    if code not in LANGUAGES:  # all six given and none chosen: which one is this?
        await say(update, context, "broadcast-version-choose-language", _version_keyboard(context, draft))
        return _writing_state(draft)
    texts = {**_versions(draft), code: text}
    draft = await _save(update, context, texts=texts, custom_text=None)
    saved = context.t("broadcast-version-saved", name=Catalog.language_name(context.language, code))
    return await _ask_version(update, context, draft, _next_missing(draft, context.language), before=saved)


@guarded("broadcast")
async def version_language(update: Update, context: Context) -> str:
    """A language button: its version is the one to type (or type again) next."""
    pressed = VersionLanguage.of(update)
    await acknowledge(update)
    draft = await _draft(update, context)
    if pressed is None or pressed.language not in LANGUAGES:
        await stale_button(update, context)
        return _writing_state(draft)
    return await _ask_version(update, context, draft, pressed.language)


@guarded("broadcast")
async def audience_text(update: Update, context: Context) -> str:
    """Text where the recipients are asked: for a note being written, its next version."""
    draft = await _draft(update, context)
    if draft.get("kind") == MessageKind.CUSTOM.value:
        return await text_typed(update, context)
    await say(update, context, "broadcast-use-buttons", await _audience_keyboard(update, context, draft))
    return CHOOSE_AUDIENCE


@guarded("broadcast")
async def audience_document(update: Update, context: Context) -> str:
    """A document where the recipients are asked: for a note being written, versions."""
    draft = await _draft(update, context)
    if draft.get("kind") == MessageKind.CUSTOM.value:
        return await versions_document(update, context)
    await say(update, context, "broadcast-use-buttons", await _audience_keyboard(update, context, draft))
    return CHOOSE_AUDIENCE


@guarded("broadcast")
async def versions_done(update: Update, context: Context) -> str:
    """Done with the versions (at least one given): back to the preview, or the recipients."""
    await acknowledge(update)
    draft = await _draft(update, context)
    if not _versions(draft):
        return await _ask_version(update, context, draft, _next_missing(draft, context.language))
    return await _after_message(update, context, draft, edit=False)


def read_versions(text: str) -> dict[str, str] | None:
    """The versions in a plain-text document: each under a line holding only its language code
    in brackets ("[en]", "[fr]", "[zh]"...). None if there is no such line, if text stands
    before the first, or if a language comes twice; an empty version is left out."""
    marks = list(VERSION_MARK.finditer(text))
    if not marks or text[: marks[0].start()].strip():
        return None
    found: dict[str, str] = {}
    for index, mark in enumerate(marks):
        code = mark.group(1).lower()
        end = marks[index + 1].start() if index + 1 < len(marks) else len(text)
        if code in found:
            return None
        body = text[mark.end() : end].strip()
        if body:
            found[code] = body
    return found or None


@guarded("broadcast")
async def versions_document(update: Update, context: Context) -> str:
    """A plain-text document holding the versions (see `read_versions`)."""
    assert update.message is not None and update.message.document is not None
    document = update.message.document
    name = document.file_name or "—"
    if not (name.lower().endswith(".txt") and (document.mime_type or "").startswith("text/")):
        await say(update, context, "broadcast-versions-file-type", name=name)
        return _writing_state(await _draft(update, context))
    if (document.file_size or 0) > MAX_VERSIONS_FILE:
        await say(update, context, "broadcast-versions-file-bad", name=name, max=MAX_CUSTOM_CHARS)
        return _writing_state(await _draft(update, context))
    try:
        data = bytes(await (await context.bot.get_file(document.file_id)).download_as_bytearray())
    except TelegramError as exc:
        logger.info("could not download a versions document: %s", exc)
        await say(update, context, "comment-file-download-failed", name=name)
        return _writing_state(await _draft(update, context))
    try:
        found = read_versions(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        found = None
    if found is None or any(len(body) > MAX_CUSTOM_CHARS for body in found.values()):
        await say(update, context, "broadcast-versions-file-bad", name=name, max=MAX_CUSTOM_CHARS)
        return _writing_state(await _draft(update, context))
    draft = await _draft(update, context)
    draft = await _save(update, context, texts={**_versions(draft), **found}, custom_text=None)
    names = ", ".join(Catalog.language_name(context.language, c) or c for c in LANGUAGES if c in found)
    read = context.t("broadcast-versions-file-read", name=name, names=names)
    return await _ask_version(update, context, draft, _next_missing(draft, context.language), before=read)


# -- templates ----------------------------------------------------------------------------------


@guarded("broadcast")
async def show_templates(update: Update, context: Context) -> str:
    """The saved templates: each to use or to delete."""
    await acknowledge(update)
    t, language = context.catalog.t, context.language
    saved = await communications.templates(context.db, await _consultation_id(update, context))
    if not saved:
        await say(update, context, "broadcast-templates-none", _message_keyboard(context))
        return CHOOSE_MESSAGE
    lines = [t(language, "broadcast-templates-title")]
    buttons = []
    for item in saved:
        names = ", ".join(Catalog.language_name(language, c) or c for c in LANGUAGES if c in item.texts)
        lines.append(t(language, "broadcast-template-line", name=item.name, languages=names))
        buttons.append(keyboards.press(t(language, "broadcast-template-use", name=item.name), UseTemplate(item.id)))
        buttons.append(
            keyboards.press(t(language, "broadcast-template-delete", name=item.name), DeleteTemplate(item.id))
        )
    buttons.append(keyboards.press(t(language, "broadcast-cancel-button"), Cancel()))
    await send_text(update, context, "\n".join(lines), keyboards.rows(buttons, per_row=2))
    return TEMPLATES


@guarded("broadcast")
async def template_pressed(update: Update, context: Context) -> str:
    """Use a template (its versions become the note's, to amend or complete), or delete it."""
    used, deleted = UseTemplate.of(update), DeleteTemplate.of(update)
    await acknowledge(update)
    if deleted is not None:
        assert update.effective_user is not None
        if await communications.delete_template(context.db, deleted.template, update.effective_user.id):
            await say(update, context, "broadcast-template-deleted")
        return await show_templates(update, context)
    found = await communications.template(context.db, used.template) if used is not None else None
    if found is None:
        await stale_button(update, context)
        return await show_templates(update, context)
    draft = await _save(update, context, kind=MessageKind.CUSTOM.value, texts=found.texts, custom_text=None)
    loaded = context.t("broadcast-template-loaded", name=found.name)
    return await _ask_version(update, context, draft, _next_missing(draft, context.language), before=loaded)


@guarded("broadcast")
async def save_template_pressed(update: Update, context: Context) -> str:
    await acknowledge(update)
    await say(update, context, "broadcast-template-ask-name", max=MAX_TEMPLATE_NAME)
    return NAME_TEMPLATE


@guarded("broadcast")
async def template_named(update: Update, context: Context) -> str:
    """The template's name typed: the note's versions saved under it (one of that name replaced)."""
    assert update.message is not None and update.effective_user is not None
    name = " ".join((update.message.text or "").split())
    if not name or len(name) > MAX_TEMPLATE_NAME:
        await say(update, context, "broadcast-template-ask-name", max=MAX_TEMPLATE_NAME)
        return NAME_TEMPLATE
    draft = await _draft(update, context)
    saved = await communications.save_template(
        context.db,
        consultation_id=await _consultation_id(update, context),
        name=name,
        texts=_versions(draft),
        created_by=(await _officer(update, context)).id,
        now=context.deps.now(),
        actor_telegram_id=update.effective_user.id,
    )
    key = "broadcast-template-saved" if saved is not None else "broadcast-templates-full"
    needed = await _needed_fallbacks(update, context, draft)
    text = context.t(key, name=name, max=communications.MAX_TEMPLATES)
    await send_text(update, context, text, _confirm_keyboard(context, draft, needed))
    return CONFIRM


# -- documents ----------------------------------------------------------------------------------


def _files_keyboard(context: Context, files: list[communications.BroadcastFile]) -> Any:
    t, language = context.catalog.t, context.language
    buttons = []
    for item in files:
        audience = (
            t(language, "broadcast-file-for-everyone")
            if item.language is None
            else Catalog.language_name(language, item.language)
        )
        buttons.append(
            keyboards.press(
                t(language, "broadcast-file-language", name=item.file_name, audience=audience), FileLanguage(item.id)
            )
        )
        buttons.append(keyboards.press(t(language, "broadcast-file-remove", name=item.file_name), RemoveFile(item.id)))
    buttons.append(
        keyboards.press(t(language, "broadcast-files-done" if files else "broadcast-files-none"), FilesDone())
    )
    buttons.append(keyboards.press(t(language, "broadcast-cancel-button"), Cancel()))
    return keyboards.rows(buttons, per_row=1)


async def _ask_files(update: Update, context: Context, *, edit: bool = False, before: str | None = None) -> str:
    officer = await _officer(update, context)
    files = await communications.draft_files(context.db, officer.id)
    t, language = context.catalog.t, context.language
    lines = [before] if before else []
    lines.append(t(language, "broadcast-ask-files", max=communications.MAX_FILES))
    if files:
        lines.append(t(language, "broadcast-files-attached", count=len(files)))
    text = "\n\n".join(lines)
    if edit and update.callback_query is not None and before is None:
        await replace_message(update, context, text, _files_keyboard(context, files))
    else:
        await send_text(update, context, text, _files_keyboard(context, files))
    return ATTACH


@guarded("broadcast")
async def file_received(update: Update, context: Context) -> str:
    """A document to send with the broadcast: the checks of focal points' attachments (name,
    declared type, size, then the bytes), kept in the draft (for everyone at first)."""
    assert update.message is not None and update.message.document is not None
    document = update.message.document
    name = document.file_name or ""
    refusal = attachments.check_declared(name, document.mime_type, document.file_size)
    data: bytes | None = None
    if refusal is None:
        try:
            data = bytes(await (await context.bot.get_file(document.file_id)).download_as_bytearray())
        except TelegramError as exc:
            logger.info("could not download a broadcast document: %s", exc)
            if "too big" not in str(exc).lower():
                return await _ask_files(update, context, before=context.t("comment-file-download-failed", name=name))
            refusal = attachments.Refusal.TOO_BIG
    if refusal is None and data is not None:
        refusal = await asyncio.to_thread(attachments.check_content, name, data)
    if refusal is not None or data is None:
        reason = (refusal or attachments.Refusal.CONTENT).value
        notice = context.t(f"comment-file-{reason}", name=name or "—", max_files=communications.MAX_FILES)
        return await _ask_files(update, context, before=notice)
    officer = await _officer(update, context)
    stored = await communications.add_draft_file(
        context.db,
        officer.id,
        file_name=name,
        mime_type=document.mime_type,
        sha256=hashlib.sha256(data).hexdigest(),
        data=data,
    )
    if stored is None:
        key = "comment-file-duplicate"
        if len(await communications.draft_files(context.db, officer.id)) >= communications.MAX_FILES:
            key = "broadcast-files-too-many"
        return await _ask_files(update, context, before=context.t(key, name=name, max_files=communications.MAX_FILES))
    return await _ask_files(update, context, before=context.t("broadcast-file-received", name=name))


@guarded("broadcast")
async def file_button(update: Update, context: Context) -> str:
    """A document's language (pressed: the next of everyone, ar, zh, en, fr, ru, es), Remove, or Done."""
    officer = await _officer(update, context)
    await acknowledge(update)
    if FilesDone.of(update) is not None:
        draft = await _draft(update, context)
        if draft.get("audience"):
            return await _preview(update, context)
        return await _ask_audience(update, context, edit=False)
    files = {f.id: f for f in await communications.draft_files(context.db, officer.id)}
    cycled, removed = FileLanguage.of(update), RemoveFile.of(update)
    if cycled is not None and cycled.file in files:
        order: list[str | None] = [None, *LANGUAGES]
        current = order.index(files[cycled.file].language)
        await communications.set_draft_file_language(
            context.db, officer.id, cycled.file, order[(current + 1) % len(order)]
        )
    elif removed is not None and removed.file in files:
        await communications.remove_draft_file(context.db, officer.id, removed.file)
    else:
        await stale_button(update, context)
    return await _ask_files(update, context, edit=True)


# -- when ---------------------------------------------------------------------------------------


def _when_keyboard(context: Context) -> Any:
    t, language = context.catalog.t, context.language
    return keyboards.rows(
        [
            keyboards.press(t(language, "broadcast-when-now"), PickWhen(SendMode.NOW.value)),
            keyboards.press(t(language, "broadcast-when-at"), PickWhen(SendMode.AT.value)),
            keyboards.press(t(language, "broadcast-when-office-hours"), PickWhen(SendMode.OFFICE_HOURS.value)),
            keyboards.press(t(language, "broadcast-cancel-button"), Cancel()),
        ],
        per_row=1,
    )


async def _ask_when(update: Update, context: Context, *, edit: bool = True) -> str:
    if edit:
        await edit_or_say(update, context, "broadcast-choose-when", _when_keyboard(context))
    else:
        await say(update, context, "broadcast-choose-when", _when_keyboard(context))
    return CHOOSE_WHEN


async def _officer_zone(update: Update, context: Context) -> Any:
    """The officer's time zone: their country's if they have one, else the consultation's
    (the secretariat's)."""
    officer = await _officer(update, context)
    if officer.country_code:
        return timezone_for(officer.country_code)
    return (await context.deps.effective_consultation()).zone


@guarded("broadcast")
async def when_chosen(update: Update, context: Context) -> str:
    pressed = PickWhen.of(update)
    mode = pressed.mode if pressed else ""
    if mode not in {m.value for m in SendMode}:
        await stale_button(update, context)
        return CHOOSE_WHEN
    await acknowledge(update)
    if mode == SendMode.AT.value:
        zone = await _officer_zone(update, context)
        example = Catalog.datetime(context.language, context.deps.now(), zone)
        await edit_or_say(update, context, "broadcast-ask-time", example=example)
        return TYPE_TIME
    await _save(update, context, when=mode, send_at=None)
    return await _preview(update, context)


@guarded("broadcast")
async def time_typed(update: Update, context: Context) -> str:
    """ "2013-01-20 10:00" (a day alone: 09:00) in the officer's time zone, in the future."""
    assert update.message is not None
    zone = await _officer_zone(update, context)
    at = typed.deadline(update.message.text or "", zone, time(9, 0))
    if at is None:
        await say(update, context, "broadcast-bad-time")
        return TYPE_TIME
    if at <= context.deps.now():
        await say(update, context, "broadcast-time-past")
        return TYPE_TIME
    await _save(update, context, when=SendMode.AT.value, send_at=at.isoformat())
    return await _preview(update, context)


def _send_at(draft: dict[str, Any]) -> datetime | None:
    value = draft.get("send_at")
    return datetime.fromisoformat(value) if value else None


def not_before(draft: dict[str, Any], member: Participant, now: datetime) -> datetime | None:
    """When this recipient's delivery may go: now, the officer's time, or their office hours."""
    mode = draft.get("when") or SendMode.NOW.value
    if mode == SendMode.AT.value:
        return _send_at(draft)
    if mode == SendMode.OFFICE_HOURS.value:
        return office_hours_at(now, member.country_code)
    return None


async def _needed_fallbacks(update: Update, context: Context, draft: dict[str, Any]) -> list[str]:
    """The languages of recipients with no version and no version chosen for them yet."""
    versions = _versions(draft)
    if not versions:
        return []
    chosen = draft.get("fallbacks") or {}
    members = await _recipients(context, draft, await _consultation_id(update, context))
    present = {m.language for m in members}
    return [c for c in LANGUAGES if c in present and c not in versions and chosen.get(c) not in versions]


@guarded("broadcast")
async def fallback_chosen(update: Update, context: Context) -> str:
    """The version the recipients of a language without one will get."""
    pressed = Fallback.of(update)
    await acknowledge(update)
    draft = await _draft(update, context)
    versions = _versions(draft)
    if pressed is None or pressed.chosen not in versions or pressed.missing not in LANGUAGES:
        await stale_button(update, context)
        return CONFIRM
    chosen = {**(draft.get("fallbacks") or {}), pressed.missing: pressed.chosen}
    draft = await _save(update, context, fallbacks=chosen)
    await _confirm_message(update, context, draft)
    return CONFIRM


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
    draft = await _save(update, context, audience=Audience(kind=AudienceKind(choice)).model_dump())
    return await _after_audience(update, context, draft)


async def _after_audience(update: Update, context: Context, draft: dict[str, Any]) -> str:
    """The recipients are chosen: the preview (sent now unless changed from there)."""
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
        return await _after_audience(update, context, draft)
    else:
        await stale_button(update, context)
        return CHOOSE_COUNTRIES
    await _save(update, context, audience=Audience(kind=AudienceKind.COUNTRIES, countries=chosen).model_dump())
    await _show_countries(update, context, chosen, [], None)
    return CHOOSE_COUNTRIES


async def _preview(update: Update, context: Context) -> str:
    """One preview per recipient language (exactly what they will get, with its documents),
    then the count, the languages without a version, when, and confirm."""
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
    versions = _versions(draft)
    files = await communications.draft_files(context.db, (await _officer(update, context)).id)
    # Telegram allows about one message a second per chat after a short burst: one message
    # per language (heading and text together) and one to confirm keep the preview quick.
    t = context.catalog.t
    for code, count in by_language.items():
        if not count or (versions and code not in versions):
            continue
        text, keyboard = render_message(context.catalog, consultation, kind, versions.get(code), code, None, named)
        heading = t(language, "broadcast-preview-language", name=Catalog.language_name(language, code), count=count)
        parts = [heading, text]
        own = communications.files_for(files, code, code)
        if own:
            parts.append(t(language, "broadcast-preview-files", names=", ".join(f.file_name for f in own)))
        await send_text(update, context, "\n\n".join(parts), keyboard)
    await _confirm_message(update, context, draft, members)
    return CONFIRM


async def _confirm_message(
    update: Update, context: Context, draft: dict[str, Any], members: list[Participant] | None = None
) -> None:
    """The count, the versions missing (and what their recipients get), when, and the buttons."""
    t, language = context.catalog.t, context.language
    consultation_id = await _consultation_id(update, context)
    if members is None:
        members = await _recipients(context, draft, consultation_id)
    versions = _versions(draft)
    chosen = draft.get("fallbacks") or {}
    name = lambda code: Catalog.language_name(language, code) or code  # noqa: E731
    lines = [t(language, "broadcast-preview-title"), t(language, "broadcast-confirm", count=len(members))]
    if await _named(context, consultation_id) is not None:
        title = (await context.deps.effective_consultation(consultation_id)).title.get(language)
        lines.insert(1, t(language, "consultations-of", id=consultation_id, title=title))
    if versions:
        by_language = {code: sum(1 for m in members if m.language == code) for code in LANGUAGES}
        without = [c for c in LANGUAGES if c not in versions and not by_language[c]]
        if without:
            lines.append(t(language, "broadcast-missing-no-recipients", names=", ".join(name(c) for c in without)))
        for code in LANGUAGES:
            if code in versions or not by_language[code]:
                continue
            if chosen.get(code) in versions:
                lines.append(
                    t(
                        language,
                        "broadcast-fallback-set",
                        missing=name(code),
                        chosen=name(chosen[code]),
                        count=by_language[code],
                    )
                )
            else:
                lines.append(t(language, "broadcast-fallback-needed", missing=name(code), count=by_language[code]))
    unreachable = sum(1 for m in members if m.unreachable_at is not None)
    if unreachable:
        lines.append(t(language, "broadcast-confirm-unreachable", count=unreachable))
    lines.append(await _when_line(update, context, draft, members))
    needed = await _needed_fallbacks(update, context, draft)
    await send_text(update, context, "\n\n".join(lines), _confirm_keyboard(context, draft, needed))


async def _when_line(update: Update, context: Context, draft: dict[str, Any], members: list[Participant]) -> str:
    t, language = context.catalog.t, context.language
    mode = draft.get("when") or SendMode.NOW.value
    if mode == SendMode.AT.value:
        at = _send_at(draft)
        assert at is not None
        return t(
            language, "broadcast-when-line-at", at=Catalog.datetime(language, at, await _officer_zone(update, context))
        )
    if mode == SendMode.OFFICE_HOURS.value:
        now = context.deps.now()
        later = sum(1 for m in members if office_hours_at(now, m.country_code) is not None)
        return t(language, "broadcast-when-line-office-hours", now=len(members) - later, later=later)
    return t(language, "broadcast-when-line-now")


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
    if await _needed_fallbacks(update, context, draft):  # a version still to choose for a language
        await acknowledge(update)
        await _confirm_message(update, context, draft)
        return CONFIRM
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
    now = context.deps.now()
    mode = SendMode(draft.get("when") or SendMode.NOW.value)
    if mode is SendMode.AT and (_send_at(draft) or now) <= now:  # the time given has passed meanwhile
        await say(update, context, "broadcast-time-past")
        return await _ask_when(update, context, edit=False)
    versions = _versions(draft)
    created = await broadcasts.create(
        context.db,
        draft_flow=FLOW,
        kind=kind,
        audience=audience,
        recipients=[broadcasts.recipient_for(m, not_before(draft, m, now)) for m in members],
        now=now,
        created_by=officer.id,
        actor_telegram_id=update.effective_user.id,
        # The officer's own version (else the first) also as the note's one text, for what reads
        # a note's text without its versions; recipients get their version (`texts`).
        custom_text=versions.get(officer.language) or next(iter(versions.values()), None),
        progress_chat_id=update.effective_chat.id,
        progress_message_id=pressed,
        texts=versions or None,
        fallbacks={k: v for k, v in (draft.get("fallbacks") or {}).items() if v in versions} or None,
        send_mode=mode,
        send_at=_send_at(draft) if mode is SendMode.AT else None,
        with_draft_files=True,
        consultation_id=consultation_id,
    )
    if created is None:  # consumed meanwhile by the same Send arriving twice
        await say(update, context, "button-stale")
        return ConversationHandler.END
    ahead = await broadcasts.queue_position(context.db, created.id, context.deps.now())
    text = context.catalog.t(officer.language, "broadcast-queued", id=created.id, count=len(members))
    if mode is not SendMode.NOW:
        text += "\n" + context.catalog.t(officer.language, "broadcast-queued-scheduled", id=created.id)
    elif ahead:
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
    if data is not None and data.step == FILES:
        return await _ask_files(update, context)
    if data is not None and data.step == WHEN:
        return await _ask_when(update, context)
    await stale_button(update, context)
    return CONFIRM


@guarded("cancel")
async def cancel(update: Update, context: Context) -> int:
    """/cancel or the Cancel button: nothing is sent, the draft is dropped."""
    await acknowledge(update)
    participant = await participant_of(update, context)
    if participant is not None:  # dropped and audited ("broadcast.cancel", issue 15)
        await staff_drafts.discard(
            context.db, participant.id, FLOW, action="broadcast.cancel", actor_telegram_id=participant.telegram_id
        )
        await communications.clear_draft_files(context.db, participant.id)
    if update.callback_query is not None:
        await edit_or_say(update, context, "broadcast-cancelled")
    else:
        await say(update, context, "broadcast-cancelled")
    return ConversationHandler.END


async def _ask_name_again(update: Update, context: Context) -> None:
    """Anything but a name where the template's name is asked."""
    await say(update, context, "broadcast-template-ask-name", max=MAX_TEMPLATE_NAME)


async def _confirm_again(update: Update, context: Context) -> None:
    """Something typed at the preview: the buttons again, with what is still to choose."""
    await say(update, context, "broadcast-use-buttons")
    await _confirm_message(update, context, await _draft(update, context))


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
                    CallbackQueryHandler(show_templates, pattern=ShowTemplates.pattern()),
                    otherwise=flow.says("broadcast-use-buttons", lambda _update, context: _message_keyboard(context)),
                ),
                TEMPLATES: _state(
                    TEMPLATES,
                    CallbackQueryHandler(template_pressed, pattern=UseTemplate.pattern()),
                    CallbackQueryHandler(template_pressed, pattern=DeleteTemplate.pattern()),
                    otherwise=flow.says("broadcast-use-buttons"),
                ),
                TYPE_TEXT: _state(
                    TYPE_TEXT,
                    MessageHandler(flow.TEXT, text_typed),
                    MessageHandler(filters.Document.ALL & flow.MESSAGE, versions_document),
                    CallbackQueryHandler(version_language, pattern=VersionLanguage.pattern()),
                    CallbackQueryHandler(versions_done, pattern=VersionsDone.pattern()),
                    otherwise=flow.says("broadcast-text-only"),
                ),
                ATTACH: _state(
                    ATTACH,
                    MessageHandler(filters.Document.ALL & flow.MESSAGE, file_received),
                    *(
                        CallbackQueryHandler(file_button, pattern=pressed.pattern())
                        for pressed in (FileLanguage, RemoveFile, FilesDone)
                    ),
                    otherwise=flow.says("broadcast-files-only"),
                ),
                CHOOSE_WHEN: _state(
                    CHOOSE_WHEN,
                    CallbackQueryHandler(when_chosen, pattern=PickWhen.pattern()),
                    otherwise=flow.says("broadcast-use-buttons", lambda _update, context: _when_keyboard(context)),
                ),
                TYPE_TIME: _state(
                    TYPE_TIME, MessageHandler(flow.TEXT, time_typed), otherwise=flow.says("broadcast-bad-time")
                ),
                NAME_TEMPLATE: _state(
                    NAME_TEMPLATE,
                    MessageHandler(flow.TEXT, template_named),
                    otherwise=_ask_name_again,
                ),
                CHOOSE_AUDIENCE: _state(
                    CHOOSE_AUDIENCE,
                    CallbackQueryHandler(audience_chosen, pattern=PickAudience.pattern()),
                    MessageHandler(flow.TEXT, audience_text),
                    MessageHandler(filters.Document.ALL & flow.MESSAGE, audience_document),
                    CallbackQueryHandler(version_language, pattern=VersionLanguage.pattern()),
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
                    CallbackQueryHandler(fallback_chosen, pattern=Fallback.pattern()),
                    CallbackQueryHandler(save_template_pressed, pattern=SaveTemplate.pattern()),
                    otherwise=guarded("broadcast")(flow.keep(CONFIRM, _confirm_again)),
                ),
            },
            fallbacks=[CommandHandler("cancel", cancel)],
            name="broadcast",
            persistent=True,
            allow_reentry=True,
        ),
        ChatMemberHandler(membership_changed, ChatMemberHandler.MY_CHAT_MEMBER),
    ]
