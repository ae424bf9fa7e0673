"""Who has answered: the figures behind /status and the reminders' audience sizes."""

from __future__ import annotations

from storage.db import Database
from storage.models import Participant
from storage.participants import participant_from_row

FIRST_CONSULTATION = 1


async def submitted_countries(db: Database, consultation_id: int = FIRST_CONSULTATION) -> set[str]:
    """Countries (and organisations) with at least one submission to the consultation not withdrawn."""
    rows = await db.fetchall(
        "SELECT DISTINCT country_code FROM submissions WHERE status = 'submitted' AND consultation_id = ?",
        (consultation_id,),
    )
    return {r[0] for r in rows}


async def registered_countries(db: Database) -> set[str]:
    """Countries with at least one approved focal point."""
    rows = await db.fetchall(
        "SELECT DISTINCT country_code FROM participants WHERE role = 'focal_point' AND status = 'approved'"
        " AND deactivated_at IS NULL AND country_code IS NOT NULL"
    )
    return {r[0] for r in rows}


async def topic_counts(db: Database, consultation_id: int = FIRST_CONSULTATION) -> dict[str, int]:
    """The consultation's submissions not withdrawn, by the topic of their current version."""
    rows = await db.fetchall(
        "SELECT v.topic_id, COUNT(*) FROM submissions s JOIN submission_versions v"
        " ON v.submission_id = s.id AND v.version = s.current_version"
        " WHERE s.status = 'submitted' AND s.consultation_id = ? GROUP BY v.topic_id",
        (consultation_id,),
    )
    return {r[0]: int(r[1]) for r in rows}


async def unreachable_participants(db: Database) -> list[Participant]:
    """Focal points Telegram says cannot be reached (blocked the bot, chat gone)."""
    rows = await db.fetchall(
        "SELECT * FROM participants WHERE unreachable_at IS NOT NULL AND status != 'erased'"
        " AND role = 'focal_point' ORDER BY country_code, id"
    )
    return [participant_from_row(r) for r in rows]
