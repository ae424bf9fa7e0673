"""Spreadsheet safety: a comment must not become a formula in the reviewer's spreadsheet.

A cell whose text begins with `=`, `+`, `-`, `@`, a tab or a carriage return (or their
full-width forms, which some spreadsheet programs also accept) gets a leading apostrophe, in
CSV and in XLSX alike (where it is written as a string, never as a formula). This is OWASP's
advice for CSV injection; the text after the apostrophe is left exactly as written.
"""

from __future__ import annotations

TRIGGERS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")


def neutralise(value: str | None) -> str:
    """The text to put in a spreadsheet cell ("" for nothing)."""
    if not value:
        return ""
    return "'" + value if value[0] in TRIGGERS else value
