"""What every handler can reach: the dependencies built in bot/, through a typed context."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from telegram.ext import Application, CallbackContext, ExtBot

from prompts import Catalog, Consultation
from storage import Database, schedule
from storage.models import utc_now

DEPS_KEY = "deps"


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

    def now(self) -> datetime:
        return self.clock()

    async def effective_consultation(self) -> Consultation:
        """The definition with the secretariat's changes to the dates applied."""
        overrides = await schedule.load(self.db)
        dates = self.consultation.dates.model_copy(
            update={k: v for k, v in overrides.model_dump().items() if v is not None}
        )
        return self.consultation.model_copy(update={"dates": dates})


class Context(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    """`context.deps`, `context.db`, `context.catalog` instead of globals."""

    def __init__(
        self,
        application: Application[Any, Any, Any, Any, Any, Any],
        chat_id: int | None = None,
        user_id: int | None = None,
    ) -> None:
        super().__init__(application=application, chat_id=chat_id, user_id=user_id)

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
