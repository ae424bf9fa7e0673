"""/stats: submissions per topic and per day, countries answered vs invited, as text in the
officer's language and as a chart (PNG, drawn in a worker thread) sent with sendPhoto."""

from __future__ import annotations

import asyncio

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler

from exports import Labels
from exports import chart as charts
from exports import stats as figures
from handlers.access import guarded
from handlers.context import Context
from handlers.replies import acknowledge, send_text

DAYS_LISTED = 14  # the most recent days with submissions shown in the text (all are in the chart)


def stats_text(labels: Labels, found: figures.Stats, today_text: str) -> str:
    t = labels.t
    lines = [t("stats-title", date=today_text), ""]
    if found.total == 0 and found.withdrawn == 0:
        return "\n".join([*lines, t("stats-none")])
    lines += [
        t("stats-total", count=found.total),
        t("stats-withdrawn", count=found.withdrawn),
        t("stats-countries", answered=found.countries_answered, invited=found.countries_invited),
    ]
    if found.other_respondents:
        lines.append(t("stats-other-respondents", count=found.other_respondents))
    lines += ["", t("stats-topics-heading")]
    lines += [t("stats-topic-line", topic=labels.topic(topic), count=count) for topic, count in found.by_topic]
    active = [(day, count) for day, count in found.by_day if count]
    lines += ["", t("stats-days-heading", zone=labels.zone_name())]
    lines += [
        t("stats-day-line", date=labels.catalog.date(labels.language, day), count=count)
        for day, count in active[-DAYS_LISTED:]
    ]
    if len(active) > DAYS_LISTED:
        lines.append(t("stats-days-earlier", count=len(active) - DAYS_LISTED))
    return "\n".join(lines)


def chart_spec(labels: Labels, found: figures.Stats) -> charts.ChartSpec:
    t = labels.t
    return charts.ChartSpec(
        title=t("stats-chart-title"),
        topics_title=t("stats-chart-topics"),
        days_title=t("stats-chart-days"),
        count_label=t("stats-chart-count"),
        topic_names=[labels.topic(topic) for topic, _ in found.by_topic],
        topic_counts=[count for _, count in found.by_topic],
        day_labels=[labels.catalog.day_and_month(labels.language, day) for day, _ in found.by_day],
        day_counts=[count for _, count in found.by_day],
    )


@guarded("stats")
async def stats_command(update: Update, context: Context) -> None:
    """/stats: the figures as text, then the chart."""
    await acknowledge(update)
    deps = context.deps
    language = context.language
    consultation = await deps.effective_consultation()
    labels = Labels(context.catalog, language, consultation, chat=True)
    found = await figures.gather(deps.db, consultation)
    today = labels.catalog.date(language, deps.now().astimezone(consultation.zone).date())
    await send_text(update, context, stats_text(labels, found, today))
    if found.total == 0 and found.withdrawn == 0:
        return
    drawn_in = await asyncio.to_thread(charts.drawable_language, language)
    spec = chart_spec(Labels(context.catalog, drawn_in, consultation), found)
    png = await asyncio.to_thread(charts.render_png, spec, drawn_in)
    assert update.effective_chat is not None
    await context.bot.send_photo(update.effective_chat.id, photo=png, caption=labels.t("stats-chart-caption"))


def handlers() -> list[BaseHandler[Update, Context, object]]:
    return [CommandHandler("stats", stats_command)]
