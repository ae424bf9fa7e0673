"""Into the conversation and out of it: /comment and its menu button, Revise (from /mycomments),
continue an open draft or start again, /cancel, discard or keep the draft."""

from __future__ import annotations

from telegram import Update

from handlers import facts, keyboards
from handlers.access import guarded
from handlers.comments.reconcile import State, at_step, draft_of, route_by_draft, stale, stopped_by_close
from handlers.comments.screens import (
    ask,
    closed_draft,
    closed_notice,
    confirm_discard_keyboard,
    offer_resume,
    say_closed,
)
from handlers.comments.states import (
    CONFIRM_CANCEL,
    END,
    PREVIEW,
    TOPIC,
    ConsultationChosen,
    Revise,
    StartRevisionAgain,
)
from handlers.common import stale_button
from handlers.context import Context
from handlers.keyboards import press, rows
from handlers.replies import acknowledge, mark_pressed, participant_of, send_text
from services.core import definition_of
from storage import attachments, drafts, submissions
from storage.consultations import FIRST_ID
from storage.drafts import Draft, DraftData
from storage.models import Participant
from storage.submissions import Submission


def _open(draft: Draft | None) -> bool:
    """A draft worth offering to continue: a topic chosen, or a revision."""
    return draft is not None and (draft.data.topic_id is not None or draft.submission_id is not None)


@guarded("comment")
async def start(update: Update, context: Context) -> State:
    """/comment or the menu button: a new draft, or the offer to continue an open one. With
    several consultations open to the person's State (and no draft open), first: which one."""
    await acknowledge(update)
    context.deps.detector.preload()
    participant, draft = await draft_of(update, context)
    choices = await context.deps.open_consultations(participant.country_code)
    if len(choices) > 1 and not _open(draft):
        keyboard = rows(
            [
                press(definition_of(record).title.get(context.language), ConsultationChosen(record.id))
                for record in choices
            ],
            per_row=1,
        )
        await send_text(update, context, context.t("comment-choose-consultation"), keyboard)
        return END
    if draft is not None and _open(draft):
        consultation_id = draft.consultation_id
    else:
        consultation_id = choices[0].id if choices else FIRST_ID
    notice = await closed_notice(context, consultation_id, participant.country_code)
    if notice is not None and draft is not None and _open(draft):
        await closed_draft(update, context, draft, notice)
        return END
    if notice is not None:
        await say_closed(update, context, notice, consultation_id)
        return END
    if draft is not None and _open(draft):
        return await offer_resume(update, context, draft)
    return await _start_new(update, context, participant, consultation_id)


async def _start_new(update: Update, context: Context, participant: Participant, consultation_id: int) -> str:
    draft, dropped = await drafts.start(
        context.db, participant.id, TOPIC, context.deps.now(), consultation_id=consultation_id
    )
    await attachments.remove_unreferenced(context.db, context.deps.attachments_dir, dropped)
    consultation = await context.deps.effective_consultation(consultation_id)
    intro = context.t("comment-intro", title=consultation.title.get(context.language))
    intro += "\n\n" + await facts.facts(context, context.language, participant.country_code, consultation_id)
    return await ask(update, context, draft, before=intro)


@guarded("comment")
async def consultation_chosen(update: Update, context: Context) -> State:
    """The consultation chosen for a new comment: one still open to the person's State."""
    await acknowledge(update)
    pressed = ConsultationChosen.of(update)
    participant, draft = await draft_of(update, context)
    choices = {record.id for record in await context.deps.open_consultations(participant.country_code)}
    if pressed is None or pressed.consultation not in choices:
        await stale_button(update, context)
        return END
    notice = await closed_notice(context, pressed.consultation, participant.country_code)
    if notice is not None:
        await say_closed(update, context, notice, pressed.consultation)
        return END
    if draft is not None and _open(draft):
        # A draft was opened meanwhile (another device): nothing is replaced without asking.
        return await offer_resume(update, context, draft)
    await mark_pressed(update)
    return await _start_new(update, context, participant, pressed.consultation)


async def start_on(update: Update, context: Context, participant: Participant, consultation_id: int) -> bool:
    """A link naming a consultation (`/start c2`, or an invitation link for it), opened by an
    approved focal point: straight into a new comment on that consultation. False, with the
    reason said, when it is not open to the person's State or a draft is open (nothing of the
    draft is replaced); the caller then shows what /start shows."""
    record = await context.deps.consultation_record(consultation_id)
    choices = {r.id for r in await context.deps.open_consultations(participant.country_code)}
    if record is None or record.definition is None or consultation_id not in choices:
        await send_text(update, context, context.t("comment-link-unavailable"))
        return False
    title = definition_of(record).title.get(context.language)
    draft = await drafts.get(context.db, participant.id)
    if _open(draft):
        await send_text(update, context, context.t("comment-link-draft-open", title=title))
        return False
    notice = await closed_notice(context, consultation_id)
    if notice is not None:
        await say_closed(update, context, notice, consultation_id)
        return True
    await _start_new(update, context, participant, consultation_id)
    return True


def _revisable(submission: Submission | None, participant: Participant) -> bool:
    return (
        submission is not None
        and submission.country_code == participant.country_code
        and submission.status == submissions.SubmissionStatus.SUBMITTED
    )


@guarded("comment")
async def revise(update: Update, context: Context) -> State:
    """“Revise” on a submission in /mycomments: a draft starting from its latest version."""
    await acknowledge(update)
    pressed = Revise.of(update)
    participant, draft = await draft_of(update, context)
    submission = await submissions.get(context.db, pressed.submission) if pressed and pressed.submission else None
    if submission is None or submission.country_code != participant.country_code:
        await send_text(update, context, context.t("comment-revise-unavailable"))
        return END
    if not _revisable(submission, participant):
        await send_text(update, context, context.t("comment-revise-withdrawn", reference=submission.reference))
        return END
    notice = await closed_notice(context, submission.consultation_id, participant.country_code)
    if notice is not None:
        await say_closed(update, context, notice, submission.consultation_id)
        return END
    await mark_pressed(update)
    if draft is not None and draft.submission_id == submission.id:
        return await ask(update, context, draft, before=context.t("comment-resumed"))
    if draft is not None and _open(draft):
        return await offer_resume(update, context, draft, fresh=StartRevisionAgain(submission.id))
    return await _start_revision(update, context, participant, submission)


async def _start_revision(update: Update, context: Context, participant: Participant, submission: Submission) -> str:
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
        context.db,
        participant.id,
        PREVIEW,
        now,
        data=data,
        submission_id=submission.id,
        consultation_id=submission.consultation_id,
    )
    await attachments.copy_to_draft(context.db, latest.id, draft.id, now)
    await attachments.remove_unreferenced(context.db, context.deps.attachments_dir, dropped)
    intro = context.t("comment-revise-intro", reference=submission.reference, version=latest.version + 1)
    return await ask(update, context, draft, before=intro)


@guarded("comment")
@at_step()
async def resume_continue(update: Update, context: Context, draft: Draft) -> State:
    """“Continue”: the open draft's question again."""
    return await _question_again(update, context, draft, "comment-btn-continue", "comment-resumed")


@guarded("comment")
async def resume_fresh(update: Update, context: Context) -> State:
    """“Start again”: the open draft is discarded, a new comment (or the revision) begins."""
    await acknowledge(update)
    participant = await participant_of(update, context)
    assert participant is not None
    revision = StartRevisionAgain.of(update)
    submission = await submissions.get(context.db, revision.submission) if revision is not None else None
    if revision is not None and not _revisable(submission, participant):
        # checked before anything is discarded: a forged or outdated button loses nothing
        await send_text(update, context, context.t("comment-revise-unavailable"))
        return END
    await mark_pressed(update, context.t("comment-btn-start-new"))
    _draft, dropped = await drafts.discard(context.db, participant.id)
    await attachments.remove_unreferenced(context.db, context.deps.attachments_dir, dropped)
    if submission is not None:
        return await _start_revision(update, context, participant, submission)
    # A new comment for the consultation the discarded draft was for.
    consultation_id = _draft.consultation_id if _draft is not None else FIRST_ID
    draft, _ = await drafts.start(
        context.db, participant.id, TOPIC, context.deps.now(), consultation_id=consultation_id
    )
    return await ask(update, context, draft)


@guarded("comment")
async def resume_any(update: Update, context: Context) -> State:
    """A comment button while no comment conversation is open (its state lost, or the draft
    begun by a link's /start): the button of the draft's own step is taken there (each step
    checks the draft's step itself); any other leads back to the draft's step. After the
    close, the draft's next step says so at once."""
    participant, draft = await draft_of(update, context)
    if draft is None:
        await stale_button(update, context)
        return END
    if await stopped_by_close(update, context, participant, draft):
        return END
    routed = route_by_draft(update, draft, draft.step)
    if routed is not None:
        return await routed(update, context)  # type: ignore[no-any-return]
    return await stale(update, context, draft)


@guarded("cancel")
async def cancel(update: Update, context: Context) -> State:
    """/cancel or "Cancel": ask before discarding anything."""
    await acknowledge(update)
    participant = await participant_of(update, context)
    draft = await drafts.get(context.db, participant.id) if participant else None
    if draft is None:
        await send_text(update, context, context.t("comment-no-draft"))
        return END
    await mark_pressed(update)
    await send_text(update, context, context.t("comment-cancel-confirm"), confirm_discard_keyboard(context))
    return CONFIRM_CANCEL


@guarded("comment")
async def discard(update: Update, context: Context) -> State:
    """“Yes, discard it”: the draft and its unsent documents are deleted."""
    await acknowledge(update)
    participant = await participant_of(update, context)
    assert participant is not None
    await mark_pressed(update, context.t("comment-btn-discard"))
    _draft, dropped = await drafts.discard(context.db, participant.id)
    await attachments.remove_unreferenced(context.db, context.deps.attachments_dir, dropped)
    menu = keyboards.main_menu(context.catalog, participant)
    await send_text(update, context, context.t("comment-discarded"), menu)
    return END


@guarded("comment")
@at_step()
async def keep_draft(update: Update, context: Context, draft: Draft) -> State:
    """“No, keep it”: back to the question that was open."""
    return await _question_again(update, context, draft, "comment-btn-keep-draft", "comment-draft-kept-continue")


async def _question_again(update: Update, context: Context, draft: Draft, choice: str, before: str) -> State:
    """The press ticked (`choice`, a catalog key), and the draft's open question after `before`."""
    await acknowledge(update)
    await mark_pressed(update, context.t(choice))
    return await ask(update, context, draft, before=context.t(before))
