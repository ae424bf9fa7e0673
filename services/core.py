"""What every service (and every flow) reads: the database, the catalogs, the consultations with
the secretariat's changes to their dates applied, and the clock."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from prompts import Catalog, Consultation
from storage import Database, consultations, deadlines, schedule
from storage.consultations import FIRST_ID, ConsultationRecord, ConsultationState
from storage.deadlines import Extension
from storage.models import utc_now

KEEP_DATES_SECONDS = 60.0
# How long the list of consultations is kept before SQLite is asked again whether another process
# (`consultbot consultation import`) committed a change: a hop to the database's thread that most
# updates paid. Far shorter than any command of the CLI takes to run, so a consultation imported
# while the bot runs is seen at the next read after the import.
KEEP_CONSULTATIONS_SECONDS = 0.25


def definition_of(record: ConsultationRecord) -> Consultation:
    """A stored definition as the model it was validated with before it was stored."""
    assert record.definition is not None
    return Consultation.model_validate(record.definition)


@dataclass(kw_only=True)
class Core:
    db: Database
    catalog: Catalog
    # The first consultation's definition, as loaded at start (the definition file, or a test's).
    consultation: Consultation
    clock: Callable[[], datetime] = utc_now
    # (database version of the consultations table, when read, the definition with its dates applied)
    _effective: tuple[int, float, Consultation] | None = field(default=None, init=False, repr=False)
    # ((this process's version of the table, SQLite's data_version), when asked, the records)
    _records: tuple[tuple[int, int], float, list[ConsultationRecord]] | None = field(
        default=None, init=False, repr=False
    )
    # (consultation, State) -> (database version of the extensions table, when read, its granted extension)
    _extensions: dict[tuple[int, str], tuple[int, float, Extension | None]] = field(
        default_factory=dict, init=False, repr=False
    )

    def now(self) -> datetime:
        return self.clock()

    async def effective_consultation(self, consultation_id: int | None = None) -> Consultation:
        """A definition with the secretariat's changes to the dates applied (the first
        consultation's when none is named): read again after this process wrote the
        consultations table, and at least once a minute (in case another process did)."""
        if consultation_id is not None and consultation_id != FIRST_ID:
            record = await self.consultation_record(consultation_id)
            if record is None or record.definition is None:
                raise LookupError(f"no consultation {consultation_id}")
            return definition_of(record).rescheduled(
                deadline=record.deadline, meeting_start=record.meeting_start, meeting_end=record.meeting_end
            )
        version = self.db.version("consultations")
        kept = self._effective
        if kept is not None and kept[0] == version and time.monotonic() - kept[1] < KEEP_DATES_SECONDS:
            return kept[2]
        overrides = await schedule.load(self.db)
        effective = self.consultation.rescheduled(**overrides.model_dump())
        self._effective = (version, time.monotonic(), effective)
        return effective

    async def consultations(self) -> list[ConsultationRecord]:
        """Every consultation, oldest first. Read again after this process wrote the table or
        another process (`consultbot consultation import`) committed a change: a running bot
        sees a newly imported consultation without a restart (SQLite is asked about other
        processes' changes at most every KEEP_CONSULTATIONS_SECONDS)."""
        version = self.db.version("consultations")
        kept = self._records
        now = time.monotonic()
        if kept is not None and kept[0][0] == version and now - kept[1] < KEEP_CONSULTATIONS_SECONDS:
            return kept[2]
        key = (version, await self.db.data_version())
        if kept is not None and kept[0] == key:
            self._records = (key, now, kept[2])
            return kept[2]
        records = []
        for record in await consultations.all_records(self.db):
            if record.id == FIRST_ID:
                # The first one's definition is the one this process loaded at start.
                record = record.model_copy(update={"definition": self.consultation.model_dump(mode="json")})
            records.append(record)
        self._records = (key, now, records)
        return records

    async def deadline_of(self, consultation_id: int, country_code: str | None, general: datetime) -> datetime:
        """A State's deadline: the consultation's, or its extension's if that is later. The
        extension is kept as the dates are: read again after this process wrote the extensions
        table (they are granted and withdrawn in the bot), and at least once a minute."""
        if not country_code:
            return general
        version = self.db.version("deadline_extensions")
        kept = self._extensions.get((consultation_id, country_code))
        if kept is not None and kept[0] == version and time.monotonic() - kept[1] < KEEP_DATES_SECONDS:
            extension = kept[2]
        else:
            extension = await deadlines.extension_of(self.db, consultation_id, country_code)
            self._extensions[(consultation_id, country_code)] = (version, time.monotonic(), extension)
        return max(general, extension.deadline) if extension is not None else general

    async def consultation_record(self, consultation_id: int) -> ConsultationRecord | None:
        return next((r for r in await self.consultations() if r.id == consultation_id), None)

    async def open_consultations(self, country_code: str | None = None) -> list[ConsultationRecord]:
        """The open consultations (with a definition); with a State, those that invite it (a
        consultation naming no invited States invites every State)."""
        found = []
        for record in await self.consultations():
            if record.state is not ConsultationState.OPEN or record.definition is None:
                continue
            invited = record.definition.get("invited_countries") or []
            if country_code is None or not invited or country_code.upper() in invited:
                found.append(record)
        return found
