"""The facts every participant needs, told where a person needs them: the deadline (in their
country's time as well), the meeting and the secretariat's address (prompts/dated.py puts them
into words). The consultation is always the effective one, with /schedule's changes: the one
concerned (a draft's, a submission's, a broadcast's) when it is named, else the first."""

from __future__ import annotations

from datetime import datetime

from telegram import Update

from handlers.context import Context
from prompts import dated
from storage import drafts
from storage.models import Participant

CONTACT_KEYS = frozenset(
    {
        "access-rejected",
        "role-you-are-rejected",
        "comment-closed",
        "comment-file-too-big",
        "mycomments-closed",
        "verify-altered",
        "access-deactivated",
        "fp-you-are-deactivated",
    }
)
"""The messages that ask a person to contact the secretariat: each is followed by its address."""


async def country_of(update: Update, context: Context) -> str | None:
    user = update.effective_user
    participant = await context.participant(user.id) if user else None
    return participant.country_code if participant else None


async def facts(context: Context, language: str, country_code: str | None, consultation_id: int | None = None) -> str:
    """Deadline, meeting and contact, one a line, for a person of this country."""
    consultation = await context.deps.effective_consultation(consultation_id)
    return dated.facts(context.catalog, consultation, language, country_code)


async def concerning(context: Context, participant: Participant | None) -> int | None:
    """The consultation a person's facts are about when no flow names one: their open draft's,
    else the one consultation open to their State; None (the first) otherwise."""
    if participant is None:
        return None
    draft = await drafts.get(context.db, participant.id)
    if draft is not None and draft.data.topic_id is not None:
        return draft.consultation_id
    found = await context.deps.open_consultations(participant.country_code) if participant.country_code else []
    return found[0].id if len(found) == 1 else None


async def facts_for(context: Context, participant: Participant) -> str:
    language = participant.language or context.language
    return await facts(context, language, participant.country_code, await concerning(context, participant))


async def moment(update: Update, context: Context, value: datetime, consultation_id: int | None = None) -> str:
    """A time as this person reads it: the consultation's zone, and their country's if it differs."""
    consultation = await context.deps.effective_consultation(consultation_id)
    return dated.moment(consultation, context.language, value, await country_of(update, context))


async def with_contact(context: Context, language: str, text: str, consultation_id: int | None = None) -> str:
    """`text` (which asks the person to contact the secretariat) and the secretariat's address."""
    consultation = await context.deps.effective_consultation(consultation_id)
    return dated.with_contact(context.catalog, consultation, language, text)


async def contact_text(
    context: Context, language: str, key: str, consultation_id: int | None = None, **args: object
) -> str:
    """A catalog text, followed by the secretariat's address when it asks to contact it (the
    address of the consultation concerned, when one is named)."""
    text = context.catalog.t(language, key, **args)
    return await with_contact(context, language, text, consultation_id) if key in CONTACT_KEYS else text
