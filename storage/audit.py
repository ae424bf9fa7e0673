"""The audit log: who did what, when. Written in the same transaction as the act where possible."""

from __future__ import annotations

import json
from typing import Any

from storage.db import Database, Transaction
from storage.models import AuditEntry, Model, from_db, to_db, utc_now

# Acts about one consultation. An entry of these kinds that names none is about the first
# (the flows that do not choose one yet serve it); any other entry is about the bot as a whole.
PER_CONSULTATION = ("comment.", "schedule.", "broadcast.", "reminder.", "export.", "consultation.", "submission.")
FIRST_CONSULTATION = 1

# For actions with these prefixes the `actor_id` given (and kept in the legacy column) is the
# acting participant's row id; for every other action it is the actor's Telegram user id
# (None: the bot itself). Every entry also names the actor both ways, in `actor_participant_id`
# and `actor_telegram_id` (migration 0009): the one given, and the other looked up.
PARTICIPANT_ACTOR_PREFIXES = ("comment.", "export.")


async def _actor_ids_tx(
    tx: Transaction, action: str, actor_id: int | None, participant_id: int | None, telegram_id: int | None
) -> tuple[int | None, int | None]:
    """The actor's (participant id, Telegram id), from whichever the caller knew."""
    if actor_id is not None:
        if action.startswith(PARTICIPANT_ACTOR_PREFIXES):
            participant_id = participant_id if participant_id is not None else actor_id
        else:
            telegram_id = telegram_id if telegram_id is not None else actor_id
    if participant_id is not None and telegram_id is None:
        telegram_id = await tx.fetchval("SELECT telegram_id FROM participants WHERE id = ?", (participant_id,))
    elif telegram_id is not None and participant_id is None:
        participant_id = await tx.fetchval("SELECT id FROM participants WHERE telegram_id = ?", (telegram_id,))
    return participant_id, telegram_id


async def record_tx(
    tx: Transaction,
    action: str,
    *,
    actor_id: int | None,
    subject: str | None = None,
    consultation_id: int | None = None,
    actor_participant_id: int | None = None,
    actor_telegram_id: int | None = None,
    **details: Any,
) -> None:
    """One entry. The actor is `actor_id` (by the rule above), or given both ways."""
    if consultation_id is None and action.startswith(PER_CONSULTATION):
        consultation_id = FIRST_CONSULTATION
    participant_id, telegram_id = await _actor_ids_tx(tx, action, actor_id, actor_participant_id, actor_telegram_id)
    if actor_id is None:
        actor_id = participant_id if action.startswith(PARTICIPANT_ACTOR_PREFIXES) else telegram_id
    await tx.execute(
        "INSERT INTO audit_log (at, actor_id, action, subject, details, consultation_id,"
        " actor_participant_id, actor_telegram_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            to_db(utc_now()),
            actor_id,
            action,
            subject,
            json.dumps(details, default=str),
            consultation_id,
            participant_id,
            telegram_id,
        ),
    )


async def record(
    db: Database,
    action: str,
    *,
    actor_id: int | None,
    subject: str | None = None,
    consultation_id: int | None = None,
    actor_participant_id: int | None = None,
    actor_telegram_id: int | None = None,
    **details: Any,
) -> None:
    async with db.transaction() as tx:
        await record_tx(
            tx,
            action,
            actor_id=actor_id,
            subject=subject,
            consultation_id=consultation_id,
            actor_participant_id=actor_participant_id,
            actor_telegram_id=actor_telegram_id,
            **details,
        )


async def anonymise_tx(tx: Transaction, *, telegram_id: int, participant_id: int) -> int:
    """An erased person's entries keep what happened, no longer who: their actor id is removed
    (`actor_erased` says the actor was a person, since a missing actor otherwise means the bot),
    and so is their Telegram id where an entry's details hold it (a role granted or revoked).
    Returns how many entries lost their actor."""
    comment, export = (f"{prefix}%" for prefix in PARTICIPANT_ACTOR_PREFIXES)
    changed = await tx.rowcount(
        "UPDATE audit_log SET actor_id = NULL, actor_participant_id = NULL, actor_telegram_id = NULL,"
        " details = json_set(details, '$.actor_erased', json('true'))"
        " WHERE (actor_id = ? AND NOT (action LIKE ? OR action LIKE ?))"
        " OR (actor_id = ? AND (action LIKE ? OR action LIKE ?))"
        " OR actor_participant_id = ? OR actor_telegram_id = ?",
        (telegram_id, comment, export, participant_id, comment, export, participant_id, telegram_id),
    )
    await tx.execute(
        "UPDATE audit_log SET details = json_remove(details, '$.telegram_id')"
        " WHERE json_extract(details, '$.telegram_id') = ?",
        (telegram_id,),
    )
    return changed


def _entry(r: Any) -> AuditEntry:
    return AuditEntry(
        id=r["id"],
        at=from_db(r["at"]),
        actor_id=r["actor_id"],
        action=r["action"],
        subject=r["subject"],
        details=json.loads(r["details"]),
        consultation_id=r["consultation_id"],
        actor_participant_id=r["actor_participant_id"],
        actor_telegram_id=r["actor_telegram_id"],
    )


async def entries(db: Database, action: str | None = None, limit: int = 1000) -> list[AuditEntry]:
    if action is None:
        rows = await db.fetchall("SELECT * FROM audit_log ORDER BY id DESC LIMIT ?", (limit,))
    else:
        rows = await db.fetchall("SELECT * FROM audit_log WHERE action = ? ORDER BY id DESC LIMIT ?", (action, limit))
    return [_entry(r) for r in rows]


class AuditFilter(Model):
    """What /audit and `consultbot audit export` narrow the log to (None: no narrowing).

    `person`: entries by that participant or about them; `country`: entries about that State
    (its registrations, links, focal points and submissions); `action`: that action, or every
    action under it when it ends with a dot ("comment."); `subject`: a submission reference or
    any other subject, exactly."""

    person: int | None = None
    country: str | None = None
    action: str | None = None
    subject: str | None = None
    consultation_id: int | None = None


def _where(wanted: AuditFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if wanted.person is not None:
        clauses.append("(actor_participant_id = ? OR subject = ?)")
        params += [wanted.person, f"participant:{wanted.person}"]
    if wanted.country is not None:
        clauses.append(
            "(json_extract(details, '$.country') = ? OR json_extract(details, '$.from_country') = ?"
            " OR json_extract(details, '$.to_country') = ?"
            " OR subject IN (SELECT reference FROM submissions WHERE country_code = ?)"
            " OR subject IN (SELECT 'participant:' || id FROM participants WHERE country_code = ?))"
        )
        params += [wanted.country] * 5
    if wanted.action is not None:
        if wanted.action.endswith("."):
            clauses.append("substr(action, 1, ?) = ?")
            params += [len(wanted.action), wanted.action]
        else:
            clauses.append("action = ?")
            params.append(wanted.action)
    if wanted.subject is not None:
        clauses.append("subject = ?")
        params.append(wanted.subject)
    if wanted.consultation_id is not None:
        clauses.append("consultation_id = ?")
        params.append(wanted.consultation_id)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


async def search(
    db: Database, wanted: AuditFilter | None = None, *, before_id: int | None = None, limit: int = 10
) -> list[AuditEntry]:
    """The newest entries that match, newest first; `before_id` pages back (entries older than it)."""
    where, params = _where(wanted or AuditFilter())
    if before_id is not None:
        where += (" AND " if where else " WHERE ") + "id < ?"
        params.append(before_id)
    rows = await db.fetchall(f"SELECT * FROM audit_log{where} ORDER BY id DESC LIMIT ?", (*params, limit))  # noqa: S608
    return [_entry(r) for r in rows]


async def count(db: Database, wanted: AuditFilter | None = None) -> int:
    where, params = _where(wanted or AuditFilter())
    return int(await db.fetchval(f"SELECT COUNT(*) FROM audit_log{where}", params))  # noqa: S608


async def all_entries(db: Database, wanted: AuditFilter | None = None) -> list[AuditEntry]:
    """Every matching entry, oldest first (the export)."""
    where, params = _where(wanted or AuditFilter())
    rows = await db.fetchall(f"SELECT * FROM audit_log{where} ORDER BY id", params)  # noqa: S608
    return [_entry(r) for r in rows]
