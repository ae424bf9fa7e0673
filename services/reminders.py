"""Reminders before the deadline: JobQueue jobs rebuilt from the database at every start.

The database (storage/reminders.py) is the source of truth; PTB's JobQueue (APScheduler with a
memory store) only wakes us at the right moment, and keeps nothing across restarts. So at every
start, at every schedule change and at every `tick()`:
  * due times are realigned on the effective deadline (the secretariat may have moved it);
  * a reminder that fell due while the bot was down is run once now if the deadline is still
    ahead (only the one closest to the deadline: the older ones are recorded as superseded,
    nobody gets three reminders at once), or recorded as skipped if the deadline has passed;
  * every other scheduled reminder gets a job `reminder:<id>`, due in (due_at - core.now())
    seconds. Delays come from `core.now()`, so a test's FakeClock drives them: the test moves
    the clock and calls `tick()` instead of waiting for real hours.

A run (storage/reminders.py: run) picks the approved focal points of countries without a
submission, takes a receipt per person and offset (nobody is reminded twice for the same
offset) and queues a broadcast for the sender (services/delivery/). Each recipient's delivery
carries a not-before instant: office hours (09:00-18:00, weekdays by the country's CLDR week)
in the country's time zone, or failing that before the deadline, 08:00-21:00 any day; never
at night. If no such hour is left before the deadline, that person is not reminded. The sender
re-checks at send time that the country still has not submitted.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from telegram.ext import CallbackContext, JobQueue

from prompts import Consultation
from prompts.countries import timezone_for
from services.civil_hours import OFFICE_HOURS, WAKING_HOURS, civil_time, next_window, weekend_days
from services.core import Core
from services.deadlines import warn_open_drafts
from services.delivery import Sender
from storage import deadlines, reminders
from storage.consultations import FIRST_ID
from storage.models import Participant
from storage.reminders import Reminder, RunResult

logger = logging.getLogger(__name__)

REMINDERS_KEY = "reminders"
JOB_PREFIX = "reminder:"
WARNINGS_JOB = "draft-warnings"
# The civil-hour rule lives in services/civil_hours.py (notices and warnings follow it too).
__all__ = ["OFFICE_HOURS", "WAKING_HOURS", "ReminderService", "civil_time", "next_window", "weekend_days"]


def office_hours_at(now: datetime, country_code: str | None) -> datetime | None:
    """When a broadcast "at office hours" reaches a focal point of this country: None (now,
    inside office hours), else the next opening, by the reminders' rule (09:00-18:00 on the
    country's working days, in its time zone); no deadline bounds it."""
    at = next_window(now, timezone_for(country_code), OFFICE_HOURS, weekend_days(country_code))
    return None if at == now else at


# -- the service ---------------------------------------------------------------------------------


class ReminderService:
    """Owns the `reminder:<id>` jobs; `sync()` makes them match the database."""

    def __init__(self, core: Core, job_queue: JobQueue[Any] | None, sender: Sender | None) -> None:
        self.core = core
        self.job_queue = job_queue
        self.sender = sender

    async def start(self) -> None:
        """Rebuild the reminder jobs from the database (the JobQueue remembers nothing)."""
        await self.sync(seed=True)

    async def sync(self, *, seed: bool = False) -> list[RunResult]:
        """Realign, run what is overdue (once), skip what is too late, (re)schedule the rest:
        for the first consultation as always, and for every other open one; the
        consultation's own reminders, and each State's with an extension. Then the warnings
        to focal points with an open draft (services/deadlines.py)."""
        db, now = self.core.db, self.core.now()
        results: list[RunResult] = []
        upcoming: list[Reminder] = []
        for consultation_id, consultation in await self._consultations():
            deadline = consultation.dates.deadline
            if seed or consultation_id != FIRST_ID:
                # Another consultation may have been opened since the start: seeding is idempotent.
                await reminders.seed(db, consultation.reminder_offsets_days, deadline, now, consultation_id)
            scopes: list[tuple[str | None, datetime]] = [(None, deadline)]
            for extension in await deadlines.granted(db, consultation_id):
                own = max(deadline, extension.deadline)
                await reminders.seed_state(db, consultation_id, extension.country_code, own, now)
                scopes.append((extension.country_code, own))
            for country_code, scope_deadline in scopes:
                await reminders.realign(
                    db, scope_deadline, now, consultation_id=consultation_id, country_code=country_code
                )
                rows = await reminders.scheduled(db, consultation_id, country_code)
                results += await self._overdue([r for r in rows if r.due_at <= now], now < scope_deadline)
                upcoming += [r for r in rows if r.due_at > now]
        await warn_open_drafts(self.core)
        self._schedule(upcoming, now)
        if self.sender is not None:
            self.sender.wake()
        return results

    async def _overdue(self, overdue: list[Reminder], before_deadline: bool) -> list[RunResult]:
        """Overdue rows: before the deadline only the latest runs (once), after it none."""
        db, now = self.core.db, self.core.now()
        if not overdue:
            return []
        if not before_deadline:
            for reminder in overdue:
                await reminders.skip(db, reminder.id, "deadline passed", now, reminders.DEADLINE_PASSED)
            return []
        latest = min(overdue, key=lambda r: r.offset_days)
        for reminder in overdue:
            if reminder.id != latest.id:
                await reminders.skip(db, reminder.id, "superseded by a later reminder", now, reminders.SUPERSEDED)
        result = await self.run(latest.id)
        return [result] if result is not None else []

    async def _consultations(self) -> list[tuple[int, Consultation]]:
        """The first consultation (its reminders as before), then every other open one."""
        found = [(FIRST_ID, await self.core.effective_consultation())]
        for record in await self.core.open_consultations():
            if record.id != FIRST_ID:
                found.append((record.id, await self.core.effective_consultation(record.id)))
        return found

    async def _warnings_job(self, context: CallbackContext[Any, Any, Any, Any]) -> None:
        """Every minute: the warnings to focal points whose draft is still open near the deadline."""
        await warn_open_drafts(self.core)
        if self.sender is not None:
            self.sender.wake()

    async def tick(self) -> list[RunResult]:
        """Run due work now (tests move the FakeClock, then tick instead of waiting hours)."""
        return await self.sync()

    async def run(self, reminder_id: int) -> RunResult | None:
        """Run one reminder now (if still scheduled): receipts, deliveries, audit, wake the sender."""
        now = self.core.now()
        row = await reminders.get(self.core.db, reminder_id)
        consultation_id = row.consultation_id if row is not None else FIRST_ID
        consultation = await self.core.effective_consultation(consultation_id)
        deadline = consultation.dates.deadline
        if row is not None and row.country_code:
            # A State's own reminder: its civil hours run up to its extended deadline.
            deadline = await deadlines.deadline_of(self.core.db, consultation_id, row.country_code, deadline)

        def plan(participant: Participant) -> datetime | str | None:
            return civil_time(now, participant.country_code, deadline)

        # Another consultation reminds only the States it invites; the first reminds as before.
        invited = consultation.invited_countries if consultation_id != FIRST_ID else None
        result = await reminders.run(self.core.db, reminder_id, now, plan, invited)
        if result is not None:
            logger.info("reminder %s run: %s", reminder_id, result.model_dump())
            if self.sender is not None:
                self.sender.wake()
        return result

    def _schedule(self, upcoming: list[Reminder], now: datetime) -> None:
        queue = self.job_queue
        if queue is None:
            logger.warning("no JobQueue: reminders run only at start-up and on schedule changes")
            return
        for job in queue.jobs():
            if job.name and job.name.startswith(JOB_PREFIX):
                job.schedule_removal()
        if not queue.get_jobs_by_name(WARNINGS_JOB):
            # A draft opened at any time may come within a day or an hour of its deadline.
            queue.run_repeating(self._warnings_job, interval=60, first=60, name=WARNINGS_JOB)
        for reminder in upcoming:
            queue.run_once(
                self._job,
                when=max(0.5, (reminder.due_at - now).total_seconds()),
                data=reminder.id,
                name=f"{JOB_PREFIX}{reminder.id}",
                # The job re-reads its row; firing late is better than APScheduler's silent skip.
                job_kwargs={"misfire_grace_time": 24 * 3600},
            )

    def job_names(self) -> list[str]:
        queue = self.job_queue
        if queue is None:
            return []
        return sorted(j.name for j in queue.jobs() if j.name and j.name.startswith(JOB_PREFIX) and not j.removed)

    async def _job(self, context: CallbackContext[Any, Any, Any, Any]) -> None:
        """A reminder's time has come: re-read the row, and run it if it is still due."""
        assert context.job is not None
        reminder_id = int(context.job.data)  # type: ignore[arg-type]
        reminder = await reminders.get(self.core.db, reminder_id)
        if reminder is None or reminder.status != reminders.ReminderStatus.SCHEDULED:
            return
        # sync() runs it if it is due by the consultation's clock, or reschedules it if the
        # deadline moved since this job was made; either way nothing runs twice.
        await self.sync()
