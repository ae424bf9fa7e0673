"""What to export: the format and the filters, and the SQL condition the filters make.

The condition is built from fixed fragments with `?` placeholders only: ids, codes and dates
are always bound values, never part of the SQL text.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

SUBMITTED = "submitted"
WITHDRAWN = "withdrawn"
STATUSES = (SUBMITTED, WITHDRAWN)


class ExportFormat(StrEnum):
    XLSX = "xlsx"
    CSV = "csv"
    JSONL = "jsonl"
    DOCX = "docx"
    ZIP = "zip"  # the attachments, named by reference

    @property
    def media_type(self) -> str:
        return {
            "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "csv": "text/csv",
            "jsonl": "application/jsonl",
            "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "zip": "application/zip",
        }[self.value]


class ExportFilters(BaseModel):
    """Which submissions go into an export. Empty tuples mean "all"."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    topics: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    comment_types: tuple[str, ...] = ()
    # Submission statuses; empty means "submitted" only. include_withdrawn adds "withdrawn".
    statuses: tuple[str, ...] = ()
    include_withdrawn: bool = False
    include_versions: bool = False  # every version of each submission, not only the current one
    # Calendar days in the consultation's time zone, both inclusive.
    submitted_from: date | None = None
    submitted_to: date | None = None
    # One consultation's submissions (None: every consultation's, as with a single one).
    consultation_id: int | None = None
    # The secretariat's review (issue 15): submissions carrying any of these themes (tag ids,
    # storage/review.py); and the internal notes and the replies as columns (staff exports).
    tags: tuple[int, ...] = ()
    with_notes: bool = False

    @field_validator("countries")
    @classmethod
    def _upper(cls, codes: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(code.upper() for code in codes))

    @field_validator("tags")
    @classmethod
    def _unique_tags(cls, ids: tuple[int, ...]) -> tuple[int, ...]:
        return tuple(dict.fromkeys(ids))

    @field_validator("topics", "comment_types")
    @classmethod
    def _unique(cls, ids: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(ids))

    @field_validator("statuses")
    @classmethod
    def _known_statuses(cls, statuses: tuple[str, ...]) -> tuple[str, ...]:
        for status in statuses:
            if status not in STATUSES:
                raise ValueError(f"unknown status {status!r}; expected one of {', '.join(STATUSES)}")
        return tuple(s for s in STATUSES if s in statuses)

    @model_validator(mode="after")
    def _ordered_dates(self) -> ExportFilters:
        if self.submitted_from and self.submitted_to and self.submitted_to < self.submitted_from:
            raise ValueError("the end date is before the start date")
        return self

    @property
    def effective_statuses(self) -> tuple[str, ...]:
        wanted = set(self.statuses or (SUBMITTED,))
        if self.include_withdrawn:
            wanted.add(WITHDRAWN)
        return tuple(s for s in STATUSES if s in wanted)

    def with_changes(self, **changes: Any) -> ExportFilters:
        """A validated copy (model_copy does not validate)."""
        return ExportFilters.model_validate({**self.model_dump(), **changes})

    def is_default(self) -> bool:
        return self == ExportFilters()


def utc_bounds(filters: ExportFilters, zone: ZoneInfo) -> tuple[str | None, str | None]:
    """The date filter as [start, end) instants in UTC, in the stored ISO 8601 form."""
    start = end = None
    if filters.submitted_from is not None:
        start = _utc_iso(datetime.combine(filters.submitted_from, time(0), zone))
    if filters.submitted_to is not None:
        end = _utc_iso(datetime.combine(filters.submitted_to + timedelta(days=1), time(0), zone))
    return start, end


def _utc_iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def _placeholders(values: tuple[str, ...]) -> str:
    return ", ".join("?" for _ in values)


def where_clause(filters: ExportFilters, zone: ZoneInfo) -> tuple[str, list[Any]]:
    """The condition on `submissions s JOIN submission_versions v` and its bound values."""
    parts: list[str] = []
    params: list[Any] = []
    if not filters.include_versions:
        parts.append("v.version = s.current_version")
    statuses = filters.effective_statuses
    parts.append(f"s.status IN ({_placeholders(statuses)})")
    params += statuses
    if filters.topics:
        parts.append(f"v.topic_id IN ({_placeholders(filters.topics)})")
        params += filters.topics
    if filters.comment_types:
        parts.append(f"v.comment_type_id IN ({_placeholders(filters.comment_types)})")
        params += filters.comment_types
    if filters.countries:
        parts.append(f"s.country_code IN ({_placeholders(filters.countries)})")
        params += filters.countries
    if filters.consultation_id is not None:
        parts.append("s.consultation_id = ?")
        params.append(filters.consultation_id)
    if filters.tags:
        # The tag ids as one JSON array (json_each), bound like every other value.
        parts.append(
            "EXISTS (SELECT 1 FROM submission_tags st WHERE st.submission_id = s.id"
            " AND st.tag_id IN (SELECT value FROM json_each(?)))"
        )
        params.append(json.dumps(list(filters.tags)))
    start, end = utc_bounds(filters, zone)
    if start is not None:
        parts.append("v.submitted_at >= ?")
        params.append(start)
    if end is not None:
        parts.append("v.submitted_at < ?")
        params.append(end)
    return " AND ".join(parts), params


def command_line_arguments(filters: ExportFilters) -> list[str]:
    """The same filters as `consultbot export` options (bot/export_cli.py parses them back)."""
    arguments: list[str] = []
    for option, values in (
        ("--topic", filters.topics),
        ("--country", filters.countries),
        ("--type", filters.comment_types),
        ("--status", filters.statuses),
    ):
        if values:
            arguments += [option, ",".join(values)]
    if filters.include_withdrawn:
        arguments.append("--include-withdrawn")
    if filters.include_versions:
        arguments.append("--versions")
    if filters.submitted_from:
        arguments += ["--from", filters.submitted_from.isoformat()]
    if filters.submitted_to:
        arguments += ["--to", filters.submitted_to.isoformat()]
    if filters.consultation_id is not None:
        arguments += ["--consultation", str(filters.consultation_id)]
    if filters.tags:
        arguments += ["--tag", ",".join(str(tag) for tag in filters.tags)]
    if filters.with_notes:
        arguments.append("--with-notes")
    return arguments
