"""The texts that state the schedule: filled in from the consultation's dates, never written out.

The definition's mandate and renewed invitation carry `{deadline}` and `{meeting}`
(prompts/consultation.py refuses any other `{...}` at start-up); the catalog's messages carry
`$deadline` and `$meeting`. Both get the same values from `date_values`, formatted for the
reader's language by the catalog's date helpers. Pass the *effective* consultation (with
/schedule's changes applied: services/core.py `Core.effective_consultation`, or
`Consultation.rescheduled`), and every text follows the schedule.

The facts every participant needs (the deadline, the meeting, whom to write to) are put
together here too, once: `facts()` for registration, /help, the /comment introduction and the
receipts; `with_contact()` for every message that asks a person to contact the secretariat.
A time shown to a person is given in the consultation's zone and, when it keeps another time,
in their country's as well (`reader_zone`).
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from prompts.catalog import Catalog
from prompts.consultation import DATE_PLACEABLES, Consultation, Localized
from prompts.countries import timezone_for

_PLACEABLE = re.compile(r"\{(" + "|".join(DATE_PLACEABLES) + r")\}")


def reader_zone(country_code: str | None) -> ZoneInfo | None:
    """The zone of the person's country (None when the country is not known yet)."""
    return timezone_for(country_code) if country_code else None


def moment(consultation: Consultation, language: str, value: datetime, country_code: str | None = None) -> str:
    """A moment as a person of this country reads it: "25 January 2013, 18:00 (Nairobi time;
    23:00 in Beijing)"; in the consultation's zone only for a country that keeps its time."""
    return Catalog.datetime(language, value, consultation.zone, reader_zone(country_code))


def date_values(consultation: Consultation, language: str, country_code: str | None = None) -> dict[str, str]:
    """{"deadline": "25 January 2013, 18:00 (Nairobi time)", "meeting": "6 and 7 February 2013"};
    with a country, the deadline in its time as well."""
    dates = consultation.dates
    values = {
        "deadline": moment(consultation, language, dates.deadline, country_code),
        "meeting": Catalog.date_range(language, dates.meeting_start, dates.meeting_end),
    }
    assert set(values) == set(DATE_PLACEABLES)
    return values


def fill(text: Localized, consultation: Consultation, language: str, country_code: str | None = None) -> str:
    """A dated text of the definition in `language`, with the consultation's dates."""
    values = date_values(consultation, language, country_code)
    return _PLACEABLE.sub(lambda match: values[match.group(1)], text.get(language))


def mandate(consultation: Consultation, language: str) -> str:
    return fill(consultation.mandate, consultation, language)


def renewed_invitation(consultation: Consultation, language: str, country_code: str | None = None) -> str:
    return fill(consultation.renewed_invitation, consultation, language, country_code)


def contact_lines(catalog: Catalog, consultation: Consultation, language: str, *, web: bool = True) -> list[str]:
    """The secretariat's name and e-mail address (and the report's page): none if not defined."""
    contact = consultation.contact
    if contact is None:
        return []
    lines = [catalog.t(language, "facts-contact", secretariat=contact.name.get(language), email=contact.email)]
    if web and contact.web:
        lines.append(catalog.t(language, "facts-web", web=contact.web))
    return lines


def facts(catalog: Catalog, consultation: Consultation, language: str, country_code: str | None = None) -> str:
    """The deadline (in the person's time too), the meeting and whom to write to, one a line."""
    values = date_values(consultation, language, country_code)
    lines = [
        catalog.t(language, "facts-deadline", deadline=values["deadline"]),
        catalog.t(language, "facts-meeting", meeting=values["meeting"]),
    ]
    return "\n".join(lines + contact_lines(catalog, consultation, language))


def with_contact(catalog: Catalog, consultation: Consultation, language: str, text: str) -> str:
    """A message that asks a person to contact the secretariat, followed by its address."""
    lines = contact_lines(catalog, consultation, language, web=False)
    return "\n\n".join([text, "\n".join(lines)]) if lines else text
