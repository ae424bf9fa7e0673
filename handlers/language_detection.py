"""The language a comment is written in: one of the six UN languages, or "und".

langdetect as shipped knows 55 languages and is random: short Chinese comes back as Korean,
"Merci beaucoup !" as English, Spanish as Portuguese. Here the detector is built from
langdetect's own profiles for the six UN languages only (Chinese has two: zh-cn and zh-tw,
both reported as "zh") and seeded, so the same text always gets the same answer. A text
with too few letters to judge is "und" (undetermined).

No telegram imports: handlers call `await detect_language(services, text)`. Loading the
profiles reads and parses JSON files; it is done once, in a worker thread, never on the
event loop (`preload` at start-up; `detect_language` waits for it if it is still running).
"""

from __future__ import annotations

import asyncio
import unicodedata
from importlib import resources
from typing import Any, NamedTuple

from langdetect.detector_factory import DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

UNDETERMINED = "und"
# langdetect profile name -> our language code.
PROFILES: dict[str, str] = {
    "ar": "ar",
    "zh-cn": "zh",
    "zh-tw": "zh",
    "en": "en",
    "fr": "fr",
    "ru": "ru",
    "es": "es",
}
# Below this many letters (a Chinese, Japanese or Korean character counts as three) a text
# is too short to judge: "OK", "Merci", "同意" are undetermined rather than guessed.
MIN_LETTER_WEIGHT = 9
SERVICE_KEY = "language_detector"


class Detection(NamedTuple):
    language: str
    probability: float


class LanguageDetector:
    """A seeded langdetect factory holding the six UN languages' profiles only."""

    def __init__(self, factory: DetectorFactory) -> None:
        self._factory = factory

    @classmethod
    def load(cls) -> LanguageDetector:
        """Blocking (file reads, JSON parsing): call from a worker thread."""
        factory = DetectorFactory()
        factory.seed = 0  # deterministic: langdetect samples n-grams at random otherwise
        profiles = resources.files("langdetect").joinpath("profiles")
        factory.load_json_profile([profiles.joinpath(name).read_text("utf-8") for name in PROFILES])
        return cls(factory)

    def detect(self, text: str) -> Detection:
        """The language of `text` and langdetect's probability for it (0 for "und")."""
        if letter_weight(text) < MIN_LETTER_WEIGHT:
            return Detection(UNDETERMINED, 0.0)
        detector = self._factory.create()
        detector.append(text)
        try:
            candidates = detector.get_probabilities()
        except LangDetectException:  # no usable features (digits, symbols, emoji only)
            return Detection(UNDETERMINED, 0.0)
        totals: dict[str, float] = {}
        for candidate in candidates:
            code = PROFILES.get(candidate.lang)
            if code is not None:
                totals[code] = totals.get(code, 0.0) + candidate.prob
        if not totals:
            return Detection(UNDETERMINED, 0.0)
        language, probability = max(totals.items(), key=lambda item: item[1])
        return Detection(language, min(1.0, probability))


def letter_weight(text: str) -> int:
    weight = 0
    for char in text:
        if char.isalpha():
            weight += 3 if _is_cjk(char) else 1
    return weight


def _is_cjk(char: str) -> bool:
    name = unicodedata.name(char, "")
    return name.startswith(("CJK ", "HIRAGANA", "KATAKANA", "HANGUL"))


def _slot(services: dict[str, Any]) -> asyncio.Future[LanguageDetector]:
    """The one loading of the profiles for this bot (a future shared by every caller)."""
    slot = services.get(SERVICE_KEY)
    if slot is None:
        slot = asyncio.ensure_future(asyncio.to_thread(LanguageDetector.load))
        services[SERVICE_KEY] = slot
    return slot


def preload(services: dict[str, Any]) -> None:
    """Start loading the profiles in a worker thread; returns at once."""
    _slot(services)


async def detector(services: dict[str, Any]) -> LanguageDetector:
    return await _slot(services)


async def detect_language(services: dict[str, Any], text: str) -> Detection:
    """Detect off the event loop (a 20,000-character comment takes a noticeable moment)."""
    loaded = await detector(services)
    return await asyncio.to_thread(loaded.detect, text)
