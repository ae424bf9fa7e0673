"""The preview: show the full text, edit a part, submit (once), or submit a revision as new."""

from __future__ import annotations

import logging

from telegram import Update

from handlers import callbacks
from handlers.access import guarded
from handlers.comments.reconcile import draft_of, no_draft, pressed_at, stale
from handlers.comments.screens import (
    ask,
    closed_notice,
    edit_keyboard,
    mark_pressed,
    preview_keyboard,
    say_closed,
    send_receipt,
    single_column,
    tr,
)
from handlers.comments.states import COMMENT, EDITABLE, END, PREFIX, PREVIEW, PROPOSED
from handlers.context import Context
from handlers.replies import acknowledge, say, send_text, user_language
from storage import drafts, submissions
from storage.drafts import Draft
from storage.models import Participant
from storage.submissions import Outcome

logger = logging.getLogger(__name__)


@guarded("comment")
async def full_text(update: Update, context: Context) -> str | int:
    """“Show the full text” in the preview: the whole comment, then the preview's buttons."""
    language = await user_language(update, context)
    draft = await pressed_at(update, context, language, PREVIEW)
    if not isinstance(draft, Draft):
        return draft
    await send_text(update, context, draft.data.comment)
    await send_text(
        update,
        context,
        tr(context, language, "comment-preview-question"),
        preview_keyboard(context, language, draft, shortened=False),
    )
    return PREVIEW


@guarded("comment")
async def edit_menu(update: Update, context: Context) -> str | int:
    """“Edit”: which part to change."""
    language = await user_language(update, context)
    draft = await pressed_at(update, context, language, PREVIEW)
    if not isinstance(draft, Draft):
        return draft
    await say(update, context, "comment-edit-which", edit_keyboard(context, language), language=language)
    return PREVIEW


@guarded("comment")
async def edit_part(update: Update, context: Context) -> str | int:
    """One part chosen for editing: its question again, then back to the preview."""
    language = await user_language(update, context)
    data = callbacks.parse(update.callback_query.data if update.callback_query else None, PREFIX)
    part = data.arg(0) if data else ""
    chosen = tr(context, language, f"comment-btn-edit-{part}") if part in EDITABLE else None
    draft = await pressed_at(update, context, language, PREVIEW, also=lambda _d: part in EDITABLE, choice=chosen)
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
    _participant, draft = await draft_of(update, context)
    if draft is None:
        return await no_draft(update, context)
    if draft.step not in (PREVIEW, PROPOSED) or (draft.step == PROPOSED and not draft.data.editing):
        return await stale(update, context, draft, language)
    await acknowledge(update)
    await mark_pressed(update)
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
    participant, draft = await draft_of(update, context)
    if draft is None or draft.data.token != token:
        return await _already_submitted(update, context, participant, draft, language)
    if draft.step != PREVIEW:  # the preview's button, pressed again while a part is being edited
        return await stale(update, context, draft, language)
    notice = await closed_notice(context)
    if notice is not None:
        await say_closed(update, context, notice, language)
        return END
    await mark_pressed(update)
    consultation = await context.deps.effective_consultation()
    detection = await context.deps.detector.detect(draft.data.comment)
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
        return await ask(update, context, draft, language, before=tr(context, language, "comment-incomplete"))
    if result.outcome is Outcome.WITHDRAWN:
        assert result.submission is not None
        keyboard = single_column(
            context, language, ("comment-btn-submit-as-new", "asnew"), ("comment-btn-cancel", "cancel")
        )
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
        after = tr(
            context,
            language,
            "comment-concurrent-revision",
            reference=result.submission.reference,
            version=result.version.version,
        )
    await send_receipt(update, context, result.submission, result.version, language, key=key, after=after)
    return END


async def _already_submitted(
    update: Update, context: Context, participant: Participant, draft: Draft | None, language: str
) -> str | int:
    """A Submit press whose draft is gone: the receipt of what was recorded, nothing new."""
    last = await submissions.last_by_participant(context.db, participant.id)
    if draft is not None:  # an old preview's button while a newer draft is open: stay there
        return await stale(update, context, draft, language)
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
            before=tr(context, language, "comment-already-submitted"),
        )
    return END


@guarded("comment")
async def submit_as_new(update: Update, context: Context) -> str | int:
    """The revised submission was withdrawn meanwhile: keep the text as a new comment."""
    language = await user_language(update, context)
    _participant, draft = await draft_of(update, context)
    if draft is None:
        return await no_draft(update, context)
    if draft.submission_id is None:
        return await stale(update, context, draft, language)
    await acknowledge(update)
    await mark_pressed(update)
    draft.submission_id = None
    draft.data.base_version = None
    draft = await drafts.save(context.db, draft, context.deps.now(), step=PREVIEW)
    return await ask(update, context, draft, language)
