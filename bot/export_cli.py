"""`consultbot export`: the same files as /export, from the command line (issue 6)."""

from __future__ import annotations

import argparse
from typing import Any

from bot.config import Settings


def add_export_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "export",
        help="write the submissions to a file",
        description="Write the submissions to FILE (xlsx, csv, jsonl or docx).",
    )
    parser.add_argument("--format", choices=["xlsx", "csv", "jsonl", "docx"], required=True)
    parser.add_argument("--out", required=True)


async def run_export(settings: Settings, args: argparse.Namespace) -> int:
    raise SystemExit("consultbot export: not available yet")
