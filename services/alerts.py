"""Officers' alerts of new and revised submissions (issue 15): at once, or in a daily digest at
a local hour they chose, in their own language, each through the outbox (services/delivery),
so a crash loses none and the sender's retries apply.

What was told is kept with each officer's choice (storage/alerts.py): `last_version_id` for
alerts and digests, `last_digest_at` for the digest's scheduled instant. A pass (`tick`) tells
every immediate officer of each version newer than their mark, and sends each digest whose
hour has come since the last one handled: after a restart, the digest whose hour passed while
the bot was down is sent once, covering what came in until that hour; a second pass finds it
handled. Passes run at start, after each submission (`nudge`), and every minute from the
JobQueue (the clock a test moves is read at each pass).
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from telegram.ext import CallbackContext, JobQueue

from prompts import Catalog, Consultation, countries
from services.core import Core
from services.delivery import Sender
from storage import alerts
from storage.alerts import AlertItem, AlertMode, AlertPreference
from storage.models import Participant

logger = logging.getLogger(__name__)

JOB_NAME = "alerts"
INTERVAL_SECONDS = 60.0
DIGEST_LINES = 40  # lines in one digest message; the rest are counted


def latest_due(now: datetime, hour: int, zone_name: str) -> datetime:
    """The most recent instant, at or before `now`, at which a digest at `hour` (local time in
    `zone_name`) was due. A local hour that a clock change skips is taken as the next instant."""
    zone = _zone(zone_name)
    local = now.astimezone(zone)
    day = local.date()
    candidate = datetime.combine(day, time(hour), zone)
    if candidate > now:
        candidate = datetime.combine(day - timedelta(days=1), time(hour), zone)
    return candidate


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


class AlertService:
    """Started and stopped by bot/app.py; `tick()` is one pass (tests call it after moving
    the clock), `nudge()` asks for one soon (after a submission)."""

    def __init__(self, core: Core, job_queue: JobQueue[Any] | None, sender: Sender | None) -> None:
        self.core = core
        self.job_queue = job_queue
        self.sender = sender
        self._lock = asyncio.Lock()
        self._nudged: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        await self.tick()  # what a stop or a crash kept from being told
        if self.job_queue is not None:
            self.job_queue.run_repeating(self._job, interval=INTERVAL_SECONDS, first=INTERVAL_SECONDS, name=JOB_NAME)

    async def stop(self) -> None:
        if self.job_queue is not None:
            for job in self.job_queue.get_jobs_by_name(JOB_NAME):
                job.schedule_removal()
        if self._nudged:
            await asyncio.gather(*self._nudged, return_exceptions=True)

    def nudge(self) -> None:
        """A submission was recorded: tell the immediate officers soon (never in the handler's way)."""
        task = asyncio.create_task(self._safe_tick(), name="alerts-nudge")
        self._nudged.add(task)
        task.add_done_callback(self._nudged.discard)

    async def settled(self) -> None:
        """Until the passes asked for have run (tests)."""
        if self._nudged:
            await asyncio.gather(*self._nudged, return_exceptions=True)

    async def _job(self, context: CallbackContext[Any, Any, Any, Any]) -> None:
        await self._safe_tick()

    async def _safe_tick(self) -> None:
        try:
            await self.tick()
        except Exception:  # a background pass must outlive one bad row; the next pass retries
            logger.exception("alerts pass failed")

    async def tick(self) -> int:
        """One pass; returns how many messages were queued."""
        async with self._lock:
            queued = 0
            for preference, person in await alerts.with_mode(self.core.db, AlertMode.IMMEDIATE):
                queued += await self._immediate(preference, person)
            for preference, person in await alerts.with_mode(self.core.db, AlertMode.DIGEST):
                queued += await self._digest(preference, person)
        if queued and self.sender is not None:
            self.sender.wake()
        return queued

    async def _consultation(self, consultation_id: int) -> Consultation | None:
        try:
            return await self.core.effective_consultation(consultation_id)
        except LookupError:
            return None

    async def _immediate(self, preference: AlertPreference, person: Participant) -> int:
        consultation = await self._consultation(preference.consultation_id)
        if consultation is None:
            return 0
        items = await alerts.untold(
            self.core.db, preference.consultation_id, after_version_id=preference.last_version_id
        )
        queued = 0
        for item in items:
            text = alert_text(self.core.catalog, consultation, person.language, item)
            if not await alerts.record_alert(
                self.core.db, preference, person, through_version_id=item.version_id, text=text, now=self.core.now()
            ):
                break  # another pass told it, or the officer changed their choice: read again next pass
            preference = preference.model_copy(update={"last_version_id": item.version_id})
            queued += 1
        return queued

    async def _digest(self, preference: AlertPreference, person: Participant) -> int:
        if preference.digest_hour is None or preference.time_zone is None:
            return 0
        now = self.core.now()
        due = latest_due(now, preference.digest_hour, preference.time_zone)
        if preference.last_digest_at is not None and preference.last_digest_at >= due:
            return 0
        consultation = await self._consultation(preference.consultation_id)
        if consultation is None:
            return 0
        items = await alerts.untold(
            self.core.db, preference.consultation_id, after_version_id=preference.last_version_id, up_to=due
        )
        since = preference.last_digest_at or preference.updated_at
        text = digest_text(self.core.catalog, consultation, person.language, items, since) if items else None
        through = items[-1].version_id if items else preference.last_version_id
        done = await alerts.record_digest(
            self.core.db, preference, person, due_at=due, through_version_id=through, text=text, now=now
        )
        return 1 if done and text is not None else 0


def _item_values(consultation: Consultation, language: str, item: AlertItem) -> dict[str, object]:
    topic = consultation.topic(item.topic_id)
    kind = consultation.comment_type(item.comment_type_id)
    return {
        "reference": item.reference,
        "country": countries.name(item.country_code, language),
        "topic": topic.name.get(language) if topic else item.topic_id,
        "type": kind.name.get(language) if kind else item.comment_type_id,
        "version": item.version,
    }


def alert_text(catalog: Catalog, consultation: Consultation, language: str, item: AlertItem) -> str:
    """One submission's alert, in the officer's language."""
    values = _item_values(consultation, language, item)
    lines = [
        catalog.t(language, "alert-title", consultation=consultation.title.get(language)),
        catalog.t(language, "alert-revised" if item.revised else "alert-new", **values),
    ]
    if item.paragraph is not None:
        lines.append(catalog.t(language, "alert-paragraph", paragraph=item.paragraph))
    return "\n".join(lines)


def digest_text(
    catalog: Catalog, consultation: Consultation, language: str, items: list[AlertItem], since: datetime
) -> str:
    """The day's digest, in the officer's language: one line a version, the rest counted."""
    lines = [
        catalog.t(
            language,
            "digest-title",
            consultation=consultation.title.get(language),
            count=len(items),
            since=Catalog.datetime(language, since, consultation.zone),
        )
    ]
    for item in items[:DIGEST_LINES]:
        values = _item_values(consultation, language, item)
        lines.append(catalog.t(language, "digest-revised" if item.revised else "digest-new", **values))
    if len(items) > DIGEST_LINES:
        lines.append(catalog.t(language, "digest-more", count=len(items) - DIGEST_LINES))
    return "\n".join(lines)
