"""What the logs and error messages may say: ids, counts and references, never a participant's
name, e-mail address or comment, and never the bot token.

The log of a whole story is captured at INFO through the product's own logging set-up
(bot/logs.py: `configure`, which redacts anything shaped like a token): an admin invites a
country, a focal point registers with their name and e-mail and submits a comment, revises it,
the secretariat broadcasts the renewed invitation and exports the submissions. Then the command
line: started against a Bot API server that does not answer, and with a malformed token.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bot import logs
from storage import submissions
from tests.support.harness import TOKEN, BotBench
from tests.support.stories import (
    INVITATION_MARK,
    Answers,
    admin,
    copies,
    invite,
    register,
    relax_flood_limits,
    sender,
    t,
    texts,
    write_until_preview,
)

ROOT = Path(__file__).resolve().parent.parent
SECRET = TOKEN.split(":", 1)[1]
PERSON = Answers(
    name="Ngozi Adaeze Okonkwo-Baptiste",
    title="Deputy Director, Pollution Control",
    organisation="Federal Ministry of Environment",
    email="ngozi.okonkwo-baptiste@environment.example.gov",
)
COMMENT = "Quixotic-marmalade clause: Kenya asks that paragraph 7 mention the Minamata preparatory work."
REVISED = "Zephyr-lantern revision: Kenya also asks for a regional centre in Nairobi to be funded."


@contextmanager
def product_logging(level: str = "INFO") -> Iterator[io.StringIO]:
    """The root logger as `consultbot run` sets it up, writing into a buffer; restored after."""
    root = logging.getLogger()
    kept_handlers, kept_level = list(root.handlers), root.level
    quiet = {name: logging.getLogger(name).level for name in ("httpx", "apscheduler")}
    buffer = io.StringIO()
    logs.configure(level, stream=buffer)
    try:
        yield buffer
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
        for handler in kept_handlers:
            root.addHandler(handler)
        root.setLevel(kept_level)
        for name, level_before in quiet.items():
            logging.getLogger(name).setLevel(level_before)


def leaks(text: str, *secrets: str) -> list[str]:
    return [secret for secret in secrets if secret in text]


async def test_a_whole_story_logs_no_name_email_comment_or_token(bench: BotBench) -> None:
    relax_flood_limits(bench)
    with product_logging("INFO") as captured:
        officer = await admin(bench)
        link = await invite(bench, officer, "Kenya 5 30")
        user = bench.user(71_001, language_code="en", first_name="Ngozi")
        await register(bench, user, "en", token=link.token, answers=PERSON)
        await write_until_preview(bench, user, comment=COMMENT)
        receipt = texts(await bench.press(user, t(bench, "en", "comment-btn-submit")))
        ((submission, _version),) = await submissions.for_country(bench.db, "KE")
        assert submission.reference in receipt
        await bench.send(user, "/mycomments")
        await bench.press(user, submission.reference)
        for key in ("mycomments-btn-revise", "comment-btn-edit", "comment-btn-edit-comment"):
            await bench.press(user, t(bench, "en", key))
        await bench.send(user, REVISED)
        await bench.press(user, t(bench, "en", "comment-btn-comment-done"))
        assert "Version: 2" in texts(await bench.press(user, t(bench, "en", "comment-btn-submit")))
        assert "still matches" in texts(await bench.send(user, f"/verify {submission.reference}"))

        await bench.send(officer, "/broadcast")
        await bench.press(officer, "Renewed invitation")
        await bench.press(officer, "All approved focal points")
        await bench.press(officer, "Send")
        await sender(bench.deps).wait_idle(30)
        assert copies(user, INVITATION_MARK["en"]) == 1

        await bench.send(officer, "/export")
        await bench.press(officer, "CSV table")
        exported = await bench.press(officer, "Create the file")
        document = next(m for m in exported if m.document)
        assert document.document is not None and REVISED.encode() in document.document  # the export has it
        await bench.settle()

    log = captured.getvalue()
    assert "submission CW-2013-0001 version 2 recorded" in log, log  # the log is there, at INFO
    secrets = (
        PERSON.name,
        "Okonkwo",
        PERSON.email,
        "ngozi.okonkwo",
        PERSON.title,
        PERSON.organisation,
        COMMENT,
        "Quixotic",
        REVISED,
        "Zephyr",
        TOKEN,
        SECRET,
    )
    assert leaks(log, *secrets) == [], log


def closed_port() -> int:
    """A port on this machine where nothing listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def cli_env(tmp_path: Path, **variables: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("BOT_", "DATABASE_"))}
    return {
        **env,
        "PYTHONPATH": str(ROOT),
        "DATABASE_PATH": str(tmp_path / "bot.sqlite3"),
        "LOG_LEVEL": "DEBUG",
        "PTB_TIMEDELTA": "1",
        **variables,
    }


async def test_the_token_is_never_in_an_error_message_when_telegram_cannot_be_reached(tmp_path: Path) -> None:
    """Even at DEBUG, with every request failing: the network errors are logged, the token not."""
    port = closed_port()
    env = cli_env(
        tmp_path,
        BOT_TOKEN=TOKEN,
        BOT_API_BASE_URL=f"http://127.0.0.1:{port}/bot",
        BOT_API_FILE_URL=f"http://127.0.0.1:{port}/file/bot",
    )
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.cli",
        "run",
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    assert process.stdout is not None
    # Read until the failure is reported (a loaded machine may take a while to start Python),
    # then stop the bot and read the rest.
    seen: list[bytes] = []
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(60):
            while line := await process.stdout.readline():
                seen.append(line)
                if b"connect" in line.lower() or b"network" in line.lower():
                    break
    if process.returncode is None:
        process.send_signal(signal.SIGTERM)
    seen.append(await asyncio.wait_for(process.stdout.read(), 20))
    output = b"".join(seen).decode("utf-8", "replace")
    await asyncio.wait_for(process.wait(), 20)
    assert "connect" in output.lower() or "network" in output.lower(), output  # the failure is reported
    assert leaks(output, TOKEN, SECRET) == [], output


def test_a_malformed_token_is_refused_without_being_echoed(tmp_path: Path) -> None:
    for malformed in ("123456:short", "no-colon-Sup3rSecretValueThatLooksReal", f" {TOKEN}x/"):
        result = subprocess.run(
            [sys.executable, "-m", "bot.cli", "run"],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
            env=cli_env(tmp_path, BOT_TOKEN=malformed, BOT_API_BASE_URL="http://127.0.0.1:9/bot"),
            check=False,
        )
        assert result.returncode == 2, result.stderr
        assert result.stderr.startswith("consultbot: BOT_TOKEN: "), result.stderr
        secret = malformed.strip().split(":", 1)[-1]
        assert leaks(result.stdout + result.stderr, malformed.strip(), secret) == [], result.stderr
