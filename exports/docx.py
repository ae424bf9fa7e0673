"""The DOCX compilation a secretariat circulates: title page, a synopsis table per topic
(paragraph | country | comment | proposed text, ordered by paragraph then country), and an
annex of the respondents with their submission counts.

The title page's mandate, deadline and meeting come from the schedule (prompts/dated.py: the
dates as /schedule left them); its figures count submissions, not rows (exports/summary.py).

python-docx makes the package (styles, fonts, page set-up, properties) with one marker
paragraph in the body. The body is then streamed into word/document.xml in place of the
marker, batch by batch, so memory does not grow with the number of comments (python-docx
would hold every table cell as an XML element until it saves).

Original texts are kept as written. So that Word and LibreOffice render them correctly:
a paragraph whose first strong character is Arabic (or Hebrew) is a right-to-left paragraph
(`w:bidi`), its right-to-left runs carry `w:rtl` and the Arabic language tag, and
left-to-right fragments inside it (a convention's acronym, a reference) are their own runs;
a run with Chinese characters names an East Asian font (`w:eastAsia`, with the eastAsia hint
for shared punctuation) and the Chinese language tag. Cyrillic needs nothing special.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from pathlib import Path
from typing import IO
from xml.sax.saxutils import escape

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from exports.rows import ExportRow, Labels, source_text
from exports.summary import CountryLine, Tally
from prompts import dated

MARKER = "CONSULTBOT-COMPILATION-BODY"
LATIN_FONT = "Times New Roman"
EAST_ASIAN_FONT = "SimSun"
COMPLEX_FONT = "Arial"

# Characters XML 1.0 does not allow (a comment pasted from elsewhere may carry them).
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_RTL_CLASS = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
_LTR_CLASS = (
    "A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02b8\u0370-\u03ff\u0400-\u052f"
    "\u1e00-\u1fff\u2c00-\u2dff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff21-\uff3a\uff41-\uff5a"
)
_HAS_RTL = re.compile(f"[{_RTL_CLASS}]")
_FIRST_STRONG = re.compile(f"[{_RTL_CLASS}{_LTR_CLASS}]")
# In a right-to-left paragraph: the left-to-right spans (from a strong LTR character to the
# last strong LTR character before the next right-to-left one). And the converse.
_LTR_SPAN = re.compile(f"[{_LTR_CLASS}](?:[^{_RTL_CLASS}]*[{_LTR_CLASS}])?")
_RTL_SPAN = re.compile(f"[{_RTL_CLASS}](?:[^{_LTR_CLASS}]*[{_RTL_CLASS}])?")
_CJK = re.compile("[\u2e80-\u9fff\u3000-\u303f\uf900-\ufaff\uff00-\uffef]")

# Column widths in twentieths of a point (A4, 2 cm margins: 17 cm of text = 9638).
# The comments matrix: paragraph | country | comment | proposed text | secretariat's response.
SYNOPSIS_WIDTHS = (964, 1531, 3289, 2211, 1643)
ANNEX_WIDTHS = (3402, 907, 3628, 1701)
ANNEX_WIDTHS_WITHDRAWN = (3402, 907, 2494, 1417, 1418)  # with a column of withdrawn submissions
HEADER_FILL = "DDE7F0"
SMALL = 16  # half-points: 8 pt
GREY = "595959"


# -- XML pieces -------------------------------------------------------------------------------


def is_rtl(text: str) -> bool:
    """Right-to-left when the first strong character is (Unicode bidi rule P2)."""
    first = _FIRST_STRONG.search(text)
    return bool(first and _HAS_RTL.match(first.group()))


def _runs(text: str, rtl_paragraph: bool) -> list[tuple[str, bool]]:
    """The text cut into (segment, right-to-left?) runs."""
    if not _HAS_RTL.search(text):
        return [(text, False)]
    span, inner = (_LTR_SPAN, False) if rtl_paragraph else (_RTL_SPAN, True)
    runs: list[tuple[str, bool]] = []
    position = 0
    for match in span.finditer(text):
        if match.start() > position:
            runs.append((text[position : match.start()], not inner))
        runs.append((match.group(), inner))
        position = match.end()
    if position < len(text):
        runs.append((text[position:], not inner))
    return runs


def _t(text: str) -> str:
    """Text for a run: escaped, invalid characters dropped, tabs as Word tabs."""
    return "<w:tab/>".join(
        f'<w:t xml:space="preserve">{part}</w:t>' if part else ""
        for part in escape(_INVALID_XML.sub("", text)).split("\t")
    )


def run_xml(
    text: str,
    *,
    rtl: bool = False,
    bold: bool = False,
    italic: bool = False,
    size: int | None = None,
    color: str | None = None,
) -> str:
    cjk = bool(_CJK.search(text))
    props = []
    if cjk:
        props.append(f'<w:rFonts w:eastAsia="{EAST_ASIAN_FONT}" w:hint="eastAsia"/>')
    if bold:
        props.append("<w:b/><w:bCs/>")
    if italic:
        props.append("<w:i/><w:iCs/>")
    if color:
        props.append(f'<w:color w:val="{color}"/>')
    if rtl:
        # No letter-spacing (the Title style has some): it would tear Arabic's joined letters.
        props.append('<w:spacing w:val="0"/>')
    if size:
        props.append(f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>')
    if rtl:
        props.append("<w:rtl/>")
    if cjk or rtl:
        langs = (' w:eastAsia="zh-CN"' if cjk else "") + (' w:bidi="ar-SA"' if rtl else "")
        props.append(f"<w:lang{langs}/>")
    rpr = f"<w:rPr>{''.join(props)}</w:rPr>" if props else ""
    return f"<w:r>{rpr}{_t(text)}</w:r>"


def paragraph_xml(
    text: str,
    *,
    style: str | None = None,
    bold: bool = False,
    italic: bool = False,
    size: int | None = None,
    color: str | None = None,
    align: str | None = None,
    keep_next: bool = False,
) -> str:
    """One paragraph; right-to-left if its text starts so, East Asian fonts where needed."""
    rtl = is_rtl(text)
    props = []
    if style:
        props.append(f'<w:pStyle w:val="{style}"/>')
    if keep_next:
        props.append("<w:keepNext/>")
    if rtl:
        props.append("<w:bidi/>")
    props.append('<w:spacing w:before="0" w:after="60"/>')
    if align and not rtl:
        props.append(f'<w:jc w:val="{align}"/>')
    runs = (
        "".join(
            run_xml(segment, rtl=segment_rtl, bold=bold, italic=italic, size=size, color=color)
            for segment, segment_rtl in _runs(text, rtl)
        )
        if text
        else ""
    )
    return f"<w:p><w:pPr>{''.join(props)}</w:pPr>{runs}</w:p>"


def paragraphs_xml(text: str | None, **style: object) -> str:
    """A multi-line text: one paragraph per line, each with its own direction."""
    if not text:
        return ""
    return "".join(paragraph_xml(line, **style) for line in text.split("\n"))  # type: ignore[arg-type]


def page_break_xml() -> str:
    return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


def cell_xml(width: int, content: str, *, fill: str | None = None) -> str:
    shading = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shading}</w:tcPr>{content or "<w:p/>"}</w:tc>'


def table_start_xml(widths: tuple[int, ...], headers: list[str], *, rtl_table: bool) -> str:
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    cells = "".join(
        cell_xml(w, paragraph_xml(h, bold=True, keep_next=True), fill=HEADER_FILL)
        for w, h in zip(widths, headers, strict=True)
    )
    bidi = "<w:bidiVisual/>" if rtl_table else ""
    return (
        f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/>{bidi}<w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
        '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0"'
        ' w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>"
        # The header row repeats on every page; no row is split across pages.
        f"<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>{cells}</w:tr>"
    )


def row_xml(widths: tuple[int, ...], cells: list[str]) -> str:
    return (
        "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
        + "".join(cell_xml(w, c) for w, c in zip(widths, cells, strict=True))
        + "</w:tr>"
    )


TABLE_END = "</w:tbl>"


# -- the document -----------------------------------------------------------------------------


def respondent_count(lines: list[CountryLine]) -> int:
    """Respondents: those with at least one submission not withdrawn (a country whose only
    submission was withdrawn is listed in the annex when withdrawn ones are included, but is
    not counted as a respondent)."""
    return sum(1 for line in lines if line.submissions)


class DocxCompilation:
    """Used from a worker thread: open, then topics and rows in order, then close."""

    def __init__(self, path: Path, labels: Labels, generated_at: datetime) -> None:
        self.path = path
        self.labels = labels
        self.generated_at = generated_at
        self.rows = 0
        self._zip: zipfile.ZipFile | None = None
        self._body: IO[bytes] | None = None
        self._tail = b""
        self._rtl_tables = labels.language == "ar"

    def _write(self, xml: str) -> None:
        assert self._body is not None
        self._body.write(xml.encode("utf-8"))

    def open(self, scope: list[str], tally: Tally, respondents: list[CountryLine]) -> None:
        """The package from python-docx, then the title page."""
        head, self._tail, parts = self._skeleton()
        self._zip = zipfile.ZipFile(self.path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6)
        for name, data in parts:
            if name != "word/document.xml":
                self._zip.writestr(name, data)
        # The body last: zipfile writes one entry at a time, and this one is streamed.
        entry = zipfile.ZipInfo("word/document.xml", self.generated_at.astimezone(self.labels.zone).timetuple()[:6])
        entry.compress_type = zipfile.ZIP_DEFLATED
        self._body = self._zip.open(entry, "w")
        self._body.write(head)
        self._title_page(scope, tally, respondents)

    def _skeleton(self) -> tuple[bytes, bytes, list[tuple[str, bytes]]]:
        document = docx.Document()
        language = self.labels.language
        section = document.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(2))
        normal = document.styles["Normal"]
        normal.font.name = LATIN_FONT
        normal.font.size = Pt(10)
        fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
        fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
        fonts.set(qn("w:cs"), COMPLEX_FONT)
        properties = document.core_properties
        properties.title = self.labels.consultation.title.get(language)
        properties.subject = self.labels.t("export-docx-subtitle")
        properties.language = language
        properties.author = self.labels.t("export-docx-author")
        document.add_paragraph(MARKER)
        buffer = io.BytesIO()
        document.save(buffer)
        parts: list[tuple[str, bytes]] = []
        with zipfile.ZipFile(buffer) as package:
            for info in package.infolist():
                parts.append((info.filename, package.read(info)))
        xml = dict(parts)["word/document.xml"]
        marker = xml.index(MARKER.encode())
        start = max(xml.rfind(b"<w:p>", 0, marker), xml.rfind(b"<w:p ", 0, marker))
        end = xml.index(b"</w:p>", marker) + len(b"</w:p>")
        return xml[:start], xml[end:], parts

    def _title_page(self, scope: list[str], tally: Tally, respondents: list[CountryLine]) -> None:
        labels, t = self.labels, self.labels.t
        consultation, language = labels.consultation, labels.language
        local = self.generated_at.astimezone(labels.zone)
        # The consultation's dates as the schedule has them now (with /schedule's changes).
        when = dated.date_values(consultation, language)
        parts = []
        if consultation.document.symbol:
            parts.append(paragraph_xml(consultation.document.symbol, align="right", bold=True))
        parts += [
            paragraph_xml(t("export-docx-date", date=labels.catalog.date(language, local.date())), align="right"),
            paragraph_xml(consultation.title.get(language), style="Title"),
            paragraph_xml(t("export-docx-subtitle"), style="Subtitle"),
            paragraph_xml(t("export-docx-mandate"), style="Heading1", keep_next=True),
            paragraphs_xml(dated.mandate(consultation, language)),
            paragraph_xml(t("export-docx-deadline", deadline=when["deadline"])),
            paragraph_xml(t("export-docx-meeting", meeting=when["meeting"])),
            paragraph_xml(t("export-docx-scope"), style="Heading1", keep_next=True),
            *(paragraph_xml(line) for line in scope),
            paragraph_xml(t("export-docx-counts", submissions=tally.total, respondents=respondent_count(respondents))),
        ]
        if tally.includes_withdrawn:
            parts.append(paragraph_xml(t("export-docx-counts-withdrawn", count=tally.total_withdrawn)))
        if tally.earlier_versions:
            parts.append(paragraph_xml(t("export-docx-counts-versions", count=tally.earlier_versions)))
        parts += [
            paragraph_xml(t("export-docx-original-text")),
            page_break_xml(),
            paragraph_xml(t("export-docx-synopsis"), style="Heading1", keep_next=True),
        ]
        self._write("".join(parts))

    def begin_topic(self, name: str, topic_id: str, tally: Tally) -> None:
        """The topic's heading with its submissions (not rows), then its table if it has rows."""
        t = self.labels.t
        count = tally.topic(topic_id)
        if tally.includes_withdrawn:
            withdrawn = tally.topic_withdrawn(topic_id)
            heading = t("export-docx-topic-withdrawn", topic=name, count=count, withdrawn=withdrawn)
        else:
            heading = t("export-docx-topic", topic=name, count=count)
        self._write(paragraph_xml(heading, style="Heading2", keep_next=True))
        if not tally.rows_by_topic.get(topic_id):
            self._write(paragraph_xml(t("export-docx-no-comments"), italic=True))
            return
        headers = [
            t("export-docx-col-paragraph"),
            t("export-col-country"),
            t("export-col-comment"),
            t("export-col-proposed-text"),
            t("review-docx-col-response"),
        ]
        self._write(table_start_xml(SYNOPSIS_WIDTHS, headers, rtl_table=self._rtl_tables))

    def write(self, rows: list[ExportRow]) -> None:
        t = self.labels.t
        general = t("export-docx-general")
        out = []
        for r in rows:
            reference = (
                r.reference
                if r.version == r.current_version
                else t("export-docx-reference-version", reference=r.reference, version=r.version)
            )
            country = paragraph_xml(r.country, bold=True) + paragraph_xml(reference, size=SMALL, color=GREY)
            if r.status == "withdrawn":
                country += paragraph_xml(t("export-docx-withdrawn"), size=SMALL, italic=True, color=GREY)
            if r.source is not None:  # imported: received outside the bot, said so
                country += paragraph_xml(source_text(self.labels, r), size=SMALL, italic=True, color=GREY)
            comment = paragraph_xml(r.comment_type, italic=True, size=SMALL, color=GREY) + paragraphs_xml(r.comment)
            if r.attachments:
                comment += paragraph_xml(
                    t("export-docx-attachments", names=", ".join(a.file_name for a in r.attachments)),
                    size=SMALL,
                    color=GREY,
                )
            out.append(
                row_xml(
                    SYNOPSIS_WIDTHS,
                    [
                        paragraph_xml(general if r.paragraph is None else str(r.paragraph), align="center"),
                        country,
                        comment,
                        paragraphs_xml(r.proposed_text),
                        "".join(paragraphs_xml(reply.text) for reply in r.replies),
                    ],
                )
            )
        self.rows += len(rows)
        self._write("".join(out))

    def end_topic(self, count: int) -> None:
        if count:
            self._write(TABLE_END)

    def close(self, respondents: list[CountryLine], tally: Tally) -> None:
        t = self.labels.t
        withdrawn = tally.includes_withdrawn
        widths = ANNEX_WIDTHS_WITHDRAWN if withdrawn else ANNEX_WIDTHS
        parts = [
            page_break_xml(),
            paragraph_xml(t("export-docx-annex"), style="Heading1", keep_next=True),
            paragraph_xml(t("export-docx-annex-intro")),
        ]
        headers = [
            t("export-col-respondent"),
            t("export-col-country-code"),
            t("export-col-organisation"),
            t("export-col-submissions"),
        ]
        if withdrawn:
            headers.append(t("export-col-withdrawn"))
        parts.append(table_start_xml(widths, headers, rtl_table=self._rtl_tables))
        for line in respondents:
            kind = t("export-docx-kind-organisation") if line.organisation_kind else ""
            cells = [
                paragraph_xml(line.name) + (paragraph_xml(kind, size=SMALL, color=GREY) if kind else ""),
                paragraph_xml(line.code),
                "".join(paragraph_xml(o) for o in line.organisations),
                paragraph_xml(str(line.submissions), align="right"),
            ]
            if withdrawn:
                cells.append(paragraph_xml(str(line.withdrawn), align="right"))
            parts.append(row_xml(widths, cells))
        totals = [
            paragraph_xml(t("export-docx-annex-total", respondents=respondent_count(respondents)), bold=True),
            "",
            "",
            paragraph_xml(str(sum(line.submissions for line in respondents)), bold=True, align="right"),
        ]
        if withdrawn:
            totals.append(paragraph_xml(str(sum(line.withdrawn for line in respondents)), bold=True, align="right"))
        parts.append(row_xml(widths, totals))
        parts.append(TABLE_END)
        self._write("".join(parts))
        assert self._body is not None and self._zip is not None
        self._body.write(self._tail)
        self._body.close()
        self._zip.close()
        self._body = self._zip = None

    def abort(self) -> None:
        if self._body is not None:
            self._body.close()
        if self._zip is not None:
            self._zip.close()
        self._body = self._zip = None
