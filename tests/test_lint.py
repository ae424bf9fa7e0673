"""ruff (with the ASYNC, DTZ, S and TID rule sets, and its formatter) is part of the test suite,
so CI and the README's one test command both lint."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


PACKAGES = ("bot", "handlers", "storage", "prompts", "tests", "bench")


def ruff(*arguments: str) -> subprocess.CompletedProcess[str]:
    executable = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))
    return subprocess.run(
        [executable, *arguments, *PACKAGES], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )


def test_ruff_is_clean() -> None:
    result = ruff("check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_code_is_formatted() -> None:
    result = ruff("format", "--check")
    assert result.returncode == 0, "run `ruff format`:\n" + result.stdout + result.stderr


def test_storage_and_prompts_never_import_telegram() -> None:
    for package in ("storage", "prompts"):
        for path in (ROOT / package).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            assert "import telegram" not in text and "from telegram" not in text, path
            assert "from handlers" not in text and "from bot" not in text, path
