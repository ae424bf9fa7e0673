"""Reading what people type: days, periods and a deadline, and lists of countries. One parser
for each, used by every flow (and by the export command line)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from prompts import countries

# A day: year-month-day ("2013-02-01", also with . or /), or day.month.year ("01.02.2013", "01/02/2013").
_DAY = r"(\d{4})[-./](\d{1,2})[-./](\d{1,2})|(\d{1,2})[./](\d{1,2})[./](\d{4})"
_DAYS = re.compile(_DAY)
# A deadline: a day and, if given, the time ("18:00", "18h00", "18.00").
_DEADLINE = re.compile(rf"(?:{_DAY})(?:[ T,]+(\d{{1,2}})[:h.](\d{{2}}))?\s*")
# What may stand alone on one side of a single day to leave that end of a period open.
_OPEN_END = re.compile(r"^\s*(?:-|–|…|\.\.\.)\s*$")
# Between the names of a typed list of countries (with the Arabic and Chinese punctuation).
_COUNTRY_SEPARATORS = re.compile(r"[,;\n،、，；]+")


def _day(match: re.Match[str]) -> date | None:
    groups = match.groups()
    year, month, day = groups[0:3] if groups[0] else (groups[5], groups[4], groups[3])
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def days_in(text: str) -> list[date] | None:
    """The days written in `text`, in order; None if one is not a real day, or if anything
    but days and the punctuation between them (a dash, a slash, dots) was typed."""
    found = [_day(match) for match in _DAYS.finditer(text)]
    if any(day is None for day in found) or re.search(r"\w", _DAYS.sub(" ", text)):
        return None
    return [day for day in found if day is not None]


def one_day(text: str) -> date | None:
    """Exactly one day ("2013-01-05", "05.01.2013"), nothing else."""
    found = days_in(text)
    return found[0] if found is not None and len(found) == 1 and _DAYS.fullmatch(text.strip()) else None


def period(text: str) -> tuple[date | None, date | None] | None:
    """“2013-01-05 2013-01-20”, "05.01.2013 - 20.01.2013", one day (first and last the same), or
    a period open at one end ("2013-01-05 -", "- 2013-01-20": None for the open end). None for
    anything else. The order of the two days is the caller's to check."""
    found = days_in(text)
    if not found or len(found) > 2:
        return None
    if len(found) == 2:
        return found[0], found[1]
    before, _, after = text.partition(_DAYS.search(text).group(0))  # type: ignore[union-attr]
    if _OPEN_END.match(after) and not before.strip():
        return found[0], None
    if _OPEN_END.match(before) and not after.strip():
        return None, found[0]
    if before.strip() or after.strip():
        return None
    return found[0], found[0]


def deadline(text: str, zone: ZoneInfo, default_time: time) -> datetime | None:
    """ "2013-02-01 18:00" (or "01.02.2013 18:00", or a day alone: at `default_time`) in `zone`."""
    match = _DEADLINE.fullmatch(text.strip())
    day = _day(match) if match is not None else None
    if match is None or day is None:
        return None
    hour, minute = match.group(7), match.group(8)
    try:
        at = time(int(hour), int(minute)) if hour is not None else default_time
    except ValueError:
        return None
    return datetime.combine(day, at, tzinfo=zone)


@dataclass
class CountryList:
    """A typed list of countries read: the ones recognised (codes, in order, once each), and
    the names recognised as none, in order, each with the countries it might mean (maybe none)."""

    codes: list[str] = field(default_factory=list)
    unmatched: list[tuple[str, list[countries.Country]]] = field(default_factory=list)


def country_list(text: str) -> CountryList:
    """Country names or codes, in any of the six languages, separated by commas, semicolons or
    new lines (also "،", "、", "，", "；")."""
    read = CountryList()
    for part in _COUNTRY_SEPARATORS.split(text):
        name = part.strip()
        if not name:
            continue
        found, suggestions = countries.search(name)
        if found is None:
            read.unmatched.append((name, suggestions))
        elif found.code not in read.codes:
            read.codes.append(found.code)
    return read
