"""The language a comment is written in: one of the six UN languages, or "und".

langdetect as shipped knows 55 languages and is random: short Chinese comes back as Korean,
"Merci beaucoup !" as English, Spanish as Portuguese. Here the detector is built from
langdetect's own profiles for the six UN languages only (Chinese has two: zh-cn and zh-tw,
both reported as "zh") and seeded, so the same text always gets the same answer. A text
with too few letters to judge is "und" (undetermined).

A service: bot/ creates one `Detector` per Application (`deps.detector`) and starts loading it
at start-up. Loading the profiles reads and parses JSON files; it is done once, in a worker
thread, never on the event loop (`Detector.preload`; `Detector.detect` waits for it if it is
still running).
"""

from __future__ import annotations

import asyncio
import unicodedata
from importlib import resources
from typing import NamedTuple

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


class Detector:
    """The one loading of the profiles for this bot, shared by every caller."""

    def __init__(self) -> None:
        self._loading: asyncio.Future[LanguageDetector] | None = None

    def preload(self) -> None:
        """Start loading the profiles in a worker thread; returns at once."""
        self._future()

    def _future(self) -> asyncio.Future[LanguageDetector]:
        if self._loading is None:
            self._loading = asyncio.ensure_future(asyncio.to_thread(LanguageDetector.load))
        return self._loading

    async def loaded(self) -> LanguageDetector:
        return await self._future()

    async def detect(self, text: str) -> Detection:
        """Detect off the event loop (a 20,000-character comment takes a noticeable moment)."""
        loaded = await self.loaded()
        return await asyncio.to_thread(loaded.detect, text)
