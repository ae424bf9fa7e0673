"""What the registration, invitation, role and profile stories share: how an admin makes a
link, how a focal point answers each question (with the button texts of their language), and
how a QR code is read back (with zxing-cpp, not with the library that drew it)."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

import zxingcpp
from PIL import Image

from emulator import EmulatedUser, SentMessage
from prompts import LANGUAGE_NAMES
from storage import participants, registration
from storage.models import Participant
from tests.support.harness import ADMIN_ID, BotBench, texts

LINK = re.compile(r"https://t\.me/consultbot_test_bot\?start=([A-Za-z0-9_-]+)")


def t(bench: BotBench, language: str, key: str, **args: object) -> str:
    return bench.deps.catalog.t(language, key, **args)


def decode_qr(png: bytes) -> str:
    found = zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))
    assert len(found) == 1, found
    return str(found[0].text)


@dataclass
class Invited:
    link: str
    token: str
    replies: list[SentMessage]


async def admin(bench: BotBench, language: str = "en") -> EmulatedUser:
    """The bootstrapped admin (ADMIN_IDS), who has opened the bot once."""
    user = bench.user(ADMIN_ID, language_code=language)
    await bench.send(user, "/start")
    return user


async def invite(bench: BotBench, by: EmulatedUser, arguments: str = "Kenya 1 30") -> Invited:
    replies = await bench.send(by, f"/invite {arguments}")
    match = LINK.search(texts(replies))
    assert match is not None, texts(replies)
    return Invited(link=match.group(0), token=match.group(1), replies=replies)


@dataclass
class Answers:
    name: str = "Wanjiku Kamau"
    title: str = "Director, Chemicals Management"
    organisation: str = "Ministry of Environment and Forestry"
    email: str = "w.kamau@environment.go.ke"
    country: str | None = None  # typed when registering without a valid link


async def register(
    bench: BotBench,
    user: EmulatedUser,
    language: str,
    *,
    token: str | None = None,
    answers: Answers | None = None,
    confirm: bool = True,
) -> list[SentMessage]:
    """The whole conversation as a user goes through it; returns everything the bot said."""
    answers = answers or Answers()
    seen = await bench.send(user, f"/start {token}" if token else "/start")
    seen += await bench.press(user, LANGUAGE_NAMES[language])
    if answers.country is not None:
        seen += await bench.send(user, answers.country)
    for typed in (answers.name, answers.title, answers.organisation, answers.email):
        seen += await bench.send(user, typed)
    seen += await bench.press(user, t(bench, language, "reg-consent-yes"))
    if confirm:
        seen += await bench.press(user, t(bench, language, "reg-confirm"))
    return seen


async def stored(bench: BotBench, user: EmulatedUser) -> Participant:
    found = await participants.get_by_telegram_id(bench.db, user.id)
    assert found is not None
    return found


async def draft_of(bench: BotBench, user: EmulatedUser) -> dict[str, object] | None:
    participant = await participants.get_by_telegram_id(bench.db, user.id)
    if participant is None:
        return None
    found = await registration.get_draft(bench.db, participant.id)
    return found.data if found else None


def buttons(message: SentMessage) -> list[str]:
    return [label for row in message.buttons for label in row]
