"""Stories of /stats: a secretariat officer sees submissions per topic and per day and the
countries that have answered, as text in their language and as a chart image."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from PIL import Image

from exports import chart
from tests.support.exports import Consultations
from tests.support.harness import ADMIN_ID, BotBench, texts


async def seed(bench: BotBench) -> None:
    data = Consultations(bench.db)
    france = await data.focal_point("FR", "Marie Dupont")
    egypt = await data.focal_point("EG", "أحمد علي")
    await data.submission(france, "FR", "Premier.", topic="saicm", at=datetime(2013, 1, 8, 8, 0, tzinfo=UTC))
    await data.submission(france, "FR", "Deuxième.", topic="basel", at=datetime(2013, 1, 8, 22, 0, tzinfo=UTC))
    await data.submission(egypt, "EG", "تعليق.", topic="saicm", at=datetime(2013, 1, 10, 7, 0, tzinfo=UTC))
    await data.submission(None, "EU", "EU comment.", topic="general", at=datetime(2013, 1, 10, 8, 0, tzinfo=UTC))
    await data.submission(egypt, "EG", "مسحوب.", topic="saicm", status="withdrawn")


async def test_stats_show_topics_days_countries_and_a_png_chart(bench: BotBench) -> None:
    await seed(bench)
    officer = bench.user(ADMIN_ID)
    replies = await bench.send(officer, "/stats")
    text = texts(replies)
    assert "Figures of the consultation, 10 January 2013" in text
    assert "Submissions received (not withdrawn): 4" in text and "Withdrawn submissions: 1" in text
    assert "Countries that have answered: 3 of 194 invited" in text  # France, Egypt and the EU
    assert "• SAICM: 2" in text and "• Basel Convention: 1" in text and "• Rotterdam Convention: 0" in text
    # 22:00 UTC on the 8th is the 9th in Nairobi.
    assert "• 8 January 2013: 1" in text and "• 9 January 2013: 1" in text and "• 10 January 2013: 2" in text
    photos = [m for m in replies if m.photo]
    assert len(photos) == 1 and photos[0].caption == "Submissions by topic and by day"
    image = Image.open(io.BytesIO(photos[0].photo))  # type: ignore[arg-type]
    image.verify()
    assert image.format == "PNG" and image.size == (1000, 800)


async def test_stats_in_russian_and_with_nothing_yet(bench: BotBench) -> None:
    officer = bench.user(ADMIN_ID)
    await bench.db.execute("UPDATE participants SET language = 'ru' WHERE telegram_id = ?", (ADMIN_ID,))
    replies = await bench.send(officer, "/stats")
    assert "Материалы пока не поступали." in texts(replies)
    assert not [m for m in replies if m.photo]
    await seed(bench)
    replies = await bench.send(officer, "/stats")
    assert "• СПМРХВ (Стратегический подход): 2" in texts(replies)
    assert Image.open(io.BytesIO(next(m.photo for m in replies if m.photo))).format == "PNG"  # type: ignore[arg-type]


def test_the_chart_falls_back_to_english_where_glyphs_would_be_missing() -> None:
    assert chart.drawable_language("ar") == "en" and chart.drawable_language("fr") == "fr"
    assert chart.drawable_language("zh") in ("zh", "en")


async def test_a_focal_point_and_a_group_are_refused(bench: BotBench) -> None:
    await Consultations(bench.db).focal_point("FR", "Jean Martin", telegram_id=600_002)
    focal_point = bench.user(600_002)
    assert texts(await bench.send(focal_point, "/stats")) == bench.deps.catalog.t("en", "access-denied")
    group = bench.emu.group(-100_600, title="Bureau")
    group.send_command(bench.user(ADMIN_ID), "/stats")
    await bench.settle()
    assert [m.text for m in group.transcript] == [bench.deps.catalog.t("en", "access-private-only")]
