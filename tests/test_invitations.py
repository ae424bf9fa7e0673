"""Stories of the secretariat's invitation links: a link and its QR code (read back with
zxing-cpp), a country given in many ways, the list with Revoke, and the letter pack for mail
merge (one ZIP: letters.csv and a QR code per country)."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import timedelta

import pytest

from emulator import SentMessage
from handlers.invitations import LETTER_USES, parse_invite_args
from prompts import countries, load_consultation
from prompts.invitation_countries import UN_MEMBER_STATES, invited_countries
from storage import audit, invitations
from storage.invitations import InvitationState
from tests.support.harness import BotBench, texts
from tests.support.registration import LINK, admin, buttons, decode_qr, invite, t


@pytest.fixture(autouse=True)
def _ptb_timedelta(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "1")


def photo_of(replies: list[SentMessage]) -> bytes:
    (photo,) = [m.photo for m in replies if m.photo is not None]
    return photo


async def test_invite_answers_with_a_deep_link_and_a_qr_code_of_it(fast: BotBench) -> None:
    bench = fast
    boss = await admin(bench)
    invited = await invite(bench, boss, "Kenya 3 10")
    assert invited.link == f"https://t.me/consultbot_test_bot?start={invited.token}"
    assert len(invited.token) == 32 and len(invited.token) <= 64  # 192 random bits, within Telegram's limit
    assert decode_qr(photo_of(invited.replies)) == invited.link
    shown = texts(invited.replies)
    assert "Invitation link for Kenya:" in shown and "Number of uses allowed: 3" in shown
    assert "20 January 2013, 12:00 (Nairobi time)" in shown  # ten days after 10 January, 09:00 UTC

    stored = await invitations.get_by_token(bench.db, invited.token)
    assert stored is not None and (stored.country_code, stored.max_uses, stored.uses) == ("KE", 3, 0)
    assert stored.expires_at == bench.clock() + timedelta(days=10)
    (entry,) = await audit.entries(bench.db, "invitation_created")
    assert entry.actor_id == boss.id and entry.details["country"] == "KE"

    other = await invite(bench, boss, "Kenya")
    assert other.token != invited.token


async def test_the_country_may_be_given_in_many_ways(fast: BotBench) -> None:
    bench = fast
    boss = await admin(bench)
    await bench.send(boss, "/language")
    await bench.press(boss, "Français")  # staff read the bot in their own language too
    for typed, code in [
        ("United Kingdom 2", "GB"),
        ("Россия", "RU"),
        ("中国 1 5", "CN"),
        ("EU", "EU"),
        ("Côte d'Ivoire", "CI"),
    ]:
        invited = await invite(bench, boss, typed)
        stored = await invitations.get_by_token(bench.db, invited.token)
        assert stored is not None and stored.country_code == code, typed
    near = await bench.send(boss, "/invite Keyna 4 7")
    assert "Kenya" in buttons(near[-1])
    made = await bench.press(boss, "Kenya")
    match = LINK.search(texts(made))
    assert match is not None
    stored = await invitations.get_by_token(bench.db, match.group(1))
    assert stored is not None and (stored.country_code, stored.max_uses) == ("KE", 4)

    assert t(bench, "fr", "inv-country-unknown", text="Xyzzy") in texts(await bench.send(boss, "/invite Xyzzy"))
    usage = await bench.send(boss, "/invite")
    assert "Exemple\u00a0: /invite Kenya 2 30" in texts(usage)
    assert "Exemple\u00a0: /invite Kenya 2 30" in texts(await bench.send(boss, "/invite Kenya 0"))


def test_invite_arguments() -> None:
    assert parse_invite_args(["Kenya"]) == ("Kenya", 1, 30)
    assert parse_invite_args(["United", "Kingdom", "3"]) == ("United Kingdom", 3, 30)
    assert parse_invite_args(["Kenya", "3", "7"]) == ("Kenya", 3, 7)
    assert parse_invite_args(["3", "7"]) is None
    assert parse_invite_args(["Kenya", "1", "366"]) is None
    assert parse_invite_args([]) is None


async def test_invites_are_listed_and_a_revoked_link_stops_working(fast: BotBench) -> None:
    bench = fast
    boss = await admin(bench)
    kenya = await invite(bench, boss, "Kenya 2 30")
    await invite(bench, boss, "Uganda 1 30")
    menu = await bench.send(boss, "/start")
    listed = await bench.press(boss, "Invitation links", message_id=menu[-1].message_id)
    assert "Active invitation links: 2" in texts(listed)
    assert kenya.link in texts(listed)
    assert buttons(listed[-1]) == ["Revoke 1", "Revoke 2"]

    shown = listed[-1]  # edited in place as the officer goes
    await bench.press(boss, "Revoke 2")  # newest first: Uganda is 1, Kenya is 2
    assert "Revoke the invitation link for Kenya?" in shown.text and kenya.link in shown.text
    await bench.press(boss, "No, back to the list")
    assert "Active invitation links: 2" in shown.text
    await bench.press(boss, "Revoke 2")
    await bench.press(boss, "Yes, revoke it")
    assert "The link for Kenya has been revoked." in shown.text and "Active invitation links: 1" in shown.text

    stored = await invitations.get_by_token(bench.db, kenya.token)
    assert stored is not None and stored.state(bench.clock()) is InvitationState.REVOKED
    (entry,) = await audit.entries(bench.db, "invitation_revoked")
    assert entry.actor_id == boss.id and entry.subject == f"invitation:{stored.id}"

    user = bench.user(6001, language_code="zh")
    await bench.send(user, f"/start {kenya.token}")
    seen = await bench.press(user, "中文")
    assert t(bench, "zh", "reg-link-revoked") in texts(seen)

    await bench.do(boss, lambda: boss.press_data(f"inv:revoke_ok:{stored.id}", message_id=shown.message_id))
    assert "This link had already been revoked." in shown.text
    assert len(await audit.entries(bench.db, "invitation_revoked")) == 1


async def test_the_list_pages_through_many_links(fast: BotBench) -> None:
    bench = fast
    boss = await admin(bench)
    await bench.send(boss, "/letters KE UG TZ RW BI SO ET ER DJ SS")
    listed = await bench.send(boss, "/invites")
    assert "Active invitation links: 10 (page 1 of 2)" in texts(listed)
    assert "Next ›" in buttons(listed[-1])
    page = listed[-1]
    await bench.press(boss, "Next ›")
    assert "(page 2 of 2)" in page.text and "Revoke 9" in buttons(page) and "‹ Previous" in buttons(page)


def read_pack(document: bytes) -> tuple[list[dict[str, str]], zipfile.ZipFile]:
    archive = zipfile.ZipFile(io.BytesIO(document))
    text = archive.read("letters.csv").decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text))), archive


async def test_the_letter_pack_is_one_zip_for_mail_merge(fast: BotBench) -> None:
    bench = fast
    boss = await admin(bench)
    replies = await bench.send(boss, "/letters KE FR EG CN RU CL EU")
    (message,) = [m for m in replies if m.document is not None]
    assert message.document_name == "invitation-letters-2013-01-10.zip"
    assert "Number of countries: 7" in message.caption
    rows, archive = read_pack(message.document)
    assert {name for name in archive.namelist()} >= {"letters.csv", "README.txt", "qr/KE.png", "qr/EU.png"}
    by_code = {row["code"]: row for row in rows}
    assert [by_code[c]["language"] for c in ("KE", "FR", "EG", "CN", "RU", "CL", "EU")] == [
        "en",
        "fr",
        "ar",
        "zh",
        "ru",
        "es",
        "en",
    ]
    for row in rows:
        assert decode_qr(archive.read(row["qr_image"])) == row["link"]
        assert row["link"] in row["letter_text"]
        # The letter is addressed by the formal name; the mail-merge column has the short one.
        assert row["letter_text"].startswith(countries.name(row["code"], row["language"], "title") + "\n")
        assert row["country_in_letter_language"] == countries.name(row["code"], row["language"])
        stored = await invitations.get_by_token(bench.db, row["link"].rsplit("=", 1)[1])
        assert stored is not None and stored.country_code == row["code"] and stored.max_uses == LETTER_USES
    assert by_code["FR"]["country_in_letter_language"] == "France"
    assert "Le secrétariat du Programme des Nations Unies" in by_code["FR"]["letter_text"]
    assert by_code["FR"]["letter_text"].startswith("République française\n")
    assert by_code["EG"]["letter_text"].startswith("جمهورية مصر العربية\n")
    assert by_code["CN"]["letter_text"].startswith("中华人民共和国\n")
    assert by_code["RU"]["country_in_letter_language"] == "Российская Федерация"
    assert "до 25 января 2013" in by_code["RU"]["letter_text"]  # the deadline, in the letter's language
    assert len(await audit.entries(bench.db, "invitation_created")) == 7


async def test_letters_for_all_and_unknown_codes(fast: BotBench) -> None:
    bench = fast
    boss = await admin(bench)
    refused = await bench.send(boss, "/letters KE XX")
    assert "Not recognized: XX" in texts(refused) and not any(m.document for m in refused)
    usage = await bench.send(boss, "/letters")  # "all" makes 194 links: it has to be asked for
    assert "Usage: /letters all" in texts(usage) and not any(m.document for m in usage)
    assert await invitations.list_active(bench.db, bench.clock()) == []

    replies = await bench.send(boss, "/letters all")
    (message,) = [m for m in replies if m.document is not None]
    rows, archive = read_pack(message.document)
    assert len(rows) == 194 and {row["code"] for row in rows} == UN_MEMBER_STATES | {"EU"}
    assert len([n for n in archive.namelist() if n.startswith("qr/")]) == 194


def test_every_un_member_state_is_an_iso_country() -> None:
    import pycountry

    assert len(UN_MEMBER_STATES) == 193
    assert all(pycountry.countries.get(alpha_2=code) for code in UN_MEMBER_STATES)
    consultation = load_consultation()
    assert invited_countries(consultation) == sorted(UN_MEMBER_STATES | {"EU"})
    listed = consultation.model_copy(update={"invited_countries": ["ke", "EU"]})
    assert invited_countries(listed) == ["EU", "KE"]
