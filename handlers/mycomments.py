"""/mycomments: a country's submissions, for any of its focal points; /verify <reference>.

Buttons carry the submission id (`mc:<action>:<id>`) and every press checks again that the
submission belongs to the presser's country, so an old or forged button shows nothing else.
Revising hands over to the comment conversation (`cm:revise:<id>`, handlers/comments.py).
Revising and withdrawing stop at the deadline; reading and /verify never do.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from handlers import callbacks, facts, keyboards
from handlers.access import guarded
from handlers.callbacks import CallbackData
from handlers.comments import Revise, closed_notice
from handlers.common import stale_button
from handlers.context import Context
from handlers.keyboards import press
from handlers.replies import acknowledge, participant_of, send_text
from prompts import Catalog, countries, dated
from storage import audit, participants, review, submissions
from storage.models import Participant
from storage.submissions import Submission, SubmissionStatus, Version

logger = logging.getLogger(__name__)

PREFIX = "mc"
EXCERPT_CHARS = 700


@dataclass(frozen=True)
class ShowList(CallbackData, prefix=PREFIX, action="list"):
    pass


@dataclass(frozen=True)
class Open(CallbackData, prefix=PREFIX, action="open"):
    submission: int


@dataclass(frozen=True)
class Full(CallbackData, prefix=PREFIX, action="full"):
    submission: int


@dataclass(frozen=True)
class Versions(CallbackData, prefix=PREFIX, action="versions"):
    submission: int


@dataclass(frozen=True)
class Withdraw(CallbackData, prefix=PREFIX, action="withdraw"):
    submission: int


@dataclass(frozen=True)
class WithdrawConfirmed(CallbackData, prefix=PREFIX, action="wdyes"):
    submission: int


Naming = type[Open] | type[Full] | type[Versions] | type[Withdraw] | type[WithdrawConfirmed]
OwnHandler = Callable[[Update, Context, Participant, Submission], Awaitable[None]]


def on_own_submission(pressed: Naming) -> Callable[[OwnHandler], Callable[[Update, Context], Awaitable[None]]]:
    """For a button naming a submission (`pressed`): the handler runs, the press acknowledged,
    with the person and the submission when it is their country's; any other (old, forged,
    another country's) is answered as a stale button and nothing is shown."""

    def decorate(handler: OwnHandler) -> Callable[[Update, Context], Awaitable[None]]:
        @functools.wraps(handler)
        async def wrapper(update: Update, context: Context) -> None:
            data = pressed.of(update)
            owned = await _own_submission(update, context, data.submission) if data else None
            if owned is None:
                await stale_button(update, context)
                return
            await acknowledge(update)
            await handler(update, context, *owned)

        return wrapper

    return decorate


async def _own_submission(
    update: Update, context: Context, submission_id: int
) -> tuple[Participant, Submission] | None:
    """The participant and the submission a button names, if it is their country's."""
    participant = await participant_of(update, context)
    if participant is None:
        return None
    submission = await submissions.get(context.db, submission_id)
    if submission is None or submission.country_code != participant.country_code:
        return None
    return participant, submission


async def _author(context: Context, participant_id: int | None) -> str:
    author = await participants.get(context.db, participant_id) if participant_id else None
    if author is None or not author.full_name:
        return context.t("mycomments-unknown-author")
    return author.full_name


# -- the list -------------------------------------------------------------------------------


@guarded("mycomments")
async def list_submissions(update: Update, context: Context) -> None:
    """/mycomments or its menu button: the country's submissions, newest first."""
    await acknowledge(update)
    participant = await participant_of(update, context)
    assert participant is not None
    country = countries.name(participant.country_code, context.language, "running")
    found = await submissions.for_country(context.db, participant.country_code or "")
    if not found:
        await send_text(update, context, context.t("mycomments-none", country=country))
        return
    buttons = []
    for submission, version in found:
        # Each submission's topics are its own consultation's (the reference names which).
        topic = (await context.deps.effective_consultation(submission.consultation_id)).topic(version.topic_id)
        key = "mycomments-item" if submission.status == SubmissionStatus.SUBMITTED else "mycomments-item-withdrawn"
        label = context.t(
            key,
            reference=submission.reference,
            topic=topic.name.get(context.language) if topic else version.topic_id,
            version=version.version,
        )
        buttons.append(press(label[:60], Open(submission.id)))
    title = context.t("mycomments-title", country=country, count=len(found))
    await send_text(update, context, title, keyboards.rows(buttons, per_row=1))


@guarded("mycomments")
@on_own_submission(Open)
async def open_submission(update: Update, context: Context, participant: Participant, submission: Submission) -> None:
    """One submission: its latest version, and what can be done with it."""
    versions = await submissions.versions(context.db, submission.id)
    latest = versions[-1]
    text = await _detail(context, submission, latest, len(versions))
    text += await _replies(context, submission)
    await send_text(update, context, text, _detail_keyboard(context, submission))


async def _replies(context: Context, submission: Submission) -> str:
    """The secretariat's replies to the country on this submission (storage/review.py), kept
    with it; never its internal notes or themes."""
    found = await review.replies(context.db, submission.id)
    if not found:
        return ""
    consultation = await context.deps.effective_consultation(submission.consultation_id)
    lines = [
        context.t(
            "review-mycomments-reply",
            time=dated.moment(consultation, context.language, reply.created_at, submission.country_code),
            text=reply.text,
        )
        for reply in found
    ]
    return "\n\n" + "\n\n".join(lines)


async def _detail(context: Context, submission: Submission, version: Version, count: int) -> str:
    consultation = await context.deps.effective_consultation(submission.consultation_id)
    none = context.t("mycomments-none-value")
    topic = consultation.topic(version.topic_id)
    kind = consultation.comment_type(version.comment_type_id)
    if submission.status == SubmissionStatus.WITHDRAWN and submission.withdrawn_at is not None:
        status = context.t(
            "mycomments-status-withdrawn",
            time=dated.moment(consultation, context.language, submission.withdrawn_at, submission.country_code),
        )
    else:
        status = context.t("mycomments-status-submitted")
    detected = version.language or "und"
    lines = [
        context.t(
            "mycomments-detail",
            reference=submission.reference,
            version=version.version,
            versions=count,
            status=status,
            topic=topic.name.get(context.language) if topic else version.topic_id,
            type=kind.name.get(context.language) if kind else version.comment_type_id,
            paragraph=str(version.paragraph) if version.paragraph is not None else none,
            author=await _author(context, version.participant_id),
            time=dated.moment(consultation, context.language, version.submitted_at, submission.country_code),
            detected=Catalog.language_name(context.language, detected) or context.t("mycomments-language-und"),
            attachments=Catalog.list_of(context.language, [a.file_name for a in version.attachments])
            if version.attachments
            else context.t("mycomments-none-attachments"),
            fingerprint=version.fingerprint,
        )
    ]
    if len(await context.deps.consultations()) > 1:
        # Several consultations: which one this submission was made to.
        title = consultation.title.get(context.language)
        lines.insert(0, context.t("comment-receipt-consultation", title=title))
    excerpt = version.comment if len(version.comment) <= EXCERPT_CHARS else version.comment[:EXCERPT_CHARS] + "…"
    lines.append(context.t("mycomments-excerpt", length=len(version.comment)) + "\n" + excerpt)
    if version.proposed_text:
        proposed = version.proposed_text
        if len(proposed) > EXCERPT_CHARS:
            proposed = proposed[:EXCERPT_CHARS] + "…"
        lines.append(context.t("mycomments-proposed") + "\n" + proposed)
    return "\n\n".join(lines)


def _detail_keyboard(context: Context, submission: Submission) -> InlineKeyboardMarkup:
    grid = [
        [
            press(context.t("mycomments-btn-full"), Full(submission.id)),
            press(context.t("mycomments-btn-versions"), Versions(submission.id)),
        ]
    ]
    if submission.status == SubmissionStatus.SUBMITTED:
        grid.append(
            [
                press(context.t("mycomments-btn-revise"), Revise(submission.id)),
                press(context.t("mycomments-btn-withdraw"), Withdraw(submission.id)),
            ]
        )
    grid.append([press(context.t("mycomments-btn-back"), ShowList())])
    return InlineKeyboardMarkup(grid)


@guarded("mycomments")
@on_own_submission(Full)
async def full_text(update: Update, context: Context, participant: Participant, submission: Submission) -> None:
    """The whole comment and proposed text of the latest version (in several messages if long)."""
    latest = await submissions.latest_version(context.db, submission.id)
    assert latest is not None
    text = (
        f"{submission.reference}\n\n"
        + context.t("mycomments-excerpt", length=len(latest.comment))
        + "\n"
        + latest.comment
    )
    if latest.proposed_text:
        text += "\n\n" + context.t("mycomments-proposed") + "\n" + latest.proposed_text
    await send_text(update, context, text)


@guarded("mycomments")
@on_own_submission(Versions)
async def all_versions(update: Update, context: Context, participant: Participant, submission: Submission) -> None:
    """Every version: when, by whom, with which fingerprint."""
    consultation = await context.deps.effective_consultation(submission.consultation_id)
    lines = [context.t("mycomments-versions-title", reference=submission.reference)]
    for version in await submissions.versions(context.db, submission.id):
        lines.append(
            context.t(
                "mycomments-version-line",
                version=version.version,
                time=dated.moment(consultation, context.language, version.submitted_at, submission.country_code),
                author=await _author(context, version.participant_id),
                fingerprint=version.fingerprint,
            )
        )
    await send_text(update, context, "\n\n".join(lines))


# -- withdrawing ----------------------------------------------------------------------------


async def _refuse_if_closed(update: Update, context: Context, submission: Submission) -> bool:
    """Withdrawing follows the submission's own consultation: closed there, refused."""
    notice = await closed_notice(context, submission.consultation_id, submission.country_code)
    if notice is None:
        return False
    consultation = await context.deps.effective_consultation(submission.consultation_id)
    deadline = await facts.moment(update, context, consultation.dates.deadline, submission.consultation_id)
    text = await facts.contact_text(
        context, context.language, "mycomments-closed", submission.consultation_id, deadline=deadline
    )
    await send_text(update, context, text)
    return True


@guarded("mycomments")
@on_own_submission(Withdraw)
async def withdraw_ask(update: Update, context: Context, participant: Participant, submission: Submission) -> None:
    """“Withdraw”: asked once more, since it cannot be undone by the focal point."""
    if await _refuse_if_closed(update, context, submission):
        return
    if submission.status != SubmissionStatus.SUBMITTED:
        await send_text(update, context, context.t("mycomments-already-withdrawn", reference=submission.reference))
        return
    keyboard = InlineKeyboardMarkup(
        [
            [press(context.t("mycomments-btn-withdraw-yes"), WithdrawConfirmed(submission.id))],
            [press(context.t("mycomments-btn-withdraw-no"), Open(submission.id))],
        ]
    )
    await send_text(update, context, context.t("mycomments-withdraw-confirm", reference=submission.reference), keyboard)


@guarded("mycomments")
@on_own_submission(WithdrawConfirmed)
async def withdraw_confirmed(
    update: Update, context: Context, participant: Participant, submission: Submission
) -> None:
    """“Yes, withdraw it”: marked withdrawn, kept in the record."""
    if await _refuse_if_closed(update, context, submission):
        return
    done = await submissions.withdraw(
        context.db,
        submission.id,
        participant_id=participant.id,
        country_code=participant.country_code or "",
        now=context.deps.now(),
    )
    key = "mycomments-withdrawn" if done is not None else "mycomments-already-withdrawn"
    await send_text(update, context, context.t(key, reference=submission.reference))


# -- /verify --------------------------------------------------------------------------------


@guarded("verify")
async def verify(update: Update, context: Context) -> None:
    """/verify <reference>: recompute the fingerprints of what is stored now."""
    consultation = await context.deps.effective_consultation()
    raw = " ".join(context.args or [])
    reference = submissions.normalize_reference(raw)
    if reference is None:
        example = submissions.format_reference(consultation.reference_prefix, consultation.reference_year, 42)
        await send_text(update, context, context.t("verify-usage", example=example))
        return
    participant = await participant_of(update, context)
    found = [s for s in await submissions.all_by_reference(context.db, reference) if _may_verify(participant, s)]
    if not found:
        await send_text(update, context, context.t("verify-not-found", reference=reference))
        return
    # A copied round has its own prefix, so a reference names one submission; should two
    # consultations share one (imported with the same prefix), each is checked, each named.
    for submission in found:
        await _verify_one(update, context, participant, submission, named=len(found) > 1)


async def _verify_one(
    update: Update, context: Context, participant: Participant | None, submission: Submission, *, named: bool
) -> None:
    reference = submission.reference
    checks = await submissions.verify(context.db, submission.id, context.deps.attachments_dir)
    intact = all(check.intact for check in checks)
    lines = [
        await facts.contact_text(
            context,
            context.language,
            "verify-intact" if intact else "verify-altered",
            submission.consultation_id,
            reference=reference,
        )
    ]
    if named or len(await context.deps.consultations()) > 1:
        # Several consultations: which one the submission was made to (references are unique
        # within a consultation).
        consultation = await context.deps.effective_consultation(submission.consultation_id)
        title = consultation.title.get(context.language)
        lines.append(context.t("comment-receipt-consultation", title=title))
    for check in checks:
        if check.stored_fingerprint != check.computed_fingerprint:
            lines.append(
                context.t(
                    "verify-version-altered",
                    version=check.version,
                    fingerprint=check.stored_fingerprint,
                    computed=check.computed_fingerprint,
                )
            )
        else:
            lines.append(context.t("verify-version-ok", version=check.version, fingerprint=check.stored_fingerprint))
        if not check.files_intact:
            lines.append(context.t("verify-files-altered", version=check.version))
    if submission.status == SubmissionStatus.WITHDRAWN and submission.withdrawn_at is not None:
        lines.append(
            context.t(
                "verify-withdrawn",
                time=await facts.moment(update, context, submission.withdrawn_at, submission.consultation_id),
            )
        )
    if not intact:
        logger.warning("verify: %s no longer matches its fingerprints", reference)
        await audit.record(
            context.db,
            "comment.verify_failed",
            actor_id=participant.id if participant else None,
            subject=reference,
            consultation_id=submission.consultation_id,
        )
    await send_text(update, context, "\n\n".join(lines))


def _may_verify(participant: Participant | None, submission: Submission) -> bool:
    """The submitting country's focal points, and the secretariat."""
    if participant is None:
        return False
    if participant.is_staff:
        return True
    return participant.is_approved_focal_point and participant.country_code == submission.country_code


def handlers() -> list[BaseHandler[Update, Context, object]]:
    def on(pressed: type[CallbackData], callback: object) -> CallbackQueryHandler[Context, None]:
        return CallbackQueryHandler(callback, pattern=pressed.pattern())  # type: ignore[arg-type]

    return [
        CommandHandler("mycomments", list_submissions),
        CommandHandler("verify", verify),
        CallbackQueryHandler(list_submissions, pattern=keyboards.MenuMyComments.pattern()),
        on(ShowList, list_submissions),
        on(Open, open_submission),
        on(Full, full_text),
        on(Versions, all_versions),
        on(Withdraw, withdraw_ask),
        on(WithdrawConfirmed, withdraw_confirmed),
        CallbackQueryHandler(stale_button, pattern=callbacks.prefix_pattern(PREFIX)),
    ]
