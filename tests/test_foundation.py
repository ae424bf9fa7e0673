"""Stories of the foundation: a first contact in each language, a restart mid-way, the
database's schema, the settings, and the catalogs' parity."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from prompts import LANGUAGE_NAMES, LANGUAGES, Catalog, ConsultationFileError, load_consultation
from prompts.catalog import placeholders
from storage import Database, SchemaTooNewError, latest_version
from tests.support.harness import BotBench, texts
from tests.support.processes import run_cli

EXPECTED_LANGUAGE_SET = {
    "ar": "العربية",
    "zh": "中文",
    "en": "English",
    "fr": "français",
    "ru": "русский",
    "es": "español",
}


@pytest.mark.parametrize("language", LANGUAGES)
async def test_start_offers_six_languages_and_answers_in_the_chosen_one(bench: BotBench, language: str) -> None:
    """A newcomer whose phone is set to `language` sees the six languages, theirs ticked."""
    user = bench.user(2000 + LANGUAGES.index(language), language_code=language)
    replies = await bench.send(user, "/start")
    keyboard = [label for row in replies[-1].buttons for label in row]
    assert len(keyboard) == 6
    assert f"✓ {LANGUAGE_NAMES[language]}" in keyboard
    assert replies[-1].text == bench.deps.catalog.t(language, "start-choose-language")

    chosen = await bench.press(user, LANGUAGE_NAMES[language])
    seen = texts(chosen) + "\n".join(h for m in user.transcript for h in [m.text or ""])
    assert EXPECTED_LANGUAGE_SET[language] in seen
    from storage import participants

    stored = await participants.get_by_telegram_id(bench.db, user.id)
    assert stored is not None and stored.language == language


async def test_a_telegram_language_outside_the_six_falls_back_to_english(bench: BotBench) -> None:
    user = bench.user(2100, language_code="de")
    replies = await bench.send(user, "/start")
    assert "✓ English" in [label for row in replies[-1].buttons for label in row]


async def test_conversation_resumes_after_a_restart(bench: BotBench) -> None:
    """The language question asked before a restart is still answered after it."""
    user = bench.user(2200, language_code="ru")
    await bench.send(user, "/start")
    await bench.restart()
    await bench.press(user, "Français")
    assert "Votre langue est désormais le français." in texts(user.transcript)


async def test_help_and_command_menus_in_each_language(bench: BotBench) -> None:
    catalog = bench.deps.catalog
    for language in LANGUAGES:
        commands = bench.emu.commands[("default", language)]
        assert commands[0]["description"] == catalog.t(language, "cmd-start")
    user = bench.user(2300, language_code="zh")
    await bench.send(user, "/start")
    await bench.press(user, "中文")
    replies = await bench.send(user, "/help")
    assert "/language：更改语文" in texts(replies)


async def test_unknown_command_and_unreadable_content_get_a_polite_answer(bench: BotBench) -> None:
    user = bench.user(2400, language_code="es")
    await bench.send(user, "/start")
    await bench.press(user, "Español")
    assert "no se reconoce" in texts(await bench.send(user, "/frobnicate now"))
    assert "No he comprendido" in texts(await bench.do(user, user.send_sticker))
    replies = await bench.do(user, lambda: user.press_data("menu:nonsense:1"))
    assert "ya no es válido" in texts(replies)


async def test_a_forged_callback_changes_nothing(bench: BotBench) -> None:
    user = bench.user(2500, language_code="en")
    await bench.send(user, "/start")
    replies = await bench.do(user, lambda: user.press_data("reg:lang:xx"))
    from storage import participants

    stored = await participants.get_by_telegram_id(bench.db, 2500)
    assert stored is not None and stored.language == "en"
    assert replies == [] or "no longer valid" in texts(replies)


# -- callback data ------------------------------------------------------------------------


def _button_classes() -> list[type]:
    import handlers  # every flow module, so every button class is declared
    from handlers.callbacks import CallbackData

    assert handlers.all_handlers()
    found, todo = [], list(CallbackData.__subclasses__())
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo += cls.__subclasses__()
    return found


def test_every_button_class_packs_and_unpacks_in_one_place() -> None:
    """Each flow's button data round-trips through its class; a forged or stale variant (an extra
    or missing part, a non-number where a number goes, another action, an unsafe part) unpacks
    to None; nothing over Telegram's 64 bytes is ever made."""
    import re
    from dataclasses import fields

    from handlers.comments.states import TopicChosen
    from handlers.export_data import Toggle

    classes = _button_classes()
    assert len(classes) > 50
    shapes = [(cls.PREFIX, cls.ACTION, len(fields(cls))) for cls in classes]
    assert len(shapes) == len(set(shapes)), "two classes for one prefix, action and number of fields"
    for cls in classes:
        declared = fields(cls)
        sample = cls(*(7 if f.type in (int, "int") else "KE" for f in declared))
        data = sample.pack()
        assert cls.unpack(data) == sample and re.match(cls.pattern(), data), data
        assert cls.unpack(data + ":x") is None and cls.unpack(f"{cls.PREFIX}x:{data}") is None
        if declared:
            assert cls.unpack(data.rsplit(":", 1)[0]) is None
            assert cls.unpack(data.rsplit(":", 1)[0] + ":../etc") is None
        if any(f.type in (int, "int") for f in declared):
            assert cls.unpack(data.replace(":7", ":seven", 1)) is None
    with pytest.raises(ValueError, match="safe token"):
        TopicChosen("../etc").pack()
    with pytest.raises(ValueError, match="64 bytes"):
        Toggle("t" * 40, "i" * 40).pack()


# -- storage ----------------------------------------------------------------------------


async def test_migrations_from_empty_rerun_and_too_new(tmp_path: Path) -> None:
    path = tmp_path / "m.sqlite3"
    db = await Database.open(path)
    assert await db.schema_version() == latest_version()
    assert await db.fetchval("PRAGMA foreign_keys") == 1
    assert (await db.fetchval("PRAGMA journal_mode")).lower() == "wal"
    await db.close()

    db = await Database.open(path)  # re-run: nothing to do, nothing broken
    assert await db.schema_version() == latest_version()
    assert await db.integrity_check() == "ok"
    await db.close()

    with sqlite3.connect(path) as raw:
        raw.execute(f"PRAGMA user_version = {latest_version() + 1}")
    with pytest.raises(SchemaTooNewError, match="upgrade consultbot"):
        await Database.open(path)


def test_cli_migrate_creates_and_reports_the_schema(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "c.sqlite3"
    result = run_cli("migrate", env={"DATABASE_PATH": str(target), "PYTHONPATH": str(Path.cwd())})
    assert result.returncode == 0, result.stderr
    assert f"schema version {latest_version()}" in result.stdout
    with sqlite3.connect(target) as raw:
        raw.execute(f"PRAGMA user_version = {latest_version() + 5}")
    refused = run_cli("migrate", env={"DATABASE_PATH": str(target), "PYTHONPATH": str(Path.cwd())})
    assert refused.returncode == 2
    assert "upgrade consultbot" in refused.stderr and "Traceback" not in refused.stderr


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("ADMIN_IDS", "12,abc", "ADMIN_IDS"),
        ("BOT_TOKEN", "not-a-token-but-a-secret", "BOT_TOKEN"),
        ("LOG_LEVEL", "LOUD", "LOG_LEVEL"),
        ("BOT_API_BASE_URL", "localhost:8081", "BOT_API_BASE_URL"),
    ],
)
def test_a_bad_setting_stops_with_one_line_and_status_2(
    tmp_path: Path, variable: str, value: str, expected: str
) -> None:
    result = run_cli(
        "migrate", env={variable: value, "DATABASE_PATH": str(tmp_path / "x.sqlite3"), "PYTHONPATH": str(Path.cwd())}
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"consultbot: {expected}:")
    assert "Traceback" not in result.stderr
    assert value not in result.stderr or variable != "BOT_TOKEN"


def test_help_on_every_command() -> None:
    for command in ("run", "sandbox", "migrate", "backup", "export"):
        result = run_cli(command, "--help", env={"PYTHONPATH": str(Path.cwd())})
        assert result.returncode == 0 and "usage: consultbot" in result.stdout


# -- catalogs and the consultation definition ---------------------------------------------


def test_every_key_and_placeholder_exists_in_all_six_languages() -> None:
    catalog = Catalog.load()
    english = catalog.keys["en"]
    for language in LANGUAGES:
        assert catalog.keys[language] == english, (
            f"{language}: missing {sorted(english - catalog.keys[language])}, "
            f"extra {sorted(catalog.keys[language] - english)}"
        )
    variables = placeholders()
    for key, names in variables["en"].items():
        for language in LANGUAGES:
            assert variables[language][key] == names, f"{language}/{key}: {variables[language][key]} != {names}"


def test_russian_and_arabic_plurals_follow_cldr() -> None:
    catalog = Catalog.load()
    assert "21 символ;" in catalog.t("ru", "too-long-input", length=21, max=100)
    assert "22 символа;" in catalog.t("ru", "too-long-input", length=22, max=100)
    assert "25 символов;" in catalog.t("ru", "too-long-input", length=25, max=100)
    arabic = catalog.t("ar", "too-long-input", length=25, max=100)
    assert "\u200e25\u200e" in arabic  # a number beside left-to-right marks in right-to-left text
    assert "\u2068" not in catalog.t("en", "too-long-input", length=25, max=100)


def test_the_shipped_consultation_is_the_2013_chemicals_and_waste_process() -> None:
    consultation = load_consultation()
    assert [p.number for p in consultation.document.paragraphs] == list(range(1, 11))
    ids = {t.id for t in consultation.topics}
    assert {
        "saicm",
        "basel",
        "rotterdam",
        "stockholm",
        "financing",
        "mercury",
        "gco",
        "cost_of_inaction",
        "rio20",
        "emerging",
        "general",
    } <= ids
    assert {"specific", "strategic", "option"} <= {t.id for t in consultation.comment_types}
    assert (str(consultation.dates.meeting_start), str(consultation.dates.meeting_end)) == ("2013-02-06", "2013-02-07")
    assert "26/12" in consultation.mandate.en
    assert consultation.reference_prefix == "CW" and consultation.max_comment_chars == 20_000
    opened = consultation.shifted_to(datetime(2030, 5, 1, tzinfo=UTC))  # the sandbox's shift to today
    assert opened.dates.opens < datetime(2030, 5, 1, tzinfo=UTC) < opened.dates.deadline


def test_a_broken_consultation_file_names_the_field(tmp_path: Path) -> None:
    text = (Path("prompts/consultation.toml")).read_text(encoding="utf-8")
    broken = tmp_path / "c.toml"
    broken.write_text(text.replace('timezone = "Africa/Nairobi"', 'timezone = "Mars/Olympus"'), encoding="utf-8")
    with pytest.raises(ConsultationFileError, match="timezone"):
        load_consultation(broken)
    broken.write_text('reference_prefix = "CW"\ntitle = ]\n', encoding="utf-8")
    with pytest.raises(ConsultationFileError, match="line 2"):
        load_consultation(broken)


def test_migrations_are_numbered_without_gaps() -> None:
    """A database at version N applies only files above N: a file numbered below the newest
    one, added later, would never run. So numbers are 1, 2, 3... with no gap."""
    from storage.db import available_migrations

    versions = [m.version for m in available_migrations()]
    assert versions == list(range(1, len(versions) + 1)), versions
