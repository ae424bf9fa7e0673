"""/stats: submissions per topic and per day, countries answered vs invited, as text in the
officer's language and as a chart (PNG, drawn in a worker thread) sent with sendPhoto."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from exports import Labels
from exports import chart as charts
from exports import stats as figures
from handlers import consultations
from handlers.access import guarded
from handlers.callbacks import CallbackData
from handlers.common import stale_button
from handlers.context import Context
from handlers.replies import acknowledge, send_text
from storage.consultations import FIRST_ID

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


@dataclass(frozen=True)
class StatsOf(CallbackData, prefix="sts", action="of"):
    """With several consultations open: the one whose figures are shown."""

    consultation: int


@guarded("stats")
async def stats_command(update: Update, context: Context) -> None:
    """/stats: the figures as text, then the chart. With a number (/stats 2), the figures of
    that consultation (see /consultations); without, the open one's (several open: which?)."""
    await acknowledge(update)
    if context.args:
        named = context.args[0]
        record = await consultations.named(context, named)
        if record is None:
            await send_text(update, context, context.t("stats-unknown-consultation", number=named[:20]))
            return
        await _send_stats(update, context, record.id)
        return
    choices = await context.deps.open_consultations()
    if len(choices) > 1:
        keyboard = consultations.choice_keyboard(context, choices, StatsOf)
        await send_text(update, context, context.t("stats-choose-consultation"), keyboard)
        return
    await _send_stats(update, context, choices[0].id if choices else FIRST_ID)


@guarded("stats")
async def stats_of_pressed(update: Update, context: Context) -> None:
    """The consultation chosen: its figures."""
    pressed = StatsOf.of(update)
    record = await context.deps.consultation_record(pressed.consultation) if pressed else None
    if record is None or record.definition is None:
        await stale_button(update, context)
        return
    await acknowledge(update)
    await _send_stats(update, context, record.id)


async def _send_stats(update: Update, context: Context, consultation_id: int) -> None:
    deps = context.deps
    language = context.language
    consultation = await deps.effective_consultation(consultation_id)
    labels = Labels(context.catalog, language, consultation, chat=True)
    found = await figures.gather(deps.db, consultation, consultation_id)
    today = labels.catalog.date(language, deps.now().astimezone(consultation.zone).date())
    text = stats_text(labels, found, today)
    if len(await deps.consultations()) > 1:
        title = consultation.title.get(language)
        text = context.t("consultations-of", id=consultation_id, title=title) + "\n\n" + text
    await send_text(update, context, text)
    if found.total == 0 and found.withdrawn == 0:
        return
    drawn_in = await asyncio.to_thread(charts.drawable_language, language)
    spec = chart_spec(Labels(context.catalog, drawn_in, consultation), found)
    png = await asyncio.to_thread(charts.render_png, spec, drawn_in)
    assert update.effective_chat is not None
    await context.bot.send_photo(update.effective_chat.id, photo=png, caption=labels.t("stats-chart-caption"))


def handlers() -> list[BaseHandler[Update, Context, object]]:
    return [CommandHandler("stats", stats_command), CallbackQueryHandler(stats_of_pressed, pattern=StatsOf.pattern())]
