"""The sandbox driven as a person drives it: `consultbot sandbox` in a pseudo-terminal.

`SandboxTerminal` starts the sandbox in its own pseudo-terminal (pexpect), types lines as a
keyboard does (ending with Enter, i.e. a carriage return), waits for what the screen shows,
and presses buttons by the number printed beside their label.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pexpect

ROOT = Path(__file__).resolve().parents[2]


def sandbox_env() -> dict[str, str]:
    """The environment without any bot setting, with this worktree's code first on the path."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "ADMIN_", "DATABASE_"))}
    env["PYTHONPATH"] = str(ROOT)
    env["TERM"] = "xterm"
    return env


class SandboxTerminal:
    def __init__(self, tmp_path: Path, *args: str, timeout: float = 60) -> None:
        self.tmp_path = tmp_path
        command = ("-m", "bot.cli", "sandbox", "--language", "en", "--database", str(tmp_path / "s.sqlite3"))
        self.child = pexpect.spawn(
            sys.executable,
            [*command, *args],
            cwd=str(tmp_path),
            env=sandbox_env(),
            encoding="utf-8",
            timeout=timeout,
            dimensions=(50, 250),
        )
        self.screen = ""

    def expect(self, text: str) -> str:
        """Wait until `text` is shown; returns everything shown up to and including it."""
        self.child.expect_exact(text)
        shown = self.child.before + self.child.after
        self.screen += shown
        return shown

    def expect_pattern(self, pattern: str) -> re.Match[str]:
        self.child.expect(pattern)
        self.screen += self.child.before + self.child.after
        match = self.child.match
        assert isinstance(match, re.Match)
        return match

    def type(self, line: str) -> None:
        self.child.send(line + "\r")

    def press(self, label: str) -> None:
        """Wait for a button with this label to be shown, and press it by its number."""
        number = self.expect_pattern(r"\[(\d+)\] (?:✓ )?" + re.escape(label)).group(1)
        self.type(f"#{number}")

    def wait_exit(self) -> int:
        """Until the sandbox has ended; its exit status."""
        self.child.expect(pexpect.EOF)
        self.screen += self.child.before
        self.child.close()
        assert self.child.exitstatus is not None
        return self.child.exitstatus

    def quit(self) -> int:
        self.type(":quit")
        self.expect("Goodbye.")
        return self.wait_exit()
