"""python-telegram-bot persistence in the project's SQLite database.

Conversation states are stored as JSON. PTB batches persistence writes every `update_interval`;
bot/processor.py flushes after every update instead, so a `kill -9` loses at most the update
being handled (and what users type is in the repository already). PTB hands over every
conversation an update touched, changed or not; only a state that differs from what was last
loaded or written is written. `user_data`, `chat_data` and `bot_data` are not persisted: the
flows keep nothing in them (drafts are in the repository).
"""

from __future__ import annotations

import json
from typing import Any

from telegram.ext import BasePersistence, PersistenceInput
from telegram.ext._utils.types import CDCData, ConversationDict, ConversationKey

from storage import Database, ptb_state


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
        # The conversation states the database holds, by (conversation name, key).
        self._states: dict[tuple[str, str], object] = {}

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
        await ptb_state.save_conversation(self._db, name, text_key, new_state)
        self._states[(name, text_key)] = new_state

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
        return None
