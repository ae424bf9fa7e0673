"""The sandbox is how a newcomer, a translator or a secretariat officer tries the bot: the
real bot and the emulator in one process, driven from the terminal (here from a script)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from prompts import LANGUAGES, Catalog

ROOT = Path(__file__).resolve().parent.parent
NEWCOMER = """:link
#3
Amina Odhiambo
Director of Chemicals
Ministry of Environment
amina@env.go.ke
#1
#1
/comment
#2
#1
#5
The secretariat should strengthen the links between the Basel Convention and SAICM.
#1
#1
#1
#1
:sticker
:admin
/start
:quit
"""


def run_sandbox(tmp_path: Path, script: str) -> str:
    path = tmp_path / "script.txt"
    path.write_text(script, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "ADMIN_", "DATABASE_"))}
    env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run(
        [
            *(sys.executable, "-m", "bot.cli", "sandbox", "--language", "en"),
            *("--database", str(tmp_path / "s.sqlite3"), "--script", str(path)),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_newcomer_registers_with_the_link_and_submits_a_comment(tmp_path: Path) -> None:
    out = run_sandbox(tmp_path, NEWCOMER)
    assert "dates are shifted so that it is open now" in out
    assert "You are registered as a national focal point for Kenya." in out
    assert re.search(r"CW-2013-0001", out), out[-3000:]
    assert re.search(r"\b[0-9a-f]{64}\b", out)  # the receipt's SHA-256 fingerprint
    catalog = Catalog.load()
    assert catalog.t("en", "fallback-text") in out  # the sticker got a polite answer
    assert "[1] Broadcast" in out  # the admin persona sees the secretariat's menu
    assert (tmp_path / "s.log").exists() and "Amina" not in (tmp_path / "s.log").read_text(encoding="utf-8")


def test_the_sandbox_answers_start_in_each_language(tmp_path: Path) -> None:
    """One person per language, in one session: each is greeted in their Telegram language."""
    out = run_sandbox(tmp_path, "".join(f":as p{language} {language}\n/start\n" for language in LANGUAGES) + ":quit\n")
    catalog = Catalog.load()
    for language in LANGUAGES:
        assert f"(You are now typing as p{language}.)" in out
        assert catalog.t(language, "start-choose-language") in out
