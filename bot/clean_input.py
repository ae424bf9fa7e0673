"""Every incoming text cleaned of invisible characters before any handler parses it.

A text pasted from a right-to-left message may carry bidi marks or isolates (`/verify
⁨CW-2013-0004⁩`), a zero-width space, a BOM or a soft hyphen. Before the handlers see the
update:

- a message's text loses the format characters (Unicode Cf, prompts/bidi.py) at both ends;
- a command (a text starting with "/" once so trimmed) loses them everywhere, arguments
  included, so that `/verify` and `/invite` parse what the person meant;
- the entities are moved to the cleaned text, and a command at the start gets its
  bot_command entity at offset 0 whatever the client decided (a leading mark can make a client
  put it at offset 1, or none at all), since the command handlers look for it there.

Free text stored as written (a comment) keeps the characters inside it. Handlers that parse a
reference, an e-mail address or a State's name clean their own input as well (storage and
prompts modules), so nothing depends on this step alone.
"""

from __future__ import annotations

import re

from telegram import Message, MessageEntity, Update

from prompts.bidi import strip_invisible

_COMMAND = re.compile(r"/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?")


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _offsets(old: str, kept: list[bool]) -> list[int]:
    """UTF-16 offset in the old text -> offset in the new one (for every boundary)."""
    mapping: list[int] = []
    new = 0
    for char, keep in zip(old, kept, strict=True):
        width = _utf16(char)
        for _ in range(width):
            mapping.append(new)
        if keep:
            new += width
    mapping.append(new)
    return mapping


def _invisible(char: str) -> bool:
    return strip_invisible(char) == ""


def cleaned(text: str) -> tuple[str, list[bool]]:
    """The cleaned text and, for each character of `text`, whether it was kept. Whitespace is
    left alone (Telegram strips a message's own)."""
    kept = [True] * len(text)
    start, end = 0, len(text)
    while start < end and (text[start].isspace() or _invisible(text[start])):
        kept[start] = not _invisible(text[start])
        start += 1
    while end > start and (text[end - 1].isspace() or _invisible(text[end - 1])):
        kept[end - 1] = not _invisible(text[end - 1])
        end -= 1
    if text[start:end].startswith("/"):
        for index in range(start, end):
            if _invisible(text[index]):
                kept[index] = False
    return "".join(c for c, keep in zip(text, kept, strict=True) if keep), kept


def _clean_message(message: Message) -> None:
    text = message.text
    if not text:
        return
    new, kept = cleaned(text)
    command = _COMMAND.match(new)
    has_command_entity = any(e.type == MessageEntity.BOT_COMMAND and e.offset == 0 for e in message.entities)
    if new == text and (command is None or has_command_entity):
        return
    mapping = _offsets(text, kept)
    entities = []
    for entity in message.entities:
        start = mapping[min(entity.offset, len(mapping) - 1)]
        end = mapping[min(entity.offset + entity.length, len(mapping) - 1)]
        if end > start:
            entities.append(
                MessageEntity(
                    entity.type,
                    start,
                    end - start,
                    url=entity.url,
                    user=entity.user,
                    language=entity.language,
                    custom_emoji_id=entity.custom_emoji_id,
                )
            )
    if command is not None and not any(e.type == MessageEntity.BOT_COMMAND and e.offset == 0 for e in entities):
        entities.insert(0, MessageEntity(MessageEntity.BOT_COMMAND, 0, _utf16(command.group())))
    entities.sort(key=lambda e: e.offset)
    with message._unfrozen():  # PTB's own way to amend a received object before it is handled
        message.text = new
        message.entities = tuple(entities)


def clean_update(update: object) -> None:
    """Clean the texts of an incoming update in place (see the module's docstring)."""
    if not isinstance(update, Update):
        return
    for message in (update.message, update.edited_message):
        if message is not None:
            _clean_message(message)
