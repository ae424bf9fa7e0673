"""Message catalogs: one Fluent bundle per UN language, loaded once at start-up.

Why Fluent: its selectors use CLDR plural rules, so Russian (one/few/many) and Arabic
(zero/one/two/few/many) plurals are written by translators in the catalog, not in code.
Bidirectional text: in Arabic, every placeable (a name, a date) is wrapped in Unicode isolates
(FSI…PDI) so that left-to-right values keep their order inside right-to-left sentences; what a
person may copy (a command, a reference such as CW-2013-0042, an e-mail address, a link) gets
left-to-right marks beside it instead, never inside it (prompts/bidi.py). Other languages get
no invisible characters.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from babel import Locale
from babel.lists import format_list
from babel.numbers import format_decimal
from fluent.runtime import FluentBundle, FluentResource
from fluent.runtime.types import fluent_number
from fluent.syntax import FluentParser, ast

from prompts import dates
from prompts.bidi import copy_safe
from prompts.consultation import LANGUAGES

LOCALES_DIR = Path(__file__).with_name("locales")
LANGUAGE_NAMES = {
    # Each language named in itself: the language menu is read before a language is chosen.
    # Everywhere else a language is named in the reader's language: `Catalog.language_name`.
    "ar": "العربية",
    "zh": "中文",
    "en": "English",
    "fr": "Français",
    "ru": "Русский",
    "es": "Español",
}
_BABEL_LOCALE = dates.BABEL_LOCALE
_RTL = {"ar"}

logger = logging.getLogger(__name__)


class CatalogError(Exception):
    """A catalog file does not parse."""


class Catalog:
    """All six bundles. `t(lang, key, **args)` renders a message; unknown languages fall back
    to English, and a key missing in one language (the parity test forbids it) falls back to
    English with an error in the log rather than failing in front of a user."""

    def __init__(self, bundles: dict[str, FluentBundle], keys: dict[str, set[str]]) -> None:
        self._bundles = bundles
        self.keys = keys

    @classmethod
    def load(cls, directory: Path = LOCALES_DIR) -> Catalog:
        bundles: dict[str, FluentBundle] = {}
        keys: dict[str, set[str]] = {}
        parser = FluentParser()
        for language in LANGUAGES:
            bundle = FluentBundle([_BABEL_LOCALE[language]], use_isolating=language in _RTL)
            keys[language] = set()
            for path in sorted((directory / language).glob("*.ftl")):
                text = path.read_text(encoding="utf-8")
                for entry in parser.parse(text).body:
                    if isinstance(entry, ast.Junk):
                        raise CatalogError(f"{path}: cannot parse {entry.content[:60]!r}")
                    if isinstance(entry, ast.Message):
                        keys[language].add(entry.id.name)
                bundle.add_resource(FluentResource(text))
            bundles[language] = bundle
        return cls(bundles, keys)

    @staticmethod
    def language(code: str | None) -> str:
        """One of the six languages for a Telegram language_code ("fr-CA" -> "fr")."""
        if not code:
            return "en"
        base = code.split("-")[0].split("_")[0].lower()
        return base if base in LANGUAGES else "en"

    def has(self, key: str) -> bool:
        return key in self.keys["en"]

    def t(self, language: str, key: str, **args: Any) -> str:
        language = language if language in self._bundles else "en"
        bundle = self._bundles[language]
        if not bundle.has_message(key):
            logger.error("catalog key %s missing in %s", key, language)
            bundle = self._bundles["en"]
            if not bundle.has_message(key):
                return key
        message = bundle.get_message(key)
        if message.value is None:
            return key
        if language == "ar":
            args = _ungrouped_numbers(args)
        text, errors = bundle.format_pattern(message.value, args)
        if errors:
            logger.error("catalog key %s in %s: %s", key, language, errors)
        return copy_safe(text) if language in _RTL else text

    def all_languages(self, key: str, **args: Any) -> dict[str, str]:
        return {language: self.t(language, key, **args) for language in LANGUAGES}

    # -- values formatted by language -------------------------------------------------------
    # Dates and times: prompts/dates.py decides every form (UN month names, never abbreviated).

    @staticmethod
    def date(language: str, value: date) -> str:
        return dates.long_date(language, value)

    @staticmethod
    def datetime(language: str, value: datetime, zone: ZoneInfo, reader_zone: ZoneInfo | None = None) -> str:
        """In `zone`, and in `reader_zone` as well when it keeps another time then."""
        return dates.date_time(language, value, zone, reader_zone)

    @staticmethod
    def date_range(language: str, start: date, end: date) -> str:
        return dates.date_range(language, start, end)

    @staticmethod
    def day_and_month(language: str, value: date) -> str:
        """A short label without the year (the /stats chart), months still in full."""
        return dates.day_and_month(language, value)

    @staticmethod
    def list_of(language: str, names: list[str]) -> str:
        """“Kenya, France and China” with the language's own conjunction and separators."""
        return format_list(names, locale=_BABEL_LOCALE.get(language, "en_GB")) if names else "—"

    @staticmethod
    def zone_city(language: str, zone: ZoneInfo) -> str:
        """The exemplar city of a time zone, in the language ("Nairobi", "内罗毕")."""
        return dates.zone_city(language, zone)

    @staticmethod
    def number(language: str, value: int | float) -> str:
        # Arabic: no Latin comma as a thousands separator inside right-to-left text.
        grouping = language != "ar"
        return format_decimal(value, locale=_BABEL_LOCALE.get(language, "en_GB"), group_separator=grouping)

    @staticmethod
    def language_name(reader: str, code: str | None) -> str | None:
        """A language named in the reader's language, as CLDR writes it there ("français" for a
        French reader, "французский" for a Russian one, "法语" for a Chinese one); None if the
        code is unknown. Accepts langdetect's and Telegram's codes ("zh-cn", "pt-BR")."""
        if not code:
            return None
        languages = Locale.parse(_BABEL_LOCALE.get(reader, "en_GB")).languages
        base = code.replace("-", "_").split("_")[0].lower()
        name = languages.get(base)
        return str(name) if name and base != "und" else None


def _ungrouped_numbers(args: dict[str, Any]) -> dict[str, Any]:
    """Arabic numbers without CLDR's Latin comma as thousands separator ("20000", not "20,000");
    still numbers, so plural variants are chosen as before."""
    return {
        name: fluent_number(value, useGrouping=False)
        if isinstance(value, int | float) and not isinstance(value, bool)
        else value
        for name, value in args.items()
    }


_VARIABLE = re.compile(r"\$([A-Za-z_][A-Za-z0-9_-]*)")


def placeholders(directory: Path = LOCALES_DIR) -> dict[str, dict[str, set[str]]]:
    """For the parity test: language -> key -> names of the $variables the message uses."""
    parser = FluentParser()
    found: dict[str, dict[str, set[str]]] = {}
    for language in LANGUAGES:
        found[language] = {}
        for path in sorted((directory / language).glob("*.ftl")):
            for entry in parser.parse(path.read_text(encoding="utf-8")).body:
                if isinstance(entry, ast.Message) and entry.value is not None:
                    names = _variables(entry.value.elements)
                    found[language][entry.id.name] = names
    return found


def _variables(elements: Iterable[Any]) -> set[str]:
    names: set[str] = set()
    for element in elements:
        if isinstance(element, ast.Placeable):
            names |= _expression_variables(element.expression)
    return names


def _expression_variables(expression: Any) -> set[str]:
    if isinstance(expression, ast.VariableReference):
        return {expression.id.name}
    if isinstance(expression, ast.SelectExpression):
        names = _expression_variables(expression.selector)
        for variant in expression.variants:
            names |= _variables(variant.value.elements)
        return names
    if isinstance(expression, ast.FunctionReference):
        names = set()
        for arg in expression.arguments.positional:
            names |= _expression_variables(arg)
        return names
    if isinstance(expression, ast.Placeable):
        return _expression_variables(expression.expression)
    return set()
