"""What the sandbox shows: every bot message to every persona, new or edited, as it arrives.

The emulator keeps each chat's messages as the user sees them (an edit changes a message in
place). The screen compares each message with what it last showed: a new message, a changed
text or a changed keyboard is printed again, marked with its recipient when that is not the
persona being typed as, so nothing the bot does is invisible. Files the bot sends are saved
under the sandbox's folder, one folder per persona.

Button numbers belong to a persona: after the persona's own action (a message, a press) the
next buttons shown count from 1 again; every button shown since keeps its own number, and a
message shown again after an edit gets new numbers (its old ones stop working).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from emulator import EmulatedUser, SentMessage, utf16_len

# Telegram's limit for one text message, in UTF-16 code units (what its apps count).
TELEGRAM_TEXT_LIMIT = 4096
_SAFE_NAME = re.compile(r"[^\w.\-]+")


class Output(Protocol):
    def write_above(self, text: str) -> None: ...


@dataclass
class Button:
    message_id: int
    row: int
    column: int
    label: str


@dataclass
class Keys:
    """A persona's button numbers."""

    numbers: dict[int, Button] = field(default_factory=dict)
    next_number: int = 1
    fresh: bool = True

    def acted(self) -> None:
        """The persona did something: the next buttons shown are numbered from 1 again."""
        self.fresh = True

    def assign(self, message: SentMessage) -> list[list[tuple[int, str]]]:
        if self.fresh:
            self.numbers.clear()
            self.next_number = 1
            self.fresh = False
        for number in [n for n, b in self.numbers.items() if b.message_id == message.message_id]:
            del self.numbers[number]
        rows = []
        for r, row in enumerate(message.buttons):
            numbered = []
            for c, label in enumerate(row):
                self.numbers[self.next_number] = Button(message.message_id, r, c, label)
                numbered.append((self.next_number, label))
                self.next_number += 1
            rows.append(numbered)
        return rows


@dataclass
class Persona:
    name: str
    user: EmulatedUser
    keys: Keys = field(default_factory=Keys)
    link_token: str | None = None


def _signature(message: SentMessage) -> tuple[Any, ...]:
    markup = json.dumps(message.reply_markup, sort_keys=True) if message.reply_markup else ""
    return message.text, message.caption, markup, message.deleted


def button_at(message: SentMessage, button: Button) -> dict[str, Any] | None:
    """The button still at that place with that label, if the message still shows it."""
    if message.deleted:
        return None
    rows = (message.reply_markup or {}).get("inline_keyboard") or []
    if button.row >= len(rows) or button.column >= len(rows[button.row]):
        return None
    found = rows[button.row][button.column]
    return found if isinstance(found, dict) and found.get("text") == button.label else None


class Screen:
    """Prints what the bot sent; `scan()` is cheap and runs every few milliseconds."""

    def __init__(self, output: Output, t: Callable[..., str], files_dir: Path) -> None:
        self.output = output
        self.t = t
        self.files_dir = files_dir
        self.current = ""
        self.shown: list[str] = []  # every text shown, oldest first (for :expect)
        self.expect_from = 0
        self._found: set[int] = set()
        self._seen: dict[tuple[int, int], tuple[Any, ...]] = {}
        self._saved: dict[tuple[int, int], Path] = {}

    def note(self, key: str, **args: Any) -> None:
        self.output.write_above(self.t(key, **args) + "\n")

    def scan(self, personas: dict[str, Persona]) -> None:
        for persona in personas.values():
            for message in persona.user.transcript:
                key = (persona.user.id, message.message_id)
                signature = _signature(message)
                before = self._seen.get(key)
                if before == signature:
                    continue
                self._seen[key] = signature
                if message.deleted:
                    if before is not None:
                        self.output.write_above(self._label(persona, "sandbox-label-deleted") + "\n")
                    continue
                self.show(persona, message, edited=before is not None)

    def show(self, persona: Persona, message: SentMessage, *, edited: bool = False) -> None:
        """Print one message (its buttons numbered for its persona)."""
        body = message.content
        saved = self._save(persona, message)
        if saved is not None:
            size = len(message.document if message.document is not None else message.photo or b"")
            key = "sandbox-file-saved" if message.document is not None else "sandbox-image-saved"
            notice = self.t(key, name=message.document_name or saved.name, size=size, path=str(saved))
            body = f"{notice}\n{body}" if body else notice
        header = self._label(persona, "sandbox-label-edited" if edited else "sandbox-label")
        lines = [f"\n{header} {body}"]
        for row in persona.keys.assign(message) if message.buttons else []:
            lines.append("     " + "   ".join(f"[{number}] {label}" for number, label in row))
        self.shown.append(body)
        self.output.write_above("\n".join(lines) + "\n")

    def _label(self, persona: Persona, key: str) -> str:
        mine = persona.name == self.current
        return self.t(key, persona=persona.name, own="yes" if mine else "no")

    def _save(self, persona: Persona, message: SentMessage) -> Path | None:
        data = message.document if message.document is not None else message.photo
        if data is None:
            return None
        key = (persona.user.id, message.message_id)
        if key not in self._saved:
            name = message.document_name or ("image.png" if message.photo is not None else "file")
            name = _SAFE_NAME.sub("_", Path(name).name).strip("._") or "file"
            folder = self.files_dir / _SAFE_NAME.sub("_", persona.name)
            folder.mkdir(parents=True, exist_ok=True)
            path = (folder / f"{message.message_id:04d}-{name}").absolute()
            path.write_bytes(data)
            self._saved[key] = path
        return self._saved[key]

    def acted(self) -> None:
        """Someone acted: what :expect looks for is what is shown from now on."""
        self.expect_from = len(self.shown)

    def find(self, text: str) -> bool:
        """Was a text containing `text` shown since the last action, and not found already by
        another :expect? (Two expectations of the same text need two such messages.)"""
        for index in range(self.expect_from, len(self.shown)):
            if index not in self._found and text in self.shown[index]:
                self._found.add(index)
                return True
        return False


def client_parts(text: str, limit: int = TELEGRAM_TEXT_LIMIT) -> list[str]:
    """A text as a Telegram app sends it: pieces of at most `limit` UTF-16 units, each cut at
    the last line break or space that fits (anywhere, in a text without spaces), and trimmed
    at both ends as Telegram trims every message."""
    parts: list[str] = []
    rest = text.strip()
    while utf16_len(rest) > limit:
        fits = 0
        used = 0
        for char in rest:
            used += utf16_len(char)
            if used > limit:
                break
            fits += 1
        window = rest[:fits]
        cut = max(window.rfind(" "), window.rfind("\n"))
        end = cut if cut > 0 else fits
        parts.append(rest[:end].rstrip())
        rest = rest[end:].lstrip()
    if rest:
        parts.append(rest)
    return parts
