"""ruff (with the ASYNC, DTZ, S and TID rule sets) is part of the test suite, so CI and the
README's one test command both lint."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ruff_is_clean() -> None:
    ruff = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))
    result = subprocess.run(
        [ruff, "check", "bot", "handlers", "storage", "prompts", "tests", "bench"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_storage_and_prompts_never_import_telegram() -> None:
    for package in ("storage", "prompts"):
        for path in (ROOT / package).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            assert "import telegram" not in text and "from telegram" not in text, path
            assert "from handlers" not in text and "from bot" not in text, path
