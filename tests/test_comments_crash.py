"""A focal point is half-way through a comment when the bot's process is killed (`kill -9`):
no shutdown, no persistence flush. The bot is started again; the focal point goes on typing
and submits, and nothing they had written is lost.

The bot runs as a real subprocess (`python -m bot.cli run`) against the Bot API emulator in
this process, with Telegram's flood limits. It runs on real time, so the test writes a copy of
the consultation whose dates surround today (the shipped dates are in 2013).
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from emulator import BotApiEmulator, EmulatedUser, SentMessage
from storage import Database, participants, submissions
from storage.models import ParticipantStatus
from tests.support.processes import TOKEN, BotProcess

USER_ID = 7001
PART_ONE = "Kenya supports a single, country-led process for the chemicals and waste cluster."
PART_TWO = "We ask that the meeting of February be preceded by regional consultations."


async def approved_focal_point(database: Path) -> None:
    db = await Database.open(database)
    try:
        participant = await participants.ensure(db, USER_ID, USER_ID, "en")
        await participants.update_fields(
            db,
            participant.id,
            country_code="KE",
            full_name="Wanjiru Kamau",
            status=ParticipantStatus.APPROVED,
            language="en",
        )
    finally:
        await db.close()


async def answer(user: EmulatedUser, action: Callable[[], object], *, timeout: float = 30.0) -> SentMessage:
    """Do something as the user and wait for the bot's one reply to it."""
    mark = user.mark()
    action()
    return (await user.wait_messages(mark, 1, timeout=timeout))[-1]


@pytest.mark.slow
async def test_a_draft_survives_kill_9_of_the_bot_process(tmp_path: Path) -> None:
    database = tmp_path / "bot.sqlite3"
    await approved_focal_point(database)
    async with BotApiEmulator(token=TOKEN) as emu:
        bot = BotProcess(tmp_path, emu)
        user = emu.user(USER_ID, first_name="Wanjiru", language_code="en")
        try:
            bot.start()
            first = await answer(user, lambda: user.send_command("/comment"), timeout=60)
            assert "Step 1 of 6" in (first.text or "")
            assert "Step 2 of 6" in ((await answer(user, lambda: user.press("Financing options"))).text or "")
            step3 = await answer(user, lambda: user.press("Option for cooperation and coordination"))
            assert "Step 3 of 6" in (step3.text or "")
            assert "Step 4 of 6" in ((await answer(user, lambda: user.send_text("3"))).text or "")
            received = await answer(user, lambda: user.send_text(PART_ONE))
            assert "number of messages: 1" in (received.text or "")

            bot.kill_9()
            # The phone keeps sending while the bot is down: the update waits at Telegram.
            mark = user.mark()
            user.send_text(PART_TWO)
            await asyncio.sleep(0.5)
            assert user.since(mark) == []

            bot.start()
            resumed = (await user.wait_messages(mark, 1, timeout=60))[-1]
            if "number of messages: 1" in (resumed.text or ""):
                # The kill came after the answer to the first part went out but before its
                # handling was recorded: the inbox hands it over again (it changes nothing, the
                # part is kept once) and it is answered once more, then the second part comes.
                assert resumed.text == received.text
                resumed = (await user.wait_messages(mark, 2, timeout=60))[-1]
            assert "number of messages: 2" in (resumed.text or ""), resumed.text
            await answer(user, lambda: user.press("My comment is complete"))
            await answer(user, lambda: user.press("No proposed text"))
            preview = await answer(user, lambda: user.press("No attachment"))
            assert PART_ONE in (preview.text or "") and PART_TWO in (preview.text or "")
            receipt = await answer(user, lambda: user.press("Submit"))
            assert "Reference: CW-2013-0001" in (receipt.text or "")
        finally:
            bot.stop()
            with contextlib.suppress(FileNotFoundError):
                sys.stderr.write(bot.log.read_text(encoding="utf-8")[-3000:])  # shown if the test fails

    db = await Database.open(database)
    try:
        found = await submissions.for_country(db, "KE")
        assert len(found) == 1
        _submission, version = found[0]
        assert (version.topic_id, version.comment_type_id, version.paragraph) == ("financing", "option", 3)
        assert version.comment == f"{PART_ONE}\n\n{PART_TWO}"
        assert version.language == "en"
        assert await db.fetchval("SELECT COUNT(*) FROM comment_drafts") == 0
    finally:
        await db.close()
