"""Into the conversation and out of it: /comment, Revise, continue or start again, cancel, discard."""

from __future__ import annotations

from telegram import Update

from handlers import callbacks, keyboards
from handlers.access import guarded
from handlers.comments.reconcile import draft_of, no_draft, stale
from handlers.comments.screens import (
    ask,
    closed_notice,
    confirm_discard_keyboard,
    mark_pressed,
    offer_resume,
    say_closed,
    tr,
)
from handlers.comments.states import CONFIRM_CANCEL, END, PREFIX, PREVIEW, TOPIC
from handlers.common import stale_button
from handlers.context import Context
from handlers.replies import acknowledge, participant_of, say, user_language
from storage import attachments, drafts, submissions
from storage.drafts import DraftData
from storage.models import Participant
from storage.submissions import Submission


@guarded("comment")
async def start(update: Update, context: Context) -> str | int:
    """/comment or the menu button: a new draft, or the offer to continue an open one."""
    await acknowledge(update)
    context.deps.detector.preload()
    language = await user_language(update, context)
    notice = await closed_notice(context)
    if notice is not None:
        await say_closed(update, context, notice, language)
        return END
    participant, draft = await draft_of(update, context)
    if draft is not None and (draft.data.topic_id is not None or draft.submission_id is not None):
        return await offer_resume(update, context, draft, language, fresh_args=())
    draft, dropped = await drafts.start(context.db, participant.id, TOPIC, context.deps.now())
    await attachments.remove_unreferenced(context.db, context.deps.attachments_dir, dropped)
    intro = tr(context, language, "comment-intro", title=context.deps.consultation.title.get(language))
    return await ask(update, context, draft, language, before=intro)


@guarded("comment")
async def revise(update: Update, context: Context) -> str | int:
    """“Revise” on a submission in /mycomments: a draft starting from its latest version."""
    await acknowledge(update)
    language = await user_language(update, context)
    data = callbacks.parse(update.callback_query.data if update.callback_query else None, PREFIX)
    submission_id = data.int_arg(0) if data else None
    participant, draft = await draft_of(update, context)
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
    await mark_pressed(update)
    if draft is not None and draft.submission_id == submission.id:
        return await ask(update, context, draft, language, before=tr(context, language, "comment-resumed"))
    if draft is not None and (draft.data.topic_id is not None or draft.submission_id is not None):
        return await offer_resume(update, context, draft, language, fresh_args=(submission.id,))
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
    intro = tr(context, language, "comment-revise-intro", reference=submission.reference, version=latest.version + 1)
    return await ask(update, context, draft, language, before=intro)


@guarded("comment")
async def resume_continue(update: Update, context: Context) -> str | int:
    """“Continue”: the open draft's question again."""
    await acknowledge(update)
    language = await user_language(update, context)
    _participant, draft = await draft_of(update, context)
    if draft is None:
        return await no_draft(update, context)
    await mark_pressed(update, tr(context, language, "comment-btn-continue"))
    return await ask(update, context, draft, language, before=tr(context, language, "comment-resumed"))


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
    await mark_pressed(update, tr(context, language, "comment-btn-start-new"))
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
    _participant, draft = await draft_of(update, context)
    if draft is None:
        await stale_button(update, context)
        return END
    return await stale(update, context, draft, language)


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
    await mark_pressed(update)
    keyboard = confirm_discard_keyboard(context, language)
    await say(update, context, "comment-cancel-confirm", keyboard, language=language)
    return CONFIRM_CANCEL


@guarded("comment")
async def discard(update: Update, context: Context) -> str | int:
    """“Yes, discard it”: the draft and its unsent documents are deleted."""
    await acknowledge(update)
    participant = await participant_of(update, context)
    assert participant is not None
    language = await user_language(update, context)
    await mark_pressed(update, tr(context, language, "comment-btn-discard"))
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
    _participant, draft = await draft_of(update, context)
    if draft is None:
        return await no_draft(update, context)
    await mark_pressed(update, tr(context, language, "comment-btn-keep-draft"))
    return await ask(update, context, draft, language, before=tr(context, language, "comment-draft-kept-continue"))
