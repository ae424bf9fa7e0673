"""Small aggregates beside the rows: per country (XLSX "Countries", the DOCX annex) and per
topic and comment type (XLSX "Topics", the DOCX headings). They run on the export's own
snapshot and filters.

They count submissions, whatever the export's options: each submission once, under the topic
and comment type of its current version, so that an export with earlier versions as rows
(`--versions`) has the same figures as one without. A withdrawn submission is not counted as a
submission; when the export includes withdrawn ones (`--include-withdrawn`, or the status
filter), they are counted apart, in a "Withdrawn" column of their own.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime

from exports.filters import WITHDRAWN
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
    submissions: int = 0  # not withdrawn, each counted once
    withdrawn: int = 0  # withdrawn submissions, when the export includes them
    last_activity: datetime | None = None
    reminders_sent: int = 0
    organisations: list[str] = field(default_factory=list)


async def country_lines(source: RowSource, *, respondents_only: bool = False) -> list[CountryLine]:
    """Each invited country (within the country filter) and any other respondent, by name."""
    labels = source.labels
    invited = invited_countries(labels.consultation)
    counts: dict[str, int] = defaultdict(int)
    withdrawn: dict[str, int] = defaultdict(int)
    for code, status, count in await source.fetchall(
        f"SELECT s.country_code, s.status, COUNT(*) {_JOIN} WHERE {source.count_where}"
        " GROUP BY s.country_code, s.status",
        source.count_params,
    ):
        (withdrawn if status == WITHDRAWN else counts)[code] += count
    # Listed: whoever has a row in the export (an earlier version alone lists its country too).
    wanted = {
        code
        for (code,) in await source.fetchall(
            f"SELECT DISTINCT s.country_code {_JOIN} WHERE {source.where}", source.params
        )
    }
    if not respondents_only:
        wanted |= {c for c in invited if not source.filters.countries or c in source.filters.countries}
    focal_points = dict(
        await source.fetchall(
            "SELECT country_code, COUNT(*) FROM participants WHERE role = 'focal_point'"
            " AND status = 'approved' AND deactivated_at IS NULL AND country_code IS NOT NULL GROUP BY country_code"
        )
    )
    # The export's consultation only, when it names one (every consultation's otherwise).
    scope = source.filters.consultation_id
    activity = dict(
        await source.fetchall(
            "SELECT country_code, MAX(updated_at) FROM submissions WHERE ? IS NULL OR consultation_id = ?"
            " GROUP BY country_code",
            (scope, scope),
        )
    )
    reminders = dict(
        await source.fetchall(
            "SELECT p.country_code, COUNT(*) FROM reminder_receipts r"
            " JOIN participants p ON p.id = r.participant_id WHERE ? IS NULL OR r.consultation_id = ?"
            " GROUP BY p.country_code",
            (scope, scope),
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
                withdrawn=withdrawn.get(code, 0),
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


@dataclass
class Tally:
    """Submissions by (topic id, comment type id) of their current version, and the rows."""

    includes_withdrawn: bool  # the export's statuses include "withdrawn"
    submitted: dict[tuple[str, str], int] = field(default_factory=dict)
    withdrawn: dict[tuple[str, str], int] = field(default_factory=dict)
    rows_by_topic: dict[str, int] = field(default_factory=dict)  # rows in the export, versions too
    earlier_versions: int = 0  # rows that are earlier versions (with --versions)

    @property
    def total(self) -> int:
        return sum(self.submitted.values())

    @property
    def total_withdrawn(self) -> int:
        return sum(self.withdrawn.values())

    def topic(self, topic_id: str) -> int:
        return sum(count for (topic, _kind), count in self.submitted.items() if topic == topic_id)

    def topic_withdrawn(self, topic_id: str) -> int:
        return sum(count for (topic, _kind), count in self.withdrawn.items() if topic == topic_id)

    def topic_ids(self) -> set[str]:
        return {topic for topic, _ in self.submitted} | {topic for topic, _ in self.withdrawn} | set(self.rows_by_topic)


async def tally(source: RowSource) -> Tally:
    found = Tally(includes_withdrawn=WITHDRAWN in source.filters.effective_statuses)
    for topic, kind, status, count in await source.fetchall(
        f"SELECT v.topic_id, v.comment_type_id, s.status, COUNT(*) {_JOIN} WHERE {source.count_where}"
        " GROUP BY v.topic_id, v.comment_type_id, s.status",
        source.count_params,
    ):
        (found.withdrawn if status == WITHDRAWN else found.submitted)[(topic, kind)] = count
    for topic, rows, earlier in await source.fetchall(
        f"SELECT v.topic_id, COUNT(*), SUM(v.version != s.current_version) {_JOIN} WHERE {source.where}"
        " GROUP BY v.topic_id",
        source.params,
    ):
        found.rows_by_topic[topic] = rows
        found.earlier_versions += int(earlier or 0)
    return found
