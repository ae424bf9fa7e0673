"""Who is invited, for the exports: one definition for the whole product, in
prompts/invitation_countries.py (the consultation's list, or every UN Member State and the EU)."""

from __future__ import annotations

from prompts import Consultation
from prompts.invitation_countries import invited_countries as _invited


def invited_countries(consultation: Consultation) -> frozenset[str]:
    return frozenset(_invited(consultation))
