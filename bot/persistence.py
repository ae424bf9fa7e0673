"""python-telegram-bot persistence in the project's SQLite database.

Conversation states are stored as JSON. PTB batches persistence writes every `update_interval`;
bot/processor.py asks for them after every update instead, and they are not written at once:
they wait here until the update whose handling changed them is finished, and are written in
the transaction that takes that update out of the inbox (storage/inbox.py: finish). A `kill -9`
therefore leaves a conversation either at its state before the update, with the update still
in the inbox to be handled again, or at its state after it, with the update done; never one
step ahead of an update that will be handled again. PTB hands over every conversation an
update touched, changed or not; only a state that differs from what was last loaded or written
is kept for writing. `user_data`, `chat_data` and `bot_data` are not persisted: the flows keep
nothing in them (drafts are in the repository).
"""

from __future__ import annotations

import json
from typing import Any

from telegram.ext import BasePersistence, PersistenceInput
from telegram.ext._utils.types import CDCData, ConversationDict, ConversationKey

from storage import Database, inbox, ptb_state
from storage.inbox import ConversationWrite


def _key(key: ConversationKey) -> str:
    return json.dumps(list(key))


def _unkey(text: str) -> ConversationKey:
    return tuple(json.loads(text))


class SqlitePersistence(BasePersistence[dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    def __init__(self, db: Database, update_interval: float = 60) -> None:
        super().__init__(
            store_data=PersistenceInput(bot_data=False, chat_data=False, user_data=False, callback_data=False),
            update_interval=update_interval,
        )
        self._db = db
        # The conversation states the database holds (or will, once written), by (name, key).
        self._states: dict[tuple[str, str], object] = {}
        # States changed and not yet written, by (name, key), with the key's ids.
        self._unwritten: dict[tuple[str, str], tuple[frozenset[int], object | None]] = {}

    async def get_user_data(self) -> dict[int, dict[Any, Any]]:
        return {}

    async def get_chat_data(self) -> dict[int, dict[Any, Any]]:
        return {}

    async def get_bot_data(self) -> dict[Any, Any]:
        return {}

    async def get_callback_data(self) -> CDCData | None:
        return None

    async def get_conversations(self, name: str) -> ConversationDict:
        stored = await ptb_state.load_conversations(self._db, name)
        self._states.update(((name, key), state) for key, state in stored.items())
        return {_unkey(k): v for k, v in stored.items()}

    async def update_conversation(self, name: str, key: ConversationKey, new_state: object | None) -> None:
        text_key = _key(key)
        if (name, text_key) in self._states and self._states[(name, text_key)] == new_state:
            return
        ids = frozenset(part for part in key if isinstance(part, int))
        self._unwritten[(name, text_key)] = (ids, new_state)
        self._states[(name, text_key)] = new_state

    def take_unwritten(self, ids: set[int]) -> list[ConversationWrite]:
        """The changed states of the conversations of these chat and user ids (those an update
        of that chat and user can have changed), to be written with its completion."""
        taken = [(slot, state) for slot, (owners, state) in self._unwritten.items() if owners and owners <= ids]
        for slot, _state in taken:
            del self._unwritten[slot]
        return [ConversationWrite(name=name, key=key, state=state) for (name, key), state in taken]

    def put_back(self, writes: list[ConversationWrite]) -> None:
        """Writes whose transaction failed: kept for the next completion (unless newer ones came)."""
        for write in writes:
            slot = (write.name, write.key)
            if slot not in self._unwritten:
                ids = frozenset(part for part in _unkey(write.key) if isinstance(part, int))
                self._unwritten[slot] = (ids, write.state)

    async def update_user_data(self, user_id: int, data: dict[Any, Any]) -> None:
        return None

    async def update_chat_data(self, chat_id: int, data: dict[Any, Any]) -> None:
        return None

    async def update_bot_data(self, data: dict[Any, Any]) -> None:
        return None

    async def update_callback_data(self, data: CDCData) -> None:
        return None

    async def drop_chat_data(self, chat_id: int) -> None:
        return None

    async def drop_user_data(self, user_id: int) -> None:
        return None

    async def refresh_user_data(self, user_id: int, user_data: dict[Any, Any]) -> None:
        return None

    async def refresh_chat_data(self, chat_id: int, chat_data: dict[Any, Any]) -> None:
        return None

    async def refresh_bot_data(self, bot_data: dict[Any, Any]) -> None:
        return None

    async def flush(self) -> None:
        """At a stop: whatever is still unwritten (states changed outside any update)."""
        writes = [
            ConversationWrite(name=name, key=key, state=state) for (name, key), (_ids, state) in self._unwritten.items()
        ]
        self._unwritten.clear()
        await inbox.write_conversations(self._db, writes)
