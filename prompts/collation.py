"""Alphabetical order for a reader, in the reader's language, by ICU's collation.

ICU implements the Unicode Collation Algorithm with CLDR's tailoring for each language, so that
French puts "Côte d'Ivoire" after "Costa Rica", Spanish files "Chequia" among the C's (modern
Spanish has no separate CH letter), Russian sorts Cyrillic before Latin, and "Tuvalu" comes
after "Türkiye" in every language. Chinese uses ICU's default Chinese order, by Hanyu Pinyin
(阿尔巴尼亚, 阿尔及利亚, 阿富汗, 阿根廷…), as the United Nations' Chinese lists of Member
States are ordered; the stroke-count order is the other common Chinese order, used in some
national documents but not in the UN's (see the README).

The sort keys are bytes: compare them with each other (sorted(key=...)) or hand them to SQLite,
which orders BLOBs by memcmp, as the ICU keys are designed to be compared.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import TypeVar

import icu

from prompts.consultation import LANGUAGES

T = TypeVar("T")
# ICU locale per UN language; "zh" is Simplified Chinese in pinyin order (ICU's default).
_ICU_LOCALE = {"ar": "ar", "zh": "zh", "en": "en", "fr": "fr", "ru": "ru", "es": "es"}
_local = threading.local()


def _collator(language: str) -> icu.Collator:
    # ICU collators are not to be shared between threads; the exports sort in worker threads.
    collators: dict[str, icu.Collator] | None = getattr(_local, "collators", None)
    if collators is None:
        collators = _local.collators = {}
    collator = collators.get(language)
    if collator is None:
        locale = _ICU_LOCALE.get(language if language in LANGUAGES else "en", "en")
        collator = collators[language] = icu.Collator.createInstance(icu.Locale(locale))
    return collator


def sort_key(language: str) -> Callable[[str], bytes]:
    """A key function for sorted(): the text's ICU sort key in this language (safe to call
    from any thread: each thread uses its own collator)."""

    def key(text: str) -> bytes:
        return bytes(_collator(language).getSortKey(text or ""))

    return key


def sorted_for(language: str, items: Iterable[T], key: Callable[[T], str] | None = None) -> list[T]:
    """`items` in the reader's alphabetical order (by `key(item)`, or the items themselves)."""
    collate = sort_key(language)
    if key is None:
        return sorted(items, key=lambda item: collate(str(item)))
    return sorted(items, key=lambda item: collate(key(item)))
