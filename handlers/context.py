"""What every handler can reach: the dependencies built in bot/, through a typed context."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from telegram.ext import Application, CallbackContext, ExtBot

from prompts import Catalog
from services.alerts import AlertService
from services.core import Core
from services.delivery import Sender
from services.delivery.pacer import SendBudget
from services.language_detection import Detector
from services.reminders import ReminderService
from services.webapp_access import WebAppAccess
from storage import Database, participants
from storage.models import Participant

DEPS_KEY = "deps"


@dataclass(kw_only=True)
class Deps(Core):
    """Long-lived objects, opened once by bot/ and kept in `Application.bot_data`: what every
    service reads (`Core`), and the services themselves, created and started by bot/'s lifecycle."""

    attachments_dir: Path
    admin_ids: frozenset[int] = frozenset()
    sandbox: bool = False
    detector: Detector = field(default_factory=Detector)
    # Telegram's overall limit, shared by the replies and the sender (replies first), when limited.
    budget: SendBudget | None = None
    sender: Sender | None = None
    reminders: ReminderService | None = None
    alerts: AlertService | None = None  # officers' alerts and digests (issue 15)
    # The review screen's address and sign-in state (services/webapp_access.py); None when
    # WEBAPP_URL is not set.
    webapp: WebAppAccess | None = None


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
        # The person's language, read once per update before any flow (handlers.flow.LANGUAGE).
        self.language: str = "en"

    def t(self, key: str, **args: Any) -> str:
        """A catalog text in the language of the person this update is from."""
        return self.catalog.t(self.language, key, **args)

    async def read_language(self, update: object) -> str:
        """The participant's chosen language, else Telegram's language_code if it is a UN one
        (else English); kept as `self.language`. Called once per update, and again by a step
        that has just changed the person's language."""
        user = getattr(update, "effective_user", None)
        language = "en"
        if user is not None:
            participant = await self.participant(user.id)
            if participant is not None and participant.language:
                language = participant.language
            else:
                language = self.catalog.language(user.language_code)
        self.language = language
        return language

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
