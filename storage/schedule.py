"""A consultation's dates as changed by the secretariat (deadline extended, meeting moved).

The definition gives the initial dates; the columns of its `consultations` row override them.
Handlers use `Core.effective_consultation()` and never read the definition's dates directly.
"""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel

from storage.audit import record_tx
from storage.db import Database
from storage.models import from_db, to_db, utc_now

FIRST_ID = 1


class ScheduleOverrides(BaseModel):
    deadline: datetime | None = None
    meeting_start: date | None = None
    meeting_end: date | None = None


async def load(db: Database, consultation_id: int = FIRST_ID) -> ScheduleOverrides:
    row = await db.fetchone(
        "SELECT deadline, meeting_start, meeting_end FROM consultations WHERE id = ?", (consultation_id,)
    )
    if row is None:
        return ScheduleOverrides()
    return ScheduleOverrides(
        deadline=from_db(row["deadline"]),
        meeting_start=date.fromisoformat(row["meeting_start"]) if row["meeting_start"] else None,
        meeting_end=date.fromisoformat(row["meeting_end"]) if row["meeting_end"] else None,
    )


async def save(
    db: Database, overrides: ScheduleOverrides, *, actor_id: int | None, consultation_id: int = FIRST_ID
) -> None:
    async with db.transaction() as tx:
        await tx.execute(
            "UPDATE consultations SET deadline = ?, meeting_start = ?, meeting_end = ?, updated_by = ?,"
            " updated_at = ? WHERE id = ?",
            (
                to_db(overrides.deadline),
                overrides.meeting_start.isoformat() if overrides.meeting_start else None,
                overrides.meeting_end.isoformat() if overrides.meeting_end else None,
                actor_id,
                to_db(utc_now()),
                consultation_id,
            ),
        )
        await record_tx(
            tx,
            "schedule.change",
            actor_id=actor_id,
            consultation_id=consultation_id,
            deadline=to_db(overrides.deadline),
            meeting_start=str(overrides.meeting_start),
            meeting_end=str(overrides.meeting_end),
        )
