"""What the person sees at each step: the draft rendered as text and buttons, and the receipts."""

from __future__ import annotations

import logging
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import TelegramError

from handlers import keyboards
from handlers.comments.states import ATTACHMENTS, COMMENT, EDITABLE, PARAGRAPH, PREFIX, PROPOSED, RESUME, TOPIC, TYPE
from handlers.context import Context
from handlers.keyboards import button
from handlers.replies import say, send_text
from prompts import Consultation
from storage import attachments, drafts, submissions
from storage.drafts import Draft
from storage.submissions import Submission, Version

logger = logging.getLogger(__name__)

PREVIEW_HEAD, PREVIEW_TAIL = 1500, 400  # a long comment is previewed by its beginning and end


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


def tr(context: Context, language: str, key: str, **args: Any) -> str:
    return context.catalog.t(language, key, **args)


def _topic_name(consultation: Consultation, topic_id: str | None, language: str) -> str:
    topic = consultation.topic(topic_id or "")
    return topic.name.get(language) if topic else "—"


def _type_name(consultation: Consultation, type_id: str | None, language: str) -> str:
    kind = consultation.comment_type(type_id or "")
    return kind.name.get(language) if kind else "—"


def fmt_number(context: Context, language: str, value: int) -> str:
    return context.catalog.number(language, value)


def fmt_size(context: Context, language: str, size: int) -> str:
    kilobytes = max(1, round(size / 1024))
    return tr(context, language, "comment-size-kb", size=fmt_number(context, language, kilobytes))


def _topic_keyboard(consultation: Consultation, language: str) -> InlineKeyboardMarkup:
    return keyboards.rows([button(t.name.get(language), PREFIX, "topic", t.id) for t in consultation.topics], per_row=1)


def _type_keyboard(consultation: Consultation, language: str) -> InlineKeyboardMarkup:
    return keyboards.rows(
        [button(t.name.get(language), PREFIX, "type", t.id) for t in consultation.comment_types], per_row=1
    )


def paragraph_keyboard(context: Context, consultation: Consultation, language: str) -> InlineKeyboardMarkup:
    numbers = [
        button(fmt_number(context, language, p.number), PREFIX, "para", p.number)
        for p in consultation.document.paragraphs
    ]
    grid = [numbers[i : i + 5] for i in range(0, len(numbers), 5)]
    grid.append([button(tr(context, language, "comment-btn-no-paragraph"), PREFIX, "para", "none")])
    return InlineKeyboardMarkup(grid)


def single_column(context: Context, language: str, *entries: tuple[str, str]) -> InlineKeyboardMarkup:
    """One button per row: (catalog key, callback action)."""
    return InlineKeyboardMarkup([[button(tr(context, language, key), PREFIX, action)] for key, action in entries])


def confirm_discard_keyboard(context: Context, language: str) -> InlineKeyboardMarkup:
    return single_column(context, language, ("comment-btn-discard", "discard"), ("comment-btn-keep-draft", "keep"))


def _attachments_keyboard(context: Context, language: str, files: list[attachments.Attachment]) -> InlineKeyboardMarkup:
    grid = [
        [button(tr(context, language, "comment-btn-remove-file", name=f.file_name[:40]), PREFIX, "rmfile", f.id)]
        for f in files
    ]
    key = "comment-btn-files-done" if files else "comment-btn-no-attachment"
    grid.append([button(tr(context, language, key), PREFIX, "filesdone")])
    return InlineKeyboardMarkup(grid)


def preview_keyboard(context: Context, language: str, draft: Draft, *, shortened: bool) -> InlineKeyboardMarkup:
    grid = [[button(tr(context, language, "comment-btn-submit"), PREFIX, "submit", draft.data.token)]]
    if shortened:
        grid.append([button(tr(context, language, "comment-btn-full-text"), PREFIX, "fulltext")])
    grid.append(
        [
            button(tr(context, language, "comment-btn-edit"), PREFIX, "edit"),
            button(tr(context, language, "comment-btn-cancel"), PREFIX, "cancel"),
        ]
    )
    return InlineKeyboardMarkup(grid)


def edit_keyboard(context: Context, language: str) -> InlineKeyboardMarkup:
    parts: list[InlineKeyboardButton] = [
        button(tr(context, language, f"comment-btn-edit-{part}"), PREFIX, "editpart", part) for part in EDITABLE
    ]
    grid = [parts[i : i + 2] for i in range(0, len(parts), 2)]
    grid.append([button(tr(context, language, "comment-btn-back-to-preview"), PREFIX, "back")])
    return InlineKeyboardMarkup(grid)


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
        return text, paragraph_keyboard(context, consultation, language)
    if step == COMMENT:
        return _comment_question(context, draft, language, consultation)
    if step == PROPOSED:
        entries = [("comment-btn-skip-proposed", "skip")]
        if data.editing and data.proposed_text:
            entries = [("comment-btn-keep-proposed", "back"), ("comment-btn-remove-proposed", "skip")]
        return t(language, "comment-ask-proposed"), single_column(context, language, *entries)
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
    maximum = fmt_number(context, language, consultation.max_comment_chars)
    keyboard = comment_keyboard(context, language, draft)
    if data.comment_parts:
        text = t(
            language,
            "comment-part-received",
            length=fmt_number(context, language, len(data.comment)),
            max=maximum,
            parts=len(data.comment_parts),
        )
    elif data.comment_backup is not None:
        text = t(
            language,
            "comment-ask-new-comment",
            max=maximum,
            length=fmt_number(context, language, len(drafts.join_parts(data.comment_backup))),
        )
    else:
        text = t(language, "comment-ask-comment", max=maximum)
    return text, keyboard


def comment_keyboard(context: Context, language: str, draft: Draft) -> InlineKeyboardMarkup | None:
    entries = []
    if draft.data.comment_parts:
        entries.append(("comment-btn-comment-done", "done"))
    if draft.data.comment_backup is not None:
        entries.append(("comment-btn-keep-comment", "keepcomment"))
    return single_column(context, language, *entries) if entries else None


def _file_list(context: Context, language: str, files: list[attachments.Attachment]) -> str:
    return "\n".join(f"• {f.file_name} ({fmt_size(context, language, f.size)})" for f in files)


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
    heading = t(language, "comment-preview-comment", length=fmt_number(context, language, len(comment)))
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
    return "\n\n".join(lines), preview_keyboard(context, language, draft, shortened=shown != comment)


async def mark_pressed(update: Update, choice: str | None = None) -> None:
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


async def offer_resume(
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
            [button(tr(context, language, "comment-btn-continue"), PREFIX, "continue")],
            [button(tr(context, language, "comment-btn-start-new"), PREFIX, "fresh", *fresh_args)],
        ]
    )
    text = tr(
        context,
        language,
        key,
        saved=context.catalog.datetime(language, draft.updated_at, consultation.zone),
        topic=_topic_name(consultation, draft.data.topic_id, language),
        length=fmt_number(context, language, len(draft.data.comment)),
        reference=reference,
    )
    await send_text(update, context, f"{before}\n\n{text}" if before else text, keyboard)
    return RESUME


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
    receipt = tr(
        context,
        language,
        key,
        reference=submission.reference,
        version=version.version,
        time=context.catalog.datetime(language, version.submitted_at, consultation.zone),
        fingerprint=version.fingerprint,
    )
    await send_text(update, context, "\n\n".join(part for part in (before, receipt, after) if part))
