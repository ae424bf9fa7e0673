from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from langdetect import DetectorFactory

from tests.support.harness import BotBench, relax_flood_limits

# PTB 22 deprecates integer RetryAfter.retry_after; the product opts in too (bot/app.py).
os.environ.setdefault("PTB_TIMEDELTA", "1")

# langdetect is random unless seeded; the product seeds it too (services/language_detection).
DetectorFactory.seed = 0


@pytest.fixture
async def bench(tmp_path: Path) -> AsyncIterator[BotBench]:
    async with BotBench(tmp_path) as running:
        yield running


@pytest.fixture
async def fast(bench: BotBench) -> BotBench:
    """The bench with Telegram's per-chat flood limit lifted."""
    relax_flood_limits(bench)
    return bench
