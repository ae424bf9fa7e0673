"""The secretariat's workspace in chat (issue 15): reading a submission and reviewing it.

    /read REF, or /status NAME -> the State's submissions (buttons) -> one of them:
      the submission as the country sent it (topic, type, paragraph with its text, comment,
      proposed text, detected language, attachments re-sent as documents) and its review
      (status, themes, how many notes and replies), with buttons:
        status (received, under review, addressed, noted without action) -> set at once
        Themes -> tick or untick the consultation's themes, or create one
        Internal note -> typed -> kept (staff only)
        Reply to the country -> typed -> preview -> Send: queued for the State's approved
          focal points (the outbox), each receiving it under a heading in their language
        Notes and replies, Versions and changes (a readable diff per field, and the status
        history), Attachments (sent again)
    /tags [N] -> the consultation's themes, with New theme and Rename.

What is typed (a note, a reply, a theme's names) is kept in `staff_drafts` (flow "review")
until it is saved: a restart in the middle loses nothing. Sending a reply consumes that draft
in the reply's own transaction, so the same Send twice queues it once. Every act is audited
by storage/review.py. Only staff reach any of this (handlers/access.py: read, review, tags).
"""

from __future__ import annotations

import asyncio
import re

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, ConversationHandler, MessageHandler

from handlers import callbacks, consultations, flow
from handlers.access import guarded
from handlers.common import stale_button
from handlers.context import Context
from handlers.keyboards import press, rows
from handlers.replies import acknowledge, participant_of, replace_message, say, send_text
from handlers.review import card
from handlers.review.buttons import (
    PREFIX,
    TAGS_PREFIX,
    Back,
    Cancel,
    CountryList,
    Files,
    NewTag,
    NotesAndReplies,
    Open,
    RenameTag,
    SendReply,
    SetStatus,
    ShowTags,
    ToggleTag,
    Versions,
    WriteNote,
    WriteReply,
)
from prompts import LANGUAGES, Catalog, countries
from storage import broadcasts, review, staff_drafts, submissions
from storage.consultations import FIRST_ID
from storage.models import Participant
from storage.review import ReviewError, ReviewStatus
from storage.submissions import Submission, Version

FLOW = "review"
TYPE_NOTE = "review_note"
TYPE_REPLY = "review_reply"
CONFIRM_REPLY = "review_confirm"
TYPE_TAG = "review_tag"
MAX_TYPED = 4000
# "fr: Financement", "zh：资金" — a theme's name in one language, one a line.
_NAMED_LINE = re.compile(r"^\s*([a-zA-Z]{2})\s*[:：]\s*(.*)$")


async def _officer(update: Update, context: Context) -> Participant:
    participant = await participant_of(update, context)
    assert participant is not None  # the guard let only staff in
    return participant


async def _submission(context: Context, submission_id: int) -> tuple[Submission, list[Version]] | None:
    found = await submissions.get(context.db, submission_id)
    if found is None:
        return None
    versions = await submissions.versions(context.db, submission_id)
    return (found, versions) if versions else None


async def _card(context: Context, submission: Submission, versions: list[Version]) -> tuple[str, InlineKeyboardMarkup]:
    found = await review.review_of(context.db, submission.id)
    assert found is not None
    text = await card.submission_text(context, submission, versions, found)
    return text, card.card_keyboard(context, submission, found, versions[-1])


async def _show(
    update: Update, context: Context, submission: Submission, versions: list[Version], *, edit: bool
) -> None:
    text, keyboard = await _card(context, submission, versions)
    if edit:
        await replace_message(update, context, text, keyboard)
    else:
        await send_text(update, context, text, keyboard)


async def _send_files(update: Update, context: Context, submission: Submission, version: Version) -> None:
    """The version's attachments as documents, each captioned with the reference."""
    chat = update.effective_chat
    assert chat is not None
    for attachment in version.attachments:
        path = context.deps.attachments_dir / attachment.storage_path
        try:
            data = await asyncio.to_thread(path.read_bytes)
        except OSError:
            await say(update, context, "review-file-missing", name=attachment.file_name)
            continue
        caption = context.t(
            "review-file-caption", reference=submission.reference, version=version.version, name=attachment.file_name
        )
        await context.bot.send_document(chat.id, document=data, filename=attachment.file_name, caption=caption)


async def _pressed(
    pressed: type[Open] | type[Back] | type[Versions] | type[Files] | type[NotesAndReplies],
    update: Update,
    context: Context,
) -> tuple[Submission, list[Version]] | None:
    """The submission a reading button names, its press acknowledged; None (answered as a
    stale button) when the data is not this button's or the submission is gone."""
    data = pressed.of(update)
    loaded = await _submission(context, data.submission) if data is not None else None
    if loaded is None:
        await stale_button(update, context)
        return None
    await acknowledge(update)
    return loaded


# -- reading -------------------------------------------------------------------------------------


@guarded("read")
async def read_command(update: Update, context: Context) -> None:
    """/read REF: the submission, then its attachments."""
    consultation = await context.deps.effective_consultation()
    typed = " ".join(context.args or [])
    reference = submissions.normalize_reference(typed)
    if reference is None:
        example = submissions.format_reference(consultation.reference_prefix, consultation.reference_year, 42)
        await say(update, context, "review-read-usage", example=example)
        return
    found = await submissions.get_by_reference(context.db, reference)
    loaded = await _submission(context, found.id) if found is not None else None
    if loaded is None:
        await say(update, context, "review-read-not-found", reference=reference)
        return
    await _show(update, context, *loaded, edit=False)
    await _send_files(update, context, loaded[0], loaded[1][-1])


@guarded("read")
async def open_pressed(update: Update, context: Context) -> None:
    """A submission's button in a State's list: the submission, then its attachments."""
    loaded = await _pressed(Open, update, context)
    if loaded is None:
        return
    await _show(update, context, *loaded, edit=False)
    await _send_files(update, context, loaded[0], loaded[1][-1])


@guarded("read")
async def back_pressed(update: Update, context: Context) -> None:
    """Back to the submission (from its versions, notes, themes): shown again, in place."""
    loaded = await _pressed(Back, update, context)
    if loaded is None:
        return
    await _show(update, context, *loaded, edit=True)


@guarded("read")
async def country_pressed(update: Update, context: Context) -> None:
    """A State's submissions to the consultation, each a button."""
    data = CountryList.of(update)
    country = countries.get(data.country) if data is not None else None
    if country is None:
        await stale_button(update, context)
        return
    await acknowledge(update)
    keyboard = await card.country_keyboard(context, country.code, None)
    name = countries.name(country.code, context.language)
    if keyboard is None:
        await say(update, context, "review-country-none", country=name)
    else:
        await say(update, context, "review-country-title", keyboard, country=name)


@guarded("read")
async def versions_pressed(update: Update, context: Context) -> None:
    """Every version, with what changed from the one before, and the status history."""
    loaded = await _pressed(Versions, update, context)
    if loaded is None:
        return
    submission, versions = loaded
    found = await review.review_of(context.db, submission.id)
    assert found is not None
    text = await card.versions_text(context, submission, versions, found)
    await send_text(update, context, text, card.back_keyboard(context, submission.id))


@guarded("read")
async def files_pressed(update: Update, context: Context) -> None:
    loaded = await _pressed(Files, update, context)
    if loaded is None:
        return
    submission, versions = loaded
    if not versions[-1].attachments:
        await say(update, context, "review-files-none", reference=submission.reference)
        return
    await _send_files(update, context, submission, versions[-1])


@guarded("read")
async def notes_pressed(update: Update, context: Context) -> None:
    """The internal notes and the replies sent, oldest first (staff only)."""
    loaded = await _pressed(NotesAndReplies, update, context)
    if loaded is None:
        return
    found = await review.review_of(context.db, loaded[0].id)
    assert found is not None
    await send_text(
        update, context, await card.notes_text(context, loaded[0], found), card.back_keyboard(context, loaded[0].id)
    )


# -- reviewing -----------------------------------------------------------------------------------


@guarded("review")
async def status_pressed(update: Update, context: Context) -> None:
    """A status button: set at once, the submission shown again with it."""
    data = SetStatus.of(update)
    try:
        status = ReviewStatus(data.status) if data is not None else None
    except ValueError:
        status = None
    loaded = await _submission(context, data.submission) if data is not None and status is not None else None
    if loaded is None or status is None:
        await stale_button(update, context)
        return
    officer = await _officer(update, context)
    await review.set_status(context.db, loaded[0].id, status, actor=officer, now=context.deps.now())
    await acknowledge(
        update, context.t("review-status-set", reference=loaded[0].reference, status=card.status_name(context, status))
    )
    await _show(update, context, *loaded, edit=True)


async def _show_tags(update: Update, context: Context, submission: Submission, *, edit: bool) -> None:
    found = await review.review_of(context.db, submission.id)
    assert found is not None
    all_tags = await review.tags(context.db, submission.consultation_id)
    text = card.tags_text(context, submission, all_tags)
    keyboard = card.tags_keyboard(context, submission, found, all_tags)
    if edit:
        await replace_message(update, context, text, keyboard)
    else:
        await send_text(update, context, text, keyboard)


@guarded("review")
async def tags_pressed(update: Update, context: Context) -> None:
    data = ShowTags.of(update)
    found = await submissions.get(context.db, data.submission) if data is not None else None
    if found is None:
        await stale_button(update, context)
        return
    await acknowledge(update)
    await _show_tags(update, context, found, edit=True)


@guarded("review")
async def toggle_pressed(update: Update, context: Context) -> None:
    """A theme's button under a submission: put on, or taken off."""
    data = ToggleTag.of(update)
    found = await submissions.get(context.db, data.submission) if data is not None else None
    tag = await review.get_tag(context.db, data.tag) if data is not None else None
    if data is None or found is None or tag is None or tag.consultation_id != found.consultation_id:
        await stale_button(update, context)
        return
    officer = await _officer(update, context)
    now = context.deps.now()
    if not await review.tag(context.db, found.id, tag.id, actor=officer, now=now):
        await review.untag(context.db, found.id, tag.id, actor=officer, now=now)
    await acknowledge(update)
    await _show_tags(update, context, found, edit=True)


# -- typed texts: a note, a reply, a theme's names --------------------------------------------------


async def _draft(context: Context, officer: Participant) -> dict[str, object]:
    return await staff_drafts.load(context.db, officer.id, FLOW)


def _typed(update: Update) -> str:
    message = update.effective_message
    return (message.text if message is not None else "") or ""


@guarded("review")
async def note_pressed(update: Update, context: Context) -> str | int:
    data = WriteNote.of(update)
    found = await submissions.get(context.db, data.submission) if data is not None else None
    if found is None:
        await stale_button(update, context)
        return ConversationHandler.END
    await acknowledge(update)
    officer = await _officer(update, context)
    await staff_drafts.save(context.db, officer.id, FLOW, {"kind": "note", "submission": found.id})
    await say(update, context, "review-note-ask", _cancel_keyboard(context), reference=found.reference)
    return TYPE_NOTE


def _cancel_keyboard(context: Context) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[press(context.t("review-btn-cancel"), Cancel())]])


@guarded("review")
async def note_typed(update: Update, context: Context) -> str | int:
    officer = await _officer(update, context)
    draft = await _draft(context, officer)
    submission_id = draft.get("submission")
    found = await submissions.get(context.db, int(submission_id)) if isinstance(submission_id, int) else None
    if draft.get("kind") != "note" or found is None:
        await say(update, context, "review-draft-gone")
        return ConversationHandler.END
    text = _typed(update)
    try:
        note = await review.add_note(context.db, found.id, text, actor=officer, now=context.deps.now())
    except ReviewError as problem:
        await say(update, context, f"review-error-{problem.code}", max=review.NOTE_MAX, length=len(text.strip()))
        return TYPE_NOTE
    await staff_drafts.clear(context.db, officer.id, FLOW)
    assert note is not None
    await say(update, context, "review-note-saved", card.back_keyboard(context, found.id), reference=found.reference)
    return ConversationHandler.END


async def _recipients(context: Context, submission: Submission) -> list[Participant]:
    return await broadcasts.audience_members(
        context.db,
        broadcasts.Audience(kind=broadcasts.AudienceKind.COUNTRIES, countries=[submission.country_code]),
        submission.consultation_id,
    )


def _languages(context: Context, members: list[Participant]) -> str:
    codes = [code for code in LANGUAGES if any(m.language == code for m in members)]
    return Catalog.list_of(context.language, [Catalog.language_name(context.language, code) or code for code in codes])


@guarded("review")
async def reply_pressed(update: Update, context: Context) -> str | int:
    data = WriteReply.of(update)
    found = await submissions.get(context.db, data.submission) if data is not None else None
    if found is None:
        await stale_button(update, context)
        return ConversationHandler.END
    await acknowledge(update)
    officer = await _officer(update, context)
    members = await _recipients(context, found)
    await staff_drafts.save(context.db, officer.id, FLOW, {"kind": "reply", "submission": found.id})
    country = countries.name(found.country_code, context.language)
    if members:
        await say(
            update,
            context,
            "review-reply-ask",
            _cancel_keyboard(context),
            reference=found.reference,
            country=country,
            count=len(members),
            languages=_languages(context, members),
        )
    else:
        await say(
            update,
            context,
            "review-reply-ask-nobody",
            _cancel_keyboard(context),
            reference=found.reference,
            country=country,
        )
    return TYPE_REPLY


@guarded("review")
async def reply_typed(update: Update, context: Context) -> str | int:
    """The reply's text: checked, kept in the draft, shown as it will go, with Send."""
    officer = await _officer(update, context)
    draft = await _draft(context, officer)
    submission_id = draft.get("submission")
    found = await submissions.get(context.db, int(submission_id)) if isinstance(submission_id, int) else None
    if draft.get("kind") != "reply" or found is None:
        await say(update, context, "review-draft-gone")
        return ConversationHandler.END
    text = _typed(update)
    try:
        cleaned = review.clean_text(text, review.REPLY_MAX, "reply")
    except ReviewError as problem:
        await say(update, context, f"review-error-{problem.code}", max=review.REPLY_MAX, length=len(text.strip()))
        return TYPE_REPLY
    await staff_drafts.save(context.db, officer.id, FLOW, {**draft, "text": cleaned})
    members = await _recipients(context, found)
    keyboard = rows(
        [
            press(context.t("review-btn-send-reply"), SendReply(found.id)),
            press(context.t("review-btn-cancel"), Cancel()),
        ],
        per_row=2,
    )
    await say(
        update,
        context,
        "review-reply-preview",
        keyboard,
        reference=found.reference,
        country=countries.name(found.country_code, context.language),
        count=len(members),
        languages=_languages(context, members) if members else context.t("review-none-value"),
        text=cleaned,
    )
    return CONFIRM_REPLY


@guarded("review")
async def reply_sent(update: Update, context: Context) -> str | int:
    """Send: kept and queued in one transaction that consumes the draft; the sender is woken."""
    data = SendReply.of(update)
    officer = await _officer(update, context)
    draft = await _draft(context, officer)
    if (
        data is None
        or draft.get("kind") != "reply"
        or draft.get("submission") != data.submission
        or not draft.get("text")
    ):
        await stale_button(update, context)
        return ConversationHandler.END
    await acknowledge(update)
    found = await submissions.get(context.db, data.submission)
    reply = (
        await review.add_reply(
            context.db, data.submission, str(draft["text"]), actor=officer, now=context.deps.now(), draft_flow=FLOW
        )
        if found is not None
        else None
    )
    if reply is None or found is None:
        await say(update, context, "button-stale")
        return ConversationHandler.END
    running = context.deps.sender
    if running is not None and reply.broadcast_id is not None:
        running.wake()
    country = countries.name(found.country_code, context.language)
    key = "review-reply-queued" if reply.recipients else "review-reply-kept"
    text = context.t(key, reference=found.reference, country=country, count=reply.recipients)
    await replace_message(update, context, text, card.back_keyboard(context, found.id))
    return ConversationHandler.END


# -- themes --------------------------------------------------------------------------------------


@guarded("tags")
async def tags_command(update: Update, context: Context) -> None:
    """/tags [N]: the consultation's themes (the first consultation's, or N's)."""
    consultation_id = FIRST_ID
    named = (context.args or [""])[0] if context.args else ""
    if named:
        record = await consultations.named(context, named)
        if record is None:
            await say(update, context, "review-unknown-consultation", number=named[:20])
            return
        consultation_id = record.id
    all_tags = await review.tags(context.db, consultation_id)
    text = await card.tag_list_text(context, consultation_id, all_tags)
    await send_text(update, context, text, card.tag_list_keyboard(context, consultation_id, all_tags))


def _language_name(context: Context) -> str:
    return Catalog.language_name(context.language, context.language) or context.language


@guarded("tags")
async def new_tag_pressed(update: Update, context: Context) -> str | int:
    data = NewTag.of(update)
    record = await context.deps.consultation_record(data.consultation) if data is not None else None
    found = await submissions.get(context.db, data.submission) if data is not None and data.submission else None
    if data is None or record is None or (data.submission and found is None):
        await stale_button(update, context)
        return ConversationHandler.END
    await acknowledge(update)
    officer = await _officer(update, context)
    draft = {"kind": "tag-new", "consultation": record.id, "submission": found.id if found else 0}
    await staff_drafts.save(context.db, officer.id, FLOW, draft)
    await say(update, context, "review-tag-ask-name", _cancel_keyboard(context), name=_language_name(context))
    return TYPE_TAG


@guarded("tags")
async def rename_tag_pressed(update: Update, context: Context) -> str | int:
    data = RenameTag.of(update)
    tag = await review.get_tag(context.db, data.tag) if data is not None else None
    if tag is None:
        await stale_button(update, context)
        return ConversationHandler.END
    await acknowledge(update)
    officer = await _officer(update, context)
    await staff_drafts.save(context.db, officer.id, FLOW, {"kind": "tag-rename", "tag": tag.id})
    await say(
        update,
        context,
        "review-tag-ask-rename",
        _cancel_keyboard(context),
        tag=tag.name(context.language),
        name=_language_name(context),
    )
    return TYPE_TAG


def parse_names(text: str, language: str) -> dict[str, str] | None:
    """A theme's names as typed: "fr: Financement" lines, and at most one line without a
    language code (the officer's language). None if more than one has none."""
    names: dict[str, str] = {}
    bare = 0
    for line in text.splitlines():
        if not line.strip():
            continue
        match = _NAMED_LINE.match(line)
        if match and match.group(1).lower() in LANGUAGES:
            names[match.group(1).lower()] = match.group(2)
        else:
            bare += 1
            names[language] = line
    return None if bare > 1 else names


@guarded("tags")
async def tag_typed(update: Update, context: Context) -> str | int:
    officer = await _officer(update, context)
    draft = await _draft(context, officer)
    text = _typed(update)
    if len(text) > MAX_TYPED:
        await say(update, context, "too-long-input", length=len(text), max=MAX_TYPED)
        return TYPE_TAG
    names = parse_names(text, context.language)
    if names is None:
        await say(update, context, "review-error-tag-lines")
        return TYPE_TAG
    now = context.deps.now()
    try:
        if draft.get("kind") == "tag-new" and isinstance(draft.get("consultation"), int):
            tag = await review.add_tag(context.db, int(draft["consultation"]), names, actor=officer, now=now)
            key = "review-tag-created"
        elif draft.get("kind") == "tag-rename" and isinstance(draft.get("tag"), int):
            renamed = await review.rename_tag(context.db, int(draft["tag"]), names, actor=officer, now=now)
            if renamed is None:
                await say(update, context, "review-draft-gone")
                return ConversationHandler.END
            tag, key = renamed, "review-tag-renamed"
        else:
            await say(update, context, "review-draft-gone")
            return ConversationHandler.END
    except ReviewError as problem:
        await say(update, context, f"review-error-{problem.code}", max=review.TAG_NAME_MAX)
        return TYPE_TAG
    await staff_drafts.clear(context.db, officer.id, FLOW)
    await say(update, context, key, name=tag.name(context.language))
    submission_id = draft.get("submission")
    found = (
        await submissions.get(context.db, submission_id) if isinstance(submission_id, int) and submission_id else None
    )
    if found is not None:
        await review.tag(context.db, found.id, tag.id, actor=officer, now=now)
        await _show_tags(update, context, found, edit=False)
    else:
        all_tags = await review.tags(context.db, tag.consultation_id)
        text = await card.tag_list_text(context, tag.consultation_id, all_tags)
        await send_text(update, context, text, card.tag_list_keyboard(context, tag.consultation_id, all_tags))
    return ConversationHandler.END


# -- leaving -------------------------------------------------------------------------------------


@guarded("cancel")
async def cancel(update: Update, context: Context) -> int:
    """/cancel or Cancel: what was typed is dropped, nothing saved."""
    await acknowledge(update)
    participant = await participant_of(update, context)
    if participant is not None:
        await staff_drafts.clear(context.db, participant.id, FLOW)
    if update.callback_query is not None:
        await replace_message(update, context, context.t("review-cancelled"))
    else:
        await say(update, context, "review-cancelled")
    return ConversationHandler.END


def _waiting(name: str, typed: object, key: str, guard: str) -> list[BaseHandler[Update, Context, object]]:
    """A state waiting for a typed text: the text, Cancel, and for anything else `key` with
    the state kept. Other workspace buttons still work meanwhile (their own handlers)."""
    return [
        MessageHandler(flow.TEXT, typed),  # type: ignore[arg-type]
        CallbackQueryHandler(cancel, pattern=Cancel.pattern()),
        MessageHandler(flow.ANY_MESSAGE, guarded(guard)(flow.keep(name, flow.says(key)))),
    ]


def handlers() -> list[BaseHandler[Update, Context, object]]:
    """The conversation (typed notes, replies and names), then the one-step commands and buttons."""
    return [
        ConversationHandler(
            entry_points=[
                CallbackQueryHandler(note_pressed, pattern=WriteNote.pattern()),
                CallbackQueryHandler(reply_pressed, pattern=WriteReply.pattern()),
                CallbackQueryHandler(new_tag_pressed, pattern=NewTag.pattern()),
                CallbackQueryHandler(rename_tag_pressed, pattern=RenameTag.pattern()),
            ],
            states={
                TYPE_NOTE: _waiting(TYPE_NOTE, note_typed, "review-type-text", "review"),
                TYPE_REPLY: _waiting(TYPE_REPLY, reply_typed, "review-type-text", "review"),
                CONFIRM_REPLY: [
                    CallbackQueryHandler(reply_sent, pattern=SendReply.pattern()),
                    CallbackQueryHandler(cancel, pattern=Cancel.pattern()),
                    MessageHandler(
                        flow.ANY_MESSAGE, guarded("review")(flow.keep(CONFIRM_REPLY, flow.says("review-use-buttons")))
                    ),
                ],
                TYPE_TAG: _waiting(TYPE_TAG, tag_typed, "review-type-text", "tags"),
            },
            fallbacks=[CommandHandler("cancel", cancel)],
            name="review",
            persistent=True,
            allow_reentry=True,
        )
    ]


def command_handlers() -> list[BaseHandler[Update, Context, object]]:
    def on(pressed: type[callbacks.CallbackData], callback: object) -> CallbackQueryHandler[Context, None]:
        return CallbackQueryHandler(callback, pattern=pressed.pattern())  # type: ignore[arg-type]

    return [
        CommandHandler("read", read_command),
        CommandHandler("tags", tags_command),
        on(Open, open_pressed),
        on(Back, back_pressed),
        on(CountryList, country_pressed),
        on(Versions, versions_pressed),
        on(Files, files_pressed),
        on(NotesAndReplies, notes_pressed),
        on(SetStatus, status_pressed),
        on(ShowTags, tags_pressed),
        on(ToggleTag, toggle_pressed),
        # Send, Cancel and the typed steps' buttons outside their conversation: stale.
        CallbackQueryHandler(stale_button, pattern=callbacks.prefix_pattern(PREFIX)),
        CallbackQueryHandler(stale_button, pattern=callbacks.prefix_pattern(TAGS_PREFIX)),
    ]
