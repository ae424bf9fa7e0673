"""What every service (and every flow) reads: the database, the catalogs, the consultation with
the secretariat's changes to its dates applied, and the clock."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from prompts import Catalog, Consultation
from storage import Database, schedule
from storage.models import utc_now

KEEP_DATES_SECONDS = 60.0


@dataclass(kw_only=True)
class Core:
    db: Database
    catalog: Catalog
    consultation: Consultation
    clock: Callable[[], datetime] = utc_now
    # (database version of the consultation table, when read, the definition with its dates applied)
    _effective: tuple[int, float, Consultation] | None = field(default=None, init=False, repr=False)

    def now(self) -> datetime:
        return self.clock()

    async def effective_consultation(self) -> Consultation:
        """The definition with the secretariat's changes to the dates applied: read again after
        this process wrote the consultation table, and at least once a minute (in case another
        process did)."""
        version = self.db.version("consultation")
        kept = self._effective
        if kept is not None and kept[0] == version and time.monotonic() - kept[1] < KEEP_DATES_SECONDS:
            return kept[2]
        overrides = await schedule.load(self.db)
        effective = self.consultation.rescheduled(**overrides.model_dump())
        self._effective = (version, time.monotonic(), effective)
        return effective
