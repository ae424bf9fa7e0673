"""What every handler can reach: the dependencies built in bot/, through a typed context."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from telegram.ext import Application, CallbackContext, ExtBot

from prompts import Catalog, Consultation
from storage import Database, participants, schedule
from storage.models import Participant, utc_now

DEPS_KEY = "deps"
KEEP_DATES_SECONDS = 60.0


@dataclass
class Deps:
    """Long-lived objects, opened once by bot/ and kept in `Application.bot_data`."""

    db: Database
    catalog: Catalog
    consultation: Consultation
    attachments_dir: Path
    admin_ids: frozenset[int] = frozenset()
    clock: Callable[[], datetime] = utc_now
    sandbox: bool = False
    # Services that flows start (broadcast sender, reminder scheduler) register themselves here.
    services: dict[str, Any] = field(default_factory=dict)
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
        dates = self.consultation.dates.model_copy(
            update={k: v for k, v in overrides.model_dump().items() if v is not None}
        )
        effective = self.consultation.model_copy(update={"dates": dates})
        self._effective = (version, time.monotonic(), effective)
        return effective


class Context(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    """`context.deps`, `context.db`, `context.catalog` instead of globals."""

    def __init__(
        self,
        application: Application[Any, Any, Any, Any, Any, Any],
        chat_id: int | None = None,
        user_id: int | None = None,
    ) -> None:
        super().__init__(application=application, chat_id=chat_id, user_id=user_id)
        # (telegram id, database version of the participants table, what was read)
        self._participant: tuple[int, int, Participant | None] | None = None

    async def participant(self, telegram_id: int) -> Participant | None:
        """The participant of a Telegram account, read once per update: PTB makes one context
        per update, and the row is read again only after something wrote the participants table."""
        version = self.db.version("participants")
        kept = self._participant
        if kept is not None and kept[0] == telegram_id and kept[1] == version:
            return kept[2]
        found = await participants.get_by_telegram_id(self.db, telegram_id)
        self._participant = (telegram_id, version, found)
        return found

    @property
    def deps(self) -> Deps:
        deps = self.bot_data.get(DEPS_KEY)
        if not isinstance(deps, Deps):
            raise RuntimeError("bot_data has no Deps: build the Application with bot.app")
        return deps

    @property
    def db(self) -> Database:
        return self.deps.db

    @property
    def catalog(self) -> Catalog:
        return self.deps.catalog
