"""Plain data shared by the emulator's modules: limits, faults, records and API errors."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Literal

MB = 1024 * 1024

FaultKind = Literal["429", "500", "502", "timeout", "drop"]
FAULT_KINDS: tuple[str, ...] = ("429", "500", "502", "timeout", "drop")

# Telegram's own wording, so that tests written against the emulator match production logs.
CHAT_NOT_FOUND = "Bad Request: chat not found"
BLOCKED = "Forbidden: bot was blocked by the user"
KICKED = "Forbidden: bot was kicked from the group chat"
TOO_LONG = "Bad Request: message is too long"
CAPTION_TOO_LONG = "Bad Request: message caption is too long"
TEXT_EMPTY = "Bad Request: message text is empty"
BUTTON_DATA_INVALID = "Bad Request: BUTTON_DATA_INVALID"
FILE_TOO_BIG = "Bad Request: file is too big"
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a content and reply markup of the current message"
)
QUERY_INVALID = "Bad Request: query is too old and response timeout expired or query ID is invalid"
WEBHOOK_CONFLICT = (
    "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"
)
POLL_CONFLICT = "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"


class ApiError(Exception):
    """A Bot API error answer; the HTTP status is what PTB turns into an exception class."""

    def __init__(self, code: int, description: str, parameters: dict[str, Any] | None = None):
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters

    def body(self) -> dict[str, Any]:
        """The JSON body Telegram sends with this error."""
        out: dict[str, Any] = {"ok": False, "error_code": self.code, "description": self.description}
        if self.parameters:
            out["parameters"] = self.parameters
        return out


def bad_request(detail: str) -> ApiError:
    """A 400 error; `detail` is what follows Telegram's "Bad Request: " prefix."""
    return ApiError(400, f"Bad Request: {detail}")


def too_many_requests(retry_after: int) -> ApiError:
    """A 429 error carrying `parameters.retry_after`, which PTB raises as RetryAfter."""
    return ApiError(
        429,
        f"Too Many Requests: retry after {retry_after}",
        {"retry_after": retry_after},
    )


@dataclass
class Limits:
    """Telegram's flood and size limits; mutable so a test can tighten or relax them live.

    The defaults are Telegram's: about 30 messages a second overall, 1 a second per chat (with a
    short burst tolerated), 20 a minute per group, 50 MB uploads and 20 MB downloads.
    """

    global_per_second: float = 30.0
    per_chat_per_second: float = 1.0
    per_chat_burst: int = 5
    enabled: bool = True
    per_group_per_minute: float = 20.0
    max_upload_bytes: int = 50 * MB
    max_download_bytes: int = 20 * MB


@dataclass
class Fault:
    """A deterministic failure for the next `count` calls of `method` (any but getUpdates if None)."""

    kind: FaultKind
    method: str | None = None
    count: int = 1

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; expected one of {FAULT_KINDS}")
        if self.count < 1:
            raise ValueError("a fault needs count >= 1")


def _keyboard(markup: dict[str, Any] | None, key: str) -> list[list[dict[str, Any]]]:
    """The rows of a reply markup under `key` ("inline_keyboard" or "keyboard")."""
    if not markup:
        return []
    rows = markup.get(key) or []
    return [[b if isinstance(b, dict) else {"text": str(b)} for b in row] for row in rows]


@dataclass
class SentMessage:
    """What a user sees of one bot message; edits update it in place and keep `history`.

    `text` and `caption` are the rendered strings (markup of `parse_mode` removed, entities in
    `entities`), because that is what reaches the user's screen.
    """

    message_id: int
    chat_id: int
    text: str | None = None
    caption: str | None = None
    reply_markup: dict[str, Any] | None = None
    document: bytes | None = None
    document_name: str | None = None
    photo: bytes | None = None
    parse_mode: str | None = None
    date: int = 0
    history: list[str] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    mime_type: str | None = None
    edit_date: int | None = None
    deleted: bool = False

    @property
    def buttons(self) -> list[list[str]]:
        """Inline keyboard button texts, row by row."""
        return [[b.get("text", "") for b in row] for row in _keyboard(self.reply_markup, "inline_keyboard")]

    @property
    def button_data(self) -> list[list[str]]:
        """Inline keyboard callback data (or URL for link buttons), row by row."""
        return [
            [b.get("callback_data") or b.get("url") or "" for b in row]
            for row in _keyboard(self.reply_markup, "inline_keyboard")
        ]

    @property
    def keyboard(self) -> list[list[str]]:
        """Reply-keyboard (not inline) button texts, row by row."""
        return [[b.get("text", "") for b in row] for row in _keyboard(self.reply_markup, "keyboard")]

    @property
    def content(self) -> str:
        """Text or caption, whichever the message has: handy in assertions."""
        return self.text if self.text is not None else (self.caption or "")


@dataclass
class EmulatorStats:
    """Counters for benchmarks and assertions."""

    calls: Counter[str] = field(default_factory=Counter)
    too_many_requests: int = 0
    faults_injected: int = 0
    messages_per_chat: Counter[int] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    downloads: int = 0

    @property
    def messages_sent(self) -> int:
        """Messages the bot sent, all chats together."""
        return sum(self.messages_per_chat.values())


@dataclass
class Upload:
    """One file part of a multipart request."""

    filename: str
    body: bytes
    content_type: str


@dataclass
class StoredFile:
    """A file the emulator can hand out through getFile and the file URL."""

    file_id: str
    file_unique_id: str
    file_path: str
    data: bytes
    file_name: str | None = None
    mime_type: str | None = None

    @property
    def file_size(self) -> int:
        return len(self.data)


def dumps(value: Any) -> str:
    """JSON as Telegram writes it (UTF-8, compact)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
