"""What the person sees: the draft at its step rendered as text and buttons (`question`), sent
in one message (`ask`); the offer to continue an open draft; receipts; the closed notice.
Everything is in the language of the person the update is from (`context.t`)."""

from __future__ import annotations

from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from handlers import facts, keyboards
from handlers.callbacks import CallbackData
from handlers.comments.states import (
    ATTACHMENTS,
    COMMENT,
    EDITABLE,
    NO_PARAGRAPH,
    PARAGRAPH,
    PROPOSED,
    RESUME,
    TOPIC,
    TYPE,
    BackToPreview,
    Cancel,
    CommentDone,
    Continue,
    Discard,
    EditMenu,
    EditPart,
    FilesDone,
    FullText,
    KeepComment,
    KeepDraft,
    ParagraphChosen,
    RemoveFile,
    SkipProposed,
    StartAgain,
    Submit,
    TopicChosen,
    TypeChosen,
)
from handlers.context import Context
from handlers.deadline_buttons import AskExtension
from handlers.keyboards import press
from handlers.replies import send_text
from prompts import Consultation
from storage import attachments, deadlines, drafts, submissions
from storage.consultations import ConsultationState
from storage.drafts import Draft
from storage.submissions import Submission, Version

PREVIEW_HEAD, PREVIEW_TAIL = 1500, 400  # a long comment is previewed by its beginning and end


async def closed_notice(
    context: Context, consultation_id: int | None = None, country_code: str | None = None
) -> tuple[str, dict[str, Any]] | None:
    """Why comments cannot be submitted or changed now (catalog key and the moment to show).
    With a State, its own deadline counts (an extension granted to it)."""
    consultation = await context.deps.effective_consultation(consultation_id)
    now = context.deps.now()
    record = await context.deps.consultation_record(consultation_id or 1)
    if record is not None and record.state in (ConsultationState.CLOSED, ConsultationState.ARCHIVED):
        # Closed by the secretariat (/consultations) before its deadline: said as after it.
        return "comment-closed", {"deadline": record.updated_at or now}
    deadline = await context.deps.deadline_of(consultation_id or 1, country_code, consultation.dates.deadline)
    if now >= deadline:
        return "comment-closed", {"deadline": deadline}
    if now < consultation.dates.opens:
        return "comment-not-open", {"opens": consultation.dates.opens}
    return None


async def say_closed(
    update: Update, context: Context, notice: tuple[str, dict[str, Any]], consultation_id: int | None = None
) -> None:
    """The notice, its moments in the consultation's zone, with that consultation's address."""
    key, moments = notice
    formatted = {name: await facts.moment(update, context, value, consultation_id) for name, value in moments.items()}
    text = await facts.contact_text(context, context.language, key, consultation_id, **formatted)
    await send_text(update, context, text)


async def closed_draft(update: Update, context: Context, draft: Draft, notice: tuple[str, dict[str, Any]]) -> None:
    """After the close, at the draft's next step: closed, said at once; the draft shown as it
    stands (kept, readable, never lost); and the offer to ask the secretariat for an extension
    (or that the State's request is with them already)."""
    _key, moments = notice
    formatted = {name: await facts.moment(update, context, value) for name, value in moments.items()}
    consultation = await context.deps.effective_consultation(draft.consultation_id)
    lines = [
        context.t("deadlines-draft-closed", **formatted),
        await draft_text(context, draft, consultation, "deadlines-draft-title"),
    ]
    participant = await context.participant(update.effective_user.id) if update.effective_user else None
    country = participant.country_code if participant else None
    waiting = any(r.country_code == country for r in await deadlines.open_requests(context.db, draft.consultation_id))
    record = await context.deps.consultation_record(draft.consultation_id)
    # Closed by the secretariat itself (/consultations): an extension would not reopen it.
    extendable = record is None or record.state not in (ConsultationState.CLOSED, ConsultationState.ARCHIVED)
    keyboard = None
    if extendable and waiting:
        lines.append(context.t("deadlines-request-pending"))
    elif extendable:
        lines.append(context.t("deadlines-draft-offer-request"))
        keyboard = keyboards.rows(
            [press(context.t("deadlines-ask-button"), AskExtension(draft.consultation_id))], per_row=1
        )
    await send_text(update, context, "\n\n".join(lines), keyboard)


def _topic_name(context: Context, consultation: Consultation, topic_id: str | None) -> str:
    topic = consultation.topic(topic_id or "")
    return topic.name.get(context.language) if topic else "—"


def _type_name(context: Context, consultation: Consultation, type_id: str | None) -> str:
    kind = consultation.comment_type(type_id or "")
    return kind.name.get(context.language) if kind else "—"


def number(context: Context, value: int) -> str:
    return context.catalog.number(context.language, value)


def size(context: Context, size: int) -> str:
    kilobytes = max(1, round(size / 1024))
    return context.t("comment-size-kb", size=kilobytes)


# -- keyboards ------------------------------------------------------------------------------


def _topic_keyboard(context: Context, consultation: Consultation) -> InlineKeyboardMarkup:
    buttons = [press(t.name.get(context.language), TopicChosen(t.id)) for t in consultation.topics]
    return keyboards.rows(buttons, per_row=1)


def _type_keyboard(context: Context, consultation: Consultation) -> InlineKeyboardMarkup:
    buttons = [press(t.name.get(context.language), TypeChosen(t.id)) for t in consultation.comment_types]
    return keyboards.rows(buttons, per_row=1)


def paragraph_keyboard(context: Context, consultation: Consultation) -> InlineKeyboardMarkup:
    paragraphs = consultation.document.paragraphs
    numbers = [press(number(context, p.number), ParagraphChosen(str(p.number))) for p in paragraphs]
    grid = [numbers[i : i + 5] for i in range(0, len(numbers), 5)]
    grid.append([press(context.t("comment-btn-no-paragraph"), ParagraphChosen(NO_PARAGRAPH))])
    return InlineKeyboardMarkup(grid)


def single_column(context: Context, *entries: tuple[str, CallbackData]) -> InlineKeyboardMarkup:
    """One button per row: (catalog key, what it sends)."""
    return InlineKeyboardMarkup([[press(context.t(key), data)] for key, data in entries])


def confirm_discard_keyboard(context: Context) -> InlineKeyboardMarkup:
    return single_column(context, ("comment-btn-discard", Discard()), ("comment-btn-keep-draft", KeepDraft()))


def _attachments_keyboard(context: Context, files: list[attachments.Attachment]) -> InlineKeyboardMarkup:
    grid = [[press(context.t("comment-btn-remove-file", name=f.file_name[:40]), RemoveFile(f.id))] for f in files]
    key = "comment-btn-files-done" if files else "comment-btn-no-attachment"
    grid.append([press(context.t(key), FilesDone())])
    return InlineKeyboardMarkup(grid)


def preview_keyboard(context: Context, draft: Draft, *, shortened: bool) -> InlineKeyboardMarkup:
    grid = [[press(context.t("comment-btn-submit"), Submit(draft.data.token))]]
    if shortened:
        grid.append([press(context.t("comment-btn-full-text"), FullText())])
    grid.append([press(context.t("comment-btn-edit"), EditMenu()), press(context.t("comment-btn-cancel"), Cancel())])
    return InlineKeyboardMarkup(grid)


def edit_keyboard(context: Context) -> InlineKeyboardMarkup:
    parts: list[InlineKeyboardButton] = [
        press(context.t(f"comment-btn-edit-{part}"), EditPart(part)) for part in EDITABLE
    ]
    grid = [parts[i : i + 2] for i in range(0, len(parts), 2)]
    grid.append([press(context.t("comment-btn-back-to-preview"), BackToPreview())])
    return InlineKeyboardMarkup(grid)


def comment_keyboard(context: Context, draft: Draft) -> InlineKeyboardMarkup | None:
    entries: list[tuple[str, CallbackData]] = []
    if draft.data.comment_parts:
        entries.append(("comment-btn-comment-done", CommentDone()))
    if draft.data.comment_backup is not None:
        entries.append(("comment-btn-keep-comment", KeepComment()))
    return single_column(context, *entries) if entries else None


# -- each step's question -------------------------------------------------------------------


async def ask(update: Update, context: Context, draft: Draft, before: str | None = None) -> str:
    """Ask the draft's step (first time, after a resume or after bad input), in ONE message:
    `before` (what the bot has to say about the last input) comes first. Returns the step."""
    text, keyboard = await question(context, draft)
    await send_text(update, context, f"{before}\n\n{text}" if before else text, keyboard)
    return draft.step


async def question(context: Context, draft: Draft) -> tuple[str, InlineKeyboardMarkup | None]:
    """The text and the buttons of the draft's current step."""
    consultation = await context.deps.effective_consultation(draft.consultation_id)
    data = draft.data
    step = draft.step
    t = context.t
    if step == TOPIC:
        return t("comment-ask-topic"), _topic_keyboard(context, consultation)
    if step == TYPE:
        topic = _topic_name(context, consultation, data.topic_id)
        return t("comment-ask-type", topic=topic), _type_keyboard(context, consultation)
    if step == PARAGRAPH:
        paragraphs = consultation.document.paragraphs
        text = t(
            "comment-ask-paragraph",
            document=consultation.document.title.get(context.language),
            first=paragraphs[0].number,
            last=paragraphs[-1].number,
        )
        return text, paragraph_keyboard(context, consultation)
    if step == COMMENT:
        return _comment_question(context, draft, consultation), comment_keyboard(context, draft)
    if step == PROPOSED:
        entries: list[tuple[str, CallbackData]] = [("comment-btn-skip-proposed", SkipProposed())]
        if data.editing and data.proposed_text:
            entries = [("comment-btn-keep-proposed", BackToPreview()), ("comment-btn-remove-proposed", SkipProposed())]
        return t("comment-ask-proposed"), single_column(context, *entries)
    if step == ATTACHMENTS:
        files = await attachments.for_draft(context.db, draft.id)
        text = t("comment-ask-attachments", max_files=attachments.MAX_PER_COMMENT, count=len(files))
        if files:
            text += "\n" + _file_list(context, files)
        return text, _attachments_keyboard(context, files)
    return await _preview(context, draft, consultation)


def _comment_question(context: Context, draft: Draft, consultation: Consultation) -> str:
    data = draft.data
    maximum = consultation.max_comment_chars
    if data.comment_parts:
        length = len(data.comment)
        return context.t("comment-part-received", length=length, max=maximum, parts=len(data.comment_parts))
    if data.comment_backup is not None:
        length = len(drafts.join_parts(data.comment_backup))
        return context.t("comment-ask-new-comment", max=maximum, length=length)
    return context.t("comment-ask-comment", max=maximum)


def _file_list(context: Context, files: list[attachments.Attachment]) -> str:
    return "\n".join(f"• {f.file_name} ({size(context, f.size)})" for f in files)


def excerpt(text: str, head: int = PREVIEW_HEAD, tail: int = PREVIEW_TAIL) -> str:
    """A long text's beginning and end, so that a preview fits one phone message."""
    if len(text) <= head + tail + 200:
        return text
    return f"{text[:head].rstrip()}\n[…]\n{text[-tail:].lstrip()}"


async def _preview(context: Context, draft: Draft, consultation: Consultation) -> tuple[str, InlineKeyboardMarkup]:
    """Everything that will be recorded (a long comment shortened, the full text on request)."""
    text = await draft_text(context, draft, consultation)
    shortened = excerpt(draft.data.comment) != draft.data.comment
    return text + "\n\n" + context.t("comment-preview-question"), preview_keyboard(context, draft, shortened=shortened)


async def draft_text(
    context: Context, draft: Draft, consultation: Consultation, title: str = "comment-preview-title"
) -> str:
    """The draft as it stands under `title` (a catalog key): topic, type, paragraph, the
    comment (a long one shortened), the proposed text and the documents."""
    data = draft.data
    t = context.t
    lines = [t(title)]
    if draft.submission_id is not None:
        submission = await submissions.get(context.db, draft.submission_id)
        if submission is not None:
            lines.append(t("comment-preview-revision", reference=submission.reference))
    paragraph = (
        t("comment-preview-paragraph", paragraph=data.paragraph)
        if data.paragraph is not None
        else t("comment-preview-no-paragraph")
    )
    topic = t("comment-preview-topic", topic=_topic_name(context, consultation, data.topic_id))
    kind = t("comment-preview-type", type=_type_name(context, consultation, data.comment_type_id))
    lines.append("\n".join([topic, kind, paragraph]))
    comment = data.comment
    heading = t("comment-preview-comment", length=len(comment))
    shown = excerpt(comment)
    if shown != comment:
        heading += " " + t("comment-preview-shortened")
    lines.append(f"{heading}\n{shown}")
    if data.proposed_text:
        lines.append(t("comment-preview-proposed") + "\n" + excerpt(data.proposed_text, 600, 200))
    else:
        lines.append(t("comment-preview-no-proposed"))
    files = await attachments.for_draft(context.db, draft.id)
    if files:
        lines.append(t("comment-preview-attachments", count=len(files)) + "\n" + _file_list(context, files))
    else:
        lines.append(t("comment-preview-no-attachments"))
    return "\n\n".join(lines)


# -- the open draft, and receipts -----------------------------------------------------------


async def offer_resume(
    update: Update, context: Context, draft: Draft, fresh: CallbackData | None = None, before: str | None = None
) -> str:
    """“You have a draft open”: Continue it, or Start again (`fresh`: a new comment by default)."""
    consultation = await context.deps.effective_consultation(draft.consultation_id)
    key = "comment-draft-open"
    reference = ""
    if draft.submission_id is not None:
        submission = await submissions.get(context.db, draft.submission_id)
        reference = submission.reference if submission else ""
        key = "comment-draft-open-revision"
    keyboard = single_column(
        context, ("comment-btn-continue", Continue()), ("comment-btn-start-new", fresh or StartAgain())
    )
    text = context.t(
        key,
        saved=await facts.moment(update, context, draft.updated_at, draft.consultation_id),
        topic=_topic_name(context, consultation, draft.data.topic_id),
        length=len(draft.data.comment),
        reference=reference,
    )
    await send_text(update, context, f"{before}\n\n{text}" if before else text, keyboard)
    return RESUME


async def send_receipt(
    update: Update,
    context: Context,
    submission: Submission,
    version: Version,
    *,
    key: str,
    before: str | None = None,
    after: str | None = None,
) -> None:
    """Reference, time (in the consultation's time zone, and the person's country's if it
    differs; in the user's language), fingerprint; then the deadline, the meeting and whom to
    write to."""
    consultation = await context.deps.effective_consultation(submission.consultation_id)
    receipt = context.t(
        key,
        reference=submission.reference,
        version=version.version,
        time=await facts.moment(update, context, version.submitted_at, submission.consultation_id),
        fingerprint=version.fingerprint,
    )
    if len(await context.deps.open_consultations()) > 1:
        # Several consultations at once: the receipt says which one the comment went to.
        named = context.t("comment-receipt-consultation", title=consultation.title.get(context.language))
        receipt = f"{named}\n{receipt}"
    country = await facts.country_of(update, context)
    known = await facts.facts(context, context.language, country, submission.consultation_id)
    await send_text(update, context, "\n\n".join(part for part in (before, receipt, after, known) if part))
