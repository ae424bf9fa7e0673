"""Small aggregates beside the rows: per country (XLSX "Countries", the DOCX annex) and per
topic and comment type (XLSX "Topics"). They run on the export's own snapshot and filters."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime

from exports.invited import invited_countries
from exports.rows import RowSource
from prompts import collation, countries

_JOIN = "FROM submissions s JOIN submission_versions v ON v.submission_id = s.id"


@dataclass
class CountryLine:
    code: str
    name: str
    invited: bool
    organisation_kind: bool  # a regional organisation (the EU) rather than a State
    focal_points: int = 0
    submissions: int = 0
    last_activity: datetime | None = None
    reminders_sent: int = 0
    organisations: list[str] = field(default_factory=list)


async def country_lines(source: RowSource, *, respondents_only: bool = False) -> list[CountryLine]:
    """Each invited country (within the country filter) and any other respondent, by name."""
    labels = source.labels
    invited = invited_countries(labels.consultation)
    counts = dict(
        await source.fetchall(
            f"SELECT s.country_code, COUNT(DISTINCT s.id) {_JOIN} WHERE {source.where} GROUP BY s.country_code",
            source.params,
        )
    )
    wanted = set(counts)
    if not respondents_only:
        wanted |= {c for c in invited if not source.filters.countries or c in source.filters.countries}
    focal_points = dict(
        await source.fetchall(
            "SELECT country_code, COUNT(*) FROM participants WHERE role = 'focal_point'"
            " AND status = 'approved' AND country_code IS NOT NULL GROUP BY country_code"
        )
    )
    activity = dict(
        await source.fetchall("SELECT country_code, MAX(updated_at) FROM submissions GROUP BY country_code")
    )
    reminders = dict(
        await source.fetchall(
            "SELECT p.country_code, COUNT(*) FROM reminder_receipts r"
            " JOIN participants p ON p.id = r.participant_id GROUP BY p.country_code"
        )
    )
    organisations: dict[str, list[str]] = defaultdict(list)
    for code, organisation in await source.fetchall(
        f"SELECT DISTINCT s.country_code, p.organisation {_JOIN}"
        " JOIN participants p ON p.id = COALESCE(v.participant_id, s.participant_id)"
        f" WHERE {source.where} AND p.status != 'erased' AND p.organisation IS NOT NULL"
        " ORDER BY p.organisation",
        source.params,
    ):
        organisations[code].append(organisation)
    lines = []
    for code in wanted:
        country = countries.get(code)
        last = activity.get(code)
        lines.append(
            CountryLine(
                code=code,
                name=labels.country(code),
                invited=code in invited,
                organisation_kind=bool(country and country.organisation),
                focal_points=focal_points.get(code, 0),
                submissions=counts.get(code, 0),
                last_activity=datetime.fromisoformat(last).astimezone(UTC) if last else None,
                reminders_sent=reminders.get(code, 0),
                organisations=organisations.get(code, []),
            )
        )
    collate = collation.sort_key(labels.language)
    for line in lines:
        line.organisations.sort(key=collate)
    lines.sort(key=lambda line: (collate(line.name), line.code))
    return lines


async def topic_counts(source: RowSource) -> dict[tuple[str, str], int]:
    """(topic id, comment type id) -> number of rows in the export."""
    rows = await source.fetchall(
        f"SELECT v.topic_id, v.comment_type_id, COUNT(*) {_JOIN} WHERE {source.where}"
        " GROUP BY v.topic_id, v.comment_type_id",
        source.params,
    )
    return {(topic, kind): count for topic, kind, count in rows}
