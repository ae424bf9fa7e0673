"""The staff's export of unsent drafts: what focal points were writing and never submitted
(their consultation closed, or they stopped), one CSV row per draft, each marked in its first
column as an unsent draft, never to be read as a submission.

CSV as the submissions' export writes it (exports/tabular.py): UTF-8 with a byte-order mark,
RFC 4180 through the `csv` module, formula triggers neutralised; the column names and the
mark in the reader's language.
"""

from __future__ import annotations

import csv
import io

from exports.safety import neutralise
from prompts import Catalog, Consultation, countries, dated
from storage.deadlines import UnsentDraft

COLUMNS = (
    "deadlines-col-status",
    "deadlines-col-country",
    "deadlines-col-focal-point",
    "deadlines-col-saved",
    "deadlines-col-topic",
    "deadlines-col-type",
    "deadlines-col-paragraph",
    "deadlines-col-comment",
    "deadlines-col-proposed",
    "deadlines-col-revises",
)


def unsent_drafts_csv(
    catalog: Catalog, consultation: Consultation, items: list[UnsentDraft], language: str, references: dict[int, str]
) -> bytes:
    """`references`: the reference of the submission a revision draft revises, by its id."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([catalog.t(language, key) for key in COLUMNS])
    mark = catalog.t(language, "deadlines-unsent-mark")
    for item in items:
        data, person = item.draft.data, item.participant
        topic = consultation.topic(data.topic_id or "")
        kind = consultation.comment_type(data.comment_type_id or "")
        cells = [
            mark,
            countries.name(person.country_code, language),
            " ".join(part for part in (person.title, person.full_name) if part),
            dated.moment(consultation, language, item.draft.updated_at),
            topic.name.get(language) if topic else "",
            kind.name.get(language) if kind else "",
            "" if data.paragraph is None else str(data.paragraph),
            data.comment,
            data.proposed_text or "",
            references.get(item.draft.submission_id or 0, ""),
        ]
        writer.writerow([neutralise(cell) for cell in cells])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
