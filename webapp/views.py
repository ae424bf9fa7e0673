"""What the pages show, computed without tornado: the chart, the marked changes between
versions, the sort links. Every text here is data or a catalog text; templates escape it."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import date

from prompts import Catalog
from storage.browse import VersionView

CHART_WIDTH = 640
CHART_HEIGHT = 180
CHART_MARGIN = 28


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str  # the day and its count, for the bar's <title>


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    bars: list[Bar]
    baseline: float
    peak: int
    first: str
    last: str
    peak_y: float


def per_day_chart(language: str, per_day: list[tuple[date, int]]) -> Chart | None:
    """Submissions per day as SVG geometry (rendered by the template as <rect>s: no script)."""
    if not per_day:
        return None
    days = (per_day[-1][0] - per_day[0][0]).days + 1
    counts = dict(per_day)
    peak = max(counts.values())
    inner_w = CHART_WIDTH - 2 * CHART_MARGIN
    inner_h = CHART_HEIGHT - 2 * CHART_MARGIN
    step = inner_w / days
    bars = []
    for index in range(days):
        day = date.fromordinal(per_day[0][0].toordinal() + index)
        count = counts.get(day, 0)
        height = inner_h * count / peak if peak else 0
        bars.append(
            Bar(
                x=round(CHART_MARGIN + index * step + step * 0.1, 2),
                y=round(CHART_MARGIN + inner_h - height, 2),
                width=round(max(step * 0.8, 1.0), 2),
                height=round(height, 2),
                label=f"{Catalog.date(language, day)}: {Catalog.number(language, count)}",
            )
        )
    return Chart(
        width=CHART_WIDTH,
        height=CHART_HEIGHT,
        bars=bars,
        baseline=CHART_MARGIN + inner_h,
        peak=peak,
        first=Catalog.date(language, per_day[0][0]),
        last=Catalog.date(language, per_day[-1][0]),
        peak_y=CHART_MARGIN,
    )


@dataclass(frozen=True)
class Piece:
    kind: str  # "same", "added" or "removed"
    text: str


_WORDS = re.compile(r"\s+|[^\s]+")


def _tokens(text: str) -> list[str]:
    # Chinese is written without spaces: compare it character by character.
    tokens = []
    for token in _WORDS.findall(text or ""):
        if re.search(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]", token):
            tokens.extend(token)
        else:
            tokens.append(token)
    return tokens


def marked_changes(before: str | None, after: str | None) -> list[Piece]:
    """`after` with what was added and removed since `before` marked (word by word)."""
    old, new = _tokens(before or ""), _tokens(after or "")
    pieces: list[Piece] = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            pieces.append(Piece("same", "".join(new[b1:b2])))
            continue
        if op in ("delete", "replace"):
            pieces.append(Piece("removed", "".join(old[a1:a2])))
        if op in ("insert", "replace"):
            pieces.append(Piece("added", "".join(new[b1:b2])))
    return pieces


FIELDS = ("topic_id", "comment_type_id", "paragraph", "comment", "proposed_text", "attachments")


def changed_fields(before: VersionView, after: VersionView) -> list[str]:
    """The fields a version changed from the one before (catalog keys' suffixes)."""
    found = []
    for name in FIELDS:
        if name == "attachments":
            if [a.sha256 for a in before.attachments] != [a.sha256 for a in after.attachments]:
                found.append(name)
        elif getattr(before, name) != getattr(after, name):
            found.append(name)
    return found
