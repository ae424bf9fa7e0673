"""The registration's buttons as typed callback data: `reg:<action>[:<field>]`."""

from __future__ import annotations

from dataclasses import dataclass

from handlers.callbacks import CallbackData

PREFIX = "reg"


@dataclass(frozen=True)
class LanguageChosen(CallbackData, prefix=PREFIX, action="lang"):
    code: str


@dataclass(frozen=True)
class CountryChosen(CallbackData, prefix=PREFIX, action="country"):
    country: str  # a suggested country's code


@dataclass(frozen=True)
class Consent(CallbackData, prefix=PREFIX, action="consent"):
    answer: str  # YES or NO


YES, NO = "yes", "no"


@dataclass(frozen=True)
class Confirm(CallbackData, prefix=PREFIX, action="confirm"):
    pass


@dataclass(frozen=True)
class Edit(CallbackData, prefix=PREFIX, action="edit"):
    field: str  # a key of registration.EDITS


@dataclass(frozen=True)
class Discard(CallbackData, prefix=PREFIX, action="discard"):
    pass
