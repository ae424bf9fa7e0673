"""The figures behind /stats: submissions per topic and per day, countries answered vs invited.

Counted over the current versions of submissions that are not withdrawn. A day is a calendar
day in the consultation's time zone, taken from when the submission was first made.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from exports.invited import invited_countries
from exports.rows import BATCH_SIZE
from prompts import Consultation
from storage.db import Database


@dataclass
class Stats:
    total: int
    withdrawn: int
    by_topic: list[tuple[str, int]]  # topic id -> count, in the consultation's order
    by_day: list[tuple[date, int]]  # every day from the first submission to the last (zeros too)
    countries_invited: int
    countries_answered: int  # invited countries with at least one submission
    other_respondents: int  # respondents that are not on the invited list


async def gather(db: Database, consultation: Consultation, consultation_id: int = 1) -> Stats:
    """The figures of one consultation's submissions (the first's unless named)."""
    zone = consultation.zone
    days: Counter[date] = Counter()
    answered: set[str] = set()
    async with db.reader() as conn:
        conn.row_factory = None
        await conn.execute("BEGIN")
        cursor = await conn.execute(
            "SELECT v.topic_id, COUNT(*) FROM submissions s JOIN submission_versions v"
            " ON v.submission_id = s.id AND v.version = s.current_version"
            " WHERE s.status = 'submitted' AND s.consultation_id = ? GROUP BY v.topic_id",
            (consultation_id,),
        )
        topic_counts = dict(await cursor.fetchall())
        cursor = await conn.execute(
            "SELECT COUNT(*) FROM submissions WHERE status = 'withdrawn' AND consultation_id = ?", (consultation_id,)
        )
        withdrawn = (await cursor.fetchone() or (0,))[0]
        cursor = await conn.execute(
            "SELECT country_code, created_at FROM submissions WHERE status = 'submitted' AND consultation_id = ?",
            (consultation_id,),
        )
        while batch := await cursor.fetchmany(BATCH_SIZE * 4):
            for country, created_at in batch:
                answered.add(country)
                days[datetime.fromisoformat(created_at).astimezone(zone).date()] += 1
        await cursor.close()
    topics = [t.id for t in consultation.topics]
    topics += sorted(set(topic_counts) - set(topics))
    by_day: list[tuple[date, int]] = []
    if days:
        day, last = min(days), max(days)
        while day <= last:
            by_day.append((day, days.get(day, 0)))
            day += timedelta(days=1)
    invited = invited_countries(consultation)
    return Stats(
        total=sum(topic_counts.values()),
        withdrawn=int(withdrawn),
        by_topic=[(topic, topic_counts.get(topic, 0)) for topic in topics],
        by_day=by_day,
        countries_invited=len(invited),
        countries_answered=len(answered & invited),
        other_respondents=len(answered - invited),
    )
