"""Production behaviours: webhook mode with the secret header, online backup and restore,
concurrency across chats with order kept within a chat, and redelivered updates."""

from __future__ import annotations

import asyncio
import logging
import socket
import sqlite3
from pathlib import Path
from typing import Any

import httpx
import pytest
from telegram import Update
from telegram.ext import CommandHandler, MessageHandler, filters

from bot.app import MAX_CONCURRENT_UPDATES, Endpoint
from bot.cli import main as cli_main
from bot.config import load_settings
from bot.runtime import running_bot
from bot.webhook import start_webhook, stop_webhook
from emulator import BotApiEmulator
from storage import participants
from tests.support.harness import TOKEN, BotBench, relax_flood_limits, texts


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_webhook_mode_requires_the_secret_header_and_serves_health(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    settings = load_settings(webhook_secret="s3cret-header-value", webhook_port=port, webhook_listen="127.0.0.1")
    async with BotApiEmulator(token=TOKEN) as emu:
        async with running_bot(
            database_path=tmp_path / "w.sqlite3",
            endpoint=Endpoint(TOKEN, emu.base_url, emu.base_file_url),
            attachments_dir=tmp_path / "a",
            polling=False,
        ) as app:
            await start_webhook(app, settings, url)
            user = emu.user(7001, language_code="fr")
            user.send_command("/start")
            await emu.wait_for(lambda: len(user.transcript) >= 1, timeout=10)
            assert "Bienvenue" in (user.transcript[0].text or "")

            async with httpx.AsyncClient() as client:
                with caplog.at_level(logging.WARNING):
                    missing = await client.post(url, json={"update_id": 999})
                    wrong = await client.post(
                        url, json={"update_id": 998}, headers={"X-Telegram-Bot-Api-Secret-Token": "nope"}
                    )
                health = await client.get(f"http://127.0.0.1:{port}/healthz")
            assert missing.status_code == 403 and wrong.status_code == 403
            assert "refused" in caplog.text and "s3cret" not in caplog.text
            assert health.status_code == 200 and health.json()["database"] == "ok"
            await stop_webhook(app)
            with pytest.raises(httpx.ConnectError):
                async with httpx.AsyncClient() as client:
                    await client.get(f"http://127.0.0.1:{port}/healthz")


async def test_backup_while_running_and_restore(
    bench: BotBench, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    user = bench.user(7101, language_code="es")
    await bench.send(user, "/start")
    await bench.press(user, "Español")
    copy = tmp_path / "backup" / "copy.sqlite3"
    monkeypatch.setenv("DATABASE_PATH", str(bench.database_path))
    # The CLI's backup runs beside the live bot (SQLite's online backup).
    assert await asyncio.to_thread(cli_main, ["backup", str(copy)]) == 0
    with sqlite3.connect(copy) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert raw.execute("SELECT language FROM participants WHERE telegram_id = 7101").fetchone()[0] == "es"

    # Restore, as the README says: stop the bot, put the copy in place, start again.
    await bench.stop_bot()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{bench.database_path}{suffix}").unlink(missing_ok=True)  # noqa: ASYNC240 (test set-up)
    copy.rename(bench.database_path)
    await bench.start_bot()
    restored = await participants.get_by_telegram_id(bench.db, 7101)
    assert restored is not None and restored.language == "es"
    assert "/language: cambiar de idioma" in texts(await bench.send(user, "/help"))


async def test_two_users_run_concurrently_while_each_users_messages_stay_ordered(bench: BotBench) -> None:
    """A slow step for one user does not hold up another; one user's updates keep their order."""
    assert bench.app is not None
    seen: list[tuple[int, str]] = []
    running: set[int] = set()
    overlapped = asyncio.Event()

    async def slow(update: Update, context: Any) -> None:
        user_id = update.effective_user.id  # type: ignore[union-attr]
        running.add(user_id)
        if len(running) > 1:
            overlapped.set()
        await asyncio.sleep(0.3)
        running.discard(user_id)
        seen.append((user_id, "slow"))

    async def record(update: Update, context: Any) -> None:
        seen.append((update.effective_user.id, update.effective_message.text))  # type: ignore[union-attr]

    bench.app.add_handler(CommandHandler("slowtest", slow), group=-5)
    bench.app.add_handler(MessageHandler(filters.Regex(r"^order-\d+$"), record), group=-5)
    alice, bob = bench.user(7201), bench.user(7202)
    alice.send_command("/slowtest")
    bob.send_command("/slowtest")
    for index in range(5):
        alice.send_text(f"order-{index}")
    await bench.settle()
    assert overlapped.is_set(), "the two slow steps did not run at the same time"
    alice_seen = [text for user_id, text in seen if user_id == 7201]
    assert alice_seen == ["slow", "order-0", "order-1", "order-2", "order-3", "order-4"]


async def test_one_person_flooding_a_held_up_chat_holds_up_no_one_else(bench: BotBench) -> None:
    """Updates waiting for their chat's turn hold no running slot: more of them than the bot
    runs at once do not keep another person's /help waiting."""
    assert bench.app is not None
    relax_flood_limits(bench)
    gate = asyncio.Event()

    async def held(update: Update, context: Any) -> None:
        await gate.wait()

    bench.app.add_handler(CommandHandler("holdtest", held), group=-5)
    alice, bob = bench.user(7211, language_code="en"), bench.user(7212, language_code="en")
    alice.send_command("/holdtest")
    for index in range(MAX_CONCURRENT_UPDATES + 8):
        alice.send_text(f"Hello {index}")
    bob.send_command("/help")
    try:
        assert "/language" in texts(await bob.wait_messages(0, 1, timeout=10))
        assert bench.app.update_processor.in_flight > MAX_CONCURRENT_UPDATES  # alice's, all waiting
    finally:
        gate.set()
    await bench.settle()
    assert bench.app.update_processor.in_flight == 0
    assert len(alice.since(0)) >= MAX_CONCURRENT_UPDATES + 8  # each of her messages answered, in order


async def test_a_redelivered_update_is_not_handled_twice(bench: BotBench) -> None:
    user = bench.user(7301, language_code="en")
    first = user.send_command("/help")
    await bench.settle()
    before = len(user.transcript)
    # Telegram resends an update whose offset was not confirmed before a crash: same update_id.
    bench.emu.redeliver(first)
    await bench.settle()
    assert len(user.transcript) == before
