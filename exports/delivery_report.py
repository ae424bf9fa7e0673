"""A broadcast's delivery report as a file (/broadcasts): one row per recipient, written from
rows the caller has already put in the reader's language (exports know nothing of Telegram).
XLSX (right to left for an Arabic reader) or CSV (UTF-8 with a byte order mark, which
spreadsheet programs need to read it as UTF-8); every cell made safe (exports/safety.py)."""

from __future__ import annotations

import csv
import io

import xlsxwriter

from exports.safety import neutralise


def as_xlsx(title: str, headers: list[str], rows: list[list[str]], *, right_to_left: bool = False) -> bytes:
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False})
    book.set_properties({"title": title})
    sheet = book.add_worksheet(title[:31] or "Report")
    if right_to_left:
        sheet.right_to_left()
    header = book.add_format({"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#DDE7F0", "bottom": 1})
    cell = book.add_format({"text_wrap": True, "valign": "top"})
    for column, name in enumerate(headers):
        sheet.set_column(column, column, 22 if column else 28, cell)
        sheet.write_string(0, column, neutralise(name), header)
    for number, row in enumerate(rows, start=1):
        for column, value in enumerate(row):
            sheet.write_string(number, column, neutralise(value), cell)
    sheet.freeze_panes(1, 0)
    book.close()
    return out.getvalue()


def as_csv(headers: list[str], rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, dialect="excel", lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in headers])
    writer.writerows([neutralise(v) for v in row] for row in rows)
    return out.getvalue().encode("utf-8-sig")
