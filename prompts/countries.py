"""The States (and the European Union) that can take part, named as the United Nations names them.

One source for every place that shows a State: prompts/data/un-country-names.csv (UNTERM short
and formal names and the M49 names, in the six languages; see prompts/data/README.md) and
prompts/data/un-organisation-names.csv (the European Union). `name(code, language, form)`:

- "short": the UNTERM short name without its article, for lists, buttons and table cells
  ("Kenya", "Fédération de Russie", "Bolivia (Plurinational State of)");
- "running": the name as it stands in a sentence, with the article the language needs
  ("le Kenya", "l'Algérie", "la Fédération de Russie", "el Congo", "the Russian Federation");
  a name whose short form carries a qualifier in brackets takes its formal name there
  ("the Plurinational State of Bolivia");
- "formal": the UNTERM formal name with its article ("the Republic of Kenya");
- "title": the formal name without its article, capitalised, for an address line or a heading
  ("Republic of Kenya", "République du Kenya").

What people type is recognised by `match()` (one matcher for registration, /invite, /letters,
broadcasts, export filters and the command line): ISO alpha-2 and alpha-3 codes; the UN short,
formal and M49 names; CLDR's names (Babel) and ISO 3166's (pycountry, with its translations);
and the former and colloquial names of prompts/data/country-aliases.csv. Case, accents,
punctuation, invisible characters and a leading article are ignored. A name that fits one
State resolves at once; one that fits several ("Congo", "Guinea", "Korea") gives the candidates,
likeliest first; anything else gives near misses ranked by how closely they match a name.
"""

from __future__ import annotations

import csv
import gettext
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo

import pycountry
from babel import Locale
from rapidfuzz import process
from rapidfuzz.distance import Indel

from prompts.bidi import strip_invisible
from prompts.consultation import LANGUAGES

DATA_DIR = Path(__file__).with_name("data")
NAMES_FILE = DATA_DIR / "un-country-names.csv"
ORGANISATIONS_FILE = DATA_DIR / "un-organisation-names.csv"
ALIASES_FILE = DATA_DIR / "country-aliases.csv"

Form = Literal["short", "running", "formal", "title"]
_BABEL = {"ar": "ar", "zh": "zh_Hans", "en": "en", "fr": "fr", "ru": "ru", "es": "es"}
# The articles UNTERM writes in brackets after a short name; any other bracket is part of it.
_ARTICLES = {"en": {"the"}, "fr": {"le", "la", "l'", "les"}, "es": {"el", "la", "los", "las"}}
_BRACKET = re.compile(r"^(?P<name>.*?)\s*\((?P<inside>[^()]*)\)$")
_STATUS_MARK = re.compile(r"\s*\*+$")  # "*" observer State, "**" non-member State


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2, or "EU"
    alpha3: str | None
    m49: str | None
    short: dict[str, str]  # without article
    articles: dict[str, str]  # "" where the language (or the name) has none
    formal: dict[str, str]  # with its article
    m49_names: dict[str, str]
    organisation: bool = False
    zone: str | None = None  # organisations only; States take theirs from tzdata

    def name(self, language: str, form: Form = "short") -> str:
        language = language if language in self.short else "en"
        if form == "short":
            return self.short[language]
        if form == "formal":
            return self.formal[language]
        if form == "title":
            return _without_article(self.formal[language], language)
        if form != "running":
            raise ValueError(f"unknown form {form!r}")
        article = self.articles[language]
        short = self.short[language]
        if _BRACKET.match(short) and not self.organisation:
            return self.formal[language]  # "Bolivia (Plurinational State of)" in a sentence
        if not article:
            return short
        return f"{article}{short}" if article.endswith("'") else f"{article} {short}"


def _split_article(value: str, language: str) -> tuple[str, str]:
    """("Kenya", "le") from "Kenya (le)"; ("Bolivia (Plurinational State of)", "") as it is."""
    value = _STATUS_MARK.sub("", value.strip())
    found = _BRACKET.match(value)
    if found and found["inside"] in _ARTICLES.get(language, set()):
        return found["name"], found["inside"]
    return value, ""


def _without_article(value: str, language: str) -> str:
    for article in sorted(_ARTICLES.get(language, set()), key=len, reverse=True):
        if value.startswith(article) and (article.endswith("'") or value[len(article) : len(article) + 1] == " "):
            value = value[len(article) :].lstrip()
            break
    return value[:1].upper() + value[1:]


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def all_countries() -> tuple[Country, ...]:
    """The States of the UN list and the European Union, by ISO code."""
    found = []
    for row in _read_csv(NAMES_FILE):
        short, articles = {}, {}
        for language in LANGUAGES:
            short[language], articles[language] = _split_article(row[f"unterm_short_{language}"], language)
        found.append(
            Country(
                code=row["iso2"],
                alpha3=row["iso3"],
                m49=row["m49"].zfill(3),
                short=short,
                articles=articles,
                formal={lang: _STATUS_MARK.sub("", row[f"unterm_formal_{lang}"].strip()) for lang in LANGUAGES},
                m49_names={lang: row[f"m49_name_{lang}"].strip() for lang in LANGUAGES},
            )
        )
    for row in _read_csv(ORGANISATIONS_FILE):
        short, articles, formal = {}, {}, {}
        for language in LANGUAGES:
            short[language], articles[language] = _split_article(row[f"unterm_short_{language}"], language)
            article = articles[language]
            formal[language] = (
                short[language]
                if not article
                else (f"{article}{short[language]}" if article.endswith("'") else f"{article} {short[language]}")
            )
        found.append(
            Country(
                code=row["code"],
                alpha3=None,
                m49=None,
                short=short,
                articles=articles,
                formal=formal,
                m49_names=dict(short),
                organisation=True,
                zone=row["time_zone"],
            )
        )
    return tuple(sorted(found, key=lambda c: c.code))


@cache
def _by_code() -> dict[str, Country]:
    return {c.code: c for c in all_countries()}


def get(code: str | None) -> Country | None:
    return _by_code().get(code.strip().upper()) if code else None


def name(code: str | None, language: str, form: Form = "short") -> str:
    """The UN name of a State (or the EU) in one of the six languages; an unknown code as it is."""
    country = get(code)
    return country.name(language, form) if country else (code or "")


# -- recognition ---------------------------------------------------------------------------

_LEADING_ARTICLE = re.compile(r"^(the|le|la|les|el|los|las|l) ")
_ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": None})


def normalise(text: str) -> str:
    """What matching compares: no case, accents, punctuation, invisible characters or leading
    article; Arabic hamza forms, alif maqsura, ta marbuta and the article al- folded."""
    text = unicodedata.normalize("NFKD", strip_invisible(text).casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = "".join(" " if unicodedata.category(c)[0] in "PSZC" else c for c in text)
    text = unicodedata.normalize("NFC", text).translate(_ARABIC_LETTERS)
    words = [w[2:] if w.startswith("ال") and len(w) > 4 else w for w in text.split()]
    return _LEADING_ARTICLE.sub("", " ".join(words))


@dataclass(frozen=True)
class Match:
    """What a typed name means: one State (`country`), or `candidates` best first, with
    `ambiguous` True when the text names each of them exactly ("Congo", "Guinea")."""

    country: Country | None
    candidates: tuple[Country, ...] = ()
    ambiguous: bool = False


@cache
def _aliases() -> list[tuple[str, tuple[str, ...]]]:
    return [(row["alias"], tuple(row["codes"].split())) for row in _read_csv(ALIASES_FILE)]


@cache
def _iso_translations() -> tuple[gettext.NullTranslations, ...]:
    return tuple(
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[code], fallback=True)
        for code in ("ar", "zh_CN", "fr", "ru", "es")
    )


@cache
def _index() -> dict[str, tuple[str, ...]]:
    """Every normalised name, code and alias -> the codes it names, likeliest first."""
    index: dict[str, list[str]] = {}

    def add(text: str | None, code: str) -> None:
        key = normalise(text or "")
        if key and code not in index.setdefault(key, []):
            index[key].append(code)

    territories = {language: Locale.parse(_BABEL[language]).territories for language in LANGUAGES}
    countries = all_countries()
    # The UN's own names first: where a name fits two States, the UN's holder comes first.
    for country in countries:
        for language in LANGUAGES:
            add(country.short[language], country.code)
            add(country.name(language, "running"), country.code)
            add(country.formal[language], country.code)
            add(country.m49_names[language], country.code)
    for country in countries:
        add(country.code, country.code)
        add(country.alpha3, country.code)
        for language in LANGUAGES:
            add(territories[language].get(country.code), country.code)
        entry = pycountry.countries.get(alpha_2=country.code) if not country.organisation else None
        for attribute in ("name", "official_name", "common_name"):
            value = getattr(entry, attribute, None) if entry else None
            if value:
                add(value, country.code)
                for translation in _iso_translations():
                    add(translation.gettext(value), country.code)
    known = set(_by_code())
    for alias, codes in _aliases():
        codes = tuple(c for c in codes if c in known)
        if len(codes) > 1:
            index[normalise(alias)] = list(codes)  # named ambiguous on purpose: ask which
        elif codes:
            key = normalise(alias)
            index[key] = [codes[0], *(c for c in index.get(key, []) if c != codes[0])]
    return {key: tuple(codes) for key, codes in index.items()}


@cache
def _compact_index() -> dict[str, tuple[str, ...]]:
    compact: dict[str, tuple[str, ...]] = {}
    for key, codes in _index().items():
        compact.setdefault(key.replace(" ", ""), codes)
    return compact


@cache
def _keys_by_country() -> dict[str, tuple[str, ...]]:
    keys: dict[str, list[str]] = {}
    for key, codes in _index().items():
        for code in codes:
            keys.setdefault(code, []).append(key)
    return {code: tuple(found) for code, found in keys.items()}


@cache
def _vocabulary() -> tuple[tuple[str, ...], dict[str, float]]:
    """Every word of every known name, and how telling each is: rare words ("korea") count,
    common ones ("republic", "of", "democratic") hardly (inverse document frequency)."""
    holders: dict[str, set[str]] = {}
    for code, keys in _keys_by_country().items():
        for key in keys:
            for word in key.split():
                holders.setdefault(word, set()).add(code)
    total = len(_keys_by_country())
    weights = {word: math.log(1 + total / len(codes)) for word, codes in holders.items()}
    return tuple(weights), weights


_WORD_CUTOFF = 0.75  # below this, a typed word stands for no word of a name


def _word_similarities(typed_words: list[str]) -> dict[str, dict[str, float]]:
    """For each typed word, the known words it may stand for and how closely (Indel
    similarity, as difflib's ratio; a prefix of three letters or more counts 0.9)."""
    vocabulary, _ = _vocabulary()
    found: dict[str, dict[str, float]] = {}
    for word in set(typed_words):
        close = process.extract(
            word, vocabulary, scorer=Indel.normalized_similarity, score_cutoff=_WORD_CUTOFF, limit=None
        )
        similar = {known: score for known, score, _ in close}
        if len(word) >= 3:
            for known in vocabulary:
                if known.startswith(word) and similar.get(known, 0.0) < 0.9:
                    similar[known] = 0.9
        found[word] = similar
    return found


def _closeness(typed: str, key: str, similar: dict[str, dict[str, float]]) -> float:
    """0..1: how closely a typed text matches one known name. Words are compared one by one
    and weighted by how telling they are, so "republic of corea" is the Republic of Korea, not
    Cuba or Iraq, whose names share only "republic of"."""
    if len(typed) >= 3 and key.startswith(typed):
        return 0.9 + 0.1 * len(typed) / len(key)
    typed_words, key_words = typed.split(), key.split()
    if len(typed_words) == 1 and len(key_words) == 1:
        return similar[typed].get(key, 0.0)
    weights = _vocabulary()[1]
    typed_total = typed_found = 0.0
    for word in typed_words:
        weight = weights.get(word, 3.0)
        typed_total += weight
        options = similar[word]
        typed_found += weight * max((options.get(k, 0.0) for k in key_words), default=0.0)
    if typed_found == 0.0:
        return 0.0
    key_total = key_found = 0.0
    for known in key_words:
        weight = weights.get(known, 3.0)
        key_total += weight
        key_found += weight * max(similar[w].get(known, 0.0) for w in typed_words)
    typed_part, key_part = typed_found / typed_total, key_found / key_total
    return 2 * typed_part * key_part / (typed_part + key_part) if key_part else 0.0


def prepare() -> None:
    """Build the index and the vocabulary now (half a second), not at the first typed name."""
    _compact_index()
    _vocabulary()


def match(text: str, limit: int = 5) -> Match:
    """The State a person means by `text` (see the module's docstring)."""
    key = normalise(text or "")
    if not key or len(key) > 100:
        return Match(None)
    return _match(key, limit)


@lru_cache(maxsize=2048)
def _match(key: str, limit: int) -> Match:
    index, by_code = _index(), _by_code()
    # Spaces do not count either ("Cote dIvoire", "Guinea Bissau", "南 韩").
    codes = index.get(key) or _compact_index().get(key.replace(" ", ""))
    if codes and len(codes) == 1:
        return Match(by_code[codes[0]])
    if codes:
        return Match(None, tuple(by_code[c] for c in codes[:limit]), ambiguous=True)
    scored: list[tuple[float, str]] = []
    similar = _word_similarities(key.split())
    for code, keys in _keys_by_country().items():
        best = max(_closeness(key, k, similar) for k in keys)
        if best >= 0.62:
            scored.append((best, code))
    scored.sort(key=lambda pair: (-pair[0], pair[1]))
    return Match(None, tuple(by_code[code] for _, code in scored[:limit]))


def search(text: str, limit: int = 5) -> tuple[Country | None, list[Country]]:
    """(the country meant, []) when unambiguous; else (None, candidates or near misses, best first)."""
    found = match(text, limit)
    return found.country, list(found.candidates)


# -- time zones ----------------------------------------------------------------------------


@cache
def _zones() -> dict[str, str]:
    """Country -> its first zone in tzdata's zone.tab (the shipped table, not the OS's)."""
    zones: dict[str, str] = {}
    text = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        code, _coordinates, zone, *_ = line.split("\t")
        zones.setdefault(code, zone)
    return zones


# Where zone.tab's first zone is far from the capital, the capital's zone is meant.
_CAPITAL_ZONES = {
    "US": "America/New_York",
    "RU": "Europe/Moscow",
    "CA": "America/Toronto",
    "AU": "Australia/Sydney",
    "BR": "America/Sao_Paulo",
    "MX": "America/Mexico_City",
    "ID": "Asia/Jakarta",
    "KZ": "Asia/Almaty",
    "CN": "Asia/Shanghai",
    "AR": "America/Argentina/Buenos_Aires",
    "CD": "Africa/Kinshasa",
    "MN": "Asia/Ulaanbaatar",
    "CL": "America/Santiago",
    "ES": "Europe/Madrid",
    "PT": "Europe/Lisbon",
    "EC": "America/Guayaquil",
    "NZ": "Pacific/Auckland",
    "UA": "Europe/Kyiv",
}


def timezone_for(code: str | None) -> ZoneInfo:
    """The time zone in which to reach this country's officials at a civil hour."""
    if not code:
        return ZoneInfo("UTC")
    code = code.upper()
    country = get(code)
    organisation_zone = country.zone if country and country.organisation else None
    zone = organisation_zone or _CAPITAL_ZONES.get(code) or _zones().get(code) or "UTC"
    return ZoneInfo(zone)
