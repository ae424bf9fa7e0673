"""A long text in pieces that Telegram accepts (its limit counted as Telegram counts it)."""

from __future__ import annotations

from telegram.constants import MessageLimit


def utf16_length(text: str) -> int:
    """Telegram's length of a text: UTF-16 code units (an emoji or a rare CJK character is two)."""
    return len(text.encode("utf-16-le")) // 2


def _fitting(text: str, limit: int) -> int:
    """How many characters of `text` fit in `limit` UTF-16 code units."""
    units = 0
    for index, char in enumerate(text):
        units += 2 if ord(char) > 0xFFFF else 1
        if units > limit:
            return index
    return len(text)


def chunks(text: str, limit: int = MessageLimit.MAX_TEXT_LENGTH) -> list[str]:
    """Split a long text on paragraph or line boundaries, each piece within Telegram's limit
    (counted as Telegram counts, in UTF-16 code units). Telegram refuses a message that is
    only white space, so such a piece between two others is left out."""
    pieces: list[str] = []
    while utf16_length(text) > limit:
        end = _fitting(text, limit)
        cut = text.rfind("\n", 0, end)
        if cut < end // 2:
            cut = text.rfind(" ", 0, end)
        if cut < end // 2:
            cut = end
        pieces.append(text[:cut])
        text = text[cut:].lstrip("\n")
    pieces.append(text)
    kept = [piece for piece in pieces if piece.strip()]
    return kept or pieces[:1]


def fits(text: str, limit: int = MessageLimit.MAX_TEXT_LENGTH) -> bool:
    """Whether `text` goes in one message."""
    return utf16_length(text) <= limit
