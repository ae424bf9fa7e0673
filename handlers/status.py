"""/status: which countries have answered, which have a focal point but no submission, which
invited countries have no focal point yet; submissions per topic; unreachable focal points.

"Invited" is the definition's list, or every UN Member State plus the European Union when the
list is empty (prompts/invitation_countries.py). The report is one consultation's: with several
open, /status asks which (buttons); `/status N` is consultation no. N's. `/status NAME` reports on one State, named as
anywhere else in the bot (prompts/countries.match): an ambiguous or mistyped name is answered
with the candidates as buttons.
"""

from __future__ import annotations

from dataclasses import dataclass

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from handlers import consultations, keyboards, review
from handlers.access import guarded
from handlers.callbacks import CallbackData
from handlers.common import stale_button
from handlers.context import Context
from handlers.replies import acknowledge, say, send_text
from prompts import Catalog, collation, countries
from prompts.invitation_countries import invited_countries
from services.delivery import reason_key
from storage import consultation_status, participants, submissions
from storage.consultations import FIRST_ID
from storage.models import Participant
from storage.submissions import SubmissionStatus

PREFIX = "st"
MAX_QUERY = 200


@dataclass(frozen=True)
class StatusOf(CallbackData, prefix=PREFIX, action="of"):
    """With several consultations open: the one whose status is shown."""

    consultation: int


@dataclass(frozen=True)
class CountryChosen(CallbackData, prefix=PREFIX, action="country"):
    """One of the States offered for an ambiguous or mistyped /status NAME."""

    country: str


def _names(codes: set[str], language: str) -> str:
    names = collation.sorted_for(language, (countries.name(code, language) for code in codes))
    return Catalog.list_of(language, names)


async def status_text(context: Context, language: str, consultation_id: int = FIRST_ID) -> str:
    """One consultation's report, in the officer's language (sent in pieces if long): its
    submissions, and the States it invites that have registered or not."""
    t = context.catalog.t
    db = context.db
    consultation = await context.deps.effective_consultation(consultation_id)
    submitted = await consultation_status.submitted_countries(db, consultation_id)
    invited = set(invited_countries(consultation))
    registered = (await consultation_status.registered_countries(db) & invited) - submitted
    without = invited - submitted - registered
    topics = await consultation_status.topic_counts(db, consultation_id)
    unreachable = [
        p
        for p in await consultation_status.unreachable_participants(db)
        if p.country_code is None or p.country_code in invited
    ]
    now = Catalog.datetime(language, context.deps.now(), consultation.zone)
    blocks = [
        t(language, "status-title", date=now),
        t(language, "status-submitted", count=len(submitted)) + "\n" + _names(submitted, language),
        t(language, "status-registered", count=len(registered)) + "\n" + _names(registered, language),
        t(language, "status-invited", count=len(without)) + "\n" + _names(without, language),
        "\n".join(
            [t(language, "status-topics")]
            + [
                t(language, "status-topic-line", topic=topic.name.get(language), count=topics.get(topic.id, 0))
                for topic in consultation.topics
            ]
        ),
    ]
    lines = [t(language, "status-unreachable", count=len(unreachable))]
    for person in unreachable:
        assert person.unreachable_at is not None
        lines.append(
            t(
                language,
                "status-unreachable-line",
                country=countries.name(person.country_code, language),
                name=person.full_name or str(person.telegram_id),
                reason=t(language, reason_key(person.unreachable_reason or "")),
                date=Catalog.date(language, person.unreachable_at.astimezone(consultation.zone).date()),
            )
        )
    blocks.append("\n".join(lines))
    if len(await context.deps.consultations()) > 1:
        title = consultation.title.get(language)
        blocks.insert(0, t(language, "consultations-of", id=consultation_id, title=title))
    return "\n\n".join(blocks)


async def country_text(context: Context, language: str, code: str) -> str:
    """One State: its approved focal points, then for each consultation (the first alone when
    there is one; with several, each that invites it or holds its submissions, named) whether
    it is invited and its submissions there."""
    t = context.catalog.t
    first = await context.deps.effective_consultation()
    focal_points = await participants.list_approved_focal_points(context.db, [code])
    found = [
        (s, v) for s, v in await submissions.for_country(context.db, code) if s.status == SubmissionStatus.SUBMITTED
    ]
    now = Catalog.datetime(language, context.deps.now(), first.zone)
    lines = [t(language, "status-country-title", country=countries.name(code, language), date=now)]
    records = await consultations.defined(context)
    several = len(records) > 1
    blocks: list[list[str]] = []
    for record in records:
        consultation = await context.deps.effective_consultation(record.id)
        invited = code in invited_countries(consultation)
        own = sorted((pair for pair in found if pair[0].consultation_id == record.id), key=lambda p: p[0].seq)
        if several and not invited and not own:
            continue
        block = (
            [t(language, "consultations-of", id=record.id, title=consultation.title.get(language))] if several else []
        )
        block.append(t(language, "status-country-invited" if invited else "status-country-not-invited"))
        if not several:
            block += _focal_point_lines(context, language, focal_points)
        block.append(t(language, "status-country-submissions", count=len(own)))
        for submission, version in own:
            topic = consultation.topic(version.topic_id)
            block.append(
                t(
                    language,
                    "status-country-submission",
                    reference=submission.reference,
                    topic=topic.name.get(language) if topic else version.topic_id,
                )
            )
        blocks.append(block)
    if several:
        lines += _focal_point_lines(context, language, focal_points)
        return "\n\n".join(["\n".join(lines), *("\n".join(block) for block in blocks)])
    return "\n".join(lines + [line for block in blocks for line in block])


def _focal_point_lines(context: Context, language: str, focal_points: list[Participant]) -> list[str]:
    names = [p.full_name or str(p.telegram_id) for p in focal_points]
    return [
        context.catalog.t(language, "status-country-focal-points", count=len(focal_points)),
        *(f"• {name}" for name in collation.sorted_for(language, names)),
    ]


@guarded("status")
async def status_command(update: Update, context: Context) -> None:
    """/status or the menu's Status button; /status NAME for one State."""
    await acknowledge(update)
    language = context.language
    typed = " ".join(context.args or []).strip() if update.callback_query is None else ""
    if not typed:
        choices = await context.deps.open_consultations()
        if len(choices) > 1:
            keyboard = consultations.choice_keyboard(context, choices, StatusOf)
            await say(update, context, "status-choose-consultation", keyboard)
            return
        chosen = choices[0].id if choices else FIRST_ID
        await send_text(update, context, await status_text(context, language, chosen))
        return
    if typed.isdecimal():
        record = await consultations.named(context, typed)
        if record is None:
            await say(update, context, "status-unknown-consultation", number=typed[:20])
            return
        await send_text(update, context, await status_text(context, language, record.id))
        return
    if len(typed) > MAX_QUERY:
        await say(update, context, "too-long-input", length=len(typed), max=MAX_QUERY)
        return
    found = countries.match(typed)
    if found.country is not None:
        code = found.country.code
        await send_text(update, context, await country_text(context, language, code), await _submissions(context, code))
    elif found.candidates:
        keyboard = keyboards.candidate_states(found.candidates, language, CountryChosen)
        await say(update, context, "status-country-which", keyboard, text=typed[:100])
    else:
        await say(update, context, "status-country-unknown", text=typed[:100])


@guarded("status")
async def status_of_pressed(update: Update, context: Context) -> None:
    """The consultation chosen: its report."""
    pressed = StatusOf.of(update)
    record = await context.deps.consultation_record(pressed.consultation) if pressed else None
    if record is None or record.definition is None:
        await stale_button(update, context)
        return
    await acknowledge(update)
    await send_text(update, context, await status_text(context, context.language, record.id))


@guarded("status")
async def country_pressed(update: Update, context: Context) -> None:
    """One of the States offered for an ambiguous or mistyped /status NAME."""
    data = CountryChosen.of(update)
    country = countries.get(data.country) if data else None
    if country is None:
        await stale_button(update, context)
        return
    await acknowledge(update)
    language = context.language
    text = await country_text(context, language, country.code)
    await send_text(update, context, text, await _submissions(context, country.code))


async def _submissions(context: Context, code: str) -> InlineKeyboardMarkup | None:
    """The State's submissions as buttons, each opening it in the workspace (handlers/review)."""
    return await review.country_keyboard(context, code, None)


def handlers() -> list[BaseHandler[Update, Context, object]]:
    return [
        CommandHandler("status", status_command),
        CallbackQueryHandler(status_command, pattern=keyboards.MenuStatus.pattern()),
        CallbackQueryHandler(country_pressed, pattern=CountryChosen.pattern()),
        CallbackQueryHandler(status_of_pressed, pattern=StatusOf.pattern()),
    ]
