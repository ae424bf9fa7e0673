"""Telegram's command menu per role: focal points see the bot-wide menu in their language; each
staff chat has its own (an admin's with the admin's commands), in the officer's language, set at
start-up (one call per staff chat), when the role is granted and when the language changes; a
revoked officer's chat returns to the focal points' menu and the default menu button."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import USER_COMMANDS
from handlers.command_menus import ADMIN_COMMANDS, COMMON_COMMANDS, STAFF_COMMANDS
from prompts import LANGUAGES
from storage import participants
from tests.support.broadcasts import add_focal_point, add_officer
from tests.support.harness import ADMIN_ID, BotBench, texts
from tests.support.registration import admin, t
from tests.support.webapp import webapp_bench

OFFICER = 7601
NEVER_WROTE = 7603
FOCAL_POINT = 7602


@pytest.fixture(autouse=True)
def _ptb_timedelta(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "1")


def names(menu: list[dict[str, str]]) -> list[str]:
    return [command["command"] for command in menu]


def staff_menu(bench: BotBench, language: str, *, admin_role: bool = False) -> list[dict[str, str]]:
    staff = [
        {"command": name, "description": t(bench, language, f"staffcmd-{name}")}
        for name in STAFF_COMMANDS + (ADMIN_COMMANDS if admin_role else ())
    ]
    return staff + [{"command": name, "description": t(bench, language, f"cmd-{name}")} for name in COMMON_COMMANDS]


def focal_point_menu(bench: BotBench, language: str) -> list[dict[str, str]]:
    return [{"command": name, "description": t(bench, language, f"cmd-{name}")} for name in USER_COMMANDS]


def set_commands_calls(bench: BotBench, since: int) -> list[dict[str, object]]:
    return [arguments for _, method, arguments in bench.emu.calls[since:] if method == "setMyCommands"]


def chat_scopes(calls: list[dict[str, object]]) -> list[object]:
    return [call["scope"] for call in calls if isinstance(call.get("scope"), dict) and call["scope"]["type"] == "chat"]


async def test_each_staff_chat_has_its_menu_in_its_language_set_once_at_start(bench: BotBench) -> None:
    bench.user(ADMIN_ID, language_code="en")
    boss = await participants.get_by_telegram_id(bench.db, ADMIN_ID)
    assert boss is not None
    await participants.update_fields(bench.db, boss.id, language="fr")
    bench.user(OFFICER, language_code="en")
    await add_officer(bench.db, OFFICER, "ar")
    await add_officer(bench.db, NEVER_WROTE, "zh")  # granted before writing: Telegram knows no chat
    await add_focal_point(bench.db, bench.emu, FOCAL_POINT, "CN", "zh")

    mark = len(bench.emu.calls)
    await bench.restart()
    calls = set_commands_calls(bench, mark)
    # The six languages and the fallback bot-wide, then one call per staff chat (no language).
    assert len(calls) == len(LANGUAGES) + 1 + 3
    assert sorted(scope["chat_id"] for scope in chat_scopes(calls)) == [OFFICER, NEVER_WROTE, ADMIN_ID]  # type: ignore[index]
    assert not any(call.get("language_code") for call in calls if call.get("scope") in chat_scopes(calls))

    assert bench.emu.visible_commands(OFFICER) == staff_menu(bench, "ar")
    assert bench.emu.visible_commands(OFFICER)[0]["description"] == "الردود الواردة، حسب الدولة"
    assert "grant" not in names(bench.emu.visible_commands(OFFICER))
    assert bench.emu.visible_commands(ADMIN_ID) == staff_menu(bench, "fr", admin_role=True)
    assert {"command": "grant", "description": "Attribuer le rôle de secrétariat"} in bench.emu.visible_commands(
        ADMIN_ID
    )
    # A focal point sees the bot-wide menu in their Telegram language.
    assert bench.emu.visible_commands(FOCAL_POINT) == focal_point_menu(bench, "zh")
    # The refused call for the unknown chat stopped nothing: the bot answers.
    answer = texts(await bench.send(bench.user(OFFICER), "/help"))
    assert "/status" in answer


async def test_granting_changing_language_and_revoking_change_the_menu(tmp_path: Path) -> None:
    async with webapp_bench(tmp_path, url="https://review.example.org") as bench:
        boss = await admin(bench)
        clerk = bench.user(7701, language_code="fr")
        await bench.send(clerk, "/start")
        await bench.press(clerk, "Français")
        await bench.send(clerk, "/cancel")
        assert bench.emu.visible_commands(7701) == focal_point_menu(bench, "fr")

        await bench.send(boss, "/grant 7701")
        assert bench.emu.visible_commands(7701) == staff_menu(bench, "fr")
        assert bench.emu.visible_commands(7701)[1]["description"] == "Lire une contribution par sa référence"
        await bench.send(clerk, "/review")
        assert bench.emu.menu_buttons[7701]["type"] == "web_app"

        await bench.send(clerk, "/language")
        await bench.press(clerk, "Español")
        assert bench.emu.visible_commands(7701) == staff_menu(bench, "es")

        await bench.send(boss, "/revoke 7701")
        # Back to the focal points' menu (in the Telegram language) and the default menu button.
        assert bench.emu.visible_commands(7701) == focal_point_menu(bench, "fr")
        assert bench.emu.menu_buttons[7701] == {"type": "default"}
        assert (await bench.app.bot.get_chat_menu_button(7701)).type == "default"  # type: ignore[union-attr]

        # A restart leaves the revoked chat alone and keeps the admin's own menu.
        mark = len(bench.emu.calls)
        await bench.restart()
        assert chat_scopes(set_commands_calls(bench, mark)) == [{"type": "chat", "chat_id": ADMIN_ID}]
        assert bench.emu.visible_commands(7701) == focal_point_menu(bench, "fr")
        assert bench.emu.visible_commands(ADMIN_ID) == staff_menu(bench, "en", admin_role=True)


async def test_an_officer_who_erases_themselves_loses_the_staff_menu(bench: BotBench) -> None:
    clerk = bench.user(7801, language_code="ru")
    await add_officer(bench.db, 7801, "ru")
    await bench.restart()
    assert bench.emu.visible_commands(7801) == staff_menu(bench, "ru")
    await bench.send(clerk, "/forget")
    await bench.press(clerk, t(bench, "ru", "prof-forget-yes"))
    assert t(bench, "ru", "prof-forget-done") in texts(clerk.transcript)
    assert bench.emu.visible_commands(7801) == focal_point_menu(bench, "ru")
    assert bench.emu.menu_buttons[7801] == {"type": "default"}


async def test_an_officer_granted_before_writing_gets_the_menu_at_their_first_start(bench: BotBench) -> None:
    boss = await admin(bench)
    granted = texts(await bench.send(boss, "/grant 7901"))
    assert "7901" in granted
    newcomer = bench.user(7901, language_code="es")
    assert bench.emu.visible_commands(7901) == focal_point_menu(bench, "es")  # Telegram knew no chat then
    await bench.send(newcomer, "/start")
    stored = await participants.get_by_telegram_id(bench.db, 7901)
    assert stored is not None
    assert bench.emu.visible_commands(7901) == staff_menu(bench, stored.language)
