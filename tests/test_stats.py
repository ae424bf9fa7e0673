"""Stories of /stats: a secretariat officer sees submissions per topic and per day and the
countries that have answered, as text in their language and as a chart image."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image

from exports import chart
from prompts import DEFAULT_CONSULTATION_FILE, LANGUAGES
from prompts.catalog import LOCALES_DIR
from prompts.chart_fonts import chart_font
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


def test_the_chart_is_drawn_in_the_readers_language_with_fonts_the_install_brings() -> None:
    """Chinese and Arabic have a font of their own (matplotlib's lack their glyphs), and it has
    every character of the catalogs and of the consultation (topic names, titles)."""
    from fontTools.ttLib import TTFont

    for language in LANGUAGES:
        assert chart.drawable_language(language) == language
    shipped = "".join(path.read_text(encoding="utf-8") for path in Path(LOCALES_DIR).glob("*/*.ftl"))
    shipped += DEFAULT_CONSULTATION_FILE.read_text(encoding="utf-8")
    for language, script in (("zh", r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]"), ("ar", r"[\u0600-\u06ff]")):
        font_file = chart_font(language)
        assert font_file is not None and font_file.is_file()
        assert font_file.stat().st_size < 2_500_000
        covered = TTFont(font_file).getBestCmap()
        missing = {c for c in re.findall(script, shipped) if ord(c) not in covered}
        assert not missing, f"{language}: {sorted(missing)}"


async def test_stats_chart_in_arabic_and_chinese(bench: BotBench) -> None:
    """Drawn without a missing glyph (matplotlib warns, and warnings fail the tests)."""
    await seed(bench)
    officer = bench.user(ADMIN_ID)
    for language, heading in (("ar", "حسب الموضوع:"), ("zh", "按议题：")):
        await bench.db.execute("UPDATE participants SET language = ? WHERE telegram_id = ?", (language, ADMIN_ID))
        replies = await bench.send(officer, "/stats")
        assert heading in texts(replies)
        photo = next(m for m in replies if m.photo)
        assert photo.caption == bench.deps.catalog.t(language, "stats-chart-caption")
        assert Image.open(io.BytesIO(photo.photo)).format == "PNG"  # type: ignore[arg-type]


async def test_a_focal_point_and_a_group_are_refused(bench: BotBench) -> None:
    await Consultations(bench.db).focal_point("FR", "Jean Martin", telegram_id=600_002)
    focal_point = bench.user(600_002)
    assert texts(await bench.send(focal_point, "/stats")) == bench.deps.catalog.t("en", "access-denied")
    group = bench.emu.group(-100_600, title="Bureau")
    group.send_command(bench.user(ADMIN_ID), "/stats")
    await bench.settle()
    assert [m.text for m in group.transcript] == [bench.deps.catalog.t("en", "access-private-only")]
