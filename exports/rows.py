"""The rows of an export: one per submission (or per version), read in batches.

`RowSource` owns the read-only connection (`Database.reader()`), counts the rows for the
progress report, and yields batches of `ExportRow` resolved into the export's language
(country, topic and type names; times in UTC and in the consultation's time zone; personal
data of erased participants replaced). Nothing here keeps more than one batch in memory.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import aiosqlite
from babel.dates import get_timezone_location

from exports.filters import ExportFilters, where_clause
from prompts import Catalog, Consultation, bidi, collation, countries
from storage.review import tag_name

BATCH_SIZE = 500
ERASED = "erased"

Progress = Callable[[int, int], Awaitable[None] | None]

SELECT = """
SELECT s.reference, s.country_code, s.status, s.current_version, s.withdrawn_at,
       v.version, v.topic_id, v.comment_type_id, v.paragraph, v.comment, v.proposed_text,
       v.language, v.language_probability, v.fingerprint, v.submitted_at,
       p.title, p.full_name, p.organisation, p.status,
       CASE WHEN EXISTS (SELECT 1 FROM attachments a WHERE a.version_id = v.id) THEN
           (SELECT json_group_array(json_object('file_name', a.file_name, 'mime_type', a.mime_type,
                                                'size', a.size, 'sha256', a.sha256))
              FROM attachments a WHERE a.version_id = v.id)
       END,
       s.source, s.received_on, s.submitted_by,
       p.email,
       (SELECT r.status FROM submission_reviews r WHERE r.submission_id = s.id),
       (SELECT json_group_array(json(tg.names)) FROM
          (SELECT t.names FROM submission_tags st JOIN review_tags t ON t.id = st.tag_id
            WHERE st.submission_id = s.id ORDER BY t.id) tg),
       (SELECT json_group_array(json_object('text', n.text, 'author', n.author, 'at', n.created_at,
                                            'version', n.version)) FROM
          (SELECT rn.text, a.full_name AS author, rn.created_at, rn.version FROM review_notes rn
             LEFT JOIN participants a ON a.id = rn.author_id
            WHERE rn.submission_id = s.id ORDER BY rn.id) n),
       (SELECT json_group_array(json_object('text', y.text, 'author', y.author, 'at', y.created_at,
                                            'version', y.version, 'recipients', y.recipients)) FROM
          (SELECT rr.text, a.full_name AS author, rr.created_at, rr.version, rr.recipients FROM review_replies rr
             LEFT JOIN participants a ON a.id = rr.author_id
            WHERE rr.submission_id = s.id ORDER BY rr.id) y)
  FROM submissions s
  JOIN submission_versions v ON v.submission_id = s.id
  LEFT JOIN participants p ON p.id = COALESCE(v.participant_id, s.participant_id)
"""
_COUNT = "SELECT COUNT(*) FROM submissions s JOIN submission_versions v ON v.submission_id = s.id"
# SQL text is only ever these constants plus where_clause's fixed fragments; values are bound.
# The positions of the columns above, for speed (rows are plain tuples).
(
    _REF,
    _COUNTRY,
    _STATUS,
    _CURRENT,
    _WITHDRAWN_AT,
    _VERSION,
    _TOPIC,
    _TYPE,
    _PARAGRAPH,
    _COMMENT,
    _PROPOSED,
    _LANGUAGE,
    _PROBABILITY,
    _FINGERPRINT,
    _SUBMITTED,
    _P_TITLE,
    _P_NAME,
    _P_ORG,
    _P_STATUS,
    _ATTACHMENTS,
    _SOURCE,
    _RECEIVED_ON,
    _SUBMITTED_BY,
    _P_EMAIL,
    _REVIEW_STATUS,
    _TAGS,
    _NOTES,
    _REPLIES,
) = range(28)
RECEIVED = "received"  # the review status of a submission nobody has reviewed

DEFAULT_ORDER = "s.seq, v.version"
# The compilation: by paragraph ("general" comments, without one, first), then by country
# name in the export's language's alphabetical order, then by reference.
SYNOPSIS_ORDER = "v.paragraph, export_country_key(s.country_code), s.seq, v.version"


@dataclass(slots=True)
class Attachment:
    file_name: str
    mime_type: str | None
    size: int
    sha256: str


@dataclass(slots=True)
class ReviewEntry:
    """An internal note or a reply to the country, as exported."""

    text: str
    author: str | None
    at: datetime  # UTC
    version: int
    recipients: int | None = None  # replies only: the focal points it was sent to


@dataclass(slots=True)
class ExportRow:
    reference: str
    version: int
    current_version: int
    status: str
    withdrawn_at: datetime | None
    country_code: str
    country: str
    focal_point: str | None  # None: no participant recorded, or erased (see focal_point_erased)
    organisation: str | None
    focal_point_erased: bool
    topic_id: str
    topic: str
    comment_type_id: str
    comment_type: str
    paragraph: int | None
    comment: str
    proposed_text: str | None
    language: str | None
    language_probability: float | None
    submitted_at: datetime  # UTC
    submitted_at_local: datetime  # the consultation's time zone
    fingerprint: str
    attachments: list[Attachment] = field(default_factory=list)
    # Imported (received outside the bot): how, and the day received; None for the bot's own.
    source: str | None = None
    received_on: str | None = None
    # The focal point's title, name and e-mail address, each on its own (None: erased or unknown).
    focal_point_title: str | None = None
    focal_point_name: str | None = None
    focal_point_email: str | None = None
    # The secretariat's review (storage/review.py): status id, theme names in the export's
    # language, the replies sent to the country, and (in exports made with notes) the notes.
    review_status: str = RECEIVED
    tags: list[str] = field(default_factory=list)
    notes: list[ReviewEntry] = field(default_factory=list)
    replies: list[ReviewEntry] = field(default_factory=list)

    @property
    def attachment_names(self) -> str:
        return "\n".join(a.file_name for a in self.attachments)


def source_text(labels: Labels, row: ExportRow) -> str:
    """How a submission came in, for the XLSX column and the DOCX compilation: through the bot,
    or imported (received by e-mail, say, on the day given)."""
    if row.source is None:
        return labels.t("export-source-bot")
    if row.received_on is None:
        return labels.t("export-source-imported-undated", source=row.source)
    day = labels.catalog.date(labels.language, date.fromisoformat(row.received_on))
    return labels.t("export-source-imported", source=row.source, date=day)


class Labels:
    """The export's texts in one language, rendered once from the catalog."""

    def __init__(self, catalog: Catalog, language: str, consultation: Consultation, *, chat: bool = False) -> None:
        self.catalog = catalog
        self.chat = chat
        self.language = language
        self.consultation = consultation
        self.zone = consultation.zone
        self._countries: dict[str, str] = {}
        # Theme names by tag id, in this language (for the filters in words); see load_tag_names.
        self.tag_names: dict[int, str] = {}

    def t(self, key: str, **args: Any) -> str:
        text = self.catalog.t(self.language, key, **args)
        # The catalog puts bidi isolates and marks in Arabic for chat clients; files get
        # their direction from their own markup (DOCX runs, XLSX sheet direction) instead,
        # and some fonts in Word and LibreOffice draw them as boxes.
        return text if self.chat else bidi.without_bidi_controls(text)

    def country(self, code: str) -> str:
        name = self._countries.get(code)
        if name is None:
            name = self._countries[code] = countries.name(code, self.language)
        return name

    def topic(self, topic_id: str) -> str:
        topic = self.consultation.topic(topic_id)
        return topic.name.get(self.language) if topic else topic_id

    def comment_type(self, type_id: str) -> str:
        kind = self.consultation.comment_type(type_id)
        return kind.name.get(self.language) if kind else type_id

    def zone_name(self) -> str:
        """The time zone's city in the export's language ("Nairobi", "内罗毕")."""
        locale = {"zh": "zh_Hans"}.get(self.language, self.language)
        return str(get_timezone_location(self.zone, locale=locale, return_city=True))


class Resolver:
    """Raw query tuples -> ExportRow in the export's language."""

    def __init__(self, labels: Labels, *, with_notes: bool = False) -> None:
        self.labels = labels
        self.with_notes = with_notes
        self.zone = labels.zone
        self._topics = {t.id: t.name.get(labels.language) for t in labels.consultation.topics}
        self._types = {t.id: t.name.get(labels.language) for t in labels.consultation.comment_types}

    def row(self, raw: tuple[Any, ...]) -> ExportRow:
        submitted = datetime.fromisoformat(raw[_SUBMITTED]).astimezone(UTC)
        erased = raw[_P_STATUS] == ERASED
        title = name = email = None
        if erased or raw[_P_NAME] is None:
            # An imported submission names who sent it, if the secretariat knew.
            focal_point, organisation = (None if erased else raw[_SUBMITTED_BY]), None
        else:
            focal_point = f"{raw[_P_TITLE]} {raw[_P_NAME]}" if raw[_P_TITLE] else raw[_P_NAME]
            organisation = raw[_P_ORG]
            title, name, email = raw[_P_TITLE], raw[_P_NAME], raw[_P_EMAIL]
        topic_id, type_id = raw[_TOPIC], raw[_TYPE]
        attachments = [Attachment(**a) for a in json.loads(raw[_ATTACHMENTS])] if raw[_ATTACHMENTS] else []
        return ExportRow(
            reference=raw[_REF],
            version=raw[_VERSION],
            current_version=raw[_CURRENT],
            status=raw[_STATUS],
            withdrawn_at=datetime.fromisoformat(raw[_WITHDRAWN_AT]).astimezone(UTC) if raw[_WITHDRAWN_AT] else None,
            country_code=raw[_COUNTRY],
            country=self.labels.country(raw[_COUNTRY]),
            focal_point=focal_point,
            organisation=organisation,
            focal_point_erased=erased,
            topic_id=topic_id,
            topic=self._topics.get(topic_id, topic_id),
            comment_type_id=type_id,
            comment_type=self._types.get(type_id, type_id),
            paragraph=raw[_PARAGRAPH],
            comment=raw[_COMMENT],
            proposed_text=raw[_PROPOSED],
            language=raw[_LANGUAGE],
            language_probability=raw[_PROBABILITY],
            submitted_at=submitted,
            submitted_at_local=submitted.astimezone(self.zone),
            fingerprint=raw[_FINGERPRINT],
            attachments=attachments,
            source=raw[_SOURCE],
            received_on=raw[_RECEIVED_ON],
            focal_point_title=title,
            focal_point_name=name,
            focal_point_email=email,
            review_status=raw[_REVIEW_STATUS] or RECEIVED,
            tags=[
                tag_name(json.loads(names) if isinstance(names, str) else names, self.labels.language)
                for names in json.loads(raw[_TAGS] or "[]")
            ],
            notes=self._entries(raw[_NOTES]) if self.with_notes else [],
            # Replies were sent to the country: the compilation's response column shows them.
            replies=self._entries(raw[_REPLIES]),
        )

    @staticmethod
    def _entries(value: str | None) -> list[ReviewEntry]:
        return [
            ReviewEntry(
                text=item["text"],
                author=item["author"],
                at=datetime.fromisoformat(item["at"]).astimezone(UTC),
                version=item["version"],
                recipients=item.get("recipients"),
            )
            for item in json.loads(value or "[]")
        ]


class RowSource:
    """The filtered rows over one read-only connection, with progress reporting."""

    def __init__(
        self, conn: aiosqlite.Connection, filters: ExportFilters, labels: Labels, progress: Progress | None = None
    ) -> None:
        self.conn = conn
        self.filters = filters
        self.labels = labels
        self.resolver = Resolver(labels, with_notes=filters.with_notes)
        self._progress = progress
        self.where, self.params = where_clause(filters, labels.zone)
        # What the summaries count: the submissions themselves, by their current version, with
        # the same filters but never the earlier versions (exports/summary.py).
        self.count_where, self.count_params = where_clause(filters.with_changes(include_versions=False), labels.zone)
        self.total = 0
        self.done = 0

    async def prepare(self) -> int:
        """Plain tuples (faster than Row), the sort function, and the number of rows."""
        self.conn.row_factory = None
        language_names = self.labels.country
        collate = collation.sort_key(self.labels.language)

        def country_key(code: str | None) -> bytes:
            # The reader's alphabetical order (ICU); SQLite orders the BLOB keys bytewise.
            return collate(language_names(code)) if code else b""

        await self.conn.create_function("export_country_key", 1, country_key, deterministic=True)
        # One read transaction: the count, the rows and the summaries see the same snapshot
        # while the bot keeps writing (WAL readers do not block writers).
        await self.conn.execute("BEGIN")
        await load_tag_names(self.conn, self.labels)
        self.total = await self.count()
        return self.total

    async def count(self, extra: str = "", params: tuple[Any, ...] = ()) -> int:
        sql = f"{_COUNT} WHERE {self.where}{extra}"
        cursor = await self.conn.execute(sql, [*self.params, *params])
        row = await cursor.fetchone()
        await cursor.close()
        return int(row[0]) if row else 0

    async def submissions(self) -> int:
        """The submissions in the export, each once (its current version), whatever the rows."""
        cursor = await self.conn.execute(f"{_COUNT} WHERE {self.count_where}", self.count_params)
        row = await cursor.fetchone()
        await cursor.close()
        return int(row[0]) if row else 0

    async def raw_batches(
        self, *, order: str = DEFAULT_ORDER, extra: str = "", params: tuple[Any, ...] = ()
    ) -> AsyncIterator[list[tuple[Any, ...]]]:
        """Unresolved tuples, BATCH_SIZE at a time (resolve them in a worker thread)."""
        sql = f"{SELECT} WHERE {self.where}{extra} ORDER BY {order}"
        cursor = await self.conn.execute(sql, [*self.params, *params])
        try:
            while True:
                batch = await cursor.fetchmany(BATCH_SIZE)
                if not batch:
                    break
                yield batch
        finally:
            await cursor.close()

    def resolve(self, batch: list[tuple[Any, ...]]) -> list[ExportRow]:
        row = self.resolver.row
        return [row(raw) for raw in batch]

    async def report(self, count: int) -> None:
        self.done += count
        if self._progress is not None:
            result = self._progress(self.done, self.total)
            if inspect.isawaitable(result):
                await result

    async def fetchall(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """A small aggregate query (counts by country or topic) on the same snapshot."""
        cursor = await self.conn.execute(sql, params)
        rows = await cursor.fetchall()
        await cursor.close()
        return list(rows)


async def load_tag_names(conn: aiosqlite.Connection, labels: Labels) -> None:
    """Every theme's name in the labels' language (`Labels.tag_names`), for the filters in words."""
    cursor = await conn.execute("SELECT id, names FROM review_tags")
    rows = await cursor.fetchall()
    await cursor.close()
    labels.tag_names = {int(row[0]): tag_name(json.loads(row[1]), labels.language) for row in rows}
