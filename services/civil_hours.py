"""The civil-hour rule: when a person may be written to in their country's time.

Office hours (09:00-18:00, weekdays by the country's CLDR week) in the country's time zone,
or failing that before the deadline, 08:00-21:00 any day; never at night. Reminders
(services/reminders.py), deadline notices and draft warnings (services/deadlines.py) follow it.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from babel import Locale
from babel.core import UnknownLocaleError

from prompts.countries import timezone_for
from storage.reminders import NO_CIVIL_HOUR

OFFICE_HOURS = (time(9, 0), time(18, 0))
WAKING_HOURS = (time(8, 0), time(21, 0))


@cache
def weekend_days(country_code: str | None) -> frozenset[int]:
    """The country's weekend (Monday = 0) from CLDR: Friday-Saturday in much of the Arab world."""
    try:
        locale = Locale.parse(f"und_{(country_code or '').upper()}")
        start, end = locale.weekend_start, locale.weekend_end
    except (UnknownLocaleError, ValueError, KeyError):
        return frozenset({5, 6})
    days = {start}
    while start != end:
        start = (start + 1) % 7
        days.add(start)
    return frozenset(days)


def next_window(now: datetime, zone: ZoneInfo, hours: tuple[time, time], weekend: frozenset[int]) -> datetime:
    """`now` if it falls inside the daily window (on a working day), else the window's next opening."""
    local = now.astimezone(zone)
    for offset in range(8):
        day = local.date() + timedelta(days=offset)
        if day.weekday() in weekend:
            continue
        opening = datetime.combine(day, hours[0], tzinfo=zone)
        closing = datetime.combine(day, hours[1], tzinfo=zone)
        if opening <= local < closing:
            return now
        if local < opening:
            return opening.astimezone(UTC)
    raise AssertionError("a week always has a working day")


def civil_time(now: datetime, country_code: str | None, deadline: datetime) -> datetime | str | None:
    """When to remind a focal point of this country: None (now), a later instant, or NO_CIVIL_HOUR."""
    zone = timezone_for(country_code)
    for hours, weekend in ((OFFICE_HOURS, weekend_days(country_code)), (WAKING_HOURS, frozenset[int]())):
        at = next_window(now, zone, hours, weekend)
        if at < deadline:
            return None if at == now else at
    return NO_CIVIL_HOUR
