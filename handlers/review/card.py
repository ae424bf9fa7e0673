"""The workspace's screens, in the officer's language: a submission as the country sent it with
where its review stands, its versions with what changed, its notes and replies, its themes,
and a State's submissions as buttons. Every text comes from prompts/locales/*/review.ftl."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup

from handlers.context import Context
from handlers.keyboards import press, rows
from handlers.review import changes
from handlers.review.buttons import (
    Back,
    CountryList,
    Files,
    NewTag,
    NotesAndReplies,
    Open,
    RenameTag,
    SetStatus,
    ShowTags,
    ToggleTag,
    Versions,
    WriteNote,
    WriteReply,
)
from prompts import Catalog, Consultation, countries
from storage import participants, review, submissions
from storage.review import ChangeReason, Review, ReviewStatus, Tag
from storage.submissions import Submission, SubmissionStatus, Version

BUTTON_CHARS = 60
STATUS_ORDER = (ReviewStatus.RECEIVED, ReviewStatus.UNDER_REVIEW, ReviewStatus.ADDRESSED, ReviewStatus.NOTED)


def status_name(context: Context, status: ReviewStatus) -> str:
    return context.t(f"review-status-{status.value}")


async def person_name(context: Context, participant_id: int | None) -> str:
    person = await participants.get(context.db, participant_id) if participant_id else None
    if person is None or not person.full_name:
        return context.t("review-unknown-person")
    return person.full_name


def moment(context: Context, consultation: Consultation, value: object) -> str:
    return Catalog.datetime(context.language, value, consultation.zone)  # type: ignore[arg-type]


def _topic(context: Context, consultation: Consultation, topic_id: str) -> str:
    topic = consultation.topic(topic_id)
    return topic.name.get(context.language) if topic else topic_id


def _type(context: Context, consultation: Consultation, type_id: str) -> str:
    kind = consultation.comment_type(type_id)
    return kind.name.get(context.language) if kind else type_id


def tag_names(context: Context, tags: list[Tag]) -> str:
    return Catalog.list_of(context.language, [tag.name(context.language) for tag in tags])


# -- the submission --------------------------------------------------------------------------------


async def submission_text(context: Context, submission: Submission, versions: list[Version], found: Review) -> str:
    """The latest version as the country sent it, then the review."""
    t = context.t
    consultation = await context.deps.effective_consultation(submission.consultation_id)
    latest = versions[-1]
    country = countries.name(submission.country_code, context.language)
    head = [
        t("review-card-title", reference=submission.reference, country=country),
        t(
            "review-card-version",
            version=latest.version,
            versions=len(versions),
            time=moment(context, consultation, latest.submitted_at),
            author=await _author(context, submission, latest),
        ),
    ]
    if submission.imported:
        head.append(source_line(context, submission))
    if len(await context.deps.consultations()) > 1:
        head.append(t("review-card-consultation", title=consultation.title.get(context.language)))
    if submission.status == SubmissionStatus.WITHDRAWN and submission.withdrawn_at is not None:
        head.append(t("review-card-withdrawn", time=moment(context, consultation, submission.withdrawn_at)))
    head += [
        t("review-card-topic", topic=_topic(context, consultation, latest.topic_id)),
        t("review-card-type", type=_type(context, consultation, latest.comment_type_id)),
    ]
    blocks = ["\n".join(head)]
    if latest.paragraph is None:
        blocks.append(t("review-card-no-paragraph"))
    else:
        paragraph = consultation.document.paragraph(latest.paragraph)
        line = t("review-card-paragraph", number=latest.paragraph)
        blocks.append(line + "\n" + paragraph.text.get(context.language) if paragraph else line)
    blocks.append(language_line(context, latest))
    blocks.append(t("review-card-comment", length=len(latest.comment)) + "\n" + latest.comment)
    if latest.proposed_text:
        blocks.append(t("review-card-proposed") + "\n" + latest.proposed_text)
    else:
        blocks.append(t("review-card-no-proposed"))
    if latest.attachments:
        names = Catalog.list_of(context.language, [a.file_name for a in latest.attachments])
        blocks.append(t("review-card-attachments", names=names, count=len(latest.attachments)))
    else:
        blocks.append(t("review-card-no-attachments"))
    blocks.append(await review_block(context, consultation, found))
    return "\n\n".join(blocks)


def source_line(context: Context, submission: Submission) -> str:
    """How an imported submission came in (the exports' own words): by e-mail, on the day given."""
    if submission.received_on is None:
        return context.t("export-source-imported-undated", source=submission.source)
    day = Catalog.date(context.language, submission.received_on)
    return context.t("export-source-imported", source=submission.source, date=day)


async def _author(context: Context, submission: Submission, version: Version) -> str:
    if version.participant_id is None and submission.submitted_by:
        return submission.submitted_by
    return await person_name(context, version.participant_id)


def language_line(context: Context, version: Version) -> str:
    if not version.language or version.language == "und":
        return context.t("review-card-language-unknown")
    name = Catalog.language_name(context.language, version.language) or version.language
    if version.language_probability is None:
        return context.t("review-card-language", detected=name)
    percent = round(version.language_probability * 100)
    return context.t("review-card-language-confidence", detected=name, percent=percent)


async def review_block(context: Context, consultation: Consultation, found: Review) -> str:
    t = context.t
    if found.updated_at is not None and found.updated_by is not None and not found.reopened:
        status = t(
            "review-card-status-by",
            status=status_name(context, found.status),
            time=moment(context, consultation, found.updated_at),
            officer=await person_name(context, found.updated_by),
        )
    else:
        status = t("review-card-status", status=status_name(context, found.status))
    lines = [status]
    if found.reopened:
        last = found.history[-1] if found.history else None
        previous = status_name(context, last.previous) if last else status_name(context, ReviewStatus.RECEIVED)
        lines.append(t("review-card-reopened", version=found.version or 1, previous=previous))
    lines.append(t("review-card-tags", tags=tag_names(context, found.tags)) if found.tags else t("review-card-no-tags"))
    lines.append(t("review-card-notes", notes=len(found.notes), replies=len(found.replies)))
    return "\n".join(lines)


def card_keyboard(context: Context, submission: Submission, found: Review, version: Version) -> InlineKeyboardMarkup:
    t = context.t
    statuses = [
        press(
            ("✓ " if status is found.status else "") + status_name(context, status),
            SetStatus(submission.id, status.value),
        )
        for status in STATUS_ORDER
    ]
    grid = rows(statuses, per_row=2).inline_keyboard
    actions = [
        press(t("review-btn-tags"), ShowTags(submission.id)),
        press(t("review-btn-note"), WriteNote(submission.id)),
        press(t("review-btn-reply"), WriteReply(submission.id)),
        press(t("review-btn-notes"), NotesAndReplies(submission.id)),
        press(t("review-btn-versions"), Versions(submission.id)),
    ]
    if version.attachments:
        actions.append(press(t("review-btn-files", count=len(version.attachments)), Files(submission.id)))
    country = countries.name(submission.country_code, context.language, "short")
    actions.append(press(t("review-btn-country", country=country)[:BUTTON_CHARS], CountryList(submission.country_code)))
    return InlineKeyboardMarkup([*grid, *rows(actions, per_row=2).inline_keyboard])


def back_keyboard(context: Context, submission_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[press(context.t("review-btn-back"), Back(submission_id))]])


# -- versions and what changed ---------------------------------------------------------------------


async def versions_text(context: Context, submission: Submission, versions: list[Version], found: Review) -> str:
    t = context.t
    consultation = await context.deps.effective_consultation(submission.consultation_id)
    blocks = [t("review-versions-title", reference=submission.reference, count=len(versions))]
    previous: Version | None = None
    for version in versions:
        lines = [
            t(
                "review-version-heading",
                version=version.version,
                time=moment(context, consultation, version.submitted_at),
                author=await _author(context, submission, version),
            ),
            language_line(context, version),
        ]
        if previous is None:
            lines.append(t("review-version-first"))
        else:
            lines += _change_lines(context, consultation, changes.between(previous, version))
        blocks.append("\n".join(lines))
        previous = version
    if found.history:
        lines = [t("review-history-title")]
        for change in found.history:
            key = "review-history-revised" if change.reason is ChangeReason.REVISED else "review-history-officer"
            lines.append(
                t(
                    key,
                    time=moment(context, consultation, change.at),
                    previous=status_name(context, change.previous),
                    status=status_name(context, change.status),
                    person=await person_name(context, change.actor_id),
                    version=change.version,
                )
            )
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _change_lines(context: Context, consultation: Consultation, found: changes.VersionChanges) -> list[str]:
    t = context.t
    if found.empty:
        return [t("review-change-none")]
    none = t("review-none-value")
    lines = []
    if found.topic:
        before, after = (_topic(context, consultation, topic) for topic in found.topic)
        lines.append(t("review-change-topic", before=before, after=after))
    if found.comment_type:
        before, after = (_type(context, consultation, kind) for kind in found.comment_type)
        lines.append(t("review-change-type", before=before, after=after))
    if found.paragraph:
        before, after = (none if p is None else str(p) for p in found.paragraph)
        lines.append(t("review-change-paragraph", before=before, after=after))
    if found.attachments:
        before, after = (Catalog.list_of(context.language, names) if names else none for names in found.attachments)
        lines.append(t("review-change-attachments", before=before, after=after))
    for key, sentences in (("review-change-comment", found.comment), ("review-change-proposed", found.proposed_text)):
        if sentences:
            lines.append(t(key))
            lines += [
                t("review-change-removed" if sign == "-" else "review-change-added", text=text)
                for sign, text in sentences
            ]
    return lines


# -- notes and replies -----------------------------------------------------------------------------


async def notes_text(context: Context, submission: Submission, found: Review) -> str:
    t = context.t
    consultation = await context.deps.effective_consultation(submission.consultation_id)
    blocks = [t("review-notes-title", reference=submission.reference)]
    if not found.notes and not found.replies:
        blocks.append(t("review-notes-none"))
    entries: list[tuple[object, str]] = []
    for note in found.notes:
        heading = t(
            "review-note-line",
            author=await person_name(context, note.author_id),
            time=moment(context, consultation, note.created_at),
            version=note.version,
        )
        entries.append((note.created_at, heading + "\n" + note.text))
    for reply in found.replies:
        heading = t(
            "review-reply-line",
            author=await person_name(context, reply.author_id),
            time=moment(context, consultation, reply.created_at),
            version=reply.version,
            count=reply.recipients,
        )
        entries.append((reply.created_at, heading + "\n" + reply.text))
    blocks += [text for _at, text in sorted(entries, key=lambda entry: entry[0])]  # type: ignore[arg-type, return-value]
    return "\n\n".join(blocks)


# -- themes --------------------------------------------------------------------------------------


def tags_keyboard(context: Context, submission: Submission, found: Review, all_tags: list[Tag]) -> InlineKeyboardMarkup:
    own = {tag.id for tag in found.tags}
    buttons = [
        press(
            (("✓ " if tag.id in own else "") + tag.name(context.language))[:BUTTON_CHARS],
            ToggleTag(submission.id, tag.id),
        )
        for tag in all_tags
    ]
    buttons.append(press(context.t("review-btn-new-tag"), NewTag(submission.consultation_id, submission.id)))
    buttons.append(press(context.t("review-btn-back"), Back(submission.id)))
    return rows(buttons, per_row=1)


def tags_text(context: Context, submission: Submission, all_tags: list[Tag]) -> str:
    key = "review-tags-title" if all_tags else "review-tags-none-yet"
    return context.t(key, reference=submission.reference)


async def tag_list_text(context: Context, consultation_id: int, all_tags: list[Tag]) -> str:
    t = context.t
    consultation = await context.deps.effective_consultation(consultation_id)
    lines = [t("review-tags-list-title", title=consultation.title.get(context.language), count=len(all_tags))]
    if not all_tags:
        lines.append(t("review-tags-list-empty"))
    for tag in all_tags:
        count = len(await review.find(context.db, consultation_id, tag_ids=[tag.id]))
        others = [f"{code}: {name}" for code, name in tag.names.items() if code != context.language]
        line = t("review-tags-list-line", name=tag.name(context.language), count=count)
        lines.append(line + (f" ({'; '.join(others)})" if others else ""))
    return "\n".join(lines)


def tag_list_keyboard(context: Context, consultation_id: int, all_tags: list[Tag]) -> InlineKeyboardMarkup:
    buttons = [press(context.t("review-btn-new-tag"), NewTag(consultation_id, 0))]
    buttons += [
        press(context.t("review-btn-rename-tag", name=tag.name(context.language))[:BUTTON_CHARS], RenameTag(tag.id))
        for tag in all_tags
    ]
    return rows(buttons, per_row=1)


# -- a State's submissions -------------------------------------------------------------------------


async def country_keyboard(context: Context, code: str, consultation_id: int | None) -> InlineKeyboardMarkup | None:
    """The State's current submissions (to one consultation, or to every one), one button each
    (reference, topic, review status); None if it has none."""
    found = [
        (s, v)
        for s, v in await submissions.for_country(context.db, code)
        if s.status == SubmissionStatus.SUBMITTED and consultation_id in (None, s.consultation_id)
    ]
    if not found:
        return None
    states = await review.reviews_for(context.db, [s.id for s, _ in found])
    buttons = []
    for submission, version in sorted(found, key=lambda pair: (pair[0].consultation_id, pair[0].seq)):
        consultation = await context.deps.effective_consultation(submission.consultation_id)
        label = context.t(
            "review-btn-open",
            reference=submission.reference,
            topic=_topic(context, consultation, version.topic_id),
            status=status_name(context, states[submission.id].status),
        )
        buttons.append(press(label[:BUTTON_CHARS], Open(submission.id)))
    return rows(buttons, per_row=1)
