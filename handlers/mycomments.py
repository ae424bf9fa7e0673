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

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from handlers import callbacks, keyboards
from handlers.access import guarded
from handlers.comments import PREFIX as COMMENT_PREFIX
from handlers.comments import closed_notice
from handlers.common import stale_button
from handlers.context import Context
from handlers.keyboards import button
from handlers.replies import acknowledge, participant_of, say, send_text, user_language
from prompts import LANGUAGE_NAMES, countries
from storage import audit, participants, submissions
from storage.models import Participant
from storage.submissions import Submission, SubmissionStatus, Version

logger = logging.getLogger(__name__)

PREFIX = "mc"
EXCERPT_CHARS = 700


def _t(context: Context, language: str, key: str, **args: object) -> str:
    return context.catalog.t(language, key, **args)


OwnHandler = Callable[[Update, Context, Participant, Submission], Awaitable[None]]


def on_own_submission(handler: OwnHandler) -> Callable[[Update, Context], Awaitable[None]]:
    """For a button naming a submission: the handler runs, the press acknowledged, with the
    person and the submission when it is their country's; any other (old, forged, another
    country's) is answered as a stale button and nothing is shown."""

    @functools.wraps(handler)
    async def wrapper(update: Update, context: Context) -> None:
        owned = await _own_submission(update, context)
        if owned is None:
            await stale_button(update, context)
            return
        await acknowledge(update)
        await handler(update, context, *owned)

    return wrapper


async def _own_submission(update: Update, context: Context) -> tuple[Participant, Submission] | None:
    """The participant and the submission a button names, if it is their country's."""
    data = callbacks.parse(update.callback_query.data if update.callback_query else None, PREFIX)
    submission_id = data.int_arg(0) if data else None
    participant = await participant_of(update, context)
    if participant is None or submission_id is None:
        return None
    submission = await submissions.get(context.db, submission_id)
    if submission is None or submission.country_code != participant.country_code:
        return None
    return participant, submission


async def _author(context: Context, participant_id: int | None, language: str) -> str:
    author = await participants.get(context.db, participant_id) if participant_id else None
    if author is None or not author.full_name:
        return _t(context, language, "mycomments-unknown-author")
    return author.full_name


# -- the list -------------------------------------------------------------------------------


@guarded("mycomments")
async def list_submissions(update: Update, context: Context) -> None:
    """/mycomments or its menu button: the country's submissions, newest first."""
    await acknowledge(update)
    participant = await participant_of(update, context)
    assert participant is not None
    language = await user_language(update, context)
    consultation = await context.deps.effective_consultation()
    country = countries.name(participant.country_code, language, "running")
    found = await submissions.for_country(context.db, participant.country_code or "")
    if not found:
        await say(update, context, "mycomments-none", language=language, country=country)
        return
    buttons = []
    for submission, version in found:
        topic = consultation.topic(version.topic_id)
        key = "mycomments-item" if submission.status == SubmissionStatus.SUBMITTED else "mycomments-item-withdrawn"
        label = _t(
            context,
            language,
            key,
            reference=submission.reference,
            topic=topic.name.get(language) if topic else version.topic_id,
            version=version.version,
        )
        buttons.append(button(label[:60], PREFIX, "open", submission.id))
    await say(
        update,
        context,
        "mycomments-title",
        keyboards.rows(buttons, per_row=1),
        language=language,
        country=country,
        count=len(found),
    )


@guarded("mycomments")
@on_own_submission
async def open_submission(update: Update, context: Context, participant: Participant, submission: Submission) -> None:
    """One submission: its latest version, and what can be done with it."""
    language = await user_language(update, context)
    versions = await submissions.versions(context.db, submission.id)
    latest = versions[-1]
    text = await _detail(context, submission, latest, len(versions), language)
    await send_text(update, context, text, _detail_keyboard(context, submission, language))


async def _detail(context: Context, submission: Submission, version: Version, count: int, language: str) -> str:
    consultation = await context.deps.effective_consultation()
    zone = consultation.zone
    none = _t(context, language, "mycomments-none-value")
    topic = consultation.topic(version.topic_id)
    kind = consultation.comment_type(version.comment_type_id)
    if submission.status == SubmissionStatus.WITHDRAWN and submission.withdrawn_at is not None:
        status = _t(
            context,
            language,
            "mycomments-status-withdrawn",
            time=context.catalog.datetime(language, submission.withdrawn_at, zone),
        )
    else:
        status = _t(context, language, "mycomments-status-submitted")
    detected = version.language or "und"
    lines = [
        _t(
            context,
            language,
            "mycomments-detail",
            reference=submission.reference,
            version=version.version,
            versions=count,
            status=status,
            topic=topic.name.get(language) if topic else version.topic_id,
            type=kind.name.get(language) if kind else version.comment_type_id,
            paragraph=str(version.paragraph) if version.paragraph is not None else none,
            author=await _author(context, version.participant_id, language),
            time=context.catalog.datetime(language, version.submitted_at, zone),
            detected=LANGUAGE_NAMES.get(detected) or _t(context, language, "mycomments-language-und"),
            attachments=", ".join(a.file_name for a in version.attachments) or none,
            fingerprint=version.fingerprint,
        )
    ]
    excerpt = version.comment if len(version.comment) <= EXCERPT_CHARS else version.comment[:EXCERPT_CHARS] + "…"
    length = context.catalog.number(language, len(version.comment))
    lines.append(_t(context, language, "mycomments-excerpt", length=length) + "\n" + excerpt)
    if version.proposed_text:
        proposed = version.proposed_text
        if len(proposed) > EXCERPT_CHARS:
            proposed = proposed[:EXCERPT_CHARS] + "…"
        lines.append(_t(context, language, "mycomments-proposed") + "\n" + proposed)
    return "\n\n".join(lines)


def _detail_keyboard(context: Context, submission: Submission, language: str) -> InlineKeyboardMarkup:
    grid = [
        [
            button(_t(context, language, "mycomments-btn-full"), PREFIX, "full", submission.id),
            button(_t(context, language, "mycomments-btn-versions"), PREFIX, "versions", submission.id),
        ]
    ]
    if submission.status == SubmissionStatus.SUBMITTED:
        grid.append(
            [
                button(_t(context, language, "mycomments-btn-revise"), COMMENT_PREFIX, "revise", submission.id),
                button(_t(context, language, "mycomments-btn-withdraw"), PREFIX, "withdraw", submission.id),
            ]
        )
    grid.append([button(_t(context, language, "mycomments-btn-back"), PREFIX, "list")])
    return InlineKeyboardMarkup(grid)


@guarded("mycomments")
@on_own_submission
async def full_text(update: Update, context: Context, participant: Participant, submission: Submission) -> None:
    """The whole comment and proposed text of the latest version (in several messages if long)."""
    language = await user_language(update, context)
    latest = await submissions.latest_version(context.db, submission.id)
    assert latest is not None
    text = (
        f"{submission.reference}\n\n"
        + _t(context, language, "mycomments-excerpt", length=context.catalog.number(language, len(latest.comment)))
        + "\n"
        + latest.comment
    )
    if latest.proposed_text:
        text += "\n\n" + _t(context, language, "mycomments-proposed") + "\n" + latest.proposed_text
    await send_text(update, context, text)


@guarded("mycomments")
@on_own_submission
async def all_versions(update: Update, context: Context, participant: Participant, submission: Submission) -> None:
    """Every version: when, by whom, with which fingerprint."""
    language = await user_language(update, context)
    zone = (await context.deps.effective_consultation()).zone
    lines = [_t(context, language, "mycomments-versions-title", reference=submission.reference)]
    for version in await submissions.versions(context.db, submission.id):
        lines.append(
            _t(
                context,
                language,
                "mycomments-version-line",
                version=version.version,
                time=context.catalog.datetime(language, version.submitted_at, zone),
                author=await _author(context, version.participant_id, language),
                fingerprint=version.fingerprint,
            )
        )
    await send_text(update, context, "\n\n".join(lines))


# -- withdrawing ----------------------------------------------------------------------------


async def _refuse_if_closed(update: Update, context: Context, language: str) -> bool:
    notice = await closed_notice(context)
    if notice is None:
        return False
    consultation = await context.deps.effective_consultation()
    await say(
        update,
        context,
        "mycomments-closed",
        language=language,
        deadline=context.catalog.datetime(language, consultation.dates.deadline, consultation.zone),
    )
    return True


@guarded("mycomments")
@on_own_submission
async def withdraw_ask(update: Update, context: Context, participant: Participant, submission: Submission) -> None:
    """“Withdraw”: asked once more, since it cannot be undone by the focal point."""
    language = await user_language(update, context)
    if await _refuse_if_closed(update, context, language):
        return
    if submission.status != SubmissionStatus.SUBMITTED:
        await say(update, context, "mycomments-already-withdrawn", language=language, reference=submission.reference)
        return
    keyboard = InlineKeyboardMarkup(
        [
            [button(_t(context, language, "mycomments-btn-withdraw-yes"), PREFIX, "wdyes", submission.id)],
            [button(_t(context, language, "mycomments-btn-withdraw-no"), PREFIX, "open", submission.id)],
        ]
    )
    await say(
        update, context, "mycomments-withdraw-confirm", keyboard, language=language, reference=submission.reference
    )


@guarded("mycomments")
@on_own_submission
async def withdraw_confirmed(
    update: Update, context: Context, participant: Participant, submission: Submission
) -> None:
    """“Yes, withdraw it”: marked withdrawn, kept in the record."""
    language = await user_language(update, context)
    if await _refuse_if_closed(update, context, language):
        return
    done = await submissions.withdraw(
        context.db,
        submission.id,
        participant_id=participant.id,
        country_code=participant.country_code or "",
        now=context.deps.now(),
    )
    key = "mycomments-withdrawn" if done is not None else "mycomments-already-withdrawn"
    await say(update, context, key, language=language, reference=submission.reference)


# -- /verify --------------------------------------------------------------------------------


@guarded("verify")
async def verify(update: Update, context: Context) -> None:
    """/verify <reference>: recompute the fingerprints of what is stored now."""
    language = await user_language(update, context)
    consultation = await context.deps.effective_consultation()
    raw = " ".join(context.args or [])
    reference = submissions.normalize_reference(raw)
    if reference is None:
        example = submissions.format_reference(consultation.reference_prefix, consultation.reference_year, 42)
        await say(update, context, "verify-usage", language=language, example=example)
        return
    participant = await participant_of(update, context)
    submission = await submissions.get_by_reference(context.db, reference)
    if submission is None or not _may_verify(participant, submission):
        await say(update, context, "verify-not-found", language=language, reference=reference)
        return
    checks = await submissions.verify(context.db, submission.id, context.deps.attachments_dir)
    intact = all(check.intact for check in checks)
    lines = [_t(context, language, "verify-intact" if intact else "verify-altered", reference=reference)]
    for check in checks:
        if check.stored_fingerprint != check.computed_fingerprint:
            lines.append(
                _t(
                    context,
                    language,
                    "verify-version-altered",
                    version=check.version,
                    fingerprint=check.stored_fingerprint,
                    computed=check.computed_fingerprint,
                )
            )
        else:
            lines.append(
                _t(context, language, "verify-version-ok", version=check.version, fingerprint=check.stored_fingerprint)
            )
        if not check.files_intact:
            lines.append(_t(context, language, "verify-files-altered", version=check.version))
    if submission.status == SubmissionStatus.WITHDRAWN and submission.withdrawn_at is not None:
        lines.append(
            _t(
                context,
                language,
                "verify-withdrawn",
                time=context.catalog.datetime(language, submission.withdrawn_at, consultation.zone),
            )
        )
    if not intact:
        logger.warning("verify: %s no longer matches its fingerprints", reference)
        await audit.record(
            context.db, "comment.verify_failed", actor_id=participant.id if participant else None, subject=reference
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
    def on(action: str, callback: object) -> CallbackQueryHandler[Context, None]:
        return CallbackQueryHandler(callback, pattern=callbacks.pattern(PREFIX, action))  # type: ignore[arg-type]

    return [
        CommandHandler("mycomments", list_submissions),
        CommandHandler("verify", verify),
        CallbackQueryHandler(list_submissions, pattern=callbacks.pattern("menu", "mycomments")),
        on("list", list_submissions),
        on("open", open_submission),
        on("full", full_text),
        on("versions", all_versions),
        on("withdraw", withdraw_ask),
        on("wdyes", withdraw_confirmed),
        CallbackQueryHandler(stale_button, pattern=callbacks.pattern(PREFIX)),
    ]
