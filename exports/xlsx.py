"""The XLSX workbook: "Submissions" (one row per submission), "Countries" and "Topics".

"Countries" and "Topics" count submissions, not rows (exports/summary.py): the same figures
with or without earlier versions; withdrawn submissions, when included, in a column of their own.

xlsxwriter in constant_memory mode writes each row to a temporary file as soon as the next
row starts, so memory does not grow with the number of submissions. Every text goes through
`write_string` (never `write`, which would turn "=..." into a formula) after neutralisation;
times are real Excel dates (UTC, and the consultation's time zone).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import xlsxwriter

from exports.rows import ExportRow, Labels, source_text
from exports.safety import neutralise
from exports.summary import CountryLine, Tally
from exports.tabular import entries_text

# (catalog key of the header, column width in characters)
SUBMISSION_COLUMNS = (
    ("export-col-reference", 15),
    ("export-col-country", 22),
    ("export-col-country-code", 8),
    ("export-col-focal-point", 24),
    ("export-col-organisation", 26),
    ("export-col-topic", 24),
    ("export-col-comment-type", 26),
    ("export-col-paragraph", 10),
    ("export-col-comment", 70),
    ("export-col-proposed-text", 50),
    ("export-col-language", 10),
    ("export-col-language-probability", 11),
    ("export-col-submitted-utc", 18),
    ("export-col-submitted-local", 18),
    ("export-col-version", 9),
    ("export-col-status", 12),
    ("export-col-fingerprint", 24),
    ("export-col-attachments", 30),
    # Added with the review (issue 15) and the imports (issue 13); the columns before keep
    # their places.
    ("review-col-title", 14),
    ("review-col-name", 24),
    ("review-col-email", 28),
    ("review-col-status", 16),
    ("review-col-themes", 30),
    ("export-col-source", 30),
)
# Only in exports made with notes (staff): the internal notes and the replies to the country.
NOTES_COLUMNS = (
    ("review-col-notes", 50),
    ("review-col-replies", 50),
)
COUNTRY_COLUMNS = (
    ("export-col-country", 30),
    ("export-col-country-code", 8),
    ("export-col-invited", 10),
    ("export-col-focal-points", 14),
    ("export-col-submissions", 14),
    ("export-col-last-activity", 20),
    ("export-col-reminders-sent", 14),
)
DATE_FORMAT = "yyyy-mm-dd hh:mm"


def _naive(moment: datetime) -> datetime:
    """Excel has no time zones: the wall-clock time, labelled by the column header."""
    return moment.replace(tzinfo=None)


class XlsxFile:
    """Used from a worker thread: open, write batches in order, then close with summaries."""

    def __init__(self, path: Path, labels: Labels, *, with_notes: bool = False) -> None:
        self.path = path
        self.labels = labels
        self.with_notes = with_notes
        self.columns = SUBMISSION_COLUMNS + (NOTES_COLUMNS if with_notes else ())
        self.rows = 0
        self._book: Any = None

    def open(self) -> None:
        t = self.labels.t
        book = self._book = xlsxwriter.Workbook(
            str(self.path), {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
        )
        book.set_properties({"title": self.labels.consultation.title.get(self.labels.language)})
        self.header = book.add_format(
            {"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#DDE7F0", "bottom": 1}
        )
        self.text = book.add_format({"text_wrap": True, "valign": "top"})
        self.plain = book.add_format({"valign": "top"})
        self.date = book.add_format({"num_format": DATE_FORMAT, "valign": "top"})
        self.probability = book.add_format({"num_format": "0.00", "valign": "top"})
        # All sheets now, so they keep this order; Submissions is streamed, the others are small.
        self.sheet = book.add_worksheet(t("export-sheet-submissions"))
        self.countries_sheet = book.add_worksheet(t("export-sheet-countries"))
        self.topics_sheet = book.add_worksheet(t("export-sheet-topics"))
        if self.labels.language == "ar":
            for sheet in (self.sheet, self.countries_sheet, self.topics_sheet):
                sheet.right_to_left()
        headers = [t(key, zone=self.labels.zone_name()) for key, _ in self.columns]
        self._start(self.sheet, headers, [w for _, w in self.columns])
        self.sheet.freeze_panes(1, 1)
        self.statuses = {"submitted": t("export-status-submitted"), "withdrawn": t("export-status-withdrawn")}
        self.review_statuses = {
            status: t(f"review-status-{status}") for status in ("received", "under_review", "addressed", "noted")
        }
        self.erased = t("export-erased")

    def _start(self, sheet: Any, headers: list[str], widths: list[int]) -> None:
        for column, (title, width) in enumerate(zip(headers, widths, strict=True)):
            sheet.set_column(column, column, width, self.text if width >= 20 else self.plain)
            sheet.write_string(0, column, title, self.header)

    def write(self, rows: list[ExportRow]) -> None:
        sheet, text, plain, date = self.sheet, self.text, self.plain, self.date
        write_string, write_number, write_datetime = sheet.write_string, sheet.write_number, sheet.write_datetime
        for r in rows:
            self.rows += 1
            n = self.rows
            write_string(n, 0, neutralise(r.reference), plain)
            write_string(n, 1, neutralise(r.country), text)
            write_string(n, 2, neutralise(r.country_code), plain)
            write_string(n, 3, self.erased if r.focal_point_erased else neutralise(r.focal_point), text)
            write_string(n, 4, neutralise(r.organisation), text)
            write_string(n, 5, neutralise(r.topic), text)
            write_string(n, 6, neutralise(r.comment_type), text)
            if r.paragraph is not None:
                write_number(n, 7, r.paragraph, plain)
            write_string(n, 8, neutralise(r.comment), text)
            write_string(n, 9, neutralise(r.proposed_text), text)
            write_string(n, 10, neutralise(r.language), plain)
            if r.language_probability is not None:
                write_number(n, 11, r.language_probability, self.probability)
            write_datetime(n, 12, _naive(r.submitted_at), date)
            write_datetime(n, 13, _naive(r.submitted_at_local), date)
            write_number(n, 14, r.version, plain)
            write_string(n, 15, self.statuses.get(r.status, r.status), plain)
            write_string(n, 16, neutralise(r.fingerprint), plain)
            write_string(n, 17, neutralise(r.attachment_names), text)
            write_string(n, 18, neutralise(r.focal_point_title), plain)
            write_string(n, 19, neutralise(r.focal_point_name), text)
            write_string(n, 20, neutralise(r.focal_point_email), text)
            write_string(n, 21, self.review_statuses.get(r.review_status, r.review_status), plain)
            write_string(n, 22, neutralise("\n".join(r.tags)), text)
            write_string(n, 23, neutralise(source_text(self.labels, r)), text)
            if self.with_notes:
                write_string(n, 24, neutralise(entries_text(self.labels, r.notes)), text)
                write_string(n, 25, neutralise(entries_text(self.labels, r.replies)), text)

    def close(self, countries: list[CountryLine], tally: Tally) -> None:
        self.sheet.autofilter(0, 0, max(self.rows, 1), len(self.columns) - 1)
        self._write_countries(countries, tally.includes_withdrawn)
        self._write_topics(tally)
        self._book.close()

    def _write_countries(self, lines: list[CountryLine], includes_withdrawn: bool) -> None:
        t, sheet = self.labels.t, self.countries_sheet
        columns = list(COUNTRY_COLUMNS)
        if includes_withdrawn:
            columns.insert(5, ("export-col-withdrawn", 14))
        self._start(sheet, [t(key) for key, _ in columns], [w for _, w in columns])
        yes, no = t("export-yes"), t("export-no")
        for n, line in enumerate(lines, start=1):
            sheet.write_string(n, 0, neutralise(line.name), self.text)
            sheet.write_string(n, 1, line.code, self.plain)
            sheet.write_string(n, 2, yes if line.invited else no, self.plain)
            sheet.write_number(n, 3, line.focal_points, self.plain)
            sheet.write_number(n, 4, line.submissions, self.plain)
            column = 5
            if includes_withdrawn:
                sheet.write_number(n, column, line.withdrawn, self.plain)
                column += 1
            if line.last_activity is not None:
                sheet.write_datetime(n, column, _naive(line.last_activity), self.date)
            sheet.write_number(n, column + 1, line.reminders_sent, self.plain)
        sheet.freeze_panes(1, 1)
        sheet.autofilter(0, 0, max(len(lines), 1), len(columns) - 1)

    def _write_topics(self, tally: Tally) -> None:
        t, sheet, consultation = self.labels.t, self.topics_sheet, self.labels.consultation
        counts = tally.submitted
        kinds = [k.id for k in consultation.comment_types]
        kinds += sorted({kind for _, kind in [*counts, *tally.withdrawn]} - set(kinds))
        topics = [topic.id for topic in consultation.topics]
        topics += sorted(tally.topic_ids() - set(topics))
        headers = [t("export-col-topic"), *(self.labels.comment_type(k) for k in kinds), t("export-col-total")]
        widths = [30, *([18] * len(kinds)), 10]
        if tally.includes_withdrawn:
            headers.append(t("export-col-withdrawn"))
            widths.append(14)
        self._start(sheet, headers, widths)
        totals = [0] * (len(headers) - 1)
        for n, topic in enumerate(topics, start=1):
            sheet.write_string(n, 0, neutralise(self.labels.topic(topic)), self.text)
            values = [counts.get((topic, kind), 0) for kind in kinds]
            values.append(sum(values))
            if tally.includes_withdrawn:
                values.append(tally.topic_withdrawn(topic))
            for column, value in enumerate(values, start=1):
                sheet.write_number(n, column, value, self.plain)
                totals[column - 1] += value
        last = len(topics) + 1
        sheet.write_string(last, 0, t("export-col-total"), self.header)
        for column, value in enumerate(totals, start=1):
            sheet.write_number(last, column, value, self.header)
        sheet.freeze_panes(1, 1)
