"""Exports for the secretariat: XLSX, CSV, JSON Lines, the DOCX compilation and a ZIP of the
attachments, plus the figures behind /stats. Telegram-free: /export (handlers/export.py) and
`consultbot export` (bot/export_cli.py) call the same `write_export`.

Every writer reads the database in batches on the read-only connection and streams to its
file; the JSON Lines schema is documented in exports/tabular.py.
"""

from exports.describe import filter_lines
from exports.filters import STATUSES, ExportFilters, ExportFormat, command_line_arguments
from exports.rows import Labels, Progress
from exports.writer import ExportRequest, ExportResult, count_rows, default_file_name, write_export

__all__ = [
    "STATUSES",
    "ExportFilters",
    "ExportFormat",
    "ExportRequest",
    "ExportResult",
    "Labels",
    "Progress",
    "command_line_arguments",
    "count_rows",
    "default_file_name",
    "filter_lines",
    "write_export",
]
