"""Consultations as data: each definition (the validated TOML content, as JSON), its code, its
state, the round it renews, and the dates the secretariat changed (storage/schedule.py).

The first consultation (id 1) exists in every database from migration 0007 on; its definition
is filled in from the definition file at the first start (`ensure_first`), as the bot always
read that file at start. Others are added by `consultbot consultation import` or copied for a
new round in chat. Storage never imports prompts/: the definition is kept and returned as the
JSON document; services/core.py turns it into prompts.Consultation (which validated it first).
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from enum import StrEnum
from typing import Any

import aiosqlite

from storage import staff_drafts
from storage.audit import record_tx
from storage.db import Database, Transaction
from storage.models import Model, from_db, to_db, utc_now

FIRST_ID = 1
_CODE = re.compile(r"^[a-z0-9][a-z0-9-]{0,31}$")


class ConsultationState(StrEnum):
    DRAFT = "draft"  # imported, not yet open to comments
    OPEN = "open"
    CLOSED = "closed"
    ARCHIVED = "archived"


class ConsultationRecord(Model):
    id: int
    code: str
    state: ConsultationState
    definition: dict[str, Any] | None  # None only for the first one before the first start
    renews_id: int | None = None
    deadline: datetime | None = None
    meeting_start: date | None = None
    meeting_end: date | None = None
    created_at: datetime
    updated_at: datetime | None = None


class CodeTakenError(Exception):
    """Another consultation already has this code."""


def valid_code(code: str) -> bool:
    return bool(_CODE.match(code))


def default_code(definition: dict[str, Any]) -> str:
    return f"{str(definition['reference_prefix']).lower()}-{definition['reference_year']}"


def definition_json(definition: dict[str, Any]) -> str:
    return json.dumps(definition, ensure_ascii=False, sort_keys=True)


def _record(row: aiosqlite.Row) -> ConsultationRecord:
    data: dict[str, Any] = dict(row)
    raw = data.pop("definition")
    data["definition"] = json.loads(raw) if raw else None
    for name in ("created_at", "updated_at", "deadline"):
        data[name] = from_db(data[name])
    for name in ("meeting_start", "meeting_end"):
        data[name] = date.fromisoformat(data[name]) if data[name] else None
    return ConsultationRecord.model_validate(data)


_COLUMNS = "id, code, state, definition, renews_id, deadline, meeting_start, meeting_end, created_at, updated_at"


async def all_records(db: Database) -> list[ConsultationRecord]:
    rows = await db.fetchall(f"SELECT {_COLUMNS} FROM consultations ORDER BY id")  # noqa: S608 (constant)
    return [_record(r) for r in rows]


async def get(db: Database, consultation_id: int) -> ConsultationRecord | None:
    row = await db.fetchone(f"SELECT {_COLUMNS} FROM consultations WHERE id = ?", (consultation_id,))  # noqa: S608
    return _record(row) if row else None


async def _unique_code_tx(tx: Transaction, wanted: str) -> str:
    code, n = wanted, 1
    while await tx.fetchval("SELECT 1 FROM consultations WHERE code = ?", (code,)):
        n += 1
        code = f"{wanted}-{n}"
    return code


async def ensure_first(db: Database, definition: dict[str, Any]) -> None:
    """At start: the first consultation gets the definition file's content if it has none yet
    (a new database, or one upgraded from a single consultation)."""
    if await db.fetchval("SELECT 1 FROM consultations WHERE id = ? AND definition IS NOT NULL", (FIRST_ID,)):
        return
    async with db.transaction() as tx:
        code = await _unique_code_tx(tx, default_code(definition))
        await tx.execute(
            "UPDATE consultations SET definition = ?, code = ? WHERE id = ? AND definition IS NULL",
            (definition_json(definition), code, FIRST_ID),
        )


async def add(
    db: Database,
    definition: dict[str, Any],
    *,
    code: str | None = None,
    state: ConsultationState = ConsultationState.DRAFT,
    renews_id: int | None = None,
    actor_id: int | None,
    source: str,
) -> ConsultationRecord:
    """A new consultation, in one transaction with its audit entry. A code given and taken
    raises CodeTakenError; none given: derived from the reference prefix and year."""
    added = await _add(
        db, definition, code=code, state=state, renews_id=renews_id, actor_id=actor_id, source=source, claim=None
    )
    assert added is not None
    return added


async def _add(
    db: Database,
    definition: dict[str, Any],
    *,
    code: str | None,
    state: ConsultationState,
    renews_id: int | None,
    actor_id: int | None,
    source: str,
    claim: tuple[int, str] | None,
) -> ConsultationRecord | None:
    """`add`; with `claim` (a participant and a flow), the staff draft that asked for it is
    deleted in the same transaction, and nothing is added (None) if it was gone: the same
    answer arriving twice adds one consultation."""
    now = to_db(utc_now())
    async with db.transaction() as tx:
        if claim is not None and not await staff_drafts.claim_tx(tx, *claim):
            return None
        if code is not None:
            if await tx.fetchval("SELECT 1 FROM consultations WHERE code = ?", (code,)):
                raise CodeTakenError(code)
        else:
            code = await _unique_code_tx(tx, default_code(definition))
        new_id = await tx.execute(
            "INSERT INTO consultations (code, state, definition, renews_id, created_by, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (code, state.value, definition_json(definition), renews_id, actor_id, now),
        )
        await record_tx(
            tx,
            "consultation.add",
            actor_id=actor_id,
            subject=code,
            consultation_id=new_id,
            source=source,
            renews_id=renews_id,
        )
    found = await get(db, new_id)
    assert found is not None
    return found


async def set_state(
    db: Database, consultation_id: int, state: ConsultationState, *, actor_id: int | None
) -> ConsultationRecord | None:
    async with db.transaction() as tx:
        row = await tx.fetchone("SELECT code, state FROM consultations WHERE id = ?", (consultation_id,))
        if row is None:
            return None
        await tx.execute(
            "UPDATE consultations SET state = ?, updated_by = ?, updated_at = ? WHERE id = ?",
            (state.value, actor_id, to_db(utc_now()), consultation_id),
        )
        await record_tx(
            tx,
            f"consultation.{state.value}",
            actor_id=actor_id,
            subject=row["code"],
            consultation_id=consultation_id,
            before=row["state"],
        )
    return await get(db, consultation_id)


async def copy_for_round(
    db: Database,
    consultation_id: int,
    definition: dict[str, Any],
    *,
    actor_id: int | None,
    claim: tuple[int, str] | None = None,
) -> ConsultationRecord | None:
    """A draft copy of a consultation for a new round (its definition with new dates and its own
    reference prefix, validated by the caller), linked to the round it renews. None if there is
    no such consultation (or the claimed draft was gone)."""
    if await get(db, consultation_id) is None:
        return None
    return await _add(
        db,
        definition,
        code=None,
        state=ConsultationState.DRAFT,
        renews_id=consultation_id,
        actor_id=actor_id,
        source="copy",
        claim=claim,
    )


def references_of(definition: dict[str, Any]) -> tuple[str, int]:
    """What a consultation's references begin with: its prefix and year (CW, 2013: CW-2013-0001)."""
    return str(definition["reference_prefix"]), int(definition["reference_year"])


ROUND_LETTERS = "BCDEFGHIJKLMNOPQRSTUVWXYZ"


def round_prefix(root_prefix: str, taken: set[str]) -> str | None:
    """A new round's own reference prefix: the first round's with a letter for the round (CW:
    CWB, CWC, ...), one no other consultation uses, so that no reference is ever shared. None
    if every letter is taken."""
    base = root_prefix[:5]
    return next((base + letter for letter in ROUND_LETTERS if base + letter not in taken), None)
