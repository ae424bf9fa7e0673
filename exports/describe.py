"""The filters in words, in the export's language: shown in the bot before the file is made
and printed on the DOCX title page ("Scope of this compilation")."""

from __future__ import annotations

from exports.filters import ExportFilters
from exports.rows import Labels
from prompts import collation


def filter_lines(filters: ExportFilters, labels: Labels) -> list[str]:
    t, language = labels.t, labels.language
    everything = t("export-filter-all")

    def names(values: list[str]) -> str:
        return ", ".join(values) if values else everything

    if filters.submitted_from and filters.submitted_to:
        dates = t(
            "export-dates-between",
            start=labels.catalog.date(language, filters.submitted_from),
            end=labels.catalog.date(language, filters.submitted_to),
        )
    elif filters.submitted_from:
        dates = t("export-dates-from", start=labels.catalog.date(language, filters.submitted_from))
    elif filters.submitted_to:
        dates = t("export-dates-until", end=labels.catalog.date(language, filters.submitted_to))
    else:
        dates = everything
    statuses = [t(f"export-status-{status}") for status in filters.effective_statuses]
    return [
        t("export-filter-topics", value=names([labels.topic(topic) for topic in filters.topics])),
        t(
            "export-filter-countries",
            value=names(collation.sorted_for(language, [labels.country(code) for code in filters.countries])),
        ),
        t("export-filter-types", value=names([labels.comment_type(kind) for kind in filters.comment_types])),
        t("export-filter-status", value=", ".join(statuses)),
        t("export-filter-dates", value=dates),
        t("export-filter-versions", value=t("export-yes") if filters.include_versions else t("export-no")),
        # The review (issue 15): said only when chosen, so that other exports read as before.
        *(
            [t("review-filter-themes", value=", ".join(labels.tag_names.get(tag, str(tag)) for tag in filters.tags))]
            if filters.tags
            else []
        ),
        *([t("review-filter-notes")] if filters.with_notes else []),
    ]
