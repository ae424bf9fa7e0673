"""The Bot API methods the emulator serves, checked the way Telegram checks them.

Each handler takes the emulator and the decoded call and returns the `result` or raises
ApiError. Checks come before effects: a refused call changes nothing, so a retrying bot
cannot produce duplicates here that it would not produce in production.
"""

from __future__ import annotations

import asyncio
import copy
import re
import types
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._call import Call
from ._chats import EmulatedChat, photo_sizes
from ._files import guess_mime, looks_like_image
from ._models import (
    BLOCKED,
    BUTTON_DATA_INVALID,
    CAPTION_TOO_LONG,
    CHAT_NOT_FOUND,
    FILE_TOO_BIG,
    KICKED,
    NOT_MODIFIED,
    POLL_CONFLICT,
    QUERY_INVALID,
    TEXT_EMPTY,
    TOO_LONG,
    WEBHOOK_CONFLICT,
    ApiError,
    SentMessage,
    StoredFile,
    bad_request,
    too_many_requests,
)
from ._text import parse_entities, strip_text, utf16_len
from ._updates import WebhookConfig

if TYPE_CHECKING:
    from ._emulator import BotApiEmulator

Json = dict[str, Any]
Handler = Callable[["BotApiEmulator", Call], Any]

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
CALLBACK_DATA_LIMIT = 64
_BUTTON_ACTIONS = (
    "callback_data",
    "url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "web_app",
    "login_url",
    "pay",
    "callback_game",
    "copy_text",
)
_CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
_COMMAND_RE = re.compile(r"^[a-z0-9_]{1,32}$")
_SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_PROFILE_LIMITS = {"name": 64, "description": 512, "short_description": 120}


# -- shared checks --------------------------------------------------------------------------


def _chat(emu: BotApiEmulator, call: Call) -> EmulatedChat:
    """The target chat, or Telegram's 400 for a missing, unknown or deleted one."""
    raw = call.args.get("chat_id")
    if raw is None or raw == "":
        raise bad_request("chat_id is empty")
    chat = emu.find_chat(raw)
    if chat is None or chat.deleted:
        raise ApiError(400, CHAT_NOT_FOUND)
    return chat


def _writable(chat: EmulatedChat) -> None:
    if chat.blocked:
        raise ApiError(403, KICKED if chat.is_group else BLOCKED)


def _flood(emu: BotApiEmulator, chat: EmulatedChat) -> None:
    retry_after = emu.flood.admit(chat.id, chat.is_group)
    if retry_after is not None:
        raise too_many_requests(retry_after)


def _formatted(
    call: Call,
    field: str,
    entities_field: str,
    limit: int,
    too_long: str,
    empty: str | None,
) -> tuple[str, list[Json]]:
    """Render text or caption as Telegram stores it, enforcing emptiness and length."""
    raw = call.get_str(field) or ""
    parse_mode = call.get_str("parse_mode")
    if parse_mode:
        text, entities = parse_entities(raw, parse_mode)
    else:
        text, entities = raw, list(call.get_json(entities_field) or [])
    text, entities = strip_text(text, entities)
    if empty is not None and not text:
        raise ApiError(400, empty)
    if utf16_len(text) > limit:
        raise ApiError(400, too_long)
    return text, entities


def _markup(call: Call) -> Json | None:
    markup = call.get_json("reply_markup")
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    for row in markup.get("inline_keyboard") or []:
        for button in row:
            _check_inline_button(button)
    return markup


def _check_inline_button(button: Any) -> None:
    if not isinstance(button, dict) or not button.get("text"):
        raise bad_request("can't parse inline keyboard button: Text must be non-empty")
    if "callback_data" in button:
        data = button["callback_data"]
        if not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= CALLBACK_DATA_LIMIT:
            raise ApiError(400, BUTTON_DATA_INVALID)
    if "url" in button and not str(button["url"]).startswith(("http://", "https://", "tg://")):
        raise bad_request("BUTTON_URL_INVALID")
    if "web_app" in button:
        _web_app_url(button["web_app"])
    if not any(key in button for key in _BUTTON_ACTIONS):
        raise bad_request("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard")


def _inline_part(markup: Json | None) -> Json | None:
    """Telegram only echoes (and only keeps on the message) an inline keyboard."""
    if markup and markup.get("inline_keyboard"):
        return {"inline_keyboard": markup["inline_keyboard"]}
    return None


def _reply_to(call: Call, chat: EmulatedChat) -> Json | None:
    params = call.get_json("reply_parameters") or {}
    message_id = params.get("message_id") or call.get_int("reply_to_message_id")
    if not message_id:
        return None
    replied = chat.messages.get(int(message_id))
    if replied is None:
        if params.get("allow_sending_without_reply") or call.get_bool("allow_sending_without_reply"):
            return None
        raise bad_request("message to be replied not found")
    return {k: v for k, v in replied.items() if k != "reply_to_message"}


def _deliver(
    emu: BotApiEmulator,
    call: Call,
    chat: EmulatedChat,
    content: Json,
    sent: SentMessage,
) -> Json:
    """Create the message, record it in the chat's transcript, return Telegram's Message."""
    message: Json = {
        "message_id": sent.message_id,
        "from": emu.bot_user(),
        "chat": chat.as_chat(),
        "date": sent.date,
        **{k: v for k, v in content.items() if v not in (None, [], "")},
    }
    reply = _reply_to(call, chat)
    if reply is not None:
        message["reply_to_message"] = reply
    inline = _inline_part(sent.reply_markup)
    if inline is not None:
        message["reply_markup"] = inline
    chat.record_bot_message(message, sent)
    emu.stats.messages_per_chat[chat.id] += 1
    return copy.deepcopy(message)


def _new_sent(emu: BotApiEmulator, chat: EmulatedChat, call: Call, markup: Json | None) -> SentMessage:
    return SentMessage(
        message_id=chat.next_message_id(),
        chat_id=chat.id,
        reply_markup=markup,
        parse_mode=call.get_str("parse_mode"),
        date=emu.now(),
    )


# -- sending --------------------------------------------------------------------------------


def send_message(emu: BotApiEmulator, call: Call) -> Json:
    chat = _chat(emu, call)
    text, entities = _formatted(call, "text", "entities", TEXT_LIMIT, TOO_LONG, TEXT_EMPTY)
    markup = _markup(call)
    _reply_to(call, chat)
    _writable(chat)
    _flood(emu, chat)
    sent = _new_sent(emu, chat, call, markup)
    sent.text, sent.entities = text, entities
    return _deliver(emu, call, chat, {"text": text, "entities": entities}, sent)


@dataclass
class _MediaInput:
    """A file to send: an existing stored file or new bytes not stored yet."""

    existing: StoredFile | None = None
    data: bytes = b""
    file_name: str | None = None
    mime_type: str | None = None

    def store(self, emu: BotApiEmulator, kind: str) -> StoredFile:
        if self.existing is not None:
            return self.existing
        return emu.files.add(self.data, kind, self.file_name, self.mime_type)


def _media_input(emu: BotApiEmulator, call: Call, field: str) -> _MediaInput:
    ref = call.get_str(field)
    upload = call.files.get(field)
    if upload is None and ref and ref.startswith("attach://"):
        upload = call.files.get(ref.removeprefix("attach://"))
    if upload is not None:
        if len(upload.body) > emu.limits.max_upload_bytes:
            raise ApiError(400, FILE_TOO_BIG)
        mime = upload.content_type
        if not mime or mime == "application/octet-stream":
            mime = guess_mime(upload.filename)
        return _MediaInput(data=upload.body, file_name=upload.filename, mime_type=mime)
    if not ref:
        raise bad_request(f"there is no {field} in the request")
    stored = emu.files.get(ref)
    if stored is not None:
        return _MediaInput(existing=stored)
    if ref.startswith(("http://", "https://")):
        name = ref.rsplit("/", 1)[-1] or None
        return _MediaInput(file_name=name, mime_type=guess_mime(name))
    raise bad_request("wrong file identifier/HTTP URL specified")


def _send_media(emu: BotApiEmulator, call: Call, field: str) -> Json:
    chat = _chat(emu, call)
    caption, caption_entities = _formatted(call, "caption", "caption_entities", CAPTION_LIMIT, CAPTION_TOO_LONG, None)
    markup = _markup(call)
    media = _media_input(emu, call, field)
    if field == "photo" and media.existing is None and media.data and not looks_like_image(media.data):
        raise bad_request("IMAGE_PROCESS_FAILED")
    _reply_to(call, chat)
    _writable(chat)
    _flood(emu, chat)
    stored = media.store(emu, field)
    sent = _new_sent(emu, chat, call, markup)
    sent.caption = caption or None
    sent.entities = caption_entities
    content: Json = {"caption": caption, "caption_entities": caption_entities}
    if field == "photo":
        sent.photo, sent.mime_type = stored.data, stored.mime_type
        content["photo"] = photo_sizes(stored)
    else:
        sent.document, sent.document_name, sent.mime_type = (
            stored.data,
            stored.file_name,
            stored.mime_type,
        )
        content["document"] = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_name": stored.file_name,
            "mime_type": stored.mime_type,
            "file_size": stored.file_size,
        }
        content["document"] = {k: v for k, v in content["document"].items() if v is not None}
    return _deliver(emu, call, chat, content, sent)


def send_document(emu: BotApiEmulator, call: Call) -> Json:
    return _send_media(emu, call, "document")


def send_photo(emu: BotApiEmulator, call: Call) -> Json:
    return _send_media(emu, call, "photo")


def send_chat_action(emu: BotApiEmulator, call: Call) -> bool:
    chat = _chat(emu, call)
    action = call.get_str("action") or ""
    if action not in _CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    _writable(chat)
    chat.chat_actions.append(action)
    return True


# -- editing and deleting ---------------------------------------------------------------------


def _editable(emu: BotApiEmulator, call: Call) -> tuple[Json, SentMessage]:
    if call.has("inline_message_id"):
        raise bad_request("MESSAGE_ID_INVALID")
    chat = _chat(emu, call)
    _writable(chat)
    message_id = call.get_int("message_id")
    if message_id is None:
        raise bad_request("message identifier is not specified")
    message = chat.messages.get(message_id)
    sent = chat.sent(message_id)
    if message is None:
        raise bad_request("message to edit not found")
    if sent is None or message.get("from", {}).get("id") != emu.bot_id:
        raise bad_request("message can't be edited")
    return message, sent


def _check_modified(emu: BotApiEmulator, message: Json, changes: Json, markup: Json | None) -> None:
    if not emu.check_not_modified:
        return
    same_content = all(message.get(k) == (v or None) for k, v in changes.items())
    if same_content and message.get("reply_markup") == _inline_part(markup):
        raise ApiError(400, NOT_MODIFIED)


def _apply_edit(emu: BotApiEmulator, message: Json, changes: Json, markup: Json | None) -> Json:
    for key, value in changes.items():
        if value:
            message[key] = value
        else:
            message.pop(key, None)
    inline = _inline_part(markup)
    if inline is None:
        message.pop("reply_markup", None)
    else:
        message["reply_markup"] = inline
    message["edit_date"] = emu.now()
    return copy.deepcopy(message)


def edit_message_text(emu: BotApiEmulator, call: Call) -> Json:
    message, sent = _editable(emu, call)
    text, entities = _formatted(call, "text", "entities", TEXT_LIMIT, TOO_LONG, TEXT_EMPTY)
    markup = _markup(call)
    if "text" not in message:
        raise bad_request("there is no text in the message to edit")
    changes = {"text": text, "entities": entities}
    _check_modified(emu, message, changes, markup)
    sent.history.append(sent.text or "")
    sent.text, sent.entities, sent.reply_markup = text, entities, markup
    sent.parse_mode = call.get_str("parse_mode")
    result = _apply_edit(emu, message, changes, markup)
    sent.edit_date = result["edit_date"]
    return result


def edit_message_caption(emu: BotApiEmulator, call: Call) -> Json:
    message, sent = _editable(emu, call)
    caption, entities = _formatted(call, "caption", "caption_entities", CAPTION_LIMIT, CAPTION_TOO_LONG, None)
    markup = _markup(call)
    if "text" in message:
        raise bad_request("there is no caption in the message to edit")
    changes = {"caption": caption, "caption_entities": entities}
    _check_modified(emu, message, changes, markup)
    sent.history.append(sent.caption or "")
    sent.caption, sent.entities, sent.reply_markup = caption or None, entities, markup
    result = _apply_edit(emu, message, changes, markup)
    sent.edit_date = result["edit_date"]
    return result


def edit_message_reply_markup(emu: BotApiEmulator, call: Call) -> Json:
    message, sent = _editable(emu, call)
    markup = _markup(call)
    _check_modified(emu, message, {}, markup)
    sent.reply_markup = markup
    result = _apply_edit(emu, message, {}, markup)
    sent.edit_date = result["edit_date"]
    return result


def delete_message(emu: BotApiEmulator, call: Call) -> bool:
    chat = _chat(emu, call)
    message_id = call.get_int("message_id")
    if message_id is None or not chat.forget_message(message_id):
        raise bad_request("message to delete not found")
    return True


def answer_callback_query(emu: BotApiEmulator, call: Call) -> bool:
    query_id = call.get_str("callback_query_id") or ""
    user = emu.callback_owner(query_id)
    if user is None or query_id not in user.unanswered_callbacks:
        raise ApiError(400, QUERY_INVALID)
    user.answered_callbacks.append(
        {
            "callback_query_id": query_id,
            "text": call.get_str("text"),
            "show_alert": call.get_bool("show_alert"),
            "url": call.get_str("url"),
            "cache_time": call.get_int("cache_time"),
        }
    )
    return True


# -- files ------------------------------------------------------------------------------------


def get_file(emu: BotApiEmulator, call: Call) -> Json:
    stored = emu.files.get(call.get_str("file_id") or "")
    if stored is None:
        raise bad_request("invalid file_id")
    if stored.file_size > emu.limits.max_download_bytes:
        raise ApiError(400, FILE_TOO_BIG)
    return {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "file_size": stored.file_size,
        "file_path": stored.file_path,
    }


# -- updates and webhooks ---------------------------------------------------------------------


async def get_updates(emu: BotApiEmulator, call: Call) -> list[Json]:
    """Long poll: answer as soon as an update is queued, or with [] after `timeout` seconds."""
    if emu.webhook is not None:
        raise ApiError(409, WEBHOOK_CONFLICT)
    offset = call.get_int("offset")
    limit = min(100, max(1, call.get_int("limit") or 100))
    timeout = max(0.0, call.get_float("timeout") or 0.0)
    emu.updates.confirm(offset)
    generation = emu.begin_poll()
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        if emu.poll_generation != generation:
            raise ApiError(409, POLL_CONFLICT)
        items = emu.updates.peek(limit)
        remaining = deadline - loop.time()
        if items or remaining <= 0 or emu.stopping or emu.webhook is not None:
            return copy.deepcopy(items)
        await emu.updates.wait(remaining)


async def set_webhook(emu: BotApiEmulator, call: Call) -> bool:
    url = call.get_str("url") or ""
    secret = call.get_str("secret_token")
    if url and not url.startswith(("http://", "https://")):
        raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
    if secret and not _SECRET_RE.match(secret):
        raise bad_request("bad webhook: secret token contains unallowed characters")
    if call.get_bool("drop_pending_updates"):
        emu.updates.clear()
    if not url:
        await emu.remove_webhook()
        return True
    allowed = call.get_json("allowed_updates")
    config = WebhookConfig(url, secret, call.get_int("max_connections") or 40, allowed)
    await emu.install_webhook(config)
    return True


async def delete_webhook(emu: BotApiEmulator, call: Call) -> bool:
    if call.get_bool("drop_pending_updates"):
        emu.updates.clear()
    await emu.remove_webhook()
    return True


def get_webhook_info(emu: BotApiEmulator, call: Call) -> Json:
    if emu.webhook is None:
        return {"url": "", "has_custom_certificate": False, "pending_update_count": len(emu.updates)}
    return emu.webhook.info(len(emu.updates))


# -- bot profile ------------------------------------------------------------------------------


def get_me(emu: BotApiEmulator, call: Call) -> Json:
    return {
        **emu.bot_user(),
        "can_join_groups": True,
        "can_read_all_group_messages": False,
        "supports_inline_queries": False,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


_SCOPES = frozenset(
    (
        "default",
        "all_private_chats",
        "all_group_chats",
        "all_chat_administrators",
        "chat",
        "chat_administrators",
        "chat_member",
    )
)


def _commands_key(emu: BotApiEmulator, call: Call) -> tuple[str, str]:
    """(scope type, language); chat-bound scopes carry their ids: "chat:42", "chat_member:42:7".

    As Telegram: a chat-bound scope must name a chat the bot knows ("chat not found"
    otherwise), and a language is a two-letter ISO 639-1 code or nothing."""
    scope = call.get_json("scope") or {"type": "default"}
    if not isinstance(scope, dict) or scope.get("type") not in _SCOPES:
        raise bad_request("can't parse BotCommandScope JSON object")
    key = str(scope["type"])
    if key.startswith("chat"):
        chat = emu.find_chat(scope.get("chat_id", ""))
        if chat is None or chat.deleted:
            raise ApiError(400, CHAT_NOT_FOUND)
        key += f":{chat.id}"
        if key.startswith("chat_member"):
            key += f":{scope.get('user_id')}"
    language = call.get_str("language_code") or ""
    if language and not (len(language) == 2 and language.isalpha() and language.islower()):
        raise bad_request("language code is invalid")
    return key, language


def set_my_commands(emu: BotApiEmulator, call: Call) -> bool:
    commands = call.get_json("commands")
    if not isinstance(commands, list):
        raise bad_request("can't parse commands JSON object")
    if len(commands) > 100:
        raise bad_request("BOT_COMMANDS_TOO_MUCH")
    for command in commands:
        if not isinstance(command, dict) or not _COMMAND_RE.match(str(command.get("command", ""))):
            raise bad_request("BOT_COMMAND_INVALID")
        if not 1 <= len(str(command.get("description", "")).strip()) <= 256:
            raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
    key = _commands_key(emu, call)
    if commands:
        emu.commands[key] = [{"command": c["command"], "description": c["description"]} for c in commands]
    else:
        emu.commands.pop(key, None)
    return True


def get_my_commands(emu: BotApiEmulator, call: Call) -> list[Json]:
    return copy.deepcopy(emu.commands.get(_commands_key(emu, call), []))


def delete_my_commands(emu: BotApiEmulator, call: Call) -> bool:
    emu.commands.pop(_commands_key(emu, call), None)
    return True


def _profile_setter(field: str) -> Handler:
    def setter(emu: BotApiEmulator, call: Call) -> bool:
        value = call.get_str(field) or ""
        if len(value) > _PROFILE_LIMITS[field]:
            raise bad_request(f"{field} is too long")
        key = (field, call.get_str("language_code") or "")
        if value:
            emu.bot_profile[key] = value
        else:
            emu.bot_profile.pop(key, None)
        return True

    return setter


def _profile_getter(field: str) -> Handler:
    def getter(emu: BotApiEmulator, call: Call) -> Json:
        language = call.get_str("language_code") or ""
        value = emu.bot_profile.get((field, language)) or emu.bot_profile.get((field, ""))
        if value is None:
            value = emu.bot_first_name if field == "name" else ""
        return {field: value}

    return getter


# -- chats ------------------------------------------------------------------------------------


def get_chat(emu: BotApiEmulator, call: Call) -> Json:
    chat = _chat(emu, call)
    return {
        **chat.as_chat(),
        "accent_color_id": 0,
        "max_reaction_count": 11,
        "accepted_gift_types": {
            "unlimited_gifts": False,
            "limited_gifts": False,
            "unique_gifts": False,
            "premium_subscription": False,
            "gifts_from_channels": False,
        },
    }


def _member(emu: BotApiEmulator, chat: EmulatedChat, user_id: int) -> Json:
    if user_id == emu.bot_id:
        user, status = emu.bot_user(), "administrator" if chat.is_group else "member"
    else:
        known = emu.users.get(user_id)
        if known is None:
            raise bad_request("user not found")
        user = known.as_user()
        default = "member" if chat.is_group or user_id == chat.id else "left"
        status = chat.member_status.get(user_id, default)
    member: Json = {"user": user, "status": status}
    if status == "creator":
        member["is_anonymous"] = False
    elif status == "administrator":
        member.update(
            dict.fromkeys(
                (
                    "can_manage_chat",
                    "can_delete_messages",
                    "can_manage_video_chats",
                    "can_restrict_members",
                    "can_invite_users",
                    "can_pin_messages",
                ),
                True,
            ),
            can_be_edited=False,
            is_anonymous=False,
            can_promote_members=False,
            can_change_info=False,
            can_post_stories=False,
            can_edit_stories=False,
            can_delete_stories=False,
        )
    elif status == "kicked":
        member["until_date"] = 0
    return member


def get_chat_member(emu: BotApiEmulator, call: Call) -> Json:
    chat = _chat(emu, call)
    user_id = call.get_int("user_id")
    if user_id is None:
        raise bad_request("user_id is empty")
    return _member(emu, chat, user_id)


def get_chat_administrators(emu: BotApiEmulator, call: Call) -> list[Json]:
    chat = _chat(emu, call)
    if not chat.is_group:
        raise bad_request("there are no administrators in the private chat")
    admins = [uid for uid, status in chat.member_status.items() if status in ("creator", "administrator")]
    return [_member(emu, chat, uid) for uid in admins]


def _web_app_url(info: object) -> None:
    """Telegram opens only https Mini Apps (a web_app button or menu button)."""
    url = info.get("url") if isinstance(info, dict) else None
    if not isinstance(url, str) or not url.startswith("https://"):
        raise bad_request("inline keyboard button Web App URL is invalid: Only HTTPS links are allowed")


def set_chat_menu_button(emu: BotApiEmulator, call: Call) -> bool:
    chat_id = _chat(emu, call).id if call.has("chat_id") else None
    button = call.get_json("menu_button") or {"type": "default"}
    if button.get("type") == "web_app":
        if not button.get("text"):
            raise bad_request("menu button text is empty")
        _web_app_url(button.get("web_app"))
    emu.menu_buttons[chat_id] = button
    return True


def get_chat_menu_button(emu: BotApiEmulator, call: Call) -> Json:
    chat_id = _chat(emu, call).id if call.has("chat_id") else None
    return copy.deepcopy(emu.menu_buttons.get(chat_id) or emu.menu_buttons.get(None) or {"type": "default"})


def true(emu: BotApiEmulator, call: Call) -> bool:
    """close and logOut: nothing to release in an emulator."""
    return True


def _table(*handlers: tuple[str, Handler]) -> Mapping[str, tuple[str, Handler]]:
    """Method names are case-insensitive in the Bot API: index them by lower case."""
    return types.MappingProxyType({name.lower(): (name, fn) for name, fn in handlers})


METHODS: Mapping[str, tuple[str, Handler]] = _table(
    ("getMe", get_me),
    ("getUpdates", get_updates),
    ("setWebhook", set_webhook),
    ("deleteWebhook", delete_webhook),
    ("getWebhookInfo", get_webhook_info),
    ("sendMessage", send_message),
    ("sendDocument", send_document),
    ("sendPhoto", send_photo),
    ("sendChatAction", send_chat_action),
    ("editMessageText", edit_message_text),
    ("editMessageCaption", edit_message_caption),
    ("editMessageReplyMarkup", edit_message_reply_markup),
    ("deleteMessage", delete_message),
    ("answerCallbackQuery", answer_callback_query),
    ("getFile", get_file),
    ("setMyCommands", set_my_commands),
    ("getMyCommands", get_my_commands),
    ("deleteMyCommands", delete_my_commands),
    ("setMyName", _profile_setter("name")),
    ("getMyName", _profile_getter("name")),
    ("setMyDescription", _profile_setter("description")),
    ("getMyDescription", _profile_getter("description")),
    ("setMyShortDescription", _profile_setter("short_description")),
    ("getMyShortDescription", _profile_getter("short_description")),
    ("getChat", get_chat),
    ("getChatMember", get_chat_member),
    ("getChatAdministrators", get_chat_administrators),
    ("setChatMenuButton", set_chat_menu_button),
    ("getChatMenuButton", get_chat_menu_button),
    ("close", true),
    ("logOut", true),
)


async def invoke(handler: Handler, emu: BotApiEmulator, call: Call) -> Any:
    """Run a handler that may or may not be a coroutine function."""
    result = handler(emu, call)
    if isinstance(result, Awaitable):
        return await result
    return result
