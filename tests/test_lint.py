"""ruff (with the ASYNC, DTZ, S and TID rule sets, and its formatter) and import-linter are part of
the test suite, so CI and the README's one test command both lint."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


PACKAGES = ("bot", "handlers", "services", "exports", "storage", "prompts", "emulator", "webapp", "tests", "bench")


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


def test_dependencies_point_one_way() -> None:
    """The contracts in pyproject.toml ([tool.importlinter]): bot -> handlers -> services and
    exports -> storage and prompts; the emulator self-contained; no telegram below services."""
    executable = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    result = subprocess.run(
        [executable, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout
