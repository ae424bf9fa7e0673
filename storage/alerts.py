"""Officers' alerts of new and revised submissions (issue 15): their choice per consultation,
and what was already told.

Each preference keeps `last_version_id`, the newest submission version already told (by an
alert or a digest), and `last_digest_at`, the scheduled instant of the last digest handled.
Telling (`record_alert`, `record_digest`) moves them in the same transaction that queues the
message in the outbox, and only from the values the caller read: a crash loses neither the
message nor the mark, and two passes (a restart, a second wake-up) never tell the same twice.
"""

from __future__ import annotations

import json
from datetime import datetime
from enum import StrEnum

import aiosqlite

from storage import audit, broadcasts
from storage.db import Database
from storage.models import Model, Participant, from_db, to_db
from storage.participants import participant_from_row


class AlertMode(StrEnum):
    IMMEDIATE = "immediate"  # each new or revised submission, at once
    DIGEST = "digest"  # once a day, at the officer's local hour
    OFF = "off"


class AlertPreference(Model):
    participant_id: int
    consultation_id: int
    mode: AlertMode = AlertMode.OFF
    digest_hour: int | None = None  # 0-23, in `time_zone`
    time_zone: str | None = None  # an IANA name ("Europe/Geneva")
    last_version_id: int = 0
    last_digest_at: datetime | None = None
    updated_at: datetime


class AlertItem(Model):
    """One submission version to tell of."""

    version_id: int
    submission_id: int
    reference: str
    country_code: str
    version: int
    topic_id: str
    comment_type_id: str
    paragraph: int | None = None
    submitted_at: datetime

    @property
    def revised(self) -> bool:
        return self.version > 1


def _preference(row: aiosqlite.Row) -> AlertPreference:
    data = dict(row)
    data["last_digest_at"] = from_db(data["last_digest_at"])
    data["updated_at"] = from_db(data["updated_at"])
    return AlertPreference.model_validate(data)


async def get(db: Database, participant_id: int, consultation_id: int) -> AlertPreference | None:
    row = await db.fetchone(
        "SELECT * FROM alert_preferences WHERE participant_id = ? AND consultation_id = ?",
        (participant_id, consultation_id),
    )
    return _preference(row) if row else None


async def for_participant(db: Database, participant_id: int) -> list[AlertPreference]:
    rows = await db.fetchall(
        "SELECT * FROM alert_preferences WHERE participant_id = ? ORDER BY consultation_id", (participant_id,)
    )
    return [_preference(r) for r in rows]


async def latest_version_id(db: Database) -> int:
    return int(await db.fetchval("SELECT COALESCE(MAX(id), 0) FROM submission_versions"))


async def choose(
    db: Database,
    participant: Participant,
    consultation_id: int,
    *,
    mode: AlertMode,
    now: datetime,
    digest_hour: int | None = None,
    time_zone: str | None = None,
) -> AlertPreference:
    """The officer's choice for one consultation (audited). Choosing alerts or a digest after
    none starts from now: what came in before is not told again. Moving between alerts and
    a digest keeps what is still untold. A digest chosen (or its hour changed) is first sent at
    the next such hour after now."""
    if mode is AlertMode.DIGEST and (digest_hour is None or not 0 <= digest_hour <= 23 or not time_zone):
        raise ValueError("a digest needs an hour (0-23) and a time zone")
    if mode is not AlertMode.DIGEST:
        digest_hour, time_zone = None, None
    stamp = to_db(now)
    async with db.transaction() as tx:
        row = await tx.fetchone(
            "SELECT * FROM alert_preferences WHERE participant_id = ? AND consultation_id = ?",
            (participant.id, consultation_id),
        )
        before = _preference(row) if row else None
        newest = int(await tx.fetchval("SELECT COALESCE(MAX(id), 0) FROM submission_versions"))
        last_version = newest if before is None or before.mode is AlertMode.OFF else before.last_version_id
        await tx.execute(
            "INSERT INTO alert_preferences (participant_id, consultation_id, mode, digest_hour, time_zone,"
            " last_version_id, last_digest_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (participant_id, consultation_id) DO UPDATE SET mode = excluded.mode,"
            " digest_hour = excluded.digest_hour, time_zone = excluded.time_zone,"
            " last_version_id = excluded.last_version_id, last_digest_at = excluded.last_digest_at,"
            " updated_at = excluded.updated_at",
            (participant.id, consultation_id, mode.value, digest_hour, time_zone, last_version, stamp, stamp),
        )
        await audit.record_tx(
            tx,
            "alerts.set",
            actor_id=None,
            actor_participant_id=participant.id,
            actor_telegram_id=participant.telegram_id,
            subject=f"participant:{participant.id}",
            consultation_id=consultation_id,
            mode=mode.value,
            digest_hour=digest_hour,
            time_zone=time_zone,
        )
    chosen = await get(db, participant.id, consultation_id)
    assert chosen is not None
    return chosen


async def with_mode(db: Database, mode: AlertMode) -> list[tuple[AlertPreference, Participant]]:
    """Preferences in this mode of people who are staff now (a revoked officer is told nothing)."""
    rows = await db.fetchall(
        "SELECT a.* FROM alert_preferences a JOIN participants p ON p.id = a.participant_id"
        " WHERE a.mode = ? AND p.role IN ('secretariat', 'admin') ORDER BY a.participant_id, a.consultation_id",
        (mode.value,),
    )
    preferences = [_preference(r) for r in rows]
    people = {
        r["id"]: participant_from_row(r)
        for r in await db.fetchall(
            "SELECT * FROM participants WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted({p.participant_id for p in preferences})),),
        )
    }
    return [(p, people[p.participant_id]) for p in preferences if p.participant_id in people]


async def untold(
    db: Database, consultation_id: int, *, after_version_id: int, up_to: datetime | None = None, limit: int = 500
) -> list[AlertItem]:
    """Versions of this consultation's submissions made through the bot (not imported) newer
    than `after_version_id` (and submitted no later than `up_to`), oldest first."""
    rows = await db.fetchall(
        "SELECT v.id AS version_id, s.id AS submission_id, s.reference, s.country_code, v.version,"
        " v.topic_id, v.comment_type_id, v.paragraph, v.submitted_at"
        " FROM submission_versions v JOIN submissions s ON s.id = v.submission_id"
        " WHERE s.consultation_id = ? AND s.source IS NULL AND v.id > ?"
        " AND (? IS NULL OR v.submitted_at <= ?) ORDER BY v.id LIMIT ?",
        (consultation_id, after_version_id, to_db(up_to), to_db(up_to), limit),
    )
    items = []
    for row in rows:
        data = dict(row)
        data["submitted_at"] = from_db(data["submitted_at"])
        items.append(AlertItem.model_validate(data))
    return items


def _recipient(person: Participant) -> broadcasts.Recipient:
    return broadcasts.Recipient(
        participant_id=person.id, chat_id=person.chat_id or person.telegram_id, language=person.language
    )


async def record_alert(
    db: Database, preference: AlertPreference, person: Participant, *, through_version_id: int, text: str, now: datetime
) -> bool:
    """Queue the alert of every version up to `through_version_id` and mark them told, in one
    transaction; False (nothing queued) if another pass told them already or the officer has
    changed their choice since `preference` was read."""
    async with db.transaction() as tx:
        changed = await tx.rowcount(
            "UPDATE alert_preferences SET last_version_id = ? WHERE participant_id = ? AND consultation_id = ?"
            " AND mode = 'immediate' AND last_version_id = ? AND ? > last_version_id",
            (
                through_version_id,
                preference.participant_id,
                preference.consultation_id,
                preference.last_version_id,
                through_version_id,
            ),
        )
        if not changed:
            return False
        await broadcasts.create_personal_tx(
            tx,
            purpose=broadcasts.PersonalPurpose.ALERT,
            text=text,
            recipient=_recipient(person),
            now=now,
            consultation_id=preference.consultation_id,
        )
    return True


async def record_digest(
    db: Database,
    preference: AlertPreference,
    person: Participant,
    *,
    due_at: datetime,
    through_version_id: int,
    text: str | None,
    now: datetime,
) -> bool:
    """The digest due at `due_at` is handled: queued (`text`; None when nothing came in, and
    nothing is sent) and marked, in one transaction. False if it was handled already (by a pass
    before a restart) or the officer changed their choice since `preference` was read."""
    async with db.transaction() as tx:
        changed = await tx.rowcount(
            "UPDATE alert_preferences SET last_digest_at = ?, last_version_id = MAX(last_version_id, ?)"
            " WHERE participant_id = ? AND consultation_id = ? AND mode = 'digest'"
            " AND updated_at = ? AND (last_digest_at IS NULL OR last_digest_at < ?)",
            (
                to_db(due_at),
                through_version_id,
                preference.participant_id,
                preference.consultation_id,
                to_db(preference.updated_at),
                to_db(due_at),
            ),
        )
        if not changed:
            return False
        if text is not None:
            await broadcasts.create_personal_tx(
                tx,
                purpose=broadcasts.PersonalPurpose.DIGEST,
                text=text,
                recipient=_recipient(person),
                now=now,
                consultation_id=preference.consultation_id,
            )
    return True
