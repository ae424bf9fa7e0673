"""Which countries "all" means for invitation letters.

The consultation definition lists the invited countries; an empty list means every Member
State of the United Nations plus the European Union (prompts/consultation.toml). The Member
States are the rows of prompts/data/un-country-names.csv that are not marked as observer
States (`*`: Holy See, State of Palestine) or non-member States (`**`: Cook Islands, Niue):
193 of them (a test checks the number and that each has its names in the six languages).
"""

from __future__ import annotations

import csv

from prompts.consultation import Consultation
from prompts.countries import NAMES_FILE


def _member_states() -> frozenset[str]:
    with NAMES_FILE.open(encoding="utf-8", newline="") as handle:
        return frozenset(row["iso2"] for row in csv.DictReader(handle) if "*" not in row["unterm_short_en"])


UN_MEMBER_STATES: frozenset[str] = _member_states()
REGIONAL_ORGANISATIONS: frozenset[str] = frozenset({"EU"})


def invited_countries(consultation: Consultation) -> list[str]:
    """The codes "all" stands for, sorted: the definition's list, or the UN default."""
    listed = [code.upper() for code in consultation.invited_countries]
    return sorted(set(listed) if listed else UN_MEMBER_STATES | REGIONAL_ORGANISATIONS)
