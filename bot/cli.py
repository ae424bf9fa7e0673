"""`consultbot`: run, sandbox, migrate, backup, export, consultation, import-submissions,
focalpoints export, audit export.

Settings are read once here; a bad value stops start-up with one line naming the variable
(exit status 2, no traceback, the token never printed).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from telegram.error import InvalidToken, NetworkError

from bot import logs
from bot.config import Settings, SettingsError, load_settings
from prompts import LANGUAGES, ConsultationFileError
from storage import Database, SchemaTooNewError

EXIT_USAGE = 2
EXIT_UNAVAILABLE = 69  # sysexits EX_UNAVAILABLE: a supervisor may retry later
logger = logging.getLogger("consultbot")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="consultbot",
        description="A Telegram bot that runs a government consultation in the six UN languages.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser(
        "run",
        help="serve the bot (long polling; with no BOT_TOKEN, the terminal sandbox)",
        description="Serve the bot against BOT_API_BASE_URL with BOT_TOKEN. With no BOT_TOKEN "
        "set, start the offline sandbox instead. The database is created and migrated on first start.",
    )
    run.add_argument("--webhook", metavar="URL", help="receive updates by webhook at this public URL")

    sandbox = commands.add_parser(
        "sandbox",
        help="try the bot in this terminal, offline, as several people (no token, no network)",
        description="Start the local Bot API emulator and the real bot with a separate database "
        "file, and chat with it here as any number of people, with a clock that can be moved. "
        "The example consultation's dates are shifted so it is open. :help lists the commands.",
    )
    sandbox.add_argument("--database", type=Path, default=Path("data/sandbox.sqlite3"), help="sandbox database file")
    sandbox.add_argument(
        "--script",
        type=Path,
        help="play the lines of this file as typed (the same commands, plus :expect TEXT); "
        "exit status 1 when an expected reply does not come",
    )
    sandbox.add_argument(
        "--expect-seconds",
        type=float,
        default=10.0,
        metavar="SECONDS",
        help="how long :expect waits for its reply (default 10)",
    )
    sandbox.add_argument(
        "--language", choices=LANGUAGES, help="language of the sandbox's own texts (default: from LANG, else en)"
    )

    migrate = commands.add_parser(
        "migrate",
        help="apply migrations and print the schema version",
        description="Apply pending migrations to DATABASE_PATH and print the schema version.",
    )
    migrate.add_argument("--database", type=Path, help="database file (default: DATABASE_PATH)")

    backup = commands.add_parser(
        "backup",
        help="copy the database while the bot runs (SQLite online backup)",
        description="Write a consistent copy of DATABASE_PATH to FILE, safe while the bot runs.",
    )
    backup.add_argument("file", type=Path)

    from bot.export_cli import add_export_parser

    add_export_parser(commands)
    from bot.consultation_cli import add_consultation_parser

    add_consultation_parser(commands)
    from bot.import_cli import add_import_parser

    add_import_parser(commands)
    from bot.workspace_cli import add_workspace_parsers

    add_workspace_parsers(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"consultbot: {exc}", file=sys.stderr)
        return EXIT_USAGE
    logs.configure(settings.log_level, stream=sys.stderr)
    try:
        if args.command == "run":
            if settings.bot_token is None:
                print("consultbot: BOT_TOKEN is not set: starting the offline sandbox.", file=sys.stderr)
                return asyncio.run(_sandbox(settings, Path("data/sandbox.sqlite3")))
            return asyncio.run(_serve(settings, webhook_url=args.webhook))
        if args.command == "sandbox":
            return asyncio.run(_sandbox(settings, args.database, args.script, args.language, args.expect_seconds))
        if args.command == "migrate":
            return asyncio.run(_migrate(args.database or settings.database_path))
        if args.command == "backup":
            return asyncio.run(_backup(settings.database_path, args.file))
        if args.command == "export":
            from bot.export_cli import run_export

            return asyncio.run(run_export(settings, args))
        if args.command == "consultation":
            from bot.consultation_cli import run_consultation

            return asyncio.run(run_consultation(settings, args))
        if args.command == "import-submissions":
            from bot.import_cli import run_import

            return asyncio.run(run_import(settings, args))
        if args.command in ("focalpoints", "audit"):
            from bot.workspace_cli import run_audit, run_focalpoints

            run = run_focalpoints if args.command == "focalpoints" else run_audit
            return asyncio.run(run(settings, args))
    except (SchemaTooNewError, ConsultationFileError) as exc:
        print(f"consultbot: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except InvalidToken:
        print("consultbot: BOT_TOKEN: the Bot API server does not accept this token", file=sys.stderr)
        return EXIT_USAGE
    except NetworkError as exc:
        # One line, never a traceback: the server address is the setting to check.
        print(
            f"consultbot: BOT_API_BASE_URL: the Bot API server cannot be reached ({type(exc).__name__})",
            file=sys.stderr,
        )
        return EXIT_UNAVAILABLE
    except KeyboardInterrupt:
        return 130
    return EXIT_USAGE


async def _migrate(path: Path) -> int:
    db = await Database.open(path)
    try:
        print(f"{path}: schema version {await db.schema_version()}")
    finally:
        await db.close()
    return 0


async def _backup(source: Path, target: Path) -> int:
    if not source.exists():  # noqa: ASYNC240 (one stat before any I/O)
        print(f"consultbot: DATABASE_PATH: {source} does not exist", file=sys.stderr)
        return EXIT_USAGE
    db = await Database.open(source, migrate=False)
    try:
        await db.backup_to(target)
    finally:
        await db.close()
    print(f"backed up {source} to {target}")
    return 0


def _stop_on_signals(stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)


async def _serve(settings: Settings, *, webhook_url: str | None) -> int:
    from bot.runtime import serve

    assert settings.bot_token is not None
    stop = asyncio.Event()
    _stop_on_signals(stop)
    await serve(settings, stop, webhook_url=webhook_url)
    return 0


async def _sandbox(
    settings: Settings,
    database: Path,
    script: Path | None = None,
    language: str | None = None,
    expect_seconds: float = 10.0,
) -> int:
    from bot.sandbox import run_sandbox

    return await run_sandbox(settings, database, script, language=language, expect_seconds=expect_seconds)


if __name__ == "__main__":
    raise SystemExit(main())
