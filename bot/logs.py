"""Logging for every entry point: one format, and the bot token never written anywhere.

The Bot API URL carries the token (`.../bot<token>/sendMessage`): httpx logs request URLs at
INFO and network errors can quote them. The formatter replaces the token with `[token]`, and
httpx is kept at WARNING. Handlers log ids and counts, never names,
e-mails or comment text (tests/test_privacy.py scans a whole run's log).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TextIO

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_TOKEN = re.compile(r"\d{3,}:[A-Za-z0-9_-]{10,}")


class RedactingFormatter(logging.Formatter):
    """Replace anything shaped like a bot token, in messages and in tracebacks."""

    def formatException(self, ei: object) -> str:
        return _TOKEN.sub("[token]", super().formatException(ei))  # type: ignore[arg-type]

    def format(self, record: logging.LogRecord) -> str:
        return _TOKEN.sub("[token]", super().format(record))


def configure(level: str, *, stream: TextIO | None = None, file: Path | None = None) -> None:
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    if file is not None:
        file.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(file, encoding="utf-8")
    else:
        handler = logging.StreamHandler(stream)
    handler.setFormatter(RedactingFormatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
