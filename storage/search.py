"""Folding text for the review screen's free-text search: case- and accent-insensitive in
every script.

`fold` is Unicode's full case folding after removing every combining mark of the canonical
decomposition: "Élection", "ÉLECTION" and "election" fold alike, as do "Ёлка" and "елка",
"Año" and "ano", "ΑΘΉΝΑ" and "αθηνα"; Chinese is unchanged, Arabic loses only its optional
vowel marks (harakat), so a search typed without them still matches.
The folded text of each version (its comment and proposed text) is kept in
`submission_versions.search_text`, written by triggers (migration 0013) that call `fold`
registered on every connection under the name SEARCH_FOLD (see `register`): a search is then
one `instr` on that column, as fast as the plain substring search it replaces.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from typing import Any

SEARCH_FOLD = "search_fold"


def fold(text: str | None) -> str | None:
    if text is None:
        return None
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped.casefold())


def register(conn: sqlite3.Connection) -> None:
    """Make `fold` callable from SQL on a raw sqlite3 connection (one that writes versions)."""
    conn.create_function(SEARCH_FOLD, 1, fold, deterministic=True)


async def register_async(conn: Any) -> None:
    """The same on an aiosqlite connection."""
    await conn.create_function(SEARCH_FOLD, 1, fold, deterministic=True)
