"""The steps of writing a comment: topic, type, paragraph, the comment, proposed text, attachments."""

from __future__ import annotations

import asyncio
import logging

from telegram import Update
from telegram.error import TelegramError

from handlers import callbacks
from handlers.access import guarded
from handlers.comments.reconcile import draft_at, draft_of, misrouted, no_draft, pressed_at, stale
from handlers.comments.screens import ask, comment_keyboard, fmt_number, fmt_size, mark_pressed, paragraph_keyboard, tr
from handlers.comments.states import ATTACHMENTS, COMMENT, NEXT_STEP, PARAGRAPH, PREFIX, PREVIEW, PROPOSED, TOPIC, TYPE
from handlers.context import Context
from handlers.replies import acknowledge, send_text, user_language
from storage import attachments, drafts
from storage.drafts import Draft

logger = logging.getLogger(__name__)


async def advance(update: Update, context: Context, draft: Draft, language: str, before: str | None = None) -> str:
    """Save the draft at its next step (the preview when one part was being edited), ask it."""
    step = PREVIEW if draft.data.editing else NEXT_STEP[draft.step]
    if step == PREVIEW:
        draft.data.editing = False
        draft.data.comment_backup = None
    draft = await drafts.save(context.db, draft, context.deps.now(), step=step)
    return await ask(update, context, draft, language, before)


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
    _participant, draft = await draft_of(update, context)
    if draft is None:
        return await no_draft(update, context)
    if valid is None or draft.step != step:
        return await stale(update, context, draft, language)
    await acknowledge(update)
    await mark_pressed(update, valid.name.get(language))
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
    _participant, draft = await draft_of(update, context)
    if draft is None:
        return await no_draft(update, context)
    if draft.step != PARAGRAPH:
        if from_button:
            return await stale(update, context, draft, language)
        return await misrouted(update, context, draft, language, PARAGRAPH)
    await acknowledge(update)
    if value == "none" and from_button:
        await mark_pressed(update, tr(context, language, "comment-btn-no-paragraph"))
        draft.data.paragraph = None
        draft.data.paragraph_skipped = True
        return await advance(update, context, draft, language)
    digits = "".join(ch for ch in value if ch.isdecimal())
    number = int(digits) if digits and len(digits) < 6 and len(value) <= 20 else None
    paragraph = consultation.document.paragraph(number) if number is not None else None
    if paragraph is None:
        paragraphs = consultation.document.paragraphs
        notice = tr(
            context,
            language,
            "comment-paragraph-invalid",
            input=value.strip()[:20],
            first=paragraphs[0].number,
            last=paragraphs[-1].number,
        )
        await send_text(update, context, notice, paragraph_keyboard(context, consultation, language))
        return PARAGRAPH
    await mark_pressed(update, fmt_number(context, language, paragraph.number))
    draft.data.paragraph = paragraph.number
    draft.data.paragraph_skipped = False
    shown = tr(context, language, "comment-paragraph-shown", number=paragraph.number, text=paragraph.text.get(language))
    return await advance(update, context, draft, language, before=shown)


@guarded("comment")
async def comment_part(update: Update, context: Context) -> str | int:
    """One message of the comment: appended in order, the running length shown."""
    assert update.message is not None
    language = await user_language(update, context)
    consultation = await context.deps.effective_consultation()
    draft = await draft_at(update, context, language, COMMENT, typed=True)
    if not isinstance(draft, Draft):
        return draft
    text = update.message.text or ""
    data = draft.data
    maximum = consultation.max_comment_chars
    if update.message.message_id in data.comment_message_ids:
        # The same message delivered again (the bot stopped before confirming it): kept once.
        return await ask(update, context, draft, language)
    if not text.strip():
        return await ask(update, context, draft, language, before=tr(context, language, "comment-empty"))
    candidate = [*data.comment_parts, text]
    length = len(drafts.join_parts(candidate))
    if length > maximum:
        notice = tr(
            context,
            language,
            "comment-too-long",
            length=fmt_number(context, language, length),
            max=fmt_number(context, language, maximum),
            current=fmt_number(context, language, len(data.comment)),
        )
        await send_text(update, context, notice, comment_keyboard(context, language, draft))
        return COMMENT
    data.comment_parts = candidate
    data.comment_message_ids = [*data.comment_message_ids, update.message.message_id]
    draft = await drafts.save(context.db, draft, context.deps.now())
    return await ask(update, context, draft, language)


@guarded("comment")
async def comment_done(update: Update, context: Context) -> str | int:
    """“My comment is complete”."""
    language = await user_language(update, context)
    draft = await draft_at(update, context, language, COMMENT)
    if not isinstance(draft, Draft):
        return draft
    await acknowledge(update)
    if not draft.data.comment.strip():
        return await ask(update, context, draft, language, before=tr(context, language, "comment-need-text"))
    await mark_pressed(update)
    return await advance(update, context, draft, language)


@guarded("comment")
async def keep_comment(update: Update, context: Context) -> str | int:
    """“Keep the current text” while editing the comment: nothing changes."""
    language = await user_language(update, context)
    draft = await pressed_at(update, context, language, COMMENT, also=lambda d: d.data.comment_backup is not None)
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
    draft = await draft_at(update, context, language, PROPOSED, typed=True)
    if not isinstance(draft, Draft):
        return draft
    text = update.message.text or ""
    if not text.strip():
        return await ask(update, context, draft, language, before=tr(context, language, "comment-empty"))
    if len(text) > consultation.max_comment_chars:
        notice = tr(
            context,
            language,
            "comment-proposed-too-long",
            length=fmt_number(context, language, len(text)),
            max=fmt_number(context, language, consultation.max_comment_chars),
        )
        return await ask(update, context, draft, language, before=notice)
    draft.data.proposed_text = text
    draft.data.proposed_skipped = False
    received = tr(context, language, "comment-proposed-received", length=fmt_number(context, language, len(text)))
    return await advance(update, context, draft, language, before=received)


@guarded("comment")
async def proposed_skip(update: Update, context: Context) -> str | int:
    """“No proposed text” (or "Remove the proposed text" while editing)."""
    language = await user_language(update, context)
    draft = await pressed_at(update, context, language, PROPOSED)
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
    draft = await draft_at(update, context, language, ATTACHMENTS, typed=True)
    if not isinstance(draft, Draft):
        return draft
    files = await attachments.for_draft(context.db, draft.id)
    name = document.file_name or ""
    if any(f.telegram_file_unique_id == document.file_unique_id for f in files):
        # Sent twice, or delivered again after a restart: kept once.
        return await ask(
            update, context, draft, language, before=tr(context, language, "comment-file-duplicate", name=name)
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
                failed = tr(context, language, "comment-file-download-failed", name=name)
                return await ask(update, context, draft, language, before=failed)
            refusal = attachments.Refusal.TOO_BIG
    if refusal is None and data is not None:
        refusal = await asyncio.to_thread(attachments.check_content, name, data)
    if refusal is not None or data is None:
        reason = (refusal or attachments.Refusal.CONTENT).value
        notice = tr(
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
    received = tr(
        context,
        language,
        "comment-file-received",
        name=stored.file_name,
        size=fmt_size(context, language, stored.size),
        sha256=digest,
    )
    return await ask(update, context, draft, language, before=received)


@guarded("comment")
async def remove_file(update: Update, context: Context) -> str | int:
    """“Remove <file>” at the attachments step."""
    language = await user_language(update, context)
    data = callbacks.parse(update.callback_query.data if update.callback_query else None, PREFIX)
    attachment_id = data.int_arg(0) if data else None
    draft = await draft_at(update, context, language, ATTACHMENTS, also=lambda _d: attachment_id is not None)
    if not isinstance(draft, Draft):
        return draft
    removed = await attachments.remove_from_draft(context.db, draft.id, attachment_id)
    if removed is None:
        return await stale(update, context, draft, language)
    await acknowledge(update)
    await mark_pressed(update)
    await attachments.remove_unreferenced(context.db, context.deps.attachments_dir, [removed])
    draft = await drafts.save(context.db, draft, context.deps.now())
    return await ask(update, context, draft, language)


@guarded("comment")
async def files_done(update: Update, context: Context) -> str | int:
    """“Continue” (or "No attachment") at the attachments step."""
    language = await user_language(update, context)
    draft = await pressed_at(update, context, language, ATTACHMENTS)
    if not isinstance(draft, Draft):
        return draft
    draft.data.attachments_done = True
    return await advance(update, context, draft, language)
