"""The steps of writing a comment, one handler each: topic, type, paragraph, the comment (in
one or several messages), the proposed text, attachments. Each saves the draft BEFORE the bot
answers, then asks the next step (`advance`) and returns it as the state."""

from __future__ import annotations

import asyncio
import logging

from telegram import Update
from telegram.error import TelegramError

from handlers import facts
from handlers.access import guarded
from handlers.comments.reconcile import State, at_step, stale
from handlers.comments.screens import ask, comment_keyboard, number, paragraph_keyboard, size
from handlers.comments.states import (
    ATTACHMENTS,
    COMMENT,
    NEXT_STEP,
    NO_PARAGRAPH,
    PARAGRAPH,
    PREVIEW,
    PROPOSED,
    TOPIC,
    TYPE,
    ParagraphChosen,
    RemoveFile,
    TopicChosen,
    TypeChosen,
)
from handlers.context import Context
from handlers.replies import acknowledge, mark_pressed, send_text
from storage import attachments, drafts
from storage.drafts import Draft

logger = logging.getLogger(__name__)


async def advance(update: Update, context: Context, draft: Draft, before: str | None = None) -> str:
    """Save the draft at its next step (the preview when one part was being edited), ask it."""
    step = PREVIEW if draft.data.editing else NEXT_STEP[draft.step]
    if step == PREVIEW:
        draft.data.editing = False
        draft.data.comment_backup = None
    draft = await drafts.save(context.db, draft, context.deps.now(), step=step)
    return await ask(update, context, draft, before)


@guarded("comment")
@at_step(TOPIC)
async def topic_chosen(update: Update, context: Context, draft: Draft) -> State:
    """A topic button."""
    pressed = TopicChosen.of(update)
    return await _chosen(update, context, draft, pressed.topic if pressed else "")


@guarded("comment")
@at_step(TYPE)
async def type_chosen(update: Update, context: Context, draft: Draft) -> State:
    """A comment-type button."""
    pressed = TypeChosen.of(update)
    return await _chosen(update, context, draft, pressed.kind if pressed else "")


async def _chosen(update: Update, context: Context, draft: Draft, choice_id: str) -> State:
    """One of the consultation's topics (or types, at that step) kept in the draft: ticked, the
    next step. Any other (forged, or from another consultation) is a stale button."""
    consultation = await context.deps.effective_consultation(draft.consultation_id)
    choice = consultation.topic(choice_id) if draft.step == TOPIC else consultation.comment_type(choice_id)
    if choice is None:
        return await stale(update, context, draft)
    await acknowledge(update)
    await mark_pressed(update, choice.name.get(context.language))
    if draft.step == TOPIC:
        draft.data.topic_id = choice.id
    else:
        draft.data.comment_type_id = choice.id
    return await advance(update, context, draft)


@guarded("comment")
@at_step(PARAGRAPH)
async def paragraph_button(update: Update, context: Context, draft: Draft) -> State:
    """A paragraph number button, or "No specific paragraph"."""
    pressed = ParagraphChosen.of(update)
    value = pressed.value if pressed else ""
    await acknowledge(update)
    if value == NO_PARAGRAPH:
        await mark_pressed(update, context.t("comment-btn-no-paragraph"))
        draft.data.paragraph = None
        draft.data.paragraph_skipped = True
        return await advance(update, context, draft)
    return await _paragraph(update, context, draft, value)


@guarded("comment")
@at_step(PARAGRAPH)
async def paragraph_typed(update: Update, context: Context, draft: Draft) -> State:
    """A paragraph number typed as text ("5", "§ 5", "para. 5")."""
    assert update.message is not None and update.message.text is not None
    return await _paragraph(update, context, draft, update.message.text)


async def _paragraph(update: Update, context: Context, draft: Draft, value: str) -> State:
    consultation = await context.deps.effective_consultation(draft.consultation_id)
    digits = "".join(ch for ch in value if ch.isdecimal())
    chosen = int(digits) if digits and len(digits) < 6 and len(value) <= 20 else None
    paragraph = consultation.document.paragraph(chosen) if chosen is not None else None
    if paragraph is None:
        paragraphs = consultation.document.paragraphs
        notice = context.t(
            "comment-paragraph-invalid",
            input=value.strip()[:20],
            first=paragraphs[0].number,
            last=paragraphs[-1].number,
        )
        await send_text(update, context, notice, paragraph_keyboard(context, consultation))
        return PARAGRAPH
    await mark_pressed(update, number(context, paragraph.number))
    draft.data.paragraph = paragraph.number
    draft.data.paragraph_skipped = False
    text = paragraph.text.get(context.language)
    return await advance(
        update, context, draft, context.t("comment-paragraph-shown", number=paragraph.number, text=text)
    )


@guarded("comment")
@at_step(COMMENT)
async def comment_part(update: Update, context: Context, draft: Draft) -> State:
    """One message of the comment: appended in order, the running length shown."""
    assert update.message is not None
    consultation = await context.deps.effective_consultation(draft.consultation_id)
    text = update.message.text or ""
    data = draft.data
    maximum = consultation.max_comment_chars
    if update.message.message_id in data.comment_message_ids:
        # The same message delivered again (the bot stopped before confirming it): kept once.
        return await ask(update, context, draft)
    if not text.strip():
        return await ask(update, context, draft, before=context.t("comment-empty"))
    candidate = [*data.comment_parts, text]
    length = len(drafts.join_parts(candidate))
    if length > maximum:
        notice = context.t(
            "comment-too-long",
            length=length,
            max=maximum,
            current=len(data.comment),
        )
        await send_text(update, context, notice, comment_keyboard(context, draft))
        return COMMENT
    data.comment_parts = candidate
    data.comment_message_ids = [*data.comment_message_ids, update.message.message_id]
    draft = await drafts.save(context.db, draft, context.deps.now())
    return await ask(update, context, draft)


@guarded("comment")
@at_step(COMMENT)
async def comment_done(update: Update, context: Context, draft: Draft) -> State:
    """“My comment is complete”."""
    await acknowledge(update)
    if not draft.data.comment.strip():
        return await ask(update, context, draft, before=context.t("comment-need-text"))
    await mark_pressed(update)
    return await advance(update, context, draft)


@guarded("comment")
@at_step(COMMENT, when=lambda draft: draft.data.comment_backup is not None)
async def keep_comment(update: Update, context: Context, draft: Draft) -> State:
    """“Keep the current text” while editing the comment: nothing changes."""
    await acknowledge(update)
    await mark_pressed(update)
    draft.data.comment_parts = draft.data.comment_backup
    draft.data.comment_message_ids = []
    return await advance(update, context, draft)


@guarded("comment")
@at_step(PROPOSED)
async def proposed_text(update: Update, context: Context, draft: Draft) -> State:
    """The proposed replacement text (one message)."""
    assert update.message is not None
    consultation = await context.deps.effective_consultation(draft.consultation_id)
    text = update.message.text or ""
    if not text.strip():
        return await ask(update, context, draft, before=context.t("comment-empty"))
    if len(text) > consultation.max_comment_chars:
        notice = context.t(
            "comment-proposed-too-long",
            length=len(text),
            max=consultation.max_comment_chars,
        )
        return await ask(update, context, draft, before=notice)
    draft.data.proposed_text = text
    draft.data.proposed_skipped = False
    received = context.t("comment-proposed-received", length=len(text))
    return await advance(update, context, draft, before=received)


@guarded("comment")
@at_step(PROPOSED)
async def proposed_skip(update: Update, context: Context, draft: Draft) -> State:
    """“No proposed text” (or "Remove the proposed text" while editing)."""
    await acknowledge(update)
    await mark_pressed(update)
    draft.data.proposed_text = None
    draft.data.proposed_skipped = True
    return await advance(update, context, draft)


@guarded("comment")
@at_step(ATTACHMENTS)
async def document_received(update: Update, context: Context, draft: Draft) -> State:
    """A file at the attachments step: checked by name, type and content, then kept."""
    assert update.message is not None and update.message.document is not None
    document = update.message.document
    files = await attachments.for_draft(context.db, draft.id)
    name = document.file_name or ""
    if any(f.telegram_file_unique_id == document.file_unique_id for f in files):
        # Sent twice, or delivered again after a restart: kept once.
        return await ask(update, context, draft, before=context.t("comment-file-duplicate", name=name))
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
                failed = context.t("comment-file-download-failed", name=name)
                return await ask(update, context, draft, before=failed)
            refusal = attachments.Refusal.TOO_BIG
    if refusal is None and data is not None:
        refusal = await asyncio.to_thread(attachments.check_content, name, data)
    if refusal is not None or data is None:
        reason = (refusal or attachments.Refusal.CONTENT).value
        notice = await facts.contact_text(
            context,
            context.language,
            f"comment-file-{reason}",
            draft.consultation_id,
            name=name or "—",
            max_files=attachments.MAX_PER_COMMENT,
        )
        return await ask(update, context, draft, before=notice)
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
    received = context.t("comment-file-received", name=stored.file_name, size=size(context, stored.size), sha256=digest)
    return await ask(update, context, draft, before=received)


@guarded("comment")
@at_step(ATTACHMENTS)
async def remove_file(update: Update, context: Context, draft: Draft) -> State:
    """“Remove <file>” at the attachments step."""
    pressed = RemoveFile.of(update)
    removed = await attachments.remove_from_draft(context.db, draft.id, pressed.attachment) if pressed else None
    if removed is None:
        return await stale(update, context, draft)
    await acknowledge(update)
    await mark_pressed(update)
    await attachments.remove_unreferenced(context.db, context.deps.attachments_dir, [removed])
    draft = await drafts.save(context.db, draft, context.deps.now())
    return await ask(update, context, draft)


@guarded("comment")
@at_step(ATTACHMENTS)
async def files_done(update: Update, context: Context, draft: Draft) -> State:
    """“Continue” (or "No attachment") at the attachments step."""
    await acknowledge(update)
    await mark_pressed(update)
    draft.data.attachments_done = True
    return await advance(update, context, draft)
