"""The bot in a process of its own (`python -m bot.cli run`), to be killed for real, on a copy of
the consultation whose dates surround today (the subprocess runs on real time)."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from emulator import BotApiEmulator
from prompts import DEFAULT_CONSULTATION_FILE

TOKEN = "654321:CRASH-test-token-for-consultbot"
ROOT = Path(__file__).resolve().parent.parent.parent


def consultation_open_today(target: Path) -> Path:
    """The shipped consultation with its [dates] moved around today (the subprocess's clock).
    The deadline is further away than the earliest reminder, so no reminder interrupts."""
    now = datetime.now(UTC)
    dates = (
        "[dates]\n"
        f"opens = {(now - timedelta(days=10)).strftime('%Y-%m-%dT%H:%M:%S+00:00')}\n"
        f"deadline = {(now + timedelta(days=30)).strftime('%Y-%m-%dT%H:%M:%S+00:00')}\n"
        f"meeting_start = {(now + timedelta(days=40)).date().isoformat()}\n"
        f"meeting_end = {(now + timedelta(days=41)).date().isoformat()}\n"
    )
    text = DEFAULT_CONSULTATION_FILE.read_text(encoding="utf-8")
    text, replaced = re.subn(r"\[dates\]\n(?:[a-z_]+ = [^\n]+\n)+", dates, text)
    assert replaced == 1
    target.write_text(text, encoding="utf-8")
    return target


class BotProcess:
    """`python -m bot.cli run` in a subprocess, its log in a file."""

    def __init__(self, tmp_path: Path, emu: BotApiEmulator) -> None:
        self.log = tmp_path / "bot.log"
        self.env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "BOT_TOKEN": TOKEN,
            "BOT_API_BASE_URL": emu.base_url,
            "BOT_API_FILE_URL": emu.base_file_url,
            "DATABASE_PATH": str(tmp_path / "bot.sqlite3"),
            "ATTACHMENTS_DIR": str(tmp_path / "attachments"),
            "ADMIN_IDS": "900001",
            "CONSULTATION_FILE": str(consultation_open_today(tmp_path / "consultation.toml")),
            "LOG_LEVEL": "INFO",
            "PTB_TIMEDELTA": "1",
        }
        self.cwd = tmp_path  # no stray .env from the working copy
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "bot.cli", "run"], env=self.env, cwd=self.cwd, stdout=log, stderr=log
            )

    def kill_9(self) -> None:
        assert self.process is not None
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)
        assert self.process.returncode == -signal.SIGKILL

    def stop(self) -> None:
        """The end of the story: no need to wait for a long poll to finish, everything the
        bot recorded is committed already."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)


def run_cli(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "ADMIN_", "DATABASE_", "LOG_"))}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=cwd,
        timeout=60,
        check=False,
    )
