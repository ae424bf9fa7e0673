"""/comment: an approved focal point writes a structured comment, step by step.

topic -> comment type -> paragraph of the report (optional) -> the comment (one or several
messages, joined in order) -> proposed replacement text (optional) -> attachments (optional)
-> preview with Submit, Edit (any single part) and Cancel -> receipt.

The draft row (storage/drafts.py) is written at every step and every message part BEFORE
the bot answers, and every step reads it back: the conversation state only says which
question is open. After a restart, a `kill -9` or a phone that went offline, the user
continues where they were (or sends /comment and is offered to continue). The same flow
revises a submission (`cm:revise:<id>`, offered by /mycomments): the draft then starts from
the latest version and submitting records a new version.

Each user action gets ONE new message from the bot (Telegram allows about one message a
second per chat); a pressed button's message is edited instead (it shows the choice and
loses its buttons, so old buttons are rarely pressed again).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import TelegramError
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, ConversationHandler, MessageHandler, filters

from handlers import callbacks, keyboards, language_detection
from handlers.access import guarded
from handlers.common import stale_button
from handlers.context import DEPS_KEY, Context
from handlers.keyboards import button
from handlers.replies import acknowledge, participant_of, say, send_text, user_language
from prompts import Consultation
from storage import attachments, drafts, submissions
from storage.drafts import Draft, DraftData
from storage.models import Participant
from storage.submissions import Outcome, Submission, Version

logger = logging.getLogger(__name__)

# Conversation states. The first seven are also the `step` stored with the draft.
TOPIC = "topic"
TYPE = "type"
PARAGRAPH = "paragraph"
COMMENT = "comment"
PROPOSED = "proposed"
ATTACHMENTS = "attachments"
PREVIEW = "preview"
CONFIRM_CANCEL = "confirm_cancel"  # "discard this draft?"
RESUME = "resume"  # "/comment" while a draft is open: continue it or start again

STEPS = (TOPIC, TYPE, PARAGRAPH, COMMENT, PROPOSED, ATTACHMENTS, PREVIEW)
NEXT_STEP = {
    TOPIC: TYPE,
    TYPE: PARAGRAPH,
    PARAGRAPH: COMMENT,
    COMMENT: PROPOSED,
    PROPOSED: ATTACHMENTS,
    ATTACHMENTS: PREVIEW,
}
EDITABLE = (TOPIC, TYPE, PARAGRAPH, COMMENT, PROPOSED, ATTACHMENTS)
PREFIX = "cm"
END = ConversationHandler.END
PREVIEW_HEAD, PREVIEW_TAIL = 1500, 400  # a long comment is previewed by its beginning and end


# -- shared helpers -------------------------------------------------------------------------


async def closed_notice(context: Context) -> tuple[str, dict[str, Any]] | None:
    """Why comments cannot be submitted or changed now (catalog key and the moment to show)."""
    consultation = await context.deps.effective_consultation()
    now = context.deps.now()
    if now >= consultation.dates.deadline:
        return "comment-closed", {"deadline": consultation.dates.deadline}
    if now < consultation.dates.opens:
        return "comment-not-open", {"opens": consultation.dates.opens}
    return None


async def say_closed(update: Update, context: Context, notice: tuple[str, dict[str, Any]], language: str) -> None:
    consultation = await context.deps.effective_consultation()
    key, moments = notice
    formatted = {name: context.catalog.datetime(language, value, consultation.zone) for name, value in moments.items()}
    await say(update, context, key, language=language, **formatted)


def _t(context: Context, language: str, key: str, **args: Any) -> str:
    return context.catalog.t(language, key, **args)


def _topic_name(consultation: Consultation, topic_id: str | None, language: str) -> str:
    topic = consultation.topic(topic_id or "")
    return topic.name.get(language) if topic else "—"


def _type_name(consultation: Consultation, type_id: str | None, language: str) -> str:
    kind = consultation.comment_type(type_id or "")
    return kind.name.get(language) if kind else "—"


def _number(context: Context, language: str, value: int) -> str:
    return context.catalog.number(language, value)


def _size(context: Context, language: str, size: int) -> str:
    kilobytes = max(1, round(size / 1024))
    return _t(context, language, "comment-size-kb", size=_number(context, language, kilobytes))


async def _draft_of(update: Update, context: Context) -> tuple[Participant, Draft | None]:
    participant = await participant_of(update, context)
    assert participant is not None  # guarded("comment") lets only approved focal points in
    return participant, await drafts.get(context.db, participant.id)


async def _no_draft(update: Update, context: Context) -> int:
    await acknowledge(update)
    await say(update, context, "comment-no-draft")
    return END


async def _pressed_at(
    update: Update,
    context: Context,
    language: str,
    step: str,
    *,
    choice: str | None = None,
    also: Callable[[Draft], bool] = lambda _draft: True,
) -> Draft | str | int:
    """`_draft_at` for a button: once the draft is found at its step, the press is answered and
    the pressed message shows the choice and loses its buttons."""
    draft = await _draft_at(update, context, language, step, also=also)
    if isinstance(draft, Draft):
        await acknowledge(update)
        await _mark_pressed(update, choice)
    return draft


async def _draft_at(
    update: Update,
    context: Context,
    language: str,
    step: str,
    *,
    typed: bool = False,
    also: Callable[[Draft], bool] = lambda _draft: True,
) -> Draft | str | int:
    """The person's draft if it is at `step` (and `also` holds for it). Otherwise the answer is
    given here and the state to return comes back instead of a draft: no draft any more, a
    button of another step (stale), or a typed message meant for another step (misrouted)."""
    _participant, draft = await _draft_of(update, context)
    if draft is None:
        return await _no_draft(update, context)
    if draft.step == step and also(draft):
        return draft
    if typed:
        return await _misrouted(update, context, draft, language, step)
    return await _stale(update, context, draft, language)


# -- keyboards ------------------------------------------------------------------------------


def _topic_keyboard(consultation: Consultation, language: str) -> InlineKeyboardMarkup:
    return keyboards.rows([button(t.name.get(language), PREFIX, "topic", t.id) for t in consultation.topics], per_row=1)


def _type_keyboard(consultation: Consultation, language: str) -> InlineKeyboardMarkup:
    return keyboards.rows(
        [button(t.name.get(language), PREFIX, "type", t.id) for t in consultation.comment_types], per_row=1
    )


def _paragraph_keyboard(context: Context, consultation: Consultation, language: str) -> InlineKeyboardMarkup:
    numbers = [
        button(_number(context, language, p.number), PREFIX, "para", p.number) for p in consultation.document.paragraphs
    ]
    grid = [numbers[i : i + 5] for i in range(0, len(numbers), 5)]
    grid.append([button(_t(context, language, "comment-btn-no-paragraph"), PREFIX, "para", "none")])
    return InlineKeyboardMarkup(grid)


def _single(context: Context, language: str, *entries: tuple[str, str]) -> InlineKeyboardMarkup:
    """One button per row: (catalog key, callback action)."""
    return InlineKeyboardMarkup([[button(_t(context, language, key), PREFIX, action)] for key, action in entries])


def _confirm_discard_keyboard(context: Context, language: str) -> InlineKeyboardMarkup:
    return _single(context, language, ("comment-btn-discard", "discard"), ("comment-btn-keep-draft", "keep"))


def _attachments_keyboard(context: Context, language: str, files: list[attachments.Attachment]) -> InlineKeyboardMarkup:
    grid = [
        [button(_t(context, language, "comment-btn-remove-file", name=f.file_name[:40]), PREFIX, "rmfile", f.id)]
        for f in files
    ]
    key = "comment-btn-files-done" if files else "comment-btn-no-attachment"
    grid.append([button(_t(context, language, key), PREFIX, "filesdone")])
    return InlineKeyboardMarkup(grid)


def _preview_keyboard(context: Context, language: str, draft: Draft, *, shortened: bool) -> InlineKeyboardMarkup:
    grid = [[button(_t(context, language, "comment-btn-submit"), PREFIX, "submit", draft.data.token)]]
    if shortened:
        grid.append([button(_t(context, language, "comment-btn-full-text"), PREFIX, "fulltext")])
    grid.append(
        [
            button(_t(context, language, "comment-btn-edit"), PREFIX, "edit"),
            button(_t(context, language, "comment-btn-cancel"), PREFIX, "cancel"),
        ]
    )
    return InlineKeyboardMarkup(grid)


def _edit_keyboard(context: Context, language: str) -> InlineKeyboardMarkup:
    parts: list[InlineKeyboardButton] = [
        button(_t(context, language, f"comment-btn-edit-{part}"), PREFIX, "editpart", part) for part in EDITABLE
    ]
    grid = [parts[i : i + 2] for i in range(0, len(parts), 2)]
    grid.append([button(_t(context, language, "comment-btn-back-to-preview"), PREFIX, "back")])
    return InlineKeyboardMarkup(grid)


# -- asking each step's question ------------------------------------------------------------


async def ask(update: Update, context: Context, draft: Draft, language: str, before: str | None = None) -> str:
    """Ask the draft's step (first time, after a resume or after bad input), in ONE message:
    `before` (what the bot has to say about the last input) comes first. Returns the step."""
    text, keyboard = await question(context, draft, language)
    await send_text(update, context, f"{before}\n\n{text}" if before else text, keyboard)
    return draft.step


async def question(context: Context, draft: Draft, language: str) -> tuple[str, InlineKeyboardMarkup | None]:
    """The text and the buttons of the draft's current step."""
    consultation = await context.deps.effective_consultation()
    data = draft.data
    step = draft.step
    t = context.catalog.t
    if step == TOPIC:
        return t(language, "comment-ask-topic"), _topic_keyboard(consultation, language)
    if step == TYPE:
        topic = _topic_name(consultation, data.topic_id, language)
        return t(language, "comment-ask-type", topic=topic), _type_keyboard(consultation, language)
    if step == PARAGRAPH:
        paragraphs = consultation.document.paragraphs
        text = t(
            language,
            "comment-ask-paragraph",
            document=consultation.document.title.get(language),
            first=paragraphs[0].number,
            last=paragraphs[-1].number,
        )
        return text, _paragraph_keyboard(context, consultation, language)
    if step == COMMENT:
        return _comment_question(context, draft, language, consultation)
    if step == PROPOSED:
        entries = [("comment-btn-skip-proposed", "skip")]
        if data.editing and data.proposed_text:
            entries = [("comment-btn-keep-proposed", "back"), ("comment-btn-remove-proposed", "skip")]
        return t(language, "comment-ask-proposed"), _single(context, language, *entries)
    if step == ATTACHMENTS:
        files = await attachments.for_draft(context.db, draft.id)
        text = t(language, "comment-ask-attachments", max_files=attachments.MAX_PER_COMMENT, count=len(files))
        if files:
            text += "\n" + _file_list(context, language, files)
        return text, _attachments_keyboard(context, language, files)
    return await _preview(context, draft, language, consultation)


def _comment_question(
    context: Context, draft: Draft, language: str, consultation: Consultation
) -> tuple[str, InlineKeyboardMarkup | None]:
    data = draft.data
    t = context.catalog.t
    maximum = _number(context, language, consultation.max_comment_chars)
    keyboard = _comment_keyboard(context, language, draft)
    if data.comment_parts:
        text = t(
            language,
            "comment-part-received",
            length=_number(context, language, len(data.comment)),
            max=maximum,
            parts=len(data.comment_parts),
        )
    elif data.comment_backup is not None:
        text = t(
            language,
            "comment-ask-new-comment",
            max=maximum,
            length=_number(context, language, len(drafts.join_parts(data.comment_backup))),
        )
    else:
        text = t(language, "comment-ask-comment", max=maximum)
    return text, keyboard


def _comment_keyboard(context: Context, language: str, draft: Draft) -> InlineKeyboardMarkup | None:
    entries = []
    if draft.data.comment_parts:
        entries.append(("comment-btn-comment-done", "done"))
    if draft.data.comment_backup is not None:
        entries.append(("comment-btn-keep-comment", "keepcomment"))
    return _single(context, language, *entries) if entries else None


def _file_list(context: Context, language: str, files: list[attachments.Attachment]) -> str:
    return "\n".join(f"• {f.file_name} ({_size(context, language, f.size)})" for f in files)


def excerpt(text: str, head: int = PREVIEW_HEAD, tail: int = PREVIEW_TAIL) -> str:
    """A long text's beginning and end, so that a preview fits one phone message."""
    if len(text) <= head + tail + 200:
        return text
    return f"{text[:head].rstrip()}\n[…]\n{text[-tail:].lstrip()}"


async def _preview(
    context: Context, draft: Draft, language: str, consultation: Consultation
) -> tuple[str, InlineKeyboardMarkup]:
    """Everything that will be recorded (a long comment shortened, the full text on request)."""
    data = draft.data
    t = context.catalog.t
    lines = [t(language, "comment-preview-title")]
    if draft.submission_id is not None:
        submission = await submissions.get(context.db, draft.submission_id)
        if submission is not None:
            lines.append(t(language, "comment-preview-revision", reference=submission.reference))
    paragraph = (
        t(language, "comment-preview-paragraph", paragraph=data.paragraph)
        if data.paragraph is not None
        else t(language, "comment-preview-no-paragraph")
    )
    lines.append(
        "\n".join(
            [
                t(language, "comment-preview-topic", topic=_topic_name(consultation, data.topic_id, language)),
                t(language, "comment-preview-type", type=_type_name(consultation, data.comment_type_id, language)),
                paragraph,
            ]
        )
    )
    comment = data.comment
    heading = t(language, "comment-preview-comment", length=_number(context, language, len(comment)))
    shown = excerpt(comment)
    if shown != comment:
        heading += " " + t(language, "comment-preview-shortened")
    lines.append(f"{heading}\n{shown}")
    if data.proposed_text:
        lines.append(t(language, "comment-preview-proposed") + "\n" + excerpt(data.proposed_text, 600, 200))
    else:
        lines.append(t(language, "comment-preview-no-proposed"))
    files = await attachments.for_draft(context.db, draft.id)
    if files:
        lines.append(
            t(language, "comment-preview-attachments", count=len(files)) + "\n" + _file_list(context, language, files)
        )
    else:
        lines.append(t(language, "comment-preview-no-attachments"))
    lines.append(t(language, "comment-preview-question"))
    return "\n\n".join(lines), _preview_keyboard(context, language, draft, shortened=shown != comment)


async def _mark_pressed(update: Update, choice: str | None = None) -> None:
    """The pressed message loses its buttons (and shows the choice): no stale presses later,
    and an edit costs no message against Telegram's per-chat limit."""
    query = update.callback_query
    if query is None or query.message is None:
        return
    text = getattr(query.message, "text", None)
    try:
        if choice and text and len(text) + len(choice) < 4000:
            await query.edit_message_text(f"{text}\n\n✓ {choice}", reply_markup=None)
        else:
            await query.edit_message_reply_markup(reply_markup=None)
    except TelegramError as exc:  # too old to edit, or unchanged: the answer still follows
        logger.debug("could not edit the pressed message: %s", exc)


async def advance(update: Update, context: Context, draft: Draft, language: str, before: str | None = None) -> str:
    """Save the draft at its next step (the preview when one part was being edited), ask it."""
    step = PREVIEW if draft.data.editing else NEXT_STEP[draft.step]
    if step == PREVIEW:
        draft.data.editing = False
        draft.data.comment_backup = None
    draft = await drafts.save(context.db, draft, context.deps.now(), step=step)
    return await ask(update, context, draft, language, before)


# -- entry: /comment, the menu button, "revise" from /mycomments --------------------------


@guarded("comment")
async def start(update: Update, context: Context) -> str | int:
    """/comment or the menu button: a new draft, or the offer to continue an open one."""
    await acknowledge(update)
    language_detection.preload(context.deps.services)
    language = await user_language(update, context)
    notice = await closed_notice(context)
    if notice is not None:
        await say_closed(update, context, notice, language)
        return END
    participant, draft = await _draft_of(update, context)
    if draft is not None and (draft.data.topic_id is not None or draft.submission_id is not None):
        return await _offer_resume(update, context, draft, language, fresh_args=())
    draft, dropped = await drafts.start(context.db, participant.id, TOPIC, context.deps.now())
    await attachments.remove_unreferenced(context.db, context.deps.attachments_dir, dropped)
    intro = _t(context, language, "comment-intro", title=context.deps.consultation.title.get(language))
    return await ask(update, context, draft, language, before=intro)


async def _offer_resume(
    update: Update,
    context: Context,
    draft: Draft,
    language: str,
    fresh_args: tuple[object, ...],
    before: str | None = None,
) -> str:
    consultation = await context.deps.effective_consultation()
    key = "comment-draft-open"
    reference = ""
    if draft.submission_id is not None:
        submission = await submissions.get(context.db, draft.submission_id)
        reference = submission.reference if submission else ""
        key = "comment-draft-open-revision"
    keyboard = InlineKeyboardMarkup(
        [
            [button(_t(context, language, "comment-btn-continue"), PREFIX, "continue")],
            [button(_t(context, language, "comment-btn-start-new"), PREFIX, "fresh", *fresh_args)],
        ]
    )
    text = _t(
        context,
        language,
        key,
        saved=context.catalog.datetime(language, draft.updated_at, consultation.zone),
        topic=_topic_name(consultation, draft.data.topic_id, language),
        length=_number(context, language, len(draft.data.comment)),
        reference=reference,
    )
    await send_text(update, context, f"{before}\n\n{text}" if before else text, keyboard)
    return RESUME


@guarded("comment")
async def revise(update: Update, context: Context) -> str | int:
    """“Revise” on a submission in /mycomments: a draft starting from its latest version."""
    await acknowledge(update)
    language = await user_language(update, context)
    data = callbacks.parse(update.callback_query.data if update.callback_query else None, PREFIX)
    submission_id = data.int_arg(0) if data else None
    participant, draft = await _draft_of(update, context)
    submission = await submissions.get(context.db, submission_id) if submission_id else None
    if submission is None or submission.country_code != participant.country_code:
        await say(update, context, "comment-revise-unavailable", language=language)
        return END
    if submission.status != submissions.SubmissionStatus.SUBMITTED:
        await say(update, context, "comment-revise-withdrawn", language=language, reference=submission.reference)
        return END
    notice = await closed_notice(context)
    if notice is not None:
        await say_closed(update, context, notice, language)
        return END
    await _mark_pressed(update)
    if draft is not None and draft.submission_id == submission.id:
        return await ask(update, context, draft, language, before=_t(context, language, "comment-resumed"))
    if draft is not None and (draft.data.topic_id is not None or draft.submission_id is not None):
        return await _offer_resume(update, context, draft, language, fresh_args=(submission.id,))
    return await _start_revision(update, context, participant, submission, language)


async def _start_revision(
    update: Update, context: Context, participant: Participant, submission: Submission, language: str
) -> str:
    latest = await submissions.latest_version(context.db, submission.id)
    assert latest is not None
    data = DraftData(
        topic_id=latest.topic_id,
        comment_type_id=latest.comment_type_id,
        paragraph=latest.paragraph,
        paragraph_skipped=latest.paragraph is None,
        comment_parts=[latest.comment],
        proposed_text=latest.proposed_text,
        proposed_skipped=latest.proposed_text is None,
        attachments_done=True,
        base_version=latest.version,
    )
    now = context.deps.now()
    draft, dropped = await drafts.start(
        context.db, participant.id, PREVIEW, now, data=data, submission_id=submission.id
    )
    await attachments.copy_to_draft(context.db, latest.id, draft.id, now)
    await attachments.remove_unreferenced(context.db, context.deps.attachments_dir, dropped)
    intro = _t(context, language, "comment-revise-intro", reference=submission.reference, version=latest.version + 1)
    return await ask(update, context, draft, language, before=intro)


@guarded("comment")
async def resume_continue(update: Update, context: Context) -> str | int:
    """“Continue”: the open draft's question again."""
    await acknowledge(update)
    language = await user_language(update, context)
    _participant, draft = await _draft_of(update, context)
    if draft is None:
        return await _no_draft(update, context)
    await _mark_pressed(update, _t(context, language, "comment-btn-continue"))
    return await ask(update, context, draft, language, before=_t(context, language, "comment-resumed"))


@guarded("comment")
async def resume_fresh(update: Update, context: Context) -> str | int:
    """“Start again”: the open draft is discarded, a new comment (or the revision) begins."""
    await acknowledge(update)
    language = await user_language(update, context)
    data = callbacks.parse(update.callback_query.data if update.callback_query else None, PREFIX)
    participant = await participant_of(update, context)
    assert participant is not None
    submission_id = data.int_arg(0) if data else None
    submission = await submissions.get(context.db, submission_id) if submission_id is not None else None
    if submission_id is not None and (
        submission is None
        or submission.country_code != participant.country_code
        or submission.status != submissions.SubmissionStatus.SUBMITTED
    ):  # checked before anything is discarded: a forged or outdated button loses nothing
        await say(update, context, "comment-revise-unavailable", language=language)
        return END
    await _mark_pressed(update, _t(context, language, "comment-btn-start-new"))
    _draft, dropped = await drafts.discard(context.db, participant.id)
    await attachments.remove_unreferenced(context.db, context.deps.attachments_dir, dropped)
    if submission is not None:
        return await _start_revision(update, context, participant, submission, language)
    draft, _ = await drafts.start(context.db, participant.id, TOPIC, context.deps.now())
    return await ask(update, context, draft, language)


@guarded("comment")
async def resume_any(update: Update, context: Context) -> str | int:
    """A comment button while no comment conversation is open: back to the draft's step."""
    language = await user_language(update, context)
    _participant, draft = await _draft_of(update, context)
    if draft is None:
        await stale_button(update, context)
        return END
    return await _stale(update, context, draft, language)


# -- the steps ------------------------------------------------------------------------------


@guarded("comment")
async def topic_chosen(update: Update, context: Context) -> str | int:
    """A topic button."""
    return await _choice(update, context, TOPIC)


@guarded("comment")
async def type_chosen(update: Update, context: Context) -> str | int:
    """A comment-type button."""
    return await _choice(update, context, TYPE)


async def _choice(update: Update, context: Context, step: str) -> str | int:
    language = await user_language(update, context)
    consultation = await context.deps.effective_consultation()
    data = callbacks.parse(update.callback_query.data if update.callback_query else None, PREFIX)
    choice_id = data.arg(0) if data else ""
    valid = consultation.topic(choice_id) if step == TOPIC else consultation.comment_type(choice_id)
    _participant, draft = await _draft_of(update, context)
    if draft is None:
        return await _no_draft(update, context)
    if valid is None or draft.step != step:
        return await _stale(update, context, draft, language)
    await acknowledge(update)
    await _mark_pressed(update, valid.name.get(language))
    if step == TOPIC:
        draft.data.topic_id = valid.id
    else:
        draft.data.comment_type_id = valid.id
    return await advance(update, context, draft, language)


@guarded("comment")
async def paragraph_button(update: Update, context: Context) -> str | int:
    """A paragraph number button, or "No specific paragraph"."""
    data = callbacks.parse(update.callback_query.data if update.callback_query else None, PREFIX)
    value = data.arg(0) if data else ""
    return await _paragraph(update, context, value, from_button=True)


@guarded("comment")
async def paragraph_typed(update: Update, context: Context) -> str | int:
    """A paragraph number typed as text ("5", "§ 5", "para. 5")."""
    assert update.message is not None and update.message.text is not None
    return await _paragraph(update, context, update.message.text, from_button=False)


async def _paragraph(update: Update, context: Context, value: str, *, from_button: bool) -> str | int:
    language = await user_language(update, context)
    consultation = await context.deps.effective_consultation()
    _participant, draft = await _draft_of(update, context)
    if draft is None:
        return await _no_draft(update, context)
    if draft.step != PARAGRAPH:
        if from_button:
            return await _stale(update, context, draft, language)
        return await _misrouted(update, context, draft, language, PARAGRAPH)
    await acknowledge(update)
    if value == "none" and from_button:
        await _mark_pressed(update, _t(context, language, "comment-btn-no-paragraph"))
        draft.data.paragraph = None
        draft.data.paragraph_skipped = True
        return await advance(update, context, draft, language)
    digits = "".join(ch for ch in value if ch.isdecimal())
    number = int(digits) if digits and len(digits) < 6 and len(value) <= 20 else None
    paragraph = consultation.document.paragraph(number) if number is not None else None
    if paragraph is None:
        paragraphs = consultation.document.paragraphs
        notice = _t(
            context,
            language,
            "comment-paragraph-invalid",
            input=value.strip()[:20],
            first=paragraphs[0].number,
            last=paragraphs[-1].number,
        )
        await send_text(update, context, notice, _paragraph_keyboard(context, consultation, language))
        return PARAGRAPH
    await _mark_pressed(update, _number(context, language, paragraph.number))
    draft.data.paragraph = paragraph.number
    draft.data.paragraph_skipped = False
    shown = _t(context, language, "comment-paragraph-shown", number=paragraph.number, text=paragraph.text.get(language))
    return await advance(update, context, draft, language, before=shown)


@guarded("comment")
async def comment_part(update: Update, context: Context) -> str | int:
    """One message of the comment: appended in order, the running length shown."""
    assert update.message is not None
    language = await user_language(update, context)
    consultation = await context.deps.effective_consultation()
    draft = await _draft_at(update, context, language, COMMENT, typed=True)
    if not isinstance(draft, Draft):
        return draft
    text = update.message.text or ""
    data = draft.data
    maximum = consultation.max_comment_chars
    if update.message.message_id in data.comment_message_ids:
        # The same message delivered again (the bot stopped before confirming it): kept once.
        return await ask(update, context, draft, language)
    if not text.strip():
        return await ask(update, context, draft, language, before=_t(context, language, "comment-empty"))
    candidate = [*data.comment_parts, text]
    length = len(drafts.join_parts(candidate))
    if length > maximum:
        notice = _t(
            context,
            language,
            "comment-too-long",
            length=_number(context, language, length),
            max=_number(context, language, maximum),
            current=_number(context, language, len(data.comment)),
        )
        await send_text(update, context, notice, _comment_keyboard(context, language, draft))
        return COMMENT
    data.comment_parts = candidate
    data.comment_message_ids = [*data.comment_message_ids, update.message.message_id]
    draft = await drafts.save(context.db, draft, context.deps.now())
    return await ask(update, context, draft, language)


@guarded("comment")
async def comment_done(update: Update, context: Context) -> str | int:
    """“My comment is complete”."""
    language = await user_language(update, context)
    draft = await _draft_at(update, context, language, COMMENT)
    if not isinstance(draft, Draft):
        return draft
    await acknowledge(update)
    if not draft.data.comment.strip():
        return await ask(update, context, draft, language, before=_t(context, language, "comment-need-text"))
    await _mark_pressed(update)
    return await advance(update, context, draft, language)


@guarded("comment")
async def keep_comment(update: Update, context: Context) -> str | int:
    """“Keep the current text” while editing the comment: nothing changes."""
    language = await user_language(update, context)
    draft = await _pressed_at(update, context, language, COMMENT, also=lambda d: d.data.comment_backup is not None)
    if not isinstance(draft, Draft):
        return draft
    draft.data.comment_parts = draft.data.comment_backup
    draft.data.comment_message_ids = []
    return await advance(update, context, draft, language)


@guarded("comment")
async def proposed_text(update: Update, context: Context) -> str | int:
    """The proposed replacement text (one message)."""
    assert update.message is not None
    language = await user_language(update, context)
    consultation = await context.deps.effective_consultation()
    draft = await _draft_at(update, context, language, PROPOSED, typed=True)
    if not isinstance(draft, Draft):
        return draft
    text = update.message.text or ""
    if not text.strip():
        return await ask(update, context, draft, language, before=_t(context, language, "comment-empty"))
    if len(text) > consultation.max_comment_chars:
        notice = _t(
            context,
            language,
            "comment-proposed-too-long",
            length=_number(context, language, len(text)),
            max=_number(context, language, consultation.max_comment_chars),
        )
        return await ask(update, context, draft, language, before=notice)
    draft.data.proposed_text = text
    draft.data.proposed_skipped = False
    received = _t(context, language, "comment-proposed-received", length=_number(context, language, len(text)))
    return await advance(update, context, draft, language, before=received)


@guarded("comment")
async def proposed_skip(update: Update, context: Context) -> str | int:
    """“No proposed text” (or "Remove the proposed text" while editing)."""
    language = await user_language(update, context)
    draft = await _pressed_at(update, context, language, PROPOSED)
    if not isinstance(draft, Draft):
        return draft
    draft.data.proposed_text = None
    draft.data.proposed_skipped = True
    return await advance(update, context, draft, language)


@guarded("comment")
async def document_received(update: Update, context: Context) -> str | int:
    """A file at the attachments step: checked by name, type and content, then kept."""
    assert update.message is not None and update.message.document is not None
    document = update.message.document
    language = await user_language(update, context)
    draft = await _draft_at(update, context, language, ATTACHMENTS, typed=True)
    if not isinstance(draft, Draft):
        return draft
    files = await attachments.for_draft(context.db, draft.id)
    name = document.file_name or ""
    if any(f.telegram_file_unique_id == document.file_unique_id for f in files):
        # Sent twice, or delivered again after a restart: kept once.
        return await ask(
            update, context, draft, language, before=_t(context, language, "comment-file-duplicate", name=name)
        )
    refusal = attachments.check_declared(name, document.mime_type, document.file_size)
    if refusal is None and len(files) >= attachments.MAX_PER_COMMENT:
        refusal = attachments.Refusal.TOO_MANY
    data: bytes | None = None
    if refusal is None:
        try:
            telegram_file = await context.bot.get_file(document.file_id)
            data = bytes(await telegram_file.download_as_bytearray())
        except TelegramError as exc:
            logger.info("could not download a document: %s", exc)
            if "too big" not in str(exc).lower():
                failed = _t(context, language, "comment-file-download-failed", name=name)
                return await ask(update, context, draft, language, before=failed)
            refusal = attachments.Refusal.TOO_BIG
    if refusal is None and data is not None:
        refusal = await asyncio.to_thread(attachments.check_content, name, data)
    if refusal is not None or data is None:
        reason = (refusal or attachments.Refusal.CONTENT).value
        notice = _t(
            context, language, f"comment-file-{reason}", name=name or "—", max_files=attachments.MAX_PER_COMMENT
        )
        return await ask(update, context, draft, language, before=notice)
    storage_path, digest = await attachments.store_file(context.deps.attachments_dir, name, data)
    stored = await attachments.add_to_draft(
        context.db,
        draft.id,
        file_name=name,
        mime_type=document.mime_type,
        size=len(data),
        sha256=digest,
        storage_path=storage_path,
        telegram_file_unique_id=document.file_unique_id,
        now=context.deps.now(),
    )
    draft = await drafts.save(context.db, draft, context.deps.now())
    received = _t(
        context,
        language,
        "comment-file-received",
        name=stored.file_name,
        size=_size(context, language, stored.size),
        sha256=digest,
    )
    return await ask(update, context, draft, language, before=received)


@guarded("comment")
async def remove_file(update: Update, context: Context) -> str | int:
    """“Remove <file>” at the attachments step."""
    language = await user_language(update, context)
    data = callbacks.parse(update.callback_query.data if update.callback_query else None, PREFIX)
    attachment_id = data.int_arg(0) if data else None
    draft = await _draft_at(update, context, language, ATTACHMENTS, also=lambda _d: attachment_id is not None)
    if not isinstance(draft, Draft):
        return draft
    removed = await attachments.remove_from_draft(context.db, draft.id, attachment_id)
    if removed is None:
        return await _stale(update, context, draft, language)
    await acknowledge(update)
    await _mark_pressed(update)
    await attachments.remove_unreferenced(context.db, context.deps.attachments_dir, [removed])
    draft = await drafts.save(context.db, draft, context.deps.now())
    return await ask(update, context, draft, language)


@guarded("comment")
async def files_done(update: Update, context: Context) -> str | int:
    """“Continue” (or "No attachment") at the attachments step."""
    language = await user_language(update, context)
    draft = await _pressed_at(update, context, language, ATTACHMENTS)
    if not isinstance(draft, Draft):
        return draft
    draft.data.attachments_done = True
    return await advance(update, context, draft, language)


# -- preview: submit, edit, cancel ----------------------------------------------------------


@guarded("comment")
async def full_text(update: Update, context: Context) -> str | int:
    """“Show the full text” in the preview: the whole comment, then the preview's buttons."""
    language = await user_language(update, context)
    draft = await _pressed_at(update, context, language, PREVIEW)
    if not isinstance(draft, Draft):
        return draft
    await send_text(update, context, draft.data.comment)
    await send_text(
        update,
        context,
        _t(context, language, "comment-preview-question"),
        _preview_keyboard(context, language, draft, shortened=False),
    )
    return PREVIEW


@guarded("comment")
async def edit_menu(update: Update, context: Context) -> str | int:
    """“Edit”: which part to change."""
    language = await user_language(update, context)
    draft = await _pressed_at(update, context, language, PREVIEW)
    if not isinstance(draft, Draft):
        return draft
    await say(update, context, "comment-edit-which", _edit_keyboard(context, language), language=language)
    return PREVIEW


@guarded("comment")
async def edit_part(update: Update, context: Context) -> str | int:
    """One part chosen for editing: its question again, then back to the preview."""
    language = await user_language(update, context)
    data = callbacks.parse(update.callback_query.data if update.callback_query else None, PREFIX)
    part = data.arg(0) if data else ""
    chosen = _t(context, language, f"comment-btn-edit-{part}") if part in EDITABLE else None
    draft = await _pressed_at(update, context, language, PREVIEW, also=lambda _d: part in EDITABLE, choice=chosen)
    if not isinstance(draft, Draft):
        return draft
    draft.data.editing = True
    if part == COMMENT:
        draft.data.comment_backup = draft.data.comment_parts
        draft.data.comment_parts = []
        draft.data.comment_message_ids = []
    draft = await drafts.save(context.db, draft, context.deps.now(), step=part)
    return await ask(update, context, draft, language)


@guarded("comment")
async def back_to_preview(update: Update, context: Context) -> str | int:
    """“Back to the preview” (or "Keep the proposed text" while editing it)."""
    language = await user_language(update, context)
    _participant, draft = await _draft_of(update, context)
    if draft is None:
        return await _no_draft(update, context)
    if draft.step not in (PREVIEW, PROPOSED) or (draft.step == PROPOSED and not draft.data.editing):
        return await _stale(update, context, draft, language)
    await acknowledge(update)
    await _mark_pressed(update)
    draft.data.editing = False
    draft = await drafts.save(context.db, draft, context.deps.now(), step=PREVIEW)
    return await ask(update, context, draft, language)


@guarded("comment")
async def submit(update: Update, context: Context) -> str | int:
    """“Submit”: recorded once (a repeated press finds the draft consumed), then the receipt."""
    await acknowledge(update)
    language = await user_language(update, context)
    data = callbacks.parse(update.callback_query.data if update.callback_query else None, PREFIX)
    token = data.arg(0) if data else ""
    participant, draft = await _draft_of(update, context)
    if draft is None or draft.data.token != token:
        return await _already_submitted(update, context, participant, draft, language)
    if draft.step != PREVIEW:  # the preview's button, pressed again while a part is being edited
        return await _stale(update, context, draft, language)
    notice = await closed_notice(context)
    if notice is not None:
        await say_closed(update, context, notice, language)
        return END
    await _mark_pressed(update)
    consultation = await context.deps.effective_consultation()
    detection = await language_detection.detect_language(context.deps.services, draft.data.comment)
    result = await submissions.submit(
        context.db,
        participant_id=participant.id,
        country_code=participant.country_code or "",
        token=token,
        reference_prefix=consultation.reference_prefix,
        reference_year=consultation.reference_year,
        language=detection.language,
        language_probability=detection.probability,
        now=context.deps.now(),
    )
    if result.outcome is Outcome.GONE:
        return await _already_submitted(update, context, participant, None, language)
    if result.outcome is Outcome.INCOMPLETE:
        return await ask(update, context, draft, language, before=_t(context, language, "comment-incomplete"))
    if result.outcome is Outcome.WITHDRAWN:
        assert result.submission is not None
        keyboard = _single(context, language, ("comment-btn-submit-as-new", "asnew"), ("comment-btn-cancel", "cancel"))
        await say(
            update,
            context,
            "comment-submit-withdrawn",
            keyboard,
            language=language,
            reference=result.submission.reference,
        )
        return PREVIEW
    assert result.submission is not None and result.version is not None
    logger.info("submission %s version %s recorded", result.submission.reference, result.version.version)
    key = "comment-receipt" if result.outcome is Outcome.CREATED else "comment-receipt-revision"
    after = None
    if result.concurrent:
        after = _t(
            context,
            language,
            "comment-concurrent-revision",
            reference=result.submission.reference,
            version=result.version.version,
        )
    await send_receipt(update, context, result.submission, result.version, language, key=key, after=after)
    return END


async def send_receipt(
    update: Update,
    context: Context,
    submission: Submission,
    version: Version,
    language: str,
    *,
    key: str,
    before: str | None = None,
    after: str | None = None,
) -> None:
    """Reference, time in the consultation's time zone (in the user's language), fingerprint."""
    consultation = await context.deps.effective_consultation()
    receipt = _t(
        context,
        language,
        key,
        reference=submission.reference,
        version=version.version,
        time=context.catalog.datetime(language, version.submitted_at, consultation.zone),
        fingerprint=version.fingerprint,
    )
    await send_text(update, context, "\n\n".join(part for part in (before, receipt, after) if part))


async def _already_submitted(
    update: Update, context: Context, participant: Participant, draft: Draft | None, language: str
) -> str | int:
    """A Submit press whose draft is gone: the receipt of what was recorded, nothing new."""
    last = await submissions.last_by_participant(context.db, participant.id)
    if draft is not None:  # an old preview's button while a newer draft is open: stay there
        return await _stale(update, context, draft, language)
    if last is None:
        await say(update, context, "comment-no-draft", language=language)
    else:
        await send_receipt(
            update,
            context,
            last[0],
            last[1],
            language,
            key="comment-receipt-repeat",
            before=_t(context, language, "comment-already-submitted"),
        )
    return END


@guarded("comment")
async def submit_as_new(update: Update, context: Context) -> str | int:
    """The revised submission was withdrawn meanwhile: keep the text as a new comment."""
    language = await user_language(update, context)
    _participant, draft = await _draft_of(update, context)
    if draft is None:
        return await _no_draft(update, context)
    if draft.submission_id is None:
        return await _stale(update, context, draft, language)
    await acknowledge(update)
    await _mark_pressed(update)
    draft.submission_id = None
    draft.data.base_version = None
    draft = await drafts.save(context.db, draft, context.deps.now(), step=PREVIEW)
    return await ask(update, context, draft, language)


@guarded("cancel")
async def cancel(update: Update, context: Context) -> str | int:
    """/cancel or "Cancel": ask before discarding anything."""
    await acknowledge(update)
    participant = await participant_of(update, context)
    draft = await drafts.get(context.db, participant.id) if participant else None
    if draft is None:
        await say(update, context, "comment-no-draft")
        return END
    language = await user_language(update, context)
    await _mark_pressed(update)
    keyboard = _confirm_discard_keyboard(context, language)
    await say(update, context, "comment-cancel-confirm", keyboard, language=language)
    return CONFIRM_CANCEL


@guarded("comment")
async def discard(update: Update, context: Context) -> str | int:
    """“Yes, discard it”: the draft and its unsent documents are deleted."""
    await acknowledge(update)
    participant = await participant_of(update, context)
    assert participant is not None
    language = await user_language(update, context)
    await _mark_pressed(update, _t(context, language, "comment-btn-discard"))
    _draft, dropped = await drafts.discard(context.db, participant.id)
    await attachments.remove_unreferenced(context.db, context.deps.attachments_dir, dropped)
    menu = keyboards.main_menu(context.catalog, participant)
    await say(update, context, "comment-discarded", menu, language=language)
    return END


@guarded("comment")
async def keep_draft(update: Update, context: Context) -> str | int:
    """“No, keep it”: back to the question that was open."""
    await acknowledge(update)
    language = await user_language(update, context)
    _participant, draft = await _draft_of(update, context)
    if draft is None:
        return await _no_draft(update, context)
    await _mark_pressed(update, _t(context, language, "comment-btn-keep-draft"))
    return await ask(update, context, draft, language, before=_t(context, language, "comment-draft-kept-continue"))


# -- everything else: bad input and stale buttons -------------------------------------------


async def _stale(update: Update, context: Context, draft: Draft, language: str) -> str:
    """A button from an older message (or forged): said plainly, the open question again."""
    await acknowledge(update, _t(context, language, "button-stale"))
    return await ask(update, context, draft, language, before=_t(context, language, "comment-button-stale"))


def _bad_input_key(update: Update, state: str) -> str:
    message = update.effective_message
    if message is not None and state == ATTACHMENTS and (message.photo or message.document):
        return "comment-file-photo" if message.photo else "comment-file-type"
    if state in (COMMENT, PROPOSED):
        return "comment-text-only"
    if state == ATTACHMENTS:
        return "comment-files-expected"
    if state == PARAGRAPH:
        return "comment-paragraph-expected"
    return "comment-use-buttons"


def bad_input(state: str) -> Any:
    @guarded("comment")
    async def handler(update: Update, context: Context) -> str | int:
        """Anything a step cannot use: said kindly, nothing lost, the question again."""
        language = await user_language(update, context)
        _participant, draft = await _draft_of(update, context)
        if draft is None:
            return await _no_draft(update, context)
        routed = _route_by_draft(update, draft, state)
        if routed is not None:
            return await routed(update, context)
        if update.callback_query is not None and state not in (RESUME, CONFIRM_CANCEL):
            return await _stale(update, context, draft, language)
        await acknowledge(update)
        notice = _t(context, language, _bad_input_key(update, state))
        if state == RESUME:
            return await _offer_resume(update, context, draft, language, fresh_args=(), before=notice)
        if state == CONFIRM_CANCEL:
            text = f"{notice}\n\n{_t(context, language, 'comment-cancel-confirm')}"
            await send_text(update, context, text, _confirm_discard_keyboard(context, language))
            return CONFIRM_CANCEL
        return await ask(update, context, draft, language, before=notice)

    handler.__name__ = f"bad_input_{state}"
    return handler


async def _misrouted(update: Update, context: Context, draft: Draft, language: str, state: str) -> str | int:
    """Input for a step the draft has already left (see `_route_by_draft`)."""
    routed = _route_by_draft(update, draft, state)
    if routed is not None:
        return await routed(update, context)
    return await ask(update, context, draft, language, before=_t(context, language, "comment-resumed"))


def _route_by_draft(update: Update, draft: Draft, state: str) -> Any:
    """The handler the DRAFT's step calls for, when the conversation state disagrees with it.

    The draft is written before the bot answers and the conversation state after: a crash in
    between leaves the state one step behind. The user's next input then goes where the draft
    says, so that nothing they type is turned away. Buttons are routed by their action (each
    step handler checks the draft's step itself); discarding is never routed this way. While
    a question about the whole draft is open (continue it? discard it?), nothing is routed."""
    if state in (RESUME, CONFIRM_CANCEL):
        return None
    if update.callback_query is not None:
        data = callbacks.parse(update.callback_query.data, PREFIX)
        return STEP_BUTTONS.get(data.action) if data is not None else None
    message = update.message
    if draft.step == state or draft.step not in STEPS or message is None:
        return None
    if state == PARAGRAPH and draft.step == COMMENT and not draft.data.comment_parts:
        # The paragraph answer handled again after a restart (bot/inbox.py keeps an update
        # until its handling is recorded): the same number again is not a comment part.
        digits = "".join(ch for ch in message.text or "" if ch.isdecimal())
        if digits and digits == str(draft.data.paragraph):
            return None
    if draft.step == ATTACHMENTS and message.document is not None:
        return document_received
    if message.text is not None:
        return STEP_TEXT.get(draft.step)
    return None


# -- wiring ---------------------------------------------------------------------------------


def _button(action: str, callback: Any) -> CallbackQueryHandler[Context, Any]:
    return CallbackQueryHandler(callback, pattern=callbacks.pattern(PREFIX, action))


MESSAGE = filters.UpdateType.MESSAGE
TEXT = filters.TEXT & ~filters.COMMAND & MESSAGE
ANYTHING_ELSE = ~filters.COMMAND & MESSAGE


def _state(state: str, *specific: BaseHandler[Update, Context, Any]) -> list[BaseHandler[Update, Context, Any]]:
    """A state's handlers, then its answers to bad input and to buttons of other steps."""
    return [
        *specific,
        CallbackQueryHandler(bad_input(state), pattern=callbacks.pattern(PREFIX)),
        MessageHandler(ANYTHING_ELSE, bad_input(state)),
    ]


STEP_TEXT = {PARAGRAPH: paragraph_typed, COMMENT: comment_part, PROPOSED: proposed_text}
STEP_BUTTONS = {
    "topic": topic_chosen,
    "type": type_chosen,
    "para": paragraph_button,
    "done": comment_done,
    "keepcomment": keep_comment,
    "skip": proposed_skip,
    "rmfile": remove_file,
    "filesdone": files_done,
    "fulltext": full_text,
    "edit": edit_menu,
    "editpart": edit_part,
    "back": back_to_preview,
    "submit": submit,
    "asnew": submit_as_new,
    "cancel": cancel,
    "revise": revise,
    "continue": resume_continue,
}


def handlers() -> list[BaseHandler[Update, Context, object]]:
    entry = [
        CommandHandler("comment", start),
        CallbackQueryHandler(start, pattern=callbacks.pattern("menu", "comment")),
        _button("revise", revise),
        _button("submit", submit),
    ]
    return [
        ConversationHandler(
            # Outside the conversation (its state lost, or an old message's button), any other
            # comment button resumes the open draft from the database.
            entry_points=[*entry, CallbackQueryHandler(resume_any, pattern=callbacks.pattern(PREFIX))],
            states={
                TOPIC: _state(TOPIC, _button("topic", topic_chosen)),
                TYPE: _state(TYPE, _button("type", type_chosen)),
                PARAGRAPH: _state(PARAGRAPH, _button("para", paragraph_button), MessageHandler(TEXT, paragraph_typed)),
                COMMENT: _state(
                    COMMENT,
                    MessageHandler(TEXT, comment_part),
                    _button("done", comment_done),
                    _button("keepcomment", keep_comment),
                ),
                PROPOSED: _state(
                    PROPOSED,
                    MessageHandler(TEXT, proposed_text),
                    _button("skip", proposed_skip),
                    _button("back", back_to_preview),
                ),
                ATTACHMENTS: _state(
                    ATTACHMENTS,
                    MessageHandler(filters.Document.ALL & MESSAGE, document_received),
                    _button("rmfile", remove_file),
                    _button("filesdone", files_done),
                ),
                PREVIEW: _state(
                    PREVIEW,
                    _button("submit", submit),
                    _button("fulltext", full_text),
                    _button("edit", edit_menu),
                    _button("editpart", edit_part),
                    _button("back", back_to_preview),
                    _button("cancel", cancel),
                    _button("asnew", submit_as_new),
                ),
                CONFIRM_CANCEL: _state(CONFIRM_CANCEL, _button("discard", discard), _button("keep", keep_draft)),
                RESUME: _state(RESUME, _button("continue", resume_continue), _button("fresh", resume_fresh)),
            },
            fallbacks=[*entry, CommandHandler("cancel", cancel)],
            name="comments",
            persistent=True,
        )
    ]


async def preload_language_detector(application: Any) -> None:
    """Start loading the language profiles in a worker thread at start-up (returns at once)."""
    deps = application.bot_data.get(DEPS_KEY)
    if deps is not None:
        language_detection.preload(deps.services)


STARTUP = [preload_language_detector]
