"""The preview: the full text, edit one part, back, submit (recorded once), or submit as new."""

from __future__ import annotations

import logging

from telegram import Update

from handlers.access import guarded
from handlers.comments.reconcile import State, at_step, draft_of, stale
from handlers.comments.screens import (
    ask,
    closed_notice,
    edit_keyboard,
    preview_keyboard,
    say_closed,
    send_receipt,
    single_column,
)
from handlers.comments.states import COMMENT, EDITABLE, END, PREVIEW, PROPOSED, Cancel, EditPart, Submit, SubmitAsNew
from handlers.context import Context
from handlers.replies import acknowledge, mark_pressed, send_text
from storage import drafts, submissions
from storage.drafts import Draft
from storage.models import Participant
from storage.submissions import Outcome

logger = logging.getLogger(__name__)


@guarded("comment")
@at_step(PREVIEW)
async def full_text(update: Update, context: Context, draft: Draft) -> State:
    """“Show the full text” in the preview: the whole comment, then the preview's buttons."""
    await acknowledge(update)
    await mark_pressed(update)
    await send_text(update, context, draft.data.comment)
    keyboard = preview_keyboard(context, draft, shortened=False)
    await send_text(update, context, context.t("comment-preview-question"), keyboard)
    return PREVIEW


@guarded("comment")
@at_step(PREVIEW)
async def edit_menu(update: Update, context: Context, draft: Draft) -> State:
    """“Edit”: which part to change."""
    await acknowledge(update)
    await mark_pressed(update)
    await send_text(update, context, context.t("comment-edit-which"), edit_keyboard(context))
    return PREVIEW


@guarded("comment")
@at_step(PREVIEW)
async def edit_part(update: Update, context: Context, draft: Draft) -> State:
    """One part chosen for editing: its question again, then back to the preview."""
    pressed = EditPart.of(update)
    if pressed is None or pressed.part not in EDITABLE:
        return await stale(update, context, draft)
    await acknowledge(update)
    await mark_pressed(update, context.t(f"comment-btn-edit-{pressed.part}"))
    draft.data.editing = True
    if pressed.part == COMMENT:
        draft.data.comment_backup = draft.data.comment_parts
        draft.data.comment_parts = []
        draft.data.comment_message_ids = []
    draft = await drafts.save(context.db, draft, context.deps.now(), step=pressed.part)
    return await ask(update, context, draft)


@guarded("comment")
@at_step(PREVIEW, PROPOSED, when=lambda draft: draft.step == PREVIEW or draft.data.editing)
async def back_to_preview(update: Update, context: Context, draft: Draft) -> State:
    """“Back to the preview” (or "Keep the proposed text" while editing it)."""
    await acknowledge(update)
    await mark_pressed(update)
    draft.data.editing = False
    draft = await drafts.save(context.db, draft, context.deps.now(), step=PREVIEW)
    return await ask(update, context, draft)


@guarded("comment")
async def submit(update: Update, context: Context) -> State:
    """“Submit”: recorded once (a repeated press finds the draft consumed), then the receipt.
    Not `at_step`: a press whose draft is gone is answered with the receipt of what was recorded."""
    await acknowledge(update)
    pressed = Submit.of(update)
    token = pressed.token if pressed else ""
    participant, draft = await draft_of(update, context)
    if draft is None or draft.data.token != token:
        return await _already_submitted(update, context, participant, draft)
    if draft.step != PREVIEW:  # the preview's button, pressed again while a part is being edited
        return await stale(update, context, draft)
    notice = await closed_notice(context, draft.consultation_id)
    if notice is not None:
        await say_closed(update, context, notice, draft.consultation_id)
        return END
    await mark_pressed(update)
    consultation = await context.deps.effective_consultation(draft.consultation_id)
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
        consultation_id=draft.consultation_id,
    )
    if result.outcome is Outcome.GONE:
        return await _already_submitted(update, context, participant, None)
    if result.outcome is Outcome.INCOMPLETE:
        return await ask(update, context, draft, before=context.t("comment-incomplete"))
    if result.outcome is Outcome.WITHDRAWN:
        assert result.submission is not None
        keyboard = single_column(
            context, ("comment-btn-submit-as-new", SubmitAsNew()), ("comment-btn-cancel", Cancel())
        )
        text = context.t("comment-submit-withdrawn", reference=result.submission.reference)
        await send_text(update, context, text, keyboard)
        return PREVIEW
    assert result.submission is not None and result.version is not None
    logger.info("submission %s version %s recorded", result.submission.reference, result.version.version)
    key = "comment-receipt" if result.outcome is Outcome.CREATED else "comment-receipt-revision"
    after = None
    if result.concurrent:
        reference, version = result.submission.reference, result.version.version
        after = context.t("comment-concurrent-revision", reference=reference, version=version)
    await send_receipt(update, context, result.submission, result.version, key=key, after=after)
    return END


async def _already_submitted(update: Update, context: Context, participant: Participant, draft: Draft | None) -> State:
    """A Submit press whose draft is gone: the receipt of what was recorded, nothing new."""
    last = await submissions.last_by_participant(context.db, participant.id)
    if draft is not None:  # an old preview's button while a newer draft is open: stay there
        return await stale(update, context, draft)
    if last is None:
        await send_text(update, context, context.t("comment-no-draft"))
    else:
        before = context.t("comment-already-submitted")
        await send_receipt(update, context, last[0], last[1], key="comment-receipt-repeat", before=before)
    return END


@guarded("comment")
@at_step(when=lambda draft: draft.submission_id is not None)
async def submit_as_new(update: Update, context: Context, draft: Draft) -> State:
    """The revised submission was withdrawn meanwhile: keep the text as a new comment."""
    await acknowledge(update)
    await mark_pressed(update)
    draft.submission_id = None
    draft.data.base_version = None
    draft = await drafts.save(context.db, draft, context.deps.now(), step=PREVIEW)
    return await ask(update, context, draft)
