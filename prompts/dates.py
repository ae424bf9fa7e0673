"""Dates and times as United Nations documents write them, in the six official languages.

Every date shown to a person goes through this module (through `Catalog.date`,
`Catalog.datetime` and `Catalog.date_range`), so that one place decides the forms:

- month names are always written in full (CLDR's "long" patterns and intervals abbreviate
  some of them: "6–7 févr. 2013", "31 янв. — 2 февр. 2013 г.");
- Arabic pairs the Levantine and the Latin-derived names, as UN Arabic documents do
  ("6 شباط/فبراير 2013");
- Chinese is written "2013年2月6日", with no space and full-width punctuation around it;
- French "1er février 2013", Russian "6 февраля 2013 года", Spanish "6 de febrero de 2013";
- a time is the 24-hour clock followed by the time zone's city, in the reader's language, and
  the same moment in the reader's own zone when it keeps another time ("18:00 (Nairobi time;
  23:00 in Beijing)"): `date_time(..., reader_zone)`, the one function for every time shown.

Month names other than the Arabic ones come from CLDR (Babel), in the form that follows a
day number (the genitive in Russian).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from babel.dates import get_month_names, get_timezone_location

BABEL_LOCALE = {"zh": "zh_Hans_CN", "ar": "ar", "en": "en_GB", "fr": "fr", "ru": "ru", "es": "es"}

# The month names of UN Arabic documents (the Levantine name, then the Latin-derived one).
UN_ARABIC_MONTHS = (
    "كانون الثاني/يناير",
    "شباط/فبراير",
    "آذار/مارس",
    "نيسان/أبريل",
    "أيار/مايو",
    "حزيران/يونيه",
    "تموز/يوليه",
    "آب/أغسطس",
    "أيلول/سبتمبر",
    "تشرين الأول/أكتوبر",
    "تشرين الثاني/نوفمبر",
    "كانون الأول/ديسمبر",
)

# How a time of day and its zone follow the date ("{date}", "{time}", "{zone}"), the zone
# ("{city}"), and the same moment in the reader's own time zone when it differs ("{time}", "{city}").
_DATE_TIME = {
    "en": "{date}, {time} ({zone})",
    "fr": "{date} à {time} ({zone})",
    "ru": "{date}, {time} ({zone})",
    "es": "{date}, a las {time} ({zone})",
    "zh": "{date}{time}（{zone}）",
    "ar": "{date}، الساعة {time} ({zone})",
}
_ZONE = {
    "en": "{city} time",
    "fr": "heure de {city}",
    "ru": "время: {city}",
    "es": "hora de {city}",
    "zh": "{city}时间",
    "ar": "بتوقيت {city}",
}
_ALSO = {
    "en": "; {when} in {city}",
    "fr": "\u00a0; {when} à {city}",
    "ru": "; {city}: {when}",
    "es": "; {when} en {city}",
    "zh": "；{city}时间{when}",
    "ar": "؛ {when} بتوقيت {city}",
}
# That other moment: its time ("{time}"), or its day and time when the date differs there ("{day}").
_AT = {"en": "{time}", "fr": "{time}", "ru": "{time}", "es": "las {time}", "zh": "{time}", "ar": "الساعة {time}"}
_ON = {
    "en": "{day}, {time}",
    "fr": "le {day} à {time}",
    "ru": "{day}, {time}",
    "es": "el {day}, a las {time}",
    "zh": "{day}{time}",
    "ar": "{day}، الساعة {time}",
}
# China keeps one time, Beijing time (北京时间), which tzdata calls Asia/Shanghai after its
# exemplar city: the time is named after the capital, as the UN writes it in each language.
_CITY_OF_ZONE = {
    "Asia/Shanghai": {"ar": "بيجين", "zh": "北京", "en": "Beijing", "fr": "Beijing", "ru": "Пекин", "es": "Beijing"},
}


def _language(language: str) -> str:
    return language if language in BABEL_LOCALE else "en"


def month_name(language: str, month: int) -> str:
    """The full name of a month as it follows a day number ("février", "февраля", "شباط/فبراير")."""
    language = _language(language)
    if language == "ar":
        return UN_ARABIC_MONTHS[month - 1]
    if language == "zh":
        return f"{month}月"
    return str(get_month_names("wide", context="format", locale=BABEL_LOCALE[language])[month])


def _day(language: str, day: int) -> str:
    return "1er" if language == "fr" and day == 1 else str(day)


def day_and_month(language: str, value: date) -> str:
    """Day and month without the year: "6 February", "6 février", "2月6日", "6 شباط/فبراير"."""
    language = _language(language)
    if language == "zh":
        return f"{value.month}月{value.day}日"
    if language == "es":
        return f"{value.day} de {month_name(language, value.month)}"
    return f"{_day(language, value.day)} {month_name(language, value.month)}"


def _year(language: str, year: int) -> str:
    if language == "ru":
        return f"{year} года"
    if language == "es":
        return f"de {year}"
    return str(year)


def long_date(language: str, value: date) -> str:
    """A date in full, as a UN document writes it in the language."""
    language = _language(language)
    if language == "zh":
        return f"{value.year}年{value.month}月{value.day}日"
    return f"{day_and_month(language, value)} {_year(language, value.year)}"


def zone_city(language: str, zone: ZoneInfo) -> str:
    """The city a time zone is named after, in the language ("Nairobi", "内罗毕", "نيروبي")."""
    language = _language(language)
    named = _CITY_OF_ZONE.get(zone.key)
    if named is not None:
        return named[language]
    return str(get_timezone_location(zone, locale=BABEL_LOCALE[language], return_city=True))


def date_time(language: str, value: datetime, zone: ZoneInfo, reader_zone: ZoneInfo | None = None) -> str:
    """A moment in a time zone: its date in full, the 24-hour time and the zone's city; and,
    when the reader's own zone (their country's, prompts/countries.timezone_for) keeps another
    time at that moment, the same moment there: "25 January 2013, 18:00 (Nairobi time; 23:00
    in Beijing)", with the day and month too when the date differs there."""
    if value.tzinfo is None:
        raise ValueError("naive datetime")
    language = _language(language)
    local = value.astimezone(zone)
    described = _ZONE[language].format(city=zone_city(language, zone))
    if reader_zone is not None:
        there = value.astimezone(reader_zone)
        if there.utcoffset() != local.utcoffset():
            time = there.strftime("%H:%M")
            if there.date() != local.date():
                when = _ON[language].format(day=day_and_month(language, there.date()), time=time)
            else:
                when = _AT[language].format(time=time)
            described += _ALSO[language].format(when=when, city=zone_city(language, reader_zone))
    return _DATE_TIME[language].format(
        date=long_date(language, local.date()), time=local.strftime("%H:%M"), zone=described
    )


def date_range(language: str, start: date, end: date) -> str:
    """A span of days: "6 and 7 February 2013", "18–22 February 2013", "2013年2月18日至22日".

    Two consecutive days are joined by "and" (the report says "6 and 7 February 2013");
    longer spans by an en dash, or the language's word for "to"."""
    language = _language(language)
    if end < start:
        start, end = end, start
    if start == end:
        return long_date(language, start)
    if language == "zh":
        if start.year != end.year:
            return f"{long_date(language, start)}至{long_date(language, end)}"
        tail = f"{end.day}日" if start.month == end.month else f"{end.month}月{end.day}日"
        joiner = "和" if (end - start).days == 1 else "至"
        return f"{long_date(language, start)}{joiner}{tail}"
    if start.year != end.year:
        return _joined(language, long_date(language, start), long_date(language, end), spaced=True)
    if start.month != end.month:
        first, last = day_and_month(language, start), long_date(language, end)
        return _joined(language, first, last, spaced=True)
    if (end - start).days == 1:
        pair = {"en": "and", "fr": "et", "ru": "и", "es": "y"}
        if language == "ar":
            days = f"{start.day} و{end.day}"
        else:
            days = f"{_day(language, start.day)} {pair[language]} {end.day}"
    else:
        days = _joined(language, _day(language, start.day), str(end.day), spaced=False)
    if language == "es":
        return f"{days} de {month_name(language, end.month)} {_year(language, end.year)}"
    return f"{days} {month_name(language, end.month)} {_year(language, end.year)}"


def _joined(language: str, first: str, last: str, *, spaced: bool) -> str:
    """Two ends of a span: Spanish "18 a 22", otherwise an en dash (spaced between phrases)."""
    if language == "es":
        return f"{first} a {last}"
    if language == "ar":
        return f"{first} - {last}" if spaced else f"{first}-{last}"
    return f"{first} – {last}" if spaced else f"{first}–{last}"
