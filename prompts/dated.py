"""The texts that state the schedule: filled in from the consultation's dates, never written out.

The definition's mandate and renewed invitation carry `{deadline}` and `{meeting}`
(prompts/consultation.py refuses any other `{...}` at start-up); the catalog's messages carry
`$deadline` and `$meeting`. Both get the same values from `date_values`, formatted for the
reader's language by the catalog's date helpers. Pass the *effective* consultation (with
/schedule's changes applied: services/core.py `Core.effective_consultation`, or
`Consultation.rescheduled`), and every text follows the schedule.
"""

from __future__ import annotations

import re

from prompts.catalog import Catalog
from prompts.consultation import DATE_PLACEABLES, Consultation, Localized

_PLACEABLE = re.compile(r"\{(" + "|".join(DATE_PLACEABLES) + r")\}")


def date_values(consultation: Consultation, language: str) -> dict[str, str]:
    """{"deadline": "25 January 2013, 18:00 (Nairobi)", "meeting": "6–7 February 2013"}."""
    dates = consultation.dates
    values = {
        "deadline": Catalog.datetime(language, dates.deadline, consultation.zone),
        "meeting": Catalog.date_range(language, dates.meeting_start, dates.meeting_end),
    }
    assert set(values) == set(DATE_PLACEABLES)
    return values


def fill(text: Localized, consultation: Consultation, language: str) -> str:
    """A dated text of the definition in `language`, with the consultation's dates."""
    values = date_values(consultation, language)
    return _PLACEABLE.sub(lambda match: values[match.group(1)], text.get(language))


def mandate(consultation: Consultation, language: str) -> str:
    return fill(consultation.mandate, consultation, language)


def renewed_invitation(consultation: Consultation, language: str) -> str:
    return fill(consultation.renewed_invitation, consultation, language)
