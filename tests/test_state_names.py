"""Stories of States named and understood as the United Nations names them, through the emulator:
an ambiguous name answered with candidate buttons (/invite, registration), official names
understood at once, lists in the reader's alphabetical order (/status), and an Arabic receipt
whose /verify command can be copied and pasted back."""

from __future__ import annotations

import re

from telegram import Message, MessageEntity, Update

from bot.clean_input import clean_update, cleaned
from prompts import LANGUAGE_NAMES, countries
from prompts.bidi import copy_safe
from storage import invitations
from storage.models import ParticipantStatus
from tests.support.broadcasts import add_focal_point, add_officer, add_submission
from tests.support.comments import focal_point, submit_comment
from tests.support.harness import BotBench, texts
from tests.support.registration import LINK, admin, buttons, draft_of, invite, stored, t


async def test_invite_with_an_ambiguous_name_offers_the_states_it_may_mean(fast: BotBench) -> None:
    bench = fast
    boss = await admin(bench)
    asked = await bench.send(boss, "/invite Congo 2 5")
    assert asked[-1].text == t(bench, "en", "inv-country-which", text="Congo")
    assert buttons(asked[-1]) == ["Congo", "Democratic Republic of the Congo"]
    assert await invitations.list_active(bench.db, bench.clock()) == []

    made = await bench.press(boss, "Democratic Republic of the Congo")
    shown = texts(made)
    assert "Invitation link for the Democratic Republic of the Congo:" in shown
    found = LINK.search(shown)
    assert found is not None
    link = await invitations.get_by_token(bench.db, found.group(1))
    assert link is not None and (link.country_code, link.max_uses) == ("CD", 2)


async def test_invite_understands_official_names_and_ranks_near_misses_by_them(fast: BotBench) -> None:
    bench = fast
    boss = await admin(bench)
    for typed, code in [
        ("Republic of Korea", "KR"),
        ("Democratic Republic of the Congo", "CD"),
        ("Federación de Rusia 1 3", "RU"),
        ("República de Corea", "KR"),
        ("Türkiye", "TR"),
        ("Turkey", "TR"),
        ("Ivory Coast", "CI"),
    ]:
        made = await invite(bench, boss, typed)
        link = await invitations.get_by_token(bench.db, made.token)
        assert link is not None and link.country_code == code, typed
    invited = texts((await invite(bench, boss, "Russian Federation")).replies)
    assert "Invitation link for the Russian Federation:" in invited
    near = await bench.send(boss, "/invite Republic of Corea")
    assert near[-1].text == t(bench, "en", "inv-country-suggest", text="Republic of Corea")
    assert buttons(near[-1])[0] == "Republic of Korea"


async def test_registration_with_an_ambiguous_name_asks_which_state(fast: BotBench) -> None:
    bench = fast
    user = bench.user(6101, language_code="fr")
    await bench.send(user, "/start")
    await bench.press(user, "Français")
    asked = await bench.send(user, "Congo")
    assert asked[-1].text == t(bench, "fr", "reg-country-which", text="Congo")
    assert buttons(asked[-1]) == ["Congo", "République démocratique du Congo"]

    chosen = await bench.press(user, "République démocratique du Congo")
    assert t(bench, "fr", "reg-country-set", country="République démocratique du Congo") in texts(chosen)
    for answer in ("Marie Kabila", "Conseillère", "Ministère de l'environnement", "m.kabila@example.org"):
        await bench.send(user, answer)
    await bench.press(user, t(bench, "fr", "reg-consent-yes"))
    done = texts(await bench.press(user, t(bench, "fr", "reg-confirm")))
    assert "correspondant(e) national(e) pour la République démocratique du Congo a été transmise" in done
    participant = await stored(bench, user)
    assert (participant.country_code, participant.status) == ("CD", ParticipantStatus.PENDING)


async def test_registration_in_spanish_and_chinese_with_ambiguous_names(fast: BotBench) -> None:
    bench = fast
    for user_id, language, typed, offered, code in [
        (6201, "es", "Corea", ["KR", "KP"], "KR"),
        (6202, "zh", "刚果", ["CG", "CD"], "CD"),
        (6203, "ru", "Гвинея", ["GN", "GW", "GQ", "PG"], "GW"),
        (6204, "ar", "كوريا", ["KR", "KP"], "KP"),
    ]:
        user = bench.user(user_id, language_code=language)
        await bench.send(user, "/start")
        await bench.press(user, LANGUAGE_NAMES[language])
        asked = await bench.send(user, typed)
        assert asked[-1].text == t(bench, language, "reg-country-which", text=typed)
        assert buttons(asked[-1]) == [countries.name(c, language) for c in offered]
        chosen = await bench.press(user, countries.name(code, language))
        assert t(bench, language, "reg-country-set", country=countries.name(code, language)) in texts(chosen)
        found = await draft_of(bench, user)
        assert found is not None and found["country_code"] == code


async def test_status_lists_states_in_the_readers_alphabetical_order(fast: BotBench) -> None:
    bench = fast
    for officer, language in ((7301, "fr"), (7302, "es"), (7303, "en"), (7304, "zh")):
        await add_officer(bench.db, officer, language)
    french = texts(await bench.send(bench.user(7301, language_code="fr"), "/status"))
    positions = [french.index(name) for name in ("Costa Rica", "Côte d'Ivoire", "Croatie", "Cuba")]
    assert positions == sorted(positions)
    assert french.index("Tchad") < french.index("Tchéquie") < french.index("Thaïlande")
    assert "Fédération de Russie" in french and "la Fédération de Russie" not in french
    spanish = texts(await bench.send(bench.user(7302, language_code="es"), "/status"))
    assert spanish.index("Chad") < spanish.index("Chequia") < spanish.index("Chile") < spanish.index("China")
    english = texts(await bench.send(bench.user(7303, language_code="en"), "/status"))
    assert english.index("Türkiye") < english.index("Turkmenistan") < english.index("Tuvalu")
    assert english.index("Sao Tome and Principe") < english.index("Syrian Arab Republic")
    assert "Russia," not in english and "North Korea" not in english
    chinese = texts(await bench.send(bench.user(7304, language_code="zh"), "/status"))
    assert chinese.index("阿尔巴尼亚") < chinese.index("阿富汗") < chinese.index("中国")


async def test_an_arabic_receipt_can_be_copied_and_pasted_back(fast: BotBench) -> None:
    bench = fast
    user = await focal_point(bench, 7401, country="EG", language="ar")
    reference = await submit_comment(bench, user, language="ar")
    receipt = user.transcript[-1].text
    assert receipt is not None and reference in receipt
    # The command as shown: nothing invisible between "/verify" and the end of the reference,
    # left-to-right marks outside it.
    command = f"/verify {reference}"
    assert f"\u200e{command}\u200e" in receipt
    assert not re.search(
        "[\u2066-\u2069]" + re.escape(reference) + "|" + re.escape(reference) + "[\u2066-\u2069]", receipt
    )
    intact = t(bench, "ar", "verify-intact", reference=reference)

    # What a person selects around it, marks included, pasted as a new message: the client
    # finds the command after the leading mark; the bot cleans the text before parsing it.
    selected = re.search(r"\S*/verify \S+", receipt)
    assert selected is not None and selected.group() != command
    assert intact in texts(await bench.send(user, selected.group()))
    # A receipt of the old kind, with isolates inside the command, pasted back.
    assert intact in texts(await bench.send(user, f"/verify \u2068{reference}\u2069"))
    # And zero-width and soft-hyphen characters from a word processor.
    assert intact in texts(await bench.send(user, f"\ufeff/verify\u200b {reference[:3]}\u00ad{reference[3:]}"))


async def test_an_e_mail_pasted_with_bidi_marks_is_stored_clean(fast: BotBench) -> None:
    bench = fast
    user = bench.user(7501, language_code="ar")
    await bench.send(user, "/start")
    await bench.press(user, "العربية")
    await bench.send(user, "مصر")
    for answer in ("نور حداد", "مستشارة", "وزارة البيئة", "\u200fn.haddad@example.org\u200f"):
        await bench.send(user, answer)
    await bench.press(user, t(bench, "ar", "reg-consent-yes"))
    await bench.press(user, t(bench, "ar", "reg-confirm"))
    participant = await stored(bench, user)
    assert participant.email == "n.haddad@example.org" and participant.country_code == "EG"
    # What the staff read shows the address beside marks, never with a mark inside it.
    entry = bench.deps.catalog.t(
        "ar",
        "role-pending-entry",
        name="نور حداد",
        title="مستشارة",
        organisation="وزارة البيئة",
        country=countries.name("EG", "ar"),
        email="n.haddad@example.org",
        telegram_id="7501",
    )
    assert "\u200en.haddad@example.org\u200e" in entry and "\u2068n.haddad" not in entry


def test_cleaning_moves_entities_and_restores_the_command_at_the_start() -> None:
    assert cleaned("/verify \u2068CW-2013-0004\u2069")[0] == "/verify CW-2013-0004"
    assert cleaned("\u200f\u2068Kenya\u2069\u200f")[0] == "Kenya"
    # Inside free text, the characters stay (a comment is stored as written).
    assert cleaned("دولة\u200cمستقلة \U0001f44d\u200d")[0] == "دولة\u200cمستقلة \U0001f44d"
    assert copy_safe("أرسلوا /verify \u2068CW-2013-0004\u2069 أو \u2068نور\u2069") == (
        "أرسلوا \u200e/verify CW-2013-0004\u200e أو \u2068نور\u2069"
    )

    text = "\u200e\U0001f44d/verify CW-2013-0004"  # no command at the start: left alone
    message = Message.de_json(
        {
            "message_id": 1,
            "date": 0,
            "chat": {"id": 1, "type": "private"},
            "text": "\ufeff\u200e/verify\u200b CW-2013-0004\u200e",
            "entities": [{"type": "bot_command", "offset": 2, "length": 7}],
        },
        None,
    )
    clean_update(Update(1, message=message))
    assert message.text == "/verify CW-2013-0004"
    assert [(e.type, e.offset, e.length) for e in message.entities] == [(MessageEntity.BOT_COMMAND, 0, 7)]
    other = Message.de_json({"message_id": 2, "date": 0, "chat": {"id": 1, "type": "private"}, "text": text}, None)
    clean_update(Update(2, message=other))
    assert other.text == "\U0001f44d/verify CW-2013-0004" and other.entities == ()


async def test_status_of_one_state_named_as_people_type_it(fast: BotBench) -> None:
    bench = fast
    korea = await add_focal_point(bench.db, bench.emu, 7601, "KR", "en", name="Kim Min-ji")
    await add_submission(bench.db, "KR", korea.participant_id, topic="basel")
    await add_submission(bench.db, "KR", korea.participant_id, topic="saicm", status="withdrawn")
    await add_officer(bench.db, 7602, "en")
    officer = bench.user(7602)
    report = texts(await bench.send(officer, "/status Corée du Sud"))
    assert report.startswith("Republic of Korea: status of the consultation on 10 January 2013")
    assert "Invited to the consultation." in report
    assert "Approved focal points: 1\n• Kim Min-ji" in report
    assert "Submissions: 1\n• CW-2013-0001 · Basel Convention" in report

    asked = await bench.send(officer, "/status Congo")
    assert asked[-1].text == t(bench, "en", "status-country-which", text="Congo")
    assert buttons(asked[-1]) == ["Congo", "Democratic Republic of the Congo"]
    chosen = texts(await bench.press(officer, "Democratic Republic of the Congo"))
    assert chosen.startswith("Democratic Republic of the Congo: status") and "Submissions: 0" in chosen
    unknown = await bench.send(officer, "/status Atlantis")
    assert unknown[-1].text == t(bench, "en", "status-country-unknown", text="Atlantis")
    assert "Countries that have submitted: 1" in texts(await bench.send(officer, "/status"))
