"""What keeps SQLite round trips per update low (bench/updates.py) without ever serving a stale
row: the table versions of storage/db.py, the participant read once per update, persistence
writing only what changed, with the update's completion (one transaction: storage/inbox.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from storage import Database, inbox, participants
from storage.db import tables_written
from tests.support.harness import BotBench, relax_flood_limits, texts
from tests.support.registration import Answers, register, t


@pytest.mark.parametrize(
    ("sql", "tables"),
    [
        ("SELECT * FROM participants WHERE telegram_id = ?", set()),
        ("PRAGMA user_version", set()),
        ("UPDATE participants SET language = ? WHERE id = ?", {"participants"}),
        ("INSERT INTO consultation (id) VALUES (1) ON CONFLICT (id) DO UPDATE SET x = 1", {"consultation", "set"}),
        ("DELETE FROM attachments WHERE draft_id IN (SELECT id FROM drafts)", {"attachments", "drafts"}),
        ("  delete from participants where id = ?", {"participants"}),
    ],
)
def test_the_tables_a_statement_may_write(sql: str, tables: set[str]) -> None:
    assert set(tables_written(sql)) == tables


async def test_a_table_version_moves_with_writes_to_it_only(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "versions.sqlite3")
    try:
        before = db.version("participants")
        await participants.ensure(db, 42, 42, "fr")
        assert db.version("participants") > before
        after_write = db.version("participants")
        await participants.get_by_telegram_id(db, 42)
        await db.execute("DELETE FROM processed_updates")
        assert db.version("participants") == after_write  # a read, another table's write
        async with db.transaction() as tx:
            await tx.execute("UPDATE participants SET language = 'es' WHERE telegram_id = 42")
        assert db.version("participants") > after_write
    finally:
        await db.close()


def count_calls(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[object]:
    calls: list[object] = []
    original = getattr(module, name)

    async def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(args[1:])
        return await original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


async def test_the_participant_is_read_once_per_update_and_again_after_a_change(
    bench: BotBench, monkeypatch: pytest.MonkeyPatch
) -> None:
    relax_flood_limits(bench)
    user = bench.user(9401, language_code="en")
    await register(bench, user, "en", answers=Answers(country="Kenya"))
    reads = count_calls(monkeypatch, participants, "get_by_telegram_id")
    await bench.send(user, "/help")  # the access check, the language, the menu: one read
    assert len(reads) == 1
    reads.clear()
    # /language then French: the choice writes the participant, and the answer that follows is
    # in French because the row was read again after that write.
    await bench.send(user, "/language")
    shown = await bench.press(user, "Français")
    assert t(bench, "fr", "menu-title") in texts(shown)
    assert len(reads) >= 2


async def test_an_unchanged_conversation_state_is_not_written_again(
    bench: BotBench, monkeypatch: pytest.MonkeyPatch
) -> None:
    relax_flood_limits(bench)
    user = bench.user(9402, language_code="en")
    await bench.send(user, "/start")
    await bench.press(user, "English")
    finished = count_calls(monkeypatch, inbox, "finish")
    await bench.do(user, user.send_sticker)  # asked again: the state stays what it was
    assert [len(conversations) for _update_id, _now, conversations in finished] == [0]  # type: ignore[misc]
    finished.clear()
    await bench.send(user, "Kenya")  # the next question: the new state is written with the update's end
    assert [len(conversations) for _update_id, _now, conversations in finished] == [1]  # type: ignore[misc]
    assert await bench.db.fetchval("SELECT COUNT(*) FROM inbox") == 0


async def test_an_update_received_again_after_it_was_handled_is_neither_stored_nor_answered(
    bench: BotBench, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Telegram sends an update again (its confirmation was lost): the inbox's own insert finds
    it in the redelivery guard, with no statement more than a new update costs."""
    user = bench.user(9403, language_code="en")
    first = user.send_command("/help")
    await bench.settle()
    stored = count_calls(monkeypatch, inbox, "receive")
    before = len(user.transcript)
    bench.emu.redeliver(first)
    await bench.settle()
    assert len(stored) == 1 and len(user.transcript) == before  # received, found handled, dropped
    assert await bench.db.fetchval("SELECT COUNT(*) FROM inbox") == 0
    assert await bench.db.fetchval("SELECT COUNT(*) FROM processed_updates WHERE update_id = ?", (first["update_id"],))
