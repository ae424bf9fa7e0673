"""/status: which countries have answered, which have a focal point but no submission, which
invited countries have no focal point yet; submissions per topic; unreachable focal points.

"Invited" is the definition's list, or every UN Member State plus the European Union when the
list is empty (prompts/invitation_countries.py).
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from handlers import keyboards
from handlers.access import guarded
from handlers.context import Context
from handlers.replies import acknowledge, send_text
from prompts import Catalog, countries
from prompts.invitation_countries import invited_countries
from services.delivery import reason_key
from storage import consultation_status


def _names(codes: set[str], language: str) -> str:
    names = sorted(countries.name(code, language) for code in codes)
    return Catalog.list_of(language, names)


async def status_text(context: Context, language: str) -> str:
    """The whole report, in the officer's language (sent in pieces if long)."""
    t = context.catalog.t
    db = context.db
    consultation = await context.deps.effective_consultation()
    submitted = await consultation_status.submitted_countries(db)
    registered = await consultation_status.registered_countries(db) - submitted
    invited = set(invited_countries(consultation))
    without = invited - submitted - registered
    topics = await consultation_status.topic_counts(db)
    unreachable = await consultation_status.unreachable_participants(db)
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
    return "\n\n".join(blocks)


@guarded("status")
async def status_command(update: Update, context: Context) -> None:
    """/status or the menu's Status button."""
    await acknowledge(update)
    language = context.language
    await send_text(update, context, await status_text(context, language))


def handlers() -> list[BaseHandler[Update, Context, object]]:
    return [
        CommandHandler("status", status_command),
        CallbackQueryHandler(status_command, pattern=keyboards.MenuStatus.pattern()),
    ]
