"""Countries and organisations that can take part, with names in the six languages.

ISO 3166-1 from pycountry (maintained, not a hand list); names from CLDR through Babel; the
European Union added as the regional economic integration organisation a UN process admits.
Users may type a name in any of the six languages, a common short form ("UK", "USA",
"Russia", "中国"), or an ISO code; near misses come back as suggestions.
"""

from __future__ import annotations

import difflib
import gettext
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from zoneinfo import ZoneInfo

import pycountry
from babel import Locale

from prompts.consultation import LANGUAGES

_BABEL = {"ar": "ar", "zh": "zh_Hans", "en": "en", "fr": "fr", "ru": "ru", "es": "es"}
ORGANISATIONS = {"EU": "Europe/Brussels"}
# Common short forms that neither ISO nor CLDR spells out (ISO codes and CLDR names in six
# languages, including "Russia" and "中国", are matched already).
ALIASES = {
    "uk": "GB",
    "great britain": "GB",
    "britain": "GB",
    "england": "GB",
    "usa": "US",
    "us": "US",
    "america": "US",
    "united states of america": "US",
    "uae": "AE",
    "drc": "CD",
    "dr congo": "CD",
    "holland": "NL",
    "south korea": "KR",
    "north korea": "KP",
    "ivory coast": "CI",
    "czech republic": "CZ",
    "vatican": "VA",
    "european community": "EU",
    "ue": "EU",
    "ес": "EU",
    "欧盟": "EU",
    "الاتحاد الأوروبي": "EU",
    "rf": "RU",
    "россия": "RU",
    "рф": "RU",
    "prc": "CN",
    "china": "CN",
}


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2, or "EU"
    alpha3: str | None
    names: dict[str, str]
    organisation: bool = False

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names["en"]


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[\s\-_.,'’()]+", " ", text).strip()
    return re.sub(r"^(the|la|le|les|el|los|las|l) ", "", text)


@cache
def all_countries() -> tuple[Country, ...]:
    locales = {language: Locale.parse(_BABEL[language]).territories for language in LANGUAGES}
    found = []
    for entry in pycountry.countries:
        code = entry.alpha_2
        names = {language: locales[language].get(code, entry.name) for language in LANGUAGES}
        found.append(Country(code, entry.alpha_3, names))
    for code in ORGANISATIONS:
        names = {language: locales[language][code] for language in LANGUAGES}
        found.append(Country(code, None, names, organisation=True))
    return tuple(sorted(found, key=lambda c: c.names["en"]))


@cache
def _by_code() -> dict[str, Country]:
    return {c.code: c for c in all_countries()}


@cache
def _index() -> dict[str, str]:
    """Every normalised name, code and alias -> alpha-2 code."""
    index: dict[str, str] = {}
    for country in all_countries():
        index[normalise(country.code)] = country.code
        if country.alpha3:
            index[normalise(country.alpha3)] = country.code
        for name in country.names.values():
            index.setdefault(normalise(name), country.code)
        entry = pycountry.countries.get(alpha_2=country.code)
        for attribute in ("name", "official_name", "common_name"):
            value = getattr(entry, attribute, None) if entry else None
            if value:
                index.setdefault(normalise(value), country.code)
                # ISO's own translations: official long forms such as "Российская Федерация".
                for translation in _iso_translations():
                    index.setdefault(normalise(translation.gettext(value)), country.code)
    for alias, code in ALIASES.items():
        index[normalise(alias)] = code
    return index


@cache
def _iso_translations() -> tuple[gettext.NullTranslations, ...]:
    return tuple(
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[code], fallback=True)
        for code in ("ar", "zh_CN", "fr", "ru", "es")
    )


def get(code: str | None) -> Country | None:
    return _by_code().get(code.upper()) if code else None


def name(code: str | None, language: str) -> str:
    country = get(code)
    return country.name(language) if country else (code or "")


def search(text: str, limit: int = 5) -> tuple[Country | None, list[Country]]:
    """(the country meant, None) when unambiguous; else (None, near misses, best first)."""
    key = normalise(text)
    if not key or len(key) > 100:
        return None, []
    index = _index()
    if key in index:
        return _by_code()[index[key]], []
    close = difflib.get_close_matches(key, list(index), n=limit * 3, cutoff=0.6)
    prefixed = [k for k in index if len(key) >= 3 and k.startswith(key)]
    suggestions: list[Country] = []
    for candidate in prefixed + close:
        country = _by_code()[index[candidate]]
        if country not in suggestions:
            suggestions.append(country)
    return None, suggestions[:limit]


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
    zone = ORGANISATIONS.get(code) or _CAPITAL_ZONES.get(code) or _zones().get(code) or "UTC"
    return ZoneInfo(zone)
