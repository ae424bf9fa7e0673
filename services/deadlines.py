"""Who a deadline change concerns, when each of them may be told, and the warnings to focal
points with an open draft.

A notice (an extension, an early closing, a draft's warning) goes through the outbox like any
broadcast (storage/deadlines.py queues it in the change's own transaction; the sender renders
it in each recipient's language): nothing is lost or doubled after a `kill -9`. Each
recipient's delivery is held until the civil hours of their country (services/civil_hours.py)
before the deadline concerned, or failing that the next civil hour at all: a notice is never
sent at night, and a notice that arrives late is still true.

Warnings to a focal point whose draft is still open: a day before their State's deadline and
an hour before it, each once per person and deadline (a `draft_warnings` row taken in the
transaction that queues it, so a restart neither doubles nor skips one). The day's warning is
held for civil hours where one is left before the hour's; the hour's goes at once (there is no
later moment). When the bot finds both due at once (it was down), only the hour's is sent.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from services.civil_hours import civil_time
from services.core import Core
from storage import broadcasts, deadlines, participants
from storage.broadcasts import Recipient
from storage.consultations import FIRST_ID
from storage.deadlines import Notice, NoticeType
from storage.models import Participant
from storage.reminders import NO_CIVIL_HOUR

DAY = timedelta(days=1)
HOUR = timedelta(hours=1)
# Far enough ahead that a civil hour always exists (a week always has a working day).
ANY_CIVIL_HOUR = timedelta(days=9)


def civil_moment(now: datetime, country_code: str | None, deadline: datetime) -> datetime | None:
    """When to tell a person of this State: None (now) or a later instant; before `deadline`
    if a civil hour is left, else at the next civil hour."""
    plan = civil_time(now, country_code, deadline)
    if plan == NO_CIVIL_HOUR:
        plan = civil_time(now, country_code, now + ANY_CIVIL_HOUR)
    return plan if isinstance(plan, datetime) else None


def notice_recipients(core: Core, members: list[Participant], deadline: datetime) -> list[Recipient]:
    now = core.now()
    return [
        broadcasts.recipient_for(member, civil_moment(now, member.country_code, min(deadline, now + ANY_CIVIL_HOUR)))
        for member in members
    ]


async def audience(
    core: Core,
    consultation_id: int,
    *,
    countries: set[str] | None = None,
    exclude: set[str] | frozenset[str] = frozenset(),
) -> list[Participant]:
    """Those a notice of this consultation concerns (storage/deadlines.concerned), among the
    States it invites: another consultation tells only its own States, as its reminders do; the
    first, every State, as before."""
    invited: list[str] | None = None
    if consultation_id != FIRST_ID:
        invited = (await core.effective_consultation(consultation_id)).invited_countries
    return await deadlines.concerned(core.db, consultation_id, countries=countries, exclude=exclude, invited=invited)


async def staff_recipients(core: Core) -> list[Recipient]:
    """The secretariat, told of a request for an extension at once (it is their work)."""
    return [broadcasts.recipient_for(person) for person in await participants.list_staff(core.db)]


async def extended_countries(core: Core, consultation_id: int) -> dict[str, datetime]:
    return {e.country_code: e.deadline for e in await deadlines.granted(core.db, consultation_id)}


async def deadline_change_audience(core: Core, consultation_id: int, old: datetime, new: datetime) -> list[Participant]:
    """Those a move of the consultation's deadline concerns: every State whose own deadline
    changes with it (not one whose extension runs past both dates)."""
    unchanged = {
        country
        for country, extended in (await extended_countries(core, consultation_id)).items()
        if extended >= max(old, new)
    }
    return await audience(core, consultation_id, exclude=unchanged)


def deadline_notice(old: datetime, new: datetime) -> Notice:
    kind = NoticeType.EXTENDED if new > old else NoticeType.BROUGHT_FORWARD
    return Notice(type=kind, deadline=new, previous=old)


async def warn_open_drafts(core: Core) -> int:
    """Queue the warnings now due; the number queued."""
    db, now = core.db, core.now()
    queued = 0
    for record in await core.open_consultations():
        consultation = await core.effective_consultation(record.id)
        general = consultation.dates.deadline
        for item in await deadlines.open_drafts(db, record.id):
            person = item.participant
            deadline = await deadlines.deadline_of(db, record.id, person.country_code, general)
            left = deadline - now
            if left <= timedelta(0) or left > DAY:
                continue
            if left <= HOUR:
                # The day's warning, if never taken, is recorded as superseded by this one.
                day = Notice(type=NoticeType.WARNING_DAY, deadline=deadline)
                await deadlines.warn(db, record.id, person.id, "day", deadline, day, None, now)
                kind, notice_type, not_before = "hour", NoticeType.WARNING_HOUR, None
            else:
                kind, notice_type = "day", NoticeType.WARNING_DAY
                not_before = civil_moment(now, person.country_code, deadline - HOUR)
                if not_before is not None and not_before >= deadline - HOUR:
                    not_before = None  # no civil hour before the hour's warning: now, as the last chance
            notice = Notice(type=notice_type, deadline=deadline)
            recipient = broadcasts.recipient_for(person, not_before)
            taken = await deadlines.warn(db, record.id, person.id, kind, deadline, notice, recipient, now)
            if taken:
                queued += 1
    return queued
