"""The consultation definition: one TOML file in prompts/, validated at start-up.

Everything a user is shown from it exists in all six UN languages. Errors name the field path
(pydantic) or the line (TOML syntax), so a secretariat officer editing the file can fix it.
"""

from __future__ import annotations

import re
import tomllib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Annotated
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from email_validator import EmailNotValidError, validate_email
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError, field_validator, model_validator

LANGUAGES: tuple[str, ...] = ("ar", "zh", "en", "fr", "ru", "es")
"""The six official UN languages, in the UN's own (English alphabetical) order."""

DEFAULT_CONSULTATION_FILE = Path(__file__).with_name("consultation.toml")

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
# A year written out (1990-2099): in a text that states the schedule, a date must be a placeable.
_WRITTEN_YEAR = re.compile(r"(?<![0-9/.])(?:199[0-9]|20[0-9]{2})(?![0-9/])")
DATE_PLACEABLES: tuple[str, ...] = ("deadline", "meeting")
"""What a dated text of the definition (the mandate, the renewed invitation) may contain: the
deadline and the meeting, filled in from the schedule (with /schedule's changes) in the reader's
language by prompts/dated.py. Every other text of the definition is shown as written."""
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9_]{1,24}$")]


class Localized(BaseModel):
    """A text in each of the six languages; none may be empty."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    ar: Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]
    zh: Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]
    en: Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]
    fr: Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]
    ru: Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]
    es: Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]

    def get(self, language: str) -> str:
        return getattr(self, language if language in LANGUAGES else "en")


class Paragraph(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    number: int = Field(ge=1)
    text: Localized


class Document(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    title: Localized
    symbol: str = ""
    paragraphs: list[Paragraph] = Field(min_length=1)

    @field_validator("paragraphs")
    @classmethod
    def _numbers_unique_and_ordered(cls, paragraphs: list[Paragraph]) -> list[Paragraph]:
        numbers = [p.number for p in paragraphs]
        if numbers != sorted(set(numbers)):
            raise ValueError("paragraph numbers must be unique and in increasing order")
        return paragraphs

    def paragraph(self, number: int) -> Paragraph | None:
        return next((p for p in self.paragraphs if p.number == number), None)


class Choice(BaseModel):
    """A topic or a comment type: a stable id (stored with submissions) and its names."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Slug
    name: Localized


class Dates(BaseModel):
    """Timezone-aware instants; the meeting is a span of calendar days in `timezone`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    opens: datetime
    deadline: datetime
    meeting_start: date
    meeting_end: date

    @field_validator("opens", "deadline")
    @classmethod
    def _aware(cls, value: datetime) -> datetime:
        if value.tzinfo is None:
            raise ValueError("must carry a UTC offset, e.g. 2013-01-25T18:00:00+03:00")
        return value.astimezone(UTC)

    @model_validator(mode="after")
    def _ordered(self) -> Dates:
        if not self.opens < self.deadline:
            raise ValueError("opens must be before deadline")
        if self.meeting_end < self.meeting_start:
            raise ValueError("meeting_end must not be before meeting_start")
        return self


class Contact(BaseModel):
    """Whom participants write to: the secretariat's name, its e-mail address and, optionally,
    the web page where the report and the consultation's documents are published."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Localized
    email: str
    web: str | None = None

    @field_validator("email")
    @classmethod
    def _email(cls, value: str) -> str:
        try:
            return validate_email(value.strip(), check_deliverability=False).normalized
        except EmailNotValidError as exc:
            raise ValueError(f"not a valid e-mail address: {exc}") from exc

    @field_validator("web")
    @classmethod
    def _web(cls, value: str | None) -> str | None:
        if value is None:
            return None
        parts = urlsplit(value.strip())
        if parts.scheme not in ("https", "http") or not parts.netloc or any(c.isspace() for c in value.strip()):
            raise ValueError("must be a full web address, e.g. https://www.example.org/report")
        return value.strip()


class Consultation(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    reference_prefix: Annotated[str, StringConstraints(pattern=r"^[A-Z]{1,6}$")]
    reference_year: int = Field(ge=2000, le=2100)
    timezone: str
    title: Localized
    mandate: Localized
    renewed_invitation: Localized
    meeting_place: Localized
    document: Document
    topics: list[Choice] = Field(min_length=1)
    comment_types: list[Choice] = Field(min_length=1)
    dates: Dates
    reminder_offsets_days: list[int] = Field(default_factory=lambda: [14, 7, 2, 1])
    max_comment_chars: int = Field(default=20_000, ge=100, le=100_000)
    country_languages: dict[str, str] = Field(default_factory=dict)
    invited_countries: list[str] = Field(default_factory=list)
    # The secretariat's contact, named in every text that tells a person to write to it; a
    # definition without one still loads, and those texts then name no address.
    contact: Contact | None = None

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown IANA time zone {value!r}") from exc
        return value

    @field_validator("topics", "comment_types")
    @classmethod
    def _unique_ids(cls, choices: list[Choice]) -> list[Choice]:
        ids = [c.id for c in choices]
        if len(ids) != len(set(ids)):
            raise ValueError("ids must be unique")
        return choices

    @field_validator("renewed_invitation")
    @classmethod
    def _invitation_placeholders(cls, text: Localized) -> Localized:
        # A misspelt or missing one would only show when the secretariat sends the invitation,
        # so it is caught here, at start-up.
        for language in LANGUAGES:
            found = sorted(_PLACEHOLDER.findall(getattr(text, language)))
            if found != sorted(DATE_PLACEABLES):
                raise ValueError(
                    f"{language}: must contain {{deadline}} and {{meeting}} exactly once each "
                    f"and no other {{...}}; found {found or 'none'}"
                )
        _no_written_dates(text)
        return text

    @field_validator("mandate")
    @classmethod
    def _mandate_placeholders(cls, text: Localized) -> Localized:
        # The mandate states the meeting (and may state the deadline): from the schedule, so
        # that /schedule changes it too. The same placeables in all six languages.
        expected: list[str] | None = None
        for language in LANGUAGES:
            found = sorted(_PLACEHOLDER.findall(getattr(text, language)))
            unknown = [name for name in found if name not in DATE_PLACEABLES]
            if unknown or len(found) != len(set(found)) or "meeting" not in found:
                raise ValueError(
                    f"{language}: must contain {{meeting}} once, may contain {{deadline}} once, "
                    f"and no other {{...}}; found {found or 'none'}"
                )
            if expected is not None and found != expected:
                raise ValueError(f"{language}: has {found}, {LANGUAGES[0]} has {expected}: the same in every language")
            expected = found
        _no_written_dates(text)
        return text

    @model_validator(mode="after")
    def _undated_texts_have_no_placeables(self) -> Consultation:
        # Only the mandate and the renewed invitation are filled in; a {...} anywhere else would
        # reach readers as typed.
        texts: list[tuple[str, Localized]] = [("title", self.title), ("meeting_place", self.meeting_place)]
        if self.contact is not None:
            texts.append(("contact.name", self.contact.name))
        texts.append(("document.title", self.document.title))
        texts += [(f"document.paragraphs.{p.number}", p.text) for p in self.document.paragraphs]
        texts += [(f"topics.{c.id}", c.name) for c in self.topics]
        texts += [(f"comment_types.{c.id}", c.name) for c in self.comment_types]
        for where, text in texts:
            for language in LANGUAGES:
                found = _PLACEHOLDER.findall(getattr(text, language))
                if found:
                    raise ValueError(
                        f"{where}.{language}: {{{found[0]}}} is not filled in here (only the mandate and "
                        "the renewed invitation take {deadline} and {meeting})"
                    )
        return self

    @field_validator("reminder_offsets_days")
    @classmethod
    def _offsets(cls, offsets: list[int]) -> list[int]:
        if any(o < 1 or o > 365 for o in offsets) or len(offsets) != len(set(offsets)):
            raise ValueError("offsets are distinct whole days between 1 and 365")
        return sorted(offsets, reverse=True)

    @field_validator("country_languages")
    @classmethod
    def _languages(cls, mapping: dict[str, str]) -> dict[str, str]:
        for code, language in mapping.items():
            if language not in LANGUAGES:
                raise ValueError(f"{code}: {language!r} is not one of {', '.join(LANGUAGES)}")
        return {code.upper(): language for code, language in mapping.items()}

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def topic(self, topic_id: str) -> Choice | None:
        return next((t for t in self.topics if t.id == topic_id), None)

    def comment_type(self, type_id: str) -> Choice | None:
        return next((t for t in self.comment_types if t.id == type_id), None)

    def preferred_language(self, country_code: str) -> str:
        return self.country_languages.get(country_code.upper(), "en")

    def rescheduled(
        self, *, deadline: datetime | None = None, meeting_start: date | None = None, meeting_end: date | None = None
    ) -> Consultation:
        """The same consultation with the secretariat's changes to its dates (None: unchanged).

        The one place where /schedule's changes (storage/schedule.py) meet the definition: the
        bot (services/core.py) and `consultbot export` both go through it.
        """
        changes = {"deadline": deadline, "meeting_start": meeting_start, "meeting_end": meeting_end}
        dates = self.dates.model_copy(update={k: v for k, v in changes.items() if v is not None})
        return self.model_copy(update={"dates": dates})

    def shifted_to(self, now: datetime) -> Consultation:
        """The same consultation with its dates moved so that it is open at `now`.

        Used by the sandbox only: the shipped example is a real 2013 process whose dates are
        past, and a newcomer must still be able to submit. The deadline lands 21 days ahead,
        the other dates keep their distance from it.
        """
        shift = (now + timedelta(days=21)) - self.dates.deadline
        whole_days = timedelta(days=shift.days + 1)
        dates = Dates(
            opens=self.dates.opens + whole_days,
            deadline=self.dates.deadline + whole_days,
            meeting_start=self.dates.meeting_start + whole_days,
            meeting_end=self.dates.meeting_end + whole_days,
        )
        return self.model_copy(update={"dates": dates})


def _no_written_dates(text: Localized) -> None:
    for language in LANGUAGES:
        year = _WRITTEN_YEAR.search(getattr(text, language))
        if year:
            raise ValueError(
                f"{language}: states a date ({year.group()!r}); write {{deadline}} or {{meeting}} instead, "
                "so that the text follows the schedule"
            )


class ConsultationFileError(Exception):
    """The definition cannot be used; the message says where and why, in one line each."""


_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_.\"-]+?)\s*=")


def _key_parts(text: str) -> tuple[str, ...]:
    return tuple(part.strip().strip('"') for part in text.split("."))


def field_lines(text: str) -> dict[tuple[str | int, ...], int]:
    """Where each table and key of a TOML text is written: its path (array tables counted from
    0, as pydantic counts list items) and its line number, to name the line of a bad field."""
    lines: dict[tuple[str | int, ...], int] = {}
    counts: dict[tuple[str, ...], int] = {}
    prefix: tuple[str | int, ...] = ()
    in_multiline = False
    for number, line in enumerate(text.splitlines(), start=1):
        if in_multiline:
            in_multiline = line.count('"""') % 2 == 0
            continue
        header = _HEADER.match(line)
        if header and not _KEY.match(line):
            path = _key_parts(header.group(2))
            if header.group(1) == "[[":
                index = counts.get(path, -1) + 1
                counts[path] = index
                lines.setdefault(path, number)
                prefix = (*path, index)
            else:
                # A sub-table of an array table's latest element: [document.paragraphs.text].
                resolved: list[str | int] = []
                for part in path:
                    resolved.append(part)
                    index = counts.get(tuple(p for p in resolved if isinstance(p, str)))
                    if index is not None:
                        resolved.append(index)
                prefix = tuple(resolved)
            lines.setdefault(prefix, number)
            continue
        key = _KEY.match(line)
        if key:
            lines.setdefault((*prefix, *_key_parts(key.group(1))), number)
            in_multiline = line.count('"""') % 2 == 1
    return lines


def line_of(lines: dict[tuple[str | int, ...], int], loc: tuple[str | int, ...]) -> int | None:
    """The line of the longest part of `loc` that the text writes out."""
    for end in range(len(loc), 0, -1):
        if loc[:end] in lines:
            return lines[loc[:end]]
    return None


def validate_text(text: str, source: str) -> Consultation:
    """A definition from TOML text; ConsultationFileError names each bad field with its line."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConsultationFileError(f"{source}: {exc}") from exc
    try:
        return Consultation.model_validate(raw)
    except ValidationError as exc:
        lines = field_lines(text)
        problems = []
        for error in exc.errors():
            loc = tuple(error["loc"])
            line = line_of(lines, loc)
            where = ".".join(str(part) for part in loc) or "(the definition as a whole)"
            problems.append(f"{where}: {error['msg']}" + (f" (line {line})" if line else ""))
        raise ConsultationFileError(f"{source}: {'; '.join(problems)}") from exc


def load_consultation(path: Path = DEFAULT_CONSULTATION_FILE) -> Consultation:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ConsultationFileError(f"{path}: file not found") from exc
    return validate_text(text, str(path))
