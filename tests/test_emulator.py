"""The Bot API emulator, driven by a real python-telegram-bot client over HTTP.

Every rule the emulator enforces is checked through the exception PTB raises for it, because
that is what the bot's error handling sees in production.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
import tornado.httpserver
import tornado.netutil
import tornado.web
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Update,
)
from telegram.error import (
    BadRequest,
    Conflict,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import Application, ApplicationBuilder, CallbackQueryHandler, CommandHandler
from telegram.request import HTTPXRequest

from emulator import BotApiEmulator, EmulatedUser, Fault, Limits, SentMessage, utf16_len

pytestmark = pytest.mark.asyncio


@pytest.fixture(autouse=True)
def _ptb_timedelta(monkeypatch: pytest.MonkeyPatch) -> None:
    """RetryAfter.retry_after as an int is deprecated; opt in so no warning is raised."""
    monkeypatch.setenv("PTB_TIMEDELTA", "1")


@pytest.fixture
async def emu() -> AsyncIterator[BotApiEmulator]:
    async with BotApiEmulator() as running:
        yield running


def make_bot(emu: BotApiEmulator, **request_kwargs: Any) -> Bot:
    request = HTTPXRequest(**request_kwargs) if request_kwargs else None
    return Bot(emu.token, base_url=emu.base_url, base_file_url=emu.base_file_url, request=request)


@pytest.fixture
async def bot(emu: BotApiEmulator) -> AsyncIterator[Bot]:
    async with make_bot(emu) as client:
        yield client


@pytest.fixture
def alice(emu: BotApiEmulator) -> EmulatedUser:
    return emu.user(1001, first_name="Alice", language_code="fr")


def keyboard(*rows: list[tuple[str, str]]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(text, callback_data=data) for text, data in row] for row in rows]
    )


class FakeClock:
    """Monotonic time the test moves, so flood accounting is exact."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# -- basics -----------------------------------------------------------------------------------


async def test_get_me_and_urls(emu: BotApiEmulator, bot: Bot) -> None:
    me = await bot.get_me()
    assert (me.id, me.username, me.is_bot) == (123456, "consultbot_test_bot", True)
    assert emu.base_url == f"http://127.0.0.1:{emu.port}/bot"
    assert emu.base_file_url == f"http://127.0.0.1:{emu.port}/file/bot"
    assert emu.stats.calls["getMe"] >= 1


async def test_unknown_method_and_wrong_token(emu: BotApiEmulator, bot: Bot) -> None:
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("noSuchMethod")
    async with httpx.AsyncClient() as client:
        reply = await client.post(f"{emu.base_url}{emu.token}/noSuchMethod")
    assert reply.status_code == 404
    assert reply.json() == {
        "ok": False,
        "error_code": 404,
        "description": "Not Found: method not found",
    }
    wrong = Bot("999:WRONG", base_url=emu.base_url)
    with pytest.raises(InvalidToken):  # getMe: Telegram answers 404 to a wrong token
        await wrong.initialize()
    await wrong.shutdown()


async def test_method_names_are_case_insensitive_and_get_works(emu: BotApiEmulator) -> None:
    async with httpx.AsyncClient() as client:
        reply = await client.get(f"{emu.base_url}{emu.token}/getme")
        as_json = await client.post(f"{emu.base_url}{emu.token}/getChat", json={"chat_id": 5})
        missing = await client.get(f"{emu.base_file_url}{emu.token}/documents/none.pdf")
    assert reply.json()["result"]["username"] == "consultbot_test_bot"
    assert as_json.json()["description"] == "Bad Request: chat not found"
    assert missing.status_code == 404


# -- text rules -------------------------------------------------------------------------------


async def test_text_length_counts_utf16_after_markup(alice: EmulatedUser, bot: Bot) -> None:
    await bot.send_message(alice.id, "a" * 4096)
    with pytest.raises(BadRequest, match=r"(?i)too long"):
        await bot.send_message(alice.id, "a" * 4097)
    emoji = "😀" * 2049  # 2049 characters, 4098 UTF-16 code units
    assert utf16_len(emoji) == 4098
    with pytest.raises(BadRequest, match=r"(?i)too long"):
        await bot.send_message(alice.id, emoji)
    # Markup does not count: Telegram measures the rendered text.
    await bot.send_message(alice.id, "<b>" + "a" * 4096 + "</b>", parse_mode="HTML")
    assert len(alice.transcript) == 2


async def test_edit_text_length_and_empty_text(alice: EmulatedUser, bot: Bot) -> None:
    sent = await bot.send_message(alice.id, "short")
    with pytest.raises(BadRequest, match=r"(?i)too long"):
        await bot.edit_message_text("b" * 4097, chat_id=alice.id, message_id=sent.message_id)
    with pytest.raises(BadRequest, match=r"(?i)text is empty"):
        await bot.send_message(alice.id, "   \n ")


async def test_caption_too_long(alice: EmulatedUser, bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)caption is too long"):
        await bot.send_document(alice.id, b"data", filename="a.txt", caption="c" * 1025)
    await bot.send_document(alice.id, b"data", filename="a.txt", caption="c" * 1024)
    assert alice.last is not None and alice.last.caption == "c" * 1024


async def test_parse_mode_errors_and_rendering(alice: EmulatedUser, bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r'(?i)unsupported start tag ""'):
        await bot.send_message(alice.id, "1 < 2", parse_mode="HTML")
    with pytest.raises(BadRequest, match=r"(?i)end tag"):
        await bot.send_message(alice.id, "<b>bold", parse_mode="HTML")
    with pytest.raises(BadRequest, match=r"(?i)reserved"):
        await bot.send_message(alice.id, "Hello.", parse_mode="MarkdownV2")
    message = await bot.send_message(
        alice.id, '<b>Tom &amp; Jerry</b> <a href="https://x.org">link</a>', parse_mode="HTML"
    )
    assert message.text == "Tom & Jerry link"
    assert [e.type for e in message.entities] == ["bold", "text_link"]
    await bot.send_message(alice.id, r"*Hi* \- _there_\.", parse_mode="MarkdownV2")
    assert alice.last is not None and alice.last.text == "Hi - there."


async def test_callback_data_over_64_bytes(alice: EmulatedUser, bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)BUTTON_DATA_INVALID"):
        await bot.send_message(alice.id, "pick", reply_markup=keyboard([("x", "d" * 65)]))
    with pytest.raises(BadRequest, match=r"(?i)BUTTON_DATA_INVALID"):
        await bot.send_message(alice.id, "pick", reply_markup=keyboard([("x", "é" * 33)]))
    await bot.send_message(alice.id, "pick", reply_markup=keyboard([("x", "d" * 64)]))
    assert alice.buttons() == [["x"]]


# -- chats ------------------------------------------------------------------------------------


async def test_unknown_and_deleted_chat(emu: BotApiEmulator, alice: EmulatedUser, bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(424242, "hello?")
    await bot.send_message(alice.id, "hello")
    emu.delete_chat(alice.id)
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(alice.id, "still there?")


async def test_blocked_user(emu: BotApiEmulator, alice: EmulatedUser, bot: Bot) -> None:
    alice.block()
    with pytest.raises(Forbidden, match=r"(?i)blocked by the user"):
        await bot.send_message(alice.id, "hello")
    updates = await bot.get_updates()
    assert updates[-1].my_chat_member is not None
    assert updates[-1].my_chat_member.new_chat_member.status == "kicked"
    alice.unblock(notify=False)
    await bot.send_message(alice.id, "welcome back")
    assert [m.text for m in alice.transcript] == ["welcome back"]


async def test_group_chat(emu: BotApiEmulator, alice: EmulatedUser, bot: Bot) -> None:
    group = emu.group(-100123, title="Group")
    group.send_command(alice, "/export")
    (update,) = await bot.get_updates()
    assert update.message is not None and update.message.chat.type == "supergroup"
    assert update.message.text == "/export" and update.message.from_user.id == alice.id
    await bot.send_message(group.id, "exported")
    assert [m.text for m in group.transcript] == ["exported"]
    assert alice.transcript == []


# -- flood control ----------------------------------------------------------------------------


async def test_per_chat_flood_burst_then_429() -> None:
    clock = FakeClock()
    async with BotApiEmulator(clock=clock) as emu, make_bot(emu) as bot:
        alice = emu.user(1001)
        for i in range(5):
            await bot.send_message(alice.id, f"burst {i}")
        with pytest.raises(RetryAfter) as caught:
            await bot.send_message(alice.id, "one too many")
        assert caught.value.retry_after.total_seconds() >= 1
        assert emu.stats.too_many_requests == 1
        clock.now += 1.0  # one message a second drains from the bucket
        await bot.send_message(alice.id, "after a second")
        with pytest.raises(RetryAfter):
            await bot.send_message(alice.id, "again too fast")
        emu.limits.enabled = False
        await bot.send_message(alice.id, "limits off")
        assert len(alice.transcript) == 7
        assert emu.stats.messages_per_chat[alice.id] == 7
        assert emu.calls_to("sendMessage")[-1]["text"] == "limits off"


async def test_group_flood_limit_per_minute() -> None:
    clock = FakeClock()
    limits = Limits(per_chat_burst=100, per_chat_per_second=100)
    async with BotApiEmulator(limits=limits, clock=clock) as emu, make_bot(emu) as bot:
        group = emu.group(-100777, title="Committee")
        for n in range(20):
            await bot.send_message(group.id, f"row {n}")
        with pytest.raises(RetryAfter) as caught:
            await bot.send_message(group.id, "row 21")
        assert caught.value.retry_after.total_seconds() == 3  # 20 a minute: one every 3 s
        clock.now += 3
        await bot.send_message(group.id, "row 21")


async def test_global_flood_limit_and_free_edits() -> None:
    clock = FakeClock()
    limits = Limits(global_per_second=3, per_chat_burst=5)
    async with BotApiEmulator(limits=limits, clock=clock) as emu, make_bot(emu) as bot:
        users = [emu.user(2000 + i) for i in range(4)]
        first = await bot.send_message(users[0].id, "a")
        for user in users[1:3]:
            await bot.send_message(user.id, "b")
        with pytest.raises(RetryAfter):
            await bot.send_message(users[3].id, "c")
        for n in range(10):  # edits are not counted
            await bot.edit_message_text(f"edit {n}", chat_id=users[0].id, message_id=first.message_id)


# -- files ------------------------------------------------------------------------------------


async def test_user_document_downloads_back(alice: EmulatedUser, bot: Bot) -> None:
    payload = bytes(range(256)) * 40
    update = alice.send_document(payload, file_name="report.pdf", mime_type="application/pdf")
    document = update["message"]["document"]
    assert document["file_size"] == len(payload) and document["mime_type"] == "application/pdf"
    (received,) = await bot.get_updates()
    assert received.message is not None and received.message.document is not None
    file = await bot.get_file(received.message.document.file_id)
    assert bytes(await file.download_as_bytearray()) == payload


async def test_oversized_upload_refused(alice: EmulatedUser, bot: Bot) -> None:
    too_big = b"\0" * (50 * 1024 * 1024 + 1)
    with pytest.raises(BadRequest, match=r"(?i)file is too big"):
        await bot.send_document(alice.id, too_big, filename="big.bin", write_timeout=30)
    assert alice.transcript == []


async def test_download_limit_and_bot_uploads() -> None:
    async with BotApiEmulator(limits=Limits(max_download_bytes=1000)) as emu, make_bot(emu) as bot:
        alice = emu.user(1001)
        update = alice.send_document(b"x" * 1001, file_name="big.txt")
        with pytest.raises(BadRequest, match=r"(?i)file is too big"):
            await bot.get_file(update["message"]["document"]["file_id"])
        sent = await bot.send_document(alice.id, b"%PDF-1.4", filename="out.pdf", caption="Export")
        assert sent.document is not None and sent.document.file_name == "out.pdf"
        assert alice.last is not None and alice.last.document == b"%PDF-1.4"
        assert alice.last.document_name == "out.pdf" and alice.last.caption == "Export"
        photo = alice.send_photo()
        reused = await bot.send_photo(alice.id, photo["message"]["photo"][-1]["file_id"])
        assert reused.photo and alice.last.photo is not None
        with pytest.raises(BadRequest, match=r"(?i)IMAGE_PROCESS_FAILED"):
            await bot.send_photo(alice.id, b"not an image")


# -- updates ----------------------------------------------------------------------------------


async def test_get_updates_offset_semantics(emu: BotApiEmulator, alice: EmulatedUser, bot: Bot) -> None:
    alice.send_text("one")
    alice.send_text("two")
    first = await bot.get_updates()
    assert [u.message.text for u in first if u.message] == ["one", "two"]
    assert first[1].update_id > first[0].update_id
    again = await bot.get_updates()  # nothing confirmed yet
    assert [u.update_id for u in again] == [u.update_id for u in first]
    assert emu.pending_updates() == 2
    rest = await bot.get_updates(offset=first[0].update_id + 1)
    assert [u.message.text for u in rest if u.message] == ["two"]
    assert await bot.get_updates(offset=first[1].update_id + 1) == ()
    assert emu.pending_updates() == 0
    await emu.wait_until_delivered(timeout=0.1)


async def test_limit_negative_offset_and_raw_updates(emu: BotApiEmulator, bot: Bot) -> None:
    for n in range(3):
        emu.queue_raw_update({"some_future_update": {"n": n}})
    assert len(await bot.get_updates(limit=2)) == 2
    last = await bot.get_updates(offset=-1)
    assert len(last) == 1 and last[0].api_kwargs == {"some_future_update": {"n": 2}}
    with pytest.raises(ValueError, match=r"(?i)update_id"):
        emu.queue_raw_update({"update_id": 1, "message": {}})


async def test_long_poll_returns_when_an_update_arrives(alice: EmulatedUser, bot: Bot) -> None:
    loop = asyncio.get_running_loop()
    loop.call_later(0.2, alice.send_text, "late")
    started = time.monotonic()
    updates = await bot.get_updates(timeout=5, read_timeout=10)
    assert 0.15 < time.monotonic() - started < 2
    assert [u.message.text for u in updates if u.message] == ["late"]


async def test_second_poller_conflicts_first(emu: BotApiEmulator, bot: Bot) -> None:
    """Two bot instances polling: Telegram ends the older long poll with 409 Conflict."""
    first = asyncio.create_task(bot.get_updates(timeout=5, read_timeout=10))
    await emu.wait_for(lambda: emu.stats.calls["getUpdates"] == 1)
    async with make_bot(emu) as other:
        assert await other.get_updates(timeout=0) == ()
    with pytest.raises(Conflict, match=r"(?i)terminated by other getUpdates"):
        await first


async def test_user_media_shapes_parse(emu: BotApiEmulator, alice: EmulatedUser, bot: Bot) -> None:
    alice.send_sticker()
    alice.send_photo(caption="pic")
    alice.send_voice()
    alice.send_location(48.85, 2.35)
    alice.send_contact("+100", "X")
    start = alice.send_command("/start", "PAYLOAD")
    sent = alice.send_text("typo")
    alice.edit_message(sent["message"]["message_id"], "fixed")
    updates = await bot.get_updates()
    messages = [u.message for u in updates if u.message]
    assert messages[0].sticker is not None and messages[0].sticker.type == "regular"
    assert messages[1].photo and messages[1].caption == "pic"
    assert messages[2].voice is not None and messages[3].location is not None
    assert messages[4].contact is not None and messages[4].contact.user_id == alice.id
    assert messages[5].text == "/start PAYLOAD"
    assert start["message"]["entities"] == [{"type": "bot_command", "offset": 0, "length": 6}]
    assert updates[-1].edited_message is not None and updates[-1].edited_message.text == "fixed"
    assert [m.message_id for m in messages] == list(range(1, 8))
    assert messages[0].from_user.language_code == "fr"


# -- buttons and edits ------------------------------------------------------------------------


async def test_press_button_and_answer(emu: BotApiEmulator, alice: EmulatedUser, bot: Bot) -> None:
    await bot.send_message(alice.id, "Choose", reply_markup=keyboard([("Yes", "v:y"), ("No", "v:n")]))
    await bot.send_message(alice.id, "no keyboard here")
    alice.press("No")
    alice.press("Ye")  # a unique substring is enough
    with pytest.raises(LookupError):
        alice.press("Maybe")
    alice.press_data("forged:data")
    updates = await bot.get_updates()
    queries = [u.callback_query for u in updates if u.callback_query]
    assert [q.data for q in queries] == ["v:n", "v:y", "forged:data"]
    assert emu.calls_to("sendMessage")[0]["reply_markup"]["inline_keyboard"][0][1]["text"] == "No"
    assert queries[0].message is not None and queries[0].message.text == "Choose"
    assert queries[2].message is not None and queries[2].message.text == "no keyboard here"
    await queries[0].answer("Noted", show_alert=True)
    assert alice.answered_callbacks[0]["text"] == "Noted"
    assert alice.answered_callbacks[0]["show_alert"] is True
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await queries[0].answer("twice")
    assert alice.unanswered_callbacks == [queries[1].id, queries[2].id]


async def test_edit_keeps_history(alice: EmulatedUser, bot: Bot) -> None:
    mark = alice.mark()
    sent = await bot.send_message(alice.id, "Step 1", reply_markup=keyboard([("Next", "n")]))
    await bot.edit_message_text(
        "Step 2", chat_id=alice.id, message_id=sent.message_id, reply_markup=keyboard([("Go", "g")])
    )
    record = alice.last
    assert isinstance(record, SentMessage)
    assert (record.text, record.history, record.buttons, record.button_data) == (
        "Step 2",
        ["Step 1"],
        [["Go"]],
        [["g"]],
    )
    with pytest.raises(BadRequest, match=r"(?i)not modified"):
        await bot.edit_message_text(
            "Step 2", chat_id=alice.id, message_id=sent.message_id, reply_markup=keyboard([("Go", "g")])
        )
    await bot.edit_message_text("Done", chat_id=alice.id, message_id=sent.message_id)
    assert record.buttons == []  # an edit without reply_markup removes the keyboard
    assert alice.since(mark) == [record]
    await bot.delete_message(alice.id, sent.message_id)
    assert record.deleted
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_message_text("gone", chat_id=alice.id, message_id=sent.message_id)


async def test_commands_per_language(emu: BotApiEmulator, bot: Bot) -> None:
    await bot.set_my_commands([BotCommand("start", "Start")])
    await bot.set_my_commands([BotCommand("start", "Démarrer")], language_code="fr")
    await bot.set_my_commands([BotCommand("help", "Aide")], scope=BotCommandScopeAllPrivateChats(), language_code="fr")
    assert emu.commands[("default", "")] == [{"command": "start", "description": "Start"}]
    assert emu.commands[("default", "fr")] == [{"command": "start", "description": "Démarrer"}]
    assert emu.commands[("all_private_chats", "fr")][0]["command"] == "help"
    assert [c.description for c in await bot.get_my_commands(language_code="fr")] == ["Démarrer"]
    with pytest.raises(BadRequest, match=r"(?i)BOT_COMMAND_INVALID"):
        await bot.set_my_commands([BotCommand("Bad-Name", "x")])
    await bot.delete_my_commands(language_code="fr")
    assert ("default", "fr") not in emu.commands


async def test_a_chat_s_commands_come_before_the_bot_wide_ones_as_telegram_resolves_them(
    emu: BotApiEmulator, bot: Bot
) -> None:
    alice = emu.user(61, language_code="fr")
    await bot.set_my_commands([BotCommand("start", "Start")])
    await bot.set_my_commands([BotCommand("start", "Démarrer")], language_code="fr")
    assert emu.visible_commands(alice.id) == [{"command": "start", "description": "Démarrer"}]
    await bot.set_my_commands([BotCommand("help", "Aide")], scope=BotCommandScopeAllPrivateChats())
    assert emu.visible_commands(alice.id) == [{"command": "help", "description": "Aide"}]
    await bot.set_my_commands([BotCommand("status", "Statut")], scope=BotCommandScopeChat(alice.id))
    assert emu.visible_commands(alice.id) == [{"command": "status", "description": "Statut"}]
    assert emu.visible_commands(emu.user(62, language_code="en").id) == [{"command": "help", "description": "Aide"}]
    assert [c.command for c in await bot.get_my_commands(scope=BotCommandScopeChat(alice.id))] == ["status"]
    await bot.delete_my_commands(scope=BotCommandScopeChat(alice.id))
    assert emu.visible_commands(alice.id) == [{"command": "help", "description": "Aide"}]
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.set_my_commands([BotCommand("status", "Statut")], scope=BotCommandScopeChat(999_999))
    with pytest.raises(BadRequest, match=r"(?i)language code is invalid"):
        await bot.set_my_commands([BotCommand("start", "Start")], language_code="fra")


# -- faults -----------------------------------------------------------------------------------


async def test_injected_errors(emu: BotApiEmulator, alice: EmulatedUser, bot: Bot) -> None:
    emu.inject(Fault("500", method="sendMessage"))
    emu.inject(Fault("502"))
    emu.inject(Fault("drop"))
    emu.inject(Fault("429"))
    await bot.get_updates()  # getUpdates is not hit by faults without a method
    with pytest.raises(NetworkError, match=r"(?i)Internal Server Error"):
        await bot.send_message(alice.id, "1")
    with pytest.raises(NetworkError, match=r"(?i)Bad Gateway"):
        await bot.send_message(alice.id, "2")
    with pytest.raises(NetworkError):
        await bot.send_message(alice.id, "3")
    with pytest.raises(RetryAfter):
        await bot.send_message(alice.id, "4")
    await bot.send_message(alice.id, "5")
    assert [m.text for m in alice.transcript] == ["5"]  # failed calls were not carried out
    assert emu.stats.faults_injected == 4


async def test_timeout_fault_is_not_carried_out(emu: BotApiEmulator, alice: EmulatedUser) -> None:
    emu.timeout_seconds = 1.0
    emu.inject(Fault("timeout", method="sendMessage"))
    async with make_bot(emu, read_timeout=0.3) as bot:
        with pytest.raises(TimedOut):
            await bot.send_message(alice.id, "slow")
        await emu.wait_for(lambda: emu._inflight == 0, timeout=3)
        assert alice.transcript == []
        await bot.send_message(alice.id, "fine")
    assert [m.text for m in alice.transcript] == ["fine"]


async def test_fault_rate_is_seeded() -> None:
    async def outcomes(seed: int) -> list[str]:
        async with BotApiEmulator(limits=Limits(enabled=False)) as emu, make_bot(emu) as bot:
            user = emu.user(1001)
            emu.fault_rate(0.5, kinds=("500", "429"), seed=seed)
            results = []
            for n in range(12):
                try:
                    await bot.send_message(user.id, str(n))
                    results.append("ok")
                except (NetworkError, RetryAfter) as exc:
                    results.append(type(exc).__name__)
            emu.fault_rate(0)
            await bot.send_message(user.id, "after")
            return results

    first, second = await outcomes(7), await outcomes(7)
    assert first == second and "ok" in first and len(set(first)) > 1


# -- webhook ----------------------------------------------------------------------------------


class _Receiver(tornado.web.RequestHandler):
    def initialize(self, received: list[tuple[str | None, bytes]], fail_first: list[bool]) -> None:
        self.received = received
        self.fail_first = fail_first

    def post(self) -> None:
        if self.fail_first:
            self.fail_first.pop()
            self.set_status(500)
            return
        self.received.append((self.request.headers.get("X-Telegram-Bot-Api-Secret-Token"), self.request.body))


@pytest.fixture
def webhook_receiver() -> Iterator[tuple[str, list[tuple[str | None, bytes]]]]:
    received: list[tuple[str | None, bytes]] = []
    app = tornado.web.Application(
        [(r"/hook", _Receiver, {"received": received, "fail_first": [True]})],
        log_function=lambda handler: None,
    )
    sockets = tornado.netutil.bind_sockets(0, "127.0.0.1")
    server = tornado.httpserver.HTTPServer(app)
    server.add_sockets(sockets)
    yield f"http://127.0.0.1:{sockets[0].getsockname()[1]}/hook", received
    server.stop()


async def test_webhook_delivery_with_secret(
    emu: BotApiEmulator,
    alice: EmulatedUser,
    bot: Bot,
    webhook_receiver: tuple[str, list[tuple[str | None, bytes]]],
) -> None:
    url, received = webhook_receiver
    emu.webhook_retry_seconds = 0.05
    await bot.set_webhook(url, secret_token="s3cret")
    with pytest.raises(Conflict, match=r"(?i)webhook is active"):
        await bot.get_updates()
    alice.send_text("first")
    alice.send_text("second")
    await emu.wait_until_delivered(timeout=5)
    texts = [json.loads(body)["message"]["text"] for _, body in received]
    assert texts == ["first", "second"]  # the first attempt failed and was retried, in order
    assert {secret for secret, _ in received} == {"s3cret"}
    info = await bot.get_webhook_info()
    assert info.url == url and info.last_error_message is not None
    await bot.delete_webhook()
    alice.send_text("polled")
    assert [u.message.text for u in await bot.get_updates() if u.message] == ["polled"]


# -- a whole Application ----------------------------------------------------------------------


async def test_ptb_application_polls_and_answers(emu: BotApiEmulator, alice: EmulatedUser) -> None:
    async def start(update: Update, context: Any) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text(
            f"hello {' '.join(context.args)}", reply_markup=keyboard([("Ping", "ping")])
        )

    async def pressed(update: Update, context: Any) -> None:
        assert update.callback_query is not None
        await update.callback_query.answer()
        await update.callback_query.edit_message_text("pong")

    app: Application[Any, Any, Any, Any, Any, Any] = (
        ApplicationBuilder().token(emu.token).base_url(emu.base_url).base_file_url(emu.base_file_url).build()
    )
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(pressed))
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=1)
        mark = alice.mark()
        alice.send_command("/start", "PAYLOAD")
        (reply,) = await alice.wait_messages(mark)
        assert reply.text == "hello PAYLOAD" and reply.buttons == [["Ping"]]
        alice.press("Ping")
        await emu.wait_for(lambda: reply.text == "pong")
        assert reply.history == ["hello PAYLOAD"] and len(alice.answered_callbacks) == 1
        await app.updater.stop()
        await app.stop()
    assert emu.pending_updates() == 0


async def test_web_app_buttons_and_menu_buttons_must_be_https() -> None:
    """As Telegram: a Mini App opens only from an https address (the review screen's buttons)."""
    import httpx

    from emulator import BotApiEmulator

    async with BotApiEmulator(token="1:web-app-test") as emu:
        user = emu.user(5, first_name="Officer")
        user.send_text("hello")
        base = emu.base_url + "1:web-app-test"
        async with httpx.AsyncClient() as client:
            markup = '{"inline_keyboard": [[{"text": "Open", "web_app": {"url": "http://example.org/app"}}]]}'
            refused = await client.post(f"{base}/sendMessage", data={"chat_id": 5, "text": "x", "reply_markup": markup})
            assert refused.status_code == 400 and "Only HTTPS" in refused.json()["description"]
            sent = await client.post(
                f"{base}/sendMessage",
                data={"chat_id": 5, "text": "x", "reply_markup": markup.replace("http://", "https://")},
            )
            assert sent.status_code == 200
            menu = '{"type": "web_app", "text": "Review", "web_app": {"url": "http://example.org/app"}}'
            refused = await client.post(f"{base}/setChatMenuButton", data={"chat_id": 5, "menu_button": menu})
            assert refused.status_code == 400
            menu = menu.replace("http://", "https://")
            assert (await client.post(f"{base}/setChatMenuButton", data={"chat_id": 5, "menu_button": menu})).json()[
                "ok"
            ]
        assert emu.menu_buttons[5]["web_app"]["url"] == "https://example.org/app"
