"""The /stats chart: submissions per topic and per day, as a PNG.

matplotlib is imported only here and only when a chart is drawn (it is slow to import), and
only its object API with the Agg canvas is used (no pyplot global state), so the drawing can
run in a worker thread (`asyncio.to_thread(render_png, ...)`).

matplotlib neither shapes Arabic nor finds Chinese glyphs in its bundled fonts: a chart
asked for in Arabic, or in Chinese when no CJK font is installed, is drawn with the English
labels (the text message beside it is in the user's language either way).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache

# Fonts that cover Chinese, in order of preference, if the system has one.
CJK_FONTS = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "SimHei",
    "Microsoft YaHei",
    "PingFang SC",
)


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


@cache
def _cjk_font() -> str | None:
    from matplotlib import font_manager

    available = {font.name for font in font_manager.fontManager.ttflist}
    return next((name for name in CJK_FONTS if name in available), None)


def drawable_language(language: str) -> str:
    """The language the chart can be drawn in: the user's, or English (see the docstring)."""
    if language == "ar":
        return "en"
    if language == "zh":
        return "zh" if _cjk_font() else "en"
    return language


def render_png(spec: ChartSpec, language: str) -> bytes:
    """A two-panel chart (topics, days) as PNG bytes. Call in a worker thread."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    rc_font = {"family": [_cjk_font(), "DejaVu Sans"]} if language == "zh" and _cjk_font() else {}
    figure = Figure(figsize=(10, 8), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)
    figure.suptitle(spec.title, fontsize=13, **rc_font)
    topics_axes, days_axes = figure.subplots(2, 1, height_ratios=[3, 2])

    positions = list(range(len(spec.topic_names)))
    topics_axes.barh(positions, spec.topic_counts, color="#4472C4")
    topics_axes.set_yticks(positions, spec.topic_names, **rc_font)
    topics_axes.invert_yaxis()
    topics_axes.set_title(spec.topics_title, loc="left", fontsize=11, **rc_font)
    topics_axes.set_xlabel(spec.count_label, **rc_font)
    topics_axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    for position, count in zip(positions, spec.topic_counts, strict=True):
        if count:
            topics_axes.annotate(
                str(count), (count, position), xytext=(3, 0), textcoords="offset points", va="center", fontsize=8
            )

    days = list(range(len(spec.day_labels)))
    days_axes.bar(days, spec.day_counts, color="#ED7D31")
    step = max(1, len(days) // 12)
    days_axes.set_xticks(days[::step], spec.day_labels[::step], rotation=45, ha="right", **rc_font)
    days_axes.set_title(spec.days_title, loc="left", fontsize=11, **rc_font)
    days_axes.set_ylabel(spec.count_label, **rc_font)
    days_axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    if not days:
        days_axes.set_xticks([])

    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
