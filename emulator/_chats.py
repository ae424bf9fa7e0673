"""Chats and users as the bot's counterparts: what users send, and what they see.

Message ids are per chat and shared between the user's and the bot's messages, as in
Telegram; every update is queued as a snapshot (a later edit does not rewrite it).
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from ._files import TINY_OGG, TINY_PNG, guess_mime, image_size
from ._models import SentMessage, StoredFile
from ._text import command_entities, utf16_len

if TYPE_CHECKING:
    from ._emulator import BotApiEmulator

Json = dict[str, Any]
_TINY_WEBP = b"RIFF\x1a\x00\x00\x00WEBPVP8L\x0d\x00\x00\x00/\x00\x00\x00\x10\x07\x10\x11\x11\x88\x88\xfe\x07\x00"


def _file_fields(stored: StoredFile) -> Json:
    return {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "file_size": stored.file_size,
    }


def photo_sizes(stored: StoredFile) -> list[Json]:
    """A PhotoSize list for one stored picture (Telegram sends several sizes; one is enough)."""
    width, height = image_size(stored.data)
    return [{**_file_fields(stored), "width": width, "height": height}]


class EmulatedChat:
    """A chat (private, group or supergroup): its messages, its transcript and user actions.

    Group helpers take the acting user first: `group.send_text(alice, "hi")`.
    """

    def __init__(
        self,
        emu: BotApiEmulator,
        chat_id: int,
        chat_type: str,
        *,
        title: str | None = None,
        owner: EmulatedUser | None = None,
    ) -> None:
        self._emu = emu
        self.id = chat_id
        self.type = chat_type
        self.title = title
        self.owner = owner
        self.transcript: list[SentMessage] = []
        self.messages: dict[int, Json] = {}
        self.chat_actions: list[str] = []
        self.member_status: dict[int, str] = {}
        self.deleted = False
        self.blocked = False
        self._sent: dict[int, SentMessage] = {}
        self._last_message_id = 0

    def __repr__(self) -> str:
        return f"EmulatedChat(id={self.id}, type={self.type!r}, title={self.title!r})"

    # -- identity -------------------------------------------------------------------------

    @property
    def is_group(self) -> bool:
        return self.type in ("group", "supergroup")

    def as_chat(self) -> Json:
        """The Chat object Telegram puts in messages."""
        if self.owner is not None:
            return {"id": self.id, "type": self.type, **self.owner.name_fields()}
        return {"id": self.id, "type": self.type, "title": self.title or str(self.id)}

    def next_message_id(self) -> int:
        self._last_message_id += 1
        return self._last_message_id

    # -- what the bot sent ----------------------------------------------------------------

    @property
    def last(self) -> SentMessage | None:
        """The latest bot message in this chat (deleted ones included, flagged)."""
        return self.transcript[-1] if self.transcript else None

    def mark(self) -> int:
        """A position in the transcript, for `since`."""
        return len(self.transcript)

    def since(self, mark: int) -> list[SentMessage]:
        """Bot messages sent after `mark` (edits to older messages are not included)."""
        return self.transcript[mark:]

    async def wait_messages(self, since: int, count: int = 1, timeout: float = 5.0) -> list[SentMessage]:
        """Wait until `count` bot messages arrived after the mark `since`; returns them."""
        await self._emu.wait_for(lambda: len(self.transcript) - since >= count, timeout)
        return self.transcript[since:]

    def sent(self, message_id: int) -> SentMessage | None:
        return self._sent.get(message_id)

    def latest_with_keyboard(self) -> SentMessage | None:
        for sent in reversed(self.transcript):
            if not sent.deleted and sent.buttons:
                return sent
        return None

    def buttons(self, message: SentMessage | int | None = None) -> list[list[str]]:
        """Inline button texts of `message` (the latest message with a keyboard by default)."""
        target = self._target(message) if message is not None else self.latest_with_keyboard()
        return target.buttons if target is not None else []

    def _target(self, message: SentMessage | int) -> SentMessage | None:
        return self._sent.get(message) if isinstance(message, int) else message

    def record_bot_message(self, message: Json, sent: SentMessage) -> None:
        """Store a message the bot just sent; the server calls this after validating it."""
        self.messages[sent.message_id] = message
        self._sent[sent.message_id] = sent
        self.transcript.append(sent)

    def forget_message(self, message_id: int) -> bool:
        """deleteMessage: the message disappears; its SentMessage stays, flagged deleted."""
        if self.messages.pop(message_id, None) is None:
            return False
        sent = self._sent.get(message_id)
        if sent is not None:
            sent.deleted = True
        return True

    # -- what users send ------------------------------------------------------------------

    def _user_message(self, user: EmulatedUser, content: Json, reply_to: int | None) -> Json:
        message: Json = {
            "message_id": self.next_message_id(),
            "from": user.as_user(),
            "chat": self.as_chat(),
            "date": self._emu.now(),
            **content,
        }
        if reply_to is not None:
            replied = self.messages.get(reply_to)
            if replied is None:
                raise LookupError(f"no message {reply_to} in chat {self.id} to reply to")
            message["reply_to_message"] = {k: v for k, v in replied.items() if k != "reply_to_message"}
        self.messages[message["message_id"]] = message
        return self._emu.queue_update({"message": copy.deepcopy(message)})

    def send_text(self, user: EmulatedUser, text: str, *, reply_to: int | None = None) -> Json:
        """A text message; commands in it get bot_command entities like a real client adds."""
        content: Json = {"text": text}
        entities = command_entities(text)
        if entities:
            content["entities"] = entities
        return self._user_message(user, content, reply_to)

    def send_command(self, user: EmulatedUser, command: str, payload: str | None = None) -> Json:
        """`/command payload` with a bot_command entity covering the command."""
        command = command if command.startswith("/") else "/" + command
        text = f"{command} {payload}" if payload else command
        entity = {"type": "bot_command", "offset": 0, "length": utf16_len(command)}
        return self._user_message(user, {"text": text, "entities": [entity]}, None)

    def send_document(
        self,
        user: EmulatedUser,
        data: bytes,
        file_name: str = "document.pdf",
        mime_type: str | None = None,
        caption: str | None = None,
    ) -> Json:
        mime = mime_type or guess_mime(file_name)
        stored = self._emu.files.add(data, "document", file_name, mime)
        content: Json = {"document": {**_file_fields(stored), "file_name": file_name, "mime_type": mime}}
        if caption:
            content["caption"] = caption
        return self._user_message(user, content, None)

    def send_photo(self, user: EmulatedUser, data: bytes | None = None, caption: str | None = None) -> Json:
        stored = self._emu.files.add(data if data is not None else TINY_PNG, "photo", None, "image/png")
        content: Json = {"photo": photo_sizes(stored)}
        if caption:
            content["caption"] = caption
        return self._user_message(user, content, None)

    def send_sticker(self, user: EmulatedUser, emoji: str = "👍") -> Json:
        stored = self._emu.files.add(_TINY_WEBP, "sticker", None, "image/webp")
        sticker = {
            **_file_fields(stored),
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
        }
        return self._user_message(user, {"sticker": sticker}, None)

    def send_voice(self, user: EmulatedUser, data: bytes | None = None, duration: int = 1) -> Json:
        stored = self._emu.files.add(data if data is not None else TINY_OGG, "voice", None, "audio/ogg")
        voice = {**_file_fields(stored), "duration": duration, "mime_type": "audio/ogg"}
        return self._user_message(user, {"voice": voice}, None)

    def send_location(self, user: EmulatedUser, latitude: float, longitude: float) -> Json:
        return self._user_message(user, {"location": {"latitude": latitude, "longitude": longitude}}, None)

    def send_contact(
        self,
        user: EmulatedUser,
        phone_number: str,
        first_name: str,
        last_name: str | None = None,
        user_id: int | None = None,
    ) -> Json:
        contact: Json = {"phone_number": phone_number, "first_name": first_name}
        if last_name:
            contact["last_name"] = last_name
        if user_id is not None:
            contact["user_id"] = user_id
        return self._user_message(user, {"contact": contact}, None)

    def edit_message(self, user: EmulatedUser, message_id: int, text: str) -> Json:
        """The user edits one of their own text messages: an edited_message update."""
        message = self.messages.get(message_id)
        if message is None or message.get("from", {}).get("id") != user.id:
            raise LookupError(f"user {user.id} has no message {message_id} in chat {self.id}")
        message["text"] = text
        message["edit_date"] = self._emu.now()
        entities = command_entities(text)
        if entities:
            message["entities"] = entities
        else:
            message.pop("entities", None)
        return self._emu.queue_update({"edited_message": copy.deepcopy(message)})

    # -- buttons --------------------------------------------------------------------------

    def press(self, user: EmulatedUser, text: str, message_id: int | None = None) -> Json:
        """Press the inline button labelled `text` (exact match first, then substring)."""
        sent = self._keyboard_message(message_id)
        button = _find_button(sent, text)
        data = button.get("callback_data")
        if data is None:
            raise LookupError(f"button {button.get('text')!r} is not a callback button: {button}")
        return self._callback(user, sent.message_id, data)

    def press_data(self, user: EmulatedUser, data: str, message_id: int | None = None) -> Json:
        """A callback query with arbitrary (possibly forged) data on a bot message."""
        if message_id is None:
            latest = next((s for s in reversed(self.transcript) if not s.deleted), None)
            if latest is None:
                raise LookupError(f"no bot message in chat {self.id}")
            message_id = latest.message_id
        if message_id not in self.messages:
            raise LookupError(f"no message {message_id} in chat {self.id}")
        return self._callback(user, message_id, data)

    def _keyboard_message(self, message_id: int | None) -> SentMessage:
        sent = self.latest_with_keyboard() if message_id is None else self._sent.get(message_id)
        if sent is None or sent.deleted or not sent.buttons:
            where = "any bot message" if message_id is None else f"message {message_id}"
            raise LookupError(f"no inline keyboard on {where} in chat {self.id}")
        return sent

    def _callback(self, user: EmulatedUser, message_id: int, data: str) -> Json:
        query_id = self._emu.register_callback(user)
        query = {
            "id": query_id,
            "from": user.as_user(),
            "message": copy.deepcopy(self.messages[message_id]),
            "chat_instance": f"{abs(self.id) * 7919 % 10**15}",
            "data": data,
        }
        return self._emu.queue_update({"callback_query": query})


def _find_button(sent: SentMessage, text: str) -> Json:
    rows = (sent.reply_markup or {}).get("inline_keyboard") or []
    flat = [b for row in rows for b in row]
    exact = [b for b in flat if b.get("text") == text]
    if exact:
        return exact[0]
    partial = [b for b in flat if text in b.get("text", "")]
    if len(partial) == 1:
        return partial[0]
    labels = [b.get("text") for b in flat]
    if partial:
        raise LookupError(f"{text!r} matches several buttons: {[b.get('text') for b in partial]}")
    raise LookupError(f"no button {text!r} in message {sent.message_id}; buttons: {labels}")


class EmulatedUser:
    """A Telegram user with their private chat (chat id == user id)."""

    def __init__(
        self,
        emu: BotApiEmulator,
        user_id: int,
        first_name: str,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "en",
    ) -> None:
        self._emu = emu
        self.id = user_id
        self.first_name = first_name
        self.last_name = last_name
        self.username = username
        self.language_code = language_code
        self.chat = EmulatedChat(emu, user_id, "private", owner=self)
        self.answered_callbacks: list[Json] = []
        self.callback_ids: list[str] = []

    def __repr__(self) -> str:
        return f"EmulatedUser(id={self.id}, first_name={self.first_name!r})"

    def name_fields(self) -> Json:
        out: Json = {"first_name": self.first_name}
        if self.last_name:
            out["last_name"] = self.last_name
        if self.username:
            out["username"] = self.username
        return out

    def as_user(self) -> Json:
        """The User object (`from`) of this user's messages."""
        out: Json = {"id": self.id, "is_bot": False, **self.name_fields()}
        if self.language_code:
            out["language_code"] = self.language_code
        return out

    @property
    def unanswered_callbacks(self) -> list[str]:
        """Callback query ids the bot has not answered (the client would show a spinner)."""
        answered = {a["callback_query_id"] for a in self.answered_callbacks}
        return [q for q in self.callback_ids if q not in answered]

    # -- sending, delegated to the private chat -------------------------------------------

    def send_text(self, text: str, *, reply_to: int | None = None) -> Json:
        return self.chat.send_text(self, text, reply_to=reply_to)

    def send_command(self, command: str, payload: str | None = None) -> Json:
        return self.chat.send_command(self, command, payload)

    def send_document(
        self,
        data: bytes,
        file_name: str = "document.pdf",
        mime_type: str | None = None,
        caption: str | None = None,
    ) -> Json:
        return self.chat.send_document(self, data, file_name, mime_type, caption)

    def send_photo(self, data: bytes | None = None, caption: str | None = None) -> Json:
        return self.chat.send_photo(self, data, caption)

    def send_sticker(self, emoji: str = "👍") -> Json:
        return self.chat.send_sticker(self, emoji)

    def send_voice(self, data: bytes | None = None, duration: int = 1) -> Json:
        return self.chat.send_voice(self, data, duration)

    def send_location(self, latitude: float, longitude: float) -> Json:
        return self.chat.send_location(self, latitude, longitude)

    def send_contact(self, phone_number: str, first_name: str, last_name: str | None = None) -> Json:
        return self.chat.send_contact(self, phone_number, first_name, last_name, self.id)

    def edit_message(self, message_id: int, text: str) -> Json:
        return self.chat.edit_message(self, message_id, text)

    def press(self, text: str, message_id: int | None = None) -> Json:
        return self.chat.press(self, text, message_id)

    def press_data(self, data: str, message_id: int | None = None) -> Json:
        return self.chat.press_data(self, data, message_id)

    # -- blocking -------------------------------------------------------------------------

    def block(self, notify: bool = True) -> None:
        """Block the bot: sends to this chat get 403; the bot gets a my_chat_member update."""
        self._set_blocked(True, notify)

    def unblock(self, notify: bool = True) -> None:
        self._set_blocked(False, notify)

    def _set_blocked(self, blocked: bool, notify: bool) -> None:
        if self.chat.blocked == blocked:
            return
        self.chat.blocked = blocked
        if notify:
            old, new = ("member", "kicked") if blocked else ("kicked", "member")
            self._emu.queue_update({"my_chat_member": self._member_update(old, new)})

    def _member_update(self, old: str, new: str) -> Json:
        def member(status: str) -> Json:
            out: Json = {"user": self._emu.bot_user(), "status": status}
            if status == "kicked":
                out["until_date"] = 0
            return out

        return {
            "chat": self.chat.as_chat(),
            "from": self.as_user(),
            "date": self._emu.now(),
            "old_chat_member": member(old),
            "new_chat_member": member(new),
        }

    # -- what the user sees ---------------------------------------------------------------

    @property
    def blocked(self) -> bool:
        return self.chat.blocked

    @property
    def transcript(self) -> list[SentMessage]:
        return self.chat.transcript

    @property
    def last(self) -> SentMessage | None:
        return self.chat.last

    def mark(self) -> int:
        return self.chat.mark()

    def since(self, mark: int) -> list[SentMessage]:
        return self.chat.since(mark)

    def buttons(self, message: SentMessage | int | None = None) -> list[list[str]]:
        return self.chat.buttons(message)

    async def wait_messages(self, since: int, count: int = 1, timeout: float = 5.0) -> list[SentMessage]:
        """Wait until `count` bot messages arrived after the mark `since`; returns them."""
        return await self.chat.wait_messages(since, count, timeout)
