"""Reading a consultation's submissions page by page for the review screen (webapp/).

The filters become a WHERE clause over each submission's current version (all
parameterised), the sort an ORDER BY; a page is one scan at most (see `page`), and only the
page's rows are read into memory.
Names shown in the reader's language (States, topics, types) are sorted by a rank the caller
computes in that language's collation and passes in as one JSON parameter ({"FR": 3, ...}).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import StrEnum
from typing import Any, NamedTuple

from pydantic import Field

from storage.attachments import Attachment
from storage.attachments import for_version as attachments_for_version
from storage.db import Database
from storage.models import Model, from_db
from storage.search import fold

PAGE_SIZE = 50
MAX_TEXT = 200
COMMENT_KEY = 100  # sorted by comment: by its first characters (ties by reference)


class Sort(StrEnum):
    REFERENCE = "reference"
    STATE = "state"
    TOPIC = "topic"
    TYPE = "type"
    PARAGRAPH = "paragraph"
    LANGUAGE = "language"
    DATE = "date"
    VERSIONS = "versions"
    REVIEW = "review"
    COMMENT = "comment"


class Filters(Model):
    consultation_id: int
    topics: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    submitted_from: date | None = None
    submitted_to: date | None = None
    text: str = Field(default="", max_length=MAX_TEXT)
    withdrawn: bool = False  # also withdrawn submissions
    # The review (storage/review.py): statuses (a submission never reviewed is "received")
    # and tags (any of them).
    review_statuses: tuple[str, ...] = ()
    tag_ids: tuple[int, ...] = ()


class Order(Model):
    sort: Sort = Sort.REFERENCE
    descending: bool = False
    # For sorts by a name in the reader's language: the rank of each code in that collation.
    ranks: dict[str, int] = Field(default_factory=dict)


class Row(Model):
    id: int
    reference: str
    country_code: str
    status: str
    topic_id: str
    comment_type_id: str
    paragraph: int | None
    language: str | None
    comment: str
    proposed_text: str | None
    current_version: int
    submitted_at: datetime
    review_status: str


class Page(Model):
    rows: list[Row]
    total: int
    page: int
    pages: int


def _in(column: str, values: tuple[str, ...], params: list[Any]) -> str:
    params.extend(values)
    return f"{column} IN ({', '.join('?' for _ in values)})"


def where(filters: Filters) -> tuple[str, list[Any]]:
    clauses = ["s.consultation_id = ?"]
    params: list[Any] = [filters.consultation_id]
    if not filters.withdrawn:
        clauses.append("s.status = 'submitted'")
    for column, values in (
        ("v.topic_id", filters.topics),
        ("v.comment_type_id", filters.types),
        ("s.country_code", filters.countries),
        ("v.language", filters.languages),
    ):
        if values:
            clauses.append(_in(column, values, params))
    if filters.submitted_from is not None:
        clauses.append("v.submitted_at >= ?")
        params.append(filters.submitted_from.isoformat())
    if filters.submitted_to is not None:
        clauses.append("v.submitted_at < ?")
        params.append((filters.submitted_to + timedelta(days=1)).isoformat())
    if filters.review_statuses:
        clauses.append(_in("COALESCE(r.status, 'received')", filters.review_statuses, params))
    if filters.tag_ids:
        params.extend(filters.tag_ids)
        marks = ", ".join("?" for _ in filters.tag_ids)
        clauses.append(
            f"EXISTS (SELECT 1 FROM submission_tags st WHERE st.submission_id = s.id AND st.tag_id IN ({marks}))"  # noqa: S608
        )
    text = filters.text.strip()
    if text:
        # Case- and accent-insensitive in every script: the folded needle in the folded column
        # (storage/search.py), and in the reference (ASCII: lower() folds it).
        needle = fold(text) or ""
        clauses.append("(instr(v.search_text, ?) > 0 OR instr(lower(s.reference), ?) > 0)")
        params += [needle, needle]
    return " AND ".join(clauses), params


FROM = (
    "FROM submissions s JOIN submission_versions v ON v.submission_id = s.id AND v.version = s.current_version"
    " LEFT JOIN submission_reviews r ON r.submission_id = s.id"
)
REVIEW_ORDER = (
    "CASE COALESCE(r.status, 'received') WHEN 'received' THEN 0 WHEN 'under_review' THEN 1"
    " WHEN 'addressed' THEN 2 ELSE 3 END"
)


PAGE_COLUMNS = (
    "s.id, s.reference, s.country_code, s.status, s.current_version, v.topic_id, v.comment_type_id, v.paragraph,"
    " v.language, v.comment, v.proposed_text, v.submitted_at, COALESCE(r.status, 'received') AS review_status"
)
PAGE_ROWS = f"SELECT {PAGE_COLUMNS} {FROM} WHERE s.id IN (SELECT value FROM json_each(?))"  # noqa: S608 (constants)


def _order(order: Order, params: list[Any]) -> str:
    direction = "DESC" if order.descending else "ASC"
    ranked = {Sort.STATE: "s.country_code", Sort.TOPIC: "v.topic_id", Sort.TYPE: "v.comment_type_id"}
    if order.sort in ranked:
        params.append(json.dumps(order.ranks))
        return f"json_extract(?, '$.\"' || {ranked[order.sort]} || '\"') {direction}, s.seq ASC"
    column = {
        Sort.REFERENCE: "s.seq",
        Sort.PARAGRAPH: "v.paragraph",
        Sort.LANGUAGE: "v.language",
        Sort.DATE: "v.submitted_at",
        Sort.VERSIONS: "s.current_version",
        Sort.REVIEW: REVIEW_ORDER,
        Sort.COMMENT: "v.comment",  # code-point order, when no collation is given (see page)
    }[order.sort]
    return f"{column} {direction}, s.seq ASC"


def _reads_versions(filters: Filters) -> bool:
    """Whether the filters read every current version's row (its language, date or text)."""
    return bool(
        filters.topics
        or filters.types
        or filters.languages
        or filters.submitted_from
        or filters.submitted_to
        or filters.text.strip()
        or filters.review_statuses
        or filters.tag_ids
    )


class Collation(NamedTuple):
    """The reader's collation: its name (a cache key) and its sort key."""

    name: str
    key: Callable[[str], bytes]


# A consultation's comments ranked in a collation, kept until a write may have changed them:
# {(database, consultation, collation): ((versions of the tables read), ranks, seqs)}
Ranks = dict[int, int]  # submission id -> its comment's rank (or its seq)
_comment_ranks: dict[tuple[str, int, str], tuple[tuple[int, int], Ranks, Ranks]] = {}


async def _comment_rank(
    db: Database, consultation_id: int, collation: Collation
) -> tuple[dict[int, int], dict[int, int]]:
    """Every submission's rank by its comment's first COMMENT_KEY characters in `collation`
    (equal comments share a rank) and its seq, computed once per change of the comments."""
    cache = (str(db.path), consultation_id, collation.name)
    seen = (db.version("submissions"), db.version("submission_versions"))
    kept = _comment_ranks.get(cache)
    if kept is not None and kept[0] == seen:
        return kept[1], kept[2]
    rows = await db.fetchall(
        f"SELECT s.id, s.seq, substr(v.comment, 1, {COMMENT_KEY}) {FROM} WHERE s.consultation_id = ?",
        (consultation_id,),
    )
    keyed = sorted(((collation.key(r[2] or ""), int(r[0])) for r in rows), key=lambda pair: pair[0])
    ranks: Ranks = {}
    rank, previous = -1, None
    for key, submission_id in keyed:
        if key != previous:
            rank, previous = rank + 1, key
        ranks[submission_id] = rank
    seqs = {int(r[0]): int(r[1]) for r in rows}
    if len(_comment_ranks) >= 24:  # a few consultations in a few languages
        _comment_ranks.clear()
    _comment_ranks[cache] = (seen, ranks, seqs)
    return ranks, seqs


async def _by_comment(db: Database, filters: Filters, order: Order, collation: Collation) -> list[int]:
    """The matching ids sorted by comment in the reader's collation, then by reference. The ids
    come as one string and are sorted by integer keys: nothing per row for the garbage collector
    to trace (10,000 row objects a request made every few requests pause for a collection)."""
    clause, params = where(filters)
    ranks, seqs = await _comment_rank(db, filters.consultation_id, collation)
    joined = await db.fetchval(f"SELECT group_concat(s.id) {FROM} WHERE {clause}", params)
    ids = [int(i) for i in str(joined).split(",")] if joined else []
    span = 1 << 32  # above any seq
    sign = -1 if order.descending else 1
    return sorted(ids, key=lambda i: sign * ranks.get(i, -1) * span + seqs.get(i, 0))


async def page(
    db: Database,
    filters: Filters,
    order: Order,
    number: int = 1,
    size: int = PAGE_SIZE,
    *,
    collation: Collation | None = None,
) -> Page:
    """One page of the matching submissions and how many match. With filters that read the
    versions (a scan of every comment), one scan finds the matching ids in order and only the
    page's rows are read; without, a COUNT(*) on the indexes and a LIMIT query that stops after
    the page (both scan nothing but indexes when sorted by reference). Sorted by comment with
    a `collation` (the reader's), the ids are sorted here (see _by_comment); without one, by
    the comment's code points in SQL."""
    clause, params = where(filters)
    order_params: list[Any] = []
    order_by = _order(order, order_params)
    if (order.sort is Sort.COMMENT and collation is not None) or _reads_versions(filters):
        if order.sort is Sort.COMMENT and collation is not None:
            ids = await _by_comment(db, filters, order, collation)
        else:
            ids = [
                int(r[0])
                for r in await db.fetchall(
                    f"SELECT s.id {FROM} WHERE {clause} ORDER BY {order_by}",
                    [*params, *order_params],
                )
            ]
        total = len(ids)
        pages = max(1, -(-total // size))
        number = min(max(1, number), pages)
        wanted = ids[(number - 1) * size : number * size]
        rows = await db.fetchall(PAGE_ROWS, (json.dumps(wanted),))
    else:
        total = int(await db.fetchval(f"SELECT COUNT(*) {FROM} WHERE {clause}", params))
        pages = max(1, -(-total // size))
        number = min(max(1, number), pages)
        rows = await db.fetchall(
            f"SELECT {PAGE_COLUMNS} {FROM} WHERE {clause} ORDER BY {order_by} LIMIT ? OFFSET ?",
            [*params, *order_params, size, (number - 1) * size],
        )
        wanted = [int(r["id"]) for r in rows]
    by_id = {}
    for row in rows:
        data = dict(row)
        data["submitted_at"] = from_db(data["submitted_at"])
        by_id[data["id"]] = Row.model_validate(data)
    return Page(rows=[by_id[i] for i in wanted if i in by_id], total=total, page=number, pages=pages)


class Overview(Model):
    submissions: int
    by_topic: dict[str, int]
    by_type: dict[str, int]
    per_day: list[tuple[date, int]]
    by_country: dict[str, int]
    focal_points: dict[str, int]


async def overview(db: Database, consultation_id: int, zone: tzinfo) -> Overview:
    """The figures of the Overview page: counts by topic, type, State and day in the
    consultation's time zone `zone` (of the first version: the day a submission came in), and
    active focal points by State (approved, not deactivated: as /status counts them). The days
    are counted per UTC minute in SQL (every zone's offset is whole minutes), each minute then
    put in its day of the zone."""
    base = f"{FROM} WHERE s.consultation_id = ? AND s.status = 'submitted'"
    topic = await db.fetchall(f"SELECT v.topic_id, COUNT(*) {base} GROUP BY v.topic_id", (consultation_id,))
    kind = await db.fetchall(
        f"SELECT v.comment_type_id, COUNT(*) {base} GROUP BY v.comment_type_id", (consultation_id,)
    )
    country = await db.fetchall(f"SELECT s.country_code, COUNT(*) {base} GROUP BY s.country_code", (consultation_id,))
    minutes = await db.fetchall(
        "SELECT substr(created_at, 1, 16) AS minute, COUNT(*) FROM submissions"
        " WHERE consultation_id = ? AND status = 'submitted' GROUP BY minute",
        (consultation_id,),
    )
    days: Counter[date] = Counter()
    for minute, count in minutes:
        at = datetime.fromisoformat(minute).replace(tzinfo=UTC)
        days[at.astimezone(zone).date()] += int(count)
    people = await db.fetchall(
        "SELECT country_code, COUNT(*) FROM participants WHERE role = 'focal_point' AND status = 'approved'"
        " AND deactivated_at IS NULL AND country_code IS NOT NULL GROUP BY country_code"
    )
    return Overview(
        submissions=sum(int(r[1]) for r in topic),
        by_topic={r[0]: int(r[1]) for r in topic},
        by_type={r[0]: int(r[1]) for r in kind},
        per_day=sorted(days.items()),
        by_country={r[0]: int(r[1]) for r in country},
        focal_points={r[0]: int(r[1]) for r in people},
    )


class VersionView(Model):
    version: int
    topic_id: str
    comment_type_id: str
    paragraph: int | None
    comment: str
    proposed_text: str | None
    language: str | None
    submitted_at: datetime
    author: str | None
    attachments: list[Attachment]


async def versions(db: Database, submission_id: int) -> list[VersionView]:
    """Every version of a submission, oldest first, with its author's name and its files."""
    rows = await db.fetchall(
        "SELECT v.*, p.full_name AS author FROM submission_versions v LEFT JOIN participants p"
        " ON p.id = v.participant_id WHERE v.submission_id = ? ORDER BY v.version",
        (submission_id,),
    )
    found = []
    for row in rows:
        data = dict(row)
        data["submitted_at"] = from_db(data["submitted_at"])
        data["attachments"] = await attachments_for_version(db, data["id"])
        found.append(VersionView.model_validate(data))
    return found


async def attachment(db: Database, attachment_id: int) -> tuple[Attachment, int] | None:
    """An attachment of a submitted version, with the consultation it belongs to."""
    row = await db.fetchone(
        "SELECT a.*, s.consultation_id AS consultation_id FROM attachments a"
        " JOIN submission_versions v ON v.id = a.version_id JOIN submissions s ON s.id = v.submission_id"
        " WHERE a.id = ?",
        (attachment_id,),
    )
    if row is None:
        return None
    data = dict(row)
    consultation_id = int(data.pop("consultation_id"))
    data["created_at"] = from_db(data["created_at"])
    return Attachment.model_validate(data), consultation_id
