"""The /stats chart: submissions per topic and per day, as a PNG.

matplotlib is imported only here and only when a chart is drawn (it is slow to import), and
only its object API with the Agg canvas is used (no pyplot global state), so the drawing can
run in a worker thread (`asyncio.to_thread(render_png, ...)`).

The chart is drawn in the reader's language. matplotlib's bundled fonts have no Chinese or
Arabic glyphs, so those two use the fonts the install brings (prompts/chart_fonts.py);
matplotlib shapes Arabic and lays it out right to left itself (libraqm), and an Arabic chart is
mirrored: topic names on the right, titles aligned right.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from prompts.chart_fonts import chart_font


@dataclass(frozen=True)
class ChartSpec:
    title: str
    topics_title: str
    days_title: str
    count_label: str
    topic_names: list[str]
    topic_counts: list[int]
    day_labels: list[str]
    day_counts: list[int]


def drawable_language(language: str) -> str:
    """The language the chart is drawn in: the reader's (every one of the six has a font)."""
    return language


def render_png(spec: ChartSpec, language: str) -> bytes:
    """A two-panel chart (topics, days) as PNG bytes. Call in a worker thread."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties
    from matplotlib.ticker import MaxNLocator

    font_file = chart_font(language)
    rc_font = {"fontproperties": FontProperties(fname=font_file)} if font_file else {}
    right_to_left = language == "ar"
    side = "right" if right_to_left else "left"
    figure = Figure(figsize=(10, 8), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)
    figure.suptitle(spec.title, **_sized(rc_font, 13))
    topics_axes, days_axes = figure.subplots(2, 1, height_ratios=[3, 2])

    positions = list(range(len(spec.topic_names)))
    topics_axes.barh(positions, spec.topic_counts, color="#4472C4")
    topics_axes.set_yticks(positions, spec.topic_names, **rc_font)
    topics_axes.invert_yaxis()
    if right_to_left:
        topics_axes.invert_xaxis()
        topics_axes.yaxis.tick_right()
    topics_axes.set_title(spec.topics_title, loc=side, **_sized(rc_font, 11))
    topics_axes.set_xlabel(spec.count_label, **rc_font)
    topics_axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    for position, count in zip(positions, spec.topic_counts, strict=True):
        if count:
            topics_axes.annotate(
                str(count),
                (count, position),
                xytext=(-3 if right_to_left else 3, 0),
                textcoords="offset points",
                va="center",
                ha="right" if right_to_left else "left",
                fontsize=8,
            )

    days = list(range(len(spec.day_labels)))
    days_axes.bar(days, spec.day_counts, color="#ED7D31")
    step = max(1, len(days) // 12)
    days_axes.set_xticks(days[::step], spec.day_labels[::step], rotation=45, ha="right", **rc_font)
    days_axes.set_title(spec.days_title, loc=side, **_sized(rc_font, 11))
    days_axes.set_ylabel(spec.count_label, **rc_font)
    days_axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    if not days:
        days_axes.set_xticks([])

    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def _sized(rc_font: dict[str, object], size: int) -> dict[str, object]:
    """Font keyword arguments with a size (fontproperties carries its own, so set it there)."""
    if "fontproperties" in rc_font:
        prop = rc_font["fontproperties"].copy()  # type: ignore[attr-defined]
        prop.set_size(size)
        return {"fontproperties": prop}
    return {"fontsize": size}
